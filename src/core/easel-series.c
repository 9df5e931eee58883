/* easel-series.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A series: runs in turn (modes of one workload, or the points of the
 * scaling curve) and, for each, the measured trace beside the model's
 * prediction for the cores Easel may use. The command line, the atelier's
 * "Run all", the handout and the scaling curve all run through one.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "easel-cores.h"
#include "easel-schedule.h"
#include "easel-series.h"

struct _EaselSeries
{
  GObject         parent_instance;

  /* Of EaselSeriesRun, in order. */
  GArray         *runs;
  /* Of EaselRunResult, in the order they ran. */
  GArray         *results;

  /* The run going on and its prediction. */
  EaselRunner    *runner;
  EaselTrace     *predicted;
  GTask          *task;
};

G_DEFINE_FINAL_TYPE (EaselSeries, easel_series, G_TYPE_OBJECT)

enum {
  RUN_STARTED,
  RUN_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_next (EaselSeries *self);

/* A copy of @results that holds its own references. */
EaselRunResult *
easel_run_results_dup (const EaselRunResult *results,
                       guint                 n_results)
{
  EaselRunResult *copy = g_new0 (EaselRunResult, MAX (n_results, 1));

  for (guint i = 0; i < n_results; i++)
    {
      copy[i].measured = results[i].measured ? easel_trace_ref (results[i].measured) : NULL;
      copy[i].predicted = results[i].predicted ? easel_trace_ref (results[i].predicted) : NULL;
    }

  return copy;
}

void
easel_run_results_free (EaselRunResult *results,
                        guint           n_results)
{
  if (results == NULL)
    return;

  for (guint i = 0; i < n_results; i++)
    {
      g_clear_pointer (&results[i].measured, easel_trace_unref);
      g_clear_pointer (&results[i].predicted, easel_trace_unref);
    }

  g_free (results);
}

static void
result_clear (gpointer data)
{
  EaselRunResult *result = data;

  g_clear_pointer (&result->measured, easel_trace_unref);
  g_clear_pointer (&result->predicted, easel_trace_unref);
}

/* The most cores other programs used during any of @results that they
 * disturbed, or 0: what a figure of them must own up to. */
double
easel_run_results_get_other_cores (const EaselRunResult *results,
                                   guint                 n_results)
{
  double most = 0.0;

  for (guint i = 0; i < n_results; i++)
    {
      double other;

      if (easel_trace_is_disturbed (results[i].measured) && easel_trace_get_load (results[i].measured, NULL, &other))
        most = MAX (most, other);
    }

  return most;
}

/* The model's sequential makespan for @measured's workload on @capacity. */
static double
predict_sequential (EaselTrace          *measured,
                    const EaselCapacity *capacity)
{
  g_autoptr(EaselTrace) sequential = easel_schedule_predict_on (EASEL_MODE_SEQUENTIAL,
                                                                easel_trace_get_workload (measured), capacity);

  return easel_trace_get_makespan (sequential);
}

/* What other programs did to @result of @results: the model's makespan
 * and speed-up on the usable cores and on the cores they left free.
 * FALSE (and @others zeroed) when their load is unknown, the run too
 * short to measure it (EASEL_RUN_OTHERS_MIN_MS) or they took no more
 * than EASEL_CAPACITY_OTHERS_MIN cores: nothing worth showing. */
gboolean
easel_run_results_get_others (const EaselRunResult *results,
                              guint                 n_results,
                              guint                 result,
                              EaselRunOthers       *others)
{
  EaselTrace *measured;
  g_autoptr(EaselTrace) usable = NULL;
  EaselCapacity capacity;
  EaselCapacity free;

  g_return_val_if_fail (others != NULL, FALSE);
  memset (others, 0, sizeof *others);
  g_return_val_if_fail (results != NULL && result < n_results, FALSE);

  measured = results[result].measured;
  if (!easel_trace_get_load (measured, NULL, &others->other_cores) ||
      others->other_cores <= EASEL_CAPACITY_OTHERS_MIN ||
      easel_trace_get_makespan (measured) < EASEL_RUN_OTHERS_MIN_MS)
    {
      others->other_cores = 0.0;
      return FALSE;
    }

  /* The machine the run was measured on, with the cores it had. */
  easel_capacity_init_default (&capacity);
  capacity.usable = easel_trace_get_cores (measured);
  easel_capacity_left_free (&capacity, others->other_cores, &free);
  others->free_cores = free.usable;

  usable = easel_schedule_predict_on (easel_trace_get_mode (measured), easel_trace_get_workload (measured), &capacity);
  others->predicted_ms = easel_trace_get_makespan (usable);
  others->predicted_free_ms = easel_schedule_predict_free (measured, NULL);
  others->predicted_speedup = predict_sequential (measured, &capacity) / MAX (others->predicted_ms, 1e-9);
  others->predicted_free_speedup = predict_sequential (measured, &free) / MAX (others->predicted_free_ms, 1e-9);

  return TRUE;
}

/* How much the others change the run's time (or with @speedup, its
 * speed-up) from what the usable cores give, as a fraction of that:
 * 0.35 for a speed-up of 1.3× where 2× was due. */
double
easel_run_others_change (const EaselRunOthers *others,
                         gboolean              speedup)
{
  double usable, free;

  g_return_val_if_fail (others != NULL, 0.0);

  usable = speedup ? others->predicted_speedup : others->predicted_ms;
  free = speedup ? others->predicted_free_speedup : others->predicted_free_ms;
  if (usable <= 0.0 || free <= 0.0)
    return 0.0;

  return fabs (free - usable) / usable;
}

/* An array of EaselRunResult that owns its references. */
GArray *
easel_run_results_array_new (void)
{
  GArray *results = g_array_new (FALSE, TRUE, sizeof (EaselRunResult));

  g_array_set_clear_func (results, result_clear);

  return results;
}

/* Appends @measured and @predicted (which may be NULL) to @results, an
 * array from easel_run_results_array_new(). */
void
easel_run_results_append (GArray     *results,
                          EaselTrace *measured,
                          EaselTrace *predicted)
{
  EaselRunResult result;

  g_return_if_fail (results != NULL && measured != NULL);

  result.measured = easel_trace_ref (measured);
  result.predicted = predicted ? easel_trace_ref (predicted) : NULL;
  g_array_append_val (results, result);
}

/* A series that runs @runs in that order, each its own mode and
 * workload (the scaling curve changes the workers from run to run). */
EaselSeries *
easel_series_new_runs (const EaselSeriesRun *runs,
                       guint                 n_runs)
{
  EaselSeries *self;

  g_return_val_if_fail (runs != NULL && n_runs > 0, NULL);
  for (guint i = 0; i < n_runs; i++)
    g_return_val_if_fail (easel_workload_is_runnable (&runs[i].workload), NULL);

  self = g_object_new (EASEL_TYPE_SERIES, NULL);
  g_array_append_vals (self->runs, runs, n_runs);

  return self;
}

/* A series that runs @modes of @workload in that order. */
EaselSeries *
easel_series_new (const EaselMode     *modes,
                  guint                n_modes,
                  const EaselWorkload *workload)
{
  g_autofree EaselSeriesRun *runs = g_new (EaselSeriesRun, MAX (n_modes, 1));

  g_return_val_if_fail (modes != NULL && n_modes > 0 && workload != NULL, NULL);

  for (guint i = 0; i < n_modes; i++)
    runs[i] = (EaselSeriesRun) { modes[i], *workload };

  return easel_series_new_runs (runs, n_modes);
}

/* Every mode, in the order the lecture shows them. */
EaselSeries *
easel_series_new_all (const EaselWorkload *workload)
{
  EaselMode modes[EASEL_N_MODES];

  for (guint i = 0; i < EASEL_N_MODES; i++)
    modes[i] = i;

  return easel_series_new (modes, EASEL_N_MODES, workload);
}

/* The run going on; once the series has ended, the run that failed or
 * was stopped, or NULL. */
EaselRunner *
easel_series_get_runner (EaselSeries *self)
{
  g_return_val_if_fail (EASEL_IS_SERIES (self), NULL);

  return self->runner;
}

/* The runs finished so far: after a failure or a stop, those before it. */
const EaselRunResult *
easel_series_get_results (EaselSeries *self,
                          guint       *n_results)
{
  g_return_val_if_fail (EASEL_IS_SERIES (self), NULL);
  g_return_val_if_fail (n_results != NULL, NULL);

  *n_results = self->results->len;

  return (const EaselRunResult *) (gpointer) self->results->data;
}

static void
run_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(EaselSeries) self = user_data;
  g_autoptr(GError) error = NULL;
  EaselRunResult done;

