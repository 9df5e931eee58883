/* easel-cli-compare.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * --compare FILE…: a class's machines side by side. Each run file is one
 * machine (its label, CPU and cores); the first file's workload is the
 * one compared, and a file that ran another is named and left out ("B
 * ran 4 paintings, not 3: left out"), as is a scaling curve among runs.
 * Runs show each mode's time and its speed-up over sequential on the
 * same machine; curves, each point's speed-up, with the machine's cores.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-cli-private.h"
#include "easel-render-style.h"
#include "easel-run-file.h"
#include "easel-scaling.h"

/* Why @record (in @file) cannot stand beside @reference, or NULL where
 * it can: another kind of record, or another workload. */
static char *
dup_mismatch (EaselRecord *reference,
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

/* The time of @mode among @record's runs, or 0. */
static double
mode_ms (EaselRecord *record,
         EaselMode    mode)
{
  const EaselRunResult *runs;
  guint n;

  runs = easel_record_get_results (record, &n);
  for (guint i = 0; i < n; i++)
    if (easel_trace_get_mode (runs[i].measured) == mode)
      return easel_trace_get_makespan (runs[i].measured);

  return 0.0;
}

/* One machine's heading: its name, CPU, cores and date. */
static void
print_machine (EaselRecord *record,
               const char  *file)
{
  const EaselMachine *machine = easel_record_get_machine (record);
  g_autofree char *name = easel_machine_dup_name (machine);
  g_autofree char *date = g_date_time_format (easel_record_get_date (record), "%Y-%m-%d");

  g_print ("%s — %s, %s\n", file, name, date);
  if (machine->label != NULL && machine->model != NULL)
    g_print ("  %s\n", machine->model);
}

static void
print_runs (EaselRecord *record)
{
  double sequential = mode_ms (record, EASEL_MODE_SEQUENTIAL);

  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    {
      double ms = mode_ms (record, mode);
      g_autofree char *seconds = NULL;

      if (ms <= 0.0)
        continue;
      seconds = easel_format_seconds (ms, ms < 1000 ? 1 : ms < 10000 ? 10 : 100);
      if (sequential > 0.0)
        g_print ("  %-16s %9s %7.2f×\n", easel_mode_get_title (mode), seconds, sequential / ms);
      else
        g_print ("  %-16s %9s\n", easel_mode_get_title (mode), seconds);
    }
}

static void
print_curve (EaselRecord *record)
{
  const EaselRunResult *runs;
  g_autoptr(GArray) points = NULL;
  guint n;

  runs = easel_record_get_results (record, &n);
  points = easel_scaling_points_new (runs, n);
  for (guint i = 0; i < points->len; i++)
    {
      const EaselScalingPoint *point = &g_array_index (points, EaselScalingPoint, i);

      /* Translators: a point of a compared scaling curve, "Parallel, 4 workers: 2.00×" */
      g_print (_("  %s, %u workers: %.2f×\n"), easel_mode_get_title (point->mode), point->workers, point->speedup);
    }
}

static JsonObject *
machine_to_json (EaselRecord *record,
                 const char  *file)
{
  const EaselMachine *machine = easel_record_get_machine (record);
  JsonObject *object = json_object_new ();
  g_autofree char *date = g_date_time_format_iso8601 (easel_record_get_date (record));
  JsonArray *runs = json_array_new ();

  json_object_set_string_member (object, "file", file);
  if (machine->label != NULL)
    json_object_set_string_member (object, "label", machine->label);
  else
    json_object_set_null_member (object, "label");
  if (machine->model != NULL)
    json_object_set_string_member (object, "model", machine->model);
  else
    json_object_set_null_member (object, "model");
  json_object_set_double_member (object, "usable_cores", machine->usable);
  json_object_set_string_member (object, "date", date);

  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    {
      double ms = mode_ms (record, mode), sequential = mode_ms (record, EASEL_MODE_SEQUENTIAL);
      JsonObject *run;

      if (ms <= 0.0)
        continue;
      run = json_object_new ();
      json_object_set_string_member (run, "mode", easel_mode_to_string (mode));
      json_object_set_double_member (run, "makespan_ms", easel_json_round_1024 (ms));
      if (sequential > 0.0)
        json_object_set_double_member (run, "speedup", easel_json_round_1024 (sequential / ms));
      json_array_add_object_element (runs, run);
    }
  json_object_set_array_member (object, "runs", runs);

  return object;
}

/* Prints the machines side by side (a table, or JSON), those left out
 * named; 0. */
int
_easel_cli_run_compare (const EaselCliRequest *request)
{
  EaselRecord *reference = g_ptr_array_index (request->records, 0);
  JsonObject *root = json_object_new ();
  JsonArray *machines = json_array_new ();
  JsonArray *left_out = json_array_new ();
  g_autoptr(JsonNode) node = NULL;

  for (guint i = 0; i < request->records->len; i++)
    {
      EaselRecord *record = g_ptr_array_index (request->records, i);
      g_autofree char *file = g_filename_display_basename (request->files[i]);
      g_autofree char *mismatch = dup_mismatch (reference, record, file);

      if (mismatch != NULL)
        {
          json_array_add_string_element (left_out, mismatch);
          continue;
        }
      json_array_add_object_element (machines, machine_to_json (record, file));
      if (request->json)
        continue;

      print_machine (record, file);
      if (easel_record_get_scaling_params (record) != NULL)
        print_curve (record);
      else
        print_runs (record);
      g_print ("\n");
    }

  for (guint i = 0; !request->json && i < json_array_get_length (left_out); i++)
    _easel_cli_print_line (json_array_get_string_element (left_out, i));

  json_object_set_array_member (root, "machines", machines);
  json_object_set_array_member (root, "left_out", left_out);
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, root);
  if (request->json)
    _easel_cli_json_print_node (node);

  return EXIT_SUCCESS;
}
