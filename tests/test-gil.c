/* test-gil.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The global lock: one holder at a time, fair turns, cancellable waits.
 */

#include "config.h"

#include "easel-canvas.h"
#include "easel-gil.h"

#define N_THREADS 3
#define RUN_US (300 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  EaselGil *gil;
  gint      holders;
  gint      max_holders;
  gint64    held_us[N_THREADS];
  guint     turns[N_THREADS];
  gint      next_index;
} Shared;

/* Spins on the CPU while holding the lock, yielding when asked, as a
 * Python thread counting in a loop would. */
static gpointer
spinner (gpointer user_data)
{
  Shared *shared = user_data;
  int index = g_atomic_int_add (&shared->next_index, 1);
  gint64 end = g_get_monotonic_time () + RUN_US;

  g_assert_true (easel_gil_acquire (shared->gil, NULL));

  while (g_get_monotonic_time () < end)
    {
      gint64 turn_start = g_get_monotonic_time ();
      int now_holding = g_atomic_int_add (&shared->holders, 1) + 1;
      volatile guint64 x = 1;

      if (now_holding > g_atomic_int_get (&shared->max_holders))
        g_atomic_int_set (&shared->max_holders, now_holding);

      while (!easel_gil_should_yield (shared->gil) && g_get_monotonic_time () < end)
        x += 1;

      g_atomic_int_add (&shared->holders, -1);
      shared->held_us[index] += g_get_monotonic_time () - turn_start;
      shared->turns[index]++;

      if (g_get_monotonic_time () < end)
        g_assert_true (easel_gil_yield (shared->gil, NULL));
    }

  easel_gil_release (shared->gil);

  return NULL;
}

static void
test_gil_exclusive_and_fair (void)
{
  g_autoptr(EaselGil) gil = easel_gil_new (EASEL_GIL_SWITCH_INTERVAL_US);
  Shared shared = { gil };
  GThread *threads[N_THREADS];
  gint64 total = 0;

  for (guint i = 0; i < N_THREADS; i++)
    threads[i] = g_thread_new ("spinner", spinner, &shared);
  for (guint i = 0; i < N_THREADS; i++)
    g_thread_join (threads[i]);

  /* Never two holders at once. */
  g_assert_cmpint (shared.max_holders, ==, 1);

  for (guint i = 0; i < N_THREADS; i++)
    total += shared.held_us[i];

  for (guint i = 0; i < N_THREADS; i++)
    {
      g_test_message ("thread %u: %u turns, %.0f%% of the time", i, shared.turns[i],
                      100.0 * shared.held_us[i] / total);
      /* Everyone takes turns and gets a fair share: a third each, and at
       * least a sixth even on a loaded machine. */
      g_assert_cmpuint (shared.turns[i], >=, 3);
      g_assert_cmpfloat ((double) shared.held_us[i] / total, >, 1.0 / 6.0);
    }

  g_assert_cmpuint (easel_gil_get_handoffs (gil), >=, 9);
}

static gpointer
blocked_acquire (gpointer user_data)
{
  gpointer *args = user_data;

  return GINT_TO_POINTER (easel_gil_acquire (args[0], args[1]));
}

static void
test_gil_cancel_waiting (void)
{
  g_autoptr(EaselGil) gil = easel_gil_new (EASEL_GIL_SWITCH_INTERVAL_US);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gpointer args[2] = { gil, cancellable };
  GThread *waiter;
  gint64 cancelled_at;
  gboolean acquired;

  g_assert_true (easel_gil_acquire (gil, NULL));
  waiter = g_thread_new ("waiter", blocked_acquire, args);

  /* The waiter queues up; the holder is asked to yield. */
  while (!easel_gil_should_yield (gil))
    g_usleep (1000);

  cancelled_at = g_get_monotonic_time ();
  g_cancellable_cancel (cancellable);
  acquired = GPOINTER_TO_INT (g_thread_join (waiter));

  g_assert_false (acquired);
  g_assert_cmpint (g_get_monotonic_time () - cancelled_at, <, 100 * G_TIME_SPAN_MILLISECOND);

  /* Nobody is waiting any more: no reason to yield, and release frees it. */
  g_assert_false (easel_gil_should_yield (gil));
  easel_gil_release (gil);
  g_assert_true (easel_gil_acquire (gil, NULL));
  easel_gil_release (gil);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/gil/exclusive-and-fair", test_gil_exclusive_and_fair);
  g_test_add_func ("/easel/gil/cancel-waiting", test_gil_cancel_waiting);

  return g_test_run ();
}
