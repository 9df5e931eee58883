/* easel-gantt.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Gantt chart of a run: one lane per painting (or per thread), a bar
 * per span — painting in the painting's colour, drying grey and hatched,
 * waiting outlined — on a time axis in seconds, with the predicted
 * schedule as a faint ghost behind, both makespans marked and a "now"
 * cursor while the run goes on. A layout step computes where everything
 * goes; drawing and hit-testing share it.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "easel-comparison.h"
#include "easel-cores.h"
#include "easel-gantt-private.h"

static void
for_each_span (const EaselGantt *gantt,
               gboolean          predicted,
               void            (*func) (const EaselSpan *span, gpointer data),
               gpointer          data)
{
  EaselTrace *trace = predicted ? gantt->predicted : gantt->trace;
  const EaselSpan *spans;
  guint n_spans = 0;

  if (trace != NULL)
    {
      spans = easel_trace_get_spans (trace, &n_spans);
      for (guint i = 0; i < n_spans; i++)
        func (&spans[i], data);
    }

  if (!predicted && gantt->layer != EASEL_GANTT_LAYER_STATIC)
    for (guint i = 0; i < gantt->n_open_spans; i++)
      func (&gantt->open_spans[i], data);
}

typedef struct
{
  int      max_thread;
  gboolean has_timer;
} ThreadScan;

static void
scan_thread_cb (const EaselSpan *span,
                gpointer         data)
{
  ThreadScan *scan = data;

  if (span->thread < 0)
    scan->has_timer = TRUE;
  else
    scan->max_thread = MAX (scan->max_thread, span->thread);
}

static guint
count_paintings (const EaselGantt *gantt)
{
  EaselTrace *trace = gantt->trace ? gantt->trace : gantt->predicted;

  return trace ? easel_trace_get_workload (trace)->paintings : 0;
}

static double
span_end (const EaselGantt *gantt,
          const EaselSpan  *span)
{
  /* A span still going on ends now. */
  if (span->end_ms <= span->start_ms && gantt->now_ms > span->start_ms)
    return gantt->now_ms;

  return span->end_ms;
}

