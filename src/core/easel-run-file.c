/* easel-run-file.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record as a document: the JSON the command line prints, with
 * "format": "easel-run", its version, the date, the machine it ran on
 * (cores, CPU model, the user's label) and the capacity its predictions
 * were made for, and every run with its own workload (a scaling curve's
 * points differ), its spans, its prediction and its loads. Read back, it
 * is the same record, down to the JSON it writes again.
 *
 * A file read is untrusted: over EASEL_RUN_FILE_MAX_BYTES it is refused
 * unread; then every number is checked against what a run can make
 * (workloads within a run's limits, spans inside their run, in order on
 * their thread, paintings and coats that exist), the runs and spans
 * counted before any is built, and one message says what is wrong.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>

#include "easel-atomic-file.h"
#include "easel-run-file.h"
#include "easel-scaling.h"

/* The most cores a machine in a file may have, and the longest run. */
#define MACHINE_CORES_MAX 65536
#define RUN_MS_MAX        1e7
#define TEXT_MAX          256

G_DEFINE_QUARK (easel-run-file-error-quark, easel_run_file_error)

/* A node that holds @object, which it takes. */
static JsonNode *
node_take_object (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);

  return node;
}

static JsonObject *
workload_to_json (const EaselWorkload *workload)
{
  JsonObject *object = json_object_new ();

  json_object_set_int_member (object, "paintings", workload->paintings);
  json_object_set_int_member (object, "coats", workload->coats);
  json_object_set_int_member (object, "paint_ms", workload->paint_ms);
  json_object_set_int_member (object, "dry_ms", workload->dry_ms);
  json_object_set_int_member (object, "workers", workload->workers);

  return object;
}

static JsonObject *
scaling_params_to_json (const EaselScalingParams *params)
{
  JsonObject *object = json_object_new ();

  json_object_set_int_member (object, "work_ms", params->work_ms);
  json_object_set_int_member (object, "coats", params->coats);
  json_object_set_int_member (object, "dry_ms", params->dry_ms);
  json_object_set_int_member (object, "max_workers", params->max_workers);

  return object;
}

static void
set_string_or_null (JsonObject *object,
                    const char *name,
                    const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, name, value);
  else
    json_object_set_null_member (object, name);
}

static JsonObject *
machine_to_json (const EaselMachine  *machine,
                 const EaselCapacity *capacity)
{
  JsonObject *object = json_object_new ();

  json_object_set_int_member (object, "cores", machine->cores);
  json_object_set_int_member (object, "online_cores", machine->online);
  json_object_set_double_member (object, "usable_cores", easel_json_round_1024 (machine->usable));
  json_object_set_int_member (object, "physical_cores", machine->physical);
  set_string_or_null (object, "limit", machine->limit);
  set_string_or_null (object, "model", machine->model);
  set_string_or_null (object, "label", machine->label);
  /* What the predictions were made for: the cores, and what a second
   * hardware thread on a busy core was taken to add. */
  json_object_set_double_member (object, "capacity_cores", capacity->usable);
  json_object_set_int_member (object, "capacity_threads", capacity->threads);
  json_object_set_int_member (object, "capacity_physical", capacity->physical);
  json_object_set_double_member (object, "sibling_worth", capacity->sibling);
  json_object_set_boolean_member (object, "sibling_worth_measured", capacity->sibling_measured);

  return object;
}

static JsonNode *
run_to_json (const EaselRunResult *run)
{
  JsonNode *node = easel_trace_to_json (run->measured, run->predicted);

  json_object_set_object_member (json_node_get_object (node), "params",
                                 workload_to_json (easel_trace_get_workload (run->measured)));

  return node;
}

/* @record, finished, as a run file's JSON, measured on @machine (NULL:
 * where the record says, else here). */
