/* test-cpu-stat.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The /proc/stat parser on fixtures from 2 to 128 cores and on broken
 * text, and the sampler on files that change under it.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "easel-cpu-sampler.h"
#include "easel-cpu-stat.h"

static char *
fixture (const char *name,
         gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));

  return contents;
}

static void
test_cpu_stat_fixtures (void)
{
  static const guint sizes[] = { 2, 12, 64, 128 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("proc-stat-%u.txt", sizes[i]);
      g_autoptr(EaselCpuStat) stat = easel_cpu_stat_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      EaselCpuTimes sum = { 0 };
      gsize length;

      text = fixture (name, &length);
      g_assert_true (easel_cpu_stat_parse (stat, text, length, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (easel_cpu_stat_get_n_cores (stat), ==, sizes[i]);

      for (guint core = 0; core < sizes[i]; core++)
        {
          const EaselCpuTimes *t = &g_array_index (stat->cores, EaselCpuTimes, core);

          g_assert_true (easel_cpu_stat_has_core (stat, core));
          sum.user += t->user;
          sum.idle += t->idle;
          sum.steal += t->steal;
        }

      /* The total line is the sum of the cores (as the fixtures are). */
      g_assert_cmpuint (stat->total.user, ==, sum.user);
      g_assert_cmpuint (stat->total.idle, ==, sum.idle);
      g_assert_cmpuint (stat->total.steal, ==, sum.steal);
      g_assert_false (easel_cpu_stat_has_core (stat, sizes[i]));

      /* Each field from its own column, as the file has it. */
      if (sizes[i] == 2)
        {
          const EaselCpuTimes *cpu0 = &g_array_index (stat->cores, EaselCpuTimes, 0);
          const EaselCpuTimes *cpu1 = &g_array_index (stat->cores, EaselCpuTimes, 1);

          g_assert_cmpuint (stat->total.user, ==, 56782);
          g_assert_cmpuint (stat->total.nice, ==, 32);
          g_assert_cmpuint (stat->total.system, ==, 8418);
          g_assert_cmpuint (stat->total.idle, ==, 1414638);
          g_assert_cmpuint (cpu0->user, ==, 43445);
          g_assert_cmpuint (cpu0->nice, ==, 9);
          g_assert_cmpuint (cpu0->system, ==, 6968);
          g_assert_cmpuint (cpu0->idle, ==, 782554);
          g_assert_cmpuint (cpu0->iowait, ==, 49);
          g_assert_cmpuint (cpu0->irq, ==, 0);
          g_assert_cmpuint (cpu0->softirq, ==, 74);
          g_assert_cmpuint (cpu0->steal, ==, 68);
          g_assert_cmpuint (cpu1->iowait, ==, 219);
          g_assert_cmpuint (cpu1->steal, ==, 11);
        }
    }
}

