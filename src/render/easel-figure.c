/* easel-figure.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finished runs as a figure, the one way an export, the command line and
 * the handout draw them: one run is its timeline beside the prediction,
 * several are the comparison, and the points of a scaling curve (with
 * @scaling, the curve's prediction) are that curve.
 */

#include "config.h"

#include "easel-comparison.h"
#include "easel-figure.h"
#include "easel-gantt.h"
#include "easel-scaling-chart.h"

void
easel_figure_draw (const EaselRunResult         *results,
                   guint                         n_results,
                   const EaselScalingPrediction *scaling,
                   const EaselRenderStyle       *style,
                   cairo_t                      *cr,
                   double                        width,
                   double                        height)
{
  g_return_if_fail (results != NULL && n_results > 0);

  if (scaling != NULL)
    easel_scaling_draw (scaling, results, n_results, NULL, style, cr, width, height);
  else if (n_results == 1)
    {
      EaselGantt gantt = {
        .trace = results[0].measured,
        .predicted = results[0].predicted,
        .now_ms = -1,
        .lanes = EASEL_GANTT_LANES_PAINTING,
        .show_predicted = results[0].predicted != NULL,
        .finished = TRUE,
      };

      easel_gantt_draw (&gantt, style, cr, width, height);
    }
  else
    {
      easel_comparison_draw (results, n_results, style, cr, width, height);
    }
}

/* An EaselDrawFunc for the exports: draws the EaselFigure @figure at
 * @width × @height, its style fitted to that size. */
void
easel_figure_draw_cb (cairo_t *cr,
                      double   width,
                      double   height,
                      gpointer figure)
{
  EaselFigure *self = figure;

  g_return_if_fail (self != NULL && self->style != NULL);

  easel_render_style_fit_to_size (self->style, width, height);
  easel_figure_draw (self->results, self->n_results, self->scaling, self->style, cr, width, height);
}
