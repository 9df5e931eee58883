/* easel-runner.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The base of the runners: one per mode, all with the same life. A run
 * starts a thread of its own; the mode's run() paints and dries there (and
 * starts what other threads it needs); span events and progress travel
 * through a queue to the caller's main context, where they are added to the
 * trace and emitted as signals; the run completes there once its thread
 * has been joined.
 */

#include "config.h"

#include "easel-cores.h"
#include "easel-cpu-ledger.h"
#include "easel-load-recorder.h"
#include "easel-runner-private.h"

/* At most one progress event per painting per frame of the views, which
 * draw at 10 Hz: more would be copied and dropped. */
#define PROGRESS_INTERVAL_US (100 * G_TIME_SPAN_MILLISECOND)

typedef enum
{
  EVENT_SPAN_STARTED,
  EVENT_SPAN_FINISHED,
  EVENT_PROGRESS,
  EVENT_LOAD,
  EVENT_DONE,
} EventType;

typedef struct
{
  EventType  type;
  /* EVENT_SPAN_FINISHED and EVENT_PROGRESS own the span's intervals
   * until applied. */
  EaselSpan  span;
  double     fraction;
  /* For EVENT_PROGRESS: since when the painting's thread has been on a
   * core, as of when (its new intervals are in the span). */
  double     on_since_ms;
  double     as_of_ms;
  /* For EVENT_LOAD: every core's load and the run's own cores. */
  double    *loads;
  guint      n_cores;
  double     run_cores;
  /* For EVENT_DONE: why the run could not run. */
  GError    *error;
} Event;

static void
event_clear (gpointer data)
{
  Event *event = data;

  g_free ((gpointer) event->span.on_core);
  g_free ((gpointer) event->span.core_waits);
  g_free (event->loads);
}

typedef struct
{
  EaselMode      mode;
  EaselWorkload  workload;
  GPtrArray     *canvases;

  /* Owned by the caller's context. */
  EaselTrace    *trace;
  GMainContext  *context;
  GTask         *task;
  GThread       *thread;
  GCancellable  *cancellable;

  /* Set by the run thread once, before its first event. */
  gint64         start_us;

  /* The machine when the run started, to tell at the end how much of it
   * Easel itself and other programs used meanwhile. */
  EaselCpuSnapshot start_snapshot;

  GMutex         events_lock;
  GArray        *events;
  gboolean       dispatch_pending;

  /* One slot per painting, only touched by the thread painting it. */
  gint64        *last_progress_us;

  /* The coats being painted as they go, one per painting, for views to
   * draw them (main thread only): intervals on a core and waiting for
   * one so far, in ms pairs from the start, and since when on a core. */
  GArray       **live_on_core;
  GArray       **live_waits;
  double        *live_on_since;
  double        *live_as_of;

  /* The CPU time the run's painting threads used so far (atomic), and
   * the recorder of every core's load meanwhile (the run thread's). */
  gint64         work_ns;
  EaselLoadRecorder *recorder;
} EaselRunnerPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (EaselRunner, easel_runner, G_TYPE_OBJECT)

