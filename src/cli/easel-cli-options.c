/* easel-cli-options.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line's options, read into a request: every usage error is
 * found here, before any work starts or any file is touched.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-cli.h"
#include "easel-cores.h"
#include "easel-handout.h"
#include "easel-run-file.h"
#include "easel-trace-events.h"

const GOptionEntry easel_cli_run_entries[] = {
  { "run", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Run the paintings without a window and print the timings"),
    "sequential|async|parallel|gil|all" },
  { "paintings", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Number of paintings (1–12, default 3)"), "N" },
  { "coats", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Coats per painting (1–5, default 2)"), "K" },
  { "paint-ms", 0, 0, G_OPTION_ARG_STRING, NULL, N_("CPU time to paint one coat (10–10000 ms, default 500); with --scaling, all the painting of a point, shared out (default 2000)"), "MS" },
  { "dry-ms", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Time one coat takes to dry (0–20000 ms, default 1000); with --scaling, all the drying of a point, shared out (default 0)"), "MS" },
  { "workers", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Worker threads in parallel and GIL runs (1–64, default: one per painting)"), "W" },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the runs as JSON"), NULL },
  { "label", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("What to call this machine in the JSON (a run file), e.g. “the lab machine”"), "TEXT" },
  { "guess", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Your guess of the run’s time before it runs (0.001–3600 s), shown beside the measured and the predicted"),
    "SECONDS" },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the chart (with --run=all the comparison, with --scaling the curve) as PNG, SVG or PDF"), "FILE" },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Size of the exported chart (default 1600x900)"), "WxH" },
  { "hammer", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Run the CPU hammer (x += 1 in a loop) on this many threads and print the load"), "THREADS" },
  { "seconds", 0, 0, G_OPTION_ARG_STRING, NULL, N_("How long the hammer runs (0.1–3600 s)"), "S" },
  { "hammer-mode", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Free threads, threads under a GIL, or processes (default threads)"), "threads|gil|processes" },
  { "hammer-worker", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL, NULL, NULL },
  { "export-handout", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the walkthrough as an A4 PDF handout, with figures from runs made for it"), "FILE.pdf" },
  { "handout-notes", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Put the speaker notes in the handout, for the teacher"), NULL },
  { "worksheet", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Make the handout a worksheet: the questions to answer in class, the answers on the last page"), NULL },
  { "compare", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Compare run files (FILE.easel-run.json …) from several machines, side by side"), NULL },
  { "scaling", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Measure the speed-up of 1, 2, … workers in parallel and under a GIL, beside the prediction"), NULL },
  { "max-workers", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The most workers the scaling curve goes to (default twice the cores, at least 4)"), "W" },
  { NULL }
};

#define EXPORT_SIZE_MIN 64
#define EXPORT_SIZE_MAX 10000

/* The actions, in the order their conflicts are named, and the options
 * that go with each. */
static const struct {
  const char     *action;
  EaselCliAction  value;
  const char     *options[11];
} actions[] = {
  { "run", EASEL_CLI_RUN,
    { "paintings", "coats", "paint-ms", "dry-ms", "workers", "json", "export", "size", "guess", "label", NULL } },
  { "hammer", EASEL_CLI_HAMMER, { "seconds", "hammer-mode", "json", NULL } },
  { "export-handout", EASEL_CLI_HANDOUT, { "handout-notes", "worksheet", NULL } },
  { "compare", EASEL_CLI_COMPARE, { "json", "export", "size", NULL } },
  { "scaling", EASEL_CLI_SCALING,
    { "paint-ms", "dry-ms", "coats", "max-workers", "json", "export", "size", "label", NULL } },
};

/* With --scaling, --paint-ms is all the work of a point, shared out: at
 * most what one worker's painting may hold. */
#define SCALING_WORK_MS_MAX (EASEL_PAINT_MS_MAX * EASEL_COATS_MAX)

/* @text on one line: control characters (a newline in an option's
 * value, say) written as escapes, so that a message stays one line. */
char *
easel_cli_dup_one_line (const char *text)
{
  GString *line = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '\n')
        g_string_append (line, "\\n");
      else if (c == '\t')
        g_string_append (line, "\\t");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (line, "\\x%02x", c);
      else
        g_string_append_c (line, c);
    }

  return g_string_free (line, FALSE);
}

static gboolean
usage (GError     **error,
       const char  *format,
       ...) G_GNUC_PRINTF (2, 3);

