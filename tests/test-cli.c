/* test-cli.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real binary's headless runs: output, bad input, interruption.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "easel-cores.h"
#include "easel-handout.h"
#include "easel-run-file.h"
#include "easel-trace.h"

typedef struct
{
  char *out;
  char *err;
  int   status;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* Runs easel with @args, after the command @wrapper (NULL or a
 * NULL-terminated array such as { "taskset", "-c", "0", NULL }). */
static void
run_easel_full (const char * const   *wrapper,
                const char * const   *args,
                GSpawnChildSetupFunc  child_setup,
                Result               *result);

static void
run_easel_under (const char * const *wrapper,
                 const char * const *args,
                 Result             *result)
{
  run_easel_full (wrapper, args, NULL, result);
}

static void
run_easel_full (const char * const   *wrapper,
                const char * const   *args,
                GSpawnChildSetupFunc  child_setup,
                Result               *result)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  int wait_status;

  for (guint i = 0; wrapper != NULL && wrapper[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) wrapper[i]);
  g_ptr_array_add (argv, (gpointer) g_getenv ("EASEL_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  /* Headless means headless. */
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_SEARCH_PATH, child_setup, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
}

static void
run_easel (const char * const *args,
           Result             *result)
{
  run_easel_under (NULL, args, result);
}

/* Runs easel with @args, which must succeed, and reads its JSON. */
static JsonNode *
run_easel_json (const char * const *args)
{
  g_auto(Result) result = { NULL };
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  run_easel (args, &result);
  g_assert_cmpint (result.status, ==, 0);
  root = json_from_string (result.out, &error);
  g_assert_no_error (error);

  return root;
}

static void
test_cli_json (void)
{
  const char *args[] = { "--run=all", "--paintings=2", "--coats=1", "--paint-ms=20",
                         "--dry-ms=40", "--json", NULL };
  static const char *modes[] = { "sequential", "async", "parallel", "gil" };
  g_auto(Result) result = { NULL };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object;
  JsonObject *params;
  JsonArray *runs;
  EaselWorkload workload = { .paintings = 2, .coats = 1, .paint_ms = 20, .dry_ms = 40, .workers = 2 };

  run_easel (args, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");

  root = json_from_string (result.out, &error);
  g_assert_no_error (error);
  object = json_node_get_object (root);

  g_assert_cmpstr (json_object_get_string_member (object, "version"), ==, PACKAGE_VERSION);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "machine"), "cores"),
                   ==, g_get_num_processors ());

  {
    JsonObject *machine = json_object_get_object_member (object, "machine");
    double usable = json_object_get_double_member (machine, "usable_cores");

    g_assert_cmpint (json_object_get_int_member (machine, "online_cores"), >=, 1);
    g_assert_cmpfloat (usable, >, 0.0);
    g_assert_cmpfloat (usable, <=, json_object_get_int_member (machine, "online_cores"));
    g_assert_true (json_object_has_member (machine, "limit"));
  }

  params = json_object_get_object_member (object, "params");
  g_assert_cmpint (json_object_get_int_member (params, "paintings"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (params, "coats"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (params, "paint_ms"), ==, 20);
  g_assert_cmpint (json_object_get_int_member (params, "dry_ms"), ==, 40);
  g_assert_cmpint (json_object_get_int_member (params, "workers"), ==, 2);

  runs = json_object_get_array_member (object, "runs");
  g_assert_cmpuint (json_array_get_length (runs), ==, G_N_ELEMENTS (modes));

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      JsonNode *run = json_array_get_element (runs, i);
      JsonObject *run_object = json_node_get_object (run);
      g_autoptr(EaselTrace) measured = NULL;
      g_autoptr(EaselTrace) predicted = NULL;

      g_assert_cmpstr (json_object_get_string_member (run_object, "mode"), ==, modes[i]);
      g_assert_cmpfloat (json_object_get_double_member (run_object, "makespan_ms"), >, 0.0);
      g_assert_cmpfloat (json_object_get_double_member (run_object, "predicted_makespan_ms"), >, 0.0);
      /* What Easel itself and other programs used meanwhile. */
      g_assert_cmpfloat (json_object_get_double_member (run_object, "self_cores"), >=, 0.0);
      g_assert_cmpfloat (json_object_get_double_member (run_object, "other_cores"), >=, 0.0);
      /* Shares of the machine: together no more than its cores. */
      g_assert_cmpfloat (json_object_get_double_member (run_object, "self_cores") +
                         json_object_get_double_member (run_object, "other_cores"), <=,
                         g_get_num_processors () + 0.05);

      measured = easel_trace_new_from_json (run, &workload, g_get_num_processors (), FALSE, &error);
      g_assert_no_error (error);
      predicted = easel_trace_new_from_json (run, &workload, g_get_num_processors (), TRUE, &error);
      g_assert_no_error (error);

      g_assert_cmpuint (easel_trace_count_spans (measured, EASEL_PHASE_PAINT), ==, 2);
      g_assert_cmpuint (easel_trace_count_spans (measured, EASEL_PHASE_DRY), ==, 2);
      g_assert_cmpuint (easel_trace_count_spans (predicted, EASEL_PHASE_PAINT), ==, 2);

      /* Each paint span: when it was on a core, and how long it waited
       * for one; read back as the JSON has them. */
      {
        JsonArray *spans = json_object_get_array_member (run_object, "spans");
        guint n_spans;
        const EaselSpan *read = easel_trace_get_spans (measured, &n_spans);

        for (guint j = 0; j < json_array_get_length (spans); j++)
          {
            JsonObject *span = json_array_get_object_element (spans, j);

            if (!g_str_equal (json_object_get_string_member (span, "phase"), "paint"))
              continue;
            g_assert_cmpfloat (json_object_get_double_member (span, "waiting_ms"), >=, 0.0);
            g_assert_cmpuint (json_array_get_length (json_object_get_array_member (span, "on_core")), >=, 1);
            g_assert_cmpuint (read[j].n_on_core, ==,
                              json_array_get_length (json_object_get_array_member (span, "on_core")));
          }
      }

      /* Every core's load while it ran, at 20 Hz, and the run's share. */
      {
        JsonObject *load = json_object_get_object_member (run_object, "load");
        JsonArray *per_core = json_object_get_array_member (load, "per_core");
        guint n_samples;

        g_assert_cmpint (json_object_get_int_member (load, "interval_ms"), ==, 50);
        g_assert_cmpuint (json_array_get_length (per_core), ==,
                          json_array_get_length (json_object_get_array_member (load, "run_cores")));
        for (guint j = 0; j < json_array_get_length (per_core); j++)
          g_assert_cmpuint (json_array_get_length (json_array_get_array_element (per_core, j)), ==,
                            g_get_num_processors ());
        easel_trace_get_core_load (measured, &n_samples, NULL, NULL, NULL);
        g_assert_cmpuint (n_samples, ==, json_array_get_length (per_core));
      }

      /* An async drying runs on no thread. */
      if (i == 1)
        {
          guint n_spans;
          const EaselSpan *spans = easel_trace_get_spans (measured, &n_spans);

          for (guint j = 0; j < n_spans; j++)
            if (spans[j].phase == EASEL_PHASE_DRY)
              g_assert_cmpint (spans[j].thread, ==, -1);
        }
    }
}

