/* easel-scaling.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scaling curve: the same work run in parallel, and again under the
 * GIL, by 1, 2, … W workers, each point beside the model's prediction:
 * a series of runs whose workloads differ in their workers.
 * The work is split into one painting per worker, so that every worker
 * has work and the total stays the same: then the speed-up over one
 * worker climbs with the workers up to the cores and stays there (under
 * the GIL it never climbs), unless the paintings also dry.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "easel-scaling.h"
#include "easel-schedule.h"

/* Workers from 1 up to twice the usable cores, and at least 4. */
static guint
max_workers_for (double usable_cores)
{
  return CLAMP (2 * (guint) ceil (usable_cores), 4, EASEL_RUN_WORKERS_MAX);
}

/* The least work that gives every coat of the most workers its 10 ms. */
static guint
least_work_ms (const EaselScalingParams *params)
{
  return EASEL_PAINT_MS_MIN * params->max_workers * params->coats;
}

void
easel_scaling_params_init (EaselScalingParams *params,
                           double              usable_cores)
{
  params->coats = 1;
  params->dry_ms = 0;
  params->max_workers = max_workers_for (usable_cores);
  params->work_ms = MAX (EASEL_SCALING_DEFAULT_WORK_MS, least_work_ms (params));
}

/* Turns @params into the waiting case: half the work, and four times the
 * default work in drying, shared out as the work is; then threads help
 * past the cores, because waiting needs none. About 30 s for the whole
 * curve, three rounds, on 2 cores. */
void
easel_scaling_params_add_drying (EaselScalingParams *params)
{
  params->work_ms = MAX (EASEL_SCALING_DEFAULT_WORK_MS / 2, least_work_ms (params));
  params->dry_ms = 2 * EASEL_SCALING_DEFAULT_WORK_MS;
}

/* Every point must be a workload a run can run: at the most workers, a
 * coat still gets its 10 ms of painting. */
gboolean
easel_scaling_check_params (const EaselScalingParams  *params,
                            GError                   **error)
{
  EaselWorkload workload;
  g_autofree char *workers = NULL;
  g_autofree char *coats = NULL;

  g_return_val_if_fail (params != NULL, FALSE);

  workers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u worker", "%u workers", params->max_workers),
                             params->max_workers);
  coats = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u coat", "%u coats", params->coats), params->coats);

  if (params->max_workers < 1 || params->max_workers > EASEL_RUN_WORKERS_MAX ||
      params->coats < EASEL_COATS_MIN || params->coats > EASEL_COATS_MAX)
    {
      g_set_error (error, EASEL_WORKLOAD_ERROR, EASEL_WORKLOAD_ERROR_OUT_OF_RANGE,
                   _("the workers must be from 1 to %u and the coats from %u to %u, not %u and %u"),
                   EASEL_RUN_WORKERS_MAX, EASEL_COATS_MIN, EASEL_COATS_MAX, params->max_workers, params->coats);
      return FALSE;
    }

  if (params->work_ms < least_work_ms (params))
    {
      g_set_error (error, EASEL_WORKLOAD_ERROR, EASEL_WORKLOAD_ERROR_OUT_OF_RANGE,
                   /* Translators: "400 ms of work is too little for 64 workers and 1 coat: at least 640 ms";
                    * the first %s is "64 workers", the second "1 coat" */
                   _("%u ms of work is too little for %s and %s: at least %u ms"),
                   params->work_ms, workers, coats, least_work_ms (params));
      return FALSE;
    }

  easel_scaling_workload (params, 1, &workload);
  if (!easel_workload_is_runnable (&workload))
    {
      g_set_error (error, EASEL_WORKLOAD_ERROR, EASEL_WORKLOAD_ERROR_OUT_OF_RANGE,
                   /* Translators: the %s is "2 coats" */
                   _("%u ms of work in %s is more than one painting may take: at most %u ms a coat"),
                   params->work_ms, coats, EASEL_PAINT_MS_MAX);
      return FALSE;
    }

  return TRUE;
}

/* The workload of the point with @workers: a painting each, the work
 * shared out among them. */
