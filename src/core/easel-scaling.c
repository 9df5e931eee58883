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
 * past the cores, because waiting needs none. About 25 s for the whole
 * curve on 2 cores. */
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

/* The model's makespan for @workers in @mode on @cores cores. */
double
easel_scaling_predict (const EaselScalingParams *params,
                       EaselMode                 mode,
                       guint                     workers,
                       double                    cores)
{
  g_autoptr(EaselTrace) predicted = NULL;
  EaselWorkload workload;

  easel_scaling_workload (params, workers, &workload);
  predicted = easel_schedule_predict (mode, &workload, cores);

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

/* The runs of the curve: in parallel with 1, 2, … workers, then the same
 * under the GIL; each result's trace tells its mode and its workers. */
EaselSeries *
easel_scaling_new_series (const EaselScalingParams *params)
{
  g_autofree guint *workers = NULL;
  g_autofree EaselSeriesRun *runs = NULL;
  guint n_points;

  g_return_val_if_fail (params != NULL && easel_scaling_check_params (params, NULL), NULL);

  workers = g_new (guint, params->max_workers);
  n_points = easel_scaling_get_points (params, workers);
  runs = g_new (EaselSeriesRun, 2 * n_points);
  for (guint i = 0; i < 2 * n_points; i++)
    {
      runs[i].mode = i < n_points ? EASEL_MODE_PARALLEL : EASEL_MODE_GIL;
      easel_scaling_workload (params, workers[i % n_points], &runs[i].workload);
    }

  return easel_series_new_runs (runs, 2 * n_points);
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

/* The speed-up of @result over the same mode's run with one worker
 * (measured, or with @predicted the model's); 0 without one. */
double
easel_scaling_speedup (const EaselRunResult *results,
                       guint                 n_results,
                       guint                 result,
                       gboolean              predicted)
{
  EaselMode mode;

  g_return_val_if_fail (result < n_results, 0.0);

  mode = easel_trace_get_mode (results[result].measured);
  for (guint i = 0; i < n_results; i++)
    if (easel_trace_get_mode (results[i].measured) == mode && easel_run_result_get_workers (&results[i]) == 1)
      {
        EaselTrace *one = predicted ? results[i].predicted : results[i].measured;
        EaselTrace *at = predicted ? results[result].predicted : results[result].measured;
        double scale = work_of (easel_trace_get_workload (at)) / work_of (easel_trace_get_workload (one));

        return easel_trace_get_makespan (at) > 0.0 ?
          easel_trace_get_makespan (one) * scale / easel_trace_get_makespan (at) : 0.0;
      }

  return 0.0;
}

EaselScalingPrediction *
easel_scaling_prediction_new (const EaselScalingParams *params,
                              double                    cores)
{
  EaselScalingPrediction *self;

  g_return_val_if_fail (params != NULL && easel_scaling_check_params (params, NULL), NULL);
  g_return_val_if_fail (cores > 0.0, NULL);

  self = g_new0 (EaselScalingPrediction, 1);
  self->params = *params;
  self->cores = cores;
  self->makespan_ms = g_new (double, 2 * params->max_workers);
  for (guint i = 0; i < 2 * params->max_workers; i++)
    self->makespan_ms[i] = easel_scaling_predict (params,
                                                  i < params->max_workers ? EASEL_MODE_PARALLEL : EASEL_MODE_GIL,
                                                  i % params->max_workers + 1, cores);

  return self;
}

EaselScalingPrediction *
easel_scaling_prediction_copy (const EaselScalingPrediction *self)
{
  EaselScalingPrediction *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->makespan_ms = g_memdup2 (self->makespan_ms, 2 * self->params.max_workers * sizeof (double));

  return copy;
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
