/* easel-scaling.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scaling curve: the same work run in parallel, and again under the
 * GIL, by 1, 2, … W workers, each point beside the model's prediction.
 * The work is split into one painting per worker, so that every worker
 * has work and the total stays the same: then the speed-up over one
 * worker climbs with the workers up to the cores and stays there (under
 * the GIL it never climbs), unless the paintings also dry.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-async.h"
#include "easel-cores.h"
#include "easel-runner.h"
#include "easel-scaling.h"
#include "easel-schedule.h"

/* Workers from 1 up to twice the usable cores, and at least 4. */
guint
easel_scaling_max_workers (double usable_cores)
{
  return CLAMP (2 * (guint) ceil (usable_cores), 4, EASEL_RUN_WORKERS_MAX);
}

void
easel_scaling_params_init (EaselScalingParams *params,
                           double              usable_cores)
{
  params->work_ms = EASEL_SCALING_DEFAULT_WORK_MS;
  params->coats = 1;
  params->dry_ms = 0;
  params->max_workers = easel_scaling_max_workers (usable_cores);
}

/* Every point must be a workload a run can run: at the most workers, a
 * coat still gets its 10 ms of painting. */
gboolean
easel_scaling_check_params (const EaselScalingParams  *params,
                            GError                   **error)
{
  EaselWorkload workload;

  g_return_val_if_fail (params != NULL, FALSE);

  if (params->max_workers < 1 || params->max_workers > EASEL_RUN_WORKERS_MAX)
    {
      g_set_error (error, EASEL_WORKLOAD_ERROR, EASEL_WORKLOAD_ERROR_OUT_OF_RANGE,
                   _("the workers must be from 1 to %u, not %u"), EASEL_RUN_WORKERS_MAX, params->max_workers);
      return FALSE;
    }

  if ((guint64) params->work_ms < (guint64) EASEL_PAINT_MS_MIN * params->max_workers * params->coats)
    {
      g_set_error (error, EASEL_WORKLOAD_ERROR, EASEL_WORKLOAD_ERROR_OUT_OF_RANGE,
                   /* Translators: "400 ms of work is too little for 64 workers: at least 640 ms" */
                   _("%u ms of work is too little for %u workers: at least %u ms"),
                   params->work_ms, params->max_workers, EASEL_PAINT_MS_MIN * params->max_workers * params->coats);
      return FALSE;
    }

  easel_scaling_workload (params, 1, &workload);
  if (!easel_workload_is_runnable (&workload))
    {
      g_set_error (error, EASEL_WORKLOAD_ERROR, EASEL_WORKLOAD_ERROR_OUT_OF_RANGE,
                   _("%u ms of work in %u coats is more than one painting may take: at most %u ms a coat"),
                   params->work_ms, params->coats, EASEL_PAINT_MS_MAX);
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

/* The speed-up of point @point over the same mode's point with one
 * worker (measured, or with @predicted the model's); 0 without one. */
double
easel_scaling_speedup (const EaselScalingPoint *points,
                       guint                    n_points,
                       guint                    point,
                       gboolean                 predicted)
{
  g_return_val_if_fail (point < n_points, 0.0);

  for (guint i = 0; i < n_points; i++)
    if (points[i].mode == points[point].mode && points[i].workers == 1)
      {
        double one = predicted ? points[i].predicted_ms : points[i].makespan_ms;
        double at = predicted ? points[point].predicted_ms : points[point].makespan_ms;

        return at > 0.0 ? one / at : 0.0;
      }

  return 0.0;
}

struct _EaselScaling
{
  GObject             parent_instance;

  EaselScalingParams  params;
  double              cores;
  GArray             *points;

  EaselRunner        *runner;
  GTask              *task;
};

G_DEFINE_FINAL_TYPE (EaselScaling, easel_scaling, G_TYPE_OBJECT)

enum {
  POINT_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_next (EaselScaling *self);

/* The curve of @params, for the cores Easel may use. */
EaselScaling *
easel_scaling_new (const EaselScalingParams *params)
{
  EaselScaling *self;

  g_return_val_if_fail (params != NULL && easel_scaling_check_params (params, NULL), NULL);

  self = g_object_new (EASEL_TYPE_SCALING, NULL);
  self->params = *params;
  self->cores = easel_cores_get_default ()->usable;

  return self;
}

/* The points measured so far: parallel from 1 worker up, then the GIL. */
const EaselScalingPoint *
easel_scaling_get_points (EaselScaling *self,
                          guint        *n_points)
{
  g_return_val_if_fail (EASEL_IS_SCALING (self), NULL);
  g_return_val_if_fail (n_points != NULL, NULL);

  *n_points = self->points->len;

  return (const EaselScalingPoint *) (gpointer) self->points->data;
}

/* The point after the last one measured. */
static void
next_point (EaselScaling *self,
            EaselMode    *mode,
            guint        *workers)
{
  guint n = self->points->len;

  *mode = n < self->params.max_workers ? EASEL_MODE_PARALLEL : EASEL_MODE_GIL;
  *workers = n % self->params.max_workers + 1;
}

static void
run_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(EaselScaling) self = user_data;
  g_autoptr(EaselRunner) runner = g_steal_pointer (&self->runner);
  g_autoptr(EaselTrace) trace = NULL;
  g_autoptr(GError) error = NULL;
  EaselScalingPoint point;

  trace = easel_runner_run_finish (runner, result, &error);
  if (trace == NULL)
    {
      g_autoptr(GTask) task = g_steal_pointer (&self->task);

      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  next_point (self, &point.mode, &point.workers);
  point.makespan_ms = easel_trace_get_makespan (trace);
  point.predicted_ms = easel_scaling_predict (&self->params, point.mode, point.workers, self->cores);
  g_array_append_val (self->points, point);
  g_debug ("Scaling: %s with %u workers, %.1f ms (predicted %.1f ms)",
           easel_mode_to_string (point.mode), point.workers, point.makespan_ms, point.predicted_ms);
  g_signal_emit (self, signals[POINT_ADDED], 0, self->points->len - 1);

  start_next (self);
}

static void
start_next (EaselScaling *self)
{
  EaselWorkload workload;
  EaselMode mode;
  guint workers;

  if (self->points->len == 2 * self->params.max_workers)
    {
      g_autoptr(GTask) task = g_steal_pointer (&self->task);

      g_task_return_boolean (task, TRUE);
      return;
    }

  /* A stop between two points ends the curve there. */
  if (g_task_return_error_if_cancelled (self->task))
    {
      g_clear_object (&self->task);
      return;
    }

  next_point (self, &mode, &workers);
  easel_scaling_workload (&self->params, workers, &workload);
  self->runner = easel_runner_new (mode, &workload);
  easel_runner_run_async (self->runner, g_task_get_cancellable (self->task), run_done_cb, g_object_ref (self));
}

/* Measures the curve point by point on the caller's thread-default
 * context; EaselScaling::point-added tells of each. A stop keeps the
 * points so far and ends with G_IO_ERROR_CANCELLED. */
void
easel_scaling_run_async (EaselScaling        *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (EASEL_IS_SCALING (self));
  g_return_if_fail (self->task == NULL && self->points->len == 0);

  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, easel_scaling_run_async);

  start_next (self);
}

gboolean
easel_scaling_run_finish (EaselScaling  *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (EASEL_IS_SCALING (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The whole curve, on the thread-default context, which keeps
 * dispatching meanwhile. */
gboolean
easel_scaling_run (EaselScaling  *self,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_return_val_if_fail (EASEL_IS_SCALING (self), FALSE);

  return easel_async_run_sync (self, (EaselAsyncFunc) easel_scaling_run_async, cancellable, error);
}

static void
easel_scaling_finalize (GObject *object)
{
  EaselScaling *self = EASEL_SCALING (object);

  /* A run holds a reference until it has completed. */
  g_assert (self->runner == NULL && self->task == NULL);

  g_array_unref (self->points);

  G_OBJECT_CLASS (easel_scaling_parent_class)->finalize (object);
}

static void
easel_scaling_class_init (EaselScalingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = easel_scaling_finalize;

  /**
   * EaselScaling::point-added:
   * @index: the new point's index
   */
  signals[POINT_ADDED] =
    g_signal_new ("point-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
easel_scaling_init (EaselScaling *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (EaselScalingPoint));
}
