/* easel-chart-kit.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The kit every chart draws with: a time axis and its ticks, and the
 * legend of the runs' bars (the timeline and the comparison share it;
 * the scaling chart its ticks).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "easel-chart-kit.h"
#include "easel-gantt-private.h"

double
_easel_chart_pick_tick (double max_ms,
                        double width,
                        double min_spacing)
{
  static const double steps[] = { 1, 2, 5 };

  for (double magnitude = 1; magnitude < 1e9; magnitude *= 10)
    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      {
        double step = steps[i] * magnitude;

        if (step / max_ms * width >= min_spacing)
          return step;
      }

  return max_ms;
}

void
_easel_chart_draw_time_axis (cairo_t                *cr,
                             const EaselRenderStyle *style,
                             double                  x,
                             double                  top,
                             double                  bottom,
                             double                  width,
                             double                  max_ms,
                             double                  tick_ms)
{
  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);

  for (double t = 0; t <= max_ms; t += tick_ms)
    {
      double tx = round (x + t / max_ms * width) + 0.5;
      g_autofree char *text = easel_format_seconds (t, tick_ms);

      easel_cairo_set_rgba (cr, style->grid);
      cairo_move_to (cr, tx, top);
      cairo_line_to (cr, tx, bottom + style->font_size * 0.3);
      cairo_stroke (cr);

      easel_render_text (cr, style, 0.85, FALSE, style->dim, tx, bottom + style->font_size * 0.4,
                         t == 0 ? 0.0 : 0.5, 0.0, text);
    }

  easel_cairo_set_rgba (cr, style->dim);
  cairo_move_to (cr, x, round (bottom) + 0.5);
  cairo_line_to (cr, x + width, round (bottom) + 0.5);
  cairo_stroke (cr);

  cairo_restore (cr);
}

enum { SWATCH_PAINT, SWATCH_CORE_WAIT, SWATCH_GIL_WAIT, SWATCH_SPAN };

/* One legend item's swatch, @box high, at (@x, @y). */
static void
draw_swatch (cairo_t                *cr,
             const EaselRenderStyle *style,
             int                     swatch,
             const EaselSpan        *span,
             gboolean                ghost,
             double                  x,
             double                  y,
             double                  box)
{
  EaselRgba first = easel_render_style_get_painting_color (style, 0);

  switch (swatch)
    {
    case SWATCH_PAINT:
      /* A swatch of the first colours. */
      for (guint c = 0; c < 3; c++)
        {
          easel_cairo_set_rgba (cr, easel_render_style_get_painting_color (style, c));
          cairo_rectangle (cr, x + c * box * 1.6 / 3, y, box * 1.6 / 3, box);
          cairo_fill (cr);
        }
      break;

    case SWATCH_CORE_WAIT:
      cairo_save (cr);
      cairo_rectangle (cr, x, y, box * 1.6, box);
      _easel_gantt_fill_core_wait (cr, first, x, y, box * 1.6, box);
      cairo_new_path (cr);
      cairo_restore (cr);
      break;

    case SWATCH_GIL_WAIT:
      /* As a paint bar shows it: faint, in its frame. */
      _easel_gantt_draw_gil_wait (cr, first, x, y, box * 1.6, box, MIN (4.0, box / 4));
      break;

    case SWATCH_SPAN:
    default:
      _easel_gantt_draw_span (cr, style, span, x, y, box * 1.6, box, ghost, NULL);
      break;
    }
}

typedef struct
{
  int         swatch;
  EaselPhase  phase;
  gboolean    ghost;
  gboolean    shown;
  const char *text;
} LegendItem;

/* Lays the legend out in lines no wider than @max_width (where one item
 * alone is wider, the whole legend is drawn smaller), each right-aligned
 * at @right, the first at @y; draws it with @draw. Returns its height.
 * Wrapped, not shrunk: presenting, its text keeps the size that reads
 * from the back of the room. */
