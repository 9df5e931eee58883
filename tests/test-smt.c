/* test-smt.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A laptop with SMT (hyper-threading), faked: four hardware threads on
 * two cores under $EASEL_SYS_ROOT, with a /proc/stat of four CPUs and an
 * affinity of all four. What Easel reads of it, what it predicts on it,
 * what its first slide and the command line say. The whole process sees
 * the fake machine: easel_cores_get_default() reads it once.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "easel-cores.h"
#include "easel-scaling.h"
#include "easel-schedule.h"
#include "easel-slide.h"
#include "easel-smt.h"
#include "easel-test-utils.h"

static const char proc_stat[] =
  "cpu  4000 0 400 40000 40 0 4 0 0 0\n"
  "cpu0 1000 0 100 10000 10 0 1 0 0 0\n"
  "cpu1 1000 0 100 10000 10 0 1 0 0 0\n"
  "cpu2 1000 0 100 10000 10 0 1 0 0 0\n"
  "cpu3 1000 0 100 10000 10 0 1 0 0 0\n"
  "intr 0\nctxt 0\nbtime 0\nprocesses 1\nprocs_running 1\nprocs_blocked 0\n";

static void
fake_write (const char *root,
            const char *path,
            const char *text)
{
  g_autofree char *full = g_build_filename (root, path, NULL);
  g_autofree char *dir = g_path_get_dirname (full);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (full, text, -1, &error);
  g_assert_no_error (error);
}

/* Intel's numbering: 0 and 2 share a core, 1 and 3 the other. */
static char *
fake_machine_new (void)
{
  static const char * const siblings[] = { "0,2\n", "1,3\n", "0,2\n", "1,3\n" };
  g_autoptr(GError) error = NULL;
  char *root = g_dir_make_tmp ("easel-smt-XXXXXX", &error);

  g_assert_no_error (error);
  fake_write (root, "sys/devices/system/cpu/online", "0-3\n");
  for (guint cpu = 0; cpu < 4; cpu++)
    {
      g_autofree char *path = g_strdup_printf ("sys/devices/system/cpu/cpu%u/topology/core_cpus_list", cpu);

      fake_write (root, path, siblings[cpu]);
    }
  fake_write (root, "proc/stat", proc_stat);

  return root;
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

/* Four hardware threads usable, on two physical cores, and said so. */
static void
test_smt_cores (void)
{
  const EaselCores *cores = easel_cores_get_default ();
  g_autofree char *description = easel_cores_dup_description (cores);

  g_assert_cmpuint (cores->affinity, ==, 4);
  g_assert_cmpfloat (cores->usable, ==, 4);
  g_assert_cmpuint (cores->physical, ==, 2);
  g_assert_true (easel_cores_has_smt (cores));
  g_assert_cmpstr (description, ==, "4 hardware threads on 2 cores");
}

/* The model bends at the physical cores: two workers twice as fast as
 * one, four only 2.5 times with the usual quarter of a core for a
 * sibling, which is said to be assumed, not measured. */
static void
test_smt_prediction (void)
{
  EaselCapacity default_capacity;
  const EaselCapacity *capacity = &default_capacity;
  EaselScalingParams params;
  g_autoptr(EaselScalingPrediction) prediction = NULL;
  EaselWorkload four = { .paintings = 4, .coats = 1, .paint_ms = 1000, .dry_ms = 0, .workers = 4 };
  g_autoptr(EaselTrace) parallel = NULL;

  /* A machine faked under $EASEL_SYS_ROOT is not measured (its CPUs are
   * not this one's): the usual figure stays. */
  g_assert_cmpfloat (easel_smt_measure_default (), ==, -1.0);
  easel_capacity_set_sibling (easel_smt_measure_default ());
  easel_capacity_init_default (&default_capacity);

  g_assert_true (easel_capacity_has_smt (capacity));
  g_assert_cmpuint (capacity->threads, ==, 4);
  g_assert_cmpuint (capacity->physical, ==, 2);
  g_assert_cmpfloat (capacity->sibling, ==, EASEL_CAPACITY_SIBLING_DEFAULT);
  g_assert_false (capacity->sibling_measured);

  parallel = easel_schedule_predict_on (EASEL_MODE_PARALLEL, &four, capacity);
  g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (parallel), 1600.0, 1e-6);

  easel_scaling_params_init (&params, capacity->usable);
  prediction = easel_scaling_prediction_new (&params, capacity);
  g_assert_cmpfloat (fabs (easel_scaling_prediction_speedup (prediction, EASEL_MODE_PARALLEL, 2) - 2.0), <, 0.02);
  g_assert_cmpfloat (fabs (easel_scaling_prediction_speedup (prediction, EASEL_MODE_PARALLEL, 4) - 2.5), <, 0.03);
}

/* The first slide names both counts. */
static void
test_smt_slide (void)
{
  g_autoptr(GListModel) slides = easel_slides_load ();
  g_autoptr(EaselSlide) first = g_list_model_get_item (slides, 0);
  g_autofree char *title = easel_slide_dup_title (first);
  g_autofree char *body = easel_slide_dup_body (first);

  g_assert_cmpstr (title, ==, "This computer has 4 hardware threads on 2 cores");
  g_assert_nonnull (strstr (body, "4 hardware threads, 2 real cores"));
}

/* The command line, a process of its own, reads the same machine. */
static void
test_smt_cli (void)
{
  const char *argv[] = {
    g_getenv ("EASEL_BINARY"), "--run=sequential", "--paintings=1", "--coats=1", "--paint-ms=10",
    "--dry-ms=0", "--json", NULL
  };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *machine;
  int status;

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  root = json_from_string (out, &error);
  g_assert_no_error (error);
  machine = json_object_get_object_member (json_node_get_object (root), "machine");
  g_assert_cmpint (json_object_get_int_member (machine, "physical_cores"), ==, 2);
  g_assert_cmpfloat (json_object_get_double_member (machine, "usable_cores"), ==, 4);
  g_assert_cmpfloat (json_object_get_double_member (machine, "sibling_worth"), ==, EASEL_CAPACITY_SIBLING_DEFAULT);
  g_assert_false (json_object_get_boolean_member (machine, "sibling_worth_measured"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *root = fake_machine_new ();
  g_autofree char *stat = g_build_filename (root, "proc/stat", NULL);
  int status;

  /* Before anything reads the machine, in this process and its children. */
  g_setenv ("EASEL_SYS_ROOT", root, TRUE);
  g_setenv ("EASEL_AFFINITY", "0-3", TRUE);
  g_setenv ("EASEL_PROC_STAT", stat, TRUE);

  easel_test_init (&argc, &argv);

  g_test_add_func ("/easel/smt/cores", test_smt_cores);
  g_test_add_func ("/easel/smt/prediction", test_smt_prediction);
  g_test_add_func ("/easel/smt/slide", test_smt_slide);
  g_test_add_func ("/easel/smt/cli", test_smt_cli);

  status = g_test_run ();
  remove_tree (root);

  return status;
}
