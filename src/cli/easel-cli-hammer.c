/* easel-cli-hammer.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `easel --hammer=T --seconds=S`: the lecture's counting loop on T
 * workers, /proc/stat sampled meanwhile; the hammer's own use first, the
 * two scales, then the machine, as a table or JSON.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-cli-private.h"
#include "easel-cores.h"
#include "easel-cpu-ledger.h"
#include "easel-cpu-sampler.h"
#include "easel-hammer-measure.h"
#include "easel-hammer.h"
#include "easel-load-plot.h"
#include "easel-python-loop.h"
#include "easel-series.h"

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
  return easel_cpu_sampler_mean_load (result->sampler, core, result->n_samples);
}

/* Runs the hammer for the request's seconds while sampling /proc/stat;
 * returns 0, or the signal that stopped it, or -1 with @error set. */
static int
measure_hammer (const EaselCliRequest  *request,
                HammerResult           *result,
                GError                **error)
{
  g_autoptr(EaselHammer) hammer = easel_hammer_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  EaselCliHeadless headless = { cancellable };
  EaselHammerMeasurement measurement;
  GSource *signals[EASEL_CLI_N_SIGNALS];
  gboolean ran;

  /* From here on a signal stops the command cleanly, whenever it comes
   * (heard as the measurement iterates this thread's context). */
  _easel_cli_catch_signals (&headless, NULL, signals);

  /* Python's loop, timed here before the hammer makes the machine busy
   * (the table only: the JSON has its own counts). */
  if (!request->json)
    result->python = easel_python_loop_measure_sync (NULL);

  easel_hammer_set_mode (hammer, request->hammer_mode);
  easel_hammer_set_threads (hammer, request->threads);
  ran = easel_hammer_measure (hammer, result->sampler, (guint) (request->seconds * 1000), NULL, cancellable,
                              &measurement, error);
  _easel_cli_release_signals (signals);
  if (!ran)
    return -1;

  result->n_samples = measurement.n_samples;
  result->total = measurement.total;
  result->wall = measurement.wall_s;
  result->split_known = measurement.split_known;
  result->split = measurement.split;

  /* The machine's share is of the cores /proc/stat has a line for. */
  result->machine = -1.0;
  if (easel_cpu_sampler_get_available (result->sampler) && result->n_samples > 0)
    result->machine = mean_load (result, -1) * easel_cpu_sampler_get_n_present (result->sampler);

  return headless.signal;
}

static void
print_hammer_json (const EaselCliRequest *request,
                   const HammerResult    *result)
{
  g_autoptr(JsonBuilder) builder = _easel_cli_json_begin ();
  guint n_cores = easel_cpu_sampler_get_n_cores (result->sampler);

  json_builder_set_member_name (builder, "cores");
  json_builder_add_int_value (builder, g_get_num_processors ());
  _easel_cli_add_cores_or_null (builder, "other_cores", result->split_known, result->split.other);
  _easel_cli_add_cores_or_null (builder, "self_cores", result->split_known, result->split.self);
  json_builder_set_member_name (builder, "threads");
  json_builder_add_int_value (builder, request->threads);
  json_builder_set_member_name (builder, "mode");
  json_builder_add_string_value (builder, easel_hammer_mode_to_string (request->hammer_mode));
  json_builder_set_member_name (builder, "seconds");
  json_builder_add_double_value (builder, request->seconds);
  json_builder_set_member_name (builder, "thread_cpu_cores");
  json_builder_add_double_value (builder, easel_json_round_1024 (result->total.cpu_ns / 1e9 / result->wall));
  _easel_cli_add_cores_or_null (builder, "machine_busy_cores", result->machine >= 0, result->machine);
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
  _easel_cli_json_print (builder);
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
int
_easel_cli_run_hammer (const EaselCliRequest *request)
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

      _easel_cli_print_line (message);
      g_clear_error (&error);
    }

  signal = measure_hammer (request, &result, &error);
  if (signal < 0)
    {
      _easel_cli_print_line (error->message);
      return EXIT_FAILURE;
    }
  if (signal > 0)
    return _easel_cli_interrupted (signal);

  if (request->json)
    print_hammer_json (request, &result);
  else
    print_hammer_table (request, &result);

  return EXIT_SUCCESS;
}