void
easel_scaling_workload (const EaselScalingParams *params,
                        guint                     workers,
                        EaselWorkload            *workload)
{
  g_return_if_fail (params != NULL && workers > 0 && workload != NULL);

  workload->paintings = workers;
  workload->workers = workers;
  workload->coats = params->coats;
  /* The waiting is shared out too (as downloads would be): waits overlap
   * without a core each, so this curve climbs past the cores. */
  workload->dry_ms = params->dry_ms / (workers * params->coats);
  workload->paint_ms = MAX (EASEL_PAINT_MS_MIN, params->work_ms / (workers * params->coats));
}

/* The model's makespan for @workers in @mode on @capacity. */
double
easel_scaling_predict (const EaselScalingParams *params,
                       EaselMode                 mode,
                       guint                     workers,
                       const EaselCapacity      *capacity)
{
  g_autoptr(EaselTrace) predicted = NULL;
  EaselWorkload workload;

  easel_scaling_workload (params, workers, &workload);
  predicted = easel_schedule_predict_on (mode, &workload, capacity);

  return easel_trace_get_makespan (predicted);
}

/* The worker counts the curve measures, into @workers (max_workers
 * long); returns how many. Every count up to 16; past that, on big
 * machines, 1 to 8 and then about every half-octave (12, 16, 24, 32, …),
 * the cores and the most: the GIL's points each take as long as all the
 * work, so measuring them all would take minutes. */
guint
easel_scaling_get_points (const EaselScalingParams *params,
                          guint                    *workers)
{
  guint max = params->max_workers;
  guint n = 0;

  for (guint w = 1; w <= max; w++)
    {
      guint octave = w;

      while (octave % 2 == 0)
        octave /= 2;

      if (max <= 16 || w <= 8 || octave == 1 || octave == 3 || w == max || w == (max + 1) / 2)
        workers[n++] = w;
    }

  return n;
}

/* How many runs the curve takes: every point, in both modes, in every
 * round. */
guint
easel_scaling_get_n_runs (const EaselScalingParams *params)
{
  g_autofree guint *workers = NULL;

  g_return_val_if_fail (params != NULL && params->max_workers > 0, 0);

  workers = g_new (guint, params->max_workers);

  return EASEL_SCALING_REPEATS * 2 * easel_scaling_get_points (params, workers);
}

/* The runs of the curve: in parallel with 1, 2, … workers, then the same
 * under the GIL, and the whole round again EASEL_SCALING_REPEATS times,
 * so that a moment of load elsewhere falls on one run of a point, not on
 * all of it; each result's trace tells its mode and its workers. */
EaselSeries *
easel_scaling_new_series (const EaselScalingParams *params)
{
  g_autofree guint *workers = NULL;
  g_autofree EaselSeriesRun *runs = NULL;
  EaselSeries *series;
  guint n_points, n_round, n_runs;

  g_return_val_if_fail (params != NULL && easel_scaling_check_params (params, NULL), NULL);

  workers = g_new (guint, params->max_workers);
  n_points = easel_scaling_get_points (params, workers);
  n_round = 2 * n_points;
  n_runs = EASEL_SCALING_REPEATS * n_round;
  runs = g_new (EaselSeriesRun, n_runs);
  for (guint i = 0; i < n_runs; i++)
    {
      guint j = i % n_round;

      runs[i].mode = j < n_points ? EASEL_MODE_PARALLEL : EASEL_MODE_GIL;
      easel_scaling_workload (params, workers[j % n_points], &runs[i].workload);
    }

  series = easel_series_new_runs (runs, n_runs);
  easel_series_set_scaling (series, params);

  return series;
}

/* The curve at a glance: in parallel only, each of @workers once (a
 * printed figure that must be made in seconds). */