static double
layout_legend (cairo_t                *cr,
               const EaselRenderStyle *style,
               gboolean                with_predicted,
               gboolean                with_core_waits,
               gboolean                with_gil_waits,
               double                  right,
               double                  y,
               double                  max_width,
               gboolean                draw)
{
  const double font = style->font_size;
  const double box = round (font * 1.1);
  const double gap = font * 1.4;
  const double line_gap = font * 0.4;
  LegendItem items[] = {
    { SWATCH_PAINT, EASEL_PHASE_PAINT, FALSE, TRUE, _("Painting") },
    /* Translators: a runnable thread that no core is free for */
    { SWATCH_CORE_WAIT, EASEL_PHASE_PAINT, FALSE, with_core_waits, _("Waiting for a core") },
    /* Translators: a thread that could paint but waits for Python's
     * global interpreter lock; its core is free */
    { SWATCH_GIL_WAIT, EASEL_PHASE_PAINT, FALSE, with_gil_waits, _("Waiting for the GIL") },
    { SWATCH_SPAN, EASEL_PHASE_DRY, FALSE, TRUE, _("Drying") },
    { SWATCH_SPAN, EASEL_PHASE_WAIT, FALSE, TRUE, _("Ready, waiting") },
    { SWATCH_SPAN, EASEL_PHASE_PAINT, TRUE, with_predicted, _("Predicted") },
  };
  double widths[G_N_ELEMENTS (items)];
  guint line_of[G_N_ELEMENTS (items)];
  double line_width = 0.0;
  double widest = 0.0;
  double scale = 1.0;
  guint line = 0;

  /* Greedy lines, first item first. */
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      if (!items[i].shown)
        continue;
      widths[i] = box * 1.6 + font * 0.4 + easel_render_text_width (cr, style, 0.85, FALSE, items[i].text);
      widest = MAX (widest, widths[i]);
      if (line_width > 0.0 && line_width + gap + widths[i] > max_width)
        {
          line++;
          line_width = 0.0;
        }
      line_width += (line_width > 0.0 ? gap : 0.0) + widths[i];
      line_of[i] = line;
    }
  if (max_width > 0 && widest > max_width)
    scale = max_width / widest;

  if (draw)
    {
      double x = 0.0;
      guint current = line;

      cairo_save (cr);
      cairo_translate (cr, right, y);
      cairo_scale (cr, scale, scale);

      /* Right-aligned: each line from its last item leftwards. */
      for (int i = G_N_ELEMENTS (items) - 1; i >= 0; i--)
        {
          EaselSpan span = { 0, 0, items[i].phase };
          double top;

          if (!items[i].shown)
            continue;
          if (line_of[i] != current)
            {
              current = line_of[i];
              x = 0.0;
            }
          top = current * (box + line_gap);
          x -= widths[i] - box * 1.6;
          easel_render_text (cr, style, 0.85, FALSE, style->dim, x + font * 0.4, top + box / 2, 0.0, 0.5, items[i].text);
          x -= box * 1.6;
          draw_swatch (cr, style, items[i].swatch, &span, items[i].ghost, x, top, box);
          x -= gap;
        }

      cairo_restore (cr);
    }

  return ((line + 1) * box + line * line_gap) * scale;
}

/* The height of the legend _easel_chart_draw_legend() draws. */
double
_easel_chart_legend_height (cairo_t                *cr,
                            const EaselRenderStyle *style,
                            gboolean                with_predicted,
                            gboolean                with_core_waits,
                            gboolean                with_gil_waits,
                            double                  max_width)
{
  return layout_legend (cr, style, with_predicted, with_core_waits, with_gil_waits, 0.0, 0.0, max_width, FALSE);
}

/* A right-aligned legend ending at @right, its boxes starting at @y,
 * wrapped to @max_width; returns its height. */
double
_easel_chart_draw_legend (cairo_t                *cr,
                          const EaselRenderStyle *style,
                          gboolean                with_predicted,
                          gboolean                with_core_waits,
                          gboolean                with_gil_waits,
                          double                  right,
                          double                  y,
                          double                  max_width)
{
  return layout_legend (cr, style, with_predicted, with_core_waits, with_gil_waits, right, y, max_width, TRUE);
}
