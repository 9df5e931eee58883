/* easel-cli.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Headless runs from the command line: `easel --run=MODE …` runs the
 * paintings with no display, then prints a table or JSON (the hammer's
 * command is easel-cli-hammer.c). It is also how the tests and
 * benchmarks drive the engine.
 */

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>

#include "easel-cli-private.h"
#include "easel-comparison.h"
#include "easel-cores.h"
#include "easel-export.h"
#include "easel-figure.h"
#include "easel-handout.h"
#include "easel-run-file.h"
#include "easel-trace-events.h"
#include "easel-question.h"
#include "easel-scaling-chart.h"
#include "easel-schedule.h"
#include "easel-series.h"
#include "easel-slide.h"
#include "easel-smt.h"

/* One line on standard error, whatever the message holds. */
void
_easel_cli_print_line (const char *message)
{
  g_autofree char *line = easel_cli_dup_one_line (message);

  g_printerr ("easel: %s\n", line);
}

static int
usage_error (const char *format,
             ...) G_GNUC_PRINTF (1, 2);

static int
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  _easel_cli_print_line (message);

  return EASEL_EXIT_USAGE;
}

static gboolean
stop_on_signal (EaselCliHeadless *headless,
                int       signal)
{
  headless->signal = signal;
  g_cancellable_cancel (headless->cancellable);

  return G_SOURCE_CONTINUE;
}

static gboolean
sigint_cb (gpointer user_data)
{
  return stop_on_signal (user_data, SIGINT);
}

static gboolean
sigterm_cb (gpointer user_data)
{
  return stop_on_signal (user_data, SIGTERM);
}

static gboolean
sighup_cb (gpointer user_data)
{
  return stop_on_signal (user_data, SIGHUP);
}

/* SIGINT, SIGTERM and SIGHUP (the terminal closed) cancel the work, from
 * now until the returned sources are removed (the files being written
 * included). */
void
_easel_cli_catch_signals (EaselCliHeadless *headless,
                          GMainContext     *context,
                          GSource          *sources[EASEL_CLI_N_SIGNALS])
{
  static const struct {
    int         signal;
    GSourceFunc callback;
  } caught[EASEL_CLI_N_SIGNALS] = {
    { SIGINT, sigint_cb },
    { SIGTERM, sigterm_cb },
    { SIGHUP, sighup_cb },
  };

  for (guint i = 0; i < EASEL_CLI_N_SIGNALS; i++)
    {
      sources[i] = g_unix_signal_source_new (caught[i].signal);
      g_source_set_callback (sources[i], caught[i].callback, headless, NULL);
      g_source_attach (sources[i], context);
    }
}

void
_easel_cli_release_signals (GSource *sources[EASEL_CLI_N_SIGNALS])
{
  for (guint i = 0; i < EASEL_CLI_N_SIGNALS; i++)
    {
      g_source_destroy (sources[i]);
      g_clear_pointer (&sources[i], g_source_unref);
    }
}

/* The status of a command stopped by @signal: 130 for SIGINT, 143 for
 * SIGTERM, as a shell reports them. */
int
_easel_cli_interrupted (int signal)
{
  g_printerr ("easel: %s\n", _("interrupted; every thread was stopped"));

  return 128 + (signal != 0 ? signal : SIGINT);
}

/* --export-handout: the target is made first (a bad one is a usage
 * error), then the runs, then the file. */
