/* test-hammer.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CPU hammer with real threads and processes: how many cores it uses
 * by its own clocks, the GIL keeping it to one, and stopping cleanly.
 */

#include "config.h"

#include <sys/types.h>
#include <sys/wait.h>
#include <errno.h>
#include <stdlib.h>

#include "easel-cores.h"
#include "easel-cpu-ledger.h"
#include "easel-hammer-measure.h"
#include "easel-hammer.h"
#include "easel-smt.h"
#include "easel-test-threads.h"

/* Spins the main context for @ms (processes report through it). */
static void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5 * G_TIME_SPAN_MILLISECOND);
    }
}

/* Hammers @threads workers in @mode for @ms and returns the cores used
 * by their own clocks. */
static double
cores_used (EaselHammerMode mode,
            guint           threads,
            guint           ms)
{
  g_autoptr(EaselHammer) hammer = easel_hammer_new ();
  g_autoptr(GError) error = NULL;
  EaselHammerStats total;
  gint64 start;
  double wall;
  double cores;

  easel_hammer_set_mode (hammer, mode);
  easel_hammer_set_threads (hammer, threads);
  easel_hammer_set_worker_binary (hammer, g_getenv ("EASEL_BINARY"));

  g_assert_true (easel_hammer_start (hammer, &error));
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_cmpuint (easel_hammer_get_n_workers (hammer), ==, threads);

  run_for (ms);

  easel_hammer_get_total (hammer, &total);
  wall = (g_get_monotonic_time () - start) / 1e6;

  /* Every worker did some of the work. */
  for (guint i = 0; i < threads; i++)
    {
      EaselHammerStats stats;

      g_assert_true (easel_hammer_get_stats (hammer, i, &stats));
      g_assert_cmpuint (stats.count, >, 0);
    }

  easel_hammer_stop (hammer);

  cores = total.cpu_ns / 1e9 / wall;
  g_test_message ("%s × %u: %.2f cores, %.3g increments a second",
                  easel_hammer_mode_to_string (mode), threads, cores, total.count / wall);
  g_assert_cmpuint (total.count, >, 0);

  return cores;
}

/* As cores_used(), with the cores other programs used meanwhile: a
 * loaded machine leaves the hammer only the rest. */
static double
cores_used_beside_others (EaselHammerMode  mode,
                          guint            threads,
                          guint            ms,
                          double          *other)
{
  EaselCpuSnapshot before, after;
  EaselCpuSplit split = { 0 };
  double used;

  easel_cpu_snapshot_take (&before);
  used = cores_used (mode, threads, ms);
  easel_cpu_snapshot_take (&after);
  *other = easel_cpu_snapshot_split (&before, &after, &split) ? split.other : 0.0;
  easel_cpu_snapshot_clear (&before);
  easel_cpu_snapshot_clear (&after);

  g_test_message ("beside it, other programs used %.2f cores", *other);

  return used;
}

static void
test_hammer_one_thread (void)
{
  /* One busy thread: one core (most of it, on a loaded machine). */
  g_assert_cmpfloat (cores_used (EASEL_HAMMER_THREADS, 1, 500), >=, 0.6);
}

static void
test_hammer_every_core (void)
{
  guint cores = MAX (1, (guint) easel_cores_get_default ()->usable);
  double other;
  double used = cores_used_beside_others (EASEL_HAMMER_THREADS, cores, 500, &other);

  /* A thread per usable core: every core other programs left free
   * (most of it), more than one when there are several. */
  g_assert_cmpfloat (used, >=, 0.6 * MAX (cores - other, 1.0));
}

static void
test_hammer_gil (void)
{
  double cores;

  /* With one usable core, free threads would stay under the bound too. */
  if (easel_cores_get_default ()->usable < 1.8)
    {
      g_test_skip ("needs two usable cores to tell the GIL from free threads");
      return;
    }

  /* Two threads under the GIL, both working: still about one core. */
  cores = cores_used (EASEL_HAMMER_GIL, 2, 500);
  g_assert_cmpfloat (cores, <=, 1.2);
  g_assert_cmpfloat (cores, >=, 0.5);
}