/* Pinned to one core, Easel knows it has one: it says why, and predicts
 * for one core. Three 40 ms paintings in parallel then take 120 ms, not
 * the 60 ms two cores would allow. */
static void
test_cli_taskset (void)
{
  const char *wrapper[] = { "taskset", "-c", "0", NULL };
  const char *args[] = { "--run=parallel", "--paintings=3", "--coats=1", "--paint-ms=40",
                         "--dry-ms=0", "--json", NULL };
  g_auto(Result) result = { NULL };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *taskset = g_find_program_in_path ("taskset");
  JsonObject *machine;
  JsonObject *run;

  if (taskset == NULL)
    {
      g_test_skip ("taskset is not installed");
      return;
    }

  run_easel_under (wrapper, args, &result);
  g_assert_cmpint (result.status, ==, 0);

  root = json_from_string (result.out, &error);
  g_assert_no_error (error);
  machine = json_object_get_object_member (json_node_get_object (root), "machine");
  g_assert_cmpfloat (json_object_get_double_member (machine, "usable_cores"), ==, 1.0);
  if (g_get_num_processors () > 1)
    g_assert_cmpstr (json_object_get_string_member (machine, "limit"), ==, "affinity");
  g_assert_cmpint (json_object_get_int_member (machine, "cores"), ==, g_get_num_processors ());

  run = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "runs"), 0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (run, "predicted_makespan_ms"), 120.0, 0.5);
  /* One core cannot do 120 ms of CPU work in much less. */
  g_assert_cmpfloat (json_object_get_double_member (run, "makespan_ms"), >, 110.0);
}

/* In the child, as a shell's ulimit -f: files may grow to 4 KiB. Past
 * that, SIGXFSZ would kill the process, as it did: easel ignores it
 * itself, so that the write fails (EFBIG) and is reported. */
static void
limit_file_size (gpointer user_data)
{
  struct rlimit limit = { 4096, 4096 };

  setrlimit (RLIMIT_FSIZE, &limit);
}

static void
check_old_file_survives (const char *option,
                         const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *arg = g_strdup_printf ("--%s=%s", option, path);
  const char *run_args[] = { "--run=sequential", "--paint-ms=10", "--dry-ms=0", "--paintings=1",
                             "--coats=1", arg, NULL };
  const char *handout_args[] = { arg, NULL };
  g_auto(Result) result = { NULL };
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_true (g_file_set_contents (path, "OLD CONTENT", -1, NULL));

  run_easel_full (NULL, g_str_equal (option, "export") ? run_args : handout_args, limit_file_size, &result);

  /* The work was done, the write failed: an I/O failure, said once. */
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "too large"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "OLD CONTENT");

  /* And no temporary file stays behind. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_cli_failed_write_keeps_old_file (void)
{
  check_old_file_survives ("export", "keep.png");
  check_old_file_survives ("export-handout", "keep.pdf");
}

/* A target that cannot be written fails before the run: with 5 s of
 * painting asked for, the answer comes at once, with status 2. */