enum {
  SPAN_STARTED,
  SPAN_FINISHED,
  PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Runs started and not yet completed, in the whole process. */
static gint n_running;

/* A runner for @mode with a copy of @workload, which must be valid. */
EaselRunner *
easel_runner_new (EaselMode            mode,
                  const EaselWorkload *workload)
{
  EaselRunnerPrivate *priv;
  EaselRunner *self;
  GType type;

  g_return_val_if_fail (mode < EASEL_N_MODES, NULL);
  g_return_val_if_fail (workload != NULL, NULL);
  g_return_val_if_fail (easel_workload_is_runnable (workload), NULL);

  switch (mode)
    {
    case EASEL_MODE_SEQUENTIAL:
      type = _easel_sequential_runner_get_type ();
      break;

    case EASEL_MODE_ASYNC:
      type = _easel_async_runner_get_type ();
      break;

    case EASEL_MODE_PARALLEL:
    case EASEL_MODE_GIL:
      type = _easel_parallel_runner_get_type ();
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  self = g_object_new (type, NULL);
  priv = easel_runner_get_instance_private (self);
  priv->mode = mode;
  priv->workload = *workload;
  priv->last_progress_us = g_new0 (gint64, workload->paintings);
  priv->live_on_core = g_new0 (GArray *, workload->paintings);
  priv->live_waits = g_new0 (GArray *, workload->paintings);
  priv->live_on_since = g_new (double, workload->paintings);
  priv->live_as_of = g_new (double, workload->paintings);
  for (guint i = 0; i < workload->paintings; i++)
    {
      priv->live_on_core[i] = g_array_new (FALSE, FALSE, sizeof (double));
      priv->live_waits[i] = g_array_new (FALSE, FALSE, sizeof (double));
      priv->live_on_since[i] = -1.0;
    }

  for (guint i = 0; i < workload->paintings; i++)
    g_ptr_array_add (priv->canvases, easel_canvas_new (i));

  return self;
}

EaselMode
easel_runner_get_mode (EaselRunner *self)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  g_return_val_if_fail (EASEL_IS_RUNNER (self), 0);

  return priv->mode;
}

const EaselWorkload *
easel_runner_get_workload (EaselRunner *self)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  g_return_val_if_fail (EASEL_IS_RUNNER (self), NULL);

  return &priv->workload;
}

/* The picture of @painting, which the run paints into. */
EaselCanvas *
easel_runner_get_canvas (EaselRunner *self,
                         guint        painting)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  g_return_val_if_fail (EASEL_IS_RUNNER (self), NULL);
  g_return_val_if_fail (painting < priv->canvases->len, NULL);

  return g_ptr_array_index (priv->canvases, painting);
}

/* How the coat of @painting being painted has gone so far, as its thread
 * last reported (at most a tenth of a second ago): its intervals on a
 * core and waiting for one, in ms pairs from the run's start (as a
 * finished span has them, before they are resampled), since when it has
 * been on a core and when it said so. FALSE, and no intervals, if no
 * coat of it is being painted or it has not reported yet. Valid on the
 * caller's context until the next events arrive. */
gboolean
easel_runner_get_live_coat (EaselRunner   *self,
                            guint          painting,
                            EaselLiveCoat *coat)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  g_return_val_if_fail (EASEL_IS_RUNNER (self), FALSE);
  g_return_val_if_fail (painting < priv->workload.paintings, FALSE);
  g_return_val_if_fail (coat != NULL, FALSE);

  *coat = (EaselLiveCoat) {
    (const double *) (gpointer) priv->live_on_core[painting]->data, priv->live_on_core[painting]->len / 2,
    (const double *) (gpointer) priv->live_waits[painting]->data, priv->live_waits[painting]->len / 2,
    priv->live_on_since[painting], priv->live_as_of[painting],
  };

  return coat->on_since_ms >= 0;
}

/* The spans so far, or NULL before the run starts. The trace grows on the
 * caller's context as the events arrive. */
EaselTrace *
easel_runner_get_trace (EaselRunner *self)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  g_return_val_if_fail (EASEL_IS_RUNNER (self), NULL);

  return priv->trace;
}

gboolean
easel_runner_is_running (EaselRunner *self)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  g_return_val_if_fail (EASEL_IS_RUNNER (self), FALSE);

  return priv->task != NULL;
}

/* The time since the run's clock started (for a "now" cursor); the
 * makespan once it has ended. */
double
easel_runner_get_elapsed_ms (EaselRunner *self)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);
  gint64 start_us;

  g_return_val_if_fail (EASEL_IS_RUNNER (self), 0.0);

  if (priv->trace != NULL && priv->task == NULL)
    return easel_trace_get_makespan (priv->trace);

  /* Written once by the run thread, before its first event, and read
   * here on the caller's: published and read atomically. */
  start_us = __atomic_load_n (&priv->start_us, __ATOMIC_ACQUIRE);
  if (start_us == 0)
    return 0.0;

  return (g_get_monotonic_time () - start_us) / 1000.0;
}

