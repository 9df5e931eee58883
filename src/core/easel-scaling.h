/* easel-scaling.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "easel-schedule.h"
#include "easel-series.h"

G_BEGIN_DECLS

/* The CPU time of all the work of a point of the curve, by default: short,
 * as every point is measured EASEL_SCALING_REPEATS times. */
#define EASEL_SCALING_DEFAULT_WORK_MS 800

/* Each point is measured this many times, in rounds over every point, and
 * shown as the median: on a busy machine one run a point zig-zags. */
#define EASEL_SCALING_REPEATS 3

/* Runs of one point that disagree by more than this share of their
 * median leave it uncertain: drawn hollow and named. */
#define EASEL_SCALING_SCATTER 0.20


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
                                      const EaselCapacity      *capacity);
EaselSeries *easel_scaling_new_series   (const EaselScalingParams *params);
EaselSeries *easel_scaling_new_single_series (const EaselScalingParams *params,
                                              const guint              *workers,
                                              guint                     n_workers);
void     easel_scaling_params_add_drying (EaselScalingParams    *params);
guint    easel_scaling_get_points    (const EaselScalingParams *params,
                                      guint                    *workers);
guint    easel_scaling_get_n_runs    (const EaselScalingParams *params);
guint    easel_run_result_get_workers (const EaselRunResult    *result);
double   easel_scaling_speedup       (const EaselRunResult     *results,
                                      guint                     n_results,
                                      guint                     result,
                                      gboolean                  predicted);

/* One point of a measured curve: every run of one mode with one number
 * of workers, as its median and spread. */
typedef struct
{
  EaselMode mode;
  guint     workers;
  guint     n_runs;
  /* The makespans of its runs, the median and its spread. */
  double    median_ms;
  double    min_ms;
  double    max_ms;
  /* Over the median of the same mode's one worker: of the median, and of
   * the slowest and the fastest run. 0 without a one-worker run. */
  double    speedup;
  double    speedup_low;
  double    speedup_high;
  double    predicted_speedup;
  /* Whether its runs disagree by more than EASEL_SCALING_SCATTER. */
  gboolean  scattered;
  /* The run that gave the median, an index into the results. */
  guint     median_result;
} EaselScalingPoint;

GArray  *easel_scaling_points_new    (const EaselRunResult     *results,
                                      guint                     n_results);

/* The model's curve for every point, worked out once: what a chart draws
 * before (and beside) the measured points. */
typedef struct
{
  EaselScalingParams params;
  /* The usable cores (capacity.usable), and how they share cores. */
  double             cores;
  EaselCapacity      capacity;
  /* Makespans, parallel with 1 … max_workers workers, then the GIL. */
  double            *makespan_ms;
} EaselScalingPrediction;

EaselScalingPrediction *easel_scaling_prediction_new     (const EaselScalingParams     *params,
                                                          const EaselCapacity          *capacity);
void                    easel_scaling_prediction_free    (EaselScalingPrediction       *self);
double                  easel_scaling_prediction_speedup (const EaselScalingPrediction *self,
                                                          EaselMode                     mode,
                                                          guint                         workers);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EaselScalingPrediction, easel_scaling_prediction_free)

G_END_DECLS
