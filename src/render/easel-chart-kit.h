/* easel-chart-kit.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every chart of the render layer draws with; not for use outside
 * it (and its tests).
 */

#pragma once

#include "easel-render-style.h"

G_BEGIN_DECLS

double
_easel_chart_pick_tick (double max_ms,
                        double width,
                        double min_spacing);

void
_easel_chart_draw_time_axis (cairo_t                *cr,
                             const EaselRenderStyle *style,
                             double                  x,
                             double                  top,
                             double                  bottom,
                             double                  width,
                             double                  max_ms,
                             double                  tick_ms);

double
_easel_chart_legend_height (cairo_t                *cr,
                            const EaselRenderStyle *style,
                            gboolean                with_predicted,
                            gboolean                with_core_waits,
                            gboolean                with_gil_waits,
                            double                  max_width);
double
_easel_chart_draw_legend (cairo_t                *cr,
                          const EaselRenderStyle *style,
                          gboolean                with_predicted,
                          gboolean                with_core_waits,
                          gboolean                with_gil_waits,
                          double                  right,
                          double                  y,
                          double                  max_width);

G_END_DECLS