JsonNode *
easel_run_file_to_json (EaselRecord        *record,
                        const EaselMachine *machine)
{
  EaselMachine here = { 0 };
  const EaselRunResult *results;
  EaselRunResult last;
  JsonObject *object;
  JsonArray *runs;
  g_autofree char *date = NULL;
  guint n_results;

  g_return_val_if_fail (EASEL_IS_RECORD (record), NULL);
  g_return_val_if_fail (easel_record_is_finished (record), NULL);

  if (machine == NULL)
    machine = easel_record_get_machine (record);
  if (machine == NULL)
    {
      easel_machine_init_here (&here, NULL);
      machine = &here;
    }

  object = json_object_new ();
  json_object_set_string_member (object, "format", EASEL_RUN_FILE_FORMAT);
  json_object_set_int_member (object, "format_version", EASEL_RUN_FILE_VERSION);
  json_object_set_string_member (object, "version", machine->version != NULL ? machine->version : PACKAGE_VERSION);
  if (easel_record_get_date (record) != NULL)
    date = g_date_time_format_iso8601 (easel_record_get_date (record));
  set_string_or_null (object, "date", date);
  json_object_set_object_member (object, "machine", machine_to_json (machine, easel_record_get_capacity (record)));

  results = easel_record_get_results (record, &n_results);
  if (easel_record_get_scaling_params (record) != NULL)
    json_object_set_object_member (object, "params", scaling_params_to_json (easel_record_get_scaling_params (record)));
  else if (n_results > 0)
    json_object_set_object_member (object, "params", workload_to_json (easel_trace_get_workload (results[0].measured)));

  runs = json_array_new ();
  for (guint i = 0; i < n_results; i++)
    json_array_add_element (runs, run_to_json (&results[i]));
  json_object_set_array_member (object, "runs", runs);
  if (easel_record_get_last_run (record, &last) && easel_trace_is_stopped (last.measured))
    json_object_set_member (object, "stopped", run_to_json (&last));

  easel_machine_clear (&here);

  return node_take_object (object);
}

/* The run file's text, pretty-printed. */
char *
easel_run_file_to_data (EaselRecord        *record,
                        const EaselMachine *machine,
                        gsize              *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = easel_run_file_to_json (record, machine);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, length);
}

static gboolean G_GNUC_PRINTF (2, 3)
invalid (GError    **error,
         const char *format,
         ...)
{
  va_list args;
  g_autofree char *what = NULL;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: a run file that cannot be read; %s says what is wrong */
  g_set_error (error, EASEL_RUN_FILE_ERROR, EASEL_RUN_FILE_ERROR_INVALID, _("This run file is damaged: %s"), what);

  return FALSE;
}

/* Member @name of @object as a number from @min to @max, into @value. */
static gboolean
read_number (JsonObject  *object,
             const char  *name,
             double       min,
             double       max,
             double      *value,
             GError     **error)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;
  GType type = node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return invalid (error, _("“%s” is missing or not a number"), name);

  *value = json_node_get_double (node);
  if (!isfinite (*value) || *value < min || *value > max)
    return invalid (error, _("“%s” is %g, outside %g–%g"), name, *value, min, max);

  return TRUE;
}

static gboolean
read_uint (JsonObject  *object,
           const char  *name,
           guint        min,
           guint        max,
           guint       *value,
           GError     **error)
{
  double number;

  if (!read_number (object, name, min, max, &number, error))
    return FALSE;
  if (number != floor (number))
    return invalid (error, _("“%s” is not a whole number"), name);

  *value = (guint) number;
  return TRUE;
}

/* An optional string of @object: NULL where it is null or absent. */
static gboolean
read_text (JsonObject  *object,
           const char  *name,
           char       **value,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  const char *text;

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (error, _("“%s” is not text"), name);

  text = json_node_get_string (node);
  if (strlen (text) > TEXT_MAX || !g_utf8_validate (text, -1, NULL))
    return invalid (error, _("“%s” is too long"), name);

  *value = g_strdup (text);
  return TRUE;
}

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static gboolean
read_workload (JsonObject     *object,
               EaselWorkload  *workload,
               GError        **error)
{
  if (object == NULL)
    return invalid (error, _("a run has no “params”"));

  if (!read_uint (object, "paintings", 1, EASEL_RUN_PAINTINGS_MAX, &workload->paintings, error) ||
      !read_uint (object, "coats", EASEL_COATS_MIN, EASEL_COATS_MAX, &workload->coats, error) ||
      !read_uint (object, "paint_ms", 1, EASEL_PAINT_MS_MAX, &workload->paint_ms, error) ||
      !read_uint (object, "dry_ms", EASEL_DRY_MS_MIN, EASEL_DRY_MS_MAX, &workload->dry_ms, error) ||
      !read_uint (object, "workers", 1, EASEL_RUN_WORKERS_MAX, &workload->workers, error))
    return FALSE;

  return TRUE;
}

