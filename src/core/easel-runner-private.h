/* easel-runner-private.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the runners of each mode share with their base class.
 */

#pragma once

#include "easel-runner.h"

G_BEGIN_DECLS

/* The minimum time a ready coat must wait to count as waiting. */
#define EASEL_WAIT_THRESHOLD_MS 0.5

void     _easel_runner_start_clock  (EaselRunner     *self);
double   _easel_runner_ms_since_start (EaselRunner   *self,
                                       gint64         monotonic_us);
double   _easel_runner_now_ms       (EaselRunner     *self);
gint64   _easel_runner_start_us     (EaselRunner     *self);
void     _easel_runner_span_started (EaselRunner     *self,
                                     const EaselSpan *span);
void     _easel_runner_span_finished (EaselRunner    *self,
                                      const EaselSpan *span);
gboolean _easel_runner_paint        (EaselRunner     *self,
                                     guint            painting,
                                     guint            coat,
                                     int              thread,
                                     EaselGil        *gil,
                                     GCancellable    *cancellable);
gboolean _easel_runner_dry_blocking (EaselRunner     *self,
                                     guint            painting,
                                     guint            coat,
                                     int              thread,
                                     GCancellable    *cancellable);
gboolean _easel_sleep_until         (gint64           deadline_us,
                                     GCancellable    *cancellable);

GType    _easel_sequential_runner_get_type (void) G_GNUC_CONST;
GType    _easel_async_runner_get_type      (void) G_GNUC_CONST;
GType    _easel_parallel_runner_get_type   (void) G_GNUC_CONST;

G_END_DECLS