static void
test_cli_bad_target_fails_first (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-cli-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (dir, "d.png", NULL);
  g_autofree char *long_name = g_strnfill (300, 'a');
  g_autofree char *too_long = g_strdup_printf ("--export=%s/%s.png", dir, long_name);
  g_autofree char *at_folder = g_strdup_printf ("--export=%s", folder);
  const char *targets[] = { at_folder, too_long, "--export=/proc/x.png", "--export-handout=/proc/x.pdf" };

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      const char *run_args[] = { "--run=sequential", "--paint-ms=5000", "--dry-ms=0", "--paintings=1",
                                 "--coats=1", targets[i], NULL };
      const char *handout_args[] = { targets[i], NULL };
      gboolean handout = g_str_has_prefix (targets[i], "--export-handout");
      g_auto(Result) result = { NULL };
      gint64 start = g_get_monotonic_time ();

      run_easel (handout ? handout_args : run_args, &result);
      g_test_message ("%s: %s", targets[i], result.err);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
      /* One line. */
      g_assert_nonnull (strchr (result.err, '\n'));
      g_assert_null (strchr (strchr (result.err, '\n') + 1, '\n'));
    }

  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_rmdir (folder);
  g_rmdir (dir);
}

static void
test_cli_table (void)
{
  const char *args[] = { "--run=parallel", "--paintings=2", "--coats=1", "--paint-ms=20",
                         "--dry-ms=0", NULL };
  g_auto(Result) result = { NULL };
  g_auto(GStrv) lines = NULL;

  run_easel (args, &result);
  g_assert_cmpint (result.status, ==, 0);

  /* A header and one row. */
  lines = g_strsplit (g_strchomp (result.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_true (g_str_has_prefix (lines[1], "parallel "));
  g_assert_nonnull (strstr (lines[1], " ms"));
}

static void
test_cli_bad_input (void)
{
  static const char *cases[][4] = {
    { "--run=fast", NULL },
    { "--run=", NULL },
    { "--run", NULL },
    { "--run=async", "--paintings=0" },
    { "--run=async", "--paintings=13" },
    { "--run=async", "--paintings=abc" },
    { "--run=async", "--paintings=2.5" },
    { "--run=async", "--coats=6" },
    { "--run=async", "--paint-ms=-5" },
    { "--run=async", "--paint-ms=9" },
    { "--run=async", "--dry-ms=20001" },
    { "--run=async", "--workers=0" },
    { "--run=async", "--workers=99999999999999999999" },
    { "--paintings=3", NULL },
    { "--json", NULL },
    { "--no-such-option", NULL },
    /* One number parser: no spaces, signs, hexadecimal or exponents. */
    { "--run=async", "--paintings= 3" },
    { "--run=async", "--paintings=+3" },
    { "--run=async", "--paint-ms=1e3" },
    { "--hammer=+1", "--seconds=1" },
    { "--hammer= 1", "--seconds=1" },
    { "--hammer=1", "--seconds=0x1p-1" },
    { "--hammer=1", "--seconds= 1" },
    { "--run=async", "--export=x.png", "--size=+100x100" },
    /* Options that do not go with the action. */
    { "--hammer=1", "--export=x.png" },
    { "--hammer=1", "--paintings=3" },
    { "--hammer=1", "--size=100x100" },
    { "--export-handout=x.pdf", "--seconds=1" },
    { "--export-handout=x.pdf", "--json" },
    { "--run=async", "--hammer-mode=gil" },
    { "--seconds=1", NULL },
    { "--run=async", "--export=" },
    { "--export-handout=", NULL },
    /* A newline in a value comes out escaped: still one line. */
    { "--run=async", "--workers=60\ndry" },
    { "--run=all\n", NULL },
  };
  /* Each message names both options, and "--run and --hammer" only
   * appears where both were given. */
  static const char *names[][2] = {
    [24] = { "--hammer", "--export" },
    [25] = { "--hammer", "--paintings" },
    [26] = { "--hammer", "--size" },
    [27] = { "--export-handout", "--seconds" },
    [28] = { "--export-handout", "--json" },
    [29] = { "--run", "--hammer-mode" },
    [30] = { "--seconds", "--hammer" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) result = { NULL };
      const char *newline;

      run_easel (cases[i], &result);
      g_test_message ("%s %s → %d: %s", cases[i][0], cases[i][1] ? cases[i][1] : "",
                      result.status, result.err);

      /* Exit status 2, nothing on stdout, one line on stderr. */
      g_assert_cmpint (result.status, ==, 2);
      g_assert_cmpstr (result.out, ==, "");
      newline = strchr (result.err, '\n');
      g_assert_nonnull (newline);
      g_assert_cmpstr (newline + 1, ==, "");
      g_assert_cmpuint (strlen (result.err), >, 10);

      if (i < G_N_ELEMENTS (names) && names[i][0] != NULL)
        {
          g_assert_nonnull (strstr (result.err, names[i][0]));
          g_assert_nonnull (strstr (result.err, names[i][1]));
        }
      if (strstr (result.err, "--run and --hammer cannot") != NULL)
        g_assert_true (strstr (cases[i][0], "--run") != NULL && strstr (cases[i][1] ? cases[i][1] : "", "--hammer=") != NULL);
    }
}

static void
assert_usage_error (const char * const *args)
{
  g_auto(Result) result = { NULL };
  const char *newline;

  run_easel (args, &result);
  g_test_message ("%s → %d: %s", args[1] ? args[1] : args[0], result.status, result.err);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_cmpstr (result.out, ==, "");
  newline = strchr (result.err, '\n');
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline + 1, ==, "");
}

/* --scaling: the same work split among 1, 2, 3 workers, in parallel and
 * under the GIL, each point measured three times and given as their
 * median beside its prediction, and the curve drawn as SVG. */
static void
test_cli_scaling (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-cli-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "curve.svg", NULL);
  g_autofree char *export = g_strdup_printf ("--export=%s", svg);
  const char *args[] = { "--scaling", "--paint-ms=600", "--max-workers=3", "--json", export, NULL };
  g_autofree char *drawn = NULL;
  static const char *bad[][3] = {
    { "--scaling", "--paintings=3" },
    { "--scaling", "--max-workers=999" },
    { "--scaling", "--paint-ms=20" },
    { "--scaling", "--run=all" },
    { "--scaling", "--export=curve.txt" },
    { "--max-workers=3", NULL },
  };
  g_auto(Result) result = { NULL };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  double usable = easel_cores_get_default ()->usable;
  JsonArray *points;

  run_easel (args, &result);
  g_assert_cmpint (result.status, ==, 0);
  root = json_from_string (result.out, &error);
  g_assert_no_error (error);

  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (json_node_get_object (root), "params"),
                                               "max_workers"), ==, 3);
  points = json_object_get_array_member (json_node_get_object (root), "scaling");
  g_assert_cmpuint (json_array_get_length (points), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      JsonObject *point = json_array_get_object_element (points, i);
      double speedup = json_object_get_double_member (point, "speedup");

      g_assert_cmpstr (json_object_get_string_member (point, "mode"), ==, i < 3 ? "parallel" : "gil");
      g_assert_cmpint (json_object_get_int_member (point, "workers"), ==, i % 3 + 1);
      g_assert_cmpfloat (json_object_get_double_member (point, "makespan_ms"), >, 0.0);
      g_assert_cmpfloat (json_object_get_double_member (point, "predicted_makespan_ms"), >, 0.0);

      /* Three runs a point, the median of them its makespan. */
      {
        JsonArray *runs = json_object_get_array_member (point, "runs");
        double makespans[3];
        double median = json_object_get_double_member (point, "makespan_ms");
        guint below = 0, above = 0;

        g_assert_cmpuint (json_array_get_length (runs), ==, 3);
        for (guint r = 0; r < 3; r++)
          {
            makespans[r] = json_object_get_double_member (json_array_get_object_element (runs, r), "makespan_ms");
            g_assert_cmpfloat (makespans[r], >, 0.0);
            below += makespans[r] <= median;
            above += makespans[r] >= median;
          }
        g_assert_cmpuint (below, >=, 2);
        g_assert_cmpuint (above, >=, 2);
        g_assert_cmpfloat (json_object_get_double_member (point, "speedup_low"), <=, speedup);
        g_assert_cmpfloat (json_object_get_double_member (point, "speedup_high"), >=, speedup);
        g_assert_true (json_object_has_member (point, "scattered"));
      }
      if (i % 3 == 0)
        g_assert_cmpfloat (speedup, ==, 1.0);

      g_assert_true (json_object_has_member (point, "other_cores"));

      /* Under the GIL, more threads never paint faster; in parallel two
       * workers nearly halve the time, where two cores were free: the
       * point says what other programs took meanwhile. */
      if (i >= 3)
        g_assert_cmpfloat (speedup, <=, 1.25);
      else if (i == 1 && usable >= 2)
        {
          JsonObject *one = json_array_get_object_element (points, 0);
          double busy = MAX (json_object_get_double_member_with_default (one, "other_cores", 0.0),
                             json_object_get_double_member_with_default (point, "other_cores", 0.0));

          if (busy < 0.2)
            g_assert_cmpfloat (speedup, >=, 1.4);
          else
            g_test_message ("Other programs used %.2f cores: the parallel speed-up %.2f is not checked", busy, speedup);
        }
    }

  /* The figure is the curve: its caption and the core marker. */
  g_assert_true (g_file_get_contents (svg, &drawn, NULL, NULL));
  g_assert_true (g_str_has_prefix (drawn, "<?xml"));
  g_assert_nonnull (strstr (drawn, "Speed-up over one worker"));
  g_assert_nonnull (strstr (drawn, "Workers"));
  g_unlink (svg);
  g_rmdir (dir);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    assert_usage_error (bad[i]);
}

