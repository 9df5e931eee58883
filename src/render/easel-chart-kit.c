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

/* A right-aligned legend ending at @right, its boxes starting at @y. */
void
_easel_chart_draw_legend (cairo_t                *cr,
                          const EaselRenderStyle *style,
                          gboolean                with_predicted,
                          gboolean                with_core_waits,
                          gboolean                with_gil_waits,
                          double                  right,
                          double                  y,
                          double                  max_width)
{
  const double font = style->font_size;
  const double box = round (font * 1.1);
  struct {
    int         swatch;
    EaselPhase  phase;
    gboolean    ghost;
    gboolean    shown;
    const char *text;
  } items[] = {
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
  double x = 0.0;
  double width = 0.0;

  /* A narrow chart gets the whole legend, smaller. */
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    if (items[i].shown)
      width += easel_render_text_width (cr, style, 0.85, FALSE, items[i].text) + box * 1.6 + font * 1.8;
  width -= font * 1.4;

  cairo_save (cr);
  cairo_translate (cr, right, y);
  if (width > max_width && max_width > 0)
    cairo_scale (cr, max_width / width, max_width / width);
  y = 0.0;

  /* Right-aligned: lay out from the last item leftwards. */
  for (int i = G_N_ELEMENTS (items) - 1; i >= 0; i--)
    {
      EaselSpan span = { 0, 0, items[i].phase };
      double text_width = easel_render_text_width (cr, style, 0.85, FALSE, items[i].text);

      if (!items[i].shown)
        continue;

      x -= text_width;
      easel_render_text (cr, style, 0.85, FALSE, style->dim, x, y + box / 2, 0.0, 0.5, items[i].text);
      x -= box * 1.6 + font * 0.4;

      draw_swatch (cr, style, items[i].swatch, &span, items[i].ghost, x, y, box);
      x -= font * 1.4;
    }

  cairo_restore (cr);
}
