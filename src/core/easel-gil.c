/* easel-gil.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A global interpreter-style lock: one holder at a time, and a holder that
 * has kept it for a switch interval while others wait hands it over to the
 * longest waiter, as CPython's GIL does every 5 ms. Threads that need it
 * take turns; CPU-bound work under it never overlaps.
 */

#include "config.h"

#include "easel-gil.h"

/* How often a cancelled waiter notices, at the latest. */
#define CANCEL_POLL_US (10 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  gboolean granted;
} Waiter;

struct _EaselGil
{
  GMutex   mutex;
  GCond    cond;

  /* Waiter records, oldest first. */
  GQueue   waiters;
  gboolean held;

  /* Read without the lock by the holder's fast path. */
  gint     n_waiting;

  /* Only touched by the holder. */
  gint64   acquired_at;

  gint64   switch_interval_us;
  guint64  handoffs;
};

EaselGil *
easel_gil_new (gint64 switch_interval_us)
{
  EaselGil *gil;

  g_return_val_if_fail (switch_interval_us >= 0, NULL);

  gil = g_new0 (EaselGil, 1);
  g_mutex_init (&gil->mutex);
  g_cond_init (&gil->cond);
  g_queue_init (&gil->waiters);
  gil->switch_interval_us = switch_interval_us;

  return gil;
}

void
easel_gil_free (EaselGil *gil)
{
  if (gil == NULL)
    return;

  g_assert (!gil->held);
  g_assert (g_queue_is_empty (&gil->waiters));

  g_mutex_clear (&gil->mutex);
  g_cond_clear (&gil->cond);
  g_free (gil);
}

/* Takes the lock, waiting in line behind earlier waiters. Returns FALSE,
 * without the lock, if @cancellable is cancelled first. */
gboolean
easel_gil_acquire (EaselGil     *gil,
                   GCancellable *cancellable)
{
  Waiter waiter = { FALSE };

  g_return_val_if_fail (gil != NULL, FALSE);

  g_mutex_lock (&gil->mutex);

  if (!gil->held && g_queue_is_empty (&gil->waiters))
    {
      gil->held = TRUE;
      g_mutex_unlock (&gil->mutex);
      gil->acquired_at = g_get_monotonic_time ();
      return TRUE;
    }

  g_queue_push_tail (&gil->waiters, &waiter);
  g_atomic_int_inc (&gil->n_waiting);

  while (!waiter.granted)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          g_queue_remove (&gil->waiters, &waiter);
          g_atomic_int_add (&gil->n_waiting, -1);
          g_mutex_unlock (&gil->mutex);
          return FALSE;
        }

      g_cond_wait_until (&gil->cond, &gil->mutex,
                         g_get_monotonic_time () + CANCEL_POLL_US);
    }

  g_mutex_unlock (&gil->mutex);
  gil->acquired_at = g_get_monotonic_time ();

  return TRUE;
}

/* Gives the lock to the longest waiter, if any, or frees it. */
void
easel_gil_release (EaselGil *gil)
{
  Waiter *next;

  g_return_if_fail (gil != NULL);

  g_mutex_lock (&gil->mutex);

  g_assert (gil->held);

  next = g_queue_pop_head (&gil->waiters);
  if (next != NULL)
    {
      /* Handed over directly, so nobody can jump the queue. */
      next->granted = TRUE;
      g_atomic_int_add (&gil->n_waiting, -1);
      gil->handoffs++;
      g_cond_broadcast (&gil->cond);
    }
  else
    {
      gil->held = FALSE;
    }

  g_mutex_unlock (&gil->mutex);
}

/* For the holder: whether it has had its turn while others wait. Cheap
 * enough to call in a hot loop. */
gboolean
easel_gil_should_yield (EaselGil *gil)
{
  g_return_val_if_fail (gil != NULL, FALSE);

  return g_atomic_int_get (&gil->n_waiting) > 0 &&
         g_get_monotonic_time () - gil->acquired_at >= gil->switch_interval_us;
}

/* For the holder: hand over and queue up again. Returns FALSE, without
 * the lock, if cancelled while waiting for it to come back. */
gboolean
easel_gil_yield (EaselGil     *gil,
                 GCancellable *cancellable)
{
  g_return_val_if_fail (gil != NULL, FALSE);

  easel_gil_release (gil);

  return easel_gil_acquire (gil, cancellable);
}

/* How many times the lock passed directly from one thread to another. */
guint64
easel_gil_get_handoffs (EaselGil *gil)
{
  guint64 handoffs;

  g_return_val_if_fail (gil != NULL, 0);

  g_mutex_lock (&gil->mutex);
  handoffs = gil->handoffs;
  g_mutex_unlock (&gil->mutex);

  return handoffs;
}
