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

#include "easel-chart-kit.h"
#include "easel-comparison.h"
#include "easel-cores.h"
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

/* Whether any of @rows ran beside other programs that took enough to
 * be worth a prediction of their own: then the table has its column. */
static gboolean
any_others (const EaselRunResult *rows,
            guint                 n_rows)
{
  for (guint r = 0; r < n_rows; r++)
    {
      EaselRunOthers others;

      if (easel_run_results_get_others (rows, n_rows, r, &others))
        return TRUE;
    }

  return FALSE;
}

#define N_COLUMNS 6

/* The table's columns: each as wide as its widest cell, its header
 * wrapped onto lines where it is wider than that; the modes' column
 * takes what is left. Where even that does not fit, the whole table is
 * drawn smaller. */
typedef struct
{
  char   *cells[N_COLUMNS];
} TableRow;

typedef struct
{
  const char *headers[N_COLUMNS];
  gboolean    shown[N_COLUMNS];
  /* Right edges, from the table's left; the modes' column is left-aligned
   * at 0. */
  double      right[N_COLUMNS];
  double      column_width[N_COLUMNS];
  double      header_height;
  double      row_height;
  double      scale;
  TableRow   *rows;
  guint       n_rows;
} TableLayout;

static void
fill_table_row (const EaselRunResult *rows,
                guint                 n_rows,
                guint                 r,
                TableRow             *row)
{
  EaselComparisonFigures figures;
  EaselRunOthers others;

  easel_comparison_figures (rows, n_rows, r, &figures);
  row->cells[0] = g_strdup (easel_mode_get_title (easel_trace_get_mode (rows[r].measured)));
  row->cells[1] = easel_format_seconds (figures.makespan_ms, SHOWN_MS);
  row->cells[2] = easel_format_seconds (figures.predicted_ms, SHOWN_MS);
  row->cells[3] = easel_run_results_get_others (rows, n_rows, r, &others)
                  ? easel_format_seconds (others.predicted_free_ms, SHOWN_MS) : g_strdup ("—");
  /* A speed-up other programs distorted is marked in the table itself;
   * the note under it says how. */
  if (easel_comparison_row_is_distorted (rows, n_rows, r))
    /* Translators: a speed-up other programs distorted, "⚠ 1.68×" */
    row->cells[4] = g_strdup_printf (_("⚠ %.2f×"), figures.speedup);
  else
    /* Translators: a speed-up, "2.25×" */
    row->cells[4] = g_strdup_printf (_("%.2f×"), figures.speedup);
  /* Under "Cores busy": the mean over the run */
  row->cells[5] = g_strdup_printf ("%.2f", figures.cpu_cores);
}

/* A header's layout, wrapped to @width (or not, with -1). */
static PangoLayout *
header_layout (cairo_t                *cr,
               const EaselRenderStyle *style,
               const char             *text,
               double                  width)
{
  PangoLayout *layout = easel_render_text_layout (cr, style, 0.9, TRUE, text);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) ceil (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
    }
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);

  return layout;
}

/* The widest word of @text as a header: the narrowest it wraps to. */
static double
widest_word (cairo_t                *cr,
             const EaselRenderStyle *style,
             const char             *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  double widest = 0.0;

  for (guint i = 0; words[i] != NULL; i++)
    widest = MAX (widest, easel_render_text_width (cr, style, 0.9, TRUE, words[i]));

  return widest;
}

/* Each shown column as wide as its widest cell and its header (with
 * @wrapped, its header's widest word); returns the table's width. */