static void
test_cpu_stat_broken (void)
{
  static const struct {
    const char *text;
    gboolean    ok;
    guint       n_cores;
  } cases[] = {
    { "", FALSE, 0 },
    { "intr 1 2 3\n", FALSE, 0 },
    { "cpu  1 2 3\n", FALSE, 0 },                            /* too short */
    { "cpu  1 2 3 4", TRUE, 0 },                             /* no newline, old kernel */
    { "cpu  1 2 3 4 5 6 7 8 9 10\ncpu0 1 2 3 4 5 6 7 8 9 10\n", TRUE, 1 },
    { "cpu  1 2 3 4\ncpu0 1 2 3 4\ncpu2 1 2 3 4\n", TRUE, 3 },  /* cpu1 offline */
    { "cpu  1 2 3 4\ncpu0 abc def\ncpuX 1 2 3 4\ncpu1 1 2\n", TRUE, 0 },
    { "cpu  1 2 3 4\ncpu99999999999 1 2 3 4\n", TRUE, 0 },
    { "cpu  1 2 3 4\n\xff\xfe\x00garbage\ncpu0 5 6 7 8\n", TRUE, 1 },
    { "cpuabc 1 2 3 4\n", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EaselCpuStat) stat = easel_cpu_stat_new ();
      g_autoptr(GError) error = NULL;
      gsize length = strlen (cases[i].text);

      /* The case with a NUL byte has its length written out. */
      if (strstr (cases[i].text, "garbage") != NULL || i == 8)
        length = sizeof "cpu  1 2 3 4\n\xff\xfe\x00garbage\ncpu0 5 6 7 8\n" - 1;

      g_assert_cmpint (easel_cpu_stat_parse (stat, cases[i].text, length, &error), ==, cases[i].ok);
      if (!cases[i].ok)
        {
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
          continue;
        }
      g_assert_cmpuint (easel_cpu_stat_get_n_cores (stat), ==, cases[i].n_cores);
    }

  /* An offline core is not present. */
  {
    g_autoptr(EaselCpuStat) stat = easel_cpu_stat_new ();
    const char *text = "cpu  1 2 3 4\ncpu0 1 2 3 4\ncpu2 1 2 3 4\n";

    g_assert_true (easel_cpu_stat_parse (stat, text, strlen (text), NULL));
    g_assert_true (easel_cpu_stat_has_core (stat, 0));
    g_assert_false (easel_cpu_stat_has_core (stat, 1));
    g_assert_true (easel_cpu_stat_has_core (stat, 2));
  }
}

static void
test_cpu_stat_busy (void)
{
  EaselCpuTimes before = { 100, 0, 50, 800, 50, 0, 0, 0 };
  /* 100 jiffies pass: 40 user, 10 system, 45 idle, 5 iowait. */
  EaselCpuTimes after = { 140, 0, 60, 845, 55, 0, 0, 0 };
  EaselCpuTimes backwards = { 90, 0, 40, 700, 40, 0, 0, 0 };

  g_assert_cmpfloat_with_epsilon (easel_cpu_times_busy (&before, &after), 0.5, 1e-9);
  /* Nothing moved, or counters went back (hot-plug): read as idle. */
  g_assert_cmpfloat (easel_cpu_times_busy (&before, &before), ==, 0.0);
  g_assert_cmpfloat (easel_cpu_times_busy (&before, &backwards), ==, 0.0);
}

/* Rewrites @path in place: the sampler keeps its descriptor open. */
static void
write_in_place (const char *path,
                const char *text)
{
  FILE *file = fopen (path, "w");

  g_assert_nonnull (file);
  fputs (text, file);
  fclose (file);
}

