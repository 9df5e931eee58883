/* easel-scaling.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "easel-mode.h"
#include "easel-workload.h"

G_BEGIN_DECLS

/* The CPU time of all the work of a point of the curve, by default. */
#define EASEL_SCALING_DEFAULT_WORK_MS 2000

/* What the curve measures: the same work at every number of workers. */
typedef struct
{
  /* The CPU time of all the paintings together, and the time they all
   * dry, each shared out among them. */
  guint work_ms;
  guint coats;
  guint dry_ms;
  guint max_workers;
} EaselScalingParams;

/* One point of the curve. */
typedef struct
{
  EaselMode mode;
  guint     workers;
  double    makespan_ms;
  double    predicted_ms;
} EaselScalingPoint;

void     easel_scaling_params_init   (EaselScalingParams       *params,
                                      double                    usable_cores);
guint    easel_scaling_max_workers   (double                    usable_cores);
gboolean easel_scaling_check_params  (const EaselScalingParams *params,
                                      GError                  **error);
void     easel_scaling_workload      (const EaselScalingParams *params,
                                      guint                     workers,
                                      EaselWorkload            *workload);
double   easel_scaling_predict       (const EaselScalingParams *params,
                                      EaselMode                 mode,
                                      guint                     workers,
                                      double                    cores);
double   easel_scaling_speedup       (const EaselScalingPoint  *points,
                                      guint                     n_points,
                                      guint                     point,
                                      gboolean                  predicted);

#define EASEL_TYPE_SCALING (easel_scaling_get_type())

G_DECLARE_FINAL_TYPE (EaselScaling, easel_scaling, EASEL, SCALING, GObject)

EaselScaling            *easel_scaling_new          (const EaselScalingParams *params);
const EaselScalingPoint *easel_scaling_get_points   (EaselScaling             *self,
                                                     guint                    *n_points);
void                     easel_scaling_run_async    (EaselScaling             *self,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean                 easel_scaling_run_finish   (EaselScaling             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
gboolean                 easel_scaling_run          (EaselScaling             *self,
                                                     GCancellable             *cancellable,
                                                     GError                  **error);

G_END_DECLS