/* Like strstr(), but through NUL bytes (a PDF has binary streams). */
static gboolean
contains_bytes (const char *data,
                gsize       length,
                const char *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    if (memcmp (data + i, needle, needle_length) == 0)
      return TRUE;

  return FALSE;
}

static void
test_cli_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-cli-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *txt = g_build_filename (dir, "chart.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "chart.png", NULL);
  g_autofree char *export_pdf = g_strconcat ("--export=", pdf, NULL);
  g_autofree char *export_txt = g_strconcat ("--export=", txt, NULL);
  g_autofree char *export_missing = g_strconcat ("--export=", missing, NULL);
  const char *good[] = { "--run=all", "--paintings=2", "--coats=1", "--paint-ms=10", "--dry-ms=10",
                         export_pdf, "--size=800x450", NULL };
  const char *bad_extension[] = { "--run=async", "--paint-ms=10", export_txt, NULL };
  const char *bad_folder[] = { "--run=async", "--paint-ms=10", export_missing, NULL };
  const char *bad_size[] = { "--run=async", "--paint-ms=10", export_pdf, "--size=10x10", NULL };
  const char *bad_size_text[] = { "--run=async", "--paint-ms=10", export_pdf, "--size=big", NULL };
  const char *size_alone[] = { "--run=async", "--paint-ms=10", "--size=800x600", NULL };
  const char *export_alone[] = { export_pdf, NULL };
  g_auto(Result) result = { NULL };
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_nonnull (dir);

  /* A comparison as PDF, at the size asked for. */
  run_easel (good, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_true (contains_bytes (contents, length, "/MediaBox [ 0 0 800 450 ]"));
  g_assert_cmpint (g_unlink (pdf), ==, 0);

  /* Bad targets fail before the run, with one line and no file. */
  assert_usage_error (bad_extension);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  assert_usage_error (bad_folder);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  assert_usage_error (bad_size);
  assert_usage_error (bad_size_text);
  assert_usage_error (size_alone);
  assert_usage_error (export_alone);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_cli_hammer (void)
{
  const char *args[] = { "--hammer=1", "--seconds=0.6", "--json", NULL };
  static const char *keys[] = { "cores", "threads", "mode", "seconds", "thread_cpu_cores",
                                "machine_busy_cores", "per_core", "ops_per_second" };
  static const char *bad[][3] = {
    { "--hammer=1", NULL },
    { "--hammer=-1", "--seconds=1" },
    { "--hammer=999", "--seconds=1" },
    { "--hammer=one", "--seconds=1" },
    { "--hammer=1", "--seconds=0" },
    { "--hammer=1", "--seconds=forever" },
    { "--seconds=1", NULL },
    { "--hammer-mode=gil", NULL },
  };
  g_autoptr(JsonNode) root = run_easel_json (args);
  JsonObject *object = json_node_get_object (root);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (json_object_has_member (object, keys[i]));

  g_assert_cmpint (json_object_get_int_member (object, "cores"), ==, g_get_num_processors ());
  g_assert_cmpstr (json_object_get_string_member (object, "mode"), ==, "threads");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "per_core")), >=,
                    g_get_num_processors ());
  /* One thread: about one core by its own clock; the machine at least
   * most of one core busy. */
  /* One thread: most of one core (other tests run beside this one), and
   * never more; the machine saw it. */
  g_assert_cmpfloat (json_object_get_double_member (object, "thread_cpu_cores"), >=, 0.5);
  g_assert_cmpfloat (json_object_get_double_member (object, "thread_cpu_cores"), <=, 1.1);
  g_assert_cmpfloat (json_object_get_double_member (object, "machine_busy_cores"), >=, 0.5);
  g_assert_cmpint (json_object_get_int_member (object, "ops_per_second"), >, 1000000);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    assert_usage_error (bad[i]);
}

