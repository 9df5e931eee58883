/* easel-comparison.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Run all" in one picture: every mode's run stacked on one time axis, a
 * lane per painting, with a table of the figures below — measured and
 * predicted time, speed-up over sequential, and the cores busy on average.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-comparison.h"
#include "easel-gantt-private.h"
#include "easel-schedule.h"

/* Times in the table are shown to this, in ms. */
#define SHOWN_MS 10.0

/* The figures of @row. Speed-ups are over the measured sequential run if
 * there is one, else over the predicted one, and worked out from the
 * times as the table shows them: "9.01 s" and "5.05 s" make 1.78×, as a
 * student dividing them finds, not the 1.79× of 9.0144 / 5.0451. */
void
easel_comparison_figures (const EaselRunResult   *rows,
                          guint                   n_rows,
                          guint                   row,
                          EaselComparisonFigures *figures)
{
  EaselTrace *measured = rows[row].measured;
  double sequential_ms = 0.0;

  g_return_if_fail (row < n_rows);

  for (guint i = 0; i < n_rows; i++)
    if (easel_trace_get_mode (rows[i].measured) == EASEL_MODE_SEQUENTIAL)
      sequential_ms = easel_trace_get_makespan (rows[i].measured);

  if (sequential_ms <= 0.0)
    {
      g_autoptr(EaselTrace) sequential = easel_schedule_predict (EASEL_MODE_SEQUENTIAL,
                                                                 easel_trace_get_workload (measured),
                                                                 MAX (easel_trace_get_cores (measured), 0.01));

      sequential_ms = easel_trace_get_makespan (sequential);
    }

  figures->makespan_ms = easel_trace_get_makespan (measured);
  figures->predicted_ms = rows[row].predicted ? easel_trace_get_makespan (rows[row].predicted) : 0.0;
  figures->speedup = round (figures->makespan_ms / SHOWN_MS) > 0
                     ? round (sequential_ms / SHOWN_MS) / round (figures->makespan_ms / SHOWN_MS) : 0.0;
  figures->cpu_cores = figures->makespan_ms > 0 ? easel_trace_get_cpu_ms (measured) / figures->makespan_ms : 0.0;
}

static void
draw_table (const EaselRunResult   *rows,
            guint                   n_rows,
            const EaselRenderStyle *style,
            cairo_t                *cr,
            double                  x,
            double                  y,
            double                  width,
            double                  row_height)
{
  const char *headers[] = {
    _("Mode"), _("Measured"), _("Predicted"), _("Speed-up"), _("Cores busy"),
  };
  /* Column edges as fractions of the width; the first is left-aligned. */
  const double columns[] = { 0.0, 0.42, 0.58, 0.74, 0.88 };
  const double right_edges[] = { 0.0, 0.54, 0.70, 0.84, 1.0 };

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    easel_render_text (cr, style, 0.9, TRUE, style->dim,
                       x + width * (c == 0 ? columns[c] : right_edges[c]), y + row_height / 2,
                       c == 0 ? 0.0 : 1.0, 0.5, headers[c]);

  easel_cairo_set_rgba (cr, style->grid);
  cairo_rectangle (cr, x, round (y + row_height) - 1, width, 1);
  cairo_fill (cr);

  for (guint r = 0; r < n_rows; r++)
    {
      EaselComparisonFigures figures;
      double ry = y + (r + 1) * row_height;
      g_autofree char *measured = NULL;
      g_autofree char *predicted = NULL;
      g_autofree char *speedup = NULL;
      g_autofree char *cpu = NULL;
      const char *cells[5];

      easel_comparison_figures (rows, n_rows, r, &figures);
      measured = easel_format_seconds (figures.makespan_ms, SHOWN_MS);
      predicted = easel_format_seconds (figures.predicted_ms, SHOWN_MS);
      /* Translators: a speed-up, "2.25×" */
      speedup = g_strdup_printf (_("%.2f×"), figures.speedup);
      /* Under "Cores busy": the mean over the run */
      cpu = g_strdup_printf ("%.2f", figures.cpu_cores);

      /* A run that shared the machine is marked; the note says why. */
      if (easel_trace_is_disturbed (rows[r].measured))
        {
          char *marked = g_strconcat ("* ", measured, NULL);

          g_free (measured);
          measured = marked;
        }

      cells[0] = easel_mode_get_title (easel_trace_get_mode (rows[r].measured));
      cells[1] = measured;
      cells[2] = predicted;
      cells[3] = speedup;
      cells[4] = cpu;

      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        easel_render_text (cr, style, 1.0, c == 0 || c == 3, style->foreground,
                           x + width * (c == 0 ? columns[c] : right_edges[c]), ry + row_height / 2,
                           c == 0 ? 0.0 : 1.0, 0.5, cells[c]);
    }
}

