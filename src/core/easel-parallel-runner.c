/* easel-parallel-runner.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A crew of W worker threads, all started before the clock starts; each
 * painting is one task that paints and dries its coats on the worker that
 * takes it from the queue. In GIL mode the same crew paints under one
 * global lock that is handed over every few milliseconds: the threads
 * take turns and their painting never overlaps, as with CPU-bound Python
 * threads. The workers are plain threads, joined before the run ends: a
 * GThreadPool would park them in GLib's process-wide pool afterwards,
 * and only a process-wide setting keeps it from doing so.
 */

#include "config.h"

#include "easel-runner-private.h"

typedef struct
{
  EaselRunner parent_instance;
} EaselParallelRunner;

typedef struct
{
  EaselRunnerClass parent_class;
} EaselParallelRunnerClass;

G_DEFINE_FINAL_TYPE (EaselParallelRunner, _easel_parallel_runner, EASEL_TYPE_RUNNER)

/* The paintings still to take: painting + 1 each, then one END a worker. */
#define END G_MAXUINT

typedef struct
{
  EaselRunner  *runner;
  GCancellable *cancellable;
  EaselGil     *gil;
  GAsyncQueue  *paintings;
  /* Thread indices go to workers as they take their first painting, so
   * that the busy ones are numbered 0, 1, … */
  int           next_thread;
} Crew;

static void
paint_painting (Crew *crew,
                guint painting,
                int   thread)
{
  guint n_coats = easel_runner_get_workload (crew->runner)->coats;

  for (guint coat = 0; coat < n_coats; coat++)
    {
      if (g_cancellable_is_cancelled (crew->cancellable) ||
          !_easel_runner_paint (crew->runner, painting, coat, thread, crew->gil, crew->cancellable) ||
          !_easel_runner_dry_blocking (crew->runner, painting, coat, thread, crew->cancellable))
        return;
    }
}

static gpointer
worker_main (gpointer data)
{
  Crew *crew = data;
  int thread = -1;

  for (;;)
    {
      guint item = GPOINTER_TO_UINT (g_async_queue_pop (crew->paintings));

      if (item == END)
        break;

      if (thread < 0)
        thread = g_atomic_int_add (&crew->next_thread, 1);
      paint_painting (crew, item - 1, thread);
    }

  return NULL;
}

/* Ends @n workers and joins them. */
static void
join_workers (Crew     *crew,
              GThread **threads,
              guint     n)
{
  for (guint i = 0; i < n; i++)
    g_async_queue_push (crew->paintings, GUINT_TO_POINTER (END));
  for (guint i = 0; i < n; i++)
    g_thread_join (threads[i]);
}

static gboolean
easel_parallel_runner_run (EaselRunner   *runner,
                           GCancellable  *cancellable,
                           GError       **error)
{
  const EaselWorkload *workload = easel_runner_get_workload (runner);
  g_autoptr(EaselGil) gil = NULL;
  g_autoptr(GAsyncQueue) paintings = g_async_queue_new ();
  g_autofree GThread **threads = g_new0 (GThread *, workload->workers);
  Crew crew = { runner, cancellable, NULL, paintings, 0 };

  if (easel_runner_get_mode (runner) == EASEL_MODE_GIL)
    gil = easel_gil_new (EASEL_GIL_SWITCH_INTERVAL_US);
  crew.gil = gil;

  /* Every worker starts now, so that creating them (milliseconds under
   * load) is not part of the run. */
  for (guint i = 0; i < workload->workers; i++)
    {
      g_autoptr(GError) local_error = NULL;

      threads[i] = g_thread_try_new ("easel-worker", worker_main, &crew, &local_error);
      if (threads[i] == NULL)
        {
          join_workers (&crew, threads, i);
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      "Cannot start %u worker threads: ", workload->workers);
          return FALSE;
        }
    }

  _easel_runner_start_clock (runner);

  for (guint painting = 0; painting < workload->paintings; painting++)
    g_async_queue_push (paintings, GUINT_TO_POINTER (painting + 1));

  /* Each worker takes paintings until it meets its END: then every
   * painting is done (or cancelled), and no thread is left. */
  join_workers (&crew, threads, workload->workers);

  return TRUE;
}

static void
_easel_parallel_runner_class_init (EaselParallelRunnerClass *klass)
{
  EASEL_RUNNER_CLASS (klass)->run = easel_parallel_runner_run;
}

static void
_easel_parallel_runner_init (EaselParallelRunner *self)
{
}
