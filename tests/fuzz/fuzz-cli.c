/* fuzz-cli.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds any options to the command line's parser, as GApplication hands
 * them over: one option a line, "NAME=VALUE" (or "NAME" for a switch),
 * typed as its entry says. Nothing may run and no file may be touched;
 * what the parser accepts must hold together, and what it refuses must
 * come with the one line the command prints.
 */

#include "config.h"

#include <string.h>

#include "easel-cli.h"
#include "easel-fuzz.h"

static const GOptionEntry *
find_entry (const char *name)
{
  for (const GOptionEntry *entry = easel_cli_run_entries; entry->long_name != NULL; entry++)
    if (g_str_equal (entry->long_name, name))
      return entry;

  return NULL;
}

/* Adds the option on @line to @options, typed as GApplication types it;
 * a line that names no option is left out, as GApplication refuses it. */
static void
add_option (GVariantDict *options,
            const char   *line)
{
  g_auto(GStrv) parts = g_strsplit (line, "=", 2);
  const GOptionEntry *entry;
  const char *value;

  /* An empty line splits into nothing. */
  if (parts[0] == NULL)
    return;

  entry = find_entry (parts[0]);
  value = parts[1] != NULL ? parts[1] : "";
  if (entry == NULL)
    return;

  switch ((int) entry->arg)
    {
    case G_OPTION_ARG_NONE:
      g_variant_dict_insert (options, entry->long_name, "b", TRUE);
      break;

    case G_OPTION_ARG_STRING:
      /* GOption hands over UTF-8 only. */
      if (g_utf8_validate (value, -1, NULL))
        g_variant_dict_insert (options, entry->long_name, "s", value);
      break;

    case G_OPTION_ARG_FILENAME:
      g_variant_dict_insert_value (options, entry->long_name, g_variant_new_bytestring (value));
      break;

    default:
      g_assert_not_reached ();
    }
}

/* --export with --run or --scaling: a name, and a size in range. */
static void
check_export (const EaselCliRequest *request)
{
  g_assert_true (request->export_path == NULL || request->export_path[0] != '\0');
  g_assert_cmpint (request->export_width, >=, 64);
  g_assert_cmpint (request->export_height, >=, 64);
  g_assert_cmpint (request->export_width, <=, 10000);
  g_assert_cmpint (request->export_height, <=, 10000);
}

static void
check_request (const EaselCliRequest *request)
{
  switch (request->action)
    {
    case EASEL_CLI_RUN:
      g_assert_true (request->n_modes == 1 || request->n_modes == EASEL_N_MODES);
      for (guint i = 0; i < request->n_modes; i++)
        g_assert_nonnull (easel_mode_to_string (request->modes[i]));
      g_assert_true (easel_workload_validate (&request->workload, NULL));
      check_export (request);
      break;

    case EASEL_CLI_COMPARE:
      /* Every file named was read. */
      g_assert_nonnull (request->files);
      g_assert_cmpuint (request->records->len, ==, g_strv_length (request->files));
      g_assert_cmpuint (request->records->len, >=, 1);
      break;

    case EASEL_CLI_HAMMER:
      g_assert_cmpuint (request->threads, <=, easel_hammer_get_max_threads ());
      g_assert_cmpfloat (request->seconds, >=, 0.1);
      g_assert_cmpfloat (request->seconds, <=, 3600);
      g_assert_nonnull (easel_hammer_mode_to_string (request->hammer_mode));
      g_assert_null (request->export_path);
      break;

    case EASEL_CLI_HANDOUT:
      g_assert_nonnull (request->export_path);
      g_assert_cmpuint (strlen (request->export_path), >, 0);
      break;

    case EASEL_CLI_SCALING:
      g_assert_true (easel_scaling_check_params (&request->scaling, NULL));
      check_export (request);
      break;

    case EASEL_CLI_HAMMER_WORKER:
      break;

    default:
      g_assert_not_reached ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_autoptr(GError) error = NULL;
  EaselCliRequest request;
  gboolean ok;

  easel_fuzz_init ();

  for (guint i = 0; lines[i] != NULL && i < 32; i++)
    add_option (options, lines[i]);

  /* Only what easel_cli_run() would be given. */
  if (!easel_cli_wants_run (options))
    return 0;

  ok = easel_cli_parse (options, &request, &error);
  if (ok)
    {
      g_assert_no_error (error);
      check_request (&request);
    }
  else
    {
      /* A usage error: one line, whatever the values held. */
      g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
      g_assert_cmpuint (strlen (error->message), >, 0);
      for (const char *p = error->message; *p != '\0'; p++)
        g_assert_false ((guchar) *p < 0x20 || *p == 0x7f);
    }

  easel_cli_request_clear (&request);

  return 0;
}