/* --guess: the run beside the user's guess, with why, in the table; in
 * JSON, the guess and how far the run was from it; a guess outside 1 ms
 * to an hour, or beside another action, is a usage error before any
 * work. */
static void
test_cli_guess (void)
{
  const char *table[] = { "--run=sequential", "--paintings=2", "--coats=1", "--paint-ms=50", "--dry-ms=50",
                          "--guess=0.1", NULL };
  const char *json[] = { "--run=all", "--paintings=2", "--coats=1", "--paint-ms=50", "--dry-ms=50",
                         "--guess=0.25", "--json", NULL };
  static const char *bad[][3] = {
    { "--run=async", "--guess=0" },
    { "--run=async", "--guess=0.0001" },
    { "--run=async", "--guess=3601" },
    { "--run=async", "--guess=soon" },
    { "--scaling", "--guess=1" },
  };
  g_auto(Result) result = { NULL };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *runs;

  run_easel (table, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_test_message ("%s", result.out);
  g_assert_nonnull (strstr (result.out, "Sequential: you guessed 0.10 s; measured 0."));
  g_assert_nonnull (strstr (result.out, "every coat’s painting and drying adds up."));

  root = run_easel_json (json);
  runs = json_object_get_array_member (json_node_get_object (root), "runs");
  g_assert_cmpuint (json_array_get_length (runs), ==, EASEL_N_MODES);
  for (guint i = 0; i < json_array_get_length (runs); i++)
    {
      JsonObject *run = json_array_get_object_element (runs, i);
      double makespan = json_object_get_double_member (run, "makespan_ms");

      g_assert_cmpfloat (json_object_get_double_member (run, "guess_ms"), ==, 250.0);
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (run, "guess_error"), makespan / 250.0 - 1.0,
                                      0.002);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    assert_usage_error (bad[i]);
  {
    const char *hammer_guess[] = { "--hammer=1", "--seconds=1", "--guess=1", NULL };

    assert_usage_error (hammer_guess);
  }
}

/* A busy loop, as another program on a classroom laptop; kill it with
 * stop_busy(). */
static GPid
start_busy (void)
{
  const char *argv[] = { "/bin/sh", "-c", "while :; do :; done", NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error));
  g_assert_no_error (error);

  return pid;
}