static void
forget_live_intervals (EaselRunner *self,
                       guint        painting)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  g_array_set_size (priv->live_on_core[painting], 0);
  g_array_set_size (priv->live_waits[painting], 0);
  priv->live_on_since[painting] = -1.0;
}

static void
apply_event (EaselRunner *self,
             const Event *event)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  switch (event->type)
    {
    case EVENT_SPAN_STARTED:
      if (event->span.phase == EASEL_PHASE_PAINT)
        forget_live_intervals (self, event->span.painting);
      g_signal_emit (self, signals[SPAN_STARTED], 0, &event->span);
      break;

    case EVENT_SPAN_FINISHED:
      if (event->span.phase == EASEL_PHASE_PAINT)
        forget_live_intervals (self, event->span.painting);
      easel_trace_add_span (priv->trace, &event->span);
      if (event->span.end_ms > easel_trace_get_makespan (priv->trace))
        easel_trace_set_makespan (priv->trace, event->span.end_ms);
      g_signal_emit (self, signals[SPAN_FINISHED], 0, &event->span);
      break;

    case EVENT_LOAD:
      easel_trace_add_core_load (priv->trace, EASEL_LOAD_RECORDER_INTERVAL_MS,
                                 event->loads, event->n_cores, event->run_cores);
      break;

    case EVENT_PROGRESS:
      g_array_append_vals (priv->live_on_core[event->span.painting], event->span.on_core, 2 * event->span.n_on_core);
      g_array_append_vals (priv->live_waits[event->span.painting], event->span.core_waits,
                           2 * event->span.n_core_waits);
      priv->live_on_since[event->span.painting] = event->on_since_ms;
      priv->live_as_of[event->span.painting] = event->as_of_ms;
      g_signal_emit (self, signals[PROGRESS], 0, event->span.painting, event->fraction);
      break;

    case EVENT_DONE:
      {
        g_autoptr(GTask) task = g_steal_pointer (&priv->task);

        EaselCpuSnapshot end_snapshot;
        EaselCpuSplit split;

        /* The thread posted this as its very last act. */
        g_thread_join (g_steal_pointer (&priv->thread));
        g_clear_object (&priv->cancellable);
        g_atomic_int_add (&n_running, -1);

        easel_cpu_snapshot_take (&end_snapshot);
        if (easel_cpu_snapshot_split (&priv->start_snapshot, &end_snapshot, &split))
          easel_trace_set_load (priv->trace, split.self, split.other);
        easel_cpu_snapshot_clear (&end_snapshot);
        easel_cpu_snapshot_clear (&priv->start_snapshot);
        if (event->error != NULL || g_cancellable_is_cancelled (g_task_get_cancellable (task)))
          easel_trace_set_stopped (priv->trace);
        /* Every thread is joined: nothing writes to the trace any more. */
        easel_trace_finish (priv->trace);
        g_debug ("Run %s done: %.1f ms, Easel %.3f and other programs %.3f cores meanwhile",
                 easel_mode_to_string (priv->mode), easel_trace_get_makespan (priv->trace),
                 split.self, split.other);

        if (event->error != NULL)
          g_task_return_error (task, event->error);
        else if (!g_task_return_error_if_cancelled (task))
          g_task_return_pointer (task, easel_trace_ref (priv->trace),
                                 (GDestroyNotify) easel_trace_unref);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
dispatch_events_cb (gpointer user_data)
{
  EaselRunner *self = user_data;
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);
  g_autoptr(GArray) events = NULL;

  g_mutex_lock (&priv->events_lock);
  events = g_steal_pointer (&priv->events);
  priv->events = g_array_new (FALSE, FALSE, sizeof (Event));
  g_array_set_clear_func (priv->events, event_clear);
  priv->dispatch_pending = FALSE;
  g_mutex_unlock (&priv->events_lock);

  for (guint i = 0; i < events->len; i++)
    apply_event (self, &g_array_index (events, Event, i));

  return G_SOURCE_REMOVE;
}

/* From any thread: queue an event for the caller's context. */
static void
post_event (EaselRunner *self,
            const Event *event)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  g_mutex_lock (&priv->events_lock);

  g_array_append_val (priv->events, *event);

  if (!priv->dispatch_pending)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      priv->dispatch_pending = TRUE;
      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, dispatch_events_cb, g_object_ref (self), g_object_unref);
      g_source_set_static_name (source, "[easel] runner events");
      g_source_attach (source, priv->context);
    }

  g_mutex_unlock (&priv->events_lock);
}