/* Sets a usage error: its message is the one line the command prints. */
static gboolean
usage (GError     **error,
       const char  *format,
       ...)
{
  va_list args;

  g_autofree char *message = NULL;
  g_autofree char *line = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  line = easel_cli_dup_one_line (message);
  g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, line);

  return FALSE;
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
check_options (GVariantDict    *options,
               EaselCliAction  *action,
               GError         **error)
{
  int chosen = -1;

  for (guint a = 0; a < G_N_ELEMENTS (actions); a++)
    {
      if (!g_variant_dict_contains (options, actions[a].action))
        continue;

      if (chosen >= 0)
        return usage (error, _("--%s and --%s cannot go together"), actions[chosen].action, actions[a].action);
      chosen = a;
    }

  for (guint a = 0; a < G_N_ELEMENTS (actions); a++)
    for (guint i = 0; actions[a].options[i] != NULL; i++)
      {
        const char *option = actions[a].options[i];

        if (!g_variant_dict_contains (options, option))
          continue;

        if (chosen < 0)
          /* Translators: "--seconds only goes with --hammer" */
          return usage (error, _("--%s only goes with --%s"), option, actions[a].action);

        if (!goes_with (chosen, option))
          return usage (error, _("--%s and --%s cannot go together"), actions[chosen].action, option);
      }

  /* easel_cli_wants_run() says no action was asked for otherwise. */
  *action = chosen >= 0 ? actions[chosen].value : EASEL_CLI_RUN;

  return TRUE;
}

/* Whether the options ask for a headless run (or for one of its options,
 * which easel_cli_parse() then refuses without its action). */
gboolean
easel_cli_wants_run (GVariantDict *options)
{
  if (g_variant_dict_contains (options, "hammer-worker"))
    return TRUE;

  for (guint a = 0; a < G_N_ELEMENTS (actions); a++)
    {
      if (g_variant_dict_contains (options, actions[a].action))
        return TRUE;

      for (guint i = 0; actions[a].options[i] != NULL; i++)
        if (g_variant_dict_contains (options, actions[a].options[i]))
          return TRUE;
    }

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
               GError       **error)
{
  g_autofree char *text = NULL;
  double number;

  if (!g_variant_dict_lookup (options, name, "s", &text))
    return TRUE;

  if (!parse_number (text, FALSE, &number))
    return usage (error, _("--%s must be a whole number, not “%s”"), name, text);

  if (number < min || number > max)
    return usage (error, _("--%s must be between %u and %u, not %s"), name, min, max, text);

  *value = (guint) number;

  return TRUE;
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

static gboolean
parse_workload (GVariantDict   *options,
                EaselWorkload  *workload,
                GError        **error)
{
  easel_workload_init (workload);
  if (!lookup_number (options, "paintings", EASEL_PAINTINGS_MIN, EASEL_PAINTINGS_MAX,
                      &workload->paintings, error) ||
      !lookup_number (options, "coats", EASEL_COATS_MIN, EASEL_COATS_MAX,
                      &workload->coats, error) ||
      !lookup_number (options, "paint-ms", EASEL_PAINT_MS_MIN, EASEL_PAINT_MS_MAX,
                      &workload->paint_ms, error) ||
      !lookup_number (options, "dry-ms", EASEL_DRY_MS_MIN, EASEL_DRY_MS_MAX,
                      &workload->dry_ms, error))
    return FALSE;

  /* One worker per painting unless told otherwise. */
  workload->workers = workload->paintings;
  if (!lookup_number (options, "workers", EASEL_WORKERS_MIN, EASEL_WORKERS_MAX,
                      &workload->workers, error))
    return FALSE;

  g_assert (easel_workload_validate (workload, NULL));

  return TRUE;
}

static gboolean
parse_export (GVariantDict     *options,
              EaselCliRequest  *request,
              GError          **error)
{
  g_autofree char *size = NULL;

  if (g_variant_dict_lookup (options, "size", "s", &size))
    {
      if (!g_variant_dict_contains (options, "export"))
        return usage (error, _("--size only goes with --export"));
      if (!parse_size (size, &request->export_width, &request->export_height))
        return usage (error, _("--size must be WIDTHxHEIGHT, each from %d to %d, not “%s”"),
                      EXPORT_SIZE_MIN, EXPORT_SIZE_MAX, size);
    }

  if (g_variant_dict_lookup (options, "export", "^ay", &request->export_path))
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) local_error = NULL;

      if (*request->export_path == '\0')
        return usage (error, _("--export needs a file name"));
      /* FILE.trace.json: the runs for Perfetto, not a picture. */
      request->export_trace = easel_trace_events_is_trace_name (request->export_path);
      if (request->export_trace)
        return TRUE;
      file = g_file_new_for_commandline_arg (request->export_path);
      if (!easel_export_format_for_file (file, &request->export_format, &local_error))
        return usage (error, "%s", local_error->message);
    }

  return TRUE;
}

