/* easel-gantt-layout.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the timeline's parts go: its lanes (by painting or by thread,
 * the timers stacked), the axis's reach, the load strip's rows and the
 * note under the axis, and each bar's rectangle.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "easel-chart-kit.h"
#include "easel-comparison.h"
#include "easel-cores.h"
#include "easel-gantt-private.h"

void
_easel_gantt_for_each_span (const EaselGantt *gantt,
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

double
_easel_gantt_span_end (const EaselGantt *gantt,
                       const EaselSpan  *span)
{
  /* A span still going on ends now. */
  if (span->end_ms <= span->start_ms && gantt->now_ms > span->start_ms)
    return gantt->now_ms;

  return span->end_ms;
}

char *
_easel_gantt_dup_lane_label (const EaselGantt       *gantt,
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
  double share;

  if (n_cores == 0)
    return 0.0;

  layout->cores_per_row = (n_cores + 15) / 16;
  layout->n_strip_rows = (n_cores + layout->cores_per_row - 1) / layout->cores_per_row;
  layout->strip_row_height = font * (layout->n_strip_rows <= 4 ? 0.9 : 0.45);
  /* Presenting, a few rows are the evidence the room reads: as tall as
   * their labels and more. */
  if (layout->n_strip_rows <= 4)
    layout->strip_row_height = MAX (layout->strip_row_height, style->min_text_size * 1.6);
  /* Presenting, the machine's row as tall as a core's: room for the
   * lanes. */
  layout->machine_height = easel_render_style_is_presenting (style) ? layout->strip_row_height : font * 1.5;
  height = layout->n_strip_rows * layout->strip_row_height + font * 0.3 + layout->machine_height;

  /* At most a third of the chart (presenting, half: the rows are what
   * the room reads): thinner rows on a small one. */
  share = easel_render_style_is_presenting (style) ? 0.5 : 1.0 / 3.0;
  if (height > available * share)
    {
      double scale = available * share / height;

      layout->strip_row_height *= scale;
      layout->machine_height *= scale;
      height = available * share;
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
      _easel_gantt_for_each_span (&whole, FALSE, scan_thread_cb, &scan);
      if (gantt->show_predicted)
        _easel_gantt_for_each_span (&whole, TRUE, scan_thread_cb, &scan);
      layout->n_lanes = MAX (scan.max_thread + 1, 1);
      if (scan.has_timer)
        layout->timer_lane = layout->n_lanes++;
    }
  layout->n_lanes = MAX (layout->n_lanes, 1);
}

/* What other programs did to a finished run's figures, where they took
 * enough to matter. */
