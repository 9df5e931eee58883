/* easel-load-plot.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The load of every core over the last minute: a line per core in its own
 * colour, the machine's total in bold over the usable cores C, split
 * underneath into the work being demonstrated, Easel's own cost and other
 * programs, a dashed line at 100/C % — the most one thread can use — and
 * a marker on each core a hammer thread is on.
 * Above 16 cores, a grid of small graphs instead, one per core, which
 * stays readable at 128.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "easel-load-plot.h"

static const double *
series (const EaselLoadPlot *plot,
        int                  core)
{
  guint index = core < 0 ? plot->n_cores : (guint) core;

  return plot->loads + (gsize) index * plot->n_samples;
}

static double
latest (const EaselLoadPlot *plot,
        int                  core)
{
  if (plot->n_samples == 0 || plot->loads == NULL)
    return 0.0;

  return series (plot, core)[plot->n_samples - 1];
}

/* The cores the percentages count: the usable ones. */
double
easel_load_plot_get_usable (const EaselLoadPlot *plot)
{
  g_return_val_if_fail (plot != NULL, 1.0);

  if (plot->usable_cores > 0)
    return plot->usable_cores;

  return MAX (plot->n_cores, 1);
}

/* A dashed line across the plot at @ly, @on long with @off between. */
static void
stroke_across (cairo_t   *cr,
               EaselRgba  color,
               double     on,
               double     off,
               double     x,
               double     w,
               double     ly)
{
  cairo_save (cr);
  easel_cairo_set_rgba (cr, color);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, (double[]) { on, off }, 2, 0);
  cairo_move_to (cr, x, ly);
  cairo_line_to (cr, x + w, ly);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The 1/N line's label, "1 thread = 1/12 = 8.3 %", or without @long
 * "1/12 = 8.3 %", N the usable cores. */
static char *
dup_one_thread_label (double   usable,
                      gboolean long_form)
{
  double percent = 100.0 / usable;
  int decimals = percent < 10.0 ? 1 : 0;

  if (long_form)
    /* Translators: the dashed line on the load plot, the most one thread
     * can use: "1 thread = 1/12 = 8.3 %" (1/N of the usable cores) */
    return g_strdup_printf (_("1 thread = 1/%g = %.*f %%"), usable, decimals, percent);

  /* Translators: the short form of "1 thread = 1/12 = 8.3 %" */
  return g_strdup_printf (_("1/%g = %.*f %%"), usable, decimals, percent);
}

/* The 1/N line's value, the lesson's number, over the loads on a patch
 * of background so that no line hides it; the long form where it fits. */
static void
draw_one_thread_label (const EaselLoadPlot    *plot,
                       const EaselRenderStyle *style,
                       cairo_t                *cr,
                       double                  x,
                       double                  y,
                       double                  w,
                       double                  h)
{
  double usable = easel_load_plot_get_usable (plot);
  g_autofree char *long_label = NULL;
  g_autofree char *short_label = NULL;
  const char *label;
  double ly, text_width;

  if (usable <= 1.0)
    return;

  ly = round (y + h * (1.0 - 1.0 / usable)) + 0.5;
  long_label = dup_one_thread_label (usable, TRUE);
  short_label = dup_one_thread_label (usable, FALSE);
  label = easel_render_text_width (cr, style, 0.85, TRUE, long_label) <= w - 8 ? long_label : short_label;
  text_width = easel_render_text_width (cr, style, 0.85, TRUE, label);

  easel_cairo_set_rgba_alpha (cr, style->background, 0.85);
  cairo_rectangle (cr, x + 2, ly - 3 - style->font_size * 1.15, text_width + 4, style->font_size * 1.15);
  cairo_fill (cr);
  easel_render_text (cr, style, 0.85, TRUE, style->predicted, x + 4, ly - 2, 0.0, 1.0, label);
}

static gboolean
core_is_usable (const EaselLoadPlot *plot,
                guint                core)
{
  return plot->core_usable == NULL || plot->core_usable[core];
}

/* The machine's load as a fraction of the usable cores, sample @i. */
static double
machine_load (const EaselLoadPlot *plot,
              guint                i)
{
  if (plot->splits != NULL)
    return plot->splits[i].machine / easel_load_plot_get_usable (plot);

  return series (plot, -1)[i];
}

