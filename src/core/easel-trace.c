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

/* Whether other programs used enough of the usable cores during the run
 * (more than a tenth) to change what it measured. */
gboolean
easel_trace_is_disturbed (EaselTrace *trace)
{
  g_return_val_if_fail (trace != NULL, FALSE);

  return trace->other_cores > EASEL_TRACE_BUSY_FRACTION * MAX (trace->cores, 0.01);
}

/* "Other programs used 0.9 cores during this run; measured times include
 * waiting for them", where they used enough to matter, else NULL. */
char *
easel_trace_dup_load_notice (EaselTrace *trace)
{
  g_return_val_if_fail (trace != NULL, NULL);

  if (!easel_trace_is_disturbed (trace))
    return NULL;

  /* Translators: under a chart whose run shared the machine, "Other
   * programs used 0.9 cores during this run; …" */
  return g_strdup_printf (_("Other programs used %.1f cores during this run; measured times include waiting for them"),
                          trace->other_cores);
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

/* Times in JSON are rounded to 1/16 ms (62.5 µs), finer than any timer
 * here: such binary fractions print exactly and briefly ("30.0625", not
 * "30.082000000000001"), and rounding them again changes nothing. */
static double
round_ms (double ms)
{
  return round (ms * 16.0) / 16.0;
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
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

/* One entry of "runs": the measured trace and, if given, its prediction. */
JsonNode *
easel_trace_to_json (EaselTrace *trace,
                     EaselTrace *predicted)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (trace != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "mode");
  json_builder_add_string_value (builder, easel_mode_to_string (trace->mode));
  json_builder_set_member_name (builder, "makespan_ms");
  json_builder_add_double_value (builder, round_ms (trace->makespan_ms));
  if (predicted != NULL)
    {
      json_builder_set_member_name (builder, "predicted_makespan_ms");
      json_builder_add_double_value (builder, round_ms (predicted->makespan_ms));
    }
  json_builder_set_member_name (builder, "cpu_ms");
  json_builder_add_double_value (builder, round_ms (easel_trace_get_cpu_ms (trace)));
  if (trace->other_cores >= 0.0)
    {
      json_builder_set_member_name (builder, "self_cores");
      json_builder_add_double_value (builder, round (trace->self_cores * 1024) / 1024);
      json_builder_set_member_name (builder, "other_cores");
      json_builder_add_double_value (builder, round (trace->other_cores * 1024) / 1024);
    }
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

      if (node == NULL || json_node_get_value_type (node) == G_TYPE_STRING ||
          JSON_NODE_TYPE (node) != JSON_NODE_VALUE)
        {
          g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                       _("A span has no number “%s”"), numbers[i]);
          return FALSE;
        }
    }

  phase = json_object_get_string_member_with_default (object, "phase", NULL);
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

  return TRUE;
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
  if (!easel_mode_from_string (json_object_get_string_member_with_default (object, "mode", NULL), &mode))
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
  trace->makespan_ms = json_object_get_double_member_with_default (object, makespan_member, 0.0);
  if (!predicted)
    {
      trace->self_cores = json_object_get_double_member_with_default (object, "self_cores", -1.0);
      trace->other_cores = json_object_get_double_member_with_default (object, "other_cores", -1.0);
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
    }

  easel_trace_finish (trace);
  return g_steal_pointer (&trace);
}