static gboolean
read_machine (JsonObject    *object,
              EaselMachine  *machine,
              EaselCapacity *capacity,
              GError       **error)
{
  double sibling;

  if (object == NULL)
    return invalid (error, _("it has no “machine”"));

  if (!read_uint (object, "cores", 1, MACHINE_CORES_MAX, &machine->cores, error) ||
      !read_uint (object, "online_cores", 1, MACHINE_CORES_MAX, &machine->online, error) ||
      !read_number (object, "usable_cores", 0.01, MACHINE_CORES_MAX, &machine->usable, error) ||
      !read_text (object, "limit", &machine->limit, error) ||
      !read_uint (object, "physical_cores", 1, MACHINE_CORES_MAX, &machine->physical, error) ||
      !read_text (object, "model", &machine->model, error) ||
      !read_text (object, "label", &machine->label, error) ||
      !read_number (object, "capacity_cores", 0.01, MACHINE_CORES_MAX, &capacity->usable, error) ||
      !read_uint (object, "capacity_threads", 0, MACHINE_CORES_MAX, &capacity->threads, error) ||
      !read_uint (object, "capacity_physical", 0, MACHINE_CORES_MAX, &capacity->physical, error) ||
      !read_number (object, "sibling_worth", 0.0, 1.0, &sibling, error))
    return FALSE;

  capacity->sibling = sibling;
  {
    JsonNode *measured = json_object_get_member (object, "sibling_worth_measured");

    capacity->sibling_measured = measured != NULL && JSON_NODE_HOLDS_VALUE (measured) &&
                                 json_node_get_value_type (measured) == G_TYPE_BOOLEAN &&
                                 json_node_get_boolean (measured);
  }

  return TRUE;
}

typedef struct
{
  int    thread;
  double start_ms;
  double end_ms;
} Slot;

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const Slot *x = a, *y = b;

  if (x->thread != y->thread)
    return x->thread < y->thread ? -1 : 1;

  return x->start_ms < y->start_ms ? -1 : x->start_ms > y->start_ms ? 1 : 0;
}

/* One thing at a time on each thread: painting or drying (timers,
 * thread -1, overlap, and a painting waiting for the painter is no work
 * of the thread's). */
static gboolean
check_threads (const EaselSpan  *spans,
               guint             n_spans,
               GError          **error)
{
  g_autoptr(GArray) slots = g_array_sized_new (FALSE, FALSE, sizeof (Slot), n_spans);

  for (guint i = 0; i < n_spans; i++)
    if (spans[i].thread >= 0 && spans[i].phase != EASEL_PHASE_WAIT)
      {
        Slot slot = { spans[i].thread, spans[i].start_ms, spans[i].end_ms };

        g_array_append_val (slots, slot);
      }
  g_array_sort (slots, compare_slots);

  for (guint i = 1; i < slots->len; i++)
    {
      const Slot *before = &g_array_index (slots, Slot, i - 1);
      const Slot *slot = &g_array_index (slots, Slot, i);

      if (slot->thread == before->thread && slot->start_ms < before->end_ms - 0.01)
        return invalid (error, _("two spans overlap on thread %d at %g ms"), slot->thread, slot->start_ms);
    }

  return TRUE;
}

/* @n_pairs intervals [start, end] of @span, each inside it. */
static gboolean
check_intervals (const EaselSpan *span,
                 const double    *pairs,
                 guint            n_pairs)
{
  for (guint i = 0; i < n_pairs; i++)
    if (!(pairs[2 * i] >= span->start_ms - 1.0 && pairs[2 * i] <= pairs[2 * i + 1] &&
          pairs[2 * i + 1] <= span->end_ms + 1.0))
      return FALSE;

  return TRUE;
}

