/* easel-gantt.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline of a run: its lanes, bars and makespans over a time axis,
 * with the prediction behind and the load strip under it. Its parts are
 * drawn by the easel-gantt-*.c files beside this one; this one puts them
 * together.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "easel-chart-kit.h"
#include "easel-cores.h"
#include "easel-gantt-private.h"

void
_easel_gantt_draw_span_cb (const EaselSpan *span,
                           gpointer         data)
{
  EaselGanttDrawSpans *draw = data;
  g_autofree char *label = NULL;
  double x, y, width, height;

  easel_gantt_layout_bar (draw->layout, draw->gantt, span, draw->predicted, &x, &y, &width, &height);

  if (span->phase == EASEL_PHASE_PAINT && !draw->predicted)
    {
      if (draw->gantt->lanes == EASEL_GANTT_LANES_PAINTING)
        label = g_strdup_printf (_("coat %u"), span->coat + 1);
      else
        label = g_strdup_printf (_("painting %u"), span->painting + 1);
    }

  _easel_gantt_draw_bar (draw->cr, draw->style, span, x, y, width, height, draw->predicted,
             easel_gantt_layout_lane_of (draw->layout, draw->gantt, span) == draw->layout->timer_lane,
             label);
}

/* Lanes: alternate stripes and a label each. */
static void
draw_lanes (const EaselGantt       *gantt,
            const EaselRenderStyle *style,
            cairo_t                *cr,
            const EaselGanttLayout *layout)
{
  const double font = style->font_size;

  for (guint lane = 0; lane < layout->n_lanes; lane++)
    {
      g_autofree char *label = _easel_gantt_dup_lane_label (gantt, layout, lane);
      double y = layout->plot_y + lane * layout->lane_height;

      if (lane % 2 == 0)
        {
          easel_cairo_set_rgba_alpha (cr, style->grid, 0.5);
          cairo_rectangle (cr, layout->plot_x, y, layout->plot_width, layout->lane_height);
          cairo_fill (cr);
        }

      /* Thin lanes get smaller labels, down to the floor presenting sets
       * (and none where even that does not fit). */
      if (layout->lane_height >= MAX (font * 0.75, style->min_text_size))
        easel_render_text (cr, style, MIN (1.0, layout->lane_height / font), FALSE, style->foreground,
                           layout->plot_x - font * 0.8, y + layout->lane_height / 2, 1.0, 0.5, label);
    }
}

