/* test-run-file.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run files: real runs of every mode, and a real scaling curve, saved and
 * read back into records that write the same file again (same spans,
 * predictions, loads, machine and date); and every kind of bad file
 * refused with one message and nothing made: not JSON, cut short, another
 * format, a newer version, numbers out of range, spans out of their run
 * or overlapping on a thread, a million spans, a 100 MB file, a FIFO.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "easel-run-file.h"
#include "easel-scaling.h"
#include "easel-series.h"
#include "easel-trace-events.h"

static const EaselWorkload small = {
  .paintings = 3, .coats = 1, .paint_ms = 20, .dry_ms = 30, .workers = 3
};

/* Runs @series and returns its record, finished. */
static EaselRecord *
run_series (EaselSeries *series)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (easel_series_run (series, NULL, &error));
  g_assert_no_error (error);

  return g_object_ref (easel_series_get_record (series));
}

/* Writes @record, reads it back, writes it again: the same text. */
static EaselRecord *
round_trip (EaselRecord *record,
            const char  *label)
{
  EaselMachine machine = { 0 };
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  EaselRecord *back;

  easel_machine_init_here (&machine, label);
  first = easel_run_file_to_data (record, &machine, NULL);
  easel_machine_clear (&machine);

  back = easel_run_file_parse (first, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_true (easel_record_is_finished (back));
  g_assert_nonnull (easel_record_get_machine (back));
  g_assert_cmpstr (easel_record_get_machine (back)->label, ==, label);

  second = easel_run_file_to_data (back, NULL, NULL);
  /* Said line by line: the whole file is too long for a message. */
  if (g_strcmp0 (first, second) != 0)
    {
      g_auto(GStrv) a = g_strsplit (first, "\n", -1);
      g_auto(GStrv) b = g_strsplit (second, "\n", -1);

      for (guint i = 0; a[i] != NULL && b[i] != NULL; i++)
        if (g_strcmp0 (a[i], b[i]) != 0)
          g_error ("written again, line %u differs: “%s” became “%s”", i + 1, a[i], b[i]);
      g_error ("written again, %u lines became %u", g_strv_length (a), g_strv_length (b));
    }

  return back;
}

/* Every mode once: the same runs, spans, predictions and loads back. */
static void
test_run_file_every_mode (void)
{
  g_autoptr(EaselSeries) series = easel_series_new_all (&small);
  g_autoptr(EaselRecord) record = run_series (series);
  g_autoptr(EaselRecord) back = round_trip (record, "the lab machine");
  const EaselRunResult *runs, *runs_back;
  guint n, n_back;

  runs = easel_record_get_results (record, &n);
  runs_back = easel_record_get_results (back, &n_back);
  g_assert_cmpuint (n, ==, EASEL_N_MODES);
  g_assert_cmpuint (n_back, ==, n);
  for (guint i = 0; i < n; i++)
    {
      guint spans, spans_back, samples, samples_back, cores, cores_back, interval, interval_back;

      g_assert_cmpint (easel_trace_get_mode (runs_back[i].measured), ==, easel_trace_get_mode (runs[i].measured));
      g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (runs_back[i].measured),
                                      easel_trace_get_makespan (runs[i].measured), 0.1);
      easel_trace_get_spans (runs[i].measured, &spans);
      easel_trace_get_spans (runs_back[i].measured, &spans_back);
      g_assert_cmpuint (spans_back, ==, spans);
      easel_trace_get_spans (runs[i].predicted, &spans);
      easel_trace_get_spans (runs_back[i].predicted, &spans_back);
      g_assert_cmpuint (spans_back, ==, spans);
      easel_trace_get_core_load (runs[i].measured, &samples, &cores, &interval, NULL);
      easel_trace_get_core_load (runs_back[i].measured, &samples_back, &cores_back, &interval_back, NULL);
      g_assert_cmpuint (samples_back, ==, samples);
      g_assert_cmpuint (cores_back, ==, cores);
    }
  g_assert_true (g_date_time_equal (easel_record_get_date (back), easel_record_get_date (record)) ||
                 g_date_time_difference (easel_record_get_date (back), easel_record_get_date (record)) < G_USEC_PER_SEC);
}

/* A record that ended with a run stopped part way: the stopped run
 * comes back stopped, after the finished ones. */