static guint
count_children (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc", 0, NULL);
  g_autofree char *me = g_strdup_printf ("%d", getpid ());
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename ("/proc", name, "stat", NULL);
      g_autofree char *stat = NULL;
      g_auto(GStrv) fields = NULL;
      const char *paren;

      if (!g_ascii_isdigit (name[0]) || !g_file_get_contents (path, &stat, NULL, NULL))
        continue;

      /* "pid (comm) state ppid …": the comm may hold spaces. */
      paren = strrchr (stat, ')');
      if (paren == NULL)
        continue;
      fields = g_strsplit (paren + 2, " ", 3);
      if (g_strv_length (fields) >= 2 && g_str_equal (fields[1], me))
        n++;
    }

  return n;
}

static void
test_hammer_processes (void)
{
  guint children_before = count_children ();
  double cores;
  double other;

  g_assert_nonnull (g_getenv ("EASEL_BINARY"));

  /* Processes escape any lock: two of them, two cores' worth (at least
   * most of it, reported every 100 ms), and none left afterwards. */
  cores = cores_used_beside_others (EASEL_HAMMER_PROCESSES, 2, 800, &other);
  g_assert_cmpfloat (cores, >=, 0.6 * MAX (MIN (2.0, easel_cores_get_default ()->usable - other), 0.5));
  g_assert_cmpuint (count_children (), ==, children_before);
  g_assert_cmpint (waitpid (-1, NULL, WNOHANG), ==, -1);
  g_assert_cmpint (errno, ==, ECHILD);
}

static void
test_hammer_stop_quickly (void)
{
  for (EaselHammerMode mode = EASEL_HAMMER_THREADS; mode <= EASEL_HAMMER_PROCESSES; mode++)
    {
      g_autoptr(EaselHammer) hammer = easel_hammer_new ();
      guint threads_before = easel_test_count_threads ();
      gint64 start;
      gint64 took;

      easel_hammer_set_mode (hammer, mode);
      easel_hammer_set_threads (hammer, easel_hammer_get_max_threads ());
      easel_hammer_set_worker_binary (hammer, g_getenv ("EASEL_BINARY"));
      g_assert_true (easel_hammer_start (hammer, NULL));
      run_for (200);

      start = g_get_monotonic_time ();
      easel_hammer_stop (hammer);
      took = g_get_monotonic_time () - start;

      g_test_message ("%s: stopped %u workers in %.1f ms", easel_hammer_mode_to_string (mode),
                      easel_hammer_get_max_threads (), took / 1000.0);
      /* At once: a worker left running would be seconds. */
      g_assert_cmpint (took, <, 500 * G_TIME_SPAN_MILLISECOND);
      g_assert_false (easel_hammer_is_running (hammer));
      g_assert_cmpuint (easel_hammer_get_n_workers (hammer), ==, 0);
      easel_test_assert_threads_back_to (threads_before);
    }
}

static void
test_hammer_cycles (void)
{
  g_autoptr(EaselHammer) hammer = easel_hammer_new ();
  guint threads_before = easel_test_count_threads ();

  /* A hundred starts and stops, in both thread modes, leave nothing. */
  for (guint i = 0; i < 100; i++)
    {
      easel_hammer_set_mode (hammer, i % 2 ? EASEL_HAMMER_GIL : EASEL_HAMMER_THREADS);
      easel_hammer_set_threads (hammer, 1 + i % easel_hammer_get_max_threads ());
      g_assert_true (easel_hammer_start (hammer, NULL));
      easel_hammer_stop (hammer);
    }

  easel_test_assert_threads_back_to (threads_before);
}

static void
stopped_cb (EaselHammer *hammer,
            gboolean    *stopped)
{
  *stopped = TRUE;
}

