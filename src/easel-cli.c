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
#include "easel-gantt.h"
#include "easel-hammer.h"
#include "easel-handout.h"
#include "easel-python-loop.h"
#include "easel-runner.h"
#include "easel-schedule.h"
#include "easel-slide.h"

const GOptionEntry easel_cli_run_entries[] = {
  { "run", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Run the paintings without a window and print the timings"),
    "sequential|async|parallel|gil|all" },
  { "paintings", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Number of paintings (1–12, default 3)"), "N" },
  { "coats", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Coats per painting (1–5, default 2)"), "K" },
  { "paint-ms", 0, 0, G_OPTION_ARG_STRING, NULL, N_("CPU time to paint one coat (10–10000 ms, default 500)"), "MS" },
  { "dry-ms", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Time one coat takes to dry (0–20000 ms, default 1000)"), "MS" },
  { "workers", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Worker threads in parallel and GIL runs (1–64, default: one per painting)"), "W" },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the runs as JSON"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the chart (or with --run=all the comparison) as PNG, SVG or PDF"), "FILE" },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Size of the exported chart (default 1600x900)"), "WxH" },
  { "hammer", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Run the CPU hammer (x += 1 in a loop) on this many threads and print the load"), "THREADS" },
  { "seconds", 0, 0, G_OPTION_ARG_STRING, NULL, N_("How long the hammer runs (0.1–3600 s)"), "S" },
  { "hammer-mode", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Free threads, threads under a GIL, or processes (default threads)"), "threads|gil|processes" },
  { "hammer-worker", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL, NULL, NULL },
  { "export-handout", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the walkthrough as an A4 PDF handout, with figures from runs made for it"), "FILE.pdf" },
  { NULL }
};

#define EXPORT_SIZE_MIN 64
#define EXPORT_SIZE_MAX 10000

/* The actions, in the order their conflicts are named, and the options
 * that go with each. */
static const struct {
  const char *action;
  const char *options[9];
} actions[] = {
  { "run", { "paintings", "coats", "paint-ms", "dry-ms", "workers", "json", "export", "size", NULL } },
  { "hammer", { "seconds", "hammer-mode", "json", NULL } },
  { "export-handout", { NULL } },
};

/* The options that only make sense with --run. */
static const char * const *run_only_options = actions[0].options;

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

  g_printerr ("easel: %s\n", message);

  return EASEL_EXIT_USAGE;
}

static gboolean
goes_with (guint       action,
           const char *option)
{
  for (guint i = 0; actions[action].options[i] != NULL; i++)
    if (g_str_equal (actions[action].options[i], option))
      return TRUE;

  return FALSE;
}

/* Exactly one action, with only its own options: anything else is a
 * usage error that names both options. */
static gboolean
check_options (GVariantDict *options,
               int          *status)
{
  int chosen = -1;

  for (guint a = 0; a < G_N_ELEMENTS (actions); a++)
    {
      if (!g_variant_dict_contains (options, actions[a].action))
        continue;

      if (chosen >= 0)
        {
          *status = usage_error (_("--%s and --%s cannot go together"), actions[chosen].action, actions[a].action);
          return FALSE;
        }
      chosen = a;
    }

  for (guint a = 0; a < G_N_ELEMENTS (actions); a++)
    for (guint i = 0; actions[a].options[i] != NULL; i++)
      {
        const char *option = actions[a].options[i];

        if (!g_variant_dict_contains (options, option))
          continue;

        if (chosen < 0)
          {
            /* Translators: "--seconds only goes with --hammer" */
            *status = usage_error (_("--%s only goes with --%s"), option, actions[a].action);
            return FALSE;
          }

        if (!goes_with (chosen, option))
          {
            *status = usage_error (_("--%s and --%s cannot go together"), actions[chosen].action, option);
            return FALSE;
          }
      }

  return TRUE;
}

/* Whether the options ask for a headless run (or for one of its options,
 * which easel_cli_run() then refuses without --run). */
gboolean
easel_cli_wants_run (GVariantDict *options)
{
  if (g_variant_dict_contains (options, "run") ||
      g_variant_dict_contains (options, "hammer") ||
      g_variant_dict_contains (options, "seconds") ||
      g_variant_dict_contains (options, "hammer-mode") ||
      g_variant_dict_contains (options, "hammer-worker") ||
      g_variant_dict_contains (options, "export-handout"))
    return TRUE;

  for (guint i = 0; run_only_options[i] != NULL; i++)
    if (g_variant_dict_contains (options, run_only_options[i]))
      return TRUE;

  return FALSE;
}

/* The one way every number on the command line is read: plain decimal
 * digits, with a fraction only where @fraction allows it; no sign, no
 * spaces, no hexadecimal or exponent ("3", "0.5"; not " 3", "+3",
 * "0x1p-1", "1e3"). */
static gboolean
parse_number (const char *text,
              gboolean    fraction,
              double     *value)
{
  gboolean digits = FALSE;
  gboolean point = FALSE;

  if (text == NULL || *text == '\0')
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits = TRUE;
      else if (*p == '.' && fraction && !point && digits && p[1] != '\0')
        point = TRUE;
      else
        return FALSE;
    }

  *value = g_ascii_strtod (text, NULL);

  return digits;
}

/* Numbers come as strings: GApplication drops an integer option whose
 * value is 0, and "--paintings=0" must be refused, not ignored. */
static gboolean
lookup_number (GVariantDict  *options,
               const char    *name,
               guint          min,
               guint          max,
               guint         *value,
               int           *status)
{
  g_autofree char *text = NULL;
  double number;

  if (!g_variant_dict_lookup (options, name, "s", &text))
    return TRUE;

  if (!parse_number (text, FALSE, &number))
    {
      *status = usage_error (_("--%s must be a whole number, not “%s”"), name, text);
      return FALSE;
    }

  if (number < min || number > max)
    {
      *status = usage_error (_("--%s must be between %u and %u, not %s"), name, min, max, text);
      return FALSE;
    }

  *value = (guint) number;

  return TRUE;
}

typedef struct
{
  GMainLoop    *loop;
  GCancellable *cancellable;
  EaselTrace   *trace;
  GError       *error;
  /* The signal that stopped the work, or 0. */
  int           signal;
} Headless;

static void
run_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Headless *headless = user_data;

  headless->trace = easel_runner_run_finish (EASEL_RUNNER (object), result, &headless->error);
  g_main_loop_quit (headless->loop);
}

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
export_handout (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(EaselAtomicFile) target = NULL;
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) slides = NULL;
  Headless headless = { NULL, cancellable };
  GSource *signals[2];
  gboolean ok;

  if (*path == '\0')
    return usage_error (_("--export-handout needs a file name"));

  if (!easel_handout_check_name (file, &error))
    return usage_error ("%s", error->message);

  target = easel_atomic_file_new (file, &error);
  if (target == NULL)
    return usage_error ("%s", error->message);

  g_main_context_push_thread_default (context);
  catch_signals (&headless, context, signals);
  slides = easel_slides_load ();
  ok = easel_handout_write (target, slides, cancellable, &error);
  release_signals (signals);
  g_main_context_pop_thread_default (context);

  if (headless.signal != 0)
    return interrupted (headless.signal);

  if (!ok)
    {
      g_printerr ("easel: %s\n", error->message);
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

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "cores");
  json_builder_add_int_value (builder, g_get_num_processors ());
  json_builder_set_member_name (builder, "online_cores");
  json_builder_add_int_value (builder, cores->online);
  json_builder_set_member_name (builder, "usable_cores");
  json_builder_add_double_value (builder, cores->usable);
  json_builder_set_member_name (builder, "limit");
  if (easel_cores_limit_to_string (cores->limit) != NULL)
    json_builder_add_string_value (builder, easel_cores_limit_to_string (cores->limit));
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
}

static void
print_json (const EaselWorkload *workload,
            GPtrArray           *measured,
            GPtrArray           *predicted)
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
  for (guint i = 0; i < measured->len; i++)
    json_builder_add_value (builder, easel_trace_to_json (g_ptr_array_index (measured, i),
                                                          g_ptr_array_index (predicted, i)));
  json_builder_end_array (builder);

  json_report_print (builder);
}

