/* easel-cli.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Headless runs from the command line: `easel --run=MODE …` runs the
 * paintings with no display, then prints a table or JSON. It is also how
 * the tests and benchmarks drive the engine.
 */

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>

#include "easel-cli.h"
#include "easel-comparison.h"
#include "easel-cores.h"
#include "easel-cpu-ledger.h"
#include "easel-cpu-sampler.h"
#include "easel-export.h"
#include "easel-figure.h"
#include "easel-hammer.h"
#include "easel-handout.h"
#include "easel-load-plot.h"
#include "easel-python-loop.h"
#include "easel-scaling-chart.h"
#include "easel-schedule.h"
#include "easel-series.h"
#include "easel-slide.h"
#include "easel-smt.h"

/* One line on standard error, whatever the message holds. */
static void
print_line (const char *message)
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

  print_line (message);

  return EASEL_EXIT_USAGE;
}

/* What a signal does to a command: it cancels the work, and the signal
 * is kept for the exit status. */
typedef struct
{
  GCancellable *cancellable;
  /* The signal that stopped the work, or 0. */
  int           signal;
} Headless;

static gboolean
stop_on_signal (Headless *headless,
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

/* SIGINT and SIGTERM cancel the work, from now until the returned
 * sources are removed (the files being written included). */
static void
catch_signals (Headless     *headless,
               GMainContext *context,
               GSource      *sources[2])
{
  sources[0] = g_unix_signal_source_new (SIGINT);
  g_source_set_callback (sources[0], sigint_cb, headless, NULL);
  g_source_attach (sources[0], context);
  sources[1] = g_unix_signal_source_new (SIGTERM);
  g_source_set_callback (sources[1], sigterm_cb, headless, NULL);
  g_source_attach (sources[1], context);
}

static void
release_signals (GSource *sources[2])
{
  for (guint i = 0; i < 2; i++)
    {
      g_source_destroy (sources[i]);
      g_clear_pointer (&sources[i], g_source_unref);
    }
}

/* The status of a command stopped by @signal: 130 for SIGINT, 143 for
 * SIGTERM, as a shell reports them. */
static int
interrupted (int signal)
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
  Headless headless = { cancellable };
  GSource *signals[2];
  gboolean ok;

  target = easel_atomic_file_new (file, &error);
  if (target == NULL)
    return usage_error ("%s", error->message);

  g_main_context_push_thread_default (context);
  catch_signals (&headless, context, signals);
  slides = easel_slides_load ();
  ok = easel_handout_write (target, slides, request->handout_notes, cancellable, &error);
  release_signals (signals);
  g_main_context_pop_thread_default (context);

  if (headless.signal != 0)
    return interrupted (headless.signal);

  if (!ok)
    {
      print_line (error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

/* A JSON report on standard output: an object that starts with Easel's
 * version; print it with json_report_print(). */
static JsonBuilder *
json_report_begin (void)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_string_value (builder, PACKAGE_VERSION);

  return builder;
}

static void
json_report_print (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* "machine": the machine's cores, and those Easel may really use. */
static void
add_machine (JsonBuilder *builder)
{
  const EaselCores *cores = easel_cores_get_default ();
  const EaselCapacity *capacity = easel_capacity_get_default ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "cores");
  json_builder_add_int_value (builder, g_get_num_processors ());
  json_builder_set_member_name (builder, "online_cores");
  json_builder_add_int_value (builder, cores->online);
  json_builder_set_member_name (builder, "usable_cores");
  json_builder_add_double_value (builder, cores->usable);
  json_builder_set_member_name (builder, "physical_cores");
  json_builder_add_int_value (builder, cores->physical);
  if (easel_capacity_has_smt (capacity))
    {
      /* What the predictions take a second hardware thread to be worth,
       * and whether that was measured here or is the usual figure. */
      json_builder_set_member_name (builder, "sibling_worth");
      json_builder_add_double_value (builder, easel_json_round_1024 (capacity->sibling));
      json_builder_set_member_name (builder, "sibling_worth_measured");
      json_builder_add_boolean_value (builder, capacity->sibling_measured);
    }
  json_builder_set_member_name (builder, "limit");
  if (easel_cores_limit_to_string (cores->limit) != NULL)
    json_builder_add_string_value (builder, easel_cores_limit_to_string (cores->limit));
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
}

static void
print_json (const EaselWorkload  *workload,
            const EaselRunResult *results,
            guint                 n_results)
{
  g_autoptr(JsonBuilder) builder = json_report_begin ();

  json_builder_set_member_name (builder, "machine");
  add_machine (builder);

  json_builder_set_member_name (builder, "params");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "paintings");
  json_builder_add_int_value (builder, workload->paintings);
  json_builder_set_member_name (builder, "coats");
  json_builder_add_int_value (builder, workload->coats);
  json_builder_set_member_name (builder, "paint_ms");
  json_builder_add_int_value (builder, workload->paint_ms);
  json_builder_set_member_name (builder, "dry_ms");
  json_builder_add_int_value (builder, workload->dry_ms);
  json_builder_set_member_name (builder, "workers");
  json_builder_add_int_value (builder, workload->workers);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "runs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_results; i++)
    {
      JsonNode *run = easel_trace_to_json (results[i].measured, results[i].predicted);
      double free_cores;
      double free_ms = easel_schedule_predict_free (results[i].measured, &free_cores);

      /* The cores other programs left free, and the model's time on
       * them, wherever their load is known. */
      if (free_ms > 0.0)
        {
          json_object_set_double_member (json_node_get_object (run), "free_cores",
                                         easel_json_round_1024 (free_cores));
          json_object_set_double_member (json_node_get_object (run), "predicted_free_ms",
                                         round (free_ms * 1000.0) / 1000.0);
        }
      json_builder_add_value (builder, run);
    }
  json_builder_end_array (builder);

  json_report_print (builder);
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

typedef struct
{
  const EaselRunResult         *results;
  guint                         n_results;
  const EaselScalingPrediction *scaling;
} ExportData;

static void
draw_export_cb (cairo_t  *cr,
                double    width,
                double    height,
                gpointer  user_data)
{
  ExportData *data = user_data;
  EaselRenderStyle style;

  easel_render_style_init_light (&style);
  easel_render_style_fit_to_size (&style, width, height);
  easel_figure_draw (data->results, data->n_results, data->scaling, &style, cr, width, height);
  easel_render_style_clear (&style);
}

/* Draws the runs into @target and puts it in place, unless a signal came
 * meanwhile: then the old file stays. */
static gboolean
write_export (EaselAtomicFile              *target,
              const EaselCliRequest        *request,
              EaselSeries                  *series,
              const EaselScalingPrediction *scaling,
              Headless                     *headless,
              GError                      **error)
{
  ExportData data;

  data.results = easel_series_get_results (series, &data.n_results);
  data.scaling = scaling;

  if (!easel_export_to_atomic_file (target, request->export_format,
                                    request->export_width, request->export_height,
                                    draw_export_cb, &data, error))
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
static int
open_export (const EaselCliRequest  *request,
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

/* Runs @series and, into @target (from open_export(), or NULL), draws it
 * (with @scaling, as that curve). Returns -1 when the results are there
 * to report, else the exit status. */
static int
run_series (const EaselCliRequest        *request,
            EaselSeries                  *series,
            const EaselScalingPrediction *scaling,
            EaselAtomicFile              *target)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Headless headless = { cancellable };
  GSource *signals[2];
  gboolean ran;
  gboolean written = TRUE;

  catch_signals (&headless, NULL, signals);
  ran = easel_series_run (series, cancellable, &error);
  if (ran && target != NULL)
    written = write_export (target, request, series, scaling, &headless, &error);
  release_signals (signals);

  if (headless.signal != 0)
    return interrupted (headless.signal);

  /* A file that could not be written after the work is an I/O failure,
   * not a usage error. */
  if (!ran || !written)
    {
      print_line (error->message);
      return EXIT_FAILURE;
    }

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

/* easel --run=MODE: the runs, the file and the report. */
static int
run_paintings (const EaselCliRequest *request)
{
  g_autoptr(EaselSeries) series = NULL;
  g_autoptr(EaselAtomicFile) target = NULL;
  const EaselRunResult *results;
  guint n_results;
  int status;

  status = open_export (request, &target);
  if (status >= 0)
    return status;

  measure_siblings ();
  series = easel_series_new (request->modes, request->n_modes, &request->workload);
  status = run_series (request, series, NULL, target);
  if (status >= 0)
    return status;

  results = easel_series_get_results (series, &n_results);
  if (request->json)
    print_json (&request->workload, results, n_results);
  else
    print_table (results, n_results);

  return EXIT_SUCCESS;
}

/* What a hammer run measured. */
typedef struct
{
  EaselCpuSampler  *sampler;
  guint             n_samples;
  EaselHammerStats  total;
  /* Seconds the hammer ran. */
  double            wall;
  /* The machine's busy cores, or -1. */
  double            machine;
  gboolean          split_known;
  EaselCpuSplit     split;
  /* Python's x += 1 loop here, a second, or 0. */
  double            python;
} HammerResult;

typedef struct
{
  GMainLoop    *loop;
  HammerResult *result;
  guint         done_id;
} HammerRun;

static gboolean
hammer_sample_cb (gpointer user_data)
{
  HammerRun *run = user_data;

  if (easel_cpu_sampler_sample (run->result->sampler, NULL))
    run->result->n_samples++;

  return G_SOURCE_CONTINUE;
}

static gboolean
hammer_done_cb (gpointer user_data)
{
  HammerRun *run = user_data;

  run->done_id = 0;
  g_main_loop_quit (run->loop);

  return G_SOURCE_REMOVE;
}

static void
quit_loop_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  g_main_loop_quit (user_data);
}

/* Why the machine's load is missing from a hammer's report. */
static const char *
why_no_load (const HammerResult *result)
{
  if (!easel_cpu_sampler_get_available (result->sampler))
    return easel_cpu_sampler_get_error_message (result->sampler);

  if (result->n_samples == 0)
    /* Translators: a hammer of --seconds=0.1 ends before /proc/stat was read twice */
    return _("not measured: the hammer ran for less than one 250 ms sample");

  return _("not measured");
}

/* The mean load of @core (-1: the machine) while the hammer ran, or -1. */
static double
mean_load (const HammerResult *result,
           int                 core)
{
  guint n = result->n_samples;
  g_autofree double *loads = g_new (double, MAX (n, 1));
  double sum = 0.0;
  guint got;

  got = easel_cpu_sampler_copy_history (result->sampler, core, loads, n);
  if (got == 0)
    return -1.0;

  for (guint i = 0; i < got; i++)
    sum += loads[i];

  return sum / got;
}

/* Runs the hammer for the request's seconds while sampling /proc/stat;
 * returns 0, or the signal that stopped it. */
static int
measure_hammer (const EaselCliRequest  *request,
                HammerResult           *result,
                GError                **error)
{
  g_autoptr(EaselHammer) hammer = easel_hammer_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Headless headless = { cancellable };
  HammerRun run = { loop, result, 0 };
  EaselCpuSnapshot before, after;
  GSource *signals[2];
  guint sample_id;
  gint64 started;

  /* From here on a signal stops the command cleanly, whenever it comes
   * (heard once the loop runs). */
  catch_signals (&headless, NULL, signals);
  g_cancellable_connect (cancellable, G_CALLBACK (quit_loop_cb), loop, NULL);

  /* Python's loop, timed here before the hammer makes the machine busy
   * (the table only: the JSON has its own counts). */
  if (!request->json)
    result->python = easel_python_loop_measure_sync (NULL);

  easel_hammer_set_mode (hammer, request->hammer_mode);
  easel_hammer_set_threads (hammer, request->threads);
  easel_cpu_snapshot_take (&before);
  if (!easel_hammer_start (hammer, error))
    {
      easel_cpu_snapshot_clear (&before);
      release_signals (signals);
      return -1;
    }
  started = g_get_monotonic_time ();

  sample_id = g_timeout_add (EASEL_CPU_SAMPLER_DEFAULT_INTERVAL, hammer_sample_cb, &run);
  run.done_id = g_timeout_add ((guint) (request->seconds * 1000), hammer_done_cb, &run);

  g_main_loop_run (loop);

  /* The last counts, then everything stops (threads joined, processes
   * reaped). */
  easel_hammer_get_total (hammer, &result->total);
  result->wall = (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC;
  easel_cpu_snapshot_take (&after);
  easel_hammer_stop (hammer);
  result->split_known = easel_cpu_snapshot_split (&before, &after, &result->split);
  easel_cpu_snapshot_clear (&before);
  easel_cpu_snapshot_clear (&after);

  g_source_remove (sample_id);
  release_signals (signals);
  g_clear_handle_id (&run.done_id, g_source_remove);

  /* The machine's share is of the cores /proc/stat has a line for. */
  result->machine = -1.0;
  if (easel_cpu_sampler_get_available (result->sampler) && result->n_samples > 0)
    result->machine = mean_load (result, -1) * easel_cpu_sampler_get_n_present (result->sampler);

  return headless.signal;
}

static void
add_cores_or_null (JsonBuilder *builder,
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

static void
print_hammer_json (const EaselCliRequest *request,
                   const HammerResult    *result)
{
  g_autoptr(JsonBuilder) builder = json_report_begin ();
  guint n_cores = easel_cpu_sampler_get_n_cores (result->sampler);

  json_builder_set_member_name (builder, "cores");
  json_builder_add_int_value (builder, g_get_num_processors ());
  json_builder_set_member_name (builder, "machine");
  add_machine (builder);
  add_cores_or_null (builder, "other_cores", result->split_known, result->split.other);
  add_cores_or_null (builder, "self_cores", result->split_known, result->split.self);
  json_builder_set_member_name (builder, "threads");
  json_builder_add_int_value (builder, request->threads);
  json_builder_set_member_name (builder, "mode");
  json_builder_add_string_value (builder, easel_hammer_mode_to_string (request->hammer_mode));
  json_builder_set_member_name (builder, "seconds");
  json_builder_add_double_value (builder, request->seconds);
  json_builder_set_member_name (builder, "thread_cpu_cores");
  json_builder_add_double_value (builder, easel_json_round_1024 (result->total.cpu_ns / 1e9 / result->wall));
  add_cores_or_null (builder, "machine_busy_cores", result->machine >= 0, result->machine);
  if (result->machine < 0)
    {
      /* null with its reason. */
      json_builder_set_member_name (builder, "machine_busy_cores_missing");
      json_builder_add_string_value (builder, why_no_load (result));
    }
  json_builder_set_member_name (builder, "per_core");
  json_builder_begin_array (builder);
  for (guint core = 0; result->machine >= 0 && core < n_cores; core++)
    json_builder_add_double_value (builder, easel_json_round_1024 (MAX (mean_load (result, core), 0.0)));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "ops_per_second");
  json_builder_add_int_value (builder, (gint64) (result->total.count / result->wall));
  json_builder_set_member_name (builder, "samples");
  json_builder_add_int_value (builder, result->n_samples);
  json_report_print (builder);
}

static void
print_hammer_table (const EaselCliRequest *request,
                    const HammerResult    *result)
{
  g_autofree char *cores_text = easel_cores_dup_description (easel_cores_get_default ());
  guint n_cores = easel_cpu_sampler_get_n_cores (result->sampler);
  guint n_present = easel_cpu_sampler_get_n_present (result->sampler);
  double rate = result->total.count / result->wall;
  double usable = easel_cores_get_default ()->usable;
  EaselCpuSplit split = result->split;
  g_autofree char *headline = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *scales = NULL;

  /* The hammer's own use first, by its own clocks, and the lecture's two
   * scales; the whole machine second, with other programs named. */
  split.work = result->total.cpu_ns / 1e9 / result->wall;
  headline = easel_load_plot_work_headline (&split, usable, _("The hammer"), _("hammer"), &whole, &scales);
  g_print ("%s\n%s\n", headline, scales);
  if (result->split_known)
    g_print ("%s\n", whole);

  /* Translators: "CPU hammer: 2 workers (threads) for 3.0 s on 2 cores";
   * the last %s may also say "1 of 2 cores usable (CPU affinity)" */
  g_print (g_dngettext (GETTEXT_PACKAGE, "CPU hammer: %u worker (%s) for %.1f s on %s\n",
                       "CPU hammer: %u workers (%s) for %.1f s on %s\n", request->threads),
           request->threads, easel_hammer_mode_to_string (request->hammer_mode), result->wall, cores_text);
  for (guint core = 0; result->machine >= 0 && core < n_cores; core++)
    g_print (_("  core %-3u %5.1f %% busy\n"), core, 100.0 * mean_load (result, core));
  if (result->machine >= 0)
    g_print (_("The machine: %.2f of %u cores busy (%.1f %% of the machine)\n"), result->machine, n_present,
             100.0 * result->machine / MAX (n_present, 1));
  else
    g_print (_("The machine: %s\n"), why_no_load (result));
  if (result->split_known)
    {
      /* Translators: "Easel itself: 0.01 cores; other programs: 0.02 cores" */
      g_print (_("Easel itself: %.2f cores; other programs: %.2f cores\n"), result->split.self, result->split.other);
      /* Where other programs change the machine's figure by more than a
       * twentieth, say what the hammer alone shows. */
      if (result->split.other > EASEL_RUN_OTHERS_CHANGE * usable)
        {
          g_autofree char *note = easel_load_plot_dup_others_note (&split, usable, _("the hammer"));

          g_print ("%s\n", note);
        }
    }
  if (result->python > 0)
    g_print (_("%.3g increments a second, %.0f times Python’s x += 1 loop (%.3g a second here)\n"),
             rate, rate / result->python, result->python);
  else
    g_print (_("%.3g increments a second\n"), rate);
}

/* easel --hammer=T --seconds=S: hammer, sample /proc/stat meanwhile, and
 * print what the hammer used by its own clocks and what the machine
 * showed. */
static int
run_hammer (const EaselCliRequest *request)
{
  g_autoptr(EaselCpuSampler) sampler = easel_cpu_sampler_new (g_getenv ("EASEL_PROC_STAT"));
  g_autoptr(GError) error = NULL;
  HammerResult result = { sampler };
  int signal;

  /* A base reading, so that the run's first sample covers the run. */
  easel_cpu_sampler_set_interval (sampler, EASEL_CPU_SAMPLER_DEFAULT_INTERVAL);
  if (!easel_cpu_sampler_sample (sampler, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s; %s", error->message, _("the machine's load is left out"));

      print_line (message);
      g_clear_error (&error);
    }

  signal = measure_hammer (request, &result, &error);
  if (signal < 0)
    {
      print_line (error->message);
      return EXIT_FAILURE;
    }
  if (signal > 0)
    return interrupted (signal);

  if (request->json)
    print_hammer_json (request, &result);
  else
    print_hammer_table (request, &result);

  return EXIT_SUCCESS;
}

static void
print_scaling_json (const EaselCliRequest *request,
                    const EaselRunResult  *results,
                    guint                  n_results,
                    GArray                *points)
{
  g_autoptr(JsonBuilder) builder = json_report_begin ();

  json_builder_set_member_name (builder, "machine");
  add_machine (builder);

  json_builder_set_member_name (builder, "params");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "work_ms");
  json_builder_add_int_value (builder, request->scaling.work_ms);
  json_builder_set_member_name (builder, "coats");
  json_builder_add_int_value (builder, request->scaling.coats);
  json_builder_set_member_name (builder, "dry_ms");
  json_builder_add_int_value (builder, request->scaling.dry_ms);
  json_builder_set_member_name (builder, "max_workers");
  json_builder_add_int_value (builder, request->scaling.max_workers);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "repeats");
  json_builder_add_int_value (builder, EASEL_SCALING_REPEATS);

  json_builder_set_member_name (builder, "scaling");
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
            add_cores_or_null (builder, "other_cores", run_known, run_other);
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
      add_cores_or_null (builder, "self_cores", known, self_cores);
      add_cores_or_null (builder, "other_cores", known, other_cores);
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

  json_report_print (builder);
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
  g_autoptr(EaselScalingPrediction) prediction = NULL;
  g_autoptr(GArray) points = NULL;
  g_autoptr(EaselAtomicFile) target = NULL;
  const EaselRunResult *results;
  guint n_results;
  int status;

  status = open_export (request, &target);
  if (status >= 0)
    return status;

  measure_siblings ();
  prediction = easel_scaling_prediction_new (&request->scaling, easel_capacity_get_default ());
  status = run_series (request, scaling, prediction, target);
  if (status >= 0)
    return status;

  results = easel_series_get_results (scaling, &n_results);
  points = easel_scaling_points_new (results, n_results);
  if (request->json)
    print_scaling_json (request, results, n_results, points);
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

  switch (request.action)
    {
    case EASEL_CLI_RUN:
      status = run_paintings (&request);
      break;

    case EASEL_CLI_HAMMER:
      status = run_hammer (&request);
      break;

    case EASEL_CLI_HANDOUT:
      status = export_handout (&request);
      break;

    case EASEL_CLI_SCALING:
      status = run_scaling (&request);
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
