/* easel-trace.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a run did (or a prediction says it would do): every span of every
 * coat, the makespan, and their JSON form.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-trace.h"

struct _EaselTrace
{
  gatomicrefcount  ref_count;
  EaselMode        mode;
  EaselWorkload    workload;
  /* The usable cores the run had: may be fractional under a quota. */
  double           cores;
  GArray          *spans;
  double           makespan_ms;
  /* A finished trace no longer changes: other threads may read it. */
  gboolean         finished;
  /* The run was stopped (or failed) before its end. */
  gboolean         stopped;
  /* Mean cores Easel itself and other programs used during the run;
   * negative where unknown. */
  double           self_cores;
  double           other_cores;
  /* Every core's load while the run went, one sample of n_load_cores
   * fractions each interval_ms from its start, and the cores the run's
   * own threads used in each. */
  guint            load_interval_ms;
  guint            n_load_cores;
  GArray          *core_load;
  GArray          *run_cores;
};

G_DEFINE_BOXED_TYPE (EaselTrace, easel_trace, easel_trace_ref, easel_trace_unref)

static const char *phase_names[] = {
  [EASEL_PHASE_PAINT] = "paint",
  [EASEL_PHASE_DRY] = "dry",
  [EASEL_PHASE_WAIT] = "wait",
};

const char *
easel_phase_to_string (EaselPhase phase)
{
  g_return_val_if_fail (phase < G_N_ELEMENTS (phase_names), NULL);

  return phase_names[phase];
}

