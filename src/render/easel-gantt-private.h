/* easel-gantt-private.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the timeline's files (easel-gantt*.c) share, and the pieces the
 * comparison draws with too; not for use outside the render layer (and
 * its tests).
 */

#pragma once

#include "easel-gantt.h"
#include "easel-series.h"

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

gboolean _easel_gantt_trace_shows_core_waits (EaselTrace *trace,
                                              double      px_per_ms);

void     _easel_gantt_draw_strip    (const EaselGantt       *gantt,
                                     const EaselRenderStyle *style,
                                     cairo_t                *cr,
                                     const EaselGanttLayout *layout,
                                     gboolean                frame,
                                     gboolean                samples);

/* The state of a pass that draws every span of one layer. */
typedef struct
{
  cairo_t                *cr;
  const EaselRenderStyle *style;
  const EaselGantt       *gantt;
  const EaselGanttLayout *layout;
  gboolean                predicted;
} EaselGanttDrawSpans;

void
_easel_gantt_for_each_span (const EaselGantt *gantt,
                            gboolean          predicted,
                            void            (*func) (const EaselSpan *span, gpointer data),
                            gpointer          data);

double
_easel_gantt_span_end (const EaselGantt *gantt,
                       const EaselSpan  *span);

char *
_easel_gantt_dup_lane_label (const EaselGantt       *gantt,
                             const EaselGanttLayout *layout,
                             guint                   lane);

gboolean
_easel_gantt_get_others (const EaselGantt *gantt,
                         EaselRunOthers   *others);

char *
_easel_gantt_dup_notice (const EaselGantt *gantt);

void
_easel_gantt_fill_core_wait (cairo_t   *cr,
                             EaselRgba  color,
                             double     x,
                             double     y,
                             double     width,
                             double     height);

void
_easel_gantt_draw_gil_wait (cairo_t   *cr,
                            EaselRgba  color,
                            double     x,
                            double     y,
                            double     width,
                            double     height,
                            double     radius);

void
_easel_gantt_draw_bar (cairo_t                *cr,
                       const EaselRenderStyle *style,
                       const EaselSpan        *span,
                       double                  x,
                       double                  y,
                       double                  width,
                       double                  height,
                       gboolean                ghost,
                       gboolean                tinted,
                       const char             *label);

void
_easel_gantt_draw_span_cb (const EaselSpan *span,
                           gpointer         data);

void
_easel_gantt_draw_marker (cairo_t                *cr,
                          const EaselRenderStyle *style,
                          const EaselGanttLayout *layout,
                          double                  ms,
                          EaselRgba               color,
                          gboolean                dashed,
                          double                  label_y,
                          const char             *label);

void
_easel_gantt_draw_cursor (cairo_t                *cr,
                          const EaselRenderStyle *style,
                          const EaselGanttLayout *layout,
                          double                  now_ms);

G_END_DECLS
