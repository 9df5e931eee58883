/* easel-fuzz.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every fuzz target shares: the entry point libFuzzer (or replay.c)
 * calls, and the setup that turns a warning into a crash.
 */

#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

G_BEGIN_DECLS

/* Defined by each fuzz-NAME.c; called with one input at a time, which
 * is exactly @size bytes long and not NUL-terminated. */
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A warning or a critical (a g_return_if_fail) on some input is a bug the
 * fuzzer must report, as G_DEBUG=fatal-warnings makes it in the tests:
 * the abort is a crash to libFuzzer, which saves the input. Call first
 * thing in LLVMFuzzerTestOneInput. */
static inline void
easel_fuzz_init (void)
{
  static gboolean done;

  if (!done)
    {
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      done = TRUE;
    }
}

G_END_DECLS
