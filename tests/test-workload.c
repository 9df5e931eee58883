/* test-workload.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parameters, their limits and the names of the modes.
 */

#include "config.h"

#include "easel-mode.h"
#include "easel-workload.h"

static void
test_workload_defaults (void)
{
  EaselWorkload workload;

  easel_workload_init (&workload);

  g_assert_cmpuint (workload.paintings, ==, 3);
  g_assert_cmpuint (workload.coats, ==, 2);
  g_assert_cmpuint (workload.paint_ms, ==, 500);
  g_assert_cmpuint (workload.dry_ms, ==, 1000);
  g_assert_cmpuint (workload.workers, ==, 3);
  g_assert_true (easel_workload_validate (&workload, NULL));
}

static void
test_workload_limits (void)
{
  static const struct {
    guint paintings, coats, paint_ms, dry_ms, workers;
    gboolean valid;
    const char *names;
  } cases[] = {
    { 1, 1, 10, 0, 1, TRUE, NULL },
    { 12, 5, 10000, 20000, 64, TRUE, NULL },
    { 0, 2, 500, 1000, 3, FALSE, "paintings" },
    { 13, 2, 500, 1000, 3, FALSE, "paintings" },
    { 3, 0, 500, 1000, 3, FALSE, "coats" },
    { 3, 6, 500, 1000, 3, FALSE, "coats" },
    { 3, 2, 9, 1000, 3, FALSE, "paint-ms" },
    { 3, 2, 10001, 1000, 3, FALSE, "paint-ms" },
    { 3, 2, 500, 20001, 3, FALSE, "dry-ms" },
    { 3, 2, 500, 1000, 0, FALSE, "workers" },
    { 3, 2, 500, 1000, 65, FALSE, "workers" },
    { G_MAXUINT, 2, 500, 1000, 3, FALSE, "paintings" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      EaselWorkload workload = {
        cases[i].paintings, cases[i].coats, cases[i].paint_ms, cases[i].dry_ms, cases[i].workers
      };
      g_autoptr(GError) error = NULL;
      gboolean valid = easel_workload_validate (&workload, &error);

      g_assert_cmpint (valid, ==, cases[i].valid);
      if (valid)
        {
          g_assert_no_error (error);
          continue;
        }

      g_assert_error (error, EASEL_WORKLOAD_ERROR, EASEL_WORKLOAD_ERROR_OUT_OF_RANGE);
      /* The message names the culprit. */
      g_assert_nonnull (strstr (error->message, cases[i].names));
    }
}

static void
test_mode_names (void)
{
  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    {
      EaselMode parsed;

      g_assert_true (easel_mode_from_string (easel_mode_to_string (mode), &parsed));
      g_assert_cmpint (parsed, ==, mode);
      g_assert_nonnull (easel_mode_get_title (mode));
    }

  g_assert_cmpstr (easel_mode_to_string (EASEL_MODE_ASYNC), ==, "async");
  g_assert_cmpstr (easel_mode_to_string (EASEL_MODE_GIL), ==, "gil");

  {
    EaselMode parsed = EASEL_MODE_ASYNC;

    g_assert_false (easel_mode_from_string ("all", &parsed));
    g_assert_false (easel_mode_from_string ("Async", &parsed));
    g_assert_false (easel_mode_from_string ("", &parsed));
    g_assert_false (easel_mode_from_string (NULL, &parsed));
    g_assert_cmpint (parsed, ==, EASEL_MODE_ASYNC);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/workload/defaults", test_workload_defaults);
  g_test_add_func ("/easel/workload/limits", test_workload_limits);
  g_test_add_func ("/easel/workload/mode-names", test_mode_names);

  return g_test_run ();
}
