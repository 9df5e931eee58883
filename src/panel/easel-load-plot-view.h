/* easel-load-plot-view.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "easel-load-plot.h"

G_BEGIN_DECLS

#define EASEL_TYPE_LOAD_PLOT_VIEW (easel_load_plot_view_get_type())

G_DECLARE_FINAL_TYPE (EaselLoadPlotView, easel_load_plot_view, EASEL, LOAD_PLOT_VIEW, GtkWidget)

GtkWidget *easel_load_plot_view_new (void);
void       easel_load_plot_view_set (EaselLoadPlotView   *self,
                                     const EaselLoadPlot *plot);
char      *easel_load_plot_view_dup_description (EaselLoadPlotView *self);
guint      easel_load_plot_view_get_n_samples (EaselLoadPlotView *self);
void       easel_load_plot_view_set_bars (EaselLoadPlotView *self,
                                          gboolean           bars);

G_END_DECLS
