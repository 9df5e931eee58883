/* easel-cpu-sampler.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "easel-cores.h"
#include "easel-cpu-ledger.h"

G_BEGIN_DECLS

#define EASEL_CPU_SAMPLER_DEFAULT_INTERVAL 250
#define EASEL_CPU_SAMPLER_HISTORY_MS       60000

#define EASEL_TYPE_CPU_SAMPLER (easel_cpu_sampler_get_type())

G_DECLARE_FINAL_TYPE (EaselCpuSampler, easel_cpu_sampler, EASEL, CPU_SAMPLER, GObject)

EaselCpuSampler *easel_cpu_sampler_new            (const char       *path);
guint            easel_cpu_sampler_get_interval   (EaselCpuSampler  *self);
void             easel_cpu_sampler_set_interval   (EaselCpuSampler  *self,
                                                   guint             interval_ms);
void             easel_cpu_sampler_start          (EaselCpuSampler  *self);
void             easel_cpu_sampler_stop           (EaselCpuSampler  *self);
gboolean         easel_cpu_sampler_is_running     (EaselCpuSampler  *self);
gboolean         easel_cpu_sampler_sample         (EaselCpuSampler  *self,
                                                   GError          **error);
gboolean         easel_cpu_sampler_get_available  (EaselCpuSampler  *self);
const char      *easel_cpu_sampler_get_error_message (EaselCpuSampler *self);
guint            easel_cpu_sampler_get_n_cores    (EaselCpuSampler  *self);
guint            easel_cpu_sampler_get_n_samples  (EaselCpuSampler  *self);
double           easel_cpu_sampler_get_load       (EaselCpuSampler  *self,
                                                   int               core);
guint            easel_cpu_sampler_copy_history   (EaselCpuSampler  *self,
                                                   int               core,
                                                   double           *loads,
                                                   guint             max_loads);
void             easel_cpu_sampler_get_split      (EaselCpuSampler  *self,
                                                   EaselCpuSplit    *split);
guint            easel_cpu_sampler_copy_split_history (EaselCpuSampler *self,
                                                   EaselCpuSplit    *splits,
                                                   guint             max_splits);
const EaselCores *easel_cpu_sampler_get_cores     (EaselCpuSampler  *self);
guint            easel_cpu_sampler_get_n_present  (EaselCpuSampler  *self);

G_END_DECLS