static gpointer
run_thread (gpointer user_data)
{
  EaselRunner *self = user_data;
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);
  Event done = { EVENT_DONE };

  if (!EASEL_RUNNER_GET_CLASS (self)->run (self, priv->cancellable, &done.error))
    g_assert (done.error != NULL);

  /* Its last sample comes before the end. */
  g_clear_pointer (&priv->recorder, easel_load_recorder_stop);

  post_event (self, &done);

  /* The event source holds a reference until the run completes. */
  g_object_unref (self);

  return NULL;
}

/* Runs the workload. Span events, progress and completion are delivered on
 * the thread-default main context of the caller. Cancelling stops every
 * thread promptly; the run then completes with G_IO_ERROR_CANCELLED. */
void
easel_runner_run_async (EaselRunner         *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);
  g_autofree char *name = NULL;

  g_return_if_fail (EASEL_IS_RUNNER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (priv->task == NULL);
  g_return_if_fail (priv->trace == NULL);

  priv->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (priv->task, easel_runner_run_async);

  priv->context = g_main_context_ref_thread_default ();
  priv->cancellable = cancellable ? g_object_ref (cancellable) : g_cancellable_new ();
  priv->trace = easel_trace_new (priv->mode, &priv->workload, easel_cores_get_default ()->usable);
  easel_cpu_snapshot_take (&priv->start_snapshot);

  g_debug ("Run %s starting: %u paintings × %u coats, %u ms painting and %u ms drying a coat, %u workers, for %.2f cores",
           easel_mode_to_string (priv->mode), priv->workload.paintings, priv->workload.coats,
           priv->workload.paint_ms, priv->workload.dry_ms, priv->workload.workers,
           easel_cores_get_default ()->usable);

  name = g_strdup_printf ("easel-%s", easel_mode_to_string (priv->mode));
  g_atomic_int_inc (&n_running);
  priv->thread = g_thread_new (name, run_thread, g_object_ref (self));
}

/* How many runs of this process have not completed yet. */
guint
easel_runner_get_n_running (void)
{
  return g_atomic_int_get (&n_running);
}

/* Returns the measured trace, or NULL with @error set. */
EaselTrace *
easel_runner_run_finish (EaselRunner   *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (EASEL_IS_RUNNER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* For the run thread: the run's time zero is now. */
/* On the recorder's thread. */
static void
load_sample_cb (const double *per_core,
                guint         n_cores,
                double        run_cores,
                gpointer      user_data)
{
  Event event = { EVENT_LOAD };

  event.loads = g_memdup2 (per_core, n_cores * sizeof (double));
  event.n_cores = n_cores;
  event.run_cores = run_cores;
  post_event (user_data, &event);
}

void
_easel_runner_start_clock (EaselRunner *self)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  gint64 start_us = g_get_monotonic_time ();

  __atomic_store_n (&priv->start_us, start_us, __ATOMIC_RELEASE);

  /* Every core's load from now on, for the strip under the timeline. */
  g_assert (priv->recorder == NULL);
  priv->recorder = easel_load_recorder_start (EASEL_LOAD_RECORDER_INTERVAL_MS, start_us, &priv->work_ns,
                                              load_sample_cb, self);
}

gint64
_easel_runner_start_us (EaselRunner *self)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  return priv->start_us;
}

double
_easel_runner_ms_since_start (EaselRunner *self,
                              gint64       monotonic_us)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  g_assert (priv->start_us != 0);

  return (monotonic_us - priv->start_us) / 1000.0;
}

double
_easel_runner_now_ms (EaselRunner *self)
{
  return _easel_runner_ms_since_start (self, g_get_monotonic_time ());
}