gboolean
_easel_gantt_get_others (const EaselGantt *gantt,
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
char *
_easel_gantt_dup_notice (const EaselGantt *gantt)
{
  EaselRunResult row;

  if (!gantt->finished || gantt->trace == NULL || easel_trace_is_stopped (gantt->trace))
    return NULL;

  row = (EaselRunResult) { gantt->trace, gantt->predicted };

  return easel_run_results_dup_others_note (&row, 1);
}

/* How far the axis reaches, in ms: the longer of the run so far and the
 * prediction (and the prediction on the cores other programs left free);
 * a run slower than predicted stretches it in steps of a tenth, not every
 * frame: the static layer is redrawn only then. */
static double
axis_reach (const EaselGantt *gantt)
{
  EaselRunOthers others;
  double max_ms = 0.0;

  if (gantt->trace != NULL)
    max_ms = easel_trace_get_makespan (gantt->trace);
  if (gantt->predicted != NULL)
    max_ms = MAX (max_ms, easel_trace_get_makespan (gantt->predicted));
  if (_easel_gantt_get_others (gantt, &others))
    max_ms = MAX (max_ms, others.predicted_free_ms);
  max_ms = MAX (max_ms, gantt->guess_ms);
  max_ms = MAX (max_ms, 100.0);

  if (!gantt->finished)
    {
      double live_ms = MAX (gantt->now_ms, 0.0);

      for (guint i = 0; i < gantt->n_open_spans; i++)
        live_ms = MAX (live_ms, _easel_gantt_span_end (gantt, &gantt->open_spans[i]));
      if (live_ms > max_ms)
        max_ms *= ceil (live_ms / max_ms * 10.0) / 10.0;
    }

  return max_ms;
}

/* The legend's room, right of the mode's title: it wraps rather than
 * shrinks. */
static void
layout_legend (const EaselGantt       *gantt,
               const EaselRenderStyle *style,
               cairo_t                *cr,
               double                  width,
               EaselGanttLayout       *layout)
{
  const double font = style->font_size;
  double pad = round (font * 0.8);
  EaselTrace *any = gantt->trace != NULL ? gantt->trace : gantt->predicted;
  double title_width = 0.0;

  if (any != NULL)
    title_width = easel_render_text_width (cr, style, 1.0, TRUE, easel_mode_get_title (easel_trace_get_mode (any)));
  layout->legend_width = MAX (width - 3 * pad - title_width - font, font);
  layout->core_waits = _easel_gantt_trace_shows_core_waits (gantt->trace,
                                                            layout->plot_width / MAX (layout->max_ms, 1e-3));
  layout->legend_height = _easel_chart_legend_height (cr, style, gantt->show_predicted && gantt->predicted != NULL,
                                                      layout->core_waits,
                                                      gantt->trace != NULL &&
                                                      easel_trace_get_mode (gantt->trace) == EASEL_MODE_GIL,
                                                      layout->legend_width);
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
  double strip;

  g_return_if_fail (gantt != NULL && style != NULL && layout != NULL);

  memset (layout, 0, sizeof *layout);
  count_lanes (gantt, layout);

  for (guint lane = 0; lane < layout->n_lanes; lane++)
    {
      g_autofree char *label = _easel_gantt_dup_lane_label (gantt, layout, lane);

      gutter = MAX (gutter, easel_render_text_width (cr, style, 1.0, FALSE, label));
    }
  if (strip_cores (gantt) > 0)
    gutter = MAX (gutter, easel_render_text_width (cr, style, 0.75, FALSE, _("All cores")));

  /* A run whose figures other programs changed says so under the axis,
   * as large as the chart's labels, wrapped to the plot's width. */
  {
    g_autofree char *notice = _easel_gantt_dup_notice (gantt);

    layout->notice = notice != NULL;
    if (notice != NULL)
      layout->notice_height = easel_render_text_wrapped_height (cr, style, 1.0, TRUE,
                                                                MAX (width - (pad + gutter + pad) - pad, 1.0), notice);
  }

  layout->max_ms = axis_reach (gantt) * 1.04;

  layout->legend_y = pad;
  layout->plot_x = pad + gutter + pad;
  layout->plot_width = MAX (width - layout->plot_x - pad * 2, 1.0);
  layout_legend (gantt, style, cr, width, layout);
  layout->label_height = ceil (easel_render_text_wrapped_height (cr, style, 0.85, TRUE, width, "Ég"));
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);

  /* The legend, then two rows for the makespan labels. */
  layout->plot_y = pad + layout->legend_height + font * 0.3 + (gantt->guess_ms > 0 ? 3 : 2) * layout->label_height + 2.0;
  /* Presenting on a small chart, the note of what other programs changed
   * would take the lanes' room, down to nothing: the slide says it in
   * words beside the chart (and the description keeps it), and the chart
   * keeps its bars. */
  if (layout->notice && easel_render_style_is_presenting (style) &&
      layout->notice_height + font * 0.5 > (height - layout->plot_y - pad - font * 2.0) / 3)
    layout->notice = FALSE;
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

  layout->tick_ms = _easel_chart_pick_tick (layout->max_ms, layout->plot_width, font * 5.5);
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

      timer.end_ms = scan->predicted ? span->end_ms : _easel_gantt_span_end (scan->gantt, span);
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
  _easel_gantt_for_each_span (&whole, predicted, collect_timer_cb, &scan);
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
  double x1 = easel_gantt_layout_x (layout, predicted ? span->end_ms : _easel_gantt_span_end (gantt, span));

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