/* "* Other programs used up to 0.9 cores during these runs; …", where
 * any run shared the machine, else NULL: under the comparison and the
 * scaling curve. */
char *
easel_run_results_dup_busy_notice (const EaselRunResult *rows,
                                   guint                 n_rows)
{
  double most = easel_run_results_get_other_cores (rows, n_rows);

  if (most == 0.0)
    return NULL;

  /* Translators: under the comparison, for the runs marked with * */
  return g_strdup_printf (_("* Other programs used up to %.1f cores during these runs; measured times include waiting for them"),
                          most);
}

/* One mode's section: its title, the ghost of its prediction, its run
 * and both makespans, in the box at @top. */
static void
draw_section (const EaselRunResult   *row,
              const EaselRenderStyle *style,
              cairo_t                *cr,
              double                  plot_x,
              double                  top,
              double                  plot_width,
              double                  section_height,
              double                  max_ms)
{
  const double font = style->font_size;
  const double pad = round (font * 0.8);
  EaselTrace *traces[2] = { row->predicted, row->measured };
  double strip_height = 0.0;
  double lane_height;

  /* Under the mode's bars, the load of all its cores while it ran. */
  if (easel_trace_get_core_load (row->measured, NULL, NULL, NULL, NULL) != NULL)
    {
      EaselGantt gantt = { .trace = row->measured, .finished = TRUE };
      EaselGanttLayout strip = {
        .plot_x = plot_x,
        .plot_width = plot_width,
        .max_ms = max_ms,
        .cores_per_row = 1,
      };

      strip_height = round (MIN (font * 1.2, section_height * 0.25));
      strip.machine_y = top + section_height - strip_height;
      strip.machine_height = strip_height;
      section_height -= strip_height + 2.0;
      _easel_gantt_draw_strip (&gantt, style, cr, &strip, TRUE, TRUE);
    }
  lane_height = section_height / easel_trace_get_workload (row->measured)->paintings;

  easel_cairo_set_rgba_alpha (cr, style->grid, 0.5);
  cairo_rectangle (cr, plot_x, top, plot_width, section_height);
  cairo_fill (cr);

  easel_render_text (cr, style, 1.0, TRUE, style->foreground, plot_x - pad, top + section_height / 2,
                     1.0, 0.5, easel_mode_get_title (easel_trace_get_mode (row->measured)));

  /* The ghost of the prediction, then the run. */
  for (guint t = 0; t < G_N_ELEMENTS (traces); t++)
    {
      gboolean ghost = t == 0;
      double inset = lane_height * (ghost ? 0.06 : 0.16);
      const EaselSpan *spans;
      guint n_spans;

      if (traces[t] == NULL)
        continue;

      spans = easel_trace_get_spans (traces[t], &n_spans);
      for (guint i = 0; i < n_spans; i++)
        {
          double x0 = plot_x + spans[i].start_ms / max_ms * plot_width;
          double x1 = plot_x + spans[i].end_ms / max_ms * plot_width;

          _easel_gantt_draw_span (cr, style, &spans[i], x0, top + spans[i].painting * lane_height + inset,
                                  MAX (x1 - x0, 1.0), lane_height - 2 * inset, ghost, NULL);
        }
    }

  /* The makespans: dashed for the prediction. */
  for (guint t = 0; t < G_N_ELEMENTS (traces); t++)
    {
      double x;

      if (traces[t] == NULL)
        continue;

      x = round (plot_x + easel_trace_get_makespan (traces[t]) / max_ms * plot_width) + 0.5;
      cairo_save (cr);
      easel_cairo_set_rgba (cr, t == 0 ? style->predicted : style->accent);
      cairo_set_line_width (cr, 2.0);
      if (t == 0)
        cairo_set_dash (cr, (double[]) { 6.0, 4.0 }, 2, 0);
      cairo_move_to (cr, x, top - font * 0.2);
      cairo_line_to (cr, x, top + section_height + font * 0.2);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

void
easel_comparison_draw (const EaselRunResult   *rows,
                       guint                   n_rows,
                       const EaselRenderStyle *style,
                       cairo_t                *cr,
                       double                  width,
                       double                  height)
{
  const double font = style->font_size;
  const double pad = round (font * 0.8);
  double gutter = 0.0;
  double max_ms = 0.0;
  double row_height = round (font * 1.8);
  double table_height;
  double plot_x, plot_y, plot_width, axis_y, section_height, section_gap;
  g_autofree char *notice = NULL;

  g_return_if_fail (style != NULL && cr != NULL);

  cairo_save (cr);
  easel_cairo_set_rgba (cr, style->background);
  cairo_paint (cr);

  if (n_rows == 0)
    {
      easel_render_text (cr, style, 1.0, FALSE, style->dim, width / 2, height / 2, 0.5, 0.5,
                         _("Press Run All to compare the modes"));
      cairo_restore (cr);
      return;
    }

  for (guint r = 0; r < n_rows; r++)
    {
      max_ms = MAX (max_ms, easel_trace_get_makespan (rows[r].measured));
      if (rows[r].predicted != NULL)
        max_ms = MAX (max_ms, easel_trace_get_makespan (rows[r].predicted));
      gutter = MAX (gutter, easel_render_text_width (cr, style, 1.0, TRUE,
                                                     easel_mode_get_title (easel_trace_get_mode (rows[r].measured))));
    }
  max_ms = MAX (max_ms, 100.0) * 1.04;

  table_height = row_height * (n_rows + 1);
  notice = easel_run_results_dup_busy_notice (rows, n_rows);
  if (notice != NULL)
    table_height += row_height;
  plot_x = pad + gutter + pad;
  plot_width = MAX (width - plot_x - 2 * pad, 1.0);
  plot_y = pad + font * 2.0;
  axis_y = height - pad - table_height - pad - font * 2.0;
  section_gap = font * 0.8;
  section_height = MAX ((axis_y - plot_y - section_gap * (n_rows - 1)) / n_rows, 4.0);

  {
    gboolean core_waits = FALSE;
    gboolean gil = FALSE;

    for (guint r = 0; r < n_rows; r++)
      {
        core_waits |= _easel_gantt_trace_shows_core_waits (rows[r].measured, plot_width / max_ms);
        gil |= easel_trace_get_mode (rows[r].measured) == EASEL_MODE_GIL;
      }
    _easel_gantt_draw_legend (cr, style, TRUE, core_waits, gil, width - pad, pad, width - 2 * pad);
  }
  _easel_gantt_draw_axis (cr, style, plot_x, plot_y, axis_y, plot_width, max_ms,
                          _easel_gantt_pick_tick (max_ms, plot_width, font * 5.5));

  for (guint r = 0; r < n_rows; r++)
    draw_section (&rows[r], style, cr, plot_x, plot_y + r * (section_height + section_gap),
                  plot_width, section_height, max_ms);

  draw_table (rows, n_rows, style, cr, pad, height - pad - table_height,
              width - 2 * pad, row_height);
  if (notice != NULL)
    easel_render_text (cr, style, 0.85, FALSE, style->foreground, pad, height - pad - row_height / 2,
                       0.0, 0.5, notice);

  cairo_restore (cr);
}

/* The comparison in words, for screen readers. */
char *
easel_comparison_describe (const EaselRunResult *rows,
                           guint                 n_rows)
{
  GString *text = g_string_new (NULL);

  if (n_rows == 0)
    {
      g_string_append (text, _("No comparison yet."));
      return g_string_free (text, FALSE);
    }

  g_string_append_printf (text, _("Comparison of %u modes."), n_rows);

  for (guint r = 0; r < n_rows; r++)
    {
      EaselComparisonFigures figures;

      easel_comparison_figures (rows, n_rows, r, &figures);
      g_string_append_c (text, ' ');
      g_string_append_printf (text,
                              /* Translators: "Parallel: 3.49 seconds, predicted 3.50, 2.58 times as fast as sequential, 1.7 cores busy on average." */
                              _("%s: %.2f seconds, predicted %.2f, %.2f times as fast as sequential, %.1f cores busy on average."),
                              easel_mode_get_title (easel_trace_get_mode (rows[r].measured)),
                              figures.makespan_ms / 1000.0, figures.predicted_ms / 1000.0,
                              figures.speedup, figures.cpu_cores);
    }

  {
    g_autofree char *notice = easel_run_results_dup_busy_notice (rows, n_rows);

    if (notice != NULL)
      g_string_append_printf (text, " %s.", notice + 2);
  }

  return g_string_free (text, FALSE);
}
