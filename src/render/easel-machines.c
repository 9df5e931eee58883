/* easel-machines.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A class's machines side by side: the same paintings, run in every
 * mode on each machine (from run files), as one group per machine — its
 * name, cores and CPU — with a bar per mode on one time axis, each with
 * its time and its speed-up over that machine's own sequential run.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-chart-kit.h"
#include "easel-machines.h"

/* The machine's name and what else is known of it. */
static char *
dup_heading (EaselRecord *record)
{
  const EaselMachine *machine = easel_record_get_machine (record);
  g_autofree char *name = NULL;

  if (machine == NULL)
    /* Translators: runs measured here, among others opened from files */
    return g_strdup (_("This computer"));

  name = easel_machine_dup_name (machine);
  if (machine->label != NULL && machine->model != NULL)
    return g_strdup_printf ("%s · %s", name, machine->model);

  return g_steal_pointer (&name);
}

/* "3.61 s · 2.98×" beside a bar. */
static char *
dup_figure (double ms,
            double sequential_ms)
{
  g_autofree char *seconds = easel_format_seconds (ms, ms < 1000 ? 1 : ms < 10000 ? 10 : 100);

  if (sequential_ms <= 0.0)
    return g_steal_pointer (&seconds);

  return g_strdup_printf ("%s · %.2f×", seconds, sequential_ms / ms);
}

void
easel_machines_draw (EaselRecord * const    *records,
                     guint                   n_records,
                     const EaselRenderStyle *style,
                     cairo_t                *cr,
                     double                  width,
                     double                  height)
{
  const double pad = round (style->font_size * 0.8);
  double label_width = 0.0, figure_width = 0.0, max_ms = 0.0;
  guint n_rows = 0;
  double y, row, bar_x, bar_width;

  g_return_if_fail (records != NULL || n_records == 0);
  g_return_if_fail (style != NULL && cr != NULL);

  cairo_save (cr);
  easel_cairo_set_rgba (cr, style->background);
  cairo_paint (cr);

  for (guint i = 0; i < n_records; i++)
    for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
      {
        double ms = easel_record_get_mode_ms (records[i], mode);
        g_autofree char *figure = NULL;

        if (ms <= 0.0)
          continue;
        figure = dup_figure (ms, easel_record_get_mode_ms (records[i], EASEL_MODE_SEQUENTIAL));
        label_width = MAX (label_width, easel_render_text_width (cr, style, 0.9, FALSE, easel_mode_get_title (mode)));
        figure_width = MAX (figure_width, easel_render_text_width (cr, style, 0.9, FALSE, figure));
        max_ms = MAX (max_ms, ms);
        n_rows++;
      }

  /* A heading per machine and a row per mode, in the height there is. */
  row = floor ((height - 2 * pad) / MAX (n_rows + 1.6 * n_records, 1.0));
  row = MIN (row, style->font_size * 2.4);
  bar_x = pad + label_width + pad;
  bar_width = MAX (width - bar_x - figure_width - 2 * pad, 10.0);
  y = pad;

  for (guint i = 0; i < n_records; i++)
    {
      g_autofree char *heading = dup_heading (records[i]);
      double sequential = easel_record_get_mode_ms (records[i], EASEL_MODE_SEQUENTIAL);

      easel_render_text (cr, style, 1.0, TRUE, style->foreground, pad, y + row * 0.8, 0.0, 0.5, heading);
      y += row * 1.6;
      for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
        {
          double ms = easel_record_get_mode_ms (records[i], mode);
          double length = max_ms > 0.0 ? bar_width * ms / max_ms : 0.0;
          g_autofree char *figure = NULL;

          if (ms <= 0.0)
            continue;
          figure = dup_figure (ms, sequential);
          easel_render_text (cr, style, 0.9, FALSE, style->foreground, pad, y + row / 2, 0.0, 0.5,
                             easel_mode_get_title (mode));
          easel_cairo_set_rgba (cr, style->accent);
          cairo_rectangle (cr, bar_x, y + row * 0.2, MAX (length, 1.0), row * 0.6);
          cairo_fill (cr);
          easel_render_text (cr, style, 0.9, FALSE, style->foreground, bar_x + length + pad / 2, y + row / 2, 0.0, 0.5,
                             figure);
          y += row;
        }
    }

  cairo_restore (cr);
}

/* The figure in words, for a screen reader. */
char *
easel_machines_describe (EaselRecord * const *records,
                         guint                n_records)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_records; i++)
    {
      g_autofree char *heading = dup_heading (records[i]);
      double sequential = easel_record_get_mode_ms (records[i], EASEL_MODE_SEQUENTIAL);

      g_string_append_printf (text, "%s%s:", i > 0 ? " " : "", heading);
      for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
        {
          double ms = easel_record_get_mode_ms (records[i], mode);
          g_autofree char *figure = NULL;

          if (ms <= 0.0)
            continue;
          figure = dup_figure (ms, sequential);
          g_string_append_printf (text, " %s %s;", easel_mode_get_title (mode), figure);
        }
    }

  return g_string_free (text, FALSE);
}

void
easel_machines_draw_cb (cairo_t  *cr,
                        double    width,
                        double    height,
                        gpointer  data)
{
  EaselMachinesFigure *figure = data;

  easel_render_style_fit_to_size (figure->style, width, height);
  easel_machines_draw (figure->records, figure->n_records, figure->style, cr, width, height);
}
