/* easel-gantt-bars.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline's bars: painting (solid where its thread was on a core,
 * hatched where it waited for one, faint where it waited for the GIL),
 * drying, ready-but-waiting, and the ghosts of the prediction.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "easel-chart-kit.h"
#include "easel-gantt-private.h"

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height,
              double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A bar's 1 px frame in the current colour, inside its rectangle: the
 * predicted bars, the GIL's waits and the painting bars all end so. */
static void
stroke_frame (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height,
              double   radius)
{
  rounded_rect (cr, x + 0.5, y + 0.5, MAX (width - 1, 0.5), MAX (height - 1, 0.5), radius);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

static void
hatch (cairo_t   *cr,
       EaselRgba  color,
       double     x,
       double     y,
       double     width,
       double     height,
       double     spacing)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  easel_cairo_set_rgba (cr, color);
  cairo_set_line_width (cr, MAX (1.0, spacing / 4));
  for (double d = -height; d < width; d += spacing)
    {
      cairo_move_to (cr, x + d, y + height);
      cairo_line_to (cr, x + d + height, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Waiting for a core: the painting's colour, faint, crossed by stripes
 * of it (drying is grey and hatched the other way), over the current
 * path, which it clears. The stripes are one repeating tile, filled once:
 * a bar still going on is drawn ten times a second, and its waits (many
 * small rectangles) as a clip for a stroke per stripe cost the painters
 * of a parallel run a hundredth of a core. The tile is a recording, so
 * that exports stay vector. */
void
_easel_gantt_fill_core_wait (cairo_t   *cr,
                             EaselRgba  color,
                             double     x,
                             double     y,
                             double     width,
                             double     height)
{
  double spacing = round (MAX (5.0, height / 4));
  cairo_surface_t *tile;
  cairo_pattern_t *stripes;
  cairo_matrix_t matrix;
  cairo_t *tile_cr;

  easel_cairo_set_rgba_alpha (cr, color, 0.3);
  cairo_fill_preserve (cr);

  /* Lines of slope 1, `spacing` apart across, as the tile repeats. */
  tile = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                         &(cairo_rectangle_t) { 0, 0, spacing, spacing });
  tile_cr = cairo_create (tile);
  easel_cairo_set_rgba_alpha (tile_cr, color, 0.9);
  cairo_set_line_width (tile_cr, MAX (1.0, spacing / 3.5));
  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (tile_cr, -spacing, -spacing + k * spacing);
      cairo_line_to (tile_cr, 2 * spacing, 2 * spacing + k * spacing);
    }
  cairo_stroke (tile_cr);
  cairo_destroy (tile_cr);

  stripes = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (stripes, CAIRO_EXTEND_REPEAT);
  /* Anchored to the bar, so its stripes do not crawl as it grows. */
  cairo_matrix_init_translate (&matrix, -x, -y);
  cairo_pattern_set_matrix (stripes, &matrix);
  cairo_set_source (cr, stripes);
  cairo_fill (cr);
  cairo_pattern_destroy (stripes);
  cairo_surface_destroy (tile);
}

/* Adds the intervals (ms pairs) to the path as rectangles of the bar. */
static void
add_interval_rects (cairo_t         *cr,
                    GArray          *pairs,
                    const EaselSpan *span,
                    double           x,
                    double           y,
                    double           px_per_ms,
                    double           height)
{
  for (guint i = 0; i < pairs->len; i += 2)
    {
      double a = g_array_index (pairs, double, i);
      double b = g_array_index (pairs, double, i + 1);

      cairo_rectangle (cr, x + (a - span->start_ms) * px_per_ms, y, (b - a) * px_per_ms, height);
    }
}

/* Measured paint bars show their waits for a core resampled per this
 * many pixels. */
#define CORE_WAIT_STEP_PX 3.0

/* Whether a bar of @trace drawn at @px_per_ms shows a wait for a core, a
 * pixel wide at least: a wait of a millisecond, at ten milliseconds a
 * pixel, is there but not to be seen, and the legend names only what the
 * chart shows. */
gboolean
_easel_gantt_trace_shows_core_waits (EaselTrace *trace,
                                     double      px_per_ms)
{
  const EaselSpan *spans;
  guint n_spans = 0;

  if (trace == NULL || !easel_trace_has_core_waits (trace) || px_per_ms <= 0)
    return FALSE;

  spans = easel_trace_get_spans (trace, &n_spans);
  for (guint i = 0; i < n_spans; i++)
    {
      g_autoptr(GArray) on_core = NULL;
      g_autoptr(GArray) waits = NULL;

      if (spans[i].n_core_waits == 0)
        continue;

      on_core = g_array_new (FALSE, FALSE, sizeof (double));
      waits = g_array_new (FALSE, FALSE, sizeof (double));
      easel_intervals_resample (spans[i].on_core, spans[i].n_on_core, spans[i].core_waits, spans[i].n_core_waits,
                                spans[i].start_ms, spans[i].end_ms, CORE_WAIT_STEP_PX / px_per_ms, on_core, waits);
      for (guint k = 0; k < waits->len; k += 2)
        if ((g_array_index (waits, double, k + 1) - g_array_index (waits, double, k)) * px_per_ms >= 1.0)
          return TRUE;
    }

  return FALSE;
}

/* Whether the chart, laid out as @layout, shows a wait for a core. */
gboolean
easel_gantt_shows_core_waits (const EaselGantt       *gantt,
                              const EaselGanttLayout *layout)
{
  g_return_val_if_fail (gantt != NULL && layout != NULL, FALSE);

  return layout->core_waits;
}

/* The faint frame of a paint bar alone: how it shows where its thread was
 * on no core and waited for none (under a GIL, for the lock). */
void
_easel_gantt_draw_gil_wait (cairo_t   *cr,
                            EaselRgba  color,
                            double     x,
                            double     y,
                            double     width,
                            double     height,
                            double     radius)
{
  cairo_save (cr);
  rounded_rect (cr, x, y, width, height, radius);
  easel_cairo_set_rgba_alpha (cr, color, 0.12);
  cairo_fill (cr);
  easel_cairo_set_rgba (cr, color);
  stroke_frame (cr, x, y, width, height, radius);
  cairo_restore (cr);
}

/* The start of a bar drawn by shares of its time: saved, clipped to the
 * bar, faintly filled in @color (the parts on no core); end with
 * stroke_frame() and cairo_restore(). */
static void
begin_shares (cairo_t   *cr,
              EaselRgba  color,
              double     x,
              double     y,
              double     width,
              double     height,
              double     radius)
{
  cairo_save (cr);
  rounded_rect (cr, x, y, width, height, radius);
  cairo_clip_preserve (cr);
  easel_cairo_set_rgba_alpha (cr, color, 0.12);
  cairo_fill (cr);
}

/* A measured paint bar whose thread's time is known: solid where it was on
 * a core, striped where it waited for one, an empty frame where it waited
 * for neither (for the GIL). */
static void
draw_paint_on_cores (cairo_t                *cr,
                     const EaselRenderStyle *style,
                     const EaselSpan        *span,
                     double                  x,
                     double                  y,
                     double                  width,
                     double                  height,
                     double                  radius)
{
  EaselRgba color = easel_render_style_get_painting_color (style, span->painting);
  double px_per_ms = width / MAX (span->end_ms - span->start_ms, 1e-3);
  g_autoptr(GArray) on_core = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) waits = g_array_new (FALSE, FALSE, sizeof (double));

  begin_shares (cr, color, x, y, width, height, radius);

  /* Resampled per three pixels: the shares show at any zoom, with a few
   * rectangles a bar instead of hundreds. */
  easel_intervals_resample (span->on_core, span->n_on_core, span->core_waits, span->n_core_waits,
                            span->start_ms, span->end_ms, CORE_WAIT_STEP_PX / px_per_ms, on_core, waits);

  if (waits->len > 0)
    {
      add_interval_rects (cr, waits, span, x, y, px_per_ms, height);
      _easel_gantt_fill_core_wait (cr, color, x, y, width, height);
      cairo_new_path (cr);
    }

  add_interval_rects (cr, on_core, span, x, y, px_per_ms, height);
  easel_cairo_set_rgba (cr, color);
  cairo_fill (cr);

  stroke_frame (cr, x, y, width, height, radius);
  cairo_restore (cr);
}