static int
export_handout (const EaselCliRequest *request)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (request->export_path);
  g_autoptr(EaselAtomicFile) target = NULL;
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) slides = NULL;
  EaselCliHeadless headless = { cancellable };
  GSource *signals[EASEL_CLI_N_SIGNALS];
  gboolean ok;

  target = easel_atomic_file_new (file, &error);
  if (target == NULL)
    return usage_error ("%s", error->message);

  g_main_context_push_thread_default (context);
  _easel_cli_catch_signals (&headless, context, signals);
  slides = easel_slides_load ();
  ok = easel_handout_write (target, slides, request->handout_kind, cancellable, &error);
  _easel_cli_release_signals (signals);
  g_main_context_pop_thread_default (context);

  if (headless.signal != 0)
    return _easel_cli_interrupted (headless.signal);

  if (!ok)
    {
      _easel_cli_print_line (error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

/* A JSON report on standard output: an object that starts with Easel's
 * version and the machine; print it with _easel_cli_json_print(). */
JsonBuilder *
_easel_cli_json_begin (void)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_string_value (builder, PACKAGE_VERSION);
  json_builder_set_member_name (builder, "machine");
  _easel_cli_add_machine (builder);

  return builder;
}

void
_easel_cli_json_print (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = NULL;

  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  _easel_cli_json_print_node (root);
}

void
_easel_cli_json_print_node (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* "machine": the machine's cores, and those Easel may really use. */
void
_easel_cli_add_machine (JsonBuilder *builder)
{
  const EaselCores *cores = easel_cores_get_default ();
  EaselCapacity capacity;

  easel_capacity_init_default (&capacity);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "cores");
  json_builder_add_int_value (builder, g_get_num_processors ());
  json_builder_set_member_name (builder, "online_cores");
  json_builder_add_int_value (builder, cores->online);
  json_builder_set_member_name (builder, "usable_cores");
  json_builder_add_double_value (builder, cores->usable);
  json_builder_set_member_name (builder, "physical_cores");
  json_builder_add_int_value (builder, cores->physical);
  if (easel_capacity_has_smt (&capacity))
    {
      /* What the predictions take a second hardware thread to be worth,
       * and whether that was measured here or is the usual figure. */
      json_builder_set_member_name (builder, "sibling_worth");
      json_builder_add_double_value (builder, easel_json_round_1024 (capacity.sibling));
      json_builder_set_member_name (builder, "sibling_worth_measured");
      json_builder_add_boolean_value (builder, capacity.sibling_measured);
    }
  json_builder_set_member_name (builder, "limit");
  if (easel_cores_limit_to_string (cores->limit) != NULL)
    json_builder_add_string_value (builder, easel_cores_limit_to_string (cores->limit));
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
}

/* The record as a run file (a JSON document that Easel opens again),
 * with what the command line adds to each run: the cores other
 * programs left free and the model's time on them, and the guess. */
static void
print_json (EaselRecord *record,
            const char  *label,
            double       guess_ms)
{
  EaselMachine machine = { 0 };
  g_autoptr(JsonNode) root = NULL;
  const EaselRunResult *results;
  JsonArray *runs;
  guint n_results;

  easel_machine_init_here (&machine, label);
  root = easel_run_file_to_json (record, &machine);
  easel_machine_clear (&machine);
  runs = json_object_get_array_member (json_node_get_object (root), "runs");
  results = easel_record_get_results (record, &n_results);
  for (guint i = 0; i < n_results; i++)
    {
      JsonObject *run = json_array_get_object_element (runs, i);
      double free_cores;
      double free_ms = easel_schedule_predict_free (results[i].measured, &free_cores);

      /* The cores other programs left free, and the model's time on
       * them, wherever their load is known. */
      if (free_ms > 0.0)
        {
          json_object_set_double_member (run, "free_cores", easel_json_round_1024 (free_cores));
          json_object_set_double_member (run, "predicted_free_ms", round (free_ms * 1000.0) / 1000.0);
        }
      /* The user's guess, and how far the run was from it. */
      if (guess_ms > 0.0)
        {
          json_object_set_double_member (run, "guess_ms", guess_ms);
          json_object_set_double_member (run, "guess_error",
                                         easel_json_round_1024 (easel_trace_get_makespan (results[i].measured) /
                                                                guess_ms - 1.0));
        }
    }

  _easel_cli_json_print_node (root);
}

/* The note of the figures, where other programs changed one of them by
 * more than EASEL_RUN_OTHERS_CHANGE: the same words as under the
 * charts. */
static void
print_others_note (const EaselRunResult *results,
                   guint                 n_results)
{
  g_autofree char *note = easel_run_results_dup_others_note (results, n_results);

  if (note != NULL)
    g_print ("%s\n", note);
}

/* Each run beside the user's guess, and why it took what it took:
 * "Sequential: you guessed 3.0 s; measured 9.0 s, predicted 9.0 s: one
 * after another, every coat’s painting and drying adds up." */
static void
print_guess (EaselRecord *record,
             double       guess_ms)
{
  const EaselCapacity *capacity = easel_record_get_capacity (record);
  g_autofree char *guess = easel_answer_format (EASEL_ANSWER_MS, guess_ms);
  guint n_results;
  const EaselRunResult *results = easel_record_get_results (record, &n_results);

  for (guint i = 0; i < n_results; i++)
    {
      EaselMode mode = easel_trace_get_mode (results[i].measured);
      g_autofree char *measured = easel_answer_format (EASEL_ANSWER_MS,
                                                       easel_trace_get_makespan (results[i].measured));
      g_autofree char *predicted = easel_answer_format (EASEL_ANSWER_MS,
                                                        easel_trace_get_makespan (results[i].predicted));
      g_autofree char *why = easel_mode_dup_explanation (mode, easel_trace_get_workload (results[i].measured),
                                                         capacity);

      /* Translators: "Sequential: you guessed 3.0 s; measured 9.0 s, predicted 9.0 s: one after another, …" */
      g_print (_("%s: you guessed %s; measured %s, predicted %s: %s.\n"), easel_mode_get_title (mode), guess,
               measured, predicted, why);
    }
}

static void
print_table (const EaselRunResult *results,
             guint                 n_results)
{
  const EaselCores *cores = easel_cores_get_default ();
  double sequential_ms = 0.0;

  /* Predictions are for the cores Easel may use: say when that is fewer. */
  if (cores->limit != EASEL_CORES_LIMIT_NONE)
    {
      g_autofree char *why = easel_cores_dup_description (cores);

      g_print ("%s\n", why);
    }

  /* Speed-ups are over the measured sequential run when there is one,
   * else over the predicted one. */
  for (guint i = 0; i < n_results; i++)
    if (easel_trace_get_mode (results[i].measured) == EASEL_MODE_SEQUENTIAL)
      sequential_ms = easel_trace_get_makespan (results[i].measured);

  if (sequential_ms == 0.0)
    {
      EaselTrace *first = results[0].measured;
      g_autoptr(EaselTrace) sequential = easel_schedule_predict (EASEL_MODE_SEQUENTIAL,
                                                                 easel_trace_get_workload (first),
                                                                 easel_trace_get_cores (first));

      sequential_ms = easel_trace_get_makespan (sequential);
    }

  g_print ("%-12s %12s %12s %10s %9s\n",
           _("mode"), _("measured"), _("predicted"), _("ratio"), _("speed-up"));

  for (guint i = 0; i < n_results; i++)
    {
      double makespan = easel_trace_get_makespan (results[i].measured);
      double ideal = easel_trace_get_makespan (results[i].predicted);

      g_print ("%-12s %9.1f ms %9.1f ms %10.3f %8.2f×\n",
               easel_mode_to_string (easel_trace_get_mode (results[i].measured)),
               makespan, ideal, makespan / ideal, sequential_ms / makespan);
    }

  print_others_note (results, n_results);
}

/* Draws the runs into @target and puts it in place, unless a signal came
 * meanwhile: then the old file stays. */
static gboolean
write_export (EaselAtomicFile              *target,
              const EaselCliRequest        *request,
              EaselSeries                  *series,
              const EaselScalingPrediction *scaling,
              EaselCliHeadless             *headless,
              GError                      **error)
{
  EaselRenderStyle style;
  EaselFigure figure = { NULL, 0, scaling, &style };
  gboolean drawn;

  if (request->export_trace)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = easel_trace_events_to_json (easel_series_get_record (series));
      g_autofree char *data = NULL;
      gsize length;

      json_generator_set_root (generator, root);
      data = json_generator_to_data (generator, &length);
      drawn = easel_atomic_file_write (target, data, length, error);
    }
  else
    {
      figure.results = easel_series_get_results (series, &figure.n_results);
      easel_render_style_init_light (&style);
      drawn = easel_export_to_atomic_file (target, request->export_format,
                                           request->export_width, request->export_height,
                                           easel_figure_draw_cb, &figure, error);
      easel_render_style_clear (&style);
    }
  if (!drawn)
    return FALSE;

  /* A signal that came during the write is heard before the rename. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  if (headless->signal != 0)
    return TRUE;

  return easel_atomic_file_commit (target, error);
}

/* With --export, the export's target, made first: a bad one is a usage
 * error before any work, and the old file stays until the new one is
 * whole. Returns -1, or the exit status of a bad target. */
int
_easel_cli_open_export (const EaselCliRequest  *request,
                        EaselAtomicFile       **target)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  *target = NULL;
  if (request->export_path == NULL)
    return -1;

  file = g_file_new_for_commandline_arg (request->export_path);
  *target = easel_atomic_file_new (file, &error);
  if (*target == NULL)
    return usage_error ("%s", error->message);

  return -1;
}