void
_easel_runner_span_started (EaselRunner     *self,
                            const EaselSpan *span)
{
  Event event = { EVENT_SPAN_STARTED, *span };

  post_event (self, &event);
}

void
_easel_runner_span_finished (EaselRunner     *self,
                             const EaselSpan *span)
{
  Event event = { EVENT_SPAN_FINISHED, *span };

  post_event (self, &event);
}

typedef struct
{
  EaselRunner *self;
  guint        coat;
  /* The coat's CPU time already added to the run's. */
  gint64       cpu_counted;
  /* The coat's log, and how many of its intervals views have had. */
  EaselCoreLog *log;
  guint        on_core_sent;
  guint        waits_sent;
} PaintProgress;

/* The intervals of @log_pairs (pairs of monotonic µs) from pair @from
 * on, as ms pairs from @start_us. */
static GArray *
pairs_in_ms (GArray *log_pairs,
             guint   from,
             gint64  start_us)
{
  GArray *pairs = g_array_sized_new (FALSE, FALSE, sizeof (double), 2 * (log_pairs->len - from));

  for (guint i = 2 * from; i < 2 * log_pairs->len; i++)
    {
      double ms = (g_array_index (log_pairs, gint64, i) - start_us) / 1000.0;

      g_array_append_val (pairs, ms);
    }

  return pairs;
}

/* The pairs of @log_pairs a view has not had yet (after *@sent), newly
 * allocated (NULL if none); moves *@sent past them. */
static const double *
new_pairs_in_ms (GArray *log_pairs,
                 guint  *sent,
                 gint64  start_us,
                 guint  *n_pairs)
{
  GArray *pairs = pairs_in_ms (log_pairs, *sent, start_us);

  *n_pairs = pairs->len / 2;
  *sent = log_pairs->len;

  return (const double *) (gpointer) g_array_free (pairs, *n_pairs == 0);
}

static void
paint_progress_cb (EaselCanvas *canvas,
                   double       fraction,
                   gint64       cpu_ns,
                   gpointer     user_data)
{
  PaintProgress *progress = user_data;
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (progress->self);
  guint painting = easel_canvas_get_painting (canvas);
  gint64 now = g_get_monotonic_time ();
  Event event = { EVENT_PROGRESS };

  /* The run's own CPU, row by row, for its load strip. */
  __atomic_add_fetch (&priv->work_ns, cpu_ns - progress->cpu_counted, __ATOMIC_RELAXED);
  progress->cpu_counted = cpu_ns;

  if (fraction < 1.0 && now - priv->last_progress_us[painting] < PROGRESS_INTERVAL_US)
    return;

  priv->last_progress_us[painting] = now;
  event.span.painting = painting;
  event.fraction = (progress->coat + fraction) / priv->workload.coats;

  /* How the coat went since the last report, for views that draw it as it
   * goes (the event owns the copies). */
  event.span.on_core = new_pairs_in_ms (progress->log->on_core, &progress->on_core_sent,
                                        _easel_runner_start_us (progress->self), &event.span.n_on_core);
  event.span.core_waits = new_pairs_in_ms (progress->log->core_waits, &progress->waits_sent,
                                           _easel_runner_start_us (progress->self), &event.span.n_core_waits);
  event.on_since_ms = (progress->log->on_since - _easel_runner_start_us (progress->self)) / 1000.0;
  event.as_of_ms = (now - _easel_runner_start_us (progress->self)) / 1000.0;
  post_event (progress->self, &event);
}

/* The chart's finest time step for this run: a two-thousandth of what the
 * run should take, and never under the shortest wait it records. */
static double
interval_resolution_ms (EaselRunner *self)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);
  const EaselWorkload *w = &priv->workload;
  double sequential_ms = (double) w->paintings * w->coats * (w->paint_ms + w->dry_ms);

  return MAX (EASEL_CORE_WAIT_MIN_US / 1000.0, sequential_ms / 2000.0);
}


/* The span's time waiting for a core, and its intervals on a core and
 * waiting, in ms from the run's start, at the resolution a chart can
 * show: per step of the resolution, the time on a core first, then the
 * time waiting, so that their lengths stay exact. */
