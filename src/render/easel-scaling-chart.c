/* easel-scaling-chart.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scaling curve: speed-up over one worker against the number of
 * workers, in parallel and under the GIL. The model's curves are drawn
 * first, dashed, for every point; the measured points join them as they
 * come. The ideal, a core for every worker (W workers, W times as fast),
 * is dotted, and a line marks the usable cores.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-comparison.h"
#include "easel-cores.h"
#include "easel-gantt-private.h"
#include "easel-scaling-chart.h"

static const EaselMode curve_modes[] = { EASEL_MODE_PARALLEL, EASEL_MODE_GIL };

static EaselRgba
mode_color (const EaselRenderStyle *style,
            EaselMode               mode)
{
  /* The accent for parallel; vermilion, which reads on both themes and
   * for every kind of colour vision beside it, for the GIL. */
  if (mode == EASEL_MODE_PARALLEL)
    return style->accent;

  return easel_render_style_get_painting_color (style, 5);
}

/* Where @workers workers are across the chart. */
double
easel_scaling_layout_x (const EaselScalingLayout *plot,
                        double                    workers)
{
  if (plot->max_workers <= 1)
    return plot->x + plot->width / 2;

  return plot->x + (workers - 1) / (plot->max_workers - 1) * plot->width;
}

/* Where a speed-up of @speedup is up the chart. */
double
easel_scaling_layout_y (const EaselScalingLayout *plot,
                        double                    speedup)
{
  return plot->y + plot->height - speedup / plot->max_speedup * plot->height;
}

static void
draw_axes (const EaselScalingLayout *plot,
           const EaselRenderStyle   *style,
           cairo_t                  *cr)
{
  const double font = style->font_size;
  double step = _easel_gantt_pick_tick (plot->max_speedup, plot->height, font * 2.5);
  double w_step = MAX (1.0, _easel_gantt_pick_tick (plot->max_workers, plot->width, font * 2.5));

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);

  for (double s = 0; s <= plot->max_speedup + 1e-9; s += step)
    {
      double y = round (easel_scaling_layout_y (plot, s)) + 0.5;
      /* Translators: a speed-up on the chart's axis, "2×" */
      g_autofree char *text = g_strdup_printf (_("%g×"), s);

      easel_cairo_set_rgba (cr, style->grid);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_stroke (cr);
      easel_render_text (cr, style, 0.85, FALSE, style->dim, plot->x - font * 0.4, y, 1.0, 0.5, text);
    }

  /* Worker ticks: 1, then every step. */
  for (double w = 1; w <= plot->max_workers; w = (w == 1 && w_step > 1) ? w_step : w + w_step)
    {
      double x = round (easel_scaling_layout_x (plot, w)) + 0.5;
      g_autofree char *text = g_strdup_printf ("%g", w);

      easel_cairo_set_rgba (cr, style->grid);
      cairo_move_to (cr, x, plot->y + plot->height);
      cairo_line_to (cr, x, plot->y + plot->height + font * 0.3);
      cairo_stroke (cr);
      easel_render_text (cr, style, 0.85, FALSE, style->dim, x, plot->y + plot->height + font * 0.4,
                         0.5, 0.0, text);
    }

  easel_render_text (cr, style, 0.85, FALSE, style->dim, plot->x + plot->width / 2,
                     plot->y + plot->height + font * 1.8, 0.5, 0.0, _("Workers"));
  cairo_restore (cr);
}

/* "2 cores", "1.5 cores" */
static char *
dup_cores (double cores)
{
  if (cores == floor (cores))
    /* Translators: the marker at the usable cores on the scaling chart, "2 usable cores" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u usable core", "%u usable cores", (gulong) cores),
                            (guint) cores);

  {
    g_autofree char *count = easel_cores_format (cores);

    /* Translators: a fraction of the cores a CPU quota allows, "1.5 usable cores" */
    return g_strdup_printf (_("%s usable cores"), count);
  }
}

