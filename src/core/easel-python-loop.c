/* easel-python-loop.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How fast Python's own `x += 1` loop counts on this machine, for the
 * hammer's "N times Python's loop". Measured here, never assumed: where
 * python3 is on PATH, its literal loop runs for 0.4 s in a child process
 * (so no thread of ours is busy meanwhile) and the rate is kept for as
 * long as Easel runs. Without python3 the comparison is left out.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-python-loop.h"

/* The lecture's loop as written, stopped by a timer signal: Python runs
 * the handler between two bytecodes of the loop. */
static const char program[] =
  "import signal, time\n"
  "class Done(Exception): pass\n"
  "def stop(*args): raise Done\n"
  "signal.signal(signal.SIGALRM, stop)\n"
  "x = 1\n"
  "start = time.perf_counter()\n"
  "signal.setitimer(signal.ITIMER_REAL, 0.4)\n"
  "try:\n"
  "    while True:\n"
  "        x += 1\n"
  "except Done:\n"
  "    pass\n"
  "print(repr((x - 1) / (time.perf_counter() - start)))\n";

/* A run that takes longer than this is killed. */
#define TIMEOUT_S 5

/* The rate; 0 while unknown. */
G_LOCK_DEFINE_STATIC (rate);
static double measured_rate;

/* Reads the one number the program prints; FALSE on anything odd. */
gboolean
easel_python_loop_parse (const char *output,
                         double     *rate)
{
  g_autofree char *text = NULL;
  char *end = NULL;
  double value;

  g_return_val_if_fail (rate != NULL, FALSE);

  if (output == NULL)
    return FALSE;

  text = g_strstrip (g_strdup (output));
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value) || value < 1e4 || value > 1e11)
    return FALSE;

  *rate = value;

  return TRUE;
}

static void
remember (double value)
{
  G_LOCK (rate);
  measured_rate = value;
  G_UNLOCK (rate);
}

/* The rate measured in this process, in increments a second, or 0. */
double
easel_python_loop_get_rate (void)
{
  double value;

  G_LOCK (rate);
  value = measured_rate;
  G_UNLOCK (rate);

  return value;
}

static GSubprocess *
spawn (GError **error)
{
  g_autofree char *python = g_find_program_in_path ("python3");

  if (python == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("python3 is not installed"));
      return NULL;
    }

  return g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, error,
                           python, "-S", "-c", program, NULL);
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_subprocess_force_exit (user_data);

  return G_SOURCE_REMOVE;
}

static void
communicate_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autofree char *output = NULL;
  GError *error = NULL;
  double rate;

  g_source_remove (GPOINTER_TO_UINT (g_task_get_task_data (task)));

  if (!g_subprocess_communicate_utf8_finish (G_SUBPROCESS (object), result, &output, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (!g_subprocess_get_successful (G_SUBPROCESS (object)) || !easel_python_loop_parse (output, &rate))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, _("python3 did not report its loop’s speed"));
      return;
    }

  g_debug ("Python's x += 1 loop: %.3g a second here", rate);
  remember (rate);
  g_task_return_pointer (task, g_memdup2 (&rate, sizeof rate), g_free);
}

/* Measures the loop in a child process, without blocking. */
void
easel_python_loop_measure_async (GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(GSubprocess) process = NULL;
  GError *error = NULL;
  guint timeout_id;

  g_task_set_source_tag (task, easel_python_loop_measure_async);

  process = spawn (&error);
  if (process == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  timeout_id = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, TIMEOUT_S, timeout_cb,
                                           g_object_ref (process), g_object_unref);
  g_task_set_task_data (task, GUINT_TO_POINTER (timeout_id), NULL);
  g_subprocess_communicate_utf8_async (process, NULL, cancellable, communicate_cb, g_steal_pointer (&task));
}

/* The rate in increments a second, or 0 with @error set. */
double
easel_python_loop_measure_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_autofree double *rate = NULL;

  g_return_val_if_fail (G_IS_TASK (result), 0.0);

  rate = g_task_propagate_pointer (G_TASK (result), error);

  return rate ? *rate : 0.0;
}

static void
measured_once_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (easel_python_loop_measure_finish (result, &error) == 0.0)
    g_debug ("No comparison with Python's loop: %s", error->message);
}

/* Starts the measurement unless this process has started one already:
 * the rate is kept for as long as Easel runs. */
void
easel_python_loop_measure_once (void)
{
  static gsize started;

  if (g_once_init_enter (&started))
    {
      easel_python_loop_measure_async (NULL, measured_once_cb, NULL);
      g_once_init_leave (&started, 1);
    }
}

/* The same, waiting for it (the command line has nothing else to do). */
double
easel_python_loop_measure_sync (GError **error)
{
  g_autoptr(GSubprocess) process = spawn (error);
  g_autofree char *output = NULL;
  double rate;

  if (process == NULL || !g_subprocess_communicate_utf8 (process, NULL, NULL, &output, NULL, error))
    return 0.0;

  if (!g_subprocess_get_successful (process) || !easel_python_loop_parse (output, &rate))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("python3 did not report its loop’s speed"));
      return 0.0;
    }

  remember (rate);

  return rate;
}