EaselSeries *
easel_scaling_new_single_series (const EaselScalingParams *params,
                                 const guint              *workers,
                                 guint                     n_workers)
{
  g_autofree EaselSeriesRun *runs = NULL;
  EaselSeries *series;

  g_return_val_if_fail (params != NULL && easel_scaling_check_params (params, NULL), NULL);
  g_return_val_if_fail (workers != NULL && n_workers > 0, NULL);

  runs = g_new (EaselSeriesRun, n_workers);
  for (guint i = 0; i < n_workers; i++)
    {
      g_return_val_if_fail (workers[i] >= 1 && workers[i] <= params->max_workers, NULL);
      runs[i].mode = EASEL_MODE_PARALLEL;
      easel_scaling_workload (params, workers[i], &runs[i].workload);
    }

  series = easel_series_new_runs (runs, n_workers);
  easel_series_set_scaling (series, params);

  return series;
}

/* What one worker would take for all of @workload, on an idle core: the
 * work of a point. Shared out in whole milliseconds, the points' work
 * differs a little; speed-ups are over one worker doing the same work. */
static double
work_of (const EaselWorkload *workload)
{
  return (double) workload->paintings * workload->coats * (workload->paint_ms + workload->dry_ms);
}

guint
easel_run_result_get_workers (const EaselRunResult *result)
{
  return easel_trace_get_workload (result->measured)->workers;
}

/* The runs of @results in @mode with @workers: their makespans sorted
 * into @makespans (n_results long), the index of the median's run into
 * @median (if not NULL); returns how many. */
static guint
collect_runs (const EaselRunResult *results,
              guint                 n_results,
              EaselMode             mode,
              guint                 workers,
              double               *makespans,
              guint                *median)
{
  guint n = 0;

  for (guint i = 0; i < n_results; i++)
    if (easel_trace_get_mode (results[i].measured) == mode && easel_run_result_get_workers (&results[i]) == workers)
      makespans[n++] = easel_trace_get_makespan (results[i].measured);

  qsort (makespans, n, sizeof (double), easel_compare_doubles);

  if (median != NULL && n > 0)
    {
      /* The lower median: a real run, not the mean of two. */
      double value = makespans[(n - 1) / 2];

      for (guint i = 0; i < n_results; i++)
        if (easel_trace_get_mode (results[i].measured) == mode &&
            easel_run_result_get_workers (&results[i]) == workers &&
            easel_trace_get_makespan (results[i].measured) == value)
          {
            *median = i;
            break;
          }
    }

  return n;
}

/* The median run of @results in @mode with @workers (an index), or -1. */
static int
median_run (const EaselRunResult *results,
            guint                 n_results,
            EaselMode             mode,
            guint                 workers)
{
  g_autofree double *makespans = g_new (double, MAX (n_results, 1));
  guint median = 0;

  if (collect_runs (results, n_results, mode, workers, makespans, &median) == 0)
    return -1;

  return (int) median;
}

/* The speed-up of @result's point over the same mode's point with one
 * worker (the medians of their runs, or with @predicted the model's);
 * 0 without one. */
double
easel_scaling_speedup (const EaselRunResult *results,
                       guint                 n_results,
                       guint                 result,
                       gboolean              predicted)
{
  EaselMode mode;
  int one_index, at_index;
  EaselTrace *one, *at;
  double scale;

  g_return_val_if_fail (result < n_results, 0.0);

  mode = easel_trace_get_mode (results[result].measured);
  one_index = median_run (results, n_results, mode, 1);
  at_index = median_run (results, n_results, mode, easel_run_result_get_workers (&results[result]));
  if (one_index < 0 || at_index < 0)
    return 0.0;

  one = predicted ? results[one_index].predicted : results[one_index].measured;
  at = predicted ? results[at_index].predicted : results[at_index].measured;
  if (one == NULL || at == NULL)
    return 0.0;
  scale = work_of (easel_trace_get_workload (at)) / work_of (easel_trace_get_workload (one));

  return easel_trace_get_makespan (at) > 0.0 ?
    easel_trace_get_makespan (one) * scale / easel_trace_get_makespan (at) : 0.0;
}

/* The points of the curve measured in @results: one for each mode and
 * number of workers, in the order their first runs came (parallel by
 * workers, then the GIL), each with the median of its runs and their
 * spread. An array of EaselScalingPoint. */
