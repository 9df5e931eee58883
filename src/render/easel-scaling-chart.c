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

#include "easel-chart-kit.h"
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
  double step = _easel_chart_pick_tick (plot->max_speedup, plot->height, font * 2.5);
  double w_step = MAX (1.0, _easel_chart_pick_tick (plot->max_workers, plot->width, font * 2.5));

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

/* A line across the chart at @workers, labelled @label at the top
 * (@row 0) or a line lower (@row 1), so that two lines near each other
 * keep their labels apart. */
static void
draw_worker_line (const EaselScalingLayout *plot,
                  const EaselRenderStyle   *style,
                  cairo_t                  *cr,
                  double                    workers,
                  double                    alpha,
                  guint                     row,
                  const char               *label)
{
  double x = round (easel_scaling_layout_x (plot, workers)) + 0.5;
  gboolean right = x > plot->x + plot->width * 0.8;

  cairo_save (cr);
  easel_cairo_set_rgba_alpha (cr, style->foreground, alpha);
  cairo_set_line_width (cr, 2.0);
  cairo_move_to (cr, x, plot->y);
  cairo_line_to (cr, x, plot->y + plot->height);
  cairo_stroke (cr);
  cairo_restore (cr);

  easel_render_text (cr, style, 0.9, TRUE, style->foreground,
                     x + (right ? -style->font_size * 0.3 : style->font_size * 0.3),
                     plot->y + style->font_size * (0.2 + 1.3 * row),
                     right ? 1.0 : 0.0, 0.0, label);
}

/* The line at the usable cores, labelled with their count; where
 * hardware threads share cores, a second at the physical cores, where
 * the curve bends. */