static void
test_run_file_stopped (void)
{
  const EaselWorkload workload = { .paintings = 1, .coats = 1, .paint_ms = 10, .dry_ms = 0, .workers = 1 };
  g_autoptr(EaselRecord) record = easel_record_new (NULL);
  g_autoptr(EaselRecord) back = NULL;
  g_autoptr(EaselTrace) done = easel_trace_new (EASEL_MODE_SEQUENTIAL, &workload, 2);
  g_autoptr(EaselTrace) stopped = easel_trace_new (EASEL_MODE_SEQUENTIAL, &workload, 2);
  g_autoptr(EaselTrace) predicted = easel_trace_new (EASEL_MODE_SEQUENTIAL, &workload, 2);
  EaselSpan span = { 0, 0, EASEL_PHASE_PAINT, 0, 0.0, 10.0, 10.0 };
  EaselRunResult last;

  easel_record_start (record);
  easel_trace_add_span (predicted, &span);
  easel_trace_set_makespan (predicted, 10.0);
  easel_trace_finish (predicted);
  easel_trace_add_span (done, &span);
  easel_trace_set_makespan (done, 10.0);
  easel_trace_finish (done);
  span.end_ms = 4.0;
  span.cpu_ms = 4.0;
  easel_trace_add_span (stopped, &span);
  easel_trace_set_makespan (stopped, 4.0);
  easel_trace_set_stopped (stopped);
  easel_trace_finish (stopped);
  easel_record_append (record, done, predicted);
  easel_record_finish (record, stopped, predicted);

  back = round_trip (record, NULL);
  g_assert_true (easel_record_get_last_run (back, &last));
  g_assert_true (easel_trace_is_stopped (last.measured));
  g_assert_cmpfloat (easel_trace_get_makespan (last.measured), ==, 4.0);
}

/* A scaling curve: what it measures, and every point's runs. */
static void
test_run_file_scaling (void)
{
  EaselScalingParams params = { .work_ms = 40, .coats = 1, .dry_ms = 0, .max_workers = 4 };
  g_autoptr(EaselSeries) series = easel_scaling_new_series (&params);
  g_autoptr(EaselRecord) record = run_series (series);
  g_autoptr(EaselRecord) back = round_trip (record, NULL);
  guint n, n_back;

  g_assert_nonnull (easel_record_get_scaling_params (back));
  g_assert_cmpuint (easel_record_get_scaling_params (back)->work_ms, ==, 40);
  g_assert_cmpuint (easel_record_get_scaling_params (back)->max_workers, ==, 4);
  easel_record_get_results (record, &n);
  easel_record_get_results (back, &n_back);
  g_assert_cmpuint (n_back, ==, n);
  g_assert_cmpuint (n, ==, easel_scaling_get_n_runs (&params));
}

/* A good file's text, to spoil. */
static char *
good_file (void)
{
  g_autoptr(EaselSeries) series = easel_series_new_all (&small);
  g_autoptr(EaselRecord) record = run_series (series);

  return easel_run_file_to_data (record, NULL, NULL);
}

static void
assert_refused (const char *what,
                const char *data,
                gssize      length,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EaselRecord) record = easel_run_file_parse (data, length, &error);

  g_assert_null (record);
  g_assert_error (error, EASEL_RUN_FILE_ERROR, code);
  g_test_message ("%s: %s", what, error->message);
  g_assert_null (strchr (error->message, '\n'));
}

/* @data with its first @from replaced by @to. */
static char *
replace (const char *data,
         const char *from,
         const char *to)
{
  const char *at = strstr (data, from);
  g_autofree char *head = NULL;

  g_assert_nonnull (at);
  head = g_strndup (data, at - data);

  return g_strconcat (head, to, at + strlen (from), NULL);
}