/* A thread whose turns on a core are narrower than this (under a GIL, a
 * turn every few milliseconds: a barcode from the back of a room, as if
 * the threads painted at once) shows, per stretch this wide, the share of
 * it it held a core, and names its share of the whole. */
#define MIN_TURN_PX   6.0
#define TURNS_STEP_PX 6.0

/* Whether @span took turns with other threads for a lock (a fifth of it
 * or more on no core and waiting for none), in turns too narrow to see
 * at @px_per_ms; its share of the time on a core in @share. */
static gboolean
took_turns (const EaselSpan *span,
            double           px_per_ms,
            double          *share)
{
  double duration = span->end_ms - span->start_ms;
  guint on_cursor = 0, wait_cursor = 0;
  double on, waits;

  *share = 1.0;
  if (span->phase != EASEL_PHASE_PAINT || span->on_core == NULL || span->n_on_core == 0 || duration <= 0)
    return FALSE;

  on = easel_intervals_covered_ms (span->on_core, span->n_on_core, &on_cursor, span->start_ms, span->end_ms);
  waits = easel_intervals_covered_ms (span->core_waits, span->n_core_waits, &wait_cursor,
                                      span->start_ms, span->end_ms);
  *share = CLAMP (on / duration, 0.0, 1.0);

  return duration - on - waits >= 0.2 * duration && on / span->n_on_core * px_per_ms < MIN_TURN_PX;
}