/* Every span of @trace inside its run, of a painting and coat that
 * exist, and one at a time on each thread. */
static gboolean
check_spans (EaselTrace  *trace,
             GError     **error)
{
  const EaselWorkload *workload = easel_trace_get_workload (trace);
  double makespan = easel_trace_get_makespan (trace);
  const EaselSpan *spans;
  guint n_spans;

  if (!isfinite (makespan) || makespan < 0 || makespan > RUN_MS_MAX)
    return invalid (error, _("a run lasts %g ms"), makespan);

  spans = easel_trace_get_spans (trace, &n_spans);
  for (guint i = 0; i < n_spans; i++)
    {
      const EaselSpan *span = &spans[i];

      if (!(span->start_ms >= 0 && span->start_ms <= span->end_ms && span->end_ms <= makespan + 1.0))
        return invalid (error, _("a span runs from %g to %g ms in a run of %g ms"), span->start_ms, span->end_ms,
                        makespan);
      if (span->painting >= workload->paintings || span->coat >= workload->coats)
        return invalid (error, _("a span paints painting %u, coat %u, which the run does not have"),
                        span->painting + 1, span->coat + 1);
      if (span->thread < -1 || span->thread >= EASEL_RUN_WORKERS_MAX)
        return invalid (error, _("a span is on thread %d"), span->thread);
      if (!(span->cpu_ms >= 0 && span->cpu_ms <= RUN_MS_MAX) || !(span->waiting_ms >= 0 && span->waiting_ms <= RUN_MS_MAX))
        return invalid (error, _("a span's CPU time is %g ms"), span->cpu_ms);
      if (!check_intervals (span, span->on_core, span->n_on_core) ||
          !check_intervals (span, span->core_waits, span->n_core_waits))
        return invalid (error, _("a span's time on a core falls outside it"));
    }

  return check_threads (spans, n_spans, error);
}

/* One run's measured trace and its prediction, made for @capacity's
 * cores. */
static gboolean
read_run (JsonNode       *node,
          double          cores,
          EaselRunResult *run,
          GError        **error)
{
  EaselWorkload workload;
  g_autoptr(GError) local_error = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, _("a run is not an object"));
  if (!read_workload (get_object (json_node_get_object (node), "params"), &workload, error))
    return FALSE;

  run->measured = easel_trace_new_from_json (node, &workload, cores, FALSE, &local_error);
  if (run->measured != NULL)
    run->predicted = easel_trace_new_from_json (node, &workload, cores, TRUE, &local_error);
  if (run->predicted == NULL)
    return invalid (error, "%s", local_error->message);

  return check_spans (run->measured, error) && check_spans (run->predicted, error);
}

static void
run_clear (EaselRunResult *run)
{
  g_clear_pointer (&run->measured, easel_trace_unref);
  g_clear_pointer (&run->predicted, easel_trace_unref);
}

/* The runs and their spans, counted before any is read: a file of a
 * million spans is refused, not built. */
static gboolean
check_counts (JsonArray  *runs,
              JsonNode   *stopped,
              GError    **error)
{
  guint n_runs = json_array_get_length (runs) + (stopped != NULL ? 1 : 0);
  guint64 n_spans = 0;

  if (n_runs > EASEL_RUN_FILE_MAX_RUNS)
    return invalid (error, _("it has %u runs, more than %u"), n_runs, EASEL_RUN_FILE_MAX_RUNS);

  for (guint i = 0; i <= json_array_get_length (runs); i++)
    {
      JsonNode *node = i < json_array_get_length (runs) ? json_array_get_element (runs, i) : stopped;
      JsonObject *run = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonArray *spans = get_array (run, "spans");
      JsonArray *predicted = get_array (run, "predicted_spans");

      n_spans += (spans != NULL ? json_array_get_length (spans) : 0) +
                 (predicted != NULL ? json_array_get_length (predicted) : 0);
    }
  if (n_spans > EASEL_RUN_FILE_MAX_SPANS)
    return invalid (error, _("it has %u spans, more than %u"), (guint) MIN (n_spans, G_MAXUINT),
                    EASEL_RUN_FILE_MAX_SPANS);

  return TRUE;
}