static void
test_sampler_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-stat-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "stat", NULL);
  g_autoptr(EaselCpuSampler) sampler = NULL;
  g_autoptr(GError) error = NULL;
  double loads[8];

  /* Missing: unavailable, with a message, and nothing breaks. */
  sampler = easel_cpu_sampler_new (path);
  g_assert_false (easel_cpu_sampler_sample (sampler, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (easel_cpu_sampler_get_available (sampler));
  g_assert_nonnull (easel_cpu_sampler_get_error_message (sampler));
  g_assert_cmpfloat (easel_cpu_sampler_get_load (sampler, -1), ==, 0.0);

  /* It appears: the first reading is only a base. */
  write_in_place (path, "cpu  100 0 0 100 0 0 0 0\ncpu0 50 0 0 50 0 0 0 0\ncpu1 50 0 0 50 0 0 0 0\n");
  g_assert_true (easel_cpu_sampler_sample (sampler, &error));
  g_assert_no_error (error);
  g_assert_true (easel_cpu_sampler_get_available (sampler));
  g_assert_cmpuint (easel_cpu_sampler_get_n_cores (sampler), ==, 2);
  g_assert_cmpuint (easel_cpu_sampler_get_n_samples (sampler), ==, 0);

  /* One core fully busy, the other idle: the machine at one half. */
  write_in_place (path, "cpu  125 0 0 125 0 0 0 0\ncpu0 75 0 0 50 0 0 0 0\ncpu1 50 0 0 75 0 0 0 0\n");
  g_assert_true (easel_cpu_sampler_sample (sampler, NULL));
  g_assert_cmpuint (easel_cpu_sampler_get_n_samples (sampler), ==, 1);
  g_assert_cmpfloat_with_epsilon (easel_cpu_sampler_get_load (sampler, 0), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (easel_cpu_sampler_get_load (sampler, 1), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (easel_cpu_sampler_get_load (sampler, -1), 0.5, 1e-9);

  /* Counters going backwards read as idle, not as garbage. */
  write_in_place (path, "cpu  100 0 0 100 0 0 0 0\ncpu0 50 0 0 50 0 0 0 0\ncpu1 50 0 0 50 0 0 0 0\n");
  g_assert_true (easel_cpu_sampler_sample (sampler, NULL));
  g_assert_cmpfloat (easel_cpu_sampler_get_load (sampler, 0), ==, 0.0);
  g_assert_cmpuint (easel_cpu_sampler_copy_history (sampler, 0, loads, G_N_ELEMENTS (loads)), ==, 2);
  g_assert_cmpfloat_with_epsilon (loads[0], 1.0, 1e-9);
  g_assert_cmpfloat (loads[1], ==, 0.0);

  /* A core comes online: the layout changes and the history restarts. */
  write_in_place (path, "cpu  150 0 0 150 0 0 0 0\ncpu0 50 0 0 50 0 0 0 0\ncpu1 50 0 0 50 0 0 0 0\n"
                        "cpu2 50 0 0 50 0 0 0 0\n");
  g_assert_true (easel_cpu_sampler_sample (sampler, NULL));
  g_assert_cmpuint (easel_cpu_sampler_get_n_cores (sampler), ==, 3);
  g_assert_cmpuint (easel_cpu_sampler_get_n_samples (sampler), ==, 0);
  g_assert_cmpuint (easel_cpu_sampler_get_n_present (sampler), ==, 3);

  /* cpu1 goes offline: three cores numbered 0 to 3 are three, not four,
   * and the busy ones are counted over those three. */
  write_in_place (path, "cpu  150 0 0 150 0 0 0 0\ncpu0 50 0 0 50 0 0 0 0\n"
                        "cpu2 50 0 0 50 0 0 0 0\ncpu3 50 0 0 50 0 0 0 0\n");
  g_assert_true (easel_cpu_sampler_sample (sampler, NULL));
  g_assert_cmpuint (easel_cpu_sampler_get_n_cores (sampler), ==, 4);
  g_assert_cmpuint (easel_cpu_sampler_get_n_present (sampler), ==, 3);
  write_in_place (path, "cpu  300 0 0 150 0 0 0 0\ncpu0 100 0 0 50 0 0 0 0\n"
                        "cpu2 100 0 0 50 0 0 0 0\ncpu3 100 0 0 50 0 0 0 0\n");
  g_assert_true (easel_cpu_sampler_sample (sampler, NULL));
  {
    EaselCpuSplit split;

    easel_cpu_sampler_get_split (sampler, &split);
    g_assert_cmpfloat_with_epsilon (split.machine, 3.0, 1e-9);
  }

  /* Garbage: unavailable again, with the reason. */
  write_in_place (path, "nothing like /proc/stat\n");
  g_assert_false (easel_cpu_sampler_sample (sampler, &error));
  g_clear_error (&error);
  g_assert_false (easel_cpu_sampler_get_available (sampler));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_sampler_smoothing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-stat-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "stat", NULL);
  g_autoptr(EaselCpuSampler) sampler = easel_cpu_sampler_new (path);
  /* Four readings 10 jiffies apart; only between the 2nd and 3rd is the
   * core busy. */
  const char *readings[] = {
    "cpu  0 0 0 10 0 0 0 0\ncpu0 0 0 0 10 0 0 0 0\n",
    "cpu  0 0 0 20 0 0 0 0\ncpu0 0 0 0 20 0 0 0 0\n",
    "cpu  10 0 0 20 0 0 0 0\ncpu0 10 0 0 20 0 0 0 0\n",
    "cpu  10 0 0 30 0 0 0 0\ncpu0 10 0 0 30 0 0 0 0\n",
  };

  /* Intervals are clamped; under 250 ms, loads average 250 ms. */
  easel_cpu_sampler_set_interval (sampler, 5);
  g_assert_cmpuint (easel_cpu_sampler_get_interval (sampler), ==, 100);
  easel_cpu_sampler_set_interval (sampler, 5000);
  g_assert_cmpuint (easel_cpu_sampler_get_interval (sampler), ==, 1000);
  easel_cpu_sampler_set_interval (sampler, 100);

  for (guint i = 0; i < G_N_ELEMENTS (readings); i++)
    {
      write_in_place (path, readings[i]);
      g_assert_true (easel_cpu_sampler_sample (sampler, NULL));
    }

  /* The last load spans the last two steps (200 ms of 250): 10 busy
   * jiffies of 20, not the raw 0 of the last step. */
  g_assert_cmpfloat_with_epsilon (easel_cpu_sampler_get_load (sampler, 0), 0.5, 1e-9);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_sampler_real (void)
{
  g_autoptr(EaselCpuSampler) sampler = easel_cpu_sampler_new (NULL);
  g_autoptr(GError) error = NULL;

  /* This machine's own /proc/stat: a core count that agrees. */
  g_assert_true (easel_cpu_sampler_sample (sampler, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (easel_cpu_sampler_get_n_cores (sampler), >=, g_get_num_processors ());
  g_usleep (120 * G_TIME_SPAN_MILLISECOND);
  g_assert_true (easel_cpu_sampler_sample (sampler, &error));
  g_assert_cmpfloat (easel_cpu_sampler_get_load (sampler, -1), >=, 0.0);
  g_assert_cmpfloat (easel_cpu_sampler_get_load (sampler, -1), <=, 1.0);
}

/* A sampler started on a thread with a main context of its own samples
 * on that context, not on the global one (which no one runs here). */
static gpointer
sample_in_thread (gpointer data)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(EaselCpuSampler) sampler = easel_cpu_sampler_new (NULL);
  gint64 deadline;
  guint n_samples;

  g_main_context_push_thread_default (context);
  easel_cpu_sampler_set_interval (sampler, 100);
  easel_cpu_sampler_start (sampler);

  deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (easel_cpu_sampler_get_n_samples (sampler) < 2 && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (context, FALSE);
      g_usleep (10000);
    }

  n_samples = easel_cpu_sampler_get_n_samples (sampler);
  easel_cpu_sampler_stop (sampler);
  g_main_context_pop_thread_default (context);

  return GUINT_TO_POINTER (n_samples);
}

static void
test_sampler_thread_context (void)
{
  GThread *thread = g_thread_new ("sampler", sample_in_thread, NULL);

  g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (thread)), >=, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/cpu-stat/fixtures", test_cpu_stat_fixtures);
  g_test_add_func ("/easel/cpu-stat/broken", test_cpu_stat_broken);
  g_test_add_func ("/easel/cpu-stat/busy", test_cpu_stat_busy);
  g_test_add_func ("/easel/cpu-stat/sampler-files", test_sampler_files);
  g_test_add_func ("/easel/cpu-stat/sampler-smoothing", test_sampler_smoothing);
  g_test_add_func ("/easel/cpu-stat/sampler-real", test_sampler_real);
  g_test_add_func ("/easel/cpu-stat/sampler-thread-context", test_sampler_thread_context);

  return g_test_run ();
}