static void
test_run_file_refused (void)
{
  g_autofree char *good = good_file ();
  g_autofree char *cut = g_strndup (good, strlen (good) / 2);
  g_autofree char *other = replace (good, "\"easel-run\"", "\"some-other-format\"");
  g_autofree char *newer = replace (good, "\"format_version\" : 1", "\"format_version\" : 2");
  g_autofree char *paintings = replace (good, "\"paintings\" : 3", "\"paintings\" : 1000000000");
  g_autofree char *negative = replace (good, "\"start_ms\" : ", "\"start_ms\" : -5");
  g_autofree char *dated = replace (good, "\"date\" : \"", "\"date\" : \"yesterday");
  g_autofree char *cores = replace (good, "\"usable_cores\" : ", "\"usable_cores\" : -");
  GString *many = g_string_new ("{\"format\": \"easel-run\", \"format_version\": 1, \"machine\": "
                                "{\"cores\": 2, \"online_cores\": 2, \"usable_cores\": 2, \"physical_cores\": 2, \"capacity_cores\": 2, "
                                "\"capacity_threads\": 2, \"capacity_physical\": 2, \"sibling_worth\": 0.25}, "
                                "\"version\": \"0.2.0\", \"date\": \"2026-12-08T00:00:00Z\", \"runs\": "
                                "[{\"mode\": \"sequential\", \"spans\": [");
  g_autofree char *many_text = NULL;

  assert_refused ("not JSON", "this is a shopping list", -1, EASEL_RUN_FILE_ERROR_NOT_JSON);
  assert_refused ("empty", "", 0, EASEL_RUN_FILE_ERROR_FORMAT);
  assert_refused ("cut short", cut, -1, EASEL_RUN_FILE_ERROR_NOT_JSON);
  assert_refused ("a JSON array", "[1, 2, 3]", -1, EASEL_RUN_FILE_ERROR_FORMAT);
  assert_refused ("another format", other, -1, EASEL_RUN_FILE_ERROR_FORMAT);
  assert_refused ("a newer version", newer, -1, EASEL_RUN_FILE_ERROR_NEWER);
  assert_refused ("a billion paintings", paintings, -1, EASEL_RUN_FILE_ERROR_INVALID);
  assert_refused ("a span before its run", negative, -1, EASEL_RUN_FILE_ERROR_INVALID);
  assert_refused ("no date", dated, -1, EASEL_RUN_FILE_ERROR_INVALID);
  assert_refused ("negative cores", cores, -1, EASEL_RUN_FILE_ERROR_INVALID);

  /* Counted before any is read. */
  for (guint i = 0; i < EASEL_RUN_FILE_MAX_SPANS + 1; i++)
    g_string_append (many, i == 0 ? "{}" : ",{}");
  g_string_append (many, "]}]}");
  many_text = g_string_free (many, FALSE);
  assert_refused ("too many spans", many_text, -1, EASEL_RUN_FILE_ERROR_INVALID);
}

/* Two spans of one thread at once: a thread does one thing at a time. */
static void
test_run_file_overlap (void)
{
  g_autofree char *good = good_file ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *bad = NULL;
  JsonArray *spans;
  JsonObject *second;

  g_assert_true (json_parser_load_from_data (parser, good, -1, NULL));
  /* The sequential run's second span (a drying after the first paint)
   * moved to start inside the first. */
  spans = json_object_get_array_member (
    json_array_get_object_element (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                                 "runs"), 0), "spans");
  second = json_array_get_object_element (spans, 1);
  json_object_set_double_member (second, "start_ms",
                                 json_object_get_double_member (json_array_get_object_element (spans, 0), "start_ms"));
  json_generator_set_root (generator, json_parser_get_root (parser));
  bad = json_generator_to_data (generator, NULL);

  assert_refused ("overlapping spans", bad, -1, EASEL_RUN_FILE_ERROR_INVALID);
}

/* From a file: over the limit it is refused unread (a sparse 100 MB
 * file), a FIFO is refused without blocking, and a good file reads. */
