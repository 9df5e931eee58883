/* easel-load-plot.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "easel-cpu-ledger.h"
#include "easel-render-style.h"

G_BEGIN_DECLS

/* Above this many cores the plot becomes a grid of small graphs. */
#define EASEL_LOAD_PLOT_MAX_LINES 16

/* What the load plot shows: the last minute of loads (0…1) of every core
 * and of the machine, oldest first, and where the hammer's workers are. */
typedef struct
{
  guint         n_cores;
  guint         n_samples;
  /* (n_cores + 1) series of n_samples: core 0, core 1, …, the total. */
  const double *loads;
  guint         interval_ms;
  /* The core each hammer thread is on now (-1: unknown). */
  const int    *hammer_cores;
  guint         n_hammer;
  /* How much time the width shows; 0 for the usual minute. */
  guint         span_ms;
  /* n_samples splits of the machine's load, in cores busy (or NULL):
   * then the machine's line is the cores busy over the usable cores,
   * with the work, Easel and other programs stacked under it. */
  const EaselCpuSplit *splits;
  /* The cores this process may use (0: n_cores), and per core whether
   * it may use it (NULL: all); the others are drawn dimmed. */
  double        usable_cores;
  const guint8 *core_usable;
  /* What the work is called in the legend ("hammer", "paintings"), and
   * at the head of a sentence ("The hammer"; NULL: as the legend). */
  const char   *work_label;
  const char   *work_title;
  /* Someone's guess of the machine's load (0…1) before the hammer ran,
   * drawn beside what it did; 0 for none. */
  double        guess;
} EaselLoadPlot;

/* Where the plot area is, for tests and hit-testing. */
typedef struct
{
  gboolean grid;
  guint    columns;
  guint    rows;
  double   plot_x;
  double   plot_y;
  double   plot_width;
  double   plot_height;
} EaselLoadPlotLayout;

void      easel_load_plot_compute_layout (const EaselLoadPlot     *plot,
                                          const EaselRenderStyle  *style,
                                          double                   width,
                                          double                   height,
                                          EaselLoadPlotLayout     *layout);
void      easel_load_plot_draw_frame     (const EaselLoadPlot     *plot,
                                          const EaselRenderStyle  *style,
                                          cairo_t                 *cr,
                                          double                   width,
                                          double                   height);
void      easel_load_plot_draw_data      (const EaselLoadPlot     *plot,
                                          const EaselRenderStyle  *style,
                                          cairo_t                 *cr,
                                          double                   width,
                                          double                   height);
void      easel_load_plot_draw           (const EaselLoadPlot     *plot,
                                          const EaselRenderStyle  *style,
                                          cairo_t                 *cr,
                                          double                   width,
                                          double                   height);
EaselRgba easel_load_plot_core_color     (const EaselRenderStyle  *style,
                                          guint                    core,
                                          guint                    n_cores);
char     *easel_load_plot_describe       (const EaselLoadPlot     *plot);
char     *easel_load_plot_headline       (const EaselCpuSplit     *split,
                                          double                   usable_cores,
                                          const char              *work_label,
                                          char                   **detail);
char     *easel_load_plot_work_headline  (const EaselCpuSplit     *split,
                                          double                   usable_cores,
                                          const char              *work_title,
                                          const char              *work_label,
                                          char                   **whole,
                                          char                   **scales);
char     *easel_load_plot_dup_others_note (const EaselCpuSplit    *split,
                                          double                  usable_cores,
                                          const char             *work_name);
double    easel_load_plot_get_usable     (const EaselLoadPlot     *plot);

void      easel_load_plot_draw_bars      (const EaselLoadPlot     *plot,
                                          const EaselRenderStyle  *style,
                                          cairo_t                 *cr,
                                          double                   width,
                                          double                   height);

G_END_DECLS