/* A colour per core: for a few, the second half of the paintings'
 * palette, so that core 0 is not the orange of painting 1 beside it, in
 * an order that keeps the first two far apart (pink, olive); for more,
 * hues spread evenly around the wheel. */
EaselRgba
easel_load_plot_core_color (const EaselRenderStyle *style,
                            guint                   core,
                            guint                   n_cores)
{
  double h, r, g, b;

  static const guint few[] = { 6, 11, 7, 10, 9, 8 };

  G_STATIC_ASSERT (G_N_ELEMENTS (few) == EASEL_PALETTE_SIZE / 2);

  if (n_cores <= G_N_ELEMENTS (few))
    return easel_render_style_get_painting_color (style, few[core % G_N_ELEMENTS (few)]);

  h = fmod (core * 6.0 / n_cores, 6.0);
  r = CLAMP (fabs (h - 3.0) - 1.0, 0.0, 1.0);
  g = CLAMP (2.0 - fabs (h - 2.0), 0.0, 1.0);
  b = CLAMP (2.0 - fabs (h - 4.0), 0.0, 1.0);

  /* Softer and a little darker on light backgrounds, lighter on dark. */
  if (style->dark)
    return (EaselRgba) { 0.35 + 0.65 * r, 0.35 + 0.65 * g, 0.35 + 0.65 * b, 1 };

  return (EaselRgba) { 0.75 * r, 0.75 * g, 0.75 * b, 1 };
}

void
easel_load_plot_compute_layout (const EaselLoadPlot    *plot,
                                const EaselRenderStyle *style,
                                double                  width,
                                double                  height,
                                EaselLoadPlotLayout    *layout)
{
  double font = style->font_size;
  double pad = round (font * 0.6);

  memset (layout, 0, sizeof *layout);
  layout->grid = plot->n_cores > EASEL_LOAD_PLOT_MAX_LINES;

  if (layout->grid)
    {
      /* Columns so that the cells are about twice as wide as tall. */
      layout->columns = MAX (1, (guint) ceil (sqrt (plot->n_cores * width / MAX (height, 1.0) / 2.0)));
      layout->rows = (plot->n_cores + layout->columns - 1) / layout->columns;
    }

  layout->plot_x = pad + font * 3.0;
  layout->plot_y = pad;
  layout->plot_width = MAX (width - layout->plot_x - pad, 1.0);
  /* With the split, a row under the time axis names its three shares. */
  layout->plot_height = MAX (height - pad - font * (plot->splits != NULL ? 3.1 : 1.8) - layout->plot_y, 1.0);
}

static void
line_path (cairo_t      *cr,
           const double *values,
           guint         n,
           guint         capacity,
           double        x,
           double        y,
           double        width,
           double        height)
{
  /* The newest sample at the right edge; a full minute fills the width. */
  double step = width / MAX (capacity - 1, 1);

  for (guint i = 0; i < n; i++)
    {
      double px = x + width - (n - 1 - i) * step;
      double py = y + height * (1.0 - CLAMP (values[i], 0.0, 1.0));

      if (i == 0)
        cairo_move_to (cr, px, py);
      else
        cairo_line_to (cr, px, py);
    }
}

