/* test-trace.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Traces and their JSON form.
 */

#include "config.h"

#include "easel-schedule.h"
#include "easel-trace.h"

static char *
to_text (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);

  return json_generator_to_data (generator, NULL);
}

static void
test_trace_json_round_trip (void)
{
  EaselWorkload w = { .paintings = 3, .coats = 2, .paint_ms = 40, .dry_ms = 60, .workers = 2 };
  g_autoptr(EaselTrace) measured = easel_trace_new (EASEL_MODE_ASYNC, &w, 2);
  g_autoptr(EaselTrace) predicted = easel_schedule_predict (EASEL_MODE_ASYNC, &w, 2);
  g_autoptr(EaselTrace) measured_back = NULL;
  g_autoptr(EaselTrace) predicted_back = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) node_back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_back = NULL;
  const EaselSpan *spans;
  const EaselSpan *spans_back;
  guint n_spans;
  guint n_spans_back;

  /* A measured trace with untidy times, as clocks give them; its first
   * coat was on a core, then waited for one, then on one again. */
  static const double on_core[] = { 0.0, 20.5, 30.25, 40.0123 };
  static const double core_waits[] = { 20.5, 30.25 };

  for (guint i = 0; i < 6; i++)
    {
      EaselSpan span = { i % 3, i / 3, i % 2 ? EASEL_PHASE_DRY : EASEL_PHASE_PAINT,
                         i % 2 ? -1 : 0, i * 41.30017, i * 41.30017 + 40.0123, i % 2 ? 0 : 40.0061 };

      if (i == 0)
        {
          span.waiting_ms = 9.75;
          span.on_core = on_core;
          span.n_on_core = 2;
          span.core_waits = core_waits;
          span.n_core_waits = 1;
        }
      easel_trace_add_span (measured, &span);
    }
  easel_trace_set_makespan (measured, 246.9876);

  node = easel_trace_to_json (measured, predicted);
  text = to_text (node);
  g_test_message ("%s", text);

  /* The promised keys are there. */
  {
    JsonObject *object = json_node_get_object (node);
    JsonObject *span = json_array_get_object_element (json_object_get_array_member (object, "spans"), 1);

    g_assert_cmpstr (json_object_get_string_member (object, "mode"), ==, "async");
    g_assert_true (json_object_has_member (object, "makespan_ms"));
    g_assert_true (json_object_has_member (object, "predicted_makespan_ms"));
    g_assert_true (json_object_has_member (object, "predicted_spans"));
    g_assert_cmpstr (json_object_get_string_member (span, "phase"), ==, "dry");
    g_assert_cmpint (json_object_get_int_member (span, "thread"), ==, -1);
    for (guint i = 0; i < 7; i++)
      g_assert_true (json_object_has_member (span, (const char *[]) { "painting", "coat", "phase", "thread",
                                                                      "start_ms", "end_ms", "cpu_ms" }[i]));
  }

  measured_back = easel_trace_new_from_json (node, &w, 2, FALSE, &error);
  g_assert_no_error (error);
  predicted_back = easel_trace_new_from_json (node, &w, 2, TRUE, &error);
  g_assert_no_error (error);

  g_assert_cmpint (easel_trace_get_mode (measured_back), ==, EASEL_MODE_ASYNC);
  g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (measured_back), 246.9876, 0.1);
  g_assert_cmpfloat (easel_trace_get_makespan (predicted_back), ==, easel_trace_get_makespan (predicted));

  spans = easel_trace_get_spans (measured, &n_spans);
  spans_back = easel_trace_get_spans (measured_back, &n_spans_back);
  g_assert_cmpuint (n_spans, ==, n_spans_back);
  for (guint i = 0; i < n_spans; i++)
    {
      g_assert_cmpuint (spans[i].painting, ==, spans_back[i].painting);
      g_assert_cmpuint (spans[i].coat, ==, spans_back[i].coat);
      g_assert_cmpint (spans[i].phase, ==, spans_back[i].phase);
      g_assert_cmpint (spans[i].thread, ==, spans_back[i].thread);
      g_assert_cmpfloat_with_epsilon (spans[i].start_ms, spans_back[i].start_ms, 0.1);
      g_assert_cmpfloat_with_epsilon (spans[i].end_ms, spans_back[i].end_ms, 0.1);
      g_assert_cmpfloat_with_epsilon (spans[i].cpu_ms, spans_back[i].cpu_ms, 0.1);
      g_assert_cmpuint (spans[i].n_on_core, ==, spans_back[i].n_on_core);
      g_assert_cmpuint (spans[i].n_core_waits, ==, spans_back[i].n_core_waits);
      for (guint k = 0; k < 2 * spans[i].n_core_waits; k++)
        g_assert_cmpfloat_with_epsilon (spans[i].core_waits[k], spans_back[i].core_waits[k], 0.1);
    }
  /* So a trace read back still tells waiting for a core from the GIL. */
  g_assert_true (easel_trace_has_core_waits (measured_back));

  /* Written again, it is the same text: nothing drifts. */
  node_back = easel_trace_to_json (measured_back, predicted_back);
  text_back = to_text (node_back);
  g_assert_cmpstr (text, ==, text_back);

  /* And the numbers print short. */
  g_assert_null (strstr (text, "0000000"));
  g_assert_null (strstr (text, "9999999"));
}

static void
test_trace_json_bad (void)
{
  static const char *bad[] = {
    "[]",
    "{}",
    "{\"mode\": \"fast\", \"spans\": []}",
    "{\"mode\": \"async\"}",
    "{\"mode\": \"async\", \"spans\": {}}",
    "{\"mode\": \"async\", \"spans\": [1]}",
    "{\"mode\": \"async\", \"spans\": [{\"painting\": 0}]}",
    "{\"mode\": \"async\", \"spans\": [{\"painting\": 0, \"coat\": 0, \"phase\": \"nap\", \"thread\": 0,"
      " \"start_ms\": 0, \"end_ms\": 1, \"cpu_ms\": 0}]}",
    "{\"mode\": \"async\", \"spans\": [{\"painting\": \"0\", \"coat\": 0, \"phase\": \"paint\", \"thread\": 0,"
      " \"start_ms\": 0, \"end_ms\": 1, \"cpu_ms\": 0}]}",
  };
  EaselWorkload w;

  easel_workload_init (&w);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(JsonNode) node = json_from_string (bad[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(EaselTrace) trace = NULL;

      g_assert_nonnull (node);
      trace = easel_trace_new_from_json (node, &w, 2, FALSE, &error);
      g_assert_null (trace);
      g_assert_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/trace/json-round-trip", test_trace_json_round_trip);
  g_test_add_func ("/easel/trace/json-bad", test_trace_json_bad);

  return g_test_run ();
}