/* Where hardware threads share cores, what a second one on a busy core
 * adds, measured once before the predictions are made (half a second);
 * elsewhere nothing is done. */
static void
measure_siblings (void)
{
  if (easel_cores_has_smt (easel_cores_get_default ()))
    easel_capacity_set_sibling (easel_smt_measure_default ());
}

/* Runs @series and, into @target (from _easel_cli_open_export(), or NULL), draws it
 * (with @curve, as the request's scaling curve). Returns -1 when the
 * results are there to report, else the exit status. */
static int
run_series (const EaselCliRequest *request,
            EaselSeries           *series,
            gboolean               curve,
            EaselAtomicFile       *target)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(EaselScalingPrediction) scaling = NULL;
  g_autoptr(GError) error = NULL;
  EaselCliHeadless headless = { cancellable };
  GSource *signals[EASEL_CLI_N_SIGNALS];
  gboolean ran;
  gboolean written = TRUE;

  /* The signals first: one that comes while the siblings are measured
   * (half a second, where hardware threads share cores) stops the
   * command as soon as the runs start, its temporary file removed. */
  _easel_cli_catch_signals (&headless, NULL, signals);
  measure_siblings ();
  if (curve)
    {
      EaselCapacity capacity;

      easel_capacity_init_default (&capacity);
      scaling = easel_scaling_prediction_new (&request->scaling, &capacity);
    }
  ran = easel_series_run (series, cancellable, &error);
  if (ran && target != NULL)
    written = write_export (target, request, series, scaling, &headless, &error);
  _easel_cli_release_signals (signals);

  if (headless.signal != 0)
    return _easel_cli_interrupted (headless.signal);

  /* A file that could not be written after the work is an I/O failure,
   * not a usage error. */
  if (!ran || !written)
    {
      _easel_cli_print_line (error->message);
      return EXIT_FAILURE;
    }

  return -1;
}