static void
draw_grid (const EaselLoadPlot       *plot,
           const EaselRenderStyle    *style,
           cairo_t                   *cr,
           const EaselLoadPlotLayout *layout,
           guint                      capacity)
{
  double cell_width = layout->plot_width / layout->columns;
  double cell_height = layout->plot_height / layout->rows;
  double gap = MAX (1.0, MIN (cell_width, cell_height) * 0.06);

  for (guint core = 0; core < plot->n_cores; core++)
    {
      double x = layout->plot_x + (core % layout->columns) * cell_width + gap / 2;
      double y = layout->plot_y + (core / layout->columns) * cell_height + gap / 2;
      double w = cell_width - gap;
      double h = cell_height - gap;
      EaselRgba color = easel_load_plot_core_color (style, core, plot->n_cores);
      double load = latest (plot, core);

      /* A cell: its background tinted by how busy the core is now, so a
       * glance tells, even where the line is too small to read; a core
       * this process may not use stays faint. */
      easel_cairo_set_rgba_alpha (cr, color, core_is_usable (plot, core) ? 0.12 + 0.5 * load : 0.05);
      cairo_rectangle (cr, x, y, w, h);
      cairo_fill (cr);

      if (plot->n_samples > 1)
        {
          line_path (cr, series (plot, core), plot->n_samples, capacity, x, y, w, h);
          easel_cairo_set_rgba (cr, style->foreground);
          cairo_set_line_width (cr, MAX (1.0, h / 20));
          cairo_stroke (cr);
        }

      for (guint i = 0; i < plot->n_hammer; i++)
        if (plot->hammer_cores[i] == (int) core)
          {
            easel_cairo_set_rgba (cr, style->accent);
            cairo_set_line_width (cr, MAX (1.5, gap));
            cairo_rectangle (cr, x, y, w, h);
            cairo_stroke (cr);
            break;
          }

      if (h >= style->font_size * 0.8 && w >= style->font_size * 2)
        {
          g_autofree char *label = g_strdup_printf ("%u", core);

          easel_render_text (cr, style, 0.6, FALSE, style->dim, x + 2, y + 1, 0.0, 0.0, label);
        }
    }
}

/* Which line is which, between the ends of the time axis, where it fits:
 * a short stroke in each core's colour and its number, then the machine's
 * bold line. */
static void
draw_legend (const EaselLoadPlot    *plot,
             const EaselRenderStyle *style,
             cairo_t                *cr,
             double                  left,
             double                  right,
             double                  ty)
{
  double font = style->font_size;
  double stroke = font * 1.2;
  double gap = font * 0.3;
  double space = font * 0.7;
  double total;
  double cx;
  /* Translators: the load plot's legend ends with the line of the whole
   * machine, after one line per core ("0 1 2 3 all") */
  const char *all = _("all");

  total = stroke + gap + easel_render_text_width (cr, style, 0.8, TRUE, all);
  for (guint core = 0; core < plot->n_cores; core++)
    {
      g_autofree char *label = g_strdup_printf ("%u", core);

      total += stroke + gap + easel_render_text_width (cr, style, 0.8, FALSE, label) + space;
    }

  if (total > right - left - 2 * space)
    return;

  cx = round ((left + right - total) / 2.0);
  for (guint core = 0; core <= plot->n_cores; core++)
    {
      gboolean machine = core == plot->n_cores;
      g_autofree char *label = machine ? g_strdup (all) : g_strdup_printf ("%u", core);
      double ly = round (ty + font * 0.4) + 0.5;

      easel_cairo_set_rgba (cr, machine ? style->foreground : easel_load_plot_core_color (style, core, plot->n_cores));
      cairo_set_line_width (cr, machine ? 3.5 : 2.0);
      cairo_move_to (cr, cx, ly);
      cairo_line_to (cr, cx + stroke, ly);
      cairo_stroke (cr);
      cx += stroke + gap;
      easel_render_text (cr, style, 0.8, machine, machine ? style->foreground : style->dim, cx, ty, 0.0, 0.0, label);
      cx += easel_render_text_width (cr, style, 0.8, machine, label) + space;
    }
}

typedef enum
{
  SHARE_WORK,
  SHARE_SELF,
  SHARE_OTHER,
  N_SHARES
} Share;

/* The work in the accent colour, Easel in the prediction's colour (it is
 * the cost of watching), other programs in a neutral grey: each a fill
 * that stands out from the background as a chart's mark must. */
static EaselRgba
share_color (const EaselRenderStyle *style,
             Share                   share)
{
  EaselRgba color;

  switch (share)
    {
    case SHARE_WORK:
      color = style->accent;
      color.alpha = 0.4;
      break;

    case SHARE_SELF:
      color = style->predicted;
      color.alpha = 0.6;
      break;

    case SHARE_OTHER:
    case N_SHARES:
    default:
      color = style->foreground;
      color.alpha = 0.2;
      break;
    }

  return easel_rgba_with_contrast (color, style->background, EASEL_CONTRAST_MARK);
}

