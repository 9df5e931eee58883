/* test-cpu-split.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The machine's load split three ways, with real threads and processes:
 * the hammer's work, Easel itself, and another program spinning beside
 * it. Bounds are wide, for a loaded 2-core machine: the work must match
 * the hammer's own clocks, whatever share of the cores it got.
 */

#include "config.h"

#include <math.h>
#include <signal.h>
#include <sys/wait.h>

#include "easel-cpu-ledger.h"
#include "easel-cpu-sampler.h"
#include "easel-hammer.h"

#define SAMPLE_MS 1500

/* Samples the machine while the main context runs for @ms; returns the
 * mean split over the last second. */
static void
measure (EaselCpuSampler *sampler,
         EaselHammer     *hammer,
         guint            ms,
         EaselCpuSplit   *mean,
         double          *hammer_cores)
{
  EaselHammerStats before, after;
  gint64 started;
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;
  EaselCpuSplit splits[64];
  guint n;

  easel_cpu_sampler_set_interval (sampler, 100);
  easel_cpu_sampler_start (sampler);
  /* The hammer's own clocks over the last second, as the split's mean. */
  while (g_get_monotonic_time () < end - G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  easel_hammer_get_total (hammer, &before);
  started = g_get_monotonic_time ();
  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  easel_hammer_get_total (hammer, &after);
  *hammer_cores = (after.cpu_ns - before.cpu_ns) / 1e3 / MAX (g_get_monotonic_time () - started, 1);
  easel_cpu_sampler_stop (sampler);

  n = easel_cpu_sampler_copy_split_history (sampler, splits, 10);
  g_assert_cmpuint (n, >=, 5);

  *mean = (EaselCpuSplit) { 0, 0, 0, 0 };
  for (guint i = 0; i < n; i++)
    {
      mean->machine += splits[i].machine / n;
      mean->work += splits[i].work / n;
      mean->self += splits[i].self / n;
      mean->other += splits[i].other / n;
    }
  g_test_message ("machine %.2f = work %.2f + Easel %.2f + other %.2f cores; the hammer's clocks: %.2f",
                  mean->machine, mean->work, mean->self, mean->other, *hammer_cores);
}

static GPid
spawn_spinner (void)
{
  const char *argv[] = { "sh", "-c", "while :; do :; done", NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);

  return pid;
}

static void
stop_spinner (GPid pid)
{
  kill (pid, SIGKILL);
  g_spawn_close_pid (pid);
  waitpid (pid, NULL, 0);
}

/* One hammer thread beside another program spinning: the hammer's core
 * is the work, the spinner's is other programs, and Easel itself (the
 * sampler) costs next to nothing. */
static void
test_split_hammer_beside_other (void)
{
  g_autoptr(EaselCpuSampler) sampler = easel_cpu_sampler_new (NULL);
  g_autoptr(EaselHammer) hammer = easel_hammer_new ();
  EaselCpuSplit split;
  double hammer_cores;
  GPid spinner;

  if (easel_cores_get_default ()->usable < 2)
    {
      g_test_skip ("needs two usable cores");
      return;
    }

  spinner = spawn_spinner ();
  easel_hammer_set_threads (hammer, 1);
  g_assert_true (easel_hammer_start (hammer, NULL));

  measure (sampler, hammer, SAMPLE_MS, &split, &hammer_cores);

  easel_hammer_stop (hammer);
  stop_spinner (spinner);

  /* The work is what the hammer's own clocks say it used, however the
   * machine's load shared the cores out; the spinner is another program. */
  g_assert_cmpfloat (split.work, >, 0.25);
  g_assert_cmpfloat (fabs (split.work - hammer_cores), <, 0.25);
  g_assert_cmpfloat (split.other, >, 0.3);
  g_assert_cmpfloat (split.self, <, 0.3);
  /* The shares account for the machine. */
  g_assert_cmpfloat (fabs (split.work + split.self + split.other - split.machine), <, 0.35);
}

/* The hammer in a worker process is still the work, not another
 * program. */
static void
test_split_hammer_processes (void)
{
  g_autoptr(EaselCpuSampler) sampler = easel_cpu_sampler_new (NULL);
  g_autoptr(EaselHammer) hammer = easel_hammer_new ();
  EaselCpuSplit split;
  double hammer_cores;

  easel_hammer_set_mode (hammer, EASEL_HAMMER_PROCESSES);
  easel_hammer_set_worker_binary (hammer, g_getenv ("EASEL_BINARY"));
  easel_hammer_set_threads (hammer, 1);
  g_assert_true (easel_hammer_start (hammer, NULL));

  measure (sampler, hammer, SAMPLE_MS, &split, &hammer_cores);

  easel_hammer_stop (hammer);

  /* Counted as the work, not as another program. */
  g_assert_cmpfloat (split.work, >, 0.25);
  g_assert_cmpfloat (fabs (split.work - hammer_cores), <, 0.25);
}

/* The arithmetic on made-up readings: a second of 2 cores busy, of which
 * the process used 1.2 (1.0 of it work) and a worker process 0.5. */
static void
test_split_compute (void)
{
  EaselCpuLedger before = { 1000000000, 500000000, 0 };
  EaselCpuLedger after = { 2200000000, 1500000000, 500000000 };
  EaselCpuSplit split;

  easel_cpu_split_compute (&split, 2.0, &before, &after, G_USEC_PER_SEC);
  g_assert_cmpfloat_with_epsilon (split.work, 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (split.self, 0.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (split.other, 0.3, 1e-9);

  /* /proc/stat's ticks lag the clocks: no share goes negative. */
  easel_cpu_split_compute (&split, 0.5, &before, &after, G_USEC_PER_SEC);
  g_assert_cmpfloat (split.other, ==, 0.0);

  /* No time, no shares. */
  easel_cpu_split_compute (&split, 1.0, &before, &after, 0);
  g_assert_cmpfloat (split.work + split.self + split.other, ==, 0.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/cpu-split/compute", test_split_compute);
  g_test_add_func ("/easel/cpu-split/hammer-beside-other", test_split_hammer_beside_other);
  g_test_add_func ("/easel/cpu-split/hammer-processes", test_split_hammer_processes);

  return g_test_run ();
}
