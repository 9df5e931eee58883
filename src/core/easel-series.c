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
  /* What the runs measured, in the order they ran. */
  EaselRecord    *record;

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

/* The series measures the scaling curve @params describe: its record
 * keeps them. Before it runs. */
void
easel_series_set_scaling (EaselSeries              *self,
                          const EaselScalingParams *params)
{
  g_return_if_fail (EASEL_IS_SERIES (self));
  g_return_if_fail (params != NULL && self->task == NULL);
  g_return_if_fail (easel_record_get_date (self->record) == NULL);

  g_object_unref (self->record);
  self->record = easel_record_new_scaling (params, NULL);
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

  return easel_record_get_results (self->record, n_results);
}

/* What the series measured, as its runs finish: the record is finished
 * when the series ends, with the run a failure or a stop cut short. */
EaselRecord *
easel_series_get_record (EaselSeries *self)
{
  g_return_val_if_fail (EASEL_IS_SERIES (self), NULL);

  return self->record;
}

/* Ends the series' task: with @error (taken), or with success. */
static void
return_task (EaselSeries *self,
             GError      *error)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->task);
  EaselTrace *stopped = self->runner != NULL ? easel_runner_get_trace (self->runner) : NULL;

  easel_record_finish (self->record, stopped, stopped != NULL ? self->predicted : NULL);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
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
      return_task (self, g_steal_pointer (&error));
      return;
    }

  g_clear_object (&self->runner);

  easel_record_append (self->record, done.measured, self->predicted);
  g_signal_emit (self, signals[RUN_FINISHED], 0, done.measured, self->predicted);
  easel_trace_unref (done.measured);

  start_next (self);
}

static void
start_next (EaselSeries *self)
{
  GCancellable *cancellable = g_task_get_cancellable (self->task);
  const EaselSeriesRun *run;
  GError *error = NULL;
  guint n_done;

  easel_record_get_results (self->record, &n_done);
  if (n_done == self->runs->len)
    {
      return_task (self, NULL);
      return;
    }

  /* A stop between two runs ends the series there. */
  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      return_task (self, error);
      return;
    }

  run = &g_array_index (self->runs, EaselSeriesRun, n_done);
  g_clear_pointer (&self->predicted, easel_trace_unref);
  self->predicted = easel_schedule_predict_on (run->mode, &run->workload,
                                               easel_record_get_capacity (self->record));
  self->runner = easel_runner_new (run->mode, &run->workload);

  g_debug ("Series: running %s with %u workers (%u of %u)", easel_mode_to_string (run->mode),
           run->workload.workers, n_done + 1, self->runs->len);

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
  g_return_if_fail (self->task == NULL && easel_record_get_date (self->record) == NULL);

  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, easel_series_run_async);

  /* Every run of the series is predicted on the capacity it starts
   * with. */
  easel_record_start (self->record);

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
  g_object_unref (self->record);
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
  self->record = easel_record_new (NULL);
}
