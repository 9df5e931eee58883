/* easel-parallel-runner.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pool of W worker threads, all started before the clock starts; each
 * painting is one task that paints and dries its coats on its worker. In
 * GIL mode the same pool paints under one global lock that is handed over
 * every few milliseconds: the threads take turns and their painting never
 * overlaps, as with CPU-bound Python threads.
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

typedef struct
{
  EaselRunner  *runner;
  GCancellable *cancellable;
  EaselGil     *gil;
  guint         id;
  int           next_thread;
} PoolRun;

/* Which worker of which run the current pool thread is. */
typedef struct
{
  guint run_id;
  int   thread;
} WorkerSlot;

static GPrivate worker_slot = G_PRIVATE_INIT (g_free);

static int
get_worker_index (PoolRun *run)
{
  WorkerSlot *slot = g_private_get (&worker_slot);

  if (slot == NULL || slot->run_id != run->id)
    {
      slot = g_new (WorkerSlot, 1);
      slot->run_id = run->id;
      slot->thread = g_atomic_int_add (&run->next_thread, 1);
      g_private_replace (&worker_slot, slot);
    }

  return slot->thread;
}

static void
paint_painting (gpointer data,
                gpointer user_data)
{
  PoolRun *run = user_data;
  guint painting = GPOINTER_TO_UINT (data) - 1;
  guint n_coats = easel_runner_get_workload (run->runner)->coats;
  int thread = get_worker_index (run);

  for (guint coat = 0; coat < n_coats; coat++)
    {
      if (g_cancellable_is_cancelled (run->cancellable) ||
          !_easel_runner_paint (run->runner, painting, coat, thread, run->gil, run->cancellable) ||
          !_easel_runner_dry_blocking (run->runner, painting, coat, thread, run->cancellable))
        return;
    }
}

static gboolean
easel_parallel_runner_run (EaselRunner   *runner,
                           GCancellable  *cancellable,
                           GError       **error)
{
  static guint last_run_id;
  const EaselWorkload *workload = easel_runner_get_workload (runner);
  g_autoptr(EaselGil) gil = NULL;
  g_autoptr(GError) local_error = NULL;
  GThreadPool *pool;
  PoolRun run = { runner, cancellable };

  if (easel_runner_get_mode (runner) == EASEL_MODE_GIL)
    gil = easel_gil_new (EASEL_GIL_SWITCH_INTERVAL_US);
  run.gil = gil;
  run.id = g_atomic_int_add (&last_run_id, 1) + 1;

  /* An exclusive pool starts all its threads now, so that creating them
   * (milliseconds under load) is not part of the run. */
  pool = g_thread_pool_new (paint_painting, &run, workload->workers, TRUE, &local_error);
  if (local_error != NULL)
    {
      /* Some threads could not start: the pool exists but is short. */
      g_thread_pool_free (pool, TRUE, TRUE);
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  "Cannot start %u worker threads: ", workload->workers);
      return FALSE;
    }

  _easel_runner_start_clock (runner);

  for (guint painting = 0; painting < workload->paintings; painting++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (painting + 1), NULL);

  /* Waits until every task is done and no worker runs our code any more.
   * The workers then park in GLib's pool of unused threads: a finished
   * run leaves no thread behind, so the idle ones are told to go. */
  g_thread_pool_free (pool, FALSE, TRUE);
  g_thread_pool_stop_unused_threads ();

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
