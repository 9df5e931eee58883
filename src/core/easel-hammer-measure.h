/* easel-hammer-measure.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "easel-cpu-ledger.h"
#include "easel-cpu-sampler.h"
#include "easel-hammer.h"

G_BEGIN_DECLS

/* What a hammer did over a while, and what the machine showed meanwhile. */
typedef struct
{
  /* The hammer's own counts and CPU time, by its clocks, and how long it
   * ran, in seconds. */
  EaselHammerStats total;
  double           wall_s;
  /* The samples the sampler took meanwhile. */
  guint            n_samples;
  /* The work, Easel and other programs over the whole while. */
  gboolean         split_known;
  EaselCpuSplit    split;
} EaselHammerMeasurement;

gboolean easel_hammer_measure          (EaselHammer            *hammer,
                                        EaselCpuSampler        *sampler,
                                        guint                   duration_ms,
                                        GMainContext           *context,
                                        GCancellable           *cancellable,
                                        EaselHammerMeasurement *measurement,
                                        GError                **error);
guint    easel_cpu_sampler_copy_all    (EaselCpuSampler        *sampler,
                                        guint                   n_samples,
                                        double                **loads,
                                        EaselCpuSplit         **splits);
double   easel_cpu_sampler_mean_load   (EaselCpuSampler        *sampler,
                                        int                     core,
                                        guint                   n_samples);

G_END_DECLS