/* The document's head: its format and version, the date and the
 * machine; FALSE with the one error that says what is wrong. */
static gboolean
read_head (JsonObject     *root,
           EaselMachine   *machine,
           EaselCapacity  *capacity,
           GDateTime     **date,
           GError        **error)
{
  JsonNode *format_node = json_object_get_member (root, "format");
  const char *format = format_node != NULL && JSON_NODE_HOLDS_VALUE (format_node) &&
                       json_node_get_value_type (format_node) == G_TYPE_STRING ? json_node_get_string (format_node) : NULL;
  g_autofree char *date_text = NULL;
  double version;

  if (g_strcmp0 (format, EASEL_RUN_FILE_FORMAT) != 0)
    {
      g_set_error_literal (error, EASEL_RUN_FILE_ERROR, EASEL_RUN_FILE_ERROR_FORMAT,
                           _("This is not an Easel run file"));
      return FALSE;
    }

  if (!read_number (root, "format_version", 1, G_MAXINT, &version, error))
    return FALSE;
  if (version > EASEL_RUN_FILE_VERSION)
    {
      g_set_error (error, EASEL_RUN_FILE_ERROR, EASEL_RUN_FILE_ERROR_NEWER,
                   _("This run file was made by a newer Easel (format %.0f); this one reads format %d"),
                   version, EASEL_RUN_FILE_VERSION);
      return FALSE;
    }

  if (!read_machine (get_object (root, "machine"), machine, capacity, error) ||
      !read_text (root, "version", &machine->version, error) ||
      !read_text (root, "date", &date_text, error))
    return FALSE;

  *date = date_text != NULL ? g_date_time_new_from_iso8601 (date_text, NULL) : NULL;
  if (*date == NULL)
    return invalid (error, _("its date is missing or not a date"));

  return TRUE;
}

/* The record the runs go into: a scaling curve's, where "params" says
 * what it measures, else one of runs. */
static EaselRecord *
new_record (JsonObject           *root,
            const EaselCapacity  *capacity,
            GError              **error)
{
  JsonObject *params = get_object (root, "params");
  g_autoptr(GError) local_error = NULL;
  EaselScalingParams scaling;

  if (params == NULL || !json_object_has_member (params, "work_ms"))
    {
      EaselWorkload workload;

      /* The runs' workload, which each run says again. */
      if (params != NULL && !read_workload (params, &workload, error))
        return NULL;
      return easel_record_new (capacity);
    }

  if (!read_uint (params, "work_ms", 1, EASEL_PAINT_MS_MAX * EASEL_COATS_MAX, &scaling.work_ms, error) ||
      !read_uint (params, "coats", EASEL_COATS_MIN, EASEL_COATS_MAX, &scaling.coats, error) ||
      !read_uint (params, "dry_ms", 0, EASEL_DRY_MS_MAX * EASEL_COATS_MAX, &scaling.dry_ms, error) ||
      !read_uint (params, "max_workers", 1, EASEL_RUN_WORKERS_MAX, &scaling.max_workers, error))
    return NULL;
  /* What a curve can measure: every point a run can run. */
  if (!easel_scaling_check_params (&scaling, &local_error))
    {
      invalid (error, "%s", local_error->message);
      return NULL;
    }

  return easel_record_new_scaling (&scaling, capacity);
}

