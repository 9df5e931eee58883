/* easel-file-job.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file written off the main thread (an exported chart, the handout),
 * its outcome back on it: the one way the window and the atelier write
 * files, so that the jobs still going can be counted.
 */

#include "config.h"

#include "easel-file-job.h"
#include "easel-ui-thread.h"

typedef struct
{
  GFile             *file;
  EaselFileJobWrite  write;
  gpointer           data;
  GDestroyNotify     data_free;
  EaselFileJobDone   done;
} Job;

static int n_running;

static void
job_free (Job *job)
{
  if (job->data_free != NULL)
    job->data_free (job->data);
  g_clear_object (&job->file);
  g_free (job);
}

static void
job_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (job->write (job->file, job->data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
job_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  job->done (source, job->file, error);
  g_atomic_int_dec_and_test (&n_running);
}

/* Writes @file with @write (given @data, freed with @data_free once the
 * job is over) on a worker thread, then calls @done on this thread, the
 * main one. */
void
easel_file_job_start (GObject           *source,
                      GFile             *file,
                      EaselFileJobWrite  write,
                      gpointer           data,
                      GDestroyNotify     data_free,
                      EaselFileJobDone   done)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (G_IS_OBJECT (source) && G_IS_FILE (file) && write != NULL && done != NULL);
  easel_assert_ui_thread ();

  job = g_new0 (Job, 1);
  *job = (Job) { g_object_ref (file), write, data, data_free, done };

  g_atomic_int_inc (&n_running);
  task = g_task_new (source, NULL, job_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, job_thread);
}

/* How many files are being written now. */
guint
easel_file_job_get_n_running (void)
{
  return g_atomic_int_get (&n_running);
}