gboolean
easel_phase_from_string (const char *text,
                         EaselPhase *phase)
{
  g_return_val_if_fail (phase != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (phase_names); i++)
    {
      if (g_str_equal (text, phase_names[i]))
        {
          *phase = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The intervals of a span in a trace are the trace's own copies. */
static void
span_clear (gpointer data)
{
  EaselSpan *span = data;

  g_free ((gpointer) span->on_core);
  g_free ((gpointer) span->core_waits);
}

EaselTrace *
easel_trace_new (EaselMode            mode,
                 const EaselWorkload *workload,
                 double               cores)
{
  EaselTrace *trace;

  g_return_val_if_fail (mode < EASEL_N_MODES, NULL);
  g_return_val_if_fail (workload != NULL, NULL);

  trace = g_new0 (EaselTrace, 1);
  g_atomic_ref_count_init (&trace->ref_count);
  trace->mode = mode;
  trace->workload = *workload;
  trace->cores = cores;
  trace->spans = g_array_new (FALSE, FALSE, sizeof (EaselSpan));
  g_array_set_clear_func (trace->spans, span_clear);
  trace->core_load = g_array_new (FALSE, FALSE, sizeof (double));
  trace->run_cores = g_array_new (FALSE, FALSE, sizeof (double));
  trace->self_cores = -1.0;
  trace->other_cores = -1.0;

  return trace;
}

EaselTrace *
easel_trace_ref (EaselTrace *trace)
{
  g_return_val_if_fail (trace != NULL, NULL);

  g_atomic_ref_count_inc (&trace->ref_count);

  return trace;
}

void
easel_trace_unref (EaselTrace *trace)
{
  g_return_if_fail (trace != NULL);

  if (g_atomic_ref_count_dec (&trace->ref_count))
    {
      g_array_unref (trace->spans);
      g_array_unref (trace->core_load);
      g_array_unref (trace->run_cores);
      g_free (trace);
    }
}

EaselMode
easel_trace_get_mode (EaselTrace *trace)
{
  g_return_val_if_fail (trace != NULL, 0);

  return trace->mode;
}

const EaselWorkload *
easel_trace_get_workload (EaselTrace *trace)
{
  g_return_val_if_fail (trace != NULL, NULL);

  return &trace->workload;
}

double
easel_trace_get_cores (EaselTrace *trace)
{
  g_return_val_if_fail (trace != NULL, 0);

  return trace->cores;
}

void
easel_trace_add_span (EaselTrace      *trace,
                      const EaselSpan *span)
{
  g_return_if_fail (trace != NULL);
  g_return_if_fail (span != NULL);
  /* Growing the array may move it under a reader on another thread. */
  g_return_if_fail (!trace->finished);

  g_array_append_val (trace->spans, *span);

  /* The trace keeps copies of the intervals. */
  {
    EaselSpan *copy = &g_array_index (trace->spans, EaselSpan, trace->spans->len - 1);

    copy->on_core = span->n_on_core > 0 ? g_memdup2 (span->on_core, 2 * span->n_on_core * sizeof (double)) : NULL;
    copy->n_on_core = copy->on_core != NULL ? span->n_on_core : 0;
    copy->core_waits = span->n_core_waits > 0 ?
      g_memdup2 (span->core_waits, 2 * span->n_core_waits * sizeof (double)) : NULL;
    copy->n_core_waits = copy->core_waits != NULL ? span->n_core_waits : 0;
  }
}

/* Adds the next sample of every core's load (fractions 0…1), taken
 * @interval_ms after the one before (the first: after the run's start),
 * with the cores the run's own threads used meanwhile. */
void
easel_trace_add_core_load (EaselTrace   *trace,
                           guint         interval_ms,
                           const double *per_core,
                           guint         n_cores,
                           double        run_cores)
{
  g_return_if_fail (trace != NULL);
  g_return_if_fail (!trace->finished);
  g_return_if_fail (interval_ms > 0 && n_cores > 0 && per_core != NULL);
  g_return_if_fail (trace->n_load_cores == 0 ||
                    (trace->n_load_cores == n_cores && trace->load_interval_ms == interval_ms));

  trace->load_interval_ms = interval_ms;
  trace->n_load_cores = n_cores;
  g_array_append_vals (trace->core_load, per_core, n_cores);
  g_array_append_val (trace->run_cores, run_cores);
}

/* Every core's load during the run: @n_samples × @n_cores fractions,
 * sample by sample; NULL (and 0) where nothing was recorded. */
const double *
easel_trace_get_core_load (EaselTrace    *trace,
                           guint         *n_samples,
                           guint         *n_cores,
                           guint         *interval_ms,
                           const double **run_cores)
{
  g_return_val_if_fail (trace != NULL, NULL);

  if (n_samples != NULL)
    *n_samples = trace->run_cores->len;
  if (n_cores != NULL)
    *n_cores = trace->n_load_cores;
  if (interval_ms != NULL)
    *interval_ms = trace->load_interval_ms;
  if (run_cores != NULL)
    *run_cores = trace->run_cores->len > 0 ? (const double *) (gpointer) trace->run_cores->data : NULL;

  return trace->run_cores->len > 0 ? (const double *) (gpointer) trace->core_load->data : NULL;
}

/* Marks @trace finished: from now on it does not change, and threads
 * other than its owner's may read it (an export, a figure). */
void
easel_trace_finish (EaselTrace *trace)
{
  g_return_if_fail (trace != NULL);

  trace->finished = TRUE;
}

gboolean
easel_trace_is_finished (EaselTrace *trace)
{
  g_return_val_if_fail (trace != NULL, FALSE);

  return trace->finished;
}

/* Marks @trace as a run that ended before its work was done: its spans
 * are what it did, its makespan no result. */
void
easel_trace_set_stopped (EaselTrace *trace)
{
  g_return_if_fail (trace != NULL);
  g_return_if_fail (!trace->finished);

  trace->stopped = TRUE;
}

gboolean
easel_trace_is_stopped (EaselTrace *trace)
{
  g_return_val_if_fail (trace != NULL, FALSE);

  return trace->stopped;
}

const EaselSpan *
easel_trace_get_spans (EaselTrace *trace,
                       guint      *n_spans)
{
  g_return_val_if_fail (trace != NULL, NULL);
  g_return_val_if_fail (n_spans != NULL, NULL);

  *n_spans = trace->spans->len;

  return (const EaselSpan *) (gpointer) trace->spans->data;
}

guint
easel_trace_count_spans (EaselTrace *trace,
                         EaselPhase  phase)
{
  guint count = 0;

  g_return_val_if_fail (trace != NULL, 0);

  for (guint i = 0; i < trace->spans->len; i++)
    if (g_array_index (trace->spans, EaselSpan, i).phase == phase)
      count++;

  return count;
}

/* The time from the start until the last coat dried. */
double
easel_trace_get_makespan (EaselTrace *trace)
{
  g_return_val_if_fail (trace != NULL, 0.0);

  return trace->makespan_ms;
}

void
easel_trace_set_makespan (EaselTrace *trace,
                          double      makespan_ms)
{
  g_return_if_fail (trace != NULL);
  g_return_if_fail (!trace->finished);

  trace->makespan_ms = makespan_ms;
}

/* The CPU time all spans used together. */
/* Records the mean cores Easel itself and other programs used while the
 * run went (negative: unknown). */
void
easel_trace_set_load (EaselTrace *trace,
                      double      self_cores,
                      double      other_cores)
{
  g_return_if_fail (trace != NULL);
  g_return_if_fail (!trace->finished);

  trace->self_cores = self_cores;
  trace->other_cores = other_cores;
}

/* Whether the load is known; @self_cores and @other_cores get it. */
gboolean
easel_trace_get_load (EaselTrace *trace,
                      double     *self_cores,
                      double     *other_cores)
{
  g_return_val_if_fail (trace != NULL, FALSE);

  if (self_cores != NULL)
    *self_cores = MAX (trace->self_cores, 0.0);
  if (other_cores != NULL)
    *other_cores = MAX (trace->other_cores, 0.0);

  return trace->other_cores >= 0.0;
}

/* Whether @other_cores used by other programs, of @usable_cores, are
 * enough (more than a tenth) to change what Easel measures beside them. */
gboolean
easel_other_cores_disturb (double other_cores,
                           double usable_cores)
{
  return other_cores > EASEL_TRACE_BUSY_FRACTION * MAX (usable_cores, 0.01);
}

/* Whether other programs used enough of the usable cores during the run
 * to change what it measured. */
gboolean
easel_trace_is_disturbed (EaselTrace *trace)
{
  g_return_val_if_fail (trace != NULL, FALSE);

  return easel_other_cores_disturb (trace->other_cores, trace->cores);
}

double
easel_trace_get_cpu_ms (EaselTrace *trace)
{
  double cpu_ms = 0.0;

  g_return_val_if_fail (trace != NULL, 0.0);

  for (guint i = 0; i < trace->spans->len; i++)
    cpu_ms += g_array_index (trace->spans, EaselSpan, i).cpu_ms;

  return cpu_ms;
}

/* Whether a thread of the run had to wait for a core (NULL: no). */
gboolean
easel_trace_has_core_waits (EaselTrace *trace)
{
  if (trace == NULL)
    return FALSE;

  for (guint i = 0; i < trace->spans->len; i++)
    if (g_array_index (trace->spans, EaselSpan, i).n_core_waits > 0)
      return TRUE;

  return FALSE;
}

/* Times in JSON are rounded to 1/16 ms (62.5 µs), finer than any timer
 * here: such binary fractions print exactly and briefly ("30.0625", not
 * "30.082000000000001"), and rounding them again changes nothing. */
static double
round_ms (double ms)
{
  return round (ms * 16.0) / 16.0;
}

/* [[start, end], …] under @name, for a span's intervals. */
static void
add_pairs (JsonBuilder  *builder,
           const char   *name,
           const double *pairs,
           guint         n_pairs)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint k = 0; k < n_pairs; k++)
    {
      json_builder_begin_array (builder);
      json_builder_add_double_value (builder, round_ms (pairs[2 * k]));
      json_builder_add_double_value (builder, round_ms (pairs[2 * k + 1]));
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
}

/* Reading untrusted JSON: a member or element of the wrong type is the
 * default, never a json-glib critical. */
static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);

  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static double
member_double (JsonObject *object,
               const char *name,
               double      fallback)
{
  JsonNode *node = json_object_get_member (object, name);

  return node_is_number (node) ? json_node_get_double (node) : fallback;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
    ? json_node_get_string (node) : NULL;
}

static double
element_double (JsonArray *array,
                guint      index,
                double     fallback)
{
  JsonNode *node = index < json_array_get_length (array) ? json_array_get_element (array, index) : NULL;

  return node_is_number (node) ? json_node_get_double (node) : fallback;
}

/* What add_pairs() wrote under @name, if anything: the pairs (freed by
 * the caller) and their number. */
static gboolean
read_pairs (JsonObject     *object,
            const char     *name,
            const double  **out,
            guint          *n_out,
            GError        **error)
{
  JsonNode *node;
  JsonArray *pairs;
  double *values;

  if (!json_object_has_member (object, name))
    return TRUE;

  node = json_object_get_member (object, name);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      /* Translators: %s is "on_core" or "core_waits" */
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA, _("A span’s “%s” is not a list"), name);
      return FALSE;
    }

  pairs = json_node_get_array (node);
  values = g_new0 (double, 2 * MAX (json_array_get_length (pairs), 1));
  for (guint k = 0; k < json_array_get_length (pairs); k++)
    {
      JsonNode *pair = json_array_get_element (pairs, k);

      if (!JSON_NODE_HOLDS_ARRAY (pair) || json_array_get_length (json_node_get_array (pair)) != 2)
        {
          g_free (values);
          g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                       /* Translators: %s is "on_core" or "core_waits" */
                       _("A span’s “%s” holds something other than [start, end]"), name);
          return FALSE;
        }
      values[2 * k] = element_double (json_node_get_array (pair), 0, NAN);
      values[2 * k + 1] = element_double (json_node_get_array (pair), 1, NAN);
    }
  *out = values;
  *n_out = json_array_get_length (pairs);

  return TRUE;
}