double
_easel_gantt_pick_tick (double max_ms,
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

static char *
lane_label (const EaselGantt       *gantt,
            const EaselGanttLayout *layout,
            guint                   lane)
{
  if (gantt->lanes == EASEL_GANTT_LANES_PAINTING)
    return g_strdup_printf (_("Painting %u"), lane + 1);

  if ((int) lane == layout->timer_lane)
    return g_strdup (_("Timers"));

  return g_strdup_printf (_("Thread %u"), lane + 1);
}

/* The cores of the load strip: those it has samples of, or during a run
 * before its first sample, this machine's; 0 for no strip. */
static guint
strip_cores (const EaselGantt *gantt)
{
  guint n_cores = 0;

  if (gantt->trace == NULL)
    return 0;

  easel_trace_get_core_load (gantt->trace, NULL, &n_cores, NULL, NULL);
  if (n_cores == 0 && !gantt->finished)
    n_cores = easel_cores_get_default ()->online;

  return n_cores;
}

/* The rows of the strip, within @available pixels; returns its height
 * (with the gap above it). Beyond 16 cores, a row holds several. */
static double
layout_strip (const EaselGantt       *gantt,
              const EaselRenderStyle *style,
              double                  available,
              EaselGanttLayout       *layout)
{
  const double font = style->font_size;
  guint n_cores = strip_cores (gantt);
  double height;

  if (n_cores == 0)
    return 0.0;

  layout->cores_per_row = (n_cores + 15) / 16;
  layout->n_strip_rows = (n_cores + layout->cores_per_row - 1) / layout->cores_per_row;
  layout->strip_row_height = font * (layout->n_strip_rows <= 4 ? 0.9 : 0.45);
  layout->machine_height = font * 1.5;
  height = layout->n_strip_rows * layout->strip_row_height + font * 0.3 + layout->machine_height;

  /* At most a third of the chart: thinner rows on a small one. */
  if (height > available / 3)
    {
      double scale = available / 3 / height;

      layout->strip_row_height *= scale;
      layout->machine_height *= scale;
      height = available / 3;
    }

  return height + font * 0.4;
}

/* The lanes: one a painting, or one a thread (and the timers' lane of an
 * async run), the same for both layers. */
static void
count_lanes (const EaselGantt *gantt,
             EaselGanttLayout *layout)
{
  layout->timer_lane = -1;

  if (gantt->lanes == EASEL_GANTT_LANES_PAINTING)
    {
      layout->n_lanes = count_paintings (gantt);
    }
  else
    {
      ThreadScan scan = { -1, FALSE };
      EaselGantt whole = *gantt;

      whole.layer = EASEL_GANTT_LAYER_ALL;
      for_each_span (&whole, FALSE, scan_thread_cb, &scan);
      if (gantt->show_predicted)
        for_each_span (&whole, TRUE, scan_thread_cb, &scan);
      layout->n_lanes = MAX (scan.max_thread + 1, 1);
      if (scan.has_timer)
        layout->timer_lane = layout->n_lanes++;
    }
  layout->n_lanes = MAX (layout->n_lanes, 1);
}

/* What other programs did to a finished run's figures, where they took
 * enough to matter. */
static gboolean
gantt_others (const EaselGantt *gantt,
              EaselRunOthers   *others)
{
  EaselRunResult row;

  if (!gantt->finished || gantt->trace == NULL || easel_trace_is_stopped (gantt->trace))
    return FALSE;

  row = (EaselRunResult) { gantt->trace, gantt->predicted };

  return easel_run_results_get_others (&row, 1, 0, others);
}

/* The line under the axis, where other programs changed the run's time
 * by more than EASEL_RUN_OTHERS_CHANGE; else NULL. */
static char *
dup_notice (const EaselGantt *gantt)
{
  EaselRunResult row;

  if (!gantt->finished || gantt->trace == NULL || easel_trace_is_stopped (gantt->trace))
    return NULL;

  row = (EaselRunResult) { gantt->trace, gantt->predicted };

  return easel_run_results_dup_others_note (&row, 1);
}

void
easel_gantt_compute_layout (const EaselGantt       *gantt,
                            const EaselRenderStyle *style,
                            double                  width,
                            double                  height,
                            EaselGanttLayout       *layout)
{
  /* Text is measured on a scratch surface: no cairo_t is at hand. */
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (scratch);
  double font = style->font_size;
  double pad = round (font * 0.8);
  double gutter = 0.0;
  double max_ms = 0.0;
  double strip;
  EaselRunOthers others;

  g_return_if_fail (gantt != NULL && style != NULL && layout != NULL);

  memset (layout, 0, sizeof *layout);
  count_lanes (gantt, layout);

  for (guint lane = 0; lane < layout->n_lanes; lane++)
    {
      g_autofree char *label = lane_label (gantt, layout, lane);

      gutter = MAX (gutter, easel_render_text_width (cr, style, 1.0, FALSE, label));
    }
  if (strip_cores (gantt) > 0)
    gutter = MAX (gutter, easel_render_text_width (cr, style, 0.75, FALSE, _("All cores")));

  /* A run whose figures other programs changed says so under the axis,
   * as large as the chart's labels, wrapped to the plot's width. */
  {
    g_autofree char *notice = dup_notice (gantt);

    layout->notice = notice != NULL;
    if (notice != NULL)
      layout->notice_height = easel_render_text_wrapped_height (cr, style, 1.0, TRUE,
                                                                MAX (width - (pad + gutter + pad) - pad, 1.0), notice);
  }

  cairo_destroy (cr);
  cairo_surface_destroy (scratch);

  /* The axis shows the longer of the run so far and the prediction. */
  if (gantt->trace != NULL)
    max_ms = easel_trace_get_makespan (gantt->trace);
  if (gantt->predicted != NULL)
    max_ms = MAX (max_ms, easel_trace_get_makespan (gantt->predicted));
  /* And the prediction on the cores other programs left free. */
  if (gantt_others (gantt, &others))
    max_ms = MAX (max_ms, others.predicted_free_ms);
  max_ms = MAX (max_ms, 100.0);
  if (!gantt->finished)
    {
      double live_ms = MAX (gantt->now_ms, 0.0);

      for (guint i = 0; i < gantt->n_open_spans; i++)
        live_ms = MAX (live_ms, span_end (gantt, &gantt->open_spans[i]));

      /* A run slower than predicted stretches the axis in steps of a
       * tenth, not every frame: the static layer is redrawn only then. */
      if (live_ms > max_ms)
        max_ms *= ceil (live_ms / max_ms * 10.0) / 10.0;
    }
  layout->max_ms = max_ms * 1.04;

  layout->legend_y = pad;
  layout->plot_x = pad + gutter + pad;
  layout->plot_width = MAX (width - layout->plot_x - pad * 2, 1.0);
  /* The legend, then a row for the makespan labels. */
  layout->plot_y = pad + font * 1.6 + font * 1.8;
  strip = layout_strip (gantt, style, height - layout->plot_y, layout);
  layout->lane_height = (height - layout->plot_y - pad - font * 2.0 -
                         (layout->notice ? layout->notice_height + font * 0.5 : 0.0) - strip) /
                        layout->n_lanes;
  layout->lane_height = MAX (layout->lane_height, 4.0);
  layout->plot_height = layout->lane_height * layout->n_lanes;
  layout->axis_y = layout->plot_y + layout->plot_height;
  /* Under the axis and its labels. */
  layout->strip_y = layout->axis_y + font * 1.8;
  layout->machine_y = layout->strip_y + layout->n_strip_rows * layout->strip_row_height + font * 0.3;

  layout->tick_ms = _easel_gantt_pick_tick (layout->max_ms, layout->plot_width, font * 5.5);
  layout->bar_limit = font * 5.0;
}

double
easel_gantt_layout_x (const EaselGanttLayout *layout,
                      double                  ms)
{
  return layout->plot_x + ms / layout->max_ms * layout->plot_width;
}

int
easel_gantt_layout_lane_of (const EaselGanttLayout *layout,
                            const EaselGantt       *gantt,
                            const EaselSpan        *span)
{
  if (gantt->lanes == EASEL_GANTT_LANES_PAINTING)
    return span->painting;

  return span->thread < 0 ? layout->timer_lane : span->thread;
}

typedef struct
{
  const EaselGantt *gantt;
  gboolean          predicted;
  GArray           *timers;
} TimerScan;

static void
collect_timer_cb (const EaselSpan *span,
                  gpointer         data)
{
  TimerScan *scan = data;

  if (span->thread < 0)
    {
      EaselSpan timer = *span;

      timer.end_ms = scan->predicted ? span->end_ms : span_end (scan->gantt, span);
      g_array_append_val (scan->timers, timer);
    }
}

static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  const EaselSpan *sa = a;
  const EaselSpan *sb = b;

  if (sa->start_ms != sb->start_ms)
    return (sa->start_ms > sb->start_ms) - (sa->start_ms < sb->start_ms);

  return (int) sa->painting - (int) sb->painting;
}