static void
print_table (GPtrArray *measured,
             GPtrArray *predicted)
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
  for (guint i = 0; i < measured->len; i++)
    if (easel_trace_get_mode (g_ptr_array_index (measured, i)) == EASEL_MODE_SEQUENTIAL)
      sequential_ms = easel_trace_get_makespan (g_ptr_array_index (measured, i));

  if (sequential_ms == 0.0)
    {
      EaselTrace *first = g_ptr_array_index (measured, 0);
      g_autoptr(EaselTrace) sequential = easel_schedule_predict (EASEL_MODE_SEQUENTIAL,
                                                                 easel_trace_get_workload (first),
                                                                 easel_trace_get_cores (first));

      sequential_ms = easel_trace_get_makespan (sequential);
    }

  g_print ("%-12s %12s %12s %10s %9s\n",
           _("mode"), _("measured"), _("predicted"), _("ratio"), _("speed-up"));

  for (guint i = 0; i < measured->len; i++)
    {
      EaselTrace *trace = g_ptr_array_index (measured, i);
      double makespan = easel_trace_get_makespan (trace);
      double ideal = easel_trace_get_makespan (g_ptr_array_index (predicted, i));

      g_print ("%-12s %9.1f ms %9.1f ms %10.3f %8.2f×\n",
               easel_mode_to_string (easel_trace_get_mode (trace)),
               makespan, ideal, makespan / ideal, sequential_ms / makespan);
    }
}

