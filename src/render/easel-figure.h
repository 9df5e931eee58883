/* easel-figure.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "easel-render-style.h"
#include "easel-scaling.h"
#include "easel-series.h"

G_BEGIN_DECLS

void easel_figure_draw (const EaselRunResult         *results,
                        guint                         n_results,
                        const EaselScalingPrediction *scaling,
                        const EaselRenderStyle       *style,
                        cairo_t                      *cr,
                        double                        width,
                        double                        height);

/* What an export draws: finished runs (as a curve with @scaling), in
 * @style fitted to each size it is drawn at. */
typedef struct
{
  const EaselRunResult         *results;
  guint                         n_results;
  const EaselScalingPrediction *scaling;
  EaselRenderStyle             *style;
} EaselFigure;

void easel_figure_draw_cb (cairo_t *cr,
                           double   width,
                           double   height,
                           gpointer figure);

G_END_DECLS
