/* easel-scaling-view.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "easel-scaling-chart.h"

G_BEGIN_DECLS

#define EASEL_TYPE_SCALING_VIEW (easel_scaling_view_get_type())

G_DECLARE_FINAL_TYPE (EaselScalingView, easel_scaling_view, EASEL, SCALING_VIEW, GtkWidget)

GtkWidget                    *easel_scaling_view_new             (void);
void                          easel_scaling_view_set_record      (EaselScalingView         *self,
                                                                  EaselRecord              *record);
EaselRecord                  *easel_scaling_view_get_record      (EaselScalingView         *self);
const EaselScalingPrediction *easel_scaling_view_get_prediction  (EaselScalingView         *self);
char                         *easel_scaling_view_dup_description (EaselScalingView         *self);
void                          easel_scaling_view_set_guess       (EaselScalingView         *self,
                                                                  guint                     workers,
                                                                  double                    speedup);

G_END_DECLS