JsonNode *
easel_trace_spans_to_json (EaselTrace *trace)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (trace != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < trace->spans->len; i++)
    {
      const EaselSpan *span = &g_array_index (trace->spans, EaselSpan, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "painting");
      json_builder_add_int_value (builder, span->painting);
      json_builder_set_member_name (builder, "coat");
      json_builder_add_int_value (builder, span->coat);
      json_builder_set_member_name (builder, "phase");
      json_builder_add_string_value (builder, easel_phase_to_string (span->phase));
      json_builder_set_member_name (builder, "thread");
      json_builder_add_int_value (builder, span->thread);
      json_builder_set_member_name (builder, "start_ms");
      json_builder_add_double_value (builder, round_ms (span->start_ms));
      json_builder_set_member_name (builder, "end_ms");
      json_builder_add_double_value (builder, round_ms (span->end_ms));
      json_builder_set_member_name (builder, "cpu_ms");
      json_builder_add_double_value (builder, round_ms (span->cpu_ms));
      if (span->on_core != NULL)
        {
          json_builder_set_member_name (builder, "waiting_ms");
          json_builder_add_double_value (builder, round_ms (span->waiting_ms));
          add_pairs (builder, "on_core", span->on_core, span->n_on_core);
          add_pairs (builder, "core_waits", span->core_waits, span->n_core_waits);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

/* A qsort() comparison of doubles, in increasing order. */
int
easel_compare_doubles (gconstpointer a,
                       gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Rounded to a binary fraction near a thousandth, which json-glib prints
 * exactly and briefly ("0.5009765625", not "0.50100000000000000"). */
double
easel_json_round_1024 (double value)
{
  return round (value * 1024.0) / 1024.0;
}

/* "load": every core's load while the run went, and the run's share. */
static void
add_core_load (JsonBuilder *builder,
               EaselTrace  *trace)
{
  json_builder_set_member_name (builder, "load");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "interval_ms");
  json_builder_add_int_value (builder, trace->load_interval_ms);
  json_builder_set_member_name (builder, "per_core");
  json_builder_begin_array (builder);
  for (guint i = 0; i < trace->run_cores->len; i++)
    {
      json_builder_begin_array (builder);
      for (guint core = 0; core < trace->n_load_cores; core++)
        json_builder_add_double_value (builder,
                                       easel_json_round_1024 (g_array_index (trace->core_load, double,
                                                                  i * trace->n_load_cores + core)));
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "run_cores");
  json_builder_begin_array (builder);
  for (guint i = 0; i < trace->run_cores->len; i++)
    json_builder_add_double_value (builder, easel_json_round_1024 (g_array_index (trace->run_cores, double, i)));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* One entry of "runs": the measured trace and, if given, its prediction. */
JsonNode *
easel_trace_to_json (EaselTrace *trace,
                     EaselTrace *predicted)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  double cpu_ms;

  g_return_val_if_fail (trace != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "mode");
  json_builder_add_string_value (builder, easel_mode_to_string (trace->mode));
  json_builder_set_member_name (builder, "makespan_ms");
  json_builder_add_double_value (builder, round_ms (trace->makespan_ms));
  if (trace->stopped)
    {
      json_builder_set_member_name (builder, "stopped");
      json_builder_add_boolean_value (builder, TRUE);
    }
  if (predicted != NULL)
    {
      json_builder_set_member_name (builder, "predicted_makespan_ms");
      json_builder_add_double_value (builder, round_ms (predicted->makespan_ms));
    }
  /* The sum of the spans' times as written: read back, the total is
   * the same. */
  json_builder_set_member_name (builder, "cpu_ms");
  cpu_ms = 0.0;
  for (guint i = 0; i < trace->spans->len; i++)
    cpu_ms += round_ms (g_array_index (trace->spans, EaselSpan, i).cpu_ms);
  json_builder_add_double_value (builder, cpu_ms);
  if (trace->other_cores >= 0.0)
    {
      json_builder_set_member_name (builder, "self_cores");
      json_builder_add_double_value (builder, easel_json_round_1024 (trace->self_cores));
      json_builder_set_member_name (builder, "other_cores");
      json_builder_add_double_value (builder, easel_json_round_1024 (trace->other_cores));
    }
  if (trace->run_cores->len > 0)
    add_core_load (builder, trace);
  json_builder_set_member_name (builder, "spans");
  json_builder_add_value (builder, easel_trace_spans_to_json (trace));
  if (predicted != NULL)
    {
      json_builder_set_member_name (builder, "predicted_spans");
      json_builder_add_value (builder, easel_trace_spans_to_json (predicted));
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static gboolean
read_span (JsonObject  *object,
           EaselSpan   *span,
           GError     **error)
{
  static const char *numbers[] = { "painting", "coat", "thread", "start_ms", "end_ms", "cpu_ms" };
  const char *phase;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      JsonNode *node = json_object_get_member (object, numbers[i]);

      /* A number a span can hold: whole numbers read as integers. */
      if (!node_is_number (node) || !(fabs (json_node_get_double (node)) < 1e9))
        {
          g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                       _("A span has no number “%s”"), numbers[i]);
          return FALSE;
        }
    }

  phase = member_string (object, "phase");
  if (!easel_phase_from_string (phase, &span->phase))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                   _("A span has an unknown phase “%s”"), phase ? phase : "");
      return FALSE;
    }

  span->painting = json_object_get_int_member (object, "painting");
  span->coat = json_object_get_int_member (object, "coat");
  span->thread = json_object_get_int_member (object, "thread");
  span->start_ms = json_object_get_double_member (object, "start_ms");
  span->end_ms = json_object_get_double_member (object, "end_ms");
  span->cpu_ms = json_object_get_double_member (object, "cpu_ms");
  span->waiting_ms = member_double (object, "waiting_ms", 0.0);
  span->on_core = NULL;
  span->n_on_core = 0;
  span->core_waits = NULL;
  span->n_core_waits = 0;

  /* The caller frees what is read here once the trace has its copy. */
  if (!read_pairs (object, "on_core", &span->on_core, &span->n_on_core, error))
    return FALSE;
  if (!read_pairs (object, "core_waits", &span->core_waits, &span->n_core_waits, error))
    {
      g_clear_pointer ((gpointer *) &span->on_core, g_free);
      return FALSE;
    }

  return TRUE;
}