/* Timers that overlap in time stack in the timers lane: @span's row
 * there, and how many rows the lane has (timers take the lowest free row
 * in the order they start). */
static guint
timer_row (const EaselGantt *gantt,
           const EaselSpan  *span,
           gboolean          predicted,
           guint            *n_rows)
{
  TimerScan scan = { gantt, predicted, g_array_new (FALSE, FALSE, sizeof (EaselSpan)) };
  EaselGantt whole = *gantt;
  g_autofree double *row_ends = NULL;
  guint used = 0;
  guint row = 0;

  whole.layer = EASEL_GANTT_LAYER_ALL;
  for_each_span (&whole, predicted, collect_timer_cb, &scan);
  g_array_sort (scan.timers, compare_start);
  row_ends = g_new (double, scan.timers->len + 1);

  for (guint i = 0; i < scan.timers->len; i++)
    {
      const EaselSpan *timer = &g_array_index (scan.timers, EaselSpan, i);
      guint r = 0;

      while (r < used && row_ends[r] > timer->start_ms + 1e-6)
        r++;
      if (r == used)
        used++;
      row_ends[r] = timer->end_ms;

      if (timer->painting == span->painting && timer->coat == span->coat && timer->phase == span->phase)
        row = r;
    }

  g_array_unref (scan.timers);
  *n_rows = MAX (used, 1);

  return row;
}

/* The rectangle of @span's bar: a ghost fills most of its lane, a
 * measured bar sits inside it, so a ghost that runs longer shows. Timers
 * that overlap share their lane in rows. */
void
easel_gantt_layout_bar (const EaselGanttLayout *layout,
                        const EaselGantt       *gantt,
                        const EaselSpan        *span,
                        gboolean                predicted,
                        double                 *x,
                        double                 *y,
                        double                 *width,
                        double                 *height)
{
  int lane = easel_gantt_layout_lane_of (layout, gantt, span);
  double lane_y = layout->plot_y + lane * layout->lane_height;
  double lane_height = layout->lane_height;
  /* Tall lanes keep bars of a sensible thickness, centred. */
  double bar;
  double inset;
  double x0 = easel_gantt_layout_x (layout, span->start_ms);
  double x1 = easel_gantt_layout_x (layout, predicted ? span->end_ms : span_end (gantt, span));

  if (lane == layout->timer_lane && span->thread < 0)
    {
      guint n_rows;
      guint row = timer_row (gantt, span, predicted, &n_rows);

      lane_height = layout->lane_height / n_rows;
      lane_y += row * lane_height;
    }

  bar = predicted ? MIN (lane_height * 0.84, layout->bar_limit * 1.25)
                  : MIN (lane_height * 0.6, layout->bar_limit);
  inset = (lane_height - bar) / 2;

  *x = x0;
  *width = MAX (x1 - x0, 1.0);
  *y = lane_y + inset;
  *height = bar;
}

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
static void
fill_core_wait (cairo_t   *cr,
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

  return _easel_gantt_trace_shows_core_waits (gantt->trace, layout->plot_width / MAX (layout->max_ms, 1e-3));
}

/* The faint frame of a paint bar alone: how it shows where its thread was
 * on no core and waited for none (under a GIL, for the lock). */
static void
draw_gil_wait (cairo_t   *cr,
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
  rounded_rect (cr, x + 0.5, y + 0.5, MAX (width - 1, 0.5), height - 1, radius);
  easel_cairo_set_rgba (cr, color);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
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

  cairo_save (cr);
  rounded_rect (cr, x, y, width, height, radius);
  cairo_clip_preserve (cr);
  easel_cairo_set_rgba_alpha (cr, color, 0.12);
  cairo_fill (cr);

  /* Resampled per three pixels: the shares show at any zoom, with a few
   * rectangles a bar instead of hundreds. */
  easel_intervals_resample (span->on_core, span->n_on_core, span->core_waits, span->n_core_waits,
                            span->start_ms, span->end_ms, CORE_WAIT_STEP_PX / px_per_ms, on_core, waits);

  if (waits->len > 0)
    {
      add_interval_rects (cr, waits, span, x, y, px_per_ms, height);
      fill_core_wait (cr, color, x, y, width, height);
      cairo_new_path (cr);
    }

  add_interval_rects (cr, on_core, span, x, y, px_per_ms, height);
  easel_cairo_set_rgba (cr, color);
  cairo_fill (cr);

  rounded_rect (cr, x + 0.5, y + 0.5, MAX (width - 1, 0.5), height - 1, radius);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A span's bar; @tinted, a drying bar in the colour of its painting (in
 * the timers lane, where nothing else tells whose it is). */
