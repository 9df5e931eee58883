/* easel-cpu-panel.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "easel-cpu-sampler.h"
#include "easel-hammer.h"

G_BEGIN_DECLS

#define EASEL_TYPE_CPU_PANEL (easel_cpu_panel_get_type())

G_DECLARE_FINAL_TYPE (EaselCpuPanel, easel_cpu_panel, EASEL, CPU_PANEL, GtkWidget)

GtkWidget       *easel_cpu_panel_new         (void);
GtkWidget       *easel_cpu_panel_new_standalone (guint           threads,
                                                 EaselHammerMode mode);
EaselCpuSampler *easel_cpu_panel_get_sampler (EaselCpuPanel *self);
EaselHammer     *easel_cpu_panel_get_hammer  (EaselCpuPanel *self);

void              easel_cpu_panel_set_show_top  (EaselCpuPanel *self,
                                                 gboolean       show_top);
const char       *easel_cpu_panel_get_top_text  (EaselCpuPanel *self);
void              easel_cpu_panel_set_show_bars (EaselCpuPanel *self,
                                                 gboolean       show_bars);

G_END_DECLS
