/* easel-series.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "easel-runner.h"

G_BEGIN_DECLS

/* One mode's finished run and what the model predicted for it. */
typedef struct
{
  EaselTrace *measured;
  EaselTrace *predicted;
} EaselRunResult;

EaselRunResult *easel_run_results_dup  (const EaselRunResult *results,
                                        guint                 n_results);
void            easel_run_results_free (EaselRunResult       *results,
                                        guint                 n_results);
double          easel_run_results_get_other_cores (const EaselRunResult *results,
                                                   guint                 n_results);
GArray         *easel_run_results_array_new (void);

/* What other programs did to one run of a series: the model's figures on
 * the usable cores beside those on the cores the others left free. */
typedef struct
{
  double other_cores;
  double free_cores;
  double predicted_ms;
  double predicted_free_ms;
  /* Over sequential, both on the same cores. */
  double predicted_speedup;
  double predicted_free_speedup;
} EaselRunOthers;

/* /proc/stat counts in ticks of 10 ms: over a run shorter than this, what
 * other programs took is noise, and nothing is said of it. */
#define EASEL_RUN_OTHERS_MIN_MS 300.0

/* A figure the others change by more than this is named where it shows. */
#define EASEL_RUN_OTHERS_CHANGE 0.05
/* A speed-up the others change by more than this is marked in a table. */
#define EASEL_RUN_OTHERS_DISTORT 0.10

gboolean        easel_run_results_get_others (const EaselRunResult *results,
                                              guint                 n_results,
                                              guint                 result,
                                              EaselRunOthers       *others);
double          easel_run_others_change      (const EaselRunOthers *others,
                                              gboolean              speedup);
void            easel_run_results_append    (GArray               *results,
                                             EaselTrace           *measured,
                                             EaselTrace           *predicted);

/* One run of a series: a mode and its workload. */
typedef struct
{
  EaselMode     mode;
  EaselWorkload workload;
} EaselSeriesRun;

#define EASEL_TYPE_SERIES (easel_series_get_type())

G_DECLARE_FINAL_TYPE (EaselSeries, easel_series, EASEL, SERIES, GObject)

EaselSeries          *easel_series_new             (const EaselMode      *modes,
                                                    guint                 n_modes,
                                                    const EaselWorkload  *workload);
EaselSeries          *easel_series_new_all         (const EaselWorkload  *workload);
EaselSeries          *easel_series_new_runs        (const EaselSeriesRun *runs,
                                                    guint                 n_runs);
EaselRunner          *easel_series_get_runner      (EaselSeries          *self);
const EaselRunResult *easel_series_get_results     (EaselSeries          *self,
                                                    guint                *n_results);
void                  easel_series_run_async       (EaselSeries          *self,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean              easel_series_run_finish      (EaselSeries          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
gboolean              easel_series_run             (EaselSeries          *self,
                                                    GCancellable         *cancellable,
                                                    GError              **error);

G_END_DECLS