/* The makespans: predicted on the upper label row, measured below. */
static void
draw_makespans (const EaselGantt       *gantt,
                const EaselRenderStyle *style,
                cairo_t                *cr,
                const EaselGanttLayout *layout)
{
  EaselRunOthers others;
  gboolean busy = _easel_gantt_get_others (gantt, &others);

  /* Beside other programs, the prediction on the cores they left free
   * too: a dotted line in the prediction's colour, named in the same
   * label, "predicted 3.50 s on 2 cores · 4.84 s on the 1.05 left free"
   * (two labels side by side ran into each other). */
  if (busy)
    {
      double x = round (easel_gantt_layout_x (layout, others.predicted_free_ms)) + 0.5;

      cairo_save (cr);
      easel_cairo_set_rgba (cr, style->predicted);
      cairo_set_line_width (cr, 2.0);
      cairo_set_dash (cr, (double[]) { 2.0, 3.0 }, 2, 0);
      cairo_move_to (cr, x, layout->plot_y - layout->label_height - 1.0);
      cairo_line_to (cr, x, layout->axis_y);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  if (gantt->predicted != NULL)
    {
      g_autofree char *seconds = easel_format_seconds (easel_trace_get_makespan (gantt->predicted), 10);
      g_autofree char *cores = easel_cores_format (easel_trace_get_cores (gantt->predicted));
      g_autofree char *label = NULL;

      if (busy)
        {
          g_autofree char *free_seconds = easel_format_seconds (others.predicted_free_ms, 10);
          g_autofree char *free_cores = easel_cores_format (others.free_cores);

          /* Translators: the predicted makespan's marker beside other
           * programs, "predicted 3.50 s on 2 cores · 4.84 s on the 1.05
           * left free" */
          label = g_strdup_printf (_("predicted %s on %s cores · %s on the %s left free"),
                                   seconds, cores, free_seconds, free_cores);
          /* A narrow chart has no room for both: the note under the
           * axis says it in full. */
          if (easel_render_text_width (cr, style, 0.85, TRUE, label) > layout->plot_x + layout->plot_width)
            {
              g_free (label);
              label = g_strdup_printf (_("predicted %s"), seconds);
            }
        }
      else
        {
          label = g_strdup_printf (_("predicted %s"), seconds);
        }

      _easel_gantt_draw_marker (cr, style, layout, easel_trace_get_makespan (gantt->predicted), style->predicted,
                   TRUE, layout->plot_y - 2 * layout->label_height - 2.0, label);
    }

  if (gantt->guess_ms > 0)
    {
      g_autofree char *seconds = easel_format_seconds (gantt->guess_ms, 10);
      /* Translators: the marker of the makespan someone guessed before the run, "your guess 3.00 s" */
      g_autofree char *label = g_strdup_printf (_("your guess %s"), seconds);

      _easel_gantt_draw_marker (cr, style, layout, gantt->guess_ms, style->foreground, TRUE,
                                layout->plot_y - 3 * layout->label_height - 3.0, label);
    }

  if (gantt->finished && gantt->trace != NULL)
    {
      g_autofree char *seconds = easel_format_seconds (easel_trace_get_makespan (gantt->trace), 10);
      g_autofree char *label = easel_trace_is_stopped (gantt->trace) ?
        /* Translators: the marker of a run stopped after "1.2 s" */
        g_strdup_printf (_("stopped %s"), seconds) :
        g_strdup_printf (_("measured %s"), seconds);

      _easel_gantt_draw_marker (cr, style, layout, easel_trace_get_makespan (gantt->trace), style->accent,
                   FALSE, layout->plot_y - layout->label_height - 1.0, label);
    }
}

/* Which mode this is, left of the legend: in Run All the chart shows one
 * mode after another, and a figure is shown on its own. */
static void
draw_title_and_legend (const EaselGantt       *gantt,
                       const EaselRenderStyle *style,
                       cairo_t                *cr,
                       const EaselGanttLayout *layout,
                       double                  width)
{
  const double font = style->font_size;
  EaselTrace *any = gantt->trace != NULL ? gantt->trace : gantt->predicted;
  const char *title = easel_mode_get_title (easel_trace_get_mode (any));
  double pad = round (font * 0.8);
  double box = round (font * 1.1);

  easel_render_text (cr, style, 1.0, TRUE, style->foreground, pad, layout->legend_y + box / 2, 0.0, 0.5, title);
  _easel_chart_draw_legend (cr, style, gantt->show_predicted && gantt->predicted != NULL,
                            easel_gantt_shows_core_waits (gantt, layout),
                            gantt->trace != NULL && easel_trace_get_mode (gantt->trace) == EASEL_MODE_GIL,
                            width - pad, layout->legend_y, layout->legend_width);
}

/* What other programs changed, under the axis (and the strip), on the
 * chart it concerns, as large as its labels. */
static void
draw_notice (const EaselGantt       *gantt,
             const EaselRenderStyle *style,
             cairo_t                *cr,
             const EaselGanttLayout *layout)
{
  const double font = style->font_size;
  g_autofree char *notice = _easel_gantt_dup_notice (gantt);
  double y = layout->n_strip_rows > 0 ? layout->machine_y + layout->machine_height + font * 0.5
                                      : layout->axis_y + font * 1.9;

  easel_render_text_wrapped (cr, style, 1.0, TRUE, style->foreground, layout->plot_x, y,
                             layout->plot_width + round (font * 0.8), notice);
}

void
easel_gantt_draw (const EaselGantt       *gantt,
                  const EaselRenderStyle *style,
                  cairo_t                *cr,
                  double                  width,
                  double                  height)
{
  EaselGanttLayout layout;
  EaselGanttDrawSpans draw = { cr, style, gantt, &layout, FALSE };

  g_return_if_fail (gantt != NULL && style != NULL && cr != NULL);

  if (gantt->layout != NULL)
    layout = *gantt->layout;
  else
    easel_gantt_compute_layout (gantt, style, width, height, &layout);

  cairo_save (cr);

  if (gantt->layer == EASEL_GANTT_LAYER_STRIP)
    {
      if (layout.n_strip_rows > 0)
        _easel_gantt_draw_strip (gantt, style, cr, &layout, FALSE, TRUE);
      cairo_restore (cr);
      return;
    }

  easel_cairo_set_rgba (cr, style->background);
  cairo_paint (cr);

  if (gantt->trace == NULL && gantt->predicted == NULL)
    {
      easel_render_text (cr, style, 1.0, FALSE, style->dim, width / 2, height / 2, 0.5, 0.5,
                         _("Press Run to start painting"));
      cairo_restore (cr);
      return;
    }

  draw_title_and_legend (gantt, style, cr, &layout, width);
  draw_lanes (gantt, style, cr, &layout);

  _easel_chart_draw_time_axis (cr, style, layout.plot_x, layout.plot_y, layout.axis_y,
                          layout.plot_width, layout.max_ms, layout.tick_ms);

  if (gantt->show_predicted && gantt->predicted != NULL)
    {
      draw.predicted = TRUE;
      _easel_gantt_for_each_span (gantt, TRUE, _easel_gantt_draw_span_cb, &draw);
      draw.predicted = FALSE;
    }
  _easel_gantt_for_each_span (gantt, FALSE, _easel_gantt_draw_span_cb, &draw);

  draw_makespans (gantt, style, cr, &layout);

  /* During a run, the strip's samples are a layer of their own. */
  if (layout.n_strip_rows > 0)
    _easel_gantt_draw_strip (gantt, style, cr, &layout, TRUE,
                             !(gantt->layer == EASEL_GANTT_LAYER_STATIC && !gantt->finished));

  if (layout.notice)
    draw_notice (gantt, style, cr, &layout);
  else if (gantt->now_ms >= 0 && gantt->layer == EASEL_GANTT_LAYER_ALL)
    {
      _easel_gantt_draw_cursor (cr, style, &layout, gantt->now_ms);
    }

  cairo_restore (cr);
}