static void
draw_cores_marker (const EaselScalingLayout     *plot,
                   const EaselScalingPrediction *prediction,
                   const EaselRenderStyle       *style,
                   cairo_t                      *cr)
{
  double cores = prediction->cores;
  g_autofree char *label = NULL;

  if (cores < 1.0 || cores > plot->max_workers)
    return;

  label = dup_cores (cores);
  draw_worker_line (plot, style, cr, cores, 0.55, 0, label);

  if (easel_capacity_has_smt (&prediction->capacity) && prediction->capacity.physical < cores)
    {
      guint physical = prediction->capacity.physical;
      g_autofree char *physical_label =
        /* Translators: the marker at the physical cores on the scaling chart, where hardware threads share
         * cores: "2 physical cores" */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u physical core", "%u physical cores", physical), physical);

      draw_worker_line (plot, style, cr, physical, 0.35, 1, physical_label);
    }
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

/* The measured points of @mode, in the order of their workers, joined:
 * each the median of its runs, with their spread as a whisker, hollow
 * where they disagree by more than EASEL_SCALING_SCATTER. */
static void
draw_measured (const EaselScalingLayout *plot,
               GArray                   *points,
               EaselMode                 mode,
               const EaselRenderStyle   *style,
               cairo_t                  *cr)
{
  double radius = MAX (3.0, style->font_size * 0.3);

  cairo_save (cr);
  easel_cairo_set_rgba (cr, mode_color (style, mode));
  cairo_set_line_width (cr, 3.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint pass = 0; pass < 3; pass++)
    {
      for (guint i = 0; i < points->len; i++)
        {
          const EaselScalingPoint *point = &g_array_index (points, EaselScalingPoint, i);
          double x, y;

          if (point->mode != mode || point->speedup <= 0.0)
            continue;

          x = easel_scaling_layout_x (plot, point->workers);
          y = easel_scaling_layout_y (plot, point->speedup);
          if (pass == 0)
            {
              cairo_line_to (cr, x, y);
            }
          else if (pass == 1 && point->n_runs > 1)
            {
              double low = easel_scaling_layout_y (plot, point->speedup_low);
              double high = easel_scaling_layout_y (plot, point->speedup_high);

              cairo_set_line_width (cr, 2.0);
              cairo_move_to (cr, round (x) + 0.0, low);
              cairo_line_to (cr, round (x) + 0.0, high);
              cairo_move_to (cr, x - radius, low);
              cairo_line_to (cr, x + radius, low);
              cairo_move_to (cr, x - radius, high);
              cairo_line_to (cr, x + radius, high);
              cairo_stroke (cr);
            }
          else if (pass == 2)
            {
              cairo_new_sub_path (cr);
              cairo_arc (cr, x, y, radius * (point->scattered ? 1.3 : 1.0), 0, 2 * G_PI);
              if (point->scattered)
                {
                  /* Hollow: the background inside, the mode's ring. */
                  easel_cairo_set_rgba (cr, style->background);
                  cairo_fill_preserve (cr);
                  easel_cairo_set_rgba (cr, mode_color (style, mode));
                  cairo_set_line_width (cr, 2.5);
                  cairo_stroke (cr);
                }
              else
                {
                  cairo_fill (cr);
                }
            }
        }
      if (pass == 0)
        cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* "Parallel with 3 workers, Threads + GIL with 2 workers": the points
 * whose runs disagree, or NULL. */
static char *
dup_scattered (GArray *points)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < points->len; i++)
    {
      const EaselScalingPoint *point = &g_array_index (points, EaselScalingPoint, i);

      if (!point->scattered)
        continue;
      if (names->len > 0)
        g_string_append (names, _(", "));
      g_string_append_printf (names,
                              /* Translators: a point of the scaling curve, "Parallel with 3 workers" */
                              g_dngettext (GETTEXT_PACKAGE, "%s with %u worker", "%s with %u workers", point->workers),
                              easel_mode_get_title (point->mode), point->workers);
    }

  return names->len > 0 ? g_strdup (names->str) : NULL;
}

/* What other programs changed on the curve, where they changed a point's
 * speed-up by more than EASEL_RUN_OTHERS_CHANGE, computed from the split
 * of each point's median run; then the points whose runs disagree, which
 * are hollow. NULL when there is nothing to say. */
static char *
dup_scaling_note (const EaselRunResult *results,
                  guint                 n_results,
                  GArray               *points)
{
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *scattered = dup_scattered (points);
  const EaselScalingPoint *worst = NULL;
  EaselRunOthers worst_others = { 0 };
  double most = 0.0;

  for (guint i = 0; i < points->len; i++)
    {
      const EaselScalingPoint *point = &g_array_index (points, EaselScalingPoint, i);
      EaselRunOthers others;

      if (!easel_run_results_get_others (results, n_results, point->median_result, &others))
        continue;
      most = MAX (most, others.other_cores);
      if (easel_run_others_change (&others, TRUE) > EASEL_RUN_OTHERS_CHANGE &&
          (worst == NULL || easel_run_others_change (&others, TRUE) > easel_run_others_change (&worst_others, TRUE)))
        {
          worst = point;
          worst_others = others;
        }
    }

  if (worst != NULL)
    {
      g_autofree char *other = g_strdup_printf ("%.2f", most);
      g_autofree char *free_cores = easel_cores_format (worst_others.free_cores);

      g_string_append_printf (note,
                              /* Translators: under the scaling curve, "Other programs took up to 0.8 cores:
                               * Parallel with 2 workers reads 1.45× where the model gives 2.00× (1.30× on
                               * the 1.2 cores left free)" */
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Other programs took up to %s cores: %s with %u worker reads %.2f× where the model gives %.2f× (%.2f× on the %s cores left free)",
                                           "Other programs took up to %s cores: %s with %u workers reads %.2f× where the model gives %.2f× (%.2f× on the %s cores left free)",
                                           worst->workers),
                              other, easel_mode_get_title (worst->mode), worst->workers, worst->speedup,
                              worst_others.predicted_speedup, worst_others.predicted_free_speedup, free_cores);
    }

  if (scattered != NULL)
    {
      if (note->len > 0)
        g_string_append (note, _(". "));
      /* Translators: under the scaling curve, "Hollow points, whose three runs disagree by more than 20 %:
       * Parallel with 3 workers" */
      g_string_append_printf (note, _("Hollow points, whose %u runs disagree by more than %.0f %%: %s"),
                              EASEL_SCALING_REPEATS, 100.0 * EASEL_SCALING_SCATTER, scattered);
    }

  return note->len > 0 ? g_strdup (note->str) : NULL;
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

/* What other programs changed on the curve of @results, and which of its
 * points are uncertain; NULL when there is nothing to say. The chart
 * shows it under its axis, the command line after its table. */
char *
easel_scaling_dup_note (const EaselRunResult *results,
                        guint                 n_results)
{
  g_autoptr(GArray) points = easel_scaling_points_new (results, n_results);

  return dup_scaling_note (results, n_results, points);
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
  {
    g_autoptr(GArray) points = easel_scaling_points_new (results, n_results);

    for (guint i = 0; i < points->len; i++)
      layout->max_speedup = MAX (layout->max_speedup, g_array_index (points, EaselScalingPoint, i).speedup_high);
  }
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

  /* Under the axis, what other programs changed and which points are
   * uncertain, if anything. */
  {
    g_autoptr(GArray) points = easel_scaling_points_new (results, n_results);
    g_autofree char *notice = dup_scaling_note (results, n_results, points);

    if (notice != NULL)
      layout->height = MAX (layout->height - easel_render_text_wrapped_height (cr, style, 1.0, TRUE, width - 2 * pad,
                                                                               notice) - font * 0.6, 1.0);
  }
}

/* Someone's guess, made before the curve was measured: a hollow
 * diamond beside the curve's points, labelled. */
static void
draw_guess (const EaselScalingLayout *plot,
            const EaselScalingGuess  *guess,
            const EaselRenderStyle   *style,
            cairo_t                  *cr)
{
  g_autofree char *label = NULL;
  double x, y, r = round (style->font_size * 0.55);
  gboolean left;

  x = easel_scaling_layout_x (plot, MIN (guess->workers, plot->max_workers));
  y = easel_scaling_layout_y (plot, MIN (guess->speedup, plot->max_speedup));

  cairo_save (cr);
  easel_cairo_set_rgba (cr, style->foreground);
  cairo_set_line_width (cr, 2.0);
  cairo_move_to (cr, x, y - r);
  cairo_line_to (cr, x + r, y);
  cairo_line_to (cr, x, y + r);
  cairo_line_to (cr, x - r, y);
  cairo_close_path (cr);
  cairo_stroke (cr);
  cairo_restore (cr);

  /* Translators: beside the point someone guessed on the scaling curve, "your guess 3.0×" */
  label = g_strdup_printf (_("your guess %.1f×"), guess->speedup);
  /* Left of the point and above it, unless that leaves the plot. */
  left = x - r - 4 - easel_render_text_width (cr, style, 0.85, TRUE, label) >= plot->x;
  easel_render_text (cr, style, 0.85, TRUE, style->foreground, left ? x - r - 4 : x + r + 4, y - r - 2,
                     left ? 1.0 : 0.0, 1.0, label);
}

void
easel_scaling_draw (const EaselScalingPrediction *prediction,
                    const EaselRunResult         *results,
                    guint                         n_results,
                    const EaselScalingGuess      *guess,
                    const EaselRenderStyle       *style,
                    cairo_t                      *cr,
                    double                        width,
                    double                        height)
{
  const double pad = round (style->font_size * 0.8);
  g_autofree char *caption = NULL;
  g_autofree char *notice = NULL;
  g_autoptr(GArray) points = NULL;
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
  points = easel_scaling_points_new (results, n_results);
  for (guint m = 0; m < G_N_ELEMENTS (curve_modes); m++)
    draw_measured (&plot, points, curve_modes[m], style, cr);
  if (guess != NULL && guess->workers > 0)
    draw_guess (&plot, guess, style, cr);

  notice = dup_scaling_note (results, n_results, points);
  if (notice != NULL)
    easel_render_text_wrapped (cr, style, 1.0, TRUE, style->foreground, pad,
                               height - pad - easel_render_text_wrapped_height (cr, style, 1.0, TRUE, width - 2 * pad,
                                                                                notice),
                               width - 2 * pad, notice);

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
  g_autoptr(GArray) points = easel_scaling_points_new (results, n_results);

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

      for (guint i = 0; i < points->len; i++)
        {
          const EaselScalingPoint *point = &g_array_index (points, EaselScalingPoint, i);
          guint w = point->workers;

          if (point->mode != mode)
            continue;

          g_string_append_c (text, ' ');
          g_string_append_printf (text,
                                  /* Translators: a measured point of the scaling curve, for screen readers:
                                   * "Parallel with 2 workers: 1.99 times as fast as one, predicted 2.00." */
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%s with %u worker: %.2f times as fast as one, predicted %.2f.",
                                               "%s with %u workers: %.2f times as fast as one, predicted %.2f.", w),
                                  easel_mode_get_title (mode), w, point->speedup,
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
    g_autofree char *notice = dup_scaling_note (results, n_results, points);

    if (notice != NULL)
      g_string_append_printf (text, " %s.", notice);
  }

  return g_string_free (text, FALSE);
}