/* A bar that took turns too fine to see: per stretch, from the bottom,
 * the share of it on a core, then the share waiting for one. */
static void
draw_turns (cairo_t                *cr,
            const EaselRenderStyle *style,
            const EaselSpan        *span,
            double                  x,
            double                  y,
            double                  width,
            double                  height,
            double                  radius)
{
  EaselRgba color = easel_render_style_get_painting_color (style, span->painting);
  double px_per_ms = width / MAX (span->end_ms - span->start_ms, 1e-3);
  double step_ms = TURNS_STEP_PX / px_per_ms;

  begin_shares (cr, color, x, y, width, height, radius);

  for (guint pass = 0; pass < 2; pass++)
    {
      guint on_cursor = 0, wait_cursor = 0;

      for (double t = span->start_ms; t < span->end_ms; t += step_ms)
        {
          double t1 = MIN (t + step_ms, span->end_ms);
          double on = easel_intervals_covered_ms (span->on_core, span->n_on_core, &on_cursor, t, t1) / (t1 - t);
          double wait = easel_intervals_covered_ms (span->core_waits, span->n_core_waits, &wait_cursor,
                                                    t, t1) / (t1 - t);
          double x0 = x + (t - span->start_ms) * px_per_ms;
          double w = (t1 - t) * px_per_ms;

          if (pass == 0)
            cairo_rectangle (cr, x0, y + height * (1.0 - on), w, height * on);
          else
            cairo_rectangle (cr, x0, y + height * (1.0 - on - wait), w, height * wait);
        }

      if (pass == 0)
        {
          easel_cairo_set_rgba (cr, color);
          cairo_fill (cr);
        }
      else
        {
          _easel_gantt_fill_core_wait (cr, color, x, y, width, height);
          cairo_new_path (cr);
        }
    }

  stroke_frame (cr, x, y, width, height, radius);
  cairo_restore (cr);
}

/* A paint bar's label ("coat 1"), centred, where it fits; returns
 * whether it did. */
static gboolean
draw_paint_label (cairo_t                *cr,
                  const EaselRenderStyle *style,
                  const EaselSpan        *span,
                  EaselRgba               color,
                  double                  x,
                  double                  y,
                  double                  width,
                  double                  height,
                  const char             *label)
{
  g_autoptr(PangoLayout) layout = easel_render_text_layout (cr, style, 0.85, FALSE, label);
  int text_width;
  int text_height;

  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  if (text_width + 8 > width || text_height > height)
    return FALSE;

  /* Over the stripes of a bar that took turns, on a patch of its colour:
   * the faint parts are dark in the dark style. */
  if (span->on_core != NULL)
    {
      rounded_rect (cr, x + width / 2 - text_width / 2.0 - 3, y + height / 2 - text_height / 2.0,
                    text_width + 6, text_height, MIN (3.0, text_height / 2.0));
      easel_cairo_set_rgba (cr, color);
      cairo_fill (cr);
    }
  easel_render_text (cr, style, 0.85, FALSE, easel_rgba_contrasting_text (color),
                     x + width / 2, y + height / 2, 0.5, 0.5, label);

  return TRUE;
}

