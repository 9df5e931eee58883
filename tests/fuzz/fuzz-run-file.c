/* fuzz-run-file.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds any bytes to the run file reader, with a length and no NUL, so
 * that a read past the end trips AddressSanitizer. What it accepts must
 * hold what a record promises: finished, every span inside its run, and
 * written again, read again, the same text.
 */

#include "config.h"

#include <string.h>

#include "easel-fuzz.h"
#include "easel-run-file.h"

static void
check_record (EaselRecord *record)
{
  const EaselRunResult *results;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autoptr(EaselRecord) back = NULL;
  g_autoptr(GError) error = NULL;
  guint n_results;

  g_assert_true (easel_record_is_finished (record));
  g_assert_nonnull (easel_record_get_machine (record));

  results = easel_record_get_results (record, &n_results);
  g_assert_cmpuint (n_results, <=, EASEL_RUN_FILE_MAX_RUNS);
  for (guint i = 0; i < n_results; i++)
    {
      const EaselSpan *spans;
      guint n_spans;

      spans = easel_trace_get_spans (results[i].measured, &n_spans);
      for (guint s = 0; s < n_spans; s++)
        {
          g_assert_cmpfloat (spans[s].start_ms, >=, 0.0);
          g_assert_cmpfloat (spans[s].end_ms, >=, spans[s].start_ms);
          g_assert_cmpuint (spans[s].painting, <, easel_trace_get_workload (results[i].measured)->paintings);
        }
    }

  text = easel_run_file_to_data (record, NULL, NULL);
  back = easel_run_file_parse (text, -1, &error);
  g_assert_no_error (error);
  again = easel_run_file_to_data (back, NULL, NULL);
  g_assert_cmpstr (text, ==, again);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(EaselRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  /* Its own copy, exactly @size long: the reader must keep to it. */
  g_autofree char *copy = g_memdup2 (data, size);

  easel_fuzz_init ();

  record = easel_run_file_parse (copy != NULL ? copy : "", size, &error);
  if (record == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == EASEL_RUN_FILE_ERROR);
      g_assert_null (strchr (error->message, '\n'));
      return 0;
    }

  g_assert_no_error (error);
  check_record (record);

  return 0;
}