static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  g_auto(GStrv) parts = g_strsplit (text, "x", -1);
  double w, h;

  if (g_strv_length (parts) != 2 ||
      !parse_number (parts[0], FALSE, &w) || w < EXPORT_SIZE_MIN || w > EXPORT_SIZE_MAX ||
      !parse_number (parts[1], FALSE, &h) || h < EXPORT_SIZE_MIN || h > EXPORT_SIZE_MAX)
    return FALSE;

  *width = (int) w;
  *height = (int) h;

  return TRUE;
}

typedef struct
{
  GPtrArray *measured;
  GPtrArray *predicted;
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

  if (data->measured->len == 1)
    {
      EaselGantt gantt = {
        .trace = g_ptr_array_index (data->measured, 0),
        .predicted = g_ptr_array_index (data->predicted, 0),
        .now_ms = -1,
        .lanes = EASEL_GANTT_LANES_PAINTING,
        .show_predicted = TRUE,
        .finished = TRUE,
      };

      easel_gantt_draw (&gantt, &style, cr, width, height);
    }
  else
    {
      g_autofree EaselComparisonRow *rows = g_new0 (EaselComparisonRow, data->measured->len);

      for (guint i = 0; i < data->measured->len; i++)
        rows[i] = (EaselComparisonRow) { g_ptr_array_index (data->measured, i),
                                         g_ptr_array_index (data->predicted, i) };

      easel_comparison_draw (rows, data->measured->len, &style, cr, width, height);
    }

  easel_render_style_clear (&style);
}

typedef struct
{
  GMainLoop       *loop;
  EaselCpuSampler *sampler;
  guint            n_samples;
  guint            done_id;
} HammerRun;

/* Rounded to a binary fraction near a thousandth, which json-glib prints
 * exactly and briefly. */
static double
round_1024 (double value)
{
  return round (value * 1024.0) / 1024.0;
}