/* "load", where the run has one; a malformed one is left out. */
static void
read_core_load (JsonObject *object,
                EaselTrace *trace)
{
  JsonObject *load;
  JsonArray *per_core;
  JsonArray *run_cores;
  guint interval_ms;

  if (!json_object_has_member (object, "load") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "load")))
    return;

  load = json_object_get_object_member (object, "load");
  interval_ms = (guint) CLAMP (member_double (load, "interval_ms", 0.0), 0.0, 60000.0);
  if (interval_ms == 0 ||
      !json_object_has_member (load, "per_core") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (load, "per_core")) ||
      !json_object_has_member (load, "run_cores") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (load, "run_cores")))
    return;

  per_core = json_object_get_array_member (load, "per_core");
  run_cores = json_object_get_array_member (load, "run_cores");
  for (guint i = 0; i < json_array_get_length (per_core) && i < json_array_get_length (run_cores); i++)
    {
      JsonNode *node = json_array_get_element (per_core, i);
      JsonArray *sample;
      g_autofree double *loads = NULL;
      guint n_cores;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return;
      sample = json_node_get_array (node);
      n_cores = json_array_get_length (sample);
      if (n_cores == 0 || (trace->n_load_cores != 0 && n_cores != trace->n_load_cores))
        return;

      loads = g_new (double, n_cores);
      for (guint core = 0; core < n_cores; core++)
        loads[core] = CLAMP (element_double (sample, core, 0.0), 0.0, 1.0);
      easel_trace_add_core_load (trace, interval_ms, loads, n_cores,
                                 CLAMP (element_double (run_cores, i, 0.0), 0.0, 65536.0));
    }
}

