/* test-python-loop.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Python's loop, timed on this machine: the parser of its one line, and a
 * real measurement where python3 is installed.
 */

#include "config.h"

#include "easel-python-loop.h"

static void
test_python_loop_parse (void)
{
  double rate = 0.0;

  g_assert_true (easel_python_loop_parse ("26187465.4696608\n", &rate));
  g_assert_cmpfloat_with_epsilon (rate, 26187465.4696608, 1e-6);
  g_assert_true (easel_python_loop_parse ("  2.5e7 ", &rate));
  g_assert_cmpfloat (rate, ==, 2.5e7);

  g_assert_false (easel_python_loop_parse (NULL, &rate));
  g_assert_false (easel_python_loop_parse ("", &rate));
  g_assert_false (easel_python_loop_parse ("Traceback (most recent call last):", &rate));
  g_assert_false (easel_python_loop_parse ("12 34", &rate));
  g_assert_false (easel_python_loop_parse ("nan", &rate));
  g_assert_false (easel_python_loop_parse ("inf", &rate));
  g_assert_false (easel_python_loop_parse ("-3e7", &rate));
  /* A loop that barely ran (or a wild number) is no measurement. */
  g_assert_false (easel_python_loop_parse ("12", &rate));
  g_assert_false (easel_python_loop_parse ("1e30", &rate));
}

static void
measured_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  double *rate = user_data;

  *rate = easel_python_loop_measure_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_python_loop_measure (void)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  gint64 start = g_get_monotonic_time ();
  double rate = -1.0;

  if (python == NULL)
    {
      g_test_skip ("python3 is not installed");
      return;
    }

  g_assert_cmpfloat (easel_python_loop_get_rate (), ==, 0.0);

  easel_python_loop_measure_async (NULL, measured_cb, &rate);
  while (rate < 0)
    g_main_context_iteration (NULL, TRUE);

  /* Tens of millions a second on today's machines; the bounds only say
   * that a real loop ran, briefly. */
  g_test_message ("Python's x += 1 loop: %.3g a second", rate);
  g_assert_cmpfloat (rate, >, 1e5);
  g_assert_cmpfloat (rate, <, 1e10);
  g_assert_cmpfloat (easel_python_loop_get_rate (), ==, rate);
  /* The loop really ran, for its 0.4 s, and briefly. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 400 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/python-loop/parse", test_python_loop_parse);
  g_test_add_func ("/easel/python-loop/measure", test_python_loop_measure);

  return g_test_run ();
}