static double
share_sum (const EaselCpuSplit *split,
           Share                top)
{
  double sum = split->work;

  if (top >= SHARE_SELF)
    sum += split->self;
  if (top >= SHARE_OTHER)
    sum += split->other;

  return sum;
}

/* "▮ hammer ▮ Easel ▮ other programs", centred on @y. */
static void
draw_share_legend (const EaselLoadPlot    *plot,
                   const EaselRenderStyle *style,
                   cairo_t                *cr,
                   double                  left,
                   double                  right,
                   double                  y)
{
  const char *labels[N_SHARES] = {
    plot->work_label ? plot->work_label : _("work"),
    /* Translators: in the load plot's legend, Easel's own share */
    _("Easel"),
    /* Translators: in the load plot's legend, the share of other programs */
    _("other programs"),
  };
  double font = style->font_size;
  double box = round (font * 0.8);
  double total = 0.0;
  double x;

  for (Share share = SHARE_WORK; share < N_SHARES; share++)
    total += box + font * 0.3 + easel_render_text_width (cr, style, 0.8, FALSE, labels[share]) + font * 0.8;
  total -= font * 0.8;

  if (total > right - left)
    return;

  x = round ((left + right - total) / 2);
  for (Share share = SHARE_WORK; share < N_SHARES; share++)
    {
      easel_cairo_set_rgba (cr, share_color (style, share));
      cairo_rectangle (cr, x, round (y - box / 2), box, box);
      cairo_fill (cr);
      x += box + font * 0.3;
      easel_render_text (cr, style, 0.8, FALSE, style->dim, x, y, 0.0, 0.5, labels[share]);
      x += easel_render_text_width (cr, style, 0.8, FALSE, labels[share]) + font * 0.8;
    }
}

/* The machine's load split three ways, stacked: the work at the bottom,
 * then Easel, then other programs; the machine's line runs on top. */
static void
draw_shares (const EaselLoadPlot    *plot,
             const EaselRenderStyle *style,
             cairo_t                *cr,
             guint                   capacity,
             double                  x,
             double                  y,
             double                  w,
             double                  h)
{
  double step = w / MAX (capacity - 1, 1);
  double usable = easel_load_plot_get_usable (plot);
  guint n = plot->n_samples;

  for (Share share = SHARE_WORK; share < N_SHARES; share++)
    {
      for (guint i = 0; i < n; i++)
        {
          double px = x + w - (n - 1 - i) * step;
          double py = y + h * (1.0 - CLAMP (share_sum (&plot->splits[i], share) / usable, 0.0, 1.0));

          if (i == 0)
            cairo_move_to (cr, px, py);
          else
            cairo_line_to (cr, px, py);
        }
      for (guint i = n; i-- > 0;)
        {
          double px = x + w - (n - 1 - i) * step;
          double py = share == SHARE_WORK
            ? y + h
            : y + h * (1.0 - CLAMP (share_sum (&plot->splits[i], share - 1) / usable, 0.0, 1.0));

          cairo_line_to (cr, px, py);
        }
      cairo_close_path (cr);
      easel_cairo_set_rgba (cr, share_color (style, share));
      cairo_fill (cr);
    }
}

static guint
plot_capacity (const EaselLoadPlot *plot)
{
  guint span_ms = plot->span_ms > 0 ? plot->span_ms : 60000;

  return MAX (span_ms / MAX (plot->interval_ms, 1), 2);
}

/* What stays while the loads move: the background, the axes and their
 * labels, the 1/C line and the legend. It depends on the size, the style,
 * the cores and the span only, so a view draws it once. */