static void
stop_busy (GPid pid)
{
  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
}

/* On a quiet machine and beside a busy program: the hammer's text leads
 * with the hammer's own use and the two scales, the machine second; a
 * run's JSON has the cores other programs left free and the model's time
 * on them; beside the busy program the text says what it changed. */
static void
test_cli_busy (void)
{
  const char *hammer_args[] = { "--hammer=1", "--seconds=1", NULL };
  const char *run_args[] = { "--run=parallel", "--paintings=2", "--coats=1", "--paint-ms=300", "--dry-ms=0", NULL };
  const char *json_args[] = { "--run=parallel", "--paintings=2", "--coats=1", "--paint-ms=300", "--dry-ms=0",
                              "--json", NULL };
  double usable = easel_cores_get_default ()->usable;
  g_auto(Result) result = { NULL };
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) lines = NULL;
  JsonObject *run;
  GPid busy;

  run_easel (hammer_args, &result);
  g_assert_cmpint (result.status, ==, 0);
  lines = g_strsplit (result.out, "\n", -1);
  g_test_message ("%s", result.out);
  g_assert_true (g_str_has_prefix (lines[0], "The hammer: "));
  g_assert_nonnull (strstr (lines[0], "of this machine"));
  g_assert_nonnull (strstr (lines[1], "of one core = "));
  g_clear_pointer (&lines, g_strfreev);

  root = run_easel_json (json_args);
  run = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "runs"), 0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (run, "free_cores"),
                                  MAX (usable - json_object_get_double_member (run, "other_cores"), 0.01), 0.002);
  g_assert_cmpfloat (json_object_get_double_member (run, "predicted_free_ms"), >=,
                     json_object_get_double_member (run, "predicted_makespan_ms") - 0.01);
  g_clear_pointer (&root, json_node_unref);

  if (usable < 2)
    {
      g_test_skip ("the rest needs two usable cores");
      return;
    }

  busy = start_busy ();

  /* Beside a program that takes a core: the hammer still gets about one
   * by its own clock, and the text says what the whole machine's figure
   * counts besides. */
  result_clear (&result);
  run_easel (hammer_args, &result);
  g_test_message ("%s", result.out);
  g_assert_cmpint (result.status, ==, 0);
  lines = g_strsplit (result.out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "The hammer: "));
  g_assert_nonnull (strstr (result.out, "Other programs took"));
  g_assert_nonnull (strstr (result.out, "where the hammer alone uses"));

  /* Two paintings in parallel beside it: the cores left free predict
   * longer, and the text says so. */
  result_clear (&result);
  run_easel (run_args, &result);
  g_test_message ("%s", result.out);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "Other programs took"));
  g_assert_nonnull (strstr (result.out, "left free"));

  stop_busy (busy);
}

/* The pages of a PDF: "/Type /Page" but not "/Type /Pages". */
static guint
count_pdf_pages (const char *contents,
                 gsize       length)
{
  guint pages = 0;

  for (gsize i = 0; i + 11 < length; i++)
    if (memcmp (contents + i, "/Type /Page", 11) == 0 && contents[i + 11] != 's')
      pages++;

  return pages;
}