/* easel --run=MODE: the runs, the file and the report. */
static int
run_paintings (const EaselCliRequest *request)
{
  g_autoptr(EaselSeries) series = NULL;
  g_autoptr(EaselAtomicFile) target = NULL;
  const EaselRunResult *results;
  guint n_results;
  int status;

  status = _easel_cli_open_export (request, &target);
  if (status >= 0)
    return status;

  series = easel_series_new (request->modes, request->n_modes, &request->workload);
  status = run_series (request, series, FALSE, target);
  if (status >= 0)
    return status;

  results = easel_series_get_results (series, &n_results);
  if (request->json)
    {
      print_json (easel_series_get_record (series), request->label, request->guess_ms);
    }
  else
    {
      print_table (results, n_results);
      if (request->guess_ms > 0.0)
        print_guess (easel_series_get_record (series), request->guess_ms);
    }

  return EXIT_SUCCESS;
}

/* "@name": @cores, or null where they are not known. */
void
_easel_cli_add_cores_or_null (JsonBuilder *builder,
                              const char  *name,
                              gboolean     known,
                              double       cores)
{
  json_builder_set_member_name (builder, name);
  if (known)
    json_builder_add_double_value (builder, easel_json_round_1024 (cores));
  else
    json_builder_add_null_value (builder);
}