/* Reads back one entry of "runs": its measured trace, or with @predicted
 * its prediction. */
EaselTrace *
easel_trace_new_from_json (JsonNode             *run,
                           const EaselWorkload  *workload,
                           double                cores,
                           gboolean              predicted,
                           GError              **error)
{
  g_autoptr(EaselTrace) trace = NULL;
  const char *spans_member = predicted ? "predicted_spans" : "spans";
  const char *makespan_member = predicted ? "predicted_makespan_ms" : "makespan_ms";
  JsonObject *object;
  JsonArray *spans;
  EaselMode mode;

  g_return_val_if_fail (run != NULL, NULL);
  g_return_val_if_fail (workload != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (run))
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                           _("A run is not an object"));
      return NULL;
    }

  object = json_node_get_object (run);
  if (!easel_mode_from_string (member_string (object, "mode"), &mode))
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                           _("A run has no known mode"));
      return NULL;
    }

  if (!json_object_has_member (object, spans_member) ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, spans_member)))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                   _("A run has no “%s”"), spans_member);
      return NULL;
    }

  trace = easel_trace_new (mode, workload, cores);
  trace->makespan_ms = member_double (object, makespan_member, 0.0);
  if (!predicted)
    {
      trace->self_cores = member_double (object, "self_cores", -1.0);
      trace->other_cores = member_double (object, "other_cores", -1.0);
    }

  spans = json_object_get_array_member (object, spans_member);
  for (guint i = 0; i < json_array_get_length (spans); i++)
    {
      JsonNode *node = json_array_get_element (spans, i);
      EaselSpan span;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                               _("A span is not an object"));
          return NULL;
        }

      if (!read_span (json_node_get_object (node), &span, error))
        return NULL;

      easel_trace_add_span (trace, &span);
      g_free ((gpointer) span.on_core);
      g_free ((gpointer) span.core_waits);
    }

  if (!predicted)
    {
      JsonNode *stopped = json_object_get_member (object, "stopped");

      read_core_load (object, trace);
      /* A run stopped part way says so. */
      if (stopped != NULL && JSON_NODE_HOLDS_VALUE (stopped) &&
          json_node_get_value_type (stopped) == G_TYPE_BOOLEAN && json_node_get_boolean (stopped))
        easel_trace_set_stopped (trace);
    }

  easel_trace_finish (trace);
  return g_steal_pointer (&trace);
}