static double
measure_columns (TableLayout            *table,
                 const EaselRenderStyle *style,
                 cairo_t                *cr,
                 double                  gap,
                 gboolean                wrapped)
{
  double total = 0.0;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double cells = 0.0;
      double header;

      if (!table->shown[c])
        continue;
      for (guint r = 0; r < table->n_rows; r++)
        cells = MAX (cells, easel_render_text_width (cr, style, 1.0, c == 0 || c == 4, table->rows[r].cells[c]));
      header = wrapped ? widest_word (cr, style, table->headers[c])
                       : easel_render_text_width (cr, style, 0.9, TRUE, table->headers[c]);
      table->column_width[c] = MAX (cells, header);
      total += table->column_width[c] + (c > 0 ? gap : 0.0);
    }

  return total;
}

static void
layout_table (const EaselRunResult   *rows,
              guint                   n_rows,
              const EaselRenderStyle *style,
              cairo_t                *cr,
              double                  width,
              TableLayout            *table)
{
  const double font = style->font_size;
  const double gap = font * 1.2;
  double total;
  double right;

  *table = (TableLayout) {
    .headers = {
      _("Mode"), _("Measured"), _("Predicted"),
      /* Translators: the comparison's column of the model's time on the
       * cores other programs left free */
      _("On free cores"),
      _("Speed-up"), _("Cores busy"),
    },
    .shown = { TRUE, TRUE, TRUE, any_others (rows, n_rows), TRUE, TRUE },
    .row_height = round (font * 1.8),
    .scale = 1.0,
    .rows = g_new0 (TableRow, MAX (n_rows, 1)),
    .n_rows = n_rows,
  };

  for (guint r = 0; r < n_rows; r++)
    fill_table_row (rows, n_rows, r, &table->rows[r]);

  /* Each column as wide as its cells and its header, where that fits;
   * else with its header wrapped. */
  total = measure_columns (table, style, cr, gap, FALSE);
  if (total > width)
    total = measure_columns (table, style, cr, gap, TRUE);
  /* Presenting, a table too wide even so leaves out the column of the
   * free cores (the note under it says what other programs changed)
   * rather than drawing its type under the floor. */
  if (total > width && table->shown[3] && easel_render_style_is_presenting (style))
    {
      table->shown[3] = FALSE;
      total = measure_columns (table, style, cr, gap, TRUE);
    }
  if (total > width)
    table->scale = width / total;

  /* From the right edge leftwards; the modes' column keeps the rest. */
  right = width / table->scale;
  for (int c = N_COLUMNS - 1; c > 0; c--)
    {
      if (!table->shown[c])
        continue;
      table->right[c] = right;
      right -= table->column_width[c] + gap;
    }

  table->header_height = table->row_height;
  for (guint c = 1; c < N_COLUMNS; c++)
    if (table->shown[c])
      {
        g_autoptr(PangoLayout) layout = header_layout (cr, style, table->headers[c], table->column_width[c]);
        int height;

        pango_layout_get_pixel_size (layout, NULL, &height);
        table->header_height = MAX (table->header_height, height + font * 0.6);
      }
}

static void
table_layout_clear (TableLayout *table)
{
  for (guint r = 0; r < table->n_rows; r++)
    for (guint c = 0; c < N_COLUMNS; c++)
      g_free (table->rows[r].cells[c]);
  g_clear_pointer (&table->rows, g_free);
}

/* The table's height on screen. */
static double
table_height (const TableLayout *table)
{
  return (table->header_height + table->row_height * table->n_rows) * table->scale;
}