/* The curve as a run file, with each point's median, spread and
 * speed-ups beside the model's under "scaling", and how many times each
 * point was measured. */
static void
print_scaling_json (const EaselCliRequest *request,
                    EaselRecord           *record,
                    GArray                *points)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  EaselMachine machine = { 0 };
  const EaselRunResult *results;
  guint n_results;

  easel_machine_init_here (&machine, request->label);
  root = easel_run_file_to_json (record, &machine);
  easel_machine_clear (&machine);
  json_object_set_int_member (json_node_get_object (root), "repeats", EASEL_SCALING_REPEATS);
  results = easel_record_get_results (record, &n_results);

  json_builder_begin_array (builder);
  for (guint p = 0; p < points->len; p++)
    {
      const EaselScalingPoint *point = &g_array_index (points, EaselScalingPoint, p);
      EaselTrace *median = results[point->median_result].measured;
      double self_cores, other_cores;
      gboolean known = easel_trace_get_load (median, &self_cores, &other_cores);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "mode");
      json_builder_add_string_value (builder, easel_mode_to_string (point->mode));
      json_builder_set_member_name (builder, "workers");
      json_builder_add_int_value (builder, point->workers);
      /* The median of the runs, then every run in the order it ran. */
      json_builder_set_member_name (builder, "makespan_ms");
      json_builder_add_double_value (builder, easel_json_round_1024 (point->median_ms));
      json_builder_set_member_name (builder, "runs");
      json_builder_begin_array (builder);
      for (guint i = 0; i < n_results; i++)
        if (easel_trace_get_mode (results[i].measured) == point->mode &&
            easel_run_result_get_workers (&results[i]) == point->workers)
          {
            double run_self, run_other;
            gboolean run_known = easel_trace_get_load (results[i].measured, &run_self, &run_other);

            json_builder_begin_object (builder);
            json_builder_set_member_name (builder, "makespan_ms");
            json_builder_add_double_value (builder, easel_json_round_1024 (easel_trace_get_makespan (results[i].measured)));
            _easel_cli_add_cores_or_null (builder, "other_cores", run_known, run_other);
            json_builder_end_object (builder);
          }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "scattered");
      json_builder_add_boolean_value (builder, point->scattered);
      json_builder_set_member_name (builder, "predicted_makespan_ms");
      json_builder_add_double_value (builder,
                                     easel_json_round_1024 (easel_trace_get_makespan (results[point->median_result].predicted)));
      /* As for --run: what Easel and other programs used during the
       * median run. */
      _easel_cli_add_cores_or_null (builder, "self_cores", known, self_cores);
      _easel_cli_add_cores_or_null (builder, "other_cores", known, other_cores);
      json_builder_set_member_name (builder, "speedup");
      json_builder_add_double_value (builder, easel_json_round_1024 (point->speedup));
      json_builder_set_member_name (builder, "speedup_low");
      json_builder_add_double_value (builder, easel_json_round_1024 (point->speedup_low));
      json_builder_set_member_name (builder, "speedup_high");
      json_builder_add_double_value (builder, easel_json_round_1024 (point->speedup_high));
      json_builder_set_member_name (builder, "predicted_speedup");
      json_builder_add_double_value (builder, easel_json_round_1024 (point->predicted_speedup));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_object_set_member (json_node_get_object (root), "scaling", json_builder_get_root (builder));

  _easel_cli_json_print_node (root);
}

/* @text right-aligned in @width characters (not bytes: "–" is three). */
static char *
pad_left (const char *text,
          guint       width)
{
  glong length = g_utf8_strlen (text, -1);
  g_autofree char *spaces = g_strnfill (length < width ? width - length : 0, ' ');

  return g_strconcat (spaces, text, NULL);
}