static gboolean
hammer_sample_cb (gpointer user_data)
{
  HammerRun *run = user_data;

  if (easel_cpu_sampler_sample (run->sampler, NULL))
    run->n_samples++;

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
why_no_load (EaselCpuSampler *sampler,
             guint            n_samples)
{
  if (!easel_cpu_sampler_get_available (sampler))
    return easel_cpu_sampler_get_error_message (sampler);

  if (n_samples == 0)
    /* Translators: a hammer of --seconds=0.1 ends before /proc/stat was read twice */
    return _("not measured: the hammer ran for less than one 250 ms sample");

  return _("not measured");
}

/* The mean of the last @n loads of @core (-1: the machine), or -1. */
static double
mean_load (EaselCpuSampler *sampler,
           int              core,
           guint            n)
{
  g_autofree double *loads = g_new (double, MAX (n, 1));
  double sum = 0.0;
  guint got;

  got = easel_cpu_sampler_copy_history (sampler, core, loads, n);
  if (got == 0)
    return -1.0;

  for (guint i = 0; i < got; i++)
    sum += loads[i];

  return sum / got;
}

/* easel --hammer=T --seconds=S: hammer, sample /proc/stat meanwhile, and
 * print what the hammer used by its own clocks and what the machine
 * showed. */
static int
run_hammer (GVariantDict *options)
{
  g_autoptr(EaselHammer) hammer = easel_hammer_new ();
  g_autoptr(EaselCpuSampler) sampler = easel_cpu_sampler_new (g_getenv ("EASEL_PROC_STAT"));
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *threads_text = NULL;
  g_autofree char *seconds_text = NULL;
  g_autofree char *mode_text = NULL;
  HammerRun run = { loop, sampler, 0, 0 };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Headless headless = { loop, cancellable };
  GSource *signals[2];
  EaselHammerMode mode = EASEL_HAMMER_THREADS;
  EaselHammerStats total;
  guint max_threads = easel_hammer_get_max_threads ();
  double threads;
  double seconds = 0.0;
  double wall;
  double machine = -1.0;
  guint n_cores;
  guint sample_id;
  gint64 started;
  g_autofree char *cores_text = NULL;
  EaselCpuSnapshot before, after;
  EaselCpuSplit split;
  gboolean split_known;
  double python = 0.0;

  g_variant_dict_lookup (options, "hammer", "s", &threads_text);

  if (!parse_number (threads_text, FALSE, &threads) || threads > max_threads)
    return usage_error (_("--hammer must be a number of threads from 0 to %u, not “%s”"),
                        max_threads, threads_text);

  if (!g_variant_dict_lookup (options, "seconds", "s", &seconds_text))
    return usage_error (_("--hammer needs --seconds"));
  if (!parse_number (seconds_text, TRUE, &seconds) || !(seconds >= 0.1 && seconds <= 3600))
    return usage_error (_("--seconds must be from 0.1 to 3600, not “%s”"), seconds_text);

  if (g_variant_dict_lookup (options, "hammer-mode", "s", &mode_text) &&
      !easel_hammer_mode_from_string (mode_text, &mode))
    return usage_error (_("unknown mode “%s” for --hammer-mode: use threads, gil or processes"), mode_text);

  /* A base reading, so that the run's first sample covers the run. */
  easel_cpu_sampler_set_interval (sampler, EASEL_CPU_SAMPLER_DEFAULT_INTERVAL);
  if (!easel_cpu_sampler_sample (sampler, &error))
    {
      g_printerr ("easel: %s; %s\n", error->message, _("the machine's load is left out"));
      g_clear_error (&error);
    }

  /* From here on a signal stops the command cleanly, whenever it comes
   * (heard once the loop runs). */
  catch_signals (&headless, NULL, signals);
  g_cancellable_connect (cancellable, G_CALLBACK (quit_loop_cb), loop, NULL);

  /* Python's loop, timed here before the hammer makes the machine busy
   * (the table only: the JSON has its own counts). */
  if (!g_variant_dict_contains (options, "json"))
    python = easel_python_loop_measure_sync (NULL);

  easel_hammer_set_mode (hammer, mode);
  easel_hammer_set_threads (hammer, threads);
  easel_cpu_snapshot_take (&before);
  if (!easel_hammer_start (hammer, &error))
    {
      easel_cpu_snapshot_clear (&before);
      release_signals (signals);
      g_printerr ("easel: %s\n", error->message);
      return EXIT_FAILURE;
    }
  started = g_get_monotonic_time ();

  sample_id = g_timeout_add (EASEL_CPU_SAMPLER_DEFAULT_INTERVAL, hammer_sample_cb, &run);
  run.done_id = g_timeout_add ((guint) (seconds * 1000), hammer_done_cb, &run);

  g_main_loop_run (loop);

  /* The last counts, then everything stops (threads joined, processes
   * reaped). */
  easel_hammer_get_total (hammer, &total);
  wall = (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC;
  easel_cpu_snapshot_take (&after);
  easel_hammer_stop (hammer);
  split_known = easel_cpu_snapshot_split (&before, &after, &split);
  easel_cpu_snapshot_clear (&before);
  easel_cpu_snapshot_clear (&after);

  g_source_remove (sample_id);
  release_signals (signals);
  g_clear_handle_id (&run.done_id, g_source_remove);

  if (headless.signal != 0)
    return interrupted (headless.signal);

  n_cores = easel_cpu_sampler_get_n_cores (sampler);
  /* The machine's share is of the cores /proc/stat has a line for. */
  if (easel_cpu_sampler_get_available (sampler) && run.n_samples > 0)
    machine = mean_load (sampler, -1, run.n_samples) * easel_cpu_sampler_get_n_present (sampler);

  if (g_variant_dict_contains (options, "json"))
    {
      g_autoptr(JsonBuilder) builder = json_report_begin ();

      json_builder_set_member_name (builder, "cores");
      json_builder_add_int_value (builder, g_get_num_processors ());
      json_builder_set_member_name (builder, "machine");
      add_machine (builder);
      json_builder_set_member_name (builder, "other_cores");
      if (split_known)
        json_builder_add_double_value (builder, round_1024 (split.other));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "self_cores");
      if (split_known)
        json_builder_add_double_value (builder, round_1024 (split.self));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "threads");
      json_builder_add_int_value (builder, threads);
      json_builder_set_member_name (builder, "mode");
      json_builder_add_string_value (builder, easel_hammer_mode_to_string (mode));
      json_builder_set_member_name (builder, "seconds");
      json_builder_add_double_value (builder, seconds);
      json_builder_set_member_name (builder, "thread_cpu_cores");
      json_builder_add_double_value (builder, round_1024 (total.cpu_ns / 1e9 / wall));
      json_builder_set_member_name (builder, "machine_busy_cores");
      if (machine >= 0)
        json_builder_add_double_value (builder, round_1024 (machine));
      else
        json_builder_add_null_value (builder);
      if (machine < 0)
        {
          /* null with its reason. */
          json_builder_set_member_name (builder, "machine_busy_cores_missing");
          json_builder_add_string_value (builder, why_no_load (sampler, run.n_samples));
        }
      json_builder_set_member_name (builder, "per_core");
      json_builder_begin_array (builder);
      for (guint core = 0; machine >= 0 && core < n_cores; core++)
        json_builder_add_double_value (builder, round_1024 (MAX (mean_load (sampler, core, run.n_samples), 0.0)));
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "ops_per_second");
      json_builder_add_int_value (builder, (gint64) (total.count / wall));
      json_builder_set_member_name (builder, "samples");
      json_builder_add_int_value (builder, run.n_samples);
      json_report_print (builder);

      return EXIT_SUCCESS;
    }

  cores_text = easel_cores_dup_description (easel_cores_get_default ());
  /* Translators: "CPU hammer: 2 workers (threads) for 3.0 s on 2 cores";
   * the last %s may also say "1 of 2 cores usable (CPU affinity)" */
  g_print (_("CPU hammer: %u workers (%s) for %.1f s on %s\n"),
           (guint) threads, easel_hammer_mode_to_string (mode), wall, cores_text);
  for (guint core = 0; machine >= 0 && core < n_cores; core++)
    g_print (_("  core %-3u %5.1f %% busy\n"), core, 100.0 * mean_load (sampler, core, run.n_samples));
  if (machine >= 0)
    g_print (_("The machine: %.2f of %u cores busy (%.1f %%)\n"), machine, easel_cpu_sampler_get_n_present (sampler),
             100.0 * machine / MAX (easel_cpu_sampler_get_n_present (sampler), 1));
  else
    g_print (_("The machine: %s\n"), why_no_load (sampler, run.n_samples));
  g_print (_("The hammer, by its own clocks: %.2f cores\n"), total.cpu_ns / 1e9 / wall);
  if (split_known)
    /* Translators: "Easel itself: 0.01 cores; other programs: 0.02 cores" */
    g_print (_("Easel itself: %.2f cores; other programs: %.2f cores\n"), split.self, split.other);
  if (python > 0)
    g_print (_("%.3g increments a second, %.0f times Python’s x += 1 loop (%.3g a second here)\n"),
             total.count / wall, total.count / wall / python, python);
  else
    g_print (_("%.3g increments a second\n"), total.count / wall);

  return EXIT_SUCCESS;
}