static EaselRecord *
read_record (JsonObject  *root,
             GError     **error)
{
  EaselMachine machine = { 0 };
  EaselCapacity capacity = { 0 };
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(EaselRecord) record = NULL;
  EaselRunResult stopped = { NULL, NULL };
  JsonArray *runs;
  gboolean ok;

  ok = read_head (root, &machine, &capacity, &date, error);
  runs = get_array (root, "runs");
  if (ok && runs == NULL)
    ok = invalid (error, _("it has no “runs”"));
  ok = ok && check_counts (runs, json_object_get_member (root, "stopped"), error);
  if (ok)
    record = new_record (root, &capacity, error);
  if (record != NULL)
    easel_record_set_origin (record, &machine, date);
  easel_machine_clear (&machine);
  if (record == NULL)
    return NULL;

  for (guint i = 0; i < json_array_get_length (runs); i++)
    {
      EaselRunResult run = { NULL, NULL };

      if (!read_run (json_array_get_element (runs, i), capacity.usable, &run, error))
        {
          run_clear (&run);
          return NULL;
        }
      easel_record_append (record, run.measured, run.predicted);
      run_clear (&run);
    }

  if (json_object_has_member (root, "stopped"))
    {
      if (!read_run (json_object_get_member (root, "stopped"), capacity.usable, &stopped, error))
        {
          run_clear (&stopped);
          return NULL;
        }
      if (!easel_trace_is_stopped (stopped.measured))
        {
          run_clear (&stopped);
          invalid (error, _("its stopped run is not marked stopped"));
          return NULL;
        }
    }
  easel_record_finish (record, stopped.measured, stopped.predicted);
  run_clear (&stopped);

  return g_steal_pointer (&record);
}

/* Reads a run file's text (@length bytes, or -1 if nul-terminated) into
 * a finished record that knows the machine it was measured on; NULL with
 * one message for anything that is not a sound run file. */
EaselRecord *
easel_run_file_parse (const char  *data,
                      gssize       length,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = strlen (data);
  if ((gsize) length > EASEL_RUN_FILE_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *most = g_format_size (EASEL_RUN_FILE_MAX_BYTES);

      g_set_error (error, EASEL_RUN_FILE_ERROR, EASEL_RUN_FILE_ERROR_TOO_BIG,
                   _("This file is %s; a run file is at most %s"), size, most);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* Translators: a file that is not JSON at all; %s is the parser's message */
      g_set_error (error, EASEL_RUN_FILE_ERROR, EASEL_RUN_FILE_ERROR_NOT_JSON,
                   _("This is not a run file (not JSON: %s)"), local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, EASEL_RUN_FILE_ERROR, EASEL_RUN_FILE_ERROR_FORMAT,
                           _("This is not an Easel run file"));
      return NULL;
    }

  return read_record (json_node_get_object (root), error);
}

static void
set_too_big (GError  **error,
             goffset   size)
{
  g_autofree char *most = g_format_size (EASEL_RUN_FILE_MAX_BYTES);
  g_autofree char *text = g_format_size (size);

  if (size > 0)
    g_set_error (error, EASEL_RUN_FILE_ERROR, EASEL_RUN_FILE_ERROR_TOO_BIG,
                 _("This file is %s; a run file is at most %s"), text, most);
  else
    g_set_error (error, EASEL_RUN_FILE_ERROR, EASEL_RUN_FILE_ERROR_TOO_BIG,
                 _("This file is over %s, the most a run file holds"), most);
}

/* A local file's bytes, read without blocking or waiting: what is not a
 * regular file is refused (a FIFO would block), and reading stops past
 * the limit (a procfs file says it is empty). */
static char *
read_local (const char  *path,
            gsize       *length,
            GError     **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  struct stat st = { 0 };
  int fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);

  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("Could not read “%s”: %s"), name,
                   g_strerror (saved));
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size > EASEL_RUN_FILE_MAX_BYTES)
    {
      if (S_ISREG (st.st_mode))
        set_too_big (error, st.st_size);
      else
        g_set_error_literal (error, EASEL_RUN_FILE_ERROR, EASEL_RUN_FILE_ERROR_FORMAT,
                             _("This is not a file Easel can read runs from"));
      close (fd);
      return NULL;
    }

  bytes = g_byte_array_sized_new (MAX (st.st_size, 4096) + 1);
  for (;;)
    {
      guint8 chunk[65536];
      ssize_t n = read (fd, chunk, sizeof chunk);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      g_byte_array_append (bytes, chunk, n);
      if (bytes->len > EASEL_RUN_FILE_MAX_BYTES)
        {
          close (fd);
          set_too_big (error, 0);
          return NULL;
        }
    }
  close (fd);

  *length = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);

  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
}

