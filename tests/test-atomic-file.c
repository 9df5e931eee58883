/* test-atomic-file.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Replacing a file whole or not at all, on real files: links followed,
 * folders and FIFOs refused, the old file kept when nothing is committed,
 * and no temporary file left behind.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "easel-atomic-file.h"

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (listing);
  while (g_dir_read_name (listing) != NULL)
    n++;

  return n;
}

static void
test_atomic_file_replace (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  EaselAtomicFile *target;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  /* Written but never committed: the old file stays, the temporary goes. */
  target = easel_atomic_file_new (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (dir), ==, 2);
  g_assert_true (easel_atomic_file_write (target, "new", 3, &error));
  easel_atomic_file_free (target);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_clear_pointer (&contents, g_free);

  /* Committed: replaced whole, with the old file's permissions. */
  target = easel_atomic_file_new (file, &error);
  g_assert_true (easel_atomic_file_write (target, "new", 3, &error));
  g_assert_true (easel_atomic_file_commit (target, &error));
  g_assert_no_error (error);
  easel_atomic_file_free (target);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_atomic_file_symlink (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-atomic-XXXXXX", NULL);
  g_autofree char *real = g_build_filename (dir, "real.png", NULL);
  g_autofree char *link = g_build_filename (dir, "link.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(EaselAtomicFile) target = NULL;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.png", link), ==, 0);

  /* The link stays a link; what it points to is replaced. */
  target = easel_atomic_file_new (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (easel_atomic_file_get_target (target), ==, real);
  g_assert_true (easel_atomic_file_write (target, "new", 3, &error));
  g_assert_true (easel_atomic_file_commit (target, &error));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");

  g_unlink (link);
  g_unlink (real);
  g_rmdir (dir);
}

static void
test_atomic_file_refused (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-atomic-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.png", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.png", NULL);
  g_autofree char *loop = g_build_filename (dir, "loop.png", NULL);
  const char *paths[] = { fifo, folder, loop, "/dev/null", "/proc/x.png" };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_cmpint (symlink ("loop.png", loop), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;

      g_assert_null (easel_atomic_file_new (file, &error));
      g_assert_nonnull (error);
      g_test_message ("%s: %s", paths[i], error->message);
    }

  /* Nothing was made beside them. */
  g_assert_cmpuint (count_entries (dir), ==, 3);

  g_unlink (fifo);
  g_unlink (loop);
  g_rmdir (folder);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/atomic-file/replace", test_atomic_file_replace);
  g_test_add_func ("/easel/atomic-file/symlink", test_atomic_file_symlink);
  g_test_add_func ("/easel/atomic-file/refused", test_atomic_file_refused);

  return g_test_run ();
}
