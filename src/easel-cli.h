/* easel-cli.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The exit status of a usage error. */
#define EASEL_EXIT_USAGE 2
/* The exit status of a run stopped by Ctrl+C (128 + SIGINT). */
#define EASEL_EXIT_INTERRUPTED 130

extern const GOptionEntry easel_cli_run_entries[];

gboolean easel_cli_wants_run (GVariantDict *options);
int      easel_cli_run       (GVariantDict *options);

G_END_DECLS
