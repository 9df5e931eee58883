/* easel-scaling-chart.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "easel-render-style.h"
#include "easel-scaling.h"

G_BEGIN_DECLS

typedef struct
{
  /* The plot area. */
  double x;
  double y;
  double width;
  double height;
  guint  max_workers;
  double max_speedup;
  double legend_y;
} EaselScalingLayout;

void   easel_scaling_compute_layout (const EaselScalingPrediction *prediction,
                                     const EaselRunResult         *results,
                                     guint                         n_results,
                                     const EaselRenderStyle       *style,
                                     cairo_t                      *cr,
                                     double                        width,
                                     double                        height,
                                     EaselScalingLayout           *layout);
double easel_scaling_layout_x       (const EaselScalingLayout     *layout,
                                     double                        workers);
double easel_scaling_layout_y       (const EaselScalingLayout     *layout,
                                     double                        speedup);

/* Someone's guess of the speed-up at some workers, drawn beside the
 * curve; workers 0 for none. */
typedef struct
{
  guint  workers;
  double speedup;
} EaselScalingGuess;

void  easel_scaling_draw     (const EaselScalingPrediction *prediction,
                              const EaselRunResult         *results,
                              guint                         n_results,
                              const EaselScalingGuess      *guess,
                              const EaselRenderStyle       *style,
                              cairo_t                      *cr,
                              double                        width,
                              double                        height);
char *easel_scaling_dup_note (const EaselRunResult         *results,
                              guint                         n_results);
char *easel_scaling_describe (const EaselScalingPrediction *prediction,
                              const EaselRunResult         *results,
                              guint                         n_results);

G_END_DECLS