/* --guess=SECONDS: the time the user expects, 1 ms to an hour. */
static gboolean
parse_guess (GVariantDict     *options,
             EaselCliRequest  *request,
             GError          **error)
{
  g_autofree char *guess = NULL;
  double seconds;

  if (!g_variant_dict_lookup (options, "guess", "s", &guess))
    return TRUE;

  if (!parse_number (guess, TRUE, &seconds) || !(seconds >= 0.001 && seconds <= 3600))
    return usage (error, _("--guess must be from 0.001 to 3600 seconds, not “%s”"), guess);
  request->guess_ms = seconds * 1000.0;

  return TRUE;
}

/* --label=TEXT: what the run file calls this machine; short, one line. */
static gboolean
parse_label (GVariantDict     *options,
             EaselCliRequest  *request,
             GError          **error)
{
  g_autofree char *label = NULL;

  if (!g_variant_dict_lookup (options, "label", "s", &label))
    return TRUE;

  if (*label == '\0' || strlen (label) > 200 || !g_utf8_validate (label, -1, NULL) || strchr (label, '\n') != NULL)
    return usage (error, _("--label must be one line of text, 1 to 200 bytes long"));
  request->label = g_steal_pointer (&label);

  return TRUE;
}

static gboolean
parse_run (GVariantDict     *options,
           EaselCliRequest  *request,
           GError          **error)
{
  g_autofree char *run = NULL;

  g_variant_dict_lookup (options, "run", "s", &run);

  if (g_strcmp0 (run, "all") == 0)
    {
      for (guint i = 0; i < EASEL_N_MODES; i++)
        request->modes[request->n_modes++] = i;
    }
  else if (easel_mode_from_string (run, &request->modes[0]))
    {
      request->n_modes = 1;
    }
  else
    {
      return usage (error, _("unknown mode “%s” for --run: use sequential, async, parallel, gil or all"), run);
    }

  return parse_workload (options, &request->workload, error) &&
         parse_guess (options, request, error) &&
         parse_label (options, request, error) &&
         parse_export (options, request, error);
}

static gboolean
parse_hammer (GVariantDict     *options,
              EaselCliRequest  *request,
              GError          **error)
{
  g_autofree char *threads = NULL;
  g_autofree char *seconds = NULL;
  g_autofree char *mode = NULL;
  guint max_threads = easel_hammer_get_max_threads ();
  double value;

  g_variant_dict_lookup (options, "hammer", "s", &threads);
  if (!parse_number (threads, FALSE, &value) || value > max_threads)
    return usage (error, _("--hammer must be a number of threads from 0 to %u, not “%s”"), max_threads, threads);
  request->threads = (guint) value;

  if (!g_variant_dict_lookup (options, "seconds", "s", &seconds))
    return usage (error, _("--hammer needs --seconds"));
  if (!parse_number (seconds, TRUE, &request->seconds) ||
      !(request->seconds >= 0.1 && request->seconds <= 3600))
    return usage (error, _("--seconds must be from 0.1 to 3600, not “%s”"), seconds);

  if (g_variant_dict_lookup (options, "hammer-mode", "s", &mode) &&
      !easel_hammer_mode_from_string (mode, &request->hammer_mode))
    return usage (error, _("unknown mode “%s” for --hammer-mode: use threads, gil or processes"), mode);

  return TRUE;
}

static gboolean
parse_scaling (GVariantDict     *options,
               EaselCliRequest  *request,
               GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  EaselScalingParams *params = &request->scaling;

  easel_scaling_params_init (params, easel_cores_get_default ()->usable);

  if (!lookup_number (options, "paint-ms", EASEL_PAINT_MS_MIN, SCALING_WORK_MS_MAX, &params->work_ms, error) ||
      !lookup_number (options, "coats", EASEL_COATS_MIN, EASEL_COATS_MAX, &params->coats, error) ||
      !lookup_number (options, "dry-ms", EASEL_DRY_MS_MIN, EASEL_DRY_MS_MAX, &params->dry_ms, error) ||
      !lookup_number (options, "max-workers", EASEL_WORKERS_MIN, EASEL_RUN_WORKERS_MAX, &params->max_workers, error))
    return FALSE;

  if (!easel_scaling_check_params (params, &local_error))
    return usage (error, "%s", local_error->message);

  return parse_label (options, request, error) &&
         parse_export (options, request, error);
}