static void
draw_table (const TableLayout      *table,
            const EaselRenderStyle *style,
            cairo_t                *cr,
            double                  x,
            double                  y,
            double                  width)
{
  const double font = style->font_size;
  const double row_height = table->row_height;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, table->scale, table->scale);
  width /= table->scale;

  /* Headers stand on the line under them. */
  easel_render_text (cr, style, 0.9, TRUE, style->dim, 0.0, table->header_height - font * 0.3,
                     0.0, 1.0, table->headers[0]);
  for (guint c = 1; c < N_COLUMNS; c++)
    if (table->shown[c])
      {
        g_autoptr(PangoLayout) layout = header_layout (cr, style, table->headers[c], table->column_width[c]);
        int height;

        pango_layout_get_pixel_size (layout, NULL, &height);
        easel_cairo_set_rgba (cr, style->dim);
        cairo_move_to (cr, table->right[c] - table->column_width[c], table->header_height - font * 0.3 - height);
        pango_cairo_show_layout (cr, layout);
        _easel_render_log_layout (cr, layout, table->right[c] - table->column_width[c],
                                  table->header_height - font * 0.3 - height,
                                  MAX (font * 0.9, style->min_text_size), table->headers[c]);
      }

  easel_cairo_set_rgba (cr, style->grid);
  cairo_rectangle (cr, 0, round (table->header_height) - 1, width, 1);
  cairo_fill (cr);

  for (guint r = 0; r < table->n_rows; r++)
    {
      double ry = table->header_height + r * row_height;

      for (guint c = 0; c < N_COLUMNS; c++)
        if (table->shown[c])
          easel_render_text (cr, style, 1.0, c == 0 || c == 4, style->foreground,
                             c == 0 ? 0.0 : table->right[c], ry + row_height / 2,
                             c == 0 ? 0.0 : 1.0, 0.5, table->rows[r].cells[c]);
    }

  cairo_restore (cr);
}

/* What other programs did to the figures @rows show, where they changed
 * one by more than EASEL_RUN_OTHERS_CHANGE (computed from the split: the
 * model on the usable cores against the model on the cores they left
 * free), else NULL. One run: its time, "Other programs took 0.7 cores:
 * predicted 1.40 s on 2 cores, 2.10 s on the 1.3 left free; measured
 * 2.05 s". Several: each speed-up they change, "Other programs took up to
 * 0.7 cores: Parallel reads 1.68× instead of 2.00× (1.30× on the 1.3
 * cores left free)". Under the charts, in the CLI's text and in the
 * accessible descriptions: the same words everywhere. */
char *
easel_run_results_dup_others_note (const EaselRunResult *rows,
                                   guint                 n_rows)
{
  g_autoptr(GString) changes = g_string_new (NULL);
  double most = 0.0;

  for (guint r = 0; r < n_rows; r++)
    {
      EaselRunOthers others;
      EaselComparisonFigures figures;
      g_autofree char *free_cores = NULL;

      if (!easel_run_results_get_others (rows, n_rows, r, &others))
        continue;

      free_cores = easel_cores_format (others.free_cores);
      easel_comparison_figures (rows, n_rows, r, &figures);

      if (n_rows == 1 && easel_run_others_change (&others, FALSE) > EASEL_RUN_OTHERS_CHANGE)
        {
          g_autofree char *usable = easel_cores_format (easel_trace_get_cores (rows[r].measured));
          g_autofree char *predicted = easel_format_seconds (others.predicted_ms, SHOWN_MS);
          g_autofree char *predicted_free = easel_format_seconds (others.predicted_free_ms, SHOWN_MS);
          g_autofree char *measured = easel_format_seconds (figures.makespan_ms, SHOWN_MS);
          g_autofree char *other = g_strdup_printf ("%.2f", others.other_cores);

          /* Translators: under a run's chart when other programs were
           * busy: "Other programs took 0.7 cores: predicted 1.40 s on 2
           * cores, 2.10 s on the 1.3 left free; measured 2.05 s" */
          return g_strdup_printf (_("Other programs took %s cores: predicted %s on %s cores, %s on the %s left free; measured %s"),
                                  other, predicted, usable, predicted_free, free_cores, measured);
        }

      if (n_rows > 1 && easel_run_others_change (&others, TRUE) > EASEL_RUN_OTHERS_CHANGE)
        {
          if (changes->len > 0)
            g_string_append (changes, _("; "));
          g_string_append_printf (changes,
                                  /* Translators: one speed-up other programs changed: "Parallel reads
                                   * 1.68× instead of 2.00× (1.30× on the 1.3 cores left free)" */
                                  _("%s reads %.2f× instead of %.2f× (%.2f× on the %s cores left free)"),
                                  easel_mode_get_title (easel_trace_get_mode (rows[r].measured)),
                                  figures.speedup, others.predicted_speedup, others.predicted_free_speedup,
                                  free_cores);
          most = MAX (most, others.other_cores);
        }
    }

  if (changes->len == 0)
    return NULL;

  {
    g_autofree char *other = g_strdup_printf ("%.2f", most);

    /* Translators: under the comparison, "Other programs took up to 0.7
     * cores: Parallel reads 1.68× instead of 2.00× (…)" */
    return g_strdup_printf (_("Other programs took up to %s cores: %s"), other, changes->str);
  }
}

