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

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "easel-handout.h"
#include "easel-question.h"
#include "easel-render-style.h"
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

/* Every text the handout of @kind draws, in order, and its pages. */
static GArray *
draw_handout (EaselHandout     *handout,
              EaselHandoutKind  kind,
              guint            *pages)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (NULL, NULL, 595, 842);
  cairo_t *cr = cairo_create (surface);
  GArray *log = _easel_text_log_new ();

  _easel_render_log_text (cr, log);
  *pages = easel_handout_draw (handout, kind, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return log;
}

/* Where @needle is first among @log's texts, or -1. */
static int
find_text (GArray     *log,
           const char *needle)
{
  for (guint i = 0; i < log->len; i++)
    if (strstr (g_array_index (log, EaselTextRecord, i).text, needle) != NULL)
      return i;

  return -1;
}

/* The whole handout, with its runs, from a program without GTK: measured
 * once, drawn for students, for the teacher and as a worksheet. No text
 * under 7 pt; the students' version explains what the notes used to
 * (what drying stands for) and gives each question's answer with the
 * figure measured, but never the prompts for the room; the teacher's adds
 * them; the worksheet's answers come after all its questions. */
static void
test_lesson_handout (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-lesson-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) slides = easel_slides_load ();
  g_autoptr(EaselHandout) handout = easel_handout_new (slides, EASEL_HANDOUT_STUDENT);
  g_autoptr(EaselAtomicFile) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) student = NULL;
  g_autoptr(GArray) notes = NULL;
  g_autoptr(GArray) worksheet = NULL;
  g_autofree char *contents = NULL;
  guint student_pages, notes_pages, worksheet_pages;
  gsize length;

  g_assert_true (easel_handout_measure (handout, NULL, &error));
  g_assert_no_error (error);

  student = draw_handout (handout, EASEL_HANDOUT_STUDENT, &student_pages);
  notes = draw_handout (handout, EASEL_HANDOUT_NOTES, &notes_pages);
  worksheet = draw_handout (handout, EASEL_HANDOUT_WORKSHEET, &worksheet_pages);
  g_test_message ("pages: %u for students, %u for the teacher, %u of worksheet",
                  student_pages, notes_pages, worksheet_pages);
  g_assert_cmpuint (student_pages, >=, 3);
  g_assert_cmpuint (student_pages, <=, 6);
  g_assert_cmpuint (notes_pages, >=, student_pages);
  g_assert_cmpuint (worksheet_pages, >=, 2);

  for (guint k = 0; k < 3; k++)
    {
      GArray *log = k == 0 ? student : k == 1 ? notes : worksheet;

      g_assert_cmpuint (log->len, >, 50);
      for (guint i = 0; i < log->len; i++)
        {
          const EaselTextRecord *text = &g_array_index (log, EaselTextRecord, i);

          if (text->size < 7.0 - 0.01)
            g_error ("“%s” is %.1f pt on paper", text->text, text->size);
        }
    }

  g_assert_cmpint (find_text (student, "drying stands for a download"), >=, 0);
  g_assert_cmpint (find_text (student, "measured here"), >=, 0);
  g_assert_cmpint (find_text (student, "The hammer: "), >=, 0);
  g_assert_cmpint (find_text (student, "Ask the room"), <, 0);
  g_assert_cmpint (find_text (notes, "Ask the room"), >=, 0);
  g_assert_cmpint (find_text (worksheet, "What we measured in class"), >=, 0);
  g_assert_cmpint (find_text (worksheet, "Which mode finishes first"), >, 0);
  g_assert_cmpint (find_text (worksheet, "Answer: "), >, find_text (worksheet, "Which mode finishes first"));

  /* Written whole, to a file. */
  target = easel_atomic_file_new (file, &error);
  g_assert_no_error (error);
  g_assert_true (easel_handout_save (handout, EASEL_HANDOUT_STUDENT, target, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (length, >, 10000);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Every question of every slide, on machines of 1 to 64 cores and
 * workloads from the smallest to the largest: three or four choices, the
 * model's answer always among them, no two that read the same, in
 * increasing order; and the reveal names the room's choice, the measured
 * figure and the model's. */
static void
test_lesson_questions (void)
{
  static const double machines[] = { 1, 1.5, 2, 3, 4, 6, 8, 16, 64 };
  const EaselWorkload workloads[] = {
    { .paintings = 3, .coats = 1, .paint_ms = 400, .dry_ms = 800, .workers = 3 },
    { .paintings = 1, .coats = 1, .paint_ms = 10, .dry_ms = 0, .workers = 1 },
    { .paintings = 12, .coats = 5, .paint_ms = 10000, .dry_ms = 20000, .workers = 64 },
    { .paintings = 5, .coats = 2, .paint_ms = 300, .dry_ms = 300, .workers = 2 },
  };
  g_autoptr(GListModel) slides = easel_slides_load ();
  guint asked = 0;

  for (guint m = 0; m < G_N_ELEMENTS (machines); m++)
    for (guint w = 0; w < G_N_ELEMENTS (workloads); w++)
      for (guint i = 0; i < g_list_model_get_n_items (slides); i++)
        {
          g_autoptr(EaselSlide) slide = g_list_model_get_item (slides, i);
          EaselDemo demo = easel_slide_get_demo_info (slide);
          EaselWorkload workload = workloads[w];
          EaselCapacity capacity;
          g_autoptr(EaselQuestion) question = NULL;
          g_autofree char *reveal = NULL;
          g_autofree char *wrong = NULL;

          easel_capacity_init (&capacity, machines[m]);
          if (demo.no_drying)
            workload.dry_ms = 0;
          question = easel_question_new_for_demo (&demo, &workload, &capacity);
          if (question == NULL)
            continue;
          asked++;

          g_assert_cmpuint (question->n_choices, >=, 3);
          g_assert_cmpuint (question->n_choices, <=, EASEL_QUESTION_MAX_CHOICES);
          g_assert_cmpuint (question->right, <, question->n_choices);
          g_assert_nonnull (question->text);
          g_assert_nonnull (question->explanation);
          for (guint a = 0; a < question->n_choices; a++)
            for (guint b = a + 1; b < question->n_choices; b++)
              {
                g_assert_cmpstr (question->labels[a], !=, question->labels[b]);
                g_assert_cmpfloat (question->values[a], <, question->values[b]);
              }

          reveal = easel_question_dup_reveal (question, question->right, question->values[question->right]);
          g_assert_nonnull (strstr (reveal, ": right."));
          wrong = easel_question_dup_reveal (question, (question->right + 1) % question->n_choices, 1.0);
          g_assert_nonnull (strstr (wrong, question->labels[question->right]));
          g_assert_nonnull (strstr (wrong, question->explanation));
        }

  /* Ten slides ask, on every machine and workload. */
  g_assert_cmpuint (asked, ==, 10 * G_N_ELEMENTS (machines) * G_N_ELEMENTS (workloads));
}

/* On two cores, the demonstration's workload: the right answers are the
 * model's, the wrong ones the usual mistakes. */
static void
test_lesson_question_values (void)
{
  EaselWorkload w = { .paintings = 3, .coats = 1, .paint_ms = 400, .dry_ms = 800, .workers = 3 };
  EaselDemo sequential = { .kind = EASEL_DEMO_ATELIER, .mode = EASEL_MODE_SEQUENTIAL };
  EaselDemo one_thread = { .kind = EASEL_DEMO_HAMMER, .threads = 1, .hammer_mode = EASEL_HAMMER_THREADS };
  EaselDemo compare = { .kind = EASEL_DEMO_COMPARE };
  EaselCapacity capacity;
  g_autoptr(EaselQuestion) q1 = NULL;
  g_autoptr(EaselQuestion) q2 = NULL;
  g_autoptr(EaselQuestion) q3 = NULL;

  easel_capacity_init (&capacity, 2);
  q1 = easel_question_new_for_demo (&sequential, &w, &capacity);
  g_assert_cmpfloat (q1->values[q1->right], ==, 3600);
  /* The painting alone (1.2 s, also one painting with its drying) and
   * the drying alone (2.4 s) are there. */
  {
    gboolean painting = FALSE, drying = FALSE;

    for (guint i = 0; i < q1->n_choices; i++)
      {
        painting |= q1->values[i] == 1200;
        drying |= q1->values[i] == 2400;
      }
    g_assert_true (painting && drying);
  }

  q2 = easel_question_new_for_demo (&one_thread, &w, &capacity);
  g_assert_cmpstr (q2->labels[q2->right], ==, "50 %");

  q3 = easel_question_new_for_demo (&compare, &w, &capacity);
  g_assert_cmpuint (q3->n_choices, ==, EASEL_N_MODES);
  g_assert_cmpint (q3->right, ==, EASEL_MODE_PARALLEL);
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
  g_test_add_func ("/easel/lesson/questions", test_lesson_questions);
  g_test_add_func ("/easel/lesson/question-values", test_lesson_question_values);

  return g_test_run ();
}