void
easel_load_plot_draw_frame (const EaselLoadPlot    *plot,
                            const EaselRenderStyle *style,
                            cairo_t                *cr,
                            double                  width,
                            double                  height)
{
  EaselLoadPlotLayout layout;
  guint span_ms = plot->span_ms > 0 ? plot->span_ms : 60000;
  g_autofree char *ago = NULL;
  double usable = easel_load_plot_get_usable (plot);
  double x, y, w, h;

  g_return_if_fail (plot != NULL && style != NULL && cr != NULL);

  easel_load_plot_compute_layout (plot, style, width, height, &layout);
  x = layout.plot_x;
  y = layout.plot_y;
  w = layout.plot_width;
  h = layout.plot_height;

  cairo_save (cr);
  easel_cairo_set_rgba (cr, style->background);
  cairo_paint (cr);

  /* The time axis: a minute ago (or the span) on the left, now on the
   * right. */
  /* Translators: the left end of the load plot's time axis, "60 s ago" */
  ago = g_strdup_printf (_("%.0f s ago"), span_ms / 1000.0);
  easel_render_text (cr, style, 0.8, FALSE, style->dim, x, y + h + style->font_size * 0.3, 0.0, 0.0, ago);
  easel_render_text (cr, style, 0.8, FALSE, style->dim, x + w, y + h + style->font_size * 0.3, 1.0, 0.0,
                     _("now"));

  if (layout.grid)
    {
      cairo_restore (cr);
      return;
    }

  if (plot->n_cores > 0)
    draw_legend (plot, style, cr,
                 x + easel_render_text_width (cr, style, 0.8, FALSE, ago),
                 x + w - easel_render_text_width (cr, style, 0.8, FALSE, _("now")),
                 y + h + style->font_size * 0.3);

  if (plot->splits != NULL)
    draw_share_legend (plot, style, cr, x - style->font_size * 2.5, x + w, y + h + style->font_size * 2.1);

  /* Load axis: 0, 50 and 100 %. */
  for (guint i = 0; i <= 2; i++)
    {
      double ly = round (y + h * (1.0 - i / 2.0)) + 0.5;
      g_autofree char *label = g_strdup_printf ("%u %%", i * 50);

      easel_cairo_set_rgba (cr, style->grid);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, x, ly);
      cairo_line_to (cr, x + w, ly);
      cairo_stroke (cr);
      easel_render_text (cr, style, 0.8, FALSE, style->dim, x - style->font_size * 0.4, ly, 1.0, 0.5, label);
    }

  /* The most one thread can use: 100/C % of the usable cores. */
  if (usable > 1.0)
    {
      stroke_across (cr, style->predicted, 6.0, 4.0, x, w, round (y + h * (1.0 - 1.0 / usable)) + 0.5);
      /* Its label goes over the loads (easel_load_plot_draw_data()). */
    }

  cairo_restore (cr);
}

/* Someone's guess of the machine's load before the hammer ran: a dotted
 * line across, labelled at its right end. */
static void
draw_guess (const EaselLoadPlot    *plot,
            const EaselRenderStyle *style,
            cairo_t                *cr,
            double                  x,
            double                  y,
            double                  w,
            double                  h)
{
  double ly = round (y + h * (1.0 - CLAMP (plot->guess, 0.0, 1.0))) + 0.5;
  /* Translators: the line of someone's guess on the load plot, "your guess 50 %" */
  g_autofree char *label = g_strdup_printf (_("your guess %.0f %%"), 100.0 * plot->guess);

  stroke_across (cr, style->foreground, 2.0, 3.0, x, w, ly);
  /* Below the line near the top, above it elsewhere. */
  easel_render_text (cr, style, 0.8, TRUE, style->foreground, x + w - style->font_size * 0.5,
                     ly < y + style->font_size * 1.5 ? ly + 3 : ly - 3, 1.0, ly < y + style->font_size * 1.5 ? 0.0 : 1.0,
                     label);
}

