/* easel-gantt-private.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline's drawing pieces that the comparison draws with too; not
 * for use outside the render layer (and its tests).
 */

#pragma once

#include "easel-gantt.h"

G_BEGIN_DECLS

/* Bars and hatching, shared with the comparison. */
void     _easel_gantt_draw_span     (cairo_t                *cr,
                                     const EaselRenderStyle *style,
                                     const EaselSpan        *span,
                                     double                  x,
                                     double                  y,
                                     double                  width,
                                     double                  height,
                                     gboolean                ghost,
                                     const char             *label);
void     _easel_gantt_draw_axis     (cairo_t                *cr,
                                     const EaselRenderStyle *style,
                                     double                  x,
                                     double                  top,
                                     double                  bottom,
                                     double                  width,
                                     double                  max_ms,
                                     double                  tick_ms);
void     _easel_gantt_draw_legend   (cairo_t                *cr,
                                     const EaselRenderStyle *style,
                                     gboolean                with_predicted,
                                     gboolean                with_core_waits,
                                     gboolean                with_gil_waits,
                                     double                  right,
                                     double                  y,
                                     double                  max_width);
double   _easel_gantt_pick_tick     (double                  max_ms,
                                     double                  width,
                                     double                  min_spacing);

gboolean _easel_gantt_trace_shows_core_waits (EaselTrace *trace,
                                              double      px_per_ms);

void     _easel_gantt_draw_strip    (const EaselGantt       *gantt,
                                     const EaselRenderStyle *style,
                                     cairo_t                *cr,
                                     const EaselGanttLayout *layout,
                                     gboolean                frame,
                                     gboolean                samples);

G_END_DECLS