static void
draw_span (cairo_t                *cr,
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

  cairo_save (cr);

  if (ghost)
    {
      /* The prediction: faint, thinly outlined, behind. (Dashed outlines
       * cost more than all the rest of a comparison together.) */
      rounded_rect (cr, x, y, width, height, radius);
      easel_cairo_set_rgba_alpha (cr, span->phase == EASEL_PHASE_PAINT ? color : style->dry, 0.22);
      if (span->phase != EASEL_PHASE_WAIT)
        cairo_fill_preserve (cr);
      easel_cairo_set_rgba_alpha (cr, style->predicted, 0.55);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }

  switch (span->phase)
    {
    case EASEL_PHASE_PAINT:
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
        {
          g_autoptr(PangoLayout) layout = easel_render_text_layout (cr, style, 0.85, FALSE, label);
          int text_width;
          int text_height;

          pango_layout_get_pixel_size (layout, &text_width, &text_height);
          if (text_width + 8 <= width && text_height <= height)
            {
              /* Over the stripes of a bar that took turns, on a patch of
               * its colour: the faint parts are dark in the dark style. */
              if (span->on_core != NULL)
                {
                  rounded_rect (cr, x + width / 2 - text_width / 2.0 - 3, y + height / 2 - text_height / 2.0,
                                text_width + 6, text_height, MIN (3.0, text_height / 2.0));
                  easel_cairo_set_rgba (cr, color);
                  cairo_fill (cr);
                }
              easel_render_text (cr, style, 0.85, FALSE, easel_rgba_contrasting_text (color),
                                 x + width / 2, y + height / 2, 0.5, 0.5, label);
            }
        }
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
  draw_span (cr, style, span, x, y, width, height, ghost, FALSE, label);
}

void
_easel_gantt_draw_axis (cairo_t                *cr,
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

typedef struct
{
  cairo_t                *cr;
  const EaselRenderStyle *style;
  const EaselGantt       *gantt;
  const EaselGanttLayout *layout;
  gboolean                predicted;
} DrawSpans;

static void
draw_span_cb (const EaselSpan *span,
              gpointer         data)
{
  DrawSpans *draw = data;
  g_autofree char *label = NULL;
  double x, y, width, height;

  easel_gantt_layout_bar (draw->layout, draw->gantt, span, draw->predicted, &x, &y, &width, &height);

  if (span->phase == EASEL_PHASE_PAINT && !draw->predicted)
    {
      if (draw->gantt->lanes == EASEL_GANTT_LANES_PAINTING)
        label = g_strdup_printf (_("coat %u"), span->coat + 1);
      else
        label = g_strdup_printf (_("painting %u"), span->painting + 1);
    }

  draw_span (draw->cr, draw->style, span, x, y, width, height, draw->predicted,
             easel_gantt_layout_lane_of (draw->layout, draw->gantt, span) == draw->layout->timer_lane,
             label);
}

/* A right-aligned legend ending at @right, its boxes starting at @y. */
void
_easel_gantt_draw_legend (cairo_t                *cr,
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
  enum { SWATCH_PAINT, SWATCH_CORE_WAIT, SWATCH_GIL_WAIT, SWATCH_SPAN };
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
  EaselRgba first = easel_render_style_get_painting_color (style, 0);
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

      switch (items[i].swatch)
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
          fill_core_wait (cr, first, x, y, box * 1.6, box);
          cairo_new_path (cr);
          cairo_restore (cr);
          break;

        case SWATCH_GIL_WAIT:
          /* As a paint bar shows it: faint, in its frame. */
          draw_gil_wait (cr, first, x, y, box * 1.6, box, MIN (4.0, box / 4));
          break;

        case SWATCH_SPAN:
        default:
          _easel_gantt_draw_span (cr, style, &span, x, y, box * 1.6, box, items[i].ghost, NULL);
          break;
        }

      x -= font * 1.4;
    }

  cairo_restore (cr);
}