static void
test_cli_handout (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-handout-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *arg = g_strconcat ("--export-handout=", pdf, NULL);
  g_autofree char *txt_arg = g_strconcat ("--export-handout=", dir, "/handout.txt", NULL);
  g_autofree char *missing_arg = g_strconcat ("--export-handout=", dir, "/no/such/handout.pdf", NULL);
  const char *args[] = { arg, NULL };
  const char *worksheet_args[] = { arg, "--worksheet", NULL };
  const char *both[] = { arg, "--worksheet", "--handout-notes", NULL };
  const char *worksheet_alone[] = { "--worksheet", NULL };
  const char *notes_alone[] = { "--handout-notes", NULL };
  const char *bad_extension[] = { txt_arg, NULL };
  const char *bad_folder[] = { missing_arg, NULL };
  const char *not_alone[] = { arg, "--run=async", NULL };
  g_auto(Result) result = { NULL };
  g_autofree char *contents = NULL;
  gsize length;
  guint pages = 0;

  run_easel (args, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* At most six A4 pages ("/Type /Page" but not "/Type /Pages"), made
   * in seconds; titled, and saying who made it. */
  pages = count_pdf_pages (contents, length);
  g_test_message ("the handout has %u pages", pages);
  g_assert_cmpuint (pages, >=, 3);
  g_assert_cmpuint (pages, <=, 6);
  g_assert_true (contains_bytes (contents, length, "/MediaBox [ 0 0 595 842 ]"));
  g_assert_true (contains_bytes (contents, length, "/Title"));
  g_assert_true (contains_bytes (contents, length, "/Subject"));
  g_assert_true (contains_bytes (contents, length, "/Creator (Easel"));
  g_assert_cmpint (g_unlink (pdf), ==, 0);
  g_clear_pointer (&contents, g_free);

  /* The worksheet: the questions, then the answers on a page of their
   * own. (The teacher's version is the lesson test's.) */
  result_clear (&result);
  run_easel (worksheet_args, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (count_pdf_pages (contents, length), >=, 2);
  g_assert_cmpint (g_unlink (pdf), ==, 0);

  /* Bad targets: one line, exit 2, no file. */
  assert_usage_error (bad_extension);
  assert_usage_error (bad_folder);
  assert_usage_error (not_alone);
  assert_usage_error (notes_alone);
  assert_usage_error (worksheet_alone);
  assert_usage_error (both);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Ctrl+C, SIGTERM and SIGHUP stop a run and a hammer at once, with the status a
 * shell gives for that signal, whenever it comes; an export being made
 * keeps the old file. */
static void
check_interrupt (const char * const *args,
                 int                 signal,
                 guint               wait_ms)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  gint64 interrupted_at;
  gint64 took;

  g_ptr_array_add (argv, (gpointer) g_getenv ("EASEL_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);

  g_usleep (wait_ms * G_TIME_SPAN_MILLISECOND);
  interrupted_at = g_get_monotonic_time ();
  g_subprocess_send_signal (process, signal);

  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  took = g_get_monotonic_time () - interrupted_at;

  g_test_message ("%s: stopped %.1f ms after signal %d: %s", args[0], took / 1000.0, signal,
                  (const char *) g_bytes_get_data (err, NULL));
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 128 + signal);
  g_assert_cmpuint (g_bytes_get_size (out), ==, 0);
  g_assert_cmpint (took, <, G_TIME_SPAN_SECOND);
}

static void
test_cli_interrupt (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kept.png", NULL);
  g_autofree char *export = g_strdup_printf ("--export=%s", path);
  const char *run[] = { "--run=parallel", "--paint-ms=10000", "--dry-ms=10000", NULL };
  const char *run_export[] = { "--run=parallel", "--paint-ms=10000", "--dry-ms=10000", export, NULL };
  const char *hammer[] = { "--hammer=1", "--seconds=30", NULL };
  g_autofree char *contents = NULL;

  check_interrupt (run, SIGINT, 300);
  check_interrupt (hammer, SIGINT, 300);
  check_interrupt (hammer, SIGTERM, 300);

  g_assert_true (g_file_set_contents (path, "OLD CONTENT", -1, NULL));
  check_interrupt (run_export, SIGTERM, 300);
  /* The terminal closed: as SIGTERM. */
  check_interrupt (run_export, SIGHUP, 300);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "OLD CONTENT");
  /* Nothing else in the folder: no temporary file left. */
  {
    g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);

    g_assert_cmpstr (g_dir_read_name (folder), ==, "kept.png");
    g_assert_null (g_dir_read_name (folder));
  }
  g_unlink (path);
  g_rmdir (dir);
}

/* A hammer that ends before /proc/stat was read twice says why its
 * machine figure is missing. */
static void
test_cli_hammer_too_short (void)
{
  const char *args[] = { "--hammer=1", "--seconds=0.1", "--json", NULL };
  g_autoptr(JsonNode) root = run_easel_json (args);
  JsonObject *object = json_node_get_object (root);

  g_assert_true (json_object_get_null_member (object, "machine_busy_cores"));
  g_assert_nonnull (strstr (json_object_get_string_member (object, "machine_busy_cores_missing"), "250 ms"));
}

/* --export=FILE.trace.json: the runs for Perfetto, in the Trace Event
 * format's object form. */
static void
test_cli_trace (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-trace-XXXXXX", NULL);
  g_autofree char *trace = g_build_filename (dir, "runs.trace.json", NULL);
  g_autofree char *trace_arg = g_strconcat ("--export=", trace, NULL);
  const char *trace_args[] = { "--run=async", "--paintings=2", "--coats=1", "--paint-ms=20", "--dry-ms=20", trace_arg,
                               NULL };
  g_auto(Result) result = { NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *contents = NULL;

  run_easel (trace_args, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_file_get_contents (trace, &contents, NULL, NULL));
  root = json_from_string (contents, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "displayTimeUnit"), ==, "ms");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root), "traceEvents")),
                    >, 10);
  g_assert_cmpint (g_unlink (trace), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Runs @args with --json and keeps what it printed in @path. */
static void
save_json (const char * const *args,
           const char         *path)
{
  g_auto(Result) result = { NULL };

  run_easel (args, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_file_set_contents (path, result.out, -1, NULL));
}

/* The JSON of --run is a run file, labelled as asked; --compare puts the
 * machines side by side, names a file that ran other work and leaves it
 * out, and refuses a bad file before printing anything. */
static void
test_cli_compare (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-compare-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "a.easel-run.json", NULL);
  g_autofree char *b = g_build_filename (dir, "b.easel-run.json", NULL);
  g_autofree char *c = g_build_filename (dir, "c.easel-run.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.easel-run.json", NULL);
  const char *run_a[] = { "--run=all", "--paintings=2", "--coats=1", "--paint-ms=20", "--dry-ms=20", "--json",
                          "--label=the lab machine", NULL };
  const char *run_b[] = { "--run=all", "--paintings=2", "--coats=1", "--paint-ms=20", "--dry-ms=20", "--json", NULL };
  const char *run_c[] = { "--run=sequential", "--paintings=3", "--coats=1", "--paint-ms=20", "--dry-ms=20", "--json",
                          NULL };
  const char *compare[] = { "--compare", a, b, c, NULL };
  const char *compare_json[] = { "--compare", "--json", a, b, NULL };
  const char *compare_bad[] = { "--compare", a, bad, NULL };
  const char *compare_none[] = { "--compare", NULL };
  g_autofree char *png = g_build_filename (dir, "machines.png", NULL);
  g_autofree char *png_arg = g_strconcat ("--export=", png, NULL);
  const char *compare_png[] = { "--compare", a, b, png_arg, NULL };
  const char *file_with_run[] = { "--run=all", a, NULL };
  const char *empty_label[] = { "--run=all", "--label=", NULL };
  g_auto(Result) result = { NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(EaselRecord) record = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *contents = NULL;

  save_json (run_a, a);
  save_json (run_b, b);
  save_json (run_c, c);
  g_assert_true (g_file_set_contents (bad, "{\"format\": \"easel-run\", \"format_version\": 7}", -1, NULL));

  /* What --run --json prints, Easel reads back. */
  g_assert_true (g_file_get_contents (a, &contents, NULL, NULL));
  record = easel_run_file_parse (contents, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (easel_record_get_machine (record)->label, ==, "the lab machine");

  run_easel (compare, &result);
  g_test_message ("%s%s", result.out, result.err);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "the lab machine"));
  g_assert_nonnull (strstr (result.out, "b.easel-run.json"));
  g_assert_nonnull (strstr (result.out, "Parallel"));
  g_assert_null (strstr (result.out, "c.easel-run.json"));
  g_assert_nonnull (strstr (result.err, "c.easel-run.json ran 3 paintings, not 2: left out"));

  result_clear (&result);
  run_easel (compare_json, &result);
  g_assert_cmpint (result.status, ==, 0);
  root = json_from_string (result.out, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root), "machines")), ==, 2);

  /* The machines as a figure. */
  result_clear (&result);
  run_easel (compare_png, &result);
  g_assert_cmpint (result.status, ==, 0);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (png, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\x89PNG"));
  g_assert_cmpint (g_unlink (png), ==, 0);

  assert_usage_error (compare_bad);
  assert_usage_error (compare_none);
  assert_usage_error (file_with_run);
  assert_usage_error (empty_label);

  for (const char *path = a; path != NULL; path = path == a ? b : path == b ? c : path == c ? bad : NULL)
    g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/cli/json", test_cli_json);
  g_test_add_func ("/easel/cli/table", test_cli_table);
  g_test_add_func ("/easel/cli/taskset", test_cli_taskset);
  g_test_add_func ("/easel/cli/scaling", test_cli_scaling);
  g_test_add_func ("/easel/cli/busy", test_cli_busy);
  g_test_add_func ("/easel/cli/guess", test_cli_guess);
  g_test_add_func ("/easel/cli/failed-write-keeps-old-file", test_cli_failed_write_keeps_old_file);
  g_test_add_func ("/easel/cli/bad-target-fails-first", test_cli_bad_target_fails_first);
  g_test_add_func ("/easel/cli/bad-input", test_cli_bad_input);
  g_test_add_func ("/easel/cli/export", test_cli_export);
  g_test_add_func ("/easel/cli/hammer", test_cli_hammer);
  g_test_add_func ("/easel/cli/hammer-too-short", test_cli_hammer_too_short);
  g_test_add_func ("/easel/cli/handout", test_cli_handout);
  g_test_add_func ("/easel/cli/compare", test_cli_compare);
  g_test_add_func ("/easel/cli/trace", test_cli_trace);
  g_test_add_func ("/easel/cli/interrupt", test_cli_interrupt);

  return g_test_run ();
}
