/* test-canvas.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The paint work: real CPU time by the thread's own clock, a picture that
 * depends only on the painting, progress, and cancellation.
 */

#include "config.h"

#include "easel-canvas.h"

#define MS_NS G_GINT64_CONSTANT (1000000)

typedef struct
{
  guint  calls;
  double last;
  gboolean monotonic;
} Progress;

static void
progress_cb (EaselCanvas *canvas,
             double       fraction,
             gpointer     user_data)
{
  Progress *progress = user_data;

  if (fraction < progress->last)
    progress->monotonic = FALSE;
  progress->last = fraction;
  progress->calls++;
}

static void
test_canvas_cpu_budget (void)
{
  g_autoptr(EaselCanvas) canvas = easel_canvas_new (0);
  Progress progress = { 0, 0.0, TRUE };
  gint64 cpu_before = easel_thread_cpu_time_ns ();
  gint64 used = 0;

  g_assert_true (easel_canvas_paint_coat (canvas, 0, 1, 30 * MS_NS, NULL, NULL,
                                          progress_cb, &progress, &used));

  /* The coat used its budget of this thread's CPU, and not much more. */
  g_test_message ("30 ms coat used %.2f ms of CPU", used / 1e6);
  g_assert_cmpint (used, >=, 30 * MS_NS);
  g_assert_cmpint (used, <, 45 * MS_NS);
  g_assert_cmpint (easel_thread_cpu_time_ns () - cpu_before, >=, 30 * MS_NS);

  /* One progress report per row, ending complete. */
  g_assert_cmpuint (progress.calls, ==, EASEL_CANVAS_HEIGHT);
  g_assert_true (progress.monotonic);
  g_assert_cmpfloat (progress.last, ==, 1.0);
}

static guint
painted_checksum (guint  painting,
                  guint  n_coats,
                  gint64 budget_ns)
{
  g_autoptr(EaselCanvas) canvas = easel_canvas_new (painting);

  for (guint coat = 0; coat < n_coats; coat++)
    g_assert_true (easel_canvas_paint_coat (canvas, coat, n_coats, budget_ns, NULL, NULL,
                                            NULL, NULL, NULL));

  return easel_canvas_get_checksum (canvas);
}

static void
test_canvas_deterministic (void)
{
  g_autoptr(EaselCanvas) blank = easel_canvas_new (1);
  guint blank_sum = easel_canvas_get_checksum (blank);
  guint quick = painted_checksum (1, 2, 10 * MS_NS);
  guint slow = painted_checksum (1, 2, 25 * MS_NS);
  guint other = painted_checksum (2, 2, 10 * MS_NS);
  guint one_coat = painted_checksum (1, 1, 10 * MS_NS);

  /* However long the brush worked, the same painting comes out the same;
   * other paintings differ, and so does a blank canvas. */
  g_assert_cmpuint (quick, ==, slow);
  g_assert_cmpuint (quick, !=, other);
  g_assert_cmpuint (quick, !=, blank_sum);
  /* The last coat finishes the picture, however many coats there are. */
  g_assert_cmpuint (quick, ==, one_coat);
}

static void
test_canvas_coats_build_up (void)
{
  g_autoptr(EaselCanvas) canvas = easel_canvas_new (3);
  g_autofree guint32 *before = g_new (guint32, EASEL_CANVAS_WIDTH * EASEL_CANVAS_HEIGHT);
  g_autofree guint32 *after = g_new (guint32, EASEL_CANVAS_WIDTH * EASEL_CANVAS_HEIGHT);
  gsize stride = EASEL_CANVAS_WIDTH * sizeof (guint32);
  guint changed = 0;

  easel_canvas_copy_pixels (canvas, before, stride);
  g_assert_true (easel_canvas_paint_coat (canvas, 0, 3, 10 * MS_NS, NULL, NULL, NULL, NULL, NULL));
  easel_canvas_copy_pixels (canvas, after, stride);

  for (guint i = 0; i < EASEL_CANVAS_WIDTH * EASEL_CANVAS_HEIGHT; i++)
    {
      g_assert_cmphex (after[i] >> 24, ==, 0xff);
      if (after[i] != before[i])
        changed++;
    }

  /* The first of three coats already changes most of the canvas. */
  g_assert_cmpuint (changed, >, EASEL_CANVAS_WIDTH * EASEL_CANVAS_HEIGHT / 2);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);

  return G_SOURCE_REMOVE;
}

static gpointer
cancel_soon (gpointer user_data)
{
  g_usleep (50 * G_TIME_SPAN_MILLISECOND);
  cancel_cb (user_data);

  return NULL;
}

static void
test_canvas_cancel (void)
{
  g_autoptr(EaselCanvas) canvas = easel_canvas_new (0);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  GThread *canceller = g_thread_new ("canceller", cancel_soon, cancellable);
  gint64 start = g_get_monotonic_time ();
  gint64 used = 0;

  /* A ten-second coat, stopped after 50 ms. */
  g_assert_false (easel_canvas_paint_coat (canvas, 0, 1, 10000 * MS_NS, NULL, cancellable,
                                           NULL, NULL, &used));
  g_thread_join (canceller);

  g_assert_cmpint (g_get_monotonic_time () - start, <, 150 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpint (used, <, 150 * MS_NS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/canvas/cpu-budget", test_canvas_cpu_budget);
  g_test_add_func ("/easel/canvas/deterministic", test_canvas_deterministic);
  g_test_add_func ("/easel/canvas/coats-build-up", test_canvas_coats_build_up);
  g_test_add_func ("/easel/canvas/cancel", test_canvas_cancel);

  return g_test_run ();
}