/* Whether other programs changed @row's speed-up by more than
 * EASEL_RUN_OTHERS_DISTORT: the table marks it. */
gboolean
easel_comparison_row_is_distorted (const EaselRunResult *rows,
                                   guint                 n_rows,
                                   guint                 row)
{
  EaselRunOthers others;

  return easel_run_results_get_others (rows, n_rows, row, &others) &&
         easel_run_others_change (&others, TRUE) > EASEL_RUN_OTHERS_DISTORT;
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
  TableLayout table;
  double below_table;
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
      if (easel_trace_get_core_load (rows[r].measured, NULL, NULL, NULL, NULL) != NULL)
        gutter = MAX (gutter, easel_render_text_width (cr, style, 0.75, FALSE, _("All cores")));
    }
  max_ms = MAX (max_ms, 100.0) * 1.04;

  layout_table (rows, n_rows, style, cr, width - 2 * pad, &table);
  below_table = table_height (&table);
  /* What other programs changed, on the chart itself, as large as its
   * other text. */
  notice = easel_run_results_dup_others_note (rows, n_rows);
  if (notice != NULL)
    below_table += easel_render_text_wrapped_height (cr, style, 1.0, TRUE, width - 2 * pad, notice) + font * 0.4;
  plot_x = pad + gutter + pad;
  plot_width = MAX (width - plot_x - 2 * pad, 1.0);

  /* The legend, wrapped to the chart's width, above the sections. */
  {
    gboolean core_waits = FALSE;
    gboolean gil = FALSE;

    for (guint r = 0; r < n_rows; r++)
      {
        core_waits |= _easel_gantt_trace_shows_core_waits (rows[r].measured, plot_width / max_ms);
        gil |= easel_trace_get_mode (rows[r].measured) == EASEL_MODE_GIL;
      }
    plot_y = pad + _easel_chart_draw_legend (cr, style, TRUE, core_waits, gil, width - pad, pad, width - 2 * pad) +
             font * 0.9;
  }
  axis_y = height - pad - below_table - pad - font * 2.0;
  section_gap = font * 0.8;
  section_height = MAX ((axis_y - plot_y - section_gap * (n_rows - 1)) / n_rows, 4.0);
  _easel_chart_draw_time_axis (cr, style, plot_x, plot_y, axis_y, plot_width, max_ms,
                          _easel_chart_pick_tick (max_ms, plot_width, font * 5.5));

  for (guint r = 0; r < n_rows; r++)
    draw_section (&rows[r], style, cr, plot_x, plot_y + r * (section_height + section_gap),
                  plot_width, section_height, max_ms);

  draw_table (&table, style, cr, pad, height - pad - below_table, width - 2 * pad);
  if (notice != NULL)
    easel_render_text_wrapped (cr, style, 1.0, TRUE, style->foreground, pad,
                               height - pad - below_table + table_height (&table) + font * 0.4,
                               width - 2 * pad, notice);
  table_layout_clear (&table);

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
    g_autofree char *notice = easel_run_results_dup_others_note (rows, n_rows);

    if (notice != NULL)
      g_string_append_printf (text, " %s.", notice);
  }

  return g_string_free (text, FALSE);
}
