/* easel-gantt.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "easel-render-style.h"
#include "easel-trace.h"

G_BEGIN_DECLS

typedef enum
{
  EASEL_GANTT_LANES_PAINTING,
  EASEL_GANTT_LANES_THREAD,
} EaselGanttLanes;

/* A live view draws the chart in layers: what changes only when a span
 * ends (kept as a picture), the load strip (a few times a second), and
 * the parts that move every frame, each on its own (see
 * easel_gantt_draw_open_span() and easel_gantt_draw_now()). */
typedef enum
{
  EASEL_GANTT_LAYER_ALL,
  /* Background, the mode's title, legend, lanes, axis, the prediction,
   * finished spans, the makespan markers and the load strip's rows. */
  EASEL_GANTT_LAYER_STATIC,
  /* During a run, the load strip's samples so far, on a clear surface
   * (the static layer has the strip's rows and labels). */
  EASEL_GANTT_LAYER_STRIP,
} EaselGanttLayer;

/* What to draw: a measured trace (growing during a run), the spans that
 * have started but not ended, and the prediction to compare with. */
typedef struct
{
  EaselTrace      *trace;
  EaselTrace      *predicted;
  const EaselSpan *open_spans;
  guint            n_open_spans;
  /* The "now" cursor during a run; negative for none. */
  double           now_ms;
  EaselGanttLanes  lanes;
  gboolean         show_predicted;
  /* The run has ended: its makespan is final. */
  gboolean         finished;
  /* Someone's guess of the makespan before the run, marked beside the
   * measured and predicted ones; 0 for none. */
  double           guess_ms;
  EaselGanttLayer  layer;
  /* The layout, where the caller computed it already for this size and
   * style (a live view does, every frame); NULL to compute it. */
  const struct _EaselGanttLayout *layout;
} EaselGantt;

/* Where things are: the time axis and the lanes. */
typedef struct _EaselGanttLayout
{
  double plot_x;
  double plot_y;
  double plot_width;
  double plot_height;
  double max_ms;
  double tick_ms;
  guint  n_lanes;
  /* In thread lanes: the lane of thread -1 (timers), or -1. */
  int    timer_lane;
  double lane_height;
  /* The thickest a measured bar gets. */
  double bar_limit;
  /* The legend, right of the mode's title: as wide as it may be, and as
   * high as it wraps to. */
  double legend_y;
  double legend_width;
  double legend_height;
  /* A makespan label's line: two of them stand above the plot (three
   * with a guess). */
  double label_height;
  /* Whether a wait for a core shows, a pixel wide at least (and the
   * legend names it). */
  gboolean core_waits;
  double axis_y;
  /* Whether a note under the axis says what other programs changed, and
   * its height (it wraps). */
  gboolean notice;
  double   notice_height;
  /* The load strip under the axis: n_strip_rows rows of cores_per_row
   * cores each, then the machine's row; no strip when n_strip_rows is 0. */
  guint    n_strip_rows;
  guint    cores_per_row;
  double   strip_y;
  double   strip_row_height;
  double   machine_y;
  double   machine_height;
} EaselGanttLayout;

void     easel_gantt_compute_layout (const EaselGantt       *gantt,
                                     const EaselRenderStyle *style,
                                     double                  width,
                                     double                  height,
                                     EaselGanttLayout       *layout);
double   easel_gantt_layout_x       (const EaselGanttLayout *layout,
                                     double                  ms);
int      easel_gantt_layout_lane_of (const EaselGanttLayout *layout,
                                     const EaselGantt       *gantt,
                                     const EaselSpan        *span);
void     easel_gantt_layout_bar     (const EaselGanttLayout *layout,
                                     const EaselGantt       *gantt,
                                     const EaselSpan        *span,
                                     gboolean                predicted,
                                     double                 *x,
                                     double                 *y,
                                     double                 *width,
                                     double                 *height);
gboolean easel_gantt_shows_core_waits (const EaselGantt       *gantt,
                                       const EaselGanttLayout *layout);
void     easel_gantt_open_span_bounds (const EaselGantt       *gantt,
                                       const EaselGanttLayout *layout,
                                       guint                   open_span,
                                       cairo_rectangle_t      *bounds);
void     easel_gantt_draw_open_span (const EaselGantt       *gantt,
                                     const EaselRenderStyle *style,
                                     const EaselGanttLayout *layout,
                                     guint                   open_span,
                                     cairo_t                *cr);
void     easel_gantt_now_bounds     (const EaselGantt       *gantt,
                                     const EaselRenderStyle *style,
                                     const EaselGanttLayout *layout,
                                     cairo_rectangle_t      *line,
                                     cairo_rectangle_t      *label);
void     easel_gantt_draw_now       (const EaselGantt       *gantt,
                                     const EaselRenderStyle *style,
                                     const EaselGanttLayout *layout,
                                     cairo_t                *cr);
void     easel_gantt_draw           (const EaselGantt       *gantt,
                                     const EaselRenderStyle *style,
                                     cairo_t                *cr,
                                     double                  width,
                                     double                  height);
gboolean easel_gantt_hit_test       (const EaselGantt       *gantt,
                                     const EaselRenderStyle *style,
                                     double                  width,
                                     double                  height,
                                     double                  x,
                                     double                  y,
                                     EaselSpan              *span,
                                     gboolean               *predicted);
char    *easel_gantt_describe       (const EaselGantt       *gantt);
G_END_DECLS
