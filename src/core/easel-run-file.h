/* easel-run-file.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "easel-record.h"

G_BEGIN_DECLS

#define EASEL_RUN_FILE_FORMAT  "easel-run"
#define EASEL_RUN_FILE_VERSION 1
/* What a run file may hold: a file over this size is refused before it
 * is read; a class's Run All is a few hundred KiB. */
#define EASEL_RUN_FILE_MAX_BYTES (16 * 1024 * 1024)
#define EASEL_RUN_FILE_MAX_RUNS  512
#define EASEL_RUN_FILE_MAX_SPANS 100000
#define EASEL_RUN_FILE_SUFFIX    ".easel-run.json"

#define EASEL_RUN_FILE_ERROR (easel_run_file_error_quark ())

typedef enum
{
  EASEL_RUN_FILE_ERROR_TOO_BIG,
  EASEL_RUN_FILE_ERROR_NOT_JSON,
  EASEL_RUN_FILE_ERROR_FORMAT,
  EASEL_RUN_FILE_ERROR_NEWER,
  EASEL_RUN_FILE_ERROR_INVALID,
} EaselRunFileError;

GQuark       easel_run_file_error_quark (void);

JsonNode    *easel_run_file_to_json     (EaselRecord        *record,
                                         const EaselMachine *machine);
EaselRecord *easel_run_file_parse       (const char         *data,
                                         gssize              length,
                                         GError            **error);
EaselRecord *easel_run_file_load        (GFile              *file,
                                         GCancellable       *cancellable,
                                         GError            **error);
char        *easel_run_file_to_data     (EaselRecord        *record,
                                         const EaselMachine *machine,
                                         gsize              *length);
char        *easel_run_file_dup_mismatch (EaselRecord      *reference,
                                          EaselRecord      *record,
                                          const char       *file);
gboolean     easel_run_file_save        (EaselRecord        *record,
                                         const char         *label,
                                         GFile              *file,
                                         GError            **error);

G_END_DECLS
