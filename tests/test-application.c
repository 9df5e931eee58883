/* test-application.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line, which must work with no display at all.
 */

#include "config.h"

#include <sys/wait.h>

#include "easel-application.h"

static int
run_with_arguments (const char *first,
                    ...)
{
  g_autoptr(EaselApplication) app = easel_application_new ();
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (gpointer) "easel");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  return g_application_run (G_APPLICATION (app), args->len - 1, (char **) args->pdata);
}

static void
test_application_version (void)
{
  if (g_test_subprocess ())
    {
      g_unsetenv ("DISPLAY");
      g_unsetenv ("WAYLAND_DISPLAY");
      exit (run_with_arguments ("--version", NULL));
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("easel " PACKAGE_VERSION "\n");
  g_test_trap_assert_stderr ("");
}

static void
test_application_bad_option (void)
{
  const char *easel = g_getenv ("EASEL_BINARY");
  const char *argv[] = { easel, "--no-such-option", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_assert_nonnull (easel);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &wait_status, &error);
  g_assert_no_error (error);

  /* A usage error: exit status 2 and one line on stderr that names it. */
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "--no-such-option"));
  g_assert_nonnull (strchr (err, '\n'));
  g_assert_cmpstr (strchr (err, '\n') + 1, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/application/version", test_application_version);
  g_test_add_func ("/easel/application/bad-option", test_application_bad_option);

  return g_test_run ();
}
