/* test-lesson.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lesson layer in a program that links no GTK: the slides read from
 * the resource, on the main thread and on a worker; broken slide files
 * refused with a message; and a whole handout made and written.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "easel-handout.h"
#include "easel-slide.h"

/* In order, every demonstration one the app knows, every text there. */
static void
check_slides (GListModel *slides)
{
  guint n = g_list_model_get_n_items (slides);

  g_assert_cmpuint (n, >=, 14);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EaselSlide) slide = g_list_model_get_item (slides, i);
      g_autofree char *title = easel_slide_dup_title (slide);
      g_autofree char *body = easel_slide_dup_body (slide);
      g_autofree char *takeaway = easel_slide_dup_takeaway (slide);

      g_assert_cmpuint (strlen (title), >, 0);
      g_assert_null (strstr (title, "{"));
      g_assert_null (strstr (body, "{"));
      /* What the students read (projected, and in their handout) never
       * speaks to the teacher: that is for the notes. */
      g_assert_null (strstr (body, "Ask the room"));
      g_assert_null (strstr (body, "the room"));
      g_assert_null (strstr (takeaway, "the room"));
      g_assert_nonnull (easel_slide_get_demo (slide));
      /* An unknown name warns, and warnings are fatal here. */
      easel_slide_get_demo_info (slide);
    }

  {
    g_autoptr(EaselSlide) first = g_list_model_get_item (slides, 0);
    g_autoptr(EaselSlide) third = g_list_model_get_item (slides, 2);

    g_assert_cmpstr (easel_slide_get_demo (first), ==, "cores");
    g_assert_cmpstr (easel_slide_get_demo (third), ==, "two-scales");
    g_assert_true (easel_slide_get_demo_info (third).show_top);
  }
}

static void
test_lesson_slides (void)
{
  g_autoptr(GListModel) slides = easel_slides_load ();

  check_slides (slides);
}

static gpointer
load_thread (gpointer data)
{
  return easel_slides_load ();
}

/* No GTK, no main thread: a worker reads them as well. */
static void
test_lesson_slides_on_a_worker (void)
{
  g_autoptr(GListModel) slides = g_thread_join (g_thread_new ("slides", load_thread, NULL));

  check_slides (slides);
}

/* What is not the slides' format is refused, with a message. */
static void
test_lesson_broken (void)
{
  static const char *broken[] = {
    "",
    "<interface>",
    "not xml at all",
    "<interface><object class=\"GtkLabel\" id=\"slide-01\"/></interface>",
    "<interface><object class=\"EaselSlide\"/></interface>",
    "<interface><object class=\"EaselSlide\" id=\"slide-01\"><property name=\"colour\">red</property></object></interface>",
    "<interface><object class=\"EaselSlide\" id=\"slide-01\"><child/></object></interface>",
    "<interface><object class=\"EaselSlide\" id=\"slide-01\"><property>x</property></object></interface>",
  };
  static const char good[] =
    "<interface><!-- a comment -->"
    "<object class=\"EaselSlide\" id=\"slide-02\"><property name=\"title\">Second</property></object>"
    "<object class=\"EaselSlide\" id=\"slide-01\"><property name=\"title\" translatable=\"yes\">First</property>"
    "<property name=\"demo\">none</property></object>"
    "<object class=\"EaselSlide\" id=\"slide-04\"><property name=\"title\">After a gap</property></object>"
    "</interface>";

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) slides = easel_slides_read (broken[i], strlen (broken[i]), &error);

      g_test_message ("“%s”: %s", broken[i], error != NULL ? error->message : "read");
      /* An empty file has no slides, which is no error of its format. */
      if (broken[i][0] == '\0')
        {
          g_assert_true (slides == NULL || g_list_model_get_n_items (slides) == 0);
          continue;
        }
      g_assert_null (slides);
      g_assert_nonnull (error);
    }

  /* In the order of their ids, up to the first gap. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) slides = easel_slides_read (good, strlen (good), &error);
    g_autoptr(EaselSlide) first = NULL;
    g_autoptr(EaselSlide) second = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (slides), ==, 2);
    first = g_list_model_get_item (slides, 0);
    second = g_list_model_get_item (slides, 1);
    g_assert_cmpstr (easel_slide_get_title (first), ==, "First");
    g_assert_cmpstr (easel_slide_get_demo (first), ==, "none");
    g_assert_cmpstr (easel_slide_get_title (second), ==, "Second");
  }
}

/* The whole handout, with its runs, from a program without GTK. */
static void
test_lesson_handout (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-lesson-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) slides = easel_slides_load ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (easel_handout_export (file, slides, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (length, >, 10000);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/lesson/slides", test_lesson_slides);
  g_test_add_func ("/easel/lesson/slides-on-a-worker", test_lesson_slides_on_a_worker);
  g_test_add_func ("/easel/lesson/broken", test_lesson_broken);
  g_test_add_func ("/easel/lesson/handout", test_lesson_handout);

  return g_test_run ();
}
