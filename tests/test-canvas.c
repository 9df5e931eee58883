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
             gint64       cpu_ns,
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
                                          progress_cb, &progress, NULL, &used));

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
                                            NULL, NULL, NULL, NULL));

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
  g_assert_true (easel_canvas_paint_coat (canvas, 0, 3, 10 * MS_NS, NULL, NULL, NULL, NULL, NULL, NULL));
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

  /* A ten-second coat, cancelled after 50 ms: it stops long before its
   * end, however busy the machine (a loaded one may start the canceller
   * late; exact promptness is measured by the runner's stop tests). */
  g_assert_false (easel_canvas_paint_coat (canvas, 0, 1, 10000 * MS_NS, NULL, cancellable,
                                           NULL, NULL, NULL, &used));
  g_thread_join (canceller);

  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (used, <, 2000 * MS_NS);
}

/* The kernel's own count of the time this thread waited on a run queue
 * (/proc/thread-self/schedstat: on-CPU ns, run_delay ns, slices), or -1. */
static gint64
run_delay_ns (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/thread-self/schedstat", &text, NULL, NULL))
    return -1;

  fields = g_strsplit (g_strstrip (text), " ", -1);
  if (g_strv_length (fields) < 2)
    return -1;

  return g_ascii_strtoll (fields[1], NULL, 10);
}

typedef struct
{
  gint          stop;
  EaselCoreLog  log;
  gint64        delay_ns;
  gint64        cpu_ns;
} Contended;

static gpointer
spin_thread (gpointer data)
{
  Contended *contended = data;
  volatile guint64 x = 0;

  while (!g_atomic_int_get (&contended->stop))
    x++;

  return NULL;
}

static gpointer
paint_thread (gpointer data)
{
  Contended *contended = data;
  g_autoptr(EaselCanvas) canvas = easel_canvas_new (0);
  gint64 before = run_delay_ns ();

  g_assert_true (easel_canvas_paint_coat (canvas, 0, 1, 400 * MS_NS, NULL, NULL, NULL, NULL,
                                          &contended->log, &contended->cpu_ns));
  contended->delay_ns = before >= 0 ? run_delay_ns () - before : -1;

  return NULL;
}

/* Beside a busy thread per core, the painter takes turns for a core: the
 * waits it finds from its clocks are the kernel's run-queue delay. */
static void
test_canvas_core_waits (void)
{
  guint n_spinners = g_get_num_processors ();
  g_autoptr(GPtrArray) spinners = g_ptr_array_new ();
  Contended contended = { 0 };
  GThread *painter;
  double logged_ms = 0.0;
  double on_core_ms = 0.0;

  easel_core_log_init (&contended.log);
  for (guint i = 0; i < n_spinners; i++)
    g_ptr_array_add (spinners, g_thread_new ("spinner", spin_thread, &contended));

  painter = g_thread_new ("painter", paint_thread, &contended);
  g_thread_join (painter);

  g_atomic_int_set (&contended.stop, 1);
  for (guint i = 0; i < spinners->len; i++)
    g_thread_join (g_ptr_array_index (spinners, i));

  for (guint i = 0; i < contended.log.core_waits->len; i++)
    {
      const gint64 *pair = &g_array_index (contended.log.core_waits, gint64, 2 * i);

      g_assert_cmpint (pair[1], >, pair[0]);
      /* Only waits a chart can show are kept. */
      g_assert_cmpint (pair[1] - pair[0], >=, EASEL_CORE_WAIT_MIN_US);
      logged_ms += (pair[1] - pair[0]) / 1000.0;
    }
  for (guint i = 0; i < contended.log.on_core->len; i++)
    {
      const gint64 *pair = &g_array_index (contended.log.on_core, gint64, 2 * i);

      on_core_ms += (pair[1] - pair[0]) / 1000.0;
    }

  g_test_message ("waits for a core: %.1f ms logged, run_delay %.1f ms; on a core %.1f ms for %.1f ms of CPU",
                  logged_ms, contended.delay_ns / 1e6, on_core_ms, contended.cpu_ns / 1e6);

  /* On a core as long as the CPU clock says (short waits included). */
  g_assert_cmpfloat (on_core_ms, >=, 0.95 * contended.cpu_ns / 1e6 - 2.0);
  g_assert_cmpfloat (on_core_ms, <=, 1.2 * contended.cpu_ns / 1e6 + 10.0);

  if (contended.delay_ns < 0)
    {
      g_test_skip ("no /proc/thread-self/schedstat to compare with");
    }
  else
    {
      /* The kernel saw the painter wait; the log finds most of that
       * (waits under 1 ms merge into the running time) and no more. */
      g_assert_cmpfloat (contended.delay_ns / 1e6, >, 50.0);
      g_assert_cmpfloat (logged_ms, >=, 0.6 * contended.delay_ns / 1e6 - 10.0);
      g_assert_cmpfloat (logged_ms, <=, 1.1 * contended.delay_ns / 1e6 + 10.0);
    }

  easel_core_log_clear (&contended.log);
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
  g_test_add_func ("/easel/canvas/core-waits", test_canvas_core_waits);

  return g_test_run ();
}