/* Reads the run file @file: refused unread when it is not a regular
 * file (a FIFO would block) or is over EASEL_RUN_FILE_MAX_BYTES. */
EaselRecord *
easel_run_file_load (GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path != NULL)
    data = read_local (path, &length, error);
  else
    {
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                                                     cancellable, error);

      if (info != NULL && g_file_info_get_size (info) > EASEL_RUN_FILE_MAX_BYTES)
        set_too_big (error, g_file_info_get_size (info));
      else if (info != NULL)
        g_file_load_contents (file, cancellable, &data, &length, NULL, error);
    }
  if (data == NULL)
    return NULL;

  return easel_run_file_parse (data, length, error);
}

/* Writes @record (finished) to @file, whole or not at all, with @label
 * for this machine (or none). */
gboolean
easel_run_file_save (EaselRecord  *record,
                     const char   *label,
                     GFile        *file,
                     GError      **error)
{
  g_autoptr(EaselAtomicFile) target = NULL;
  EaselMachine here = { 0 };
  const EaselMachine *machine = easel_record_get_machine (record);
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (EASEL_IS_RECORD (record), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (machine == NULL)
    {
      easel_machine_init_here (&here, label);
      machine = &here;
    }
  data = easel_run_file_to_data (record, machine, &length);
  easel_machine_clear (&here);

  target = easel_atomic_file_new (file, error);

  return target != NULL &&
         easel_atomic_file_write (target, data, length, error) &&
         easel_atomic_file_commit (target, error);
}

/* Why @record (in @file) cannot stand beside @reference, or NULL where
 * it can: another kind of record, or another workload. */
char *
easel_run_file_dup_mismatch (EaselRecord *reference,
                             EaselRecord *record,
                             const char  *file)
{
  const EaselScalingParams *a = easel_record_get_scaling_params (reference);
  const EaselScalingParams *b = easel_record_get_scaling_params (record);
  const EaselRunResult *runs;
  const EaselWorkload *x, *y;
  guint n;

  if ((a == NULL) != (b == NULL))
    /* Translators: "me.json is a scaling curve, not runs: left out" */
    return g_strdup_printf (b != NULL ? _("%s is a scaling curve, not runs: left out")
                                      : _("%s holds runs, not a scaling curve: left out"), file);
  if (a != NULL)
    return a->work_ms == b->work_ms && a->coats == b->coats && a->dry_ms == b->dry_ms ? NULL
      /* Translators: "me.json measured other work: left out" */
      : g_strdup_printf (_("%s measured a curve of other work: left out"), file);

  easel_record_get_results (reference, &n);
  if (n == 0)
    return NULL;
  x = easel_trace_get_workload (easel_record_get_results (reference, &n)[0].measured);
  runs = easel_record_get_results (record, &n);
  if (n == 0)
    return g_strdup_printf (_("%s holds no runs: left out"), file);
  y = easel_trace_get_workload (runs[0].measured);

  if (x->paintings != y->paintings)
    /* Translators: "b.json ran 4 paintings, not 3: left out" */
    return g_strdup_printf (_("%s ran %u paintings, not %u: left out"), file, y->paintings, x->paintings);
  if (x->coats != y->coats)
    return g_strdup_printf (_("%s ran %u coats, not %u: left out"), file, y->coats, x->coats);
  if (x->paint_ms != y->paint_ms || x->dry_ms != y->dry_ms)
    /* Translators: "b.json painted 400 ms and dried 800 ms a coat, not 200 and 400: left out" */
    return g_strdup_printf (_("%s painted %u ms and dried %u ms a coat, not %u and %u: left out"), file,
                            y->paint_ms, y->dry_ms, x->paint_ms, x->dry_ms);
  if (x->workers != y->workers)
    return g_strdup_printf (_("%s ran %u workers, not %u: left out"), file, y->workers, x->workers);

  return NULL;
}