GArray *
easel_scaling_points_new (const EaselRunResult *results,
                          guint                 n_results)
{
  GArray *points = g_array_new (FALSE, TRUE, sizeof (EaselScalingPoint));
  g_autofree double *makespans = g_new (double, MAX (n_results, 1));

  g_return_val_if_fail (results != NULL || n_results == 0, points);

  for (guint i = 0; i < n_results; i++)
    {
      EaselScalingPoint point = { 0 };
      gboolean seen = FALSE;
      int one;

      point.mode = easel_trace_get_mode (results[i].measured);
      point.workers = easel_run_result_get_workers (&results[i]);
      for (guint p = 0; p < points->len && !seen; p++)
        {
          const EaselScalingPoint *other = &g_array_index (points, EaselScalingPoint, p);

          seen = other->mode == point.mode && other->workers == point.workers;
        }
      if (seen)
        continue;

      point.n_runs = collect_runs (results, n_results, point.mode, point.workers, makespans, &point.median_result);
      point.median_ms = makespans[(point.n_runs - 1) / 2];
      point.min_ms = makespans[0];
      point.max_ms = makespans[point.n_runs - 1];
      point.scattered = point.n_runs > 1 && point.median_ms > 0.0 &&
                        (point.max_ms - point.min_ms) / point.median_ms > EASEL_SCALING_SCATTER;

      point.speedup = easel_scaling_speedup (results, n_results, point.median_result, FALSE);
      point.predicted_speedup = easel_scaling_speedup (results, n_results, point.median_result, TRUE);
      one = median_run (results, n_results, point.mode, 1);
      if (one >= 0 && point.min_ms > 0.0)
        {
          double one_ms = easel_trace_get_makespan (results[one].measured);
          double scale = work_of (easel_trace_get_workload (results[point.median_result].measured)) /
                         work_of (easel_trace_get_workload (results[one].measured));

          point.speedup_low = one_ms * scale / point.max_ms;
          point.speedup_high = one_ms * scale / point.min_ms;
        }

      g_array_append_val (points, point);
    }

  return points;
}

EaselScalingPrediction *
easel_scaling_prediction_new (const EaselScalingParams *params,
                              const EaselCapacity      *capacity)
{
  EaselScalingPrediction *self;

  g_return_val_if_fail (params != NULL && easel_scaling_check_params (params, NULL), NULL);
  g_return_val_if_fail (capacity != NULL && capacity->usable > 0.0, NULL);

  self = g_new0 (EaselScalingPrediction, 1);
  self->params = *params;
  self->cores = capacity->usable;
  self->capacity = *capacity;
  self->makespan_ms = g_new (double, 2 * params->max_workers);
  for (guint i = 0; i < 2 * params->max_workers; i++)
    self->makespan_ms[i] = easel_scaling_predict (params,
                                                  i < params->max_workers ? EASEL_MODE_PARALLEL : EASEL_MODE_GIL,
                                                  i % params->max_workers + 1, capacity);

  return self;
}

void
easel_scaling_prediction_free (EaselScalingPrediction *self)
{
  if (self == NULL)
    return;

  g_free (self->makespan_ms);
  g_free (self);
}

/* The model's speed-up of @workers over one worker in @mode (parallel or
 * the GIL); 0 outside the curve. */
double
easel_scaling_prediction_speedup (const EaselScalingPrediction *self,
                                  EaselMode                     mode,
                                  guint                         workers)
{
  EaselWorkload one, at;
  const double *curve;

  g_return_val_if_fail (self != NULL, 0.0);

  if (workers < 1 || workers > self->params.max_workers ||
      (mode != EASEL_MODE_PARALLEL && mode != EASEL_MODE_GIL))
    return 0.0;

  curve = self->makespan_ms + (mode == EASEL_MODE_GIL ? self->params.max_workers : 0);
  easel_scaling_workload (&self->params, 1, &one);
  easel_scaling_workload (&self->params, workers, &at);

  return curve[workers - 1] > 0.0 ? curve[0] * work_of (&at) / work_of (&one) / curve[workers - 1] : 0.0;
}