/* The label of a bar that took turns: its share of the lock with its
 * coat, or the share alone, or the coat alone, whichever fits. */
static void
draw_turns_label (cairo_t                *cr,
                  const EaselRenderStyle *style,
                  const EaselSpan        *span,
                  EaselRgba               color,
                  double                  x,
                  double                  y,
                  double                  width,
                  double                  height,
                  const char             *label,
                  double                  share)
{
  /* Translators: on the bar of a thread under the GIL, its share of the time holding the lock, "held the lock 33 %" */
  g_autofree char *held = g_strdup_printf (_("held the lock %.0f %%"), share * 100);
  g_autofree char *both = label != NULL ? g_strdup_printf ("%s · %s", label, held) : NULL;

  if (both != NULL && draw_paint_label (cr, style, span, color, x, y, width, height, both))
    return;
  if (draw_paint_label (cr, style, span, color, x, y, width, height, held))
    return;
  if (label != NULL)
    draw_paint_label (cr, style, span, color, x, y, width, height, label);
}

/* A span's bar; @tinted, a drying bar in the colour of its painting (in
 * the timers lane, where nothing else tells whose it is). */
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
                       const char             *label)
{
  EaselRgba color = easel_render_style_get_painting_color (style, span->painting);
  double radius = MIN (4.0, height / 4);
  double share;

  cairo_save (cr);

  if (ghost)
    {
      /* The prediction: faint, thinly outlined, behind. (Dashed outlines
       * cost more than all the rest of a comparison together.) Presenting,
       * less faint: a projector washes pale fills out. */
      gboolean presenting = easel_render_style_is_presenting (style);

      if (span->phase != EASEL_PHASE_WAIT)
        {
          rounded_rect (cr, x, y, width, height, radius);
          easel_cairo_set_rgba_alpha (cr, span->phase == EASEL_PHASE_PAINT ? color : style->dry,
                                      presenting ? 0.4 : 0.22);
          cairo_fill (cr);
        }
      easel_cairo_set_rgba_alpha (cr, style->predicted, presenting ? 0.9 : 0.55);
      stroke_frame (cr, x, y, width, height, radius);
      cairo_restore (cr);
      return;
    }

  switch (span->phase)
    {
    case EASEL_PHASE_PAINT:
      if (took_turns (span, width / MAX (span->end_ms - span->start_ms, 1e-3), &share))
        {
          draw_turns (cr, style, span, x, y, width, height, radius);
          draw_turns_label (cr, style, span, color, x, y, width, height, label, share);
          break;
        }
      if (span->on_core != NULL)
        {
          draw_paint_on_cores (cr, style, span, x, y, width, height, radius);
        }
      else
        {
          rounded_rect (cr, x, y, width, height, radius);
          easel_cairo_set_rgba (cr, color);
          cairo_fill (cr);
        }

      if (label != NULL)
        draw_paint_label (cr, style, span, color, x, y, width, height, label);
      break;

    case EASEL_PHASE_DRY:
      rounded_rect (cr, x, y, width, height, radius);
      easel_cairo_set_rgba (cr, style->dry);
      cairo_fill_preserve (cr);
      if (tinted)
        {
          easel_cairo_set_rgba_alpha (cr, color, 0.35);
          cairo_fill_preserve (cr);
        }
      cairo_new_path (cr);
      hatch (cr, style->dry_hatch, x, y, width, height, MAX (6.0, height / 3));
      break;

    case EASEL_PHASE_WAIT:
      /* Ready, but the painter is busy: an empty frame in its colour. */
      rounded_rect (cr, x + 1, y + 1, MAX (width - 2, 1), height - 2, radius);
      easel_cairo_set_rgba (cr, color);
      cairo_set_line_width (cr, 2.0);
      cairo_set_dash (cr, (double[]) { 5.0, 3.0 }, 2, 0);
      cairo_stroke (cr);
      break;

    default:
      g_assert_not_reached ();
    }

  cairo_restore (cr);
}

void
_easel_gantt_draw_span (cairo_t                *cr,
                        const EaselRenderStyle *style,
                        const EaselSpan        *span,
                        double                  x,
                        double                  y,
                        double                  width,
                        double                  height,
                        gboolean                ghost,
                        const char             *label)
{
  _easel_gantt_draw_bar (cr, style, span, x, y, width, height, ghost, FALSE, label);
}