static void
test_run_file_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-run-file-XXXXXX", NULL);
  g_autofree char *big = g_build_filename (dir, "big.easel-run.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.easel-run.json", NULL);
  g_autofree char *path = g_build_filename (dir, "good.easel-run.json", NULL);
  g_autoptr(GFile) big_file = g_file_new_for_path (big);
  g_autoptr(GFile) fifo_file = g_file_new_for_path (fifo);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(EaselSeries) series = easel_series_new_all (&small);
  g_autoptr(EaselRecord) record = run_series (series);
  g_autoptr(EaselRecord) back = NULL;
  g_autoptr(GError) error = NULL;
  FILE *stream;

  stream = g_fopen (big, "w");
  g_assert_nonnull (stream);
  g_assert_cmpint (ftruncate (fileno (stream), 100 * 1024 * 1024), ==, 0);
  fclose (stream);
  g_assert_null (easel_run_file_load (big_file, NULL, &error));
  g_assert_error (error, EASEL_RUN_FILE_ERROR, EASEL_RUN_FILE_ERROR_TOO_BIG);
  g_test_message ("100 MB: %s", error->message);
  g_clear_error (&error);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_null (easel_run_file_load (fifo_file, NULL, &error));
  g_assert_error (error, EASEL_RUN_FILE_ERROR, EASEL_RUN_FILE_ERROR_FORMAT);
  g_clear_error (&error);

  g_assert_true (easel_run_file_save (record, "a laptop", file, &error));
  g_assert_no_error (error);
  back = easel_run_file_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (easel_record_get_machine (back)->label, ==, "a laptop");

  g_assert_cmpint (g_unlink (big), ==, 0);
  g_assert_cmpint (g_unlink (fifo), ==, 0);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The fuzz corpus's good seed reads: the fuzzer starts from a file
 * that goes all the way through. */
static void
test_run_file_seed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", "run-file", "valid-sequential", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EaselRecord) record = easel_run_file_load (file, NULL, &error);
  const EaselRunResult *runs;
  guint n;

  g_assert_no_error (error);
  runs = easel_record_get_results (record, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (easel_trace_get_makespan (runs[0].measured), ==, 20.5);
  g_assert_cmpstr (easel_record_get_machine (record)->label, ==, "lab");
  g_assert_cmpstr (easel_record_get_machine (record)->model, ==, "A CPU");
  g_assert_cmpfloat (easel_record_get_capacity (record)->usable, ==, 4.0);
}

