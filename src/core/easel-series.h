/* easel-series.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "easel-record.h"
#include "easel-runner.h"

G_BEGIN_DECLS

/* One run of a series: a mode and its workload. */
typedef struct
{
  EaselMode     mode;
  EaselWorkload workload;
} EaselSeriesRun;

#define EASEL_TYPE_SERIES (easel_series_get_type())

G_DECLARE_FINAL_TYPE (EaselSeries, easel_series, EASEL, SERIES, GObject)

EaselSeries          *easel_series_new             (const EaselMode      *modes,
                                                    guint                 n_modes,
                                                    const EaselWorkload  *workload);
EaselSeries          *easel_series_new_all         (const EaselWorkload  *workload);
EaselSeries          *easel_series_new_runs        (const EaselSeriesRun *runs,
                                                    guint                 n_runs);
void                  easel_series_set_scaling     (EaselSeries          *self,
                                                    const EaselScalingParams *params);
EaselRunner          *easel_series_get_runner      (EaselSeries          *self);
EaselRecord          *easel_series_get_record      (EaselSeries          *self);
const EaselRunResult *easel_series_get_results     (EaselSeries          *self,
                                                    guint                *n_results);
void                  easel_series_run_async       (EaselSeries          *self,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean              easel_series_run_finish      (EaselSeries          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
gboolean              easel_series_run             (EaselSeries          *self,
                                                    GCancellable         *cancellable,
                                                    GError              **error);

G_END_DECLS