static void
test_hammer_while_running (void)
{
  g_autoptr(EaselHammer) hammer = easel_hammer_new ();
  guint threads_before = easel_test_count_threads ();
  gboolean stopped = FALSE;

  g_signal_connect (hammer, "stopped", G_CALLBACK (stopped_cb), &stopped);

  /* More workers and fewer, while it runs; more than 2 × cores is
   * clamped. */
  easel_hammer_set_threads (hammer, 1);
  g_assert_true (easel_hammer_start (hammer, NULL));
  easel_hammer_set_threads (hammer, 3);
  g_assert_cmpuint (easel_hammer_get_n_workers (hammer), ==, MIN (3, easel_hammer_get_max_threads ()));
  easel_hammer_set_threads (hammer, 1000);
  g_assert_cmpuint (easel_hammer_get_n_workers (hammer), ==, easel_hammer_get_max_threads ());
  easel_hammer_set_threads (hammer, 0);
  g_assert_cmpuint (easel_hammer_get_n_workers (hammer), ==, 0);
  g_assert_true (easel_hammer_is_running (hammer));

  /* The mode changes under a running hammer too: two workers under the
   * GIL now share one core. */
  easel_hammer_set_threads (hammer, 2);
  easel_hammer_set_mode (hammer, EASEL_HAMMER_GIL);
  g_assert_true (easel_hammer_is_running (hammer));
  g_assert_cmpuint (easel_hammer_get_n_workers (hammer), ==, 2);
  g_assert_cmpint (easel_hammer_get_mode (hammer), ==, EASEL_HAMMER_GIL);
  if (easel_cores_get_default ()->usable >= 1.8)
    {
      EaselHammerStats before, after;
      gint64 start = g_get_monotonic_time ();
      double cores;

      easel_hammer_get_total (hammer, &before);
      run_for (300);
      easel_hammer_get_total (hammer, &after);
      cores = (after.cpu_ns - before.cpu_ns) / 1e3 / (g_get_monotonic_time () - start);
      g_test_message ("two GIL workers after the switch: %.2f cores", cores);
      g_assert_cmpfloat (cores, <=, 1.2);
    }

  /* The time limit stops it by itself. */
  stopped = FALSE;
  easel_hammer_set_timeout (hammer, 1);
  while (!stopped)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (easel_hammer_is_running (hammer));
  easel_test_assert_threads_back_to (threads_before);
}

static void
test_hammer_modes (void)
{
  EaselHammerMode mode;

  g_assert_true (easel_hammer_mode_from_string ("processes", &mode));
  g_assert_cmpint (mode, ==, EASEL_HAMMER_PROCESSES);
  g_assert_false (easel_hammer_mode_from_string ("fibers", &mode));
  g_assert_cmpstr (easel_hammer_mode_to_string (EASEL_HAMMER_GIL), ==, "gil");
}