/* The CPU model from a cpuinfo file, x86's and ARM's. */
static void
test_run_file_model (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-cpuinfo-XXXXXX", NULL);
  g_autofree char *x86 = g_build_filename (dir, "x86", NULL);
  g_autofree char *arm = g_build_filename (dir, "arm", NULL);
  g_autofree char *none = g_build_filename (dir, "none", NULL);
  g_autofree char *model = NULL;

  g_assert_true (g_file_set_contents (x86, "processor\t: 0\nvendor_id\t: GenuineIntel\n"
                                      "model name\t: Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz\n", -1, NULL));
  g_assert_true (g_file_set_contents (arm, "processor\t: 0\nBogoMIPS\t: 108.00\nModel\t\t: Raspberry Pi 4\n", -1, NULL));
  g_assert_true (g_file_set_contents (none, "processor\t: 0\n", -1, NULL));

  model = easel_machine_read_model (x86);
  g_assert_cmpstr (model, ==, "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz");
  g_free (model);
  model = easel_machine_read_model (arm);
  g_assert_cmpstr (model, ==, "Raspberry Pi 4");
  g_clear_pointer (&model, g_free);
  g_assert_null (easel_machine_read_model (none));
  g_assert_null (easel_machine_read_model (dir));

  g_assert_cmpint (g_unlink (x86), ==, 0);
  g_assert_cmpint (g_unlink (arm), ==, 0);
  g_assert_cmpint (g_unlink (none), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* One event of a trace against the format's rules; @track is
 * "pid/tid", which this takes. */
static void
check_event (JsonObject  *event,
             const char  *phase,
             char        *track,
             GHashTable  *last_end,
             GHashTable  *named,
             GHashTable  *used,
             guint       *n_processes,
             guint       *n_waits_gil,
             guint       *n_complete)
{
  static const char *categories[] = { "paint", "dry", "wait-core", "wait-gil", NULL };

  if (g_str_equal (phase, "M"))
    {
      const char *kind = json_object_get_string_member (event, "name");

      *n_processes += g_str_equal (kind, "process_name");
      if (g_str_equal (kind, "thread_name"))
        g_hash_table_add (named, g_strdup (track));
    }
  else if (g_str_equal (phase, "X"))
    {
      gint64 ts = json_object_get_int_member (event, "ts");
      gint64 dur = json_object_get_int_member (event, "dur");
      JsonObject *args = json_object_get_object_member (event, "args");
      gint64 *end = g_hash_table_lookup (last_end, track);

      g_assert_true (g_strv_contains (categories, json_object_get_string_member (event, "cat")));
      g_assert_cmpint (ts, >=, 0);
      g_assert_cmpint (dur, >=, 1);
      g_assert_true (json_object_has_member (args, "painting"));
      g_assert_true (json_object_has_member (args, "coat"));
      g_assert_true (json_object_has_member (args, "cpu_ms"));
      if (end != NULL)
        g_assert_cmpint (ts, >=, *end);
      else
        {
          end = g_new (gint64, 1);
          g_hash_table_insert (last_end, g_strdup (track), end);
        }
      *end = ts + dur;
      *n_waits_gil += g_str_equal (json_object_get_string_member (event, "cat"), "wait-gil");
      (*n_complete)++;
      g_hash_table_add (used, g_strdup (track));
    }
  else
    {
      g_assert_cmpstr (phase, ==, "C");
      g_assert_cmpuint (json_object_get_size (json_object_get_object_member (event, "args")), ==, 1);
    }
  g_free (track);
}

/* The trace export follows the Trace Event format's rules on every
 * mode's run: the object form; one process per run, named; every
 * thread with X events named and ordered; X events of the four
 * categories, with painting, coat and CPU time, whole microseconds, never
 * overlapping on one thread; counters with one key each; small pids and
 * tids. A GIL run shows its threads waiting for the lock. */
static void
test_run_file_trace_events (void)
{
  /* Drying longer than painting: async's timers overlap, and need a
   * track each. */
  const EaselWorkload workload = { .paintings = 4, .coats = 2, .paint_ms = 20, .dry_ms = 50, .workers = 4 };
  g_autoptr(EaselSeries) series = easel_series_new_all (&workload);
  g_autoptr(EaselRecord) record = run_series (series);
  g_autoptr(JsonNode) root = easel_trace_events_to_json (record);
  g_autoptr(GHashTable) last_end = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *object = json_node_get_object (root);
  JsonArray *events;
  guint n_processes = 0, n_waits_gil = 0, n_complete = 0;
  GHashTableIter iter;
  gpointer key;

  g_assert_cmpstr (json_object_get_string_member (object, "displayTimeUnit"), ==, "ms");
  events = json_object_get_array_member (object, "traceEvents");
  g_assert_cmpuint (json_array_get_length (events), >, 0);

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);
      const char *phase = json_object_get_string_member (event, "ph");
      gint64 pid = json_object_get_int_member (event, "pid");
      gint64 tid = json_object_get_int_member (event, "tid");
      g_autofree char *track = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, pid, tid);

      g_assert_true (json_node_get_value_type (json_object_get_member (event, "pid")) == G_TYPE_INT64);
      g_assert_true (json_node_get_value_type (json_object_get_member (event, "tid")) == G_TYPE_INT64);
      g_assert_cmpint (pid, >=, 1);
      g_assert_cmpint (pid, <=, EASEL_N_MODES);
      g_assert_cmpint (tid, >=, 0);
      g_assert_cmpint (tid, <, 1000);
      g_assert_nonnull (json_object_get_string_member (event, "name"));

      check_event (event, phase, g_steal_pointer (&track), last_end, named, used, &n_processes, &n_waits_gil,
                   &n_complete);
    }

  g_test_message ("%u complete events, %u waiting for the GIL", n_complete, n_waits_gil);
  g_assert_cmpuint (n_processes, ==, EASEL_N_MODES);
  g_assert_cmpuint (n_waits_gil, >, 0);
  g_hash_table_iter_init (&iter, used);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (g_hash_table_contains (named, key));

  g_assert_true (easel_trace_events_is_trace_name ("lab.TRACE.json"));
  g_assert_false (easel_trace_events_is_trace_name ("lab.json"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/run-file/every-mode", test_run_file_every_mode);
  g_test_add_func ("/easel/run-file/scaling", test_run_file_scaling);
  g_test_add_func ("/easel/run-file/stopped", test_run_file_stopped);
  g_test_add_func ("/easel/run-file/refused", test_run_file_refused);
  g_test_add_func ("/easel/run-file/overlap", test_run_file_overlap);
  g_test_add_func ("/easel/run-file/files", test_run_file_files);
  g_test_add_func ("/easel/run-file/model", test_run_file_model);
  g_test_add_func ("/easel/run-file/seed", test_run_file_seed);
  g_test_add_func ("/easel/run-file/trace-events", test_run_file_trace_events);

  return g_test_run ();
}
