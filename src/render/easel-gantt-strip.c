/* easel-gantt-strip.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The load strip under the timeline: every core's load sampled during
 * the run, the run's own share in its colour.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "easel-chart-kit.h"
#include "easel-gantt-private.h"

/* The mean load of cores @first … @first + @n - 1 in sample @i, averaged
 * with its neighbours: a 50 ms sample holds 5 ticks of /proc/stat, so
 * alone it jumps in steps of a fifth. */
static double
smoothed_load (const double *loads,
               guint         n_samples,
               guint         n_cores,
               guint         first,
               guint         n,
               guint         i)
{
  double sum = 0.0;
  guint count = 0;

  for (guint j = i > 0 ? i - 1 : 0; j <= MIN (i + 1, n_samples - 1); j++)
    for (guint core = first; core < MIN (first + n, n_cores); core++)
      {
        sum += loads[j * n_cores + core];
        count++;
      }

  return count > 0 ? sum / count : 0.0;
}

typedef struct
{
  const double *loads;
  guint         n_samples;
  guint         n_cores;
  guint         first;
  guint         n;
  /* Per sample, worked out once for every row: the run's own cores and
   * the busy cores of the whole machine, both smoothed as the loads. */
  const double *run;
  const double *busy;
} StripRow;

typedef double (*StripValueFunc) (const StripRow *row,
                                  guint           i);

/* One row of the strip as an area, the value of each sample (0…1) over
 * the row's height; the caller fills the path. */
static void
strip_area (cairo_t                *cr,
            const EaselGanttLayout *layout,
            double                  interval_ms,
            const StripRow         *row,
            double                  y,
            double                  height,
            StripValueFunc          value)
{
  cairo_move_to (cr, easel_gantt_layout_x (layout, 0), y + height);
  for (guint i = 0; i < row->n_samples; i++)
    {
      double v = CLAMP (value (row, i), 0.0, 1.0);

      cairo_line_to (cr, easel_gantt_layout_x (layout, i * interval_ms), y + height * (1.0 - v));
      cairo_line_to (cr, easel_gantt_layout_x (layout, (i + 1) * interval_ms), y + height * (1.0 - v));
    }
  cairo_line_to (cr, easel_gantt_layout_x (layout, row->n_samples * interval_ms), y + height);
  cairo_close_path (cr);
}

static double
row_load (const StripRow *row,
          guint           i)
{
  return smoothed_load (row->loads, row->n_samples, row->n_cores, row->first, row->n, i);
}

/* The run's own cores in sample @i of @run_cores, averaged like the
 * loads. */
static double
smoothed_run_cores (const double *run_cores,
                    guint         n_samples,
                    guint         i)
{
  double sum = 0.0;
  guint count = 0;

  for (guint j = i > 0 ? i - 1 : 0; j <= MIN (i + 1, n_samples - 1); j++, count++)
    sum += run_cores[j];

  return sum / MAX (count, 1);
}

/* The run's own share of a row: its threads' cores over all the busy
 * cores, spread over the cores in proportion to their load (its threads
 * move between cores; only the whole is exact). */
static double
row_run_load (const StripRow *row,
              guint           i)
{
  return row_load (row, i) * (row->busy[i] > 0.0 ? MIN (row->run[i] / row->busy[i], 1.0) : 0.0);
}

static double
machine_run_load (const StripRow *row,
                  guint           i)
{
  return MIN (row->run[i] / row->n_cores, row_load (row, i));
}

static char *
strip_label (const EaselGanttLayout *layout,
             guint                   r,
             guint                   n_cores)
{
  if (r == layout->n_strip_rows)
    return g_strdup (_("All cores"));

  if (layout->cores_per_row == 1)
    /* Translators: a row of the load strip, "CPU 3" */
    return g_strdup_printf (_("CPU %u"), r);

  /* Translators: a row of the load strip for several cores, "CPUs 4–7" */
  return g_strdup_printf (_("CPUs %u–%u"), r * layout->cores_per_row,
                          MIN ((r + 1) * layout->cores_per_row, MAX (n_cores, 1)) - 1);
}

/* The load strip: every core's load (or every group's, beyond 16) and the
 * machine's, over the run on the chart's time axis: the run's own CPU in
 * the accent colour, the rest grey. The rows' backgrounds and labels with
 * @frame, the loads with @samples. */
void
_easel_gantt_draw_strip (const EaselGantt       *gantt,
                         const EaselRenderStyle *style,
                         cairo_t                *cr,
                         const EaselGanttLayout *layout,
                         gboolean                frame,
                         gboolean                samples)
{
  const double font = style->font_size;
  StripRow row = { NULL };
  guint interval_ms = 0;
  const double *run_cores = NULL;
  g_autofree double *run = NULL;
  g_autofree double *busy = NULL;

  if (gantt->trace != NULL)
    row.loads = easel_trace_get_core_load (gantt->trace, &row.n_samples, &row.n_cores, &interval_ms, &run_cores);

  if (row.loads != NULL && samples)
    {
      run = g_new (double, MAX (row.n_samples, 1));
      busy = g_new (double, MAX (row.n_samples, 1));
      for (guint i = 0; i < row.n_samples; i++)
        {
          run[i] = smoothed_run_cores (run_cores, row.n_samples, i);
          busy[i] = smoothed_load (row.loads, row.n_samples, row.n_cores, 0, row.n_cores, i) * row.n_cores;
        }
      row.run = run;
      row.busy = busy;
    }

  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  for (guint r = 0; r <= layout->n_strip_rows; r++)
    {
      gboolean machine = r == layout->n_strip_rows;
      double y = machine ? layout->machine_y : layout->strip_y + r * layout->strip_row_height;
      double height = machine ? layout->machine_height : MAX (layout->strip_row_height - 1.0, 1.0);

      if (frame)
        {
          g_autofree char *label = strip_label (layout, r, row.n_cores);

          easel_cairo_set_rgba_alpha (cr, style->grid, 0.5);
          cairo_rectangle (cr, layout->plot_x, y, layout->plot_width, height);
          cairo_fill (cr);

          if (height >= font * 0.6 && (machine || layout->n_strip_rows <= 8 || r % 4 == 0))
            easel_render_text (cr, style, 0.75, FALSE, style->dim, layout->plot_x - font * 0.8,
                               y + height / 2, 1.0, 0.5, label);
        }

      if (row.run == NULL || row.n_samples == 0)
        continue;

      row.first = machine ? 0 : r * layout->cores_per_row;
      row.n = machine ? row.n_cores : layout->cores_per_row;

      strip_area (cr, layout, interval_ms, &row, y, height, row_load);
      easel_cairo_set_rgba_alpha (cr, style->dim, 0.45);
      cairo_fill (cr);
      strip_area (cr, layout, interval_ms, &row, y, height, machine ? machine_run_load : row_run_load);
      easel_cairo_set_rgba (cr, style->accent);
      cairo_fill (cr);
    }

  cairo_restore (cr);
}
