/* fuzz-cpu-stat.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds any bytes to the /proc/stat parser, as they come: with a length,
 * not NUL-terminated, so that a read past the end trips AddressSanitizer.
 * Then checks what a reading promises, and that the busy fraction between
 * any two of its counters stays a fraction.
 */

#include "config.h"

#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "easel-cpu-stat.h"
#include "easel-fuzz.h"

/* The parser's own bound on core numbers (MAX_CORES). */
#define MAX_CORES 8192

/* Leaves eight cores and a total behind, for the next parse to clear. */
static const char stale[] =
  "cpu  9 9 9 9 9 9 9 9\n"
  "cpu0 1 1 1 1\ncpu1 1 1 1 1\ncpu2 1 1 1 1\ncpu3 1 1 1 1\n"
  "cpu4 1 1 1 1\ncpu5 1 1 1 1\ncpu6 1 1 1 1\ncpu7 1 1 1 1\n";

static gboolean
times_are_zero (const EaselCpuTimes *times)
{
  static const EaselCpuTimes zero = { 0 };

  return memcmp (times, &zero, sizeof zero) == 0;
}

/* 0…1 and a number, whatever the counters: backwards or still counters
 * give 0. */
static void
check_busy (const EaselCpuTimes *before,
            const EaselCpuTimes *after)
{
  double busy = easel_cpu_times_busy (before, after);

  g_assert_false (isnan (busy));
  g_assert_cmpfloat (busy, >=, 0.0);
  g_assert_cmpfloat (busy, <=, 1.0);
}

/* What holds for any reading: one slot per core up to the highest core
 * that had a line, and the slots of absent cores hold nothing. */
static void
check_reading (const EaselCpuStat *stat)
{
  guint n_cores = easel_cpu_stat_get_n_cores (stat);
  const EaselCpuTimes *previous = NULL;

  g_assert_cmpuint (n_cores, <=, MAX_CORES);
  g_assert_cmpuint (stat->present->len, ==, n_cores);
  g_assert_false (easel_cpu_stat_has_core (stat, n_cores));
  g_assert_false (easel_cpu_stat_has_core (stat, G_MAXUINT));
  if (n_cores > 0)
    g_assert_true (easel_cpu_stat_has_core (stat, n_cores - 1));

  /* Between the same reading: nothing moved. */
  g_assert_cmpfloat (easel_cpu_times_busy (&stat->total, &stat->total), ==, 0.0);

  for (guint core = 0; core < n_cores; core++)
    {
      const EaselCpuTimes *times = &g_array_index (stat->cores, EaselCpuTimes, core);

      if (!easel_cpu_stat_has_core (stat, core))
        {
          g_assert_true (times_are_zero (times));
          continue;
        }

      g_assert_cmpfloat (easel_cpu_times_busy (times, times), ==, 0.0);
      check_busy (&stat->total, times);
      check_busy (times, &stat->total);
      if (previous != NULL)
        {
          check_busy (previous, times);
          check_busy (times, previous);
        }
      previous = times;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(EaselCpuStat) fresh = easel_cpu_stat_new ();
  g_autoptr(EaselCpuStat) reused = easel_cpu_stat_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) reused_error = NULL;
  const char *text = (const char *) data;
  gboolean ok;

  easel_fuzz_init ();

  ok = easel_cpu_stat_parse (fresh, text, size, &error);
  if (ok)
    g_assert_no_error (error);
  else
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  check_reading (fresh);

  /* A stat parsed into again is as good as a new one: nothing of the
   * reading before stays. */
  g_assert_true (easel_cpu_stat_parse (reused, stale, strlen (stale), NULL));
  g_assert_true (easel_cpu_stat_parse (reused, text, size, &reused_error) == ok);
  check_reading (reused);

  if (ok)
    {
      guint n_cores = easel_cpu_stat_get_n_cores (fresh);

      g_assert_cmpuint (easel_cpu_stat_get_n_cores (reused), ==, n_cores);
      g_assert_cmpmem (&reused->total, sizeof reused->total, &fresh->total, sizeof fresh->total);
      g_assert_cmpmem (reused->cores->data, n_cores * sizeof (EaselCpuTimes),
                       fresh->cores->data, n_cores * sizeof (EaselCpuTimes));
      g_assert_cmpmem (reused->present->data, n_cores * sizeof (gboolean),
                       fresh->present->data, n_cores * sizeof (gboolean));

      /* Two readings of the same text: no time went by. */
      g_assert_cmpfloat (easel_cpu_times_busy (&fresh->total, &reused->total), ==, 0.0);
    }

  return 0;
}
