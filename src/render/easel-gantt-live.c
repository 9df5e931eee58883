/* easel-gantt-live.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What moves while a run goes on: each open bar and the "now" cursor,
 * drawn as small parts of their own over the static layer; and the
 * markers of the makespans.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "easel-chart-kit.h"
#include "easel-gantt-private.h"

void
_easel_gantt_draw_marker (cairo_t                *cr,
                          const EaselRenderStyle *style,
                          const EaselGanttLayout *layout,
                          double                  ms,
                          EaselRgba               color,
                          gboolean                dashed,
                          double                  label_y,
                          const char             *label)
{
  double x = round (easel_gantt_layout_x (layout, ms)) + 0.5;
  double text_width = easel_render_text_width (cr, style, 0.85, TRUE, label);
  double right = layout->plot_x + layout->plot_width;
  /* Labels sit left of their line, unless there is no room. */
  double align = x - text_width - 6 < layout->plot_x ? 0.0 : 1.0;
  double left;

  cairo_save (cr);
  easel_cairo_set_rgba (cr, color);
  cairo_set_line_width (cr, 2.0);
  if (dashed)
    cairo_set_dash (cr, (double[]) { 6.0, 4.0 }, 2, 0);
  cairo_move_to (cr, x, label_y);
  cairo_line_to (cr, x, layout->axis_y);
  cairo_stroke (cr);
  cairo_restore (cr);

  if (align == 0.0 && x + 6 + text_width > right + style->font_size)
    align = 1.0;
  left = align == 1.0 ? x - 6 - text_width : x + 6;
  /* Never past the chart's edges, even where the line is near one. */
  left = MAX (MIN (left, right + round (style->font_size * 0.8) - text_width), 0.0);
  easel_render_text (cr, style, 0.85, TRUE, color, left, label_y, 0.0, 0.0, label);
}

static double
now_label_y (const EaselRenderStyle *style,
             const EaselGanttLayout *layout)
{
  return layout->plot_y - layout->label_height - 1.0;
}

/* The "now" cursor of a run going on, labelled with its time. */
void
_easel_gantt_draw_cursor (cairo_t                *cr,
                          const EaselRenderStyle *style,
                          const EaselGanttLayout *layout,
                          double                  now_ms)
{
  g_autofree char *seconds = easel_format_seconds (now_ms, 100);

  _easel_gantt_draw_marker (cr, style, layout, now_ms, style->accent, FALSE, now_label_y (style, layout), seconds);
}

/* The parts of a run going on that move every frame: each span still
 * open, and the "now" cursor with its label. A live view draws each on
 * its own, within these bounds, over the static layer: a frame then
 * redraws a few bars and a thin line, not a band of the whole chart. */

/* Where open span @open_span (an index into gantt->open_spans) is drawn
 * now, in whole pixels. */
void
easel_gantt_open_span_bounds (const EaselGantt       *gantt,
                              const EaselGanttLayout *layout,
                              guint                   open_span,
                              cairo_rectangle_t      *bounds)
{
  double x, y, width, height;

  g_return_if_fail (gantt != NULL && layout != NULL && bounds != NULL);
  g_return_if_fail (open_span < gantt->n_open_spans);

  easel_gantt_layout_bar (layout, gantt, &gantt->open_spans[open_span], FALSE, &x, &y, &width, &height);
  /* Whole pixels around the bar, its label included (it stays inside). */
  bounds->x = floor (x) - 1;
  bounds->y = floor (y) - 1;
  bounds->width = ceil (x + width) + 1 - bounds->x;
  bounds->height = ceil (y + height) + 1 - bounds->y;
}

/* Draws open span @open_span alone, on a clear surface. */
void
easel_gantt_draw_open_span (const EaselGantt       *gantt,
                            const EaselRenderStyle *style,
                            const EaselGanttLayout *layout,
                            guint                   open_span,
                            cairo_t                *cr)
{
  EaselGanttDrawSpans draw = { cr, style, gantt, layout, FALSE };

  g_return_if_fail (gantt != NULL && style != NULL && layout != NULL && cr != NULL);
  g_return_if_fail (open_span < gantt->n_open_spans);

  _easel_gantt_draw_span_cb (&gantt->open_spans[open_span], &draw);
}

/* Where the "now" cursor is drawn: a band around its @label (which sits
 * left of the line, or right where there is no room) and the top of the
 * line, and the rest of the @line below. The two do not overlap: what
 * is drawn in both would be drawn twice. */
void
easel_gantt_now_bounds (const EaselGantt       *gantt,
                        const EaselRenderStyle *style,
                        const EaselGanttLayout *layout,
                        cairo_rectangle_t      *line,
                        cairo_rectangle_t      *label)
{
  double x;
  double label_y;
  double margin = style->font_size * 7.0;

  g_return_if_fail (gantt != NULL && style != NULL && layout != NULL && line != NULL && label != NULL);

  x = round (easel_gantt_layout_x (layout, MAX (gantt->now_ms, 0.0)));
  label_y = floor (now_label_y (style, layout));
  *label = (cairo_rectangle_t) { floor (x - margin), label_y - 1, ceil (2 * margin), ceil (style->font_size * 1.5) + 2 };
  *line = (cairo_rectangle_t) { x - 2, label->y + label->height, 5, 0 };
  line->height = MAX (ceil (layout->axis_y) + 1 - line->y, 0);
}

/* Draws the "now" cursor of a run going on, on a clear surface. */
void
easel_gantt_draw_now (const EaselGantt       *gantt,
                      const EaselRenderStyle *style,
                      const EaselGanttLayout *layout,
                      cairo_t                *cr)
{
  g_return_if_fail (gantt != NULL && style != NULL && layout != NULL && cr != NULL);

  if (!gantt->finished && gantt->now_ms >= 0)
    _easel_gantt_draw_cursor (cr, style, layout, gantt->now_ms);
}