static void
fill_core_intervals (EaselRunner        *self,
                     EaselSpan          *span,
                     const EaselCoreLog *log)
{
  gint64 start_us = _easel_runner_start_us (self);
  g_autoptr(GArray) logged_on = pairs_in_ms (log->on_core, 0, start_us);
  g_autoptr(GArray) logged_waits = pairs_in_ms (log->core_waits, 0, start_us);
  g_autoptr(GArray) on_core = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) waits = g_array_new (FALSE, FALSE, sizeof (double));

  span->waiting_ms = 0.0;
  for (guint i = 0; i < logged_waits->len; i += 2)
    span->waiting_ms += g_array_index (logged_waits, double, i + 1) - g_array_index (logged_waits, double, i);

  easel_intervals_resample ((const double *) (gpointer) logged_on->data, logged_on->len / 2,
                            (const double *) (gpointer) logged_waits->data, logged_waits->len / 2,
                            span->start_ms, span->end_ms, interval_resolution_ms (self), on_core, waits);

  span->n_on_core = on_core->len / 2;
  span->on_core = (const double *) (gpointer) g_array_free (g_steal_pointer (&on_core), span->n_on_core == 0);
  span->n_core_waits = waits->len / 2;
  span->core_waits = (const double *) (gpointer) g_array_free (g_steal_pointer (&waits), span->n_core_waits == 0);
}

/* Paints one coat on the calling thread, as thread @thread, recording its
 * span. Returns FALSE if cancelled. */
gboolean
_easel_runner_paint (EaselRunner  *self,
                     guint         painting,
                     guint         coat,
                     int           thread,
                     EaselGil     *gil,
                     GCancellable *cancellable)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);
  EaselCoreLog log;
  PaintProgress progress = { self, coat, 0, &log };
  EaselSpan span = { painting, coat, EASEL_PHASE_PAINT, thread };
  gint64 cpu_ns = 0;
  gboolean completed;

  span.start_ms = _easel_runner_now_ms (self);
  span.end_ms = span.start_ms;
  _easel_runner_span_started (self, &span);

  easel_core_log_init (&log);
  completed = easel_canvas_paint_coat (g_ptr_array_index (priv->canvases, painting),
                                       coat, priv->workload.coats,
                                       priv->workload.paint_ms * G_GINT64_CONSTANT (1000000),
                                       gil, cancellable,
                                       paint_progress_cb, &progress,
                                       &log, &cpu_ns);
  /* The CPU of the rows since the last progress report. */
  __atomic_add_fetch (&priv->work_ns, cpu_ns - progress.cpu_counted, __ATOMIC_RELAXED);

  span.end_ms = _easel_runner_now_ms (self);
  span.cpu_ms = cpu_ns / 1e6;
  fill_core_intervals (self, &span, &log);
  easel_core_log_clear (&log);
  /* The event owns the intervals from here. */
  _easel_runner_span_finished (self, &span);

  return completed;
}

/* Dries one coat by blocking the calling thread. Returns FALSE if
 * cancelled. */
gboolean
_easel_runner_dry_blocking (EaselRunner  *self,
                            guint         painting,
                            guint         coat,
                            int           thread,
                            GCancellable *cancellable)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);
  EaselSpan span = { painting, coat, EASEL_PHASE_DRY, thread };
  gint64 start_us = g_get_monotonic_time ();
  gboolean completed;

  span.start_ms = _easel_runner_ms_since_start (self, start_us);
  span.end_ms = span.start_ms;
  _easel_runner_span_started (self, &span);

  completed = _easel_sleep_until (start_us + priv->workload.dry_ms * G_TIME_SPAN_MILLISECOND,
                                  cancellable);

  span.end_ms = _easel_runner_now_ms (self);
  _easel_runner_span_finished (self, &span);

  return completed;
}

typedef struct
{
  GMutex   mutex;
  GCond    cond;
  gboolean cancelled;
} Sleeper;

