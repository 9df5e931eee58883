/* easel-async.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The synchronous form of Easel's long operations (a series of runs, a
 * scaling curve), for the command line and the handout.
 */

#include "config.h"

#include "easel-async.h"

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

  run->ok = g_task_propagate_boolean (G_TASK (result), &run->error);
  g_main_loop_quit (run->loop);
}

/* Runs @run_async on @source to its end on the thread-default main
 * context, which keeps dispatching meanwhile (a signal source attached to
 * it is heard), and returns its result. */
gboolean
easel_async_run_sync (gpointer         source,
                      EaselAsyncFunc   run_async,
                      GCancellable    *cancellable,
                      GError         **error)
{
  g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (context, FALSE);
  SyncRun run = { loop, FALSE, NULL };

  g_return_val_if_fail (G_IS_OBJECT (source) && run_async != NULL, FALSE);

  run_async (source, cancellable, run_sync_cb, &run);
  g_main_loop_run (loop);

  if (!run.ok)
    g_propagate_error (error, run.error);

  return run.ok;
}
