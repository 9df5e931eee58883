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
#include "easel-guess-bar.h"
#include "easel-paintings-view.h"
#include "easel-scaling-view.h"
#include "easel-series.h"

G_BEGIN_DECLS

/* What the series going on is. */
typedef enum
{
  EASEL_ATELIER_RUN_NONE,
  EASEL_ATELIER_RUN_ONE,
  EASEL_ATELIER_RUN_ALL,
  EASEL_ATELIER_RUN_SCALING,
} EaselAtelierRun;

/* What is guessed before a run. */
typedef enum
{
  EASEL_ATELIER_GUESS_NONE,
  EASEL_ATELIER_GUESS_TIME,
  EASEL_ATELIER_GUESS_SPEEDUP,
  /* Which mode Run All finds fastest. */
  EASEL_ATELIER_GUESS_FASTEST,
} EaselAtelierGuess;

struct _EaselAtelier
{
  GtkWidget            parent_instance;

  GSettings           *settings;
  EaselMode            mode;
  /* A standalone atelier (on a slide) keeps its own parameters. */
  gboolean             standalone;
  /* A slide's atelier for the scaling curve alone. */
  gboolean             scaling_only;
  EaselWorkload        workload;

  /* The runs going on: one mode, every mode for "Run all", or the
   * points of the scaling curve. */
  EaselSeries         *series;
  GCancellable        *cancellable;
  EaselAtelierRun      running;
  /* The scaling curve waits as well as paints. */
  gboolean             scaling_drying;
  /* The prediction shown: for the run going on or the mode chosen. */
  EaselTrace          *predicted;

  /* What the views show (and exports write): the runs of the last Run
   * or Run All, whose last run is on the timeline (none while the
   * timeline shows the chosen mode's prediction alone); those of the
   * last Run All, in the comparison; the scaling curve's, measured or
   * only predicted. */
  EaselRecord         *timeline;
  EaselRecord         *comparison;
  EaselRecord         *scaling;
  /* A record opened from a run file, shown until a run measures here
   * again (easel-atelier-open.c), and its banner. */
  EaselRecord         *opened;
  GtkWidget           *opened_bar;
  GtkLabel            *opened_label;

  /* Guess first (easel-atelier-guess.c): whether to ask, what the page
   * shown asks, and the guess committed to the run going on. */
  gboolean             guessing;
  EaselAtelierGuess    guess_asked;
  EaselAtelierGuess    guess_committed;
  double               guess_value;
  EaselGuessBar       *guess_bar;
  GtkWidget           *guess_workers_box;
  GtkSpinButton       *guess_workers;

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
  GtkWidget           *run_all_button;
  GtkWidget           *view_switcher;
  GtkWidget           *measure_scaling_button;
  GtkWidget           *timeline_toggles;
  GtkWidget           *timeline_menu_button;
  GtkWidget           *timeline_menu_button_narrow;
  GtkDropDown         *mode_dropdown;
  EaselComparisonView *comparison_view;
  EaselScalingView    *scaling_view;
  GtkLabel            *scaling_status;
  AdwViewStack        *stack;
};

void _easel_atelier_toast          (EaselAtelier *self,
                                    const char   *title);
gboolean _easel_atelier_showing    (EaselAtelier *self,
                                    const char   *page);
void _easel_atelier_start_series   (EaselAtelier *self,
                                    EaselSeries  *series);
void _easel_atelier_show_scaling_params   (EaselAtelier *self);
void _easel_atelier_show_scaling_progress (EaselAtelier *self,
                                           EaselMode     mode,
                                           guint         workers);
void _easel_atelier_show_scaling_done     (EaselAtelier *self);
void _easel_atelier_start_scaling         (EaselAtelier *self);
void _easel_atelier_get_workload   (EaselAtelier  *self,
                                    EaselWorkload *workload);
void _easel_atelier_init_guess     (EaselAtelier *self);
void _easel_atelier_close_opened   (EaselAtelier *self);
void _easel_atelier_update_guess   (EaselAtelier *self,
                                    gboolean      changed);
void _easel_atelier_guess_start    (EaselAtelier *self);
void _easel_atelier_guess_done     (EaselAtelier *self);
void _easel_atelier_open_action    (GtkWidget    *widget,
                                    const char   *action_name,
                                    GVariant     *parameter);
void _easel_atelier_save_action    (GtkWidget    *widget,
                                    const char   *action_name,
                                    GVariant     *parameter);
void _easel_atelier_file_done      (GObject      *source,
                                    GFile        *file,
                                    const GError *error);
void _easel_atelier_export_action  (GtkWidget    *widget,
                                    const char   *action_name,
                                    GVariant     *parameter);

G_END_DECLS
