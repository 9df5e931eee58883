/* easel-cli-private.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the command line's files share: one line on standard error, the
 * signals that stop a command, the JSON report's frame.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "easel-cli.h"

G_BEGIN_DECLS

/* The signals that stop a command cleanly: INT, TERM and HUP. */
#define EASEL_CLI_N_SIGNALS 3

/* What a signal does to a command: it cancels the work, and the signal
 * is kept for the exit status. */
typedef struct
{
  GCancellable *cancellable;
  /* The signal that stopped the work, or 0. */
  int           signal;
} EaselCliHeadless;

void         _easel_cli_print_line        (const char       *message);
void         _easel_cli_catch_signals     (EaselCliHeadless *headless,
                                           GMainContext     *context,
                                           GSource          *sources[EASEL_CLI_N_SIGNALS]);
void         _easel_cli_release_signals   (GSource          *sources[EASEL_CLI_N_SIGNALS]);
int          _easel_cli_interrupted       (int               signal);
JsonBuilder *_easel_cli_json_begin        (void);
void         _easel_cli_json_print_node   (JsonNode            *root);
void         _easel_cli_json_print        (JsonBuilder      *builder);
void         _easel_cli_add_machine       (JsonBuilder      *builder);
void         _easel_cli_add_cores_or_null (JsonBuilder      *builder,
                                           const char       *name,
                                           gboolean          known,
                                           double            cores);
int          _easel_cli_run_hammer        (const EaselCliRequest *request);
int          _easel_cli_run_compare       (const EaselCliRequest *request);
int          _easel_cli_open_export       (const EaselCliRequest  *request,
                                           EaselAtomicFile       **target);

G_END_DECLS