static void
print_scaling_table (const EaselRunResult *results,
                     guint                 n_results,
                     GArray               *points)
{
  g_autofree char *cores = easel_cores_dup_description (easel_cores_get_default ());
  g_autofree char *note = easel_scaling_dup_note (results, n_results);

  /* Translators: "The same work split among 1, 2, … workers, on 2 cores;
   * each point the median of 3 runs" */
  g_print (_("The same work split among 1, 2, … workers, on %s; each point the median of %u runs\n"),
           cores, EASEL_SCALING_REPEATS);
  g_print ("%-10s %8s %12s %15s %12s %9s %13s %10s\n",
           _("mode"), _("workers"), _("measured"), _("runs"), _("predicted"), _("speed-up"), _("spread"), _("predicted"));
  for (guint p = 0; p < points->len; p++)
    {
      const EaselScalingPoint *point = &g_array_index (points, EaselScalingPoint, p);
      g_autofree char *runs = g_strdup_printf ("%.0f–%.0f ms", point->min_ms, point->max_ms);
      g_autofree char *spread = g_strdup_printf ("%.2f–%.2f×%s", point->speedup_low, point->speedup_high,
                                                 point->scattered ? " !" : "");

      g_autofree char *runs_cell = pad_left (runs, 15);
      g_autofree char *spread_cell = pad_left (spread, 13);

      g_print ("%-10s %8u %9.1f ms %s %9.1f ms %8.2f× %s %9.2f×\n",
               easel_mode_to_string (point->mode), point->workers, point->median_ms, runs_cell,
               easel_trace_get_makespan (results[point->median_result].predicted),
               point->speedup, spread_cell, point->predicted_speedup);
    }

  if (note != NULL)
    g_print ("%s\n", note);
}

/* easel --scaling: the curve, its figure, then its table or JSON. */
static int
run_scaling (const EaselCliRequest *request)
{
  g_autoptr(EaselSeries) scaling = easel_scaling_new_series (&request->scaling);
  g_autoptr(GArray) points = NULL;
  g_autoptr(EaselAtomicFile) target = NULL;
  const EaselRunResult *results;
  guint n_results;
  int status;

  status = _easel_cli_open_export (request, &target);
  if (status >= 0)
    return status;

  status = run_series (request, scaling, TRUE, target);
  if (status >= 0)
    return status;

  results = easel_series_get_results (scaling, &n_results);
  points = easel_scaling_points_new (results, n_results);
  if (request->json)
    print_scaling_json (request, easel_series_get_record (scaling), points);
  else
    print_scaling_table (results, n_results, points);

  return EXIT_SUCCESS;
}

/* Runs what the command line asks for and returns the exit status: 2 for
 * a usage error, found before any work starts. */
int
easel_cli_run (GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  EaselCliRequest request;
  int status = EXIT_FAILURE;

  if (!easel_cli_parse (options, &request, &error))
    {
      easel_cli_request_clear (&request);
      return usage_error ("%s", error->message);
    }

  /* Over a file size limit (ulimit -f), a write fails with EFBIG, and
   * the export says so and removes its temporary file, instead of the
   * process being killed with it left behind. */
  signal (SIGXFSZ, SIG_IGN);

  switch (request.action)
    {
    case EASEL_CLI_RUN:
      status = run_paintings (&request);
      break;

    case EASEL_CLI_HAMMER:
      status = _easel_cli_run_hammer (&request);
      break;

    case EASEL_CLI_HANDOUT:
      status = export_handout (&request);
      break;

    case EASEL_CLI_SCALING:
      status = run_scaling (&request);
      break;

    case EASEL_CLI_COMPARE:
      status = _easel_cli_run_compare (&request);
      break;

    case EASEL_CLI_HAMMER_WORKER:
      status = easel_hammer_worker_main ();
      break;

    default:
      g_assert_not_reached ();
    }

  easel_cli_request_clear (&request);

  return status;
}
