/* replay.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A main for a fuzz target without libFuzzer, so that every build (gcc
 * too) runs the corpus through it: each file named on the command line,
 * and each file in each directory named there, once. Fails when it ran
 * nothing, which is a corpus gone missing rather than a pass.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "easel-fuzz.h"

static void
fail (const GError *error) G_GNUC_NORETURN;

static void
fail (const GError *error)
{
  g_printerr ("%s\n", error->message);
  exit (EXIT_FAILURE);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
replay_file (const char *path,
             guint      *n_inputs)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree guint8 *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    fail (error);

  /* Exactly as long as the file, as libFuzzer hands an input over, so
   * that a read past its end trips AddressSanitizer here too. */
  data = g_malloc (MAX (length, 1));
  memcpy (data, contents, length);
  g_clear_pointer (&contents, g_free);

  g_debug ("replaying %s (%" G_GSIZE_FORMAT " bytes)", path, length);
  LLVMFuzzerTestOneInput (data, length);
  (*n_inputs)++;
}

static void
replay_path (const char *path,
             guint      *n_inputs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      replay_file (path, n_inputs);
      return;
    }

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    fail (error);

  /* In name order, so that two runs replay alike. */
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);

  for (guint i = 0; i < names->len; i++)
    {
      const char *child = g_ptr_array_index (names, i);

      /* One level deep: a corpus is flat. */
      if (g_file_test (child, G_FILE_TEST_IS_REGULAR))
        replay_file (child, n_inputs);
    }
}

int
main (int   argc,
      char *argv[])
{
  guint n_inputs = 0;

  if (argc < 2)
    {
      g_printerr ("Usage: %s CORPUS-DIRECTORY-OR-FILE...\n", argv[0]);
      return EXIT_FAILURE;
    }

  for (int i = 1; i < argc; i++)
    replay_path (argv[i], &n_inputs);

  g_print ("%u inputs replayed\n", n_inputs);

  if (n_inputs == 0)
    {
      g_printerr ("No input to replay: is the corpus there?\n");
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
