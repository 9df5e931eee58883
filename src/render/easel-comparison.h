/* easel-comparison.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "easel-render-style.h"
#include "easel-series.h"

G_BEGIN_DECLS

typedef struct
{
  double makespan_ms;
  double predicted_ms;
  double speedup;
  double cpu_cores;
} EaselComparisonFigures;

void  easel_comparison_figures  (const EaselRunResult   *rows,
                                 guint                   n_rows,
                                 guint                   row,
                                 EaselComparisonFigures *figures);
void  easel_comparison_draw     (const EaselRunResult   *rows,
                                 guint                   n_rows,
                                 const EaselRenderStyle *style,
                                 cairo_t                *cr,
                                 double                  width,
                                 double                  height);
char *easel_comparison_describe (const EaselRunResult   *rows,
                                 guint                   n_rows);
char *easel_run_results_dup_others_note (const EaselRunResult *rows,
                                         guint                 n_rows);
gboolean easel_comparison_row_is_distorted (const EaselRunResult *rows,
                                            guint                 n_rows,
                                            guint                 row);

G_END_DECLS
