/* easel-scaling.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "easel-series.h"

G_BEGIN_DECLS

/* The CPU time of all the work of a point of the curve, by default. */
#define EASEL_SCALING_DEFAULT_WORK_MS 2000

/* What the curve measures: the same work at every number of workers. */
typedef struct
{
  /* The CPU time of all the paintings together, and the time they all
   * dry, each shared out among them. */
  guint work_ms;
  guint coats;
  guint dry_ms;
  guint max_workers;
} EaselScalingParams;

void     easel_scaling_params_init   (EaselScalingParams       *params,
                                      double                    usable_cores);
gboolean easel_scaling_check_params  (const EaselScalingParams *params,
                                      GError                  **error);
void     easel_scaling_workload      (const EaselScalingParams *params,
                                      guint                     workers,
                                      EaselWorkload            *workload);
double   easel_scaling_predict       (const EaselScalingParams *params,
                                      EaselMode                 mode,
                                      guint                     workers,
                                      double                    cores);
EaselSeries *easel_scaling_new_series   (const EaselScalingParams *params);
void     easel_scaling_params_add_drying (EaselScalingParams    *params);
guint    easel_scaling_get_points    (const EaselScalingParams *params,
                                      guint                    *workers);
guint    easel_run_result_get_workers (const EaselRunResult    *result);
double   easel_scaling_speedup       (const EaselRunResult     *results,
                                      guint                     n_results,
                                      guint                     result,
                                      gboolean                  predicted);

/* The model's curve for every point, worked out once: what a chart draws
 * before (and beside) the measured points. */
typedef struct
{
  EaselScalingParams params;
  double             cores;
  /* Makespans, parallel with 1 … max_workers workers, then the GIL. */
  double            *makespan_ms;
} EaselScalingPrediction;

EaselScalingPrediction *easel_scaling_prediction_new     (const EaselScalingParams     *params,
                                                          double                        cores);
EaselScalingPrediction *easel_scaling_prediction_copy    (const EaselScalingPrediction *self);
void                    easel_scaling_prediction_free    (EaselScalingPrediction       *self);
double                  easel_scaling_prediction_speedup (const EaselScalingPrediction *self,
                                                          EaselMode                     mode,
                                                          guint                         workers);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EaselScalingPrediction, easel_scaling_prediction_free)

G_END_DECLS
