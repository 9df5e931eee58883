/* easel-test-threads.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Counting this process's threads, for tests that check every thread was
 * joined. GLib only: the core tests use it too.
 */

#include "config.h"

#include "easel-test-threads.h"

/* How many threads this process has now. */
guint
easel_test_count_threads (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/task", 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

/* Threads that have finished may take a moment to leave /proc: waits a
 * second at most for at most @expected to remain, and names the rest. */
void
easel_test_assert_threads_back_to (guint expected)
{
  gint64 deadline = g_get_monotonic_time () + G_TIME_SPAN_SECOND;

  while (easel_test_count_threads () > expected && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  if (easel_test_count_threads () > expected)
    {
      g_autoptr(GDir) dir = g_dir_open ("/proc/self/task", 0, NULL);
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_strdup_printf ("/proc/self/task/%s/comm", name);
          g_autofree char *comm = NULL;

          g_file_get_contents (path, &comm, NULL, NULL);
          g_test_message ("thread %s is still there: %s", name, comm);
        }
    }

  g_assert_cmpuint (easel_test_count_threads (), <=, expected);
}