  g_assert (EASEL_RUNNER (object) == self->runner);

  /* A run that failed or was stopped stays as the runner: its trace
   * holds what it did. */
  done.measured = easel_runner_run_finish (self->runner, result, &error);
  if (done.measured == NULL)
    {
      g_autoptr(GTask) task = g_steal_pointer (&self->task);

      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_clear_object (&self->runner);

  done.predicted = easel_trace_ref (self->predicted);
  g_array_append_val (self->results, done);
  g_signal_emit (self, signals[RUN_FINISHED], 0, done.measured, done.predicted);

  start_next (self);
}

static void
start_next (EaselSeries *self)
{
  GCancellable *cancellable = g_task_get_cancellable (self->task);
  const EaselSeriesRun *run;
  EaselCapacity capacity;

  if (self->results->len == self->runs->len)
    {
      g_autoptr(GTask) task = g_steal_pointer (&self->task);

      g_task_return_boolean (task, TRUE);
      return;
    }

  /* A stop between two runs ends the series there. */
  if (g_task_return_error_if_cancelled (self->task))
    {
      g_clear_object (&self->task);
      return;
    }

  run = &g_array_index (self->runs, EaselSeriesRun, self->results->len);
  g_clear_pointer (&self->predicted, easel_trace_unref);
  easel_capacity_init_default (&capacity);
  self->predicted = easel_schedule_predict_on (run->mode, &run->workload, &capacity);
  self->runner = easel_runner_new (run->mode, &run->workload);

  g_debug ("Series: running %s with %u workers (%u of %u)", easel_mode_to_string (run->mode),
           run->workload.workers, self->results->len + 1, self->runs->len);

  easel_runner_run_async (self->runner, cancellable, run_done_cb, g_object_ref (self));
  g_signal_emit (self, signals[RUN_STARTED], 0, self->runner, self->predicted);
}

/* Runs the modes in turn on the caller's thread-default main context.
 * Each run is announced by EaselSeries::run-started and reported by
 * EaselSeries::run-finished. A failed or cancelled run ends the series
 * with its error; the results so far stay. */
void
easel_series_run_async (EaselSeries         *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (EASEL_IS_SERIES (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (self->task == NULL && self->results->len == 0);

  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, easel_series_run_async);

  start_next (self);
}

gboolean
easel_series_run_finish (EaselSeries   *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (EASEL_IS_SERIES (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
} SyncRun;

static void
run_sync_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  SyncRun *run = user_data;

  run->ok = easel_series_run_finish (EASEL_SERIES (object), result, &run->error);
  g_main_loop_quit (run->loop);
}

/* Runs the series to its end on the thread-default main context, which
 * keeps dispatching meanwhile (a signal source attached to it is heard). */
gboolean
easel_series_run (EaselSeries   *self,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (context, FALSE);
  SyncRun run = { loop, FALSE, NULL };

  g_return_val_if_fail (EASEL_IS_SERIES (self), FALSE);

  easel_series_run_async (self, cancellable, run_sync_cb, &run);
  g_main_loop_run (loop);

  if (!run.ok)
    g_propagate_error (error, run.error);

  return run.ok;
}

static void
easel_series_finalize (GObject *object)
{
  EaselSeries *self = EASEL_SERIES (object);

  /* A run holds a reference to its series until it has completed. */
  g_assert (self->task == NULL);

  g_clear_object (&self->runner);
  g_clear_pointer (&self->predicted, easel_trace_unref);
  g_array_unref (self->results);
  g_array_unref (self->runs);

  G_OBJECT_CLASS (easel_series_parent_class)->finalize (object);
}

static void
easel_series_class_init (EaselSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = easel_series_finalize;

  /**
   * EaselSeries::run-started:
   * @runner: the run that has just started
   * @predicted: its prediction
   */
  signals[RUN_STARTED] =
    g_signal_new ("run-started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, EASEL_TYPE_RUNNER, EASEL_TYPE_TRACE);

  /**
   * EaselSeries::run-finished:
   * @measured: the finished trace
   * @predicted: its prediction
   */
  signals[RUN_FINISHED] =
    g_signal_new ("run-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, EASEL_TYPE_TRACE, EASEL_TYPE_TRACE);
}

static void
easel_series_init (EaselSeries *self)
{
  self->runs = g_array_new (FALSE, FALSE, sizeof (EaselSeriesRun));
  self->results = easel_run_results_array_new ();
}