/* Each hammer thread: a dot at the right edge, on the line of its core. */
static void
draw_hammer_dots (const EaselLoadPlot    *plot,
                  const EaselRenderStyle *style,
                  cairo_t                *cr,
                  double                  x,
                  double                  y,
                  double                  w,
                  double                  h)
{
  for (guint i = 0; i < plot->n_hammer; i++)
    {
      int core = plot->hammer_cores[i];
      double dy;

      if (core < 0 || (guint) core >= plot->n_cores)
        continue;

      dy = y + h * (1.0 - CLAMP (latest (plot, core), 0.0, 1.0));
      cairo_arc (cr, x + w, dy, style->font_size * 0.45 + i * 2, 0, 2 * G_PI);
      easel_cairo_set_rgba (cr, easel_load_plot_core_color (style, core, plot->n_cores));
      cairo_fill_preserve (cr);
      easel_cairo_set_rgba (cr, style->foreground);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
}

/* The loads themselves, over the frame: nothing else is painted. */
void
easel_load_plot_draw_data (const EaselLoadPlot    *plot,
                           const EaselRenderStyle *style,
                           cairo_t                *cr,
                           double                  width,
                           double                  height)
{
  EaselLoadPlotLayout layout;
  guint capacity = plot_capacity (plot);
  g_autofree double *machine = NULL;
  double x, y, w, h;

  g_return_if_fail (plot != NULL && style != NULL && cr != NULL);

  easel_load_plot_compute_layout (plot, style, width, height, &layout);
  x = layout.plot_x;
  y = layout.plot_y;
  w = layout.plot_width;
  h = layout.plot_height;

  cairo_save (cr);
  /* This part is drawn again at every sample, in software on most
   * classroom machines: cairo's fast scan converter draws these long
   * lines and areas in a third of the time, and they look the same. */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  if (layout.grid)
    {
      draw_grid (plot, style, cr, &layout, capacity);
      cairo_restore (cr);
      return;
    }

  if (plot->n_samples > 1 && plot->loads != NULL)
    {
      cairo_save (cr);
      cairo_rectangle (cr, x, y - 2, w, h + 4);
      cairo_clip (cr);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

      if (plot->splits != NULL)
        draw_shares (plot, style, cr, capacity, x, y, w, h);

      for (guint core = 0; core < plot->n_cores; core++)
        {
          EaselRgba color = easel_load_plot_core_color (style, core, plot->n_cores);

          /* A core this process may not use is only context. */
          if (!core_is_usable (plot, core))
            color.alpha *= 0.3;
          line_path (cr, series (plot, core), plot->n_samples, capacity, x, y, w, h);
          easel_cairo_set_rgba (cr, color);
          cairo_set_line_width (cr, core_is_usable (plot, core) ? 2.0 : 1.0);
          cairo_stroke (cr);
        }

      /* The machine as a whole, on top and thicker. */
      machine = g_new (double, plot->n_samples);
      for (guint i = 0; i < plot->n_samples; i++)
        machine[i] = machine_load (plot, i);
      line_path (cr, machine, plot->n_samples, capacity, x, y, w, h);
      easel_cairo_set_rgba (cr, style->foreground);
      cairo_set_line_width (cr, 3.5);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  draw_one_thread_label (plot, style, cr, x, y, w, h);
  if (plot->guess > 0)
    draw_guess (plot, style, cr, x, y, w, h);

  draw_hammer_dots (plot, style, cr, x, y, w, h);

  cairo_restore (cr);
}

void
easel_load_plot_draw (const EaselLoadPlot    *plot,
                      const EaselRenderStyle *style,
                      cairo_t                *cr,
                      double                  width,
                      double                  height)
{
  g_return_if_fail (plot != NULL && style != NULL && cr != NULL);

  easel_load_plot_draw_frame (plot, style, cr, width, height);
  easel_load_plot_draw_data (plot, style, cr, width, height);
}

/* Every core's load now as a bar, as htop draws them: a row per core
 * (rows of several cores on a big machine), its number, the bar and the
 * percentage; cores Easel may not use are dimmed. For the presenter:
 * big enough to read from the back of a room. */
void
easel_load_plot_draw_bars (const EaselLoadPlot    *plot,
                           const EaselRenderStyle *style,
                           cairo_t                *cr,
                           double                  width,
                           double                  height)
{
  const double font = style->font_size;
  const double pad = round (font * 0.6);
  guint columns, rows;
  double cell_width, cell_height, label_width, percent_width;

  g_return_if_fail (plot != NULL && style != NULL && cr != NULL);

  cairo_save (cr);
  easel_cairo_set_rgba (cr, style->background);
  cairo_paint (cr);

  if (plot->n_cores == 0 || plot->n_samples == 0 || plot->loads == NULL)
    {
      cairo_restore (cr);
      return;
    }

  /* As few columns as keep a row at least a line of text high. */
  for (columns = 1; columns < plot->n_cores; columns++)
    if ((height - 2 * pad) / ((plot->n_cores + columns - 1) / columns) >= font * 1.4)
      break;
  rows = (plot->n_cores + columns - 1) / columns;
  cell_width = (width - 2 * pad) / columns;
  cell_height = (height - 2 * pad) / rows;

  {
    g_autofree char *widest = g_strdup_printf ("%u", plot->n_cores - 1);

    label_width = easel_render_text_width (cr, style, 1.0, TRUE, widest) + font * 0.5;
    percent_width = easel_render_text_width (cr, style, 1.0, TRUE, "100 %") + font * 0.5;
  }

  for (guint core = 0; core < plot->n_cores; core++)
    {
      double load = CLAMP (latest (plot, (int) core), 0.0, 1.0);
      double x = pad + (core / rows) * cell_width;
      double y = pad + (core % rows) * cell_height;
      double bar_x = x + label_width;
      double bar_width = MAX (cell_width - label_width - percent_width - font * 0.5, 1.0);
      double bar_height = MIN (cell_height * 0.7, font * 1.6);
      double alpha = core_is_usable (plot, core) ? 1.0 : 0.35;
      g_autofree char *number = g_strdup_printf ("%u", core);
      g_autofree char *percent = g_strdup_printf ("%.0f %%", 100.0 * load);

      easel_render_text (cr, style, 1.0, TRUE, style->dim, x, y + cell_height / 2, 0.0, 0.5, number);

      easel_cairo_set_rgba_alpha (cr, style->grid, alpha);
      cairo_rectangle (cr, bar_x, y + (cell_height - bar_height) / 2, bar_width, bar_height);
      cairo_fill (cr);
      easel_cairo_set_rgba_alpha (cr, easel_load_plot_core_color (style, core, plot->n_cores), alpha);
      cairo_rectangle (cr, bar_x, y + (cell_height - bar_height) / 2, bar_width * load, bar_height);
      cairo_fill (cr);

      easel_render_text (cr, style, 1.0, TRUE, style->foreground, bar_x + bar_width + font * 0.5,
                         y + cell_height / 2, 0.0, 0.5, percent);
    }

  cairo_restore (cr);
}

/* The loads in words, for screen readers. */
char *
easel_load_plot_describe (const EaselLoadPlot *plot)
{
  GString *text;
  guint busy = 0;

  if (plot->n_samples == 0 || plot->loads == NULL)
    return g_strdup (_("No load measured yet."));

  text = g_string_new (NULL);
  {
    EaselCpuSplit fallback = { latest (plot, -1) * plot->n_cores, 0, 0, 0 };
    const EaselCpuSplit *split = plot->splits ? &plot->splits[plot->n_samples - 1] : &fallback;
    g_autofree char *detail = NULL;
    g_autofree char *scales = NULL;
    g_autofree char *headline = NULL;

    /* Screen readers hear what the panel shows, in its order: the work's
     * own share first, the machine's second, then the two scales. */
    if (split->work >= 0.005)
      {
        headline = easel_load_plot_work_headline (split, easel_load_plot_get_usable (plot),
                                                  plot->work_title != NULL ? plot->work_title : plot->work_label,
                                                  plot->work_label, &detail, &scales);
        g_string_append_printf (text, "%s. %s. %s. ", headline, detail, scales);
      }
    else
      {
        headline = easel_load_plot_headline (split, easel_load_plot_get_usable (plot), plot->work_label, &detail);
        g_string_append_printf (text, "%s: %s. ", headline, detail);
      }
  }

  for (guint core = 0; core < plot->n_cores; core++)
    if (latest (plot, core) >= 0.5)
      busy++;

  if (plot->n_cores <= EASEL_LOAD_PLOT_MAX_LINES)
    {
      for (guint core = 0; core < plot->n_cores; core++)
        {
          g_string_append_printf (text, _("Core %u: %.0f %%."), core, 100.0 * latest (plot, core));
          g_string_append_c (text, ' ');
        }
    }
  else
    {
      g_string_append_printf (text, _("%u of %u cores are more than half busy."), busy, plot->n_cores);
    }

  return g_strstrip (g_string_free (text, FALSE));
}