static gboolean
parse_handout (GVariantDict     *options,
               EaselCliRequest  *request,
               GError          **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;

  g_variant_dict_lookup (options, "export-handout", "^ay", &request->export_path);
  if (*request->export_path == '\0')
    return usage (error, _("--export-handout needs a file name"));

  file = g_file_new_for_commandline_arg (request->export_path);
  if (!easel_handout_check_name (file, &local_error))
    return usage (error, "%s", local_error->message);

  if (g_variant_dict_contains (options, "handout-notes") && g_variant_dict_contains (options, "worksheet"))
    return usage (error, _("--handout-notes and --worksheet make different handouts: choose one"));
  request->handout_kind = g_variant_dict_contains (options, "handout-notes") ? EASEL_HANDOUT_NOTES
                          : g_variant_dict_contains (options, "worksheet") ? EASEL_HANDOUT_WORKSHEET
                          : EASEL_HANDOUT_STUDENT;

  return TRUE;
}

/* --compare FILE…: every file read now, so that a bad one is a usage
 * error before anything is printed. */
static gboolean
parse_compare (GVariantDict     *options,
               EaselCliRequest  *request,
               GError          **error)
{
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &request->files);
  if (request->files == NULL || request->files[0] == NULL)
    return usage (error, _("--compare needs one or more run files"));

  request->records = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; request->files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (request->files[i]);
      g_autoptr(GError) local_error = NULL;
      EaselRecord *record = easel_run_file_load (file, NULL, &local_error);
      g_autofree char *name = g_filename_display_name (request->files[i]);

      if (record == NULL)
        /* Translators: a run file that cannot be compared, "me.json: This is not an Easel run file" */
        return usage (error, _("%s: %s"), name, local_error->message);
      g_ptr_array_add (request->records, record);
    }

  if (!parse_export (options, request, error))
    return FALSE;
  if (request->export_trace)
    return usage (error, _("--compare exports a picture (PNG, SVG or PDF), not a trace"));

  return TRUE;
}

/* Reads @options into @request, which the caller clears with
 * easel_cli_request_clear() whatever this returns. A usage error has the
 * line to print as its message. Nothing runs and no file is touched. */
gboolean
easel_cli_parse (GVariantDict     *options,
                 EaselCliRequest  *request,
                 GError          **error)
{
  g_return_val_if_fail (options != NULL && request != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (request, 0, sizeof *request);
  request->export_format = EASEL_EXPORT_PNG;
  request->export_width = EASEL_EXPORT_DEFAULT_WIDTH;
  request->export_height = EASEL_EXPORT_DEFAULT_HEIGHT;
  request->hammer_mode = EASEL_HAMMER_THREADS;
  request->json = g_variant_dict_contains (options, "json");

  if (g_variant_dict_contains (options, "hammer-worker"))
    {
      request->action = EASEL_CLI_HAMMER_WORKER;
      return TRUE;
    }

  /* One action, and only the options that go with it; files only with
   * --compare. */
  if (!check_options (options, &request->action, error))
    return FALSE;
  if (request->action != EASEL_CLI_COMPARE && g_variant_dict_contains (options, G_OPTION_REMAINING))
    return usage (error, _("files go with --compare, or alone to open them in the window"));

  switch (request->action)
    {
    case EASEL_CLI_RUN:
      return parse_run (options, request, error);

    case EASEL_CLI_HAMMER:
      return parse_hammer (options, request, error);

    case EASEL_CLI_HANDOUT:
      return parse_handout (options, request, error);

    case EASEL_CLI_SCALING:
      return parse_scaling (options, request, error);

    case EASEL_CLI_COMPARE:
      return parse_compare (options, request, error);

    case EASEL_CLI_HAMMER_WORKER:
    default:
      g_return_val_if_reached (FALSE);
    }
}

void
easel_cli_request_clear (EaselCliRequest *request)
{
  g_clear_pointer (&request->export_path, g_free);
  g_clear_pointer (&request->label, g_free);
  g_clear_pointer (&request->records, g_ptr_array_unref);
  g_clear_pointer (&request->files, g_strfreev);
}
