/* easel-intervals.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A painting's time on a core and waiting for one, as ordered pairs of
 * milliseconds: how much of a stretch they cover, and the same at the
 * resolution a chart can show.
 */

#include "config.h"

#include <math.h>

#include "easel-trace.h"

/* How much of [t0, t1) the intervals (ms pairs, in order) cover, from
 * *@cursor on, which moves past those that end before @t1: for calls in
 * order of time. */
double
easel_intervals_covered_ms (const double *pairs,
                            guint         n_pairs,
                            guint        *cursor,
                            double        t0,
                            double        t1)
{
  double total = 0.0;

  for (guint i = *cursor; i < n_pairs; i++)
    {
      if (pairs[2 * i] >= t1)
        break;
      total += MAX (0.0, MIN (pairs[2 * i + 1], t1) - MAX (pairs[2 * i], t0));
      if (pairs[2 * i + 1] <= t1)
        *cursor = i + 1;
    }

  return total;
}

static void
append_pair (GArray *pairs,
             double  start,
             double  end)
{
  double *last = pairs->len >= 2 ? &g_array_index (pairs, double, pairs->len - 1) : NULL;

  if (end - start < 1e-6)
    return;

  /* Touching the one before: one interval. */
  if (last != NULL && fabs (*last - start) < 1e-6)
    {
      *last = end;
      return;
    }

  g_array_append_val (pairs, start);
  g_array_append_val (pairs, end);
}

/* A thread's time on a core and waiting for one (ms pairs, in order),
 * at a coarser resolution: per step of @step_ms from @start_ms to
 * @end_ms, the time on a core first, then the time waiting, appended to
 * @on_out and @waits_out as ms pairs. The shares show at any resolution
 * and their totals stay exact. */
void
easel_intervals_resample (const double *on_core,
                          guint         n_on_core,
                          const double *waits,
                          guint         n_waits,
                          double        start_ms,
                          double        end_ms,
                          double        step_ms,
                          GArray       *on_out,
                          GArray       *waits_out)
{
  guint on_cursor = 0, wait_cursor = 0;

  g_return_if_fail (step_ms > 0.0 && on_out != NULL && waits_out != NULL);

  for (double t = start_ms; t < end_ms; t += step_ms)
    {
      double t1 = MIN (t + step_ms, end_ms);
      double on = easel_intervals_covered_ms (on_core, n_on_core, &on_cursor, t, t1);
      double wait = easel_intervals_covered_ms (waits, n_waits, &wait_cursor, t, t1);

      append_pair (on_out, t, t + on);
      append_pair (waits_out, t + on, t + on + wait);
    }
}
