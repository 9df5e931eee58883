/* easel-cli.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "easel-export.h"
#include "easel-hammer.h"
#include "easel-handout.h"
#include "easel-mode.h"
#include "easel-scaling.h"
#include "easel-workload.h"

G_BEGIN_DECLS

/* The exit status of a usage error. */
#define EASEL_EXIT_USAGE 2
/* The exit status of a run stopped by Ctrl+C (128 + SIGINT). */
#define EASEL_EXIT_INTERRUPTED 130

typedef enum
{
  EASEL_CLI_RUN,
  EASEL_CLI_HAMMER,
  EASEL_CLI_HANDOUT,
  EASEL_CLI_SCALING,
  EASEL_CLI_COMPARE,
  /* A hammer worker process, started by the hammer itself. */
  EASEL_CLI_HAMMER_WORKER,
} EaselCliAction;

/* What the command line asks for, every option read and checked. */
typedef struct
{
  EaselCliAction     action;
  gboolean           json;

  /* --run */
  EaselMode          modes[EASEL_N_MODES];
  guint              n_modes;
  EaselWorkload      workload;
  /* --guess: the time the user expects, or 0. */
  double             guess_ms;
  /* --label: what the run file calls this machine, or NULL. */
  char              *label;

  /* --export (with --run) or --export-handout: a file name in the
   * file system's encoding, or NULL. */
  char              *export_path;
  /* For whom the handout is: students, the teacher (--handout-notes) or
   * the class (--worksheet). */
  EaselHandoutKind   handout_kind;
  EaselExportFormat  export_format;
  /* --export=FILE.trace.json: the runs as a trace for Perfetto. */
  gboolean           export_trace;
  int                export_width;
  int                export_height;

  /* --scaling */
  EaselScalingParams scaling;

  /* --compare: the run files named, read (EaselRecord), and their names
   * as given. */
  GPtrArray         *records;
  char             **files;

  /* --hammer */
  guint              threads;
  double             seconds;
  EaselHammerMode    hammer_mode;
} EaselCliRequest;

extern const GOptionEntry easel_cli_run_entries[];

gboolean easel_cli_wants_run     (GVariantDict     *options);
gboolean easel_cli_parse         (GVariantDict     *options,
                                  EaselCliRequest  *request,
                                  GError          **error);
void     easel_cli_request_clear (EaselCliRequest  *request);
char    *easel_cli_dup_one_line  (const char       *text);
int      easel_cli_run           (GVariantDict     *options);

G_END_DECLS