static int
compare_worth (gconstpointer a,
               gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_worth (guint cpu,
              guint sibling)
{
  double worths[3];

  for (guint i = 0; i < G_N_ELEMENTS (worths); i++)
    worths[i] = easel_smt_measure_sibling (cpu, sibling, 100);
  qsort (worths, G_N_ELEMENTS (worths), sizeof (double), compare_worth);

  return worths[1];
}

/* The measurement of what a second hardware thread adds, on real CPUs:
 * two separate cores (this machine's first two usable CPUs) add about a
 * whole core, and a CPU that is not there cannot be measured. The threads
 * are joined before it returns. */
static void
test_hammer_sibling_worth (void)
{
  const EaselCores *cores = easel_cores_get_default ();
  guint threads_before = easel_test_count_threads ();
  guint usable[2];
  guint n = 0;
  double worth;

  for (guint cpu = 0; cpu < cores->mask_len && n < 2; cpu++)
    if (easel_cores_in_mask (cores, cpu))
      usable[n++] = cpu;
  if (cores->mask == NULL || n < 1)
    {
      g_test_skip ("the affinity mask is unknown");
      return;
    }

  /* Speeds by each thread's own CPU clock: two threads on two separate
   * cores each count about as fast as one alone, however busy other
   * programs keep those cores (a busy loop beside them gave 0.47–0.58 by
   * the wall clock, 0.97–1.00 by theirs; four test processes on two
   * cores, 0.77), far above the quarter a sibling is usually worth. The
   * median of three. */
  if (n == 2 && cores->physical == cores->affinity)
    {
      worth = median_worth (usable[0], usable[1]);
      g_test_message ("two cores: the second thread adds %.2f", worth);
      g_assert_cmpfloat (worth, >, 0.5);
      g_assert_cmpfloat (worth, <=, 1.0);
    }

  g_assert_cmpfloat (easel_smt_measure_sibling (usable[0], CPU_SETSIZE + 1, 50), ==, -1.0);
  g_assert_cmpuint (easel_test_count_threads (), ==, threads_before);
}

static gboolean
cancel_cb (gpointer cancellable)
{
  g_cancellable_cancel (cancellable);

  return G_SOURCE_REMOVE;
}

/* The measurement the command line and the handout share: the hammer for
 * a while with the machine sampled meanwhile, its threads joined after;
 * a cancel ends it early; with no hammer, the machine alone. */
static void
test_hammer_measure (void)
{
  guint threads_before = easel_test_count_threads ();
  g_autoptr(EaselHammer) hammer = easel_hammer_new ();
  g_autoptr(EaselCpuSampler) sampler = easel_cpu_sampler_new (NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree double *loads = NULL;
  g_autofree EaselCpuSplit *splits = NULL;
  EaselHammerMeasurement measurement;
  guint n;

  easel_cpu_sampler_set_interval (sampler, 100);
  easel_cpu_sampler_sample (sampler, NULL);
  easel_hammer_set_threads (hammer, 1);
  g_assert_true (easel_hammer_measure (hammer, sampler, 400, NULL, NULL, &measurement, &error));
  g_assert_no_error (error);
  g_assert_false (easel_hammer_is_running (hammer));
  g_assert_cmpuint (easel_test_count_threads (), ==, threads_before);

  g_test_message ("%.2f s, %u samples, %.2f cores by the hammer's clock", measurement.wall_s,
                  measurement.n_samples, measurement.total.cpu_ns / 1e9 / measurement.wall_s);
  g_assert_cmpfloat (measurement.wall_s, >=, 0.39);
  g_assert_cmpuint (measurement.n_samples, >=, 1);
  g_assert_cmpint (measurement.total.cpu_ns, >, 0);
  g_assert_cmpuint (measurement.total.count, >, 0);
  g_assert_true (measurement.split_known);
  g_assert_cmpfloat (measurement.split.work, >, 0.0);

  /* Every core's samples, then the machine's, as many as the splits. */
  n = easel_cpu_sampler_copy_all (sampler, measurement.n_samples, &loads, &splits);
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n, <=, measurement.n_samples);
  g_assert_cmpfloat (easel_cpu_sampler_mean_load (sampler, -1, n), >=, 0.0);

  /* Cancelled after 100 ms of a 10 s hammer: over long before its end,
   * everything joined. */
  g_timeout_add (100, cancel_cb, cancellable);
  g_assert_true (easel_hammer_measure (hammer, sampler, 10000, NULL, cancellable, &measurement, &error));
  g_assert_cmpfloat (measurement.wall_s, <, 5.0);
  g_assert_false (easel_hammer_is_running (hammer));
  g_assert_cmpuint (easel_test_count_threads (), ==, threads_before);

  /* No hammer: the machine alone. */
  g_assert_true (easel_hammer_measure (NULL, sampler, 200, NULL, NULL, &measurement, &error));
  g_assert_cmpint (measurement.total.cpu_ns, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_type_ensure (G_TYPE_TASK);

  g_test_add_func ("/easel/hammer/one-thread", test_hammer_one_thread);
  g_test_add_func ("/easel/hammer/every-core", test_hammer_every_core);
  g_test_add_func ("/easel/hammer/gil", test_hammer_gil);
  g_test_add_func ("/easel/hammer/processes", test_hammer_processes);
  g_test_add_func ("/easel/hammer/stop-quickly", test_hammer_stop_quickly);
  g_test_add_func ("/easel/hammer/cycles", test_hammer_cycles);
  g_test_add_func ("/easel/hammer/while-running", test_hammer_while_running);
  g_test_add_func ("/easel/hammer/modes", test_hammer_modes);
  g_test_add_func ("/easel/hammer/sibling-worth", test_hammer_sibling_worth);
  g_test_add_func ("/easel/hammer/measure", test_hammer_measure);

  return g_test_run ();
}