static void
sleeper_cancelled_cb (GCancellable *cancellable,
                      gpointer      user_data)
{
  Sleeper *sleeper = user_data;

  g_mutex_lock (&sleeper->mutex);
  sleeper->cancelled = TRUE;
  g_cond_signal (&sleeper->cond);
  g_mutex_unlock (&sleeper->mutex);
}

/* Sleeps until the monotonic time @deadline_us, or until @cancellable is
 * cancelled (then returns FALSE at once). */
gboolean
_easel_sleep_until (gint64        deadline_us,
                    GCancellable *cancellable)
{
  Sleeper sleeper = { 0 };
  gulong handler = 0;
  gboolean cancelled;

  g_mutex_init (&sleeper.mutex);
  g_cond_init (&sleeper.cond);

  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (sleeper_cancelled_cb), &sleeper, NULL);

  g_mutex_lock (&sleeper.mutex);
  while (!sleeper.cancelled && g_get_monotonic_time () < deadline_us)
    g_cond_wait_until (&sleeper.cond, &sleeper.mutex, deadline_us);
  cancelled = sleeper.cancelled;
  g_mutex_unlock (&sleeper.mutex);

  /* Waits for a callback running in another thread to finish. */
  if (cancellable != NULL)
    g_cancellable_disconnect (cancellable, handler);

  g_mutex_clear (&sleeper.mutex);
  g_cond_clear (&sleeper.cond);

  return !cancelled;
}

static void
easel_runner_dispose (GObject *object)
{
  EaselRunner *self = EASEL_RUNNER (object);
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  /* The thread and the event source hold references: a runner is only
   * disposed once its run has completed. */
  g_assert (priv->thread == NULL);
  g_assert (priv->task == NULL);

  G_OBJECT_CLASS (easel_runner_parent_class)->dispose (object);
}

static void
easel_runner_finalize (GObject *object)
{
  EaselRunner *self = EASEL_RUNNER (object);
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  g_clear_pointer (&priv->canvases, g_ptr_array_unref);
  g_clear_pointer (&priv->trace, easel_trace_unref);
  g_clear_pointer (&priv->context, g_main_context_unref);
  g_clear_pointer (&priv->events, g_array_unref);
  g_clear_pointer (&priv->last_progress_us, g_free);
  for (guint i = 0; priv->live_on_core != NULL && i < priv->workload.paintings; i++)
    {
      g_array_unref (priv->live_on_core[i]);
      g_array_unref (priv->live_waits[i]);
    }
  g_clear_pointer (&priv->live_on_core, g_free);
  g_clear_pointer (&priv->live_waits, g_free);
  g_clear_pointer (&priv->live_on_since, g_free);
  g_clear_pointer (&priv->live_as_of, g_free);
  easel_cpu_snapshot_clear (&priv->start_snapshot);
  g_mutex_clear (&priv->events_lock);

  G_OBJECT_CLASS (easel_runner_parent_class)->finalize (object);
}

static void
easel_runner_class_init (EaselRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = easel_runner_dispose;
  object_class->finalize = easel_runner_finalize;

  /**
   * EaselRunner::span-started:
   * @span: (type gpointer): the EaselSpan; its end is its start
   *
   * A coat started painting or drying.
   */
  signals[SPAN_STARTED] =
    g_signal_new ("span-started",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  /**
   * EaselRunner::span-finished:
   * @span: (type gpointer): the finished EaselSpan, now in the trace
   */
  signals[SPAN_FINISHED] =
    g_signal_new ("span-finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  /**
   * EaselRunner::progress:
   * @painting: which painting
   * @fraction: how much of all its coats is painted, 0…1
   */
  signals[PROGRESS] =
    g_signal_new ("progress",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_DOUBLE);
}

static void
easel_runner_init (EaselRunner *self)
{
  EaselRunnerPrivate *priv = easel_runner_get_instance_private (self);

  priv->canvases = g_ptr_array_new_with_free_func ((GDestroyNotify) easel_canvas_unref);
  priv->events = g_array_new (FALSE, FALSE, sizeof (Event));
  g_array_set_clear_func (priv->events, event_clear);
  g_mutex_init (&priv->events_lock);
}