/* The line at the usable cores, labelled with their count. */
static void
draw_cores_marker (const EaselScalingLayout     *plot,
                   const EaselScalingPrediction *prediction,
                   const EaselRenderStyle       *style,
                   cairo_t                      *cr)
{
  double cores = prediction->cores;
  double x;
  g_autofree char *label = NULL;

  if (cores < 1.0 || cores > plot->max_workers)
    return;

  x = round (easel_scaling_layout_x (plot, cores)) + 0.5;
  cairo_save (cr);
  easel_cairo_set_rgba_alpha (cr, style->foreground, 0.55);
  cairo_set_line_width (cr, 2.0);
  cairo_move_to (cr, x, plot->y);
  cairo_line_to (cr, x, plot->y + plot->height);
  cairo_stroke (cr);
  cairo_restore (cr);

  label = dup_cores (cores);

  easel_render_text (cr, style, 0.9, TRUE, style->foreground,
                     x + (x > plot->x + plot->width * 0.8 ? -style->font_size * 0.3 : style->font_size * 0.3),
                     plot->y + style->font_size * 0.2,
                     x > plot->x + plot->width * 0.8 ? 1.0 : 0.0, 0.0, label);
}

static void
draw_ideal (const EaselScalingLayout *plot,
            const EaselRenderStyle   *style,
            cairo_t                  *cr)
{
  /* W workers, W times as fast: what a core each would give. It leaves
   * the chart where the cores run out, and the curves fall away from it
   * there (or, waiting, follow it further). */
  double end = MIN (plot->max_workers, plot->max_speedup);

  cairo_save (cr);
  easel_cairo_set_rgba (cr, style->dim);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, (double[]) { 1.5, 4.0 }, 2, 0);
  cairo_move_to (cr, easel_scaling_layout_x (plot, 1), easel_scaling_layout_y (plot, 1));
  cairo_line_to (cr, easel_scaling_layout_x (plot, end), easel_scaling_layout_y (plot, end));
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_predicted (const EaselScalingLayout     *plot,
                const EaselScalingPrediction *prediction,
                EaselMode                     mode,
                const EaselRenderStyle       *style,
                cairo_t                      *cr)
{
  cairo_save (cr);
  easel_cairo_set_rgba_alpha (cr, mode_color (style, mode), 0.6);
  cairo_set_line_width (cr, 2.0);
  cairo_set_dash (cr, (double[]) { 6.0, 4.0 }, 2, 0);
  for (guint w = 1; w <= plot->max_workers; w++)
    cairo_line_to (cr, easel_scaling_layout_x (plot, w),
                   easel_scaling_layout_y (plot, easel_scaling_prediction_speedup (prediction, mode, w)));
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The measured points of @mode, in the order of their workers, joined. */
static void
draw_measured (const EaselScalingLayout *plot,
               const EaselRunResult     *results,
               guint                     n_results,
               EaselMode                 mode,
               const EaselRenderStyle   *style,
               cairo_t                  *cr)
{
  double radius = MAX (3.0, style->font_size * 0.3);

  cairo_save (cr);
  easel_cairo_set_rgba (cr, mode_color (style, mode));
  cairo_set_line_width (cr, 3.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n_results; i++)
        {
          double x, y;

          if (easel_trace_get_mode (results[i].measured) != mode)
            continue;

          x = easel_scaling_layout_x (plot, easel_run_result_get_workers (&results[i]));
          y = easel_scaling_layout_y (plot, easel_scaling_speedup (results, n_results, i, FALSE));
          if (pass == 0)
            cairo_line_to (cr, x, y);
          else
            {
              cairo_new_sub_path (cr);
              cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
              cairo_fill (cr);
            }
        }
      if (pass == 0)
        cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* The legend from (@left, @y), wrapped before @right; returns its
 * bottom. Without @draw, only measures. */
static double
draw_legend (const EaselRenderStyle *style,
             cairo_t                *cr,
             double                  left,
             double                  right,
             double                  y,
             gboolean                draw)
{
  double x = left;
  const double font = style->font_size;
  const struct { const char *label; EaselMode mode; int kind; } items[] = {
    { easel_mode_get_title (EASEL_MODE_PARALLEL), EASEL_MODE_PARALLEL, 0 },
    { easel_mode_get_title (EASEL_MODE_GIL), EASEL_MODE_GIL, 0 },
    { _("Predicted"), EASEL_MODE_PARALLEL, 1 },
    /* Translators: the dotted line on the scaling chart */
    { _("Ideal: one core a worker"), EASEL_MODE_PARALLEL, 2 },
  };

  cairo_save (cr);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      double item_width = font * 2.5 + easel_render_text_width (cr, style, 0.9, FALSE, items[i].label);
      double ly;

      if (x > left && x + item_width > right)
        {
          x = left;
          y += font * 1.4;
        }
      ly = round (y + font * 0.6) + 0.5;
      if (!draw)
        {
          x += item_width + font;
          continue;
        }

      cairo_set_line_width (cr, items[i].kind == 0 ? 3.0 : items[i].kind == 1 ? 2.0 : 1.5);
      if (items[i].kind == 2)
        {
          easel_cairo_set_rgba (cr, style->dim);
          cairo_set_dash (cr, (double[]) { 1.5, 4.0 }, 2, 0);
        }
      else if (items[i].kind == 1)
        {
          easel_cairo_set_rgba_alpha (cr, style->foreground, 0.6);
          cairo_set_dash (cr, (double[]) { 6.0, 4.0 }, 2, 0);
        }
      else
        {
          easel_cairo_set_rgba (cr, mode_color (style, items[i].mode));
          cairo_set_dash (cr, NULL, 0, 0);
        }
      cairo_move_to (cr, x, ly);
      cairo_line_to (cr, x + font * 2.0, ly);
      cairo_stroke (cr);
      easel_render_text (cr, style, 0.9, FALSE, style->foreground, x + font * 2.5, ly, 0.0, 0.5, items[i].label);
      x += item_width + font;
    }
  cairo_restore (cr);

  return y + font * 1.4;
}

/* The step easel_format_seconds() should show @ms with: "2.0 s", "0.60 s". */
static double
precision_for (double ms)
{
  return ms >= 1000 ? 100 : ms >= 100 ? 10 : 1;
}

/* "2.0 s of work shared among the workers", and the drying if any. */
static char *
dup_caption (const EaselScalingPrediction *prediction)
{
  g_autofree char *work = easel_format_seconds (prediction->params.work_ms, precision_for (prediction->params.work_ms));

  if (prediction->params.dry_ms == 0)
    /* Translators: the scaling chart's caption; "2.0 s" */
    return g_strdup_printf (_("Speed-up over one worker: the same %s of painting, shared among the workers"), work);

  {
    g_autofree char *dry = easel_format_seconds (prediction->params.dry_ms, precision_for (prediction->params.dry_ms));

    /* Translators: the scaling chart's caption; "1.0 s", "4.0 s" */
    return g_strdup_printf (_("Speed-up over one worker: the same %s of painting and %s of drying, shared among the workers"),
                            work, dry);
  }
}

/* Where the chart's parts go in @width × @height. */
void
easel_scaling_compute_layout (const EaselScalingPrediction *prediction,
                              const EaselRunResult         *results,
                              guint                         n_results,
                              const EaselRenderStyle       *style,
                              cairo_t                      *cr,
                              double                        width,
                              double                        height,
                              EaselScalingLayout           *layout)
{
  const double font = style->font_size;
  const double pad = round (font * 0.8);
  g_autofree char *widest = NULL;
  g_autofree char *caption = dup_caption (prediction);
  double legend_bottom;

  layout->max_workers = prediction->params.max_workers;
  layout->max_speedup = MAX (prediction->cores, 1.0);
  for (guint m = 0; m < G_N_ELEMENTS (curve_modes); m++)
    for (guint w = 1; w <= layout->max_workers; w++)
      layout->max_speedup = MAX (layout->max_speedup, easel_scaling_prediction_speedup (prediction, curve_modes[m], w));
  for (guint i = 0; i < n_results; i++)
    layout->max_speedup = MAX (layout->max_speedup, easel_scaling_speedup (results, n_results, i, FALSE));
  layout->max_speedup = ceil (layout->max_speedup * 1.1);

  widest = g_strdup_printf (_("%g×"), layout->max_speedup);
  /* The caption wraps in a narrow chart. */
  layout->legend_y = pad + easel_render_text_wrapped_height (cr, style, 1.0, TRUE, width - 2 * pad, caption) +
                     font * 0.5;
  legend_bottom = draw_legend (style, cr, pad, width - pad, layout->legend_y, FALSE);

  layout->x = pad + easel_render_text_width (cr, style, 0.85, FALSE, widest) + font * 0.6;
  layout->y = legend_bottom + font * 1.2;
  /* Room on the right for the last tick's label and point. */
  layout->width = MAX (width - layout->x - 2 * pad - font, 1.0);
  layout->height = MAX (height - layout->y - pad - font * 3.2, 1.0);

  /* Under the axis, a line for what other programs took, if they did. */
  {
    g_autofree char *notice = easel_run_results_dup_busy_notice (results, n_results);

    if (notice != NULL)
      layout->height = MAX (layout->height - font * 1.6, 1.0);
  }
}

void
easel_scaling_draw (const EaselScalingPrediction *prediction,
                    const EaselRunResult         *results,
                    guint                         n_results,
                    const EaselRenderStyle       *style,
                    cairo_t                      *cr,
                    double                        width,
                    double                        height)
{
  const double pad = round (style->font_size * 0.8);
  g_autofree char *caption = NULL;
  g_autofree char *notice = NULL;
  EaselScalingLayout plot;

  g_return_if_fail (prediction != NULL && style != NULL && cr != NULL);
  g_return_if_fail (results != NULL || n_results == 0);

  cairo_save (cr);
  easel_cairo_set_rgba (cr, style->background);
  cairo_paint (cr);

  easel_scaling_compute_layout (prediction, results, n_results, style, cr, width, height, &plot);

  caption = dup_caption (prediction);
  easel_render_text_wrapped (cr, style, 1.0, TRUE, style->foreground, pad, pad, width - 2 * pad, caption);
  draw_legend (style, cr, pad, width - pad, plot.legend_y, TRUE);

  draw_axes (&plot, style, cr);
  draw_ideal (&plot, style, cr);
  draw_cores_marker (&plot, prediction, style, cr);
  for (guint m = 0; m < G_N_ELEMENTS (curve_modes); m++)
    draw_predicted (&plot, prediction, curve_modes[m], style, cr);
  for (guint m = 0; m < G_N_ELEMENTS (curve_modes); m++)
    draw_measured (&plot, results, n_results, curve_modes[m], style, cr);

  notice = easel_run_results_dup_busy_notice (results, n_results);
  /* Without its "* ": no point is marked, the notice is for them all. */
  if (notice != NULL)
    easel_render_text (cr, style, 0.85, FALSE, style->foreground, pad, height - pad, 0.0, 1.0, notice + 2);

  cairo_restore (cr);
}

/* The curve in words, for screen readers: for each mode, the points
 * measured beside the model's, then what the model says of the rest. */
char *
easel_scaling_describe (const EaselScalingPrediction *prediction,
                        const EaselRunResult         *results,
                        guint                         n_results)
{
  GString *text = g_string_new (NULL);
  g_autofree char *caption = NULL;
  g_autofree char *cores = NULL;

  g_return_val_if_fail (prediction != NULL, NULL);

  caption = dup_caption (prediction);
  cores = easel_cores_format (prediction->cores);
  /* Translators: "Speed-up over one worker: …. Cores Easel may use here: 2." */
  g_string_append_printf (text, _("%s. Cores Easel may use here: %s."), caption, cores);

  for (guint m = 0; m < G_N_ELEMENTS (curve_modes); m++)
    {
      EaselMode mode = curve_modes[m];
      guint best_workers = 1, n_measured = 0;
      double best = 0.0;

      for (guint i = 0; i < n_results; i++)
        {
          guint w = easel_run_result_get_workers (&results[i]);

          if (easel_trace_get_mode (results[i].measured) != mode)
            continue;

          g_string_append_c (text, ' ');
          g_string_append_printf (text,
                                  /* Translators: a measured point of the scaling curve, for screen readers:
                                   * "Parallel with 2 workers: 1.99 times as fast as one, predicted 2.00." */
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%s with %u worker: %.2f times as fast as one, predicted %.2f.",
                                               "%s with %u workers: %.2f times as fast as one, predicted %.2f.", w),
                                  easel_mode_get_title (mode), w, easel_scaling_speedup (results, n_results, i, FALSE),
                                  easel_scaling_prediction_speedup (prediction, mode, w));
          n_measured++;
        }

      /* The model's best, and the fewest workers that reach it. */
      for (guint w = 1; w <= prediction->params.max_workers; w++)
        if (easel_scaling_prediction_speedup (prediction, mode, w) > best * 1.01)
          {
            best = easel_scaling_prediction_speedup (prediction, mode, w);
            best_workers = w;
          }

      if (n_measured == 0)
        {
          g_string_append_c (text, ' ');
          g_string_append_printf (text,
                                  /* Translators: the model's curve, for screen readers: "Parallel, not measured
                                   * yet: predicted to reach 2.00 times as fast as one worker with 2 workers." */
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%s, not measured yet: predicted to reach %.2f times as fast as one worker with %u worker.",
                                               "%s, not measured yet: predicted to reach %.2f times as fast as one worker with %u workers.",
                                               best_workers),
                                  easel_mode_get_title (mode), best, best_workers);
        }
    }

  {
    g_autofree char *notice = easel_run_results_dup_busy_notice (results, n_results);

    if (notice != NULL)
      g_string_append_printf (text, " %s.", notice + 2);
  }

  return g_string_free (text, FALSE);
}