static void
draw_marker (cairo_t                *cr,
             const EaselRenderStyle *style,
             const EaselGanttLayout *layout,
             double                  ms,
             EaselRgba               color,
             gboolean                dashed,
             double                  label_y,
             const char             *label)
{
  double x = round (easel_gantt_layout_x (layout, ms)) + 0.5;
  double text_width = easel_render_text_width (cr, style, 0.85, TRUE, label);
  double right = layout->plot_x + layout->plot_width;
  /* Labels sit left of their line, unless there is no room. */
  double align = x - text_width - 6 < layout->plot_x ? 0.0 : 1.0;

  cairo_save (cr);
  easel_cairo_set_rgba (cr, color);
  cairo_set_line_width (cr, 2.0);
  if (dashed)
    cairo_set_dash (cr, (double[]) { 6.0, 4.0 }, 2, 0);
  cairo_move_to (cr, x, label_y);
  cairo_line_to (cr, x, layout->axis_y);
  cairo_stroke (cr);
  cairo_restore (cr);

  if (align == 0.0 && x + 6 + text_width > right + style->font_size)
    align = 1.0;
  easel_render_text (cr, style, 0.85, TRUE, color, align == 1.0 ? x - 6 : x + 6, label_y, align, 0.0, label);
}

static double
now_label_y (const EaselRenderStyle *style,
             const EaselGanttLayout *layout)
{
  return layout->plot_y - style->font_size * 0.9;
}

/* The "now" cursor of a run going on, labelled with its time. */
static void
draw_now (cairo_t                *cr,
          const EaselRenderStyle *style,
          const EaselGanttLayout *layout,
          double                  now_ms)
{
  g_autofree char *seconds = easel_format_seconds (now_ms, 100);

  draw_marker (cr, style, layout, now_ms, style->accent, FALSE, now_label_y (style, layout), seconds);
}

/* The parts of a run going on that move every frame: each span still
 * open, and the "now" cursor with its label. A live view draws each on
 * its own, within these bounds, over the static layer: a frame then
 * redraws a few bars and a thin line, not a band of the whole chart. */

/* Where open span @open_span (an index into gantt->open_spans) is drawn
 * now, in whole pixels. */
void
easel_gantt_open_span_bounds (const EaselGantt       *gantt,
                              const EaselGanttLayout *layout,
                              guint                   open_span,
                              cairo_rectangle_t      *bounds)
{
  double x, y, width, height;

  g_return_if_fail (gantt != NULL && layout != NULL && bounds != NULL);
  g_return_if_fail (open_span < gantt->n_open_spans);

  easel_gantt_layout_bar (layout, gantt, &gantt->open_spans[open_span], FALSE, &x, &y, &width, &height);
  /* Whole pixels around the bar, its label included (it stays inside). */
  bounds->x = floor (x) - 1;
  bounds->y = floor (y) - 1;
  bounds->width = ceil (x + width) + 1 - bounds->x;
  bounds->height = ceil (y + height) + 1 - bounds->y;
}

/* Draws open span @open_span alone, on a clear surface. */
void
easel_gantt_draw_open_span (const EaselGantt       *gantt,
                            const EaselRenderStyle *style,
                            const EaselGanttLayout *layout,
                            guint                   open_span,
                            cairo_t                *cr)
{
  DrawSpans draw = { cr, style, gantt, layout, FALSE };

  g_return_if_fail (gantt != NULL && style != NULL && layout != NULL && cr != NULL);
  g_return_if_fail (open_span < gantt->n_open_spans);

  draw_span_cb (&gantt->open_spans[open_span], &draw);
}

/* Where the "now" cursor is drawn: a band around its @label (which sits
 * left of the line, or right where there is no room) and the top of the
 * line, and the rest of the @line below. The two do not overlap: what
 * is drawn in both would be drawn twice. */
void
easel_gantt_now_bounds (const EaselGantt       *gantt,
                        const EaselRenderStyle *style,
                        const EaselGanttLayout *layout,
                        cairo_rectangle_t      *line,
                        cairo_rectangle_t      *label)
{
  double x;
  double label_y;
  double margin = style->font_size * 7.0;

  g_return_if_fail (gantt != NULL && style != NULL && layout != NULL && line != NULL && label != NULL);

  x = round (easel_gantt_layout_x (layout, MAX (gantt->now_ms, 0.0)));
  label_y = floor (now_label_y (style, layout));
  *label = (cairo_rectangle_t) { floor (x - margin), label_y - 1, ceil (2 * margin), ceil (style->font_size * 1.5) + 2 };
  *line = (cairo_rectangle_t) { x - 2, label->y + label->height, 5, 0 };
  line->height = MAX (ceil (layout->axis_y) + 1 - line->y, 0);
}

/* Draws the "now" cursor of a run going on, on a clear surface. */
void
easel_gantt_draw_now (const EaselGantt       *gantt,
                      const EaselRenderStyle *style,
                      const EaselGanttLayout *layout,
                      cairo_t                *cr)
{
  g_return_if_fail (gantt != NULL && style != NULL && layout != NULL && cr != NULL);

  if (!gantt->finished && gantt->now_ms >= 0)
    draw_now (cr, style, layout, gantt->now_ms);
}

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