/* Runs what --run asks for and returns the exit status. */
int
easel_cli_run (GVariantDict *options)
{
  g_autoptr(GPtrArray) measured = g_ptr_array_new_with_free_func ((GDestroyNotify) easel_trace_unref);
  g_autoptr(GPtrArray) predicted = g_ptr_array_new_with_free_func ((GDestroyNotify) easel_trace_unref);
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *run = NULL;
  g_autofree char *export_path = NULL;
  g_autofree char *size = NULL;
  g_autoptr(GFile) export_file = NULL;
  g_autoptr(EaselAtomicFile) export_target = NULL;
  EaselExportFormat export_format = EASEL_EXPORT_PNG;
  gboolean write_failed = FALSE;
  int export_width = EASEL_EXPORT_DEFAULT_WIDTH;
  int export_height = EASEL_EXPORT_DEFAULT_HEIGHT;
  EaselMode modes[EASEL_N_MODES];
  guint n_modes = 0;
  EaselWorkload workload;
  int status = 0;

  if (g_variant_dict_contains (options, "hammer-worker"))
    return easel_hammer_worker_main ();

  /* One action, and only the options that go with it. */
  if (!check_options (options, &status))
    return status;

  if (g_variant_dict_lookup (options, "export-handout", "^ay", &export_path))
    return export_handout (export_path);

  if (g_variant_dict_contains (options, "hammer"))
    return run_hammer (options);

  g_variant_dict_lookup (options, "run", "s", &run);

  if (g_strcmp0 (run, "all") == 0)
    {
      for (guint i = 0; i < EASEL_N_MODES; i++)
        modes[n_modes++] = i;
    }
  else if (easel_mode_from_string (run, &modes[0]))
    {
      n_modes = 1;
    }
  else
    {
      return usage_error (_("unknown mode “%s” for --run: use sequential, async, parallel, gil or all"),
                          run);
    }

  easel_workload_init (&workload);
  if (!lookup_number (options, "paintings", EASEL_PAINTINGS_MIN, EASEL_PAINTINGS_MAX,
                      &workload.paintings, &status) ||
      !lookup_number (options, "coats", EASEL_COATS_MIN, EASEL_COATS_MAX,
                      &workload.coats, &status) ||
      !lookup_number (options, "paint-ms", EASEL_PAINT_MS_MIN, EASEL_PAINT_MS_MAX,
                      &workload.paint_ms, &status) ||
      !lookup_number (options, "dry-ms", EASEL_DRY_MS_MIN, EASEL_DRY_MS_MAX,
                      &workload.dry_ms, &status))
    return status;

  /* One worker per painting unless told otherwise. */
  workload.workers = workload.paintings;
  if (!lookup_number (options, "workers", EASEL_WORKERS_MIN, EASEL_WORKERS_MAX,
                      &workload.workers, &status))
    return status;

  g_assert (easel_workload_validate (&workload, NULL));

  /* A bad export target fails now, not after a long run. */
  if (g_variant_dict_lookup (options, "size", "s", &size))
    {
      if (!g_variant_dict_contains (options, "export"))
        return usage_error (_("--size only goes with --export"));
      if (!parse_size (size, &export_width, &export_height))
        return usage_error (_("--size must be WIDTHxHEIGHT, each from %d to %d, not “%s”"),
                            EXPORT_SIZE_MIN, EXPORT_SIZE_MAX, size);
    }

  if (g_variant_dict_lookup (options, "export", "^ay", &export_path))
    {
      if (*export_path == '\0')
        return usage_error (_("--export needs a file name"));
      export_file = g_file_new_for_commandline_arg (export_path);
      if (!easel_export_format_for_file (export_file, &export_format, &error))
        return usage_error ("%s", error->message);
      /* The temporary file is made now: a bad target fails before the
       * runs, and the old file stays until the new one is whole. */
      export_target = easel_atomic_file_new (export_file, &error);
      if (export_target == NULL)
        return usage_error ("%s", error->message);
    }

  loop = g_main_loop_new (NULL, FALSE);
  cancellable = g_cancellable_new ();

  {
    Headless headless = { loop, cancellable };
    GSource *signals[2];

    catch_signals (&headless, NULL, signals);

    for (guint i = 0; i < n_modes && !g_cancellable_is_cancelled (cancellable); i++)
      {
        g_autoptr(EaselRunner) runner = easel_runner_new (modes[i], &workload);

        easel_runner_run_async (runner, cancellable, run_done_cb, &headless);
        g_main_loop_run (loop);

        if (headless.trace == NULL)
          break;

        g_ptr_array_add (measured, g_steal_pointer (&headless.trace));
        g_ptr_array_add (predicted, easel_schedule_predict (modes[i], &workload,
                                                            easel_cores_get_default ()->usable));
      }

    if (headless.error == NULL && export_target != NULL)
      {
        ExportData data = { measured, predicted };

        if (easel_export_to_atomic_file (export_target, export_format, export_width, export_height,
                                         draw_export_cb, &data, &error))
          {
            /* A signal that came during the write is heard before the
             * rename: then the old file stays. */
            while (g_main_context_iteration (NULL, FALSE))
              ;
            if (headless.signal == 0 && !easel_atomic_file_commit (export_target, &error))
              write_failed = TRUE;
          }
        else
          {
            write_failed = TRUE;
          }
      }

    release_signals (signals);

    if (headless.signal != 0)
      {
        g_clear_error (&headless.error);
        return interrupted (headless.signal);
      }

    if (headless.error != NULL)
      {
        g_printerr ("easel: %s\n", headless.error->message);
        g_clear_error (&headless.error);

        return EXIT_FAILURE;
      }

    /* The work was done: a file that could not be written is an I/O
     * failure, not a usage error. */
    if (write_failed)
      {
        g_printerr ("easel: %s\n", error->message);
        return EXIT_FAILURE;
      }
  }

  if (g_variant_dict_contains (options, "json"))
    print_json (&workload, measured, predicted);
  else
    print_table (measured, predicted);

  return EXIT_SUCCESS;
}
