/* easel-atelier-private.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "easel-atelier.h"
#include "easel-comparison-view.h"
#include "easel-gantt-view.h"
#include "easel-paintings-view.h"
#include "easel-series.h"

G_BEGIN_DECLS

struct _EaselAtelier
{
  GtkWidget            parent_instance;

  GSettings           *settings;
  EaselMode            mode;
  /* A standalone atelier (on a slide) keeps its own parameters. */
  gboolean             standalone;
  EaselWorkload        workload;

  /* The runs going on: one mode, or every mode for "Run all". */
  EaselSeries         *series;
  GCancellable        *cancellable;
  gboolean             running_all;
  /* The prediction shown: for the run going on or the mode chosen. */
  EaselTrace          *predicted;

  /* Template widgets */
  GtkWidget           *box;
  GtkWidget           *modes;
  GtkWidget           *parameters_button;
  GtkWidget           *parameters_grid;
  GtkAdjustment       *paintings_adjustment;
  GtkAdjustment       *coats_adjustment;
  GtkAdjustment       *paint_adjustment;
  GtkAdjustment       *dry_adjustment;
  GtkAdjustment       *workers_adjustment;
  GtkSpinButton       *workers_spin;
  EaselPaintingsView  *paintings_view;
  EaselGanttView      *gantt_view;
  EaselComparisonView *comparison_view;
  AdwViewStack        *stack;
};

void _easel_atelier_toast          (EaselAtelier *self,
                                    const char   *title);
void _easel_atelier_export_action  (GtkWidget    *widget,
                                    const char   *action_name,
                                    GVariant     *parameter);

G_END_DECLS