/* Lanes: alternate stripes and a label each. */
static void
draw_lanes (const EaselGantt       *gantt,
            const EaselRenderStyle *style,
            cairo_t                *cr,
            const EaselGanttLayout *layout)
{
  const double font = style->font_size;

  for (guint lane = 0; lane < layout->n_lanes; lane++)
    {
      g_autofree char *label = lane_label (gantt, layout, lane);
      double y = layout->plot_y + lane * layout->lane_height;

      if (lane % 2 == 0)
        {
          easel_cairo_set_rgba_alpha (cr, style->grid, 0.5);
          cairo_rectangle (cr, layout->plot_x, y, layout->plot_width, layout->lane_height);
          cairo_fill (cr);
        }

      if (layout->lane_height >= font)
        easel_render_text (cr, style, 1.0, FALSE, style->foreground,
                           layout->plot_x - font * 0.8, y + layout->lane_height / 2, 1.0, 0.5, label);
    }
}

/* The makespans: predicted on the upper label row, measured below. */
static void
draw_makespans (const EaselGantt       *gantt,
                const EaselRenderStyle *style,
                cairo_t                *cr,
                const EaselGanttLayout *layout)
{
  const double font = style->font_size;
  EaselRunOthers others;
  gboolean busy = gantt_others (gantt, &others);

  /* Beside other programs, the prediction on the cores they left free
   * too: a dotted line in the prediction's colour, named in the same
   * label, "predicted 3.50 s on 2 cores · 4.84 s on the 1.05 left free"
   * (two labels side by side ran into each other). */
  if (busy)
    {
      double x = round (easel_gantt_layout_x (layout, others.predicted_free_ms)) + 0.5;

      cairo_save (cr);
      easel_cairo_set_rgba (cr, style->predicted);
      cairo_set_line_width (cr, 2.0);
      cairo_set_dash (cr, (double[]) { 2.0, 3.0 }, 2, 0);
      cairo_move_to (cr, x, layout->plot_y - font * 0.9);
      cairo_line_to (cr, x, layout->axis_y);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  if (gantt->predicted != NULL)
    {
      g_autofree char *seconds = easel_format_seconds (easel_trace_get_makespan (gantt->predicted), 10);
      g_autofree char *cores = easel_cores_format (easel_trace_get_cores (gantt->predicted));
      g_autofree char *label = NULL;

      if (busy)
        {
          g_autofree char *free_seconds = easel_format_seconds (others.predicted_free_ms, 10);
          g_autofree char *free_cores = easel_cores_format (others.free_cores);

          /* Translators: the predicted makespan's marker beside other
           * programs, "predicted 3.50 s on 2 cores · 4.84 s on the 1.05
           * left free" */
          label = g_strdup_printf (_("predicted %s on %s cores · %s on the %s left free"),
                                   seconds, cores, free_seconds, free_cores);
        }
      else
        {
          label = g_strdup_printf (_("predicted %s"), seconds);
        }

      draw_marker (cr, style, layout, easel_trace_get_makespan (gantt->predicted), style->predicted,
                   TRUE, layout->plot_y - font * 1.75, label);
    }

  if (gantt->finished && gantt->trace != NULL)
    {
      g_autofree char *seconds = easel_format_seconds (easel_trace_get_makespan (gantt->trace), 10);
      g_autofree char *label = easel_trace_is_stopped (gantt->trace) ?
        /* Translators: the marker of a run stopped after "1.2 s" */
        g_strdup_printf (_("stopped %s"), seconds) :
        g_strdup_printf (_("measured %s"), seconds);

      draw_marker (cr, style, layout, easel_trace_get_makespan (gantt->trace), style->accent,
                   FALSE, layout->plot_y - font * 0.9, label);
    }
}

void
easel_gantt_draw (const EaselGantt       *gantt,
                  const EaselRenderStyle *style,
                  cairo_t                *cr,
                  double                  width,
                  double                  height)
{
  EaselGanttLayout layout;
  DrawSpans draw = { cr, style, gantt, &layout, FALSE };
  const double font = style->font_size;

  g_return_if_fail (gantt != NULL && style != NULL && cr != NULL);

  if (gantt->layout != NULL)
    layout = *gantt->layout;
  else
    easel_gantt_compute_layout (gantt, style, width, height, &layout);

  cairo_save (cr);

  if (gantt->layer == EASEL_GANTT_LAYER_STRIP)
    {
      if (layout.n_strip_rows > 0)
        _easel_gantt_draw_strip (gantt, style, cr, &layout, FALSE, TRUE);
      cairo_restore (cr);
      return;
    }

  easel_cairo_set_rgba (cr, style->background);
  cairo_paint (cr);

  if (gantt->trace == NULL && gantt->predicted == NULL)
    {
      easel_render_text (cr, style, 1.0, FALSE, style->dim, width / 2, height / 2, 0.5, 0.5,
                         _("Press Run to start painting"));
      cairo_restore (cr);
      return;
    }

  /* Which mode this is, left of the legend: in Run All the chart shows
   * one mode after another, and a figure is shown on its own. */
  {
    EaselTrace *any = gantt->trace != NULL ? gantt->trace : gantt->predicted;
    const char *title = easel_mode_get_title (easel_trace_get_mode (any));
    double pad = round (font * 0.8);
    double box = round (font * 1.1);
    double title_width = easel_render_text_width (cr, style, 1.0, TRUE, title);

    easel_render_text (cr, style, 1.0, TRUE, style->foreground, pad, layout.legend_y + box / 2, 0.0, 0.5, title);
    _easel_gantt_draw_legend (cr, style, gantt->show_predicted && gantt->predicted != NULL,
                              easel_gantt_shows_core_waits (gantt, &layout),
                              gantt->trace != NULL && easel_trace_get_mode (gantt->trace) == EASEL_MODE_GIL,
                              width - pad, layout.legend_y, MAX (width - 3 * pad - title_width - font, font));
  }

  draw_lanes (gantt, style, cr, &layout);

  _easel_gantt_draw_axis (cr, style, layout.plot_x, layout.plot_y, layout.axis_y,
                          layout.plot_width, layout.max_ms, layout.tick_ms);

  if (gantt->show_predicted && gantt->predicted != NULL)
    {
      draw.predicted = TRUE;
      for_each_span (gantt, TRUE, draw_span_cb, &draw);
      draw.predicted = FALSE;
    }
  for_each_span (gantt, FALSE, draw_span_cb, &draw);

  draw_makespans (gantt, style, cr, &layout);

  /* During a run, the strip's samples are a layer of their own. */
  if (layout.n_strip_rows > 0)
    _easel_gantt_draw_strip (gantt, style, cr, &layout, TRUE,
                             !(gantt->layer == EASEL_GANTT_LAYER_STATIC && !gantt->finished));

  if (layout.notice)
    {
      g_autofree char *notice = dup_notice (gantt);
      double y = layout.n_strip_rows > 0 ? layout.machine_y + layout.machine_height + font * 0.5
                                         : layout.axis_y + font * 1.9;

      /* On the chart it concerns, as large as its labels. */
      easel_render_text_wrapped (cr, style, 1.0, TRUE, style->foreground, layout.plot_x, y,
                                 layout.plot_width + round (font * 0.8), notice);
    }
  else if (gantt->now_ms >= 0 && gantt->layer == EASEL_GANTT_LAYER_ALL)
    {
      draw_now (cr, style, &layout, gantt->now_ms);
    }

  cairo_restore (cr);
}

typedef struct
{
  const EaselGantt       *gantt;
  const EaselGanttLayout *layout;
  gboolean                predicted;
  double                  x;
  double                  y;
  const EaselSpan        *hit;
} HitTest;

static void
hit_test_cb (const EaselSpan *span,
             gpointer         data)
{
  HitTest *test = data;
  double x, y, width, height;

  easel_gantt_layout_bar (test->layout, test->gantt, span, test->predicted, &x, &y, &width, &height);

  /* Later bars are drawn on top: the last one under the pointer wins. */
  if (test->x >= x && test->x <= x + MAX (width, 4.0) && test->y >= y && test->y <= y + height)
    test->hit = span;
}

/* The span under (@x, @y): measured bars first, then the ghosts. */
gboolean
easel_gantt_hit_test (const EaselGantt       *gantt,
                      const EaselRenderStyle *style,
                      double                  width,
                      double                  height,
                      double                  x,
                      double                  y,
                      EaselSpan              *span,
                      gboolean               *predicted)
{
  EaselGanttLayout layout;
  HitTest test = { gantt, &layout, FALSE, x, y, NULL };

  g_return_val_if_fail (gantt != NULL && style != NULL && span != NULL, FALSE);

  if (gantt->trace == NULL && gantt->predicted == NULL)
    return FALSE;

  easel_gantt_compute_layout (gantt, style, width, height, &layout);

  for_each_span (gantt, FALSE, hit_test_cb, &test);
  if (test.hit == NULL && gantt->show_predicted && gantt->predicted != NULL)
    {
      test.predicted = TRUE;
      for_each_span (gantt, TRUE, hit_test_cb, &test);
    }

  if (test.hit == NULL)
    return FALSE;

  *span = *test.hit;
  if (!test.predicted)
    span->end_ms = span_end (gantt, test.hit);
  if (predicted != NULL)
    *predicted = test.predicted;

  return TRUE;
}

/* The chart in words, for screen readers. */
static int
compare_span_start (gconstpointer a,
                    gconstpointer b)
{
  const EaselSpan *sa = *(const EaselSpan **) a;
  const EaselSpan *sb = *(const EaselSpan **) b;

  return (sa->start_ms > sb->start_ms) - (sa->start_ms < sb->start_ms);
}

/* Each painting's story: "Painting 1: painted 0.0–0.5 s (0.1 s of it
 * waiting for a core), dried 0.5–1.5 s, …". */
static void
describe_paintings (GString    *text,
                    EaselTrace *trace)
{
  guint n_spans;
  const EaselSpan *spans = easel_trace_get_spans (trace, &n_spans);

  for (guint painting = 0; painting < easel_trace_get_workload (trace)->paintings; painting++)
    {
      g_autoptr(GPtrArray) own = g_ptr_array_new ();

      for (guint i = 0; i < n_spans; i++)
        if (spans[i].painting == painting && spans[i].phase != EASEL_PHASE_WAIT)
          g_ptr_array_add (own, (gpointer) &spans[i]);
      if (own->len == 0)
        continue;
      g_ptr_array_sort (own, compare_span_start);

      g_string_append_c (text, ' ');
      /* Translators: the start of a painting's story, "Painting 2:" */
      g_string_append_printf (text, _("Painting %u:"), painting + 1);
      for (guint i = 0; i < own->len; i++)
        {
          const EaselSpan *span = g_ptr_array_index (own, i);

          g_string_append (text, i == 0 ? " " : ", ");
          if (span->phase == EASEL_PHASE_DRY)
            /* Translators: "dried 0.5–1.5 s" */
            g_string_append_printf (text, _("dried %.1f–%.1f s"), span->start_ms / 1000, span->end_ms / 1000);
          else if (span->waiting_ms >= 50.0)
            /* Translators: "painted 0.0–0.5 s (0.1 s of it waiting for a core)" */
            g_string_append_printf (text, _("painted %.1f–%.1f s (%.1f s of it waiting for a core)"),
                                    span->start_ms / 1000, span->end_ms / 1000, span->waiting_ms / 1000);
          else
            /* Translators: "painted 0.0–0.5 s" */
            g_string_append_printf (text, _("painted %.1f–%.1f s"), span->start_ms / 1000, span->end_ms / 1000);
        }
      g_string_append_c (text, '.');
    }
}

/* The strip in words: each core's mean load over the run, and the run's
 * own share of the machine. */
static void
describe_strip (GString    *text,
                EaselTrace *trace)
{
  const double *loads, *run_cores;
  guint n_samples, n_cores;
  double machine = 0.0;
  double run = 0.0;

  loads = easel_trace_get_core_load (trace, &n_samples, &n_cores, NULL, &run_cores);
  if (loads == NULL)
    return;

  g_string_append_c (text, ' ');
  g_string_append (text, _("Load of each core during the run:"));
  for (guint core = 0; core < n_cores; core++)
    {
      double sum = 0.0;

      for (guint i = 0; i < n_samples; i++)
        sum += loads[i * n_cores + core];
      machine += sum / n_samples;
      g_string_append (text, core == 0 ? " " : ", ");
      /* Translators: in the list of cores' loads, "CPU 1 48 %" */
      g_string_append_printf (text, _("CPU %u %.0f %%"), core, 100.0 * sum / n_samples);
    }
  for (guint i = 0; i < n_samples; i++)
    run += run_cores[i] / n_samples;

  g_string_append (text, "; ");
  /* Translators: "50 % of the machine, of which the run's own threads 0.45 cores busy." */
  g_string_append_printf (text, _("%.0f %% of the machine, of which the run’s own threads %.2f cores busy."),
                          100.0 * machine / n_cores, run);
}

char *
easel_gantt_describe (const EaselGantt *gantt)
{
  EaselTrace *trace = gantt->trace ? gantt->trace : gantt->predicted;
  const EaselWorkload *workload;
  GString *text;

  g_return_val_if_fail (gantt != NULL, NULL);

  if (trace == NULL)
    return g_strdup (_("No run yet."));

  workload = easel_trace_get_workload (trace);
  text = g_string_new (NULL);

  {
    g_autofree char *paintings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u painting", "%u paintings",
                                                               workload->paintings), workload->paintings);
    g_autofree char *coats = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u coat", "%u coats", workload->coats),
                                              workload->coats);

    g_string_append_printf (text,
                            /* Translators: "Asynchronous: 3 paintings, 2 coats each, 500 ms of painting and 1000 ms
                             * of drying per coat."; the first %s is the mode, then "3 paintings" and "2 coats" */
                            _("%s: %s, %s each, %u ms of painting and %u ms of drying per coat."),
                            easel_mode_get_title (easel_trace_get_mode (trace)),
                            paintings, coats, workload->paint_ms, workload->dry_ms);
  }

  if (gantt->trace != NULL && gantt->finished && easel_trace_is_stopped (gantt->trace))
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Stopped after %.2f seconds."),
                              easel_trace_get_makespan (gantt->trace) / 1000.0);
    }
  else if (gantt->trace != NULL && gantt->finished)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Finished in %.2f seconds."),
                              easel_trace_get_makespan (gantt->trace) / 1000.0);
    }
  else if (gantt->trace != NULL && gantt->now_ms >= 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Running for %.1f seconds so far."), gantt->now_ms / 1000.0);
    }

  if (gantt->predicted != NULL)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Predicted: %.2f seconds."),
                              easel_trace_get_makespan (gantt->predicted) / 1000.0);
    }

  if (gantt->finished && gantt->trace != NULL)
    {
      g_autofree char *notice = dup_notice (gantt);

      if (notice != NULL)
        g_string_append_printf (text, " %s.", notice);

      describe_paintings (text, gantt->trace);
      describe_strip (text, gantt->trace);
    }

  return g_string_free (text, FALSE);
}
