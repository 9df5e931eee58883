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
#include "easel-export.h"
#include "easel-machines.h"
#include "easel-render-style.h"
#include "easel-run-file.h"
#include "easel-scaling.h"

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
  double sequential = easel_record_get_mode_ms (record, EASEL_MODE_SEQUENTIAL);

  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    {
      double ms = easel_record_get_mode_ms (record, mode);
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
      double ms = easel_record_get_mode_ms (record, mode), sequential = easel_record_get_mode_ms (record, EASEL_MODE_SEQUENTIAL);
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

/* With --export, the machines compared as a figure, written whole or
 * not at all into @target; the exit status. A signal meanwhile (INT,
 * TERM, HUP) leaves the old file and no temporary one. */
static int
export_machines (const EaselCliRequest *request,
                 EaselAtomicFile       *target,
                 GPtrArray             *compared)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  EaselCliHeadless headless = { cancellable };
  GSource *signals[EASEL_CLI_N_SIGNALS];
  EaselRenderStyle style;
  EaselMachinesFigure figure = { (EaselRecord * const *) compared->pdata, compared->len, &style };
  gboolean written;

  _easel_cli_catch_signals (&headless, NULL, signals);
  easel_render_style_init_light (&style);
  written = easel_export_to_atomic_file (target, request->export_format, request->export_width,
                                         request->export_height, easel_machines_draw_cb, &figure, &error);
  easel_render_style_clear (&style);
  /* A signal that came during the write is heard before the rename. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  written = written && (headless.signal != 0 || easel_atomic_file_commit (target, &error));
  _easel_cli_release_signals (signals);

  if (headless.signal != 0)
    return _easel_cli_interrupted (headless.signal);
  if (!written)
    {
      _easel_cli_print_line (error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

/* Prints the machines side by side (a table, or JSON), those left out
 * named, and with --export draws them; the exit status. */
int
_easel_cli_run_compare (const EaselCliRequest *request)
{
  EaselRecord *reference = g_ptr_array_index (request->records, 0);
  g_autoptr(GPtrArray) compared = g_ptr_array_new ();
  g_autoptr(EaselAtomicFile) target = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root;
  JsonArray *machines, *left_out;
  int status;

  /* A target that cannot be written fails before anything is printed. */
  status = _easel_cli_open_export (request, &target);
  if (status >= 0)
    return status;

  root = json_object_new ();
  machines = json_array_new ();
  left_out = json_array_new ();

  for (guint i = 0; i < request->records->len; i++)
    {
      EaselRecord *record = g_ptr_array_index (request->records, i);
      g_autofree char *file = g_filename_display_basename (request->files[i]);
      g_autofree char *mismatch = easel_run_file_dup_mismatch (reference, record, file);

      if (mismatch != NULL)
        {
          json_array_add_string_element (left_out, mismatch);
          continue;
        }
      json_array_add_object_element (machines, machine_to_json (record, file));
      g_ptr_array_add (compared, record);
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

  return target != NULL ? export_machines (request, target, compared) : EXIT_SUCCESS;
}
