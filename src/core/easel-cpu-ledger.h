/* easel-cpu-ledger.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "easel-cores.h"
#include "easel-cpu-stat.h"

G_BEGIN_DECLS

/* One reading of where this process's CPU time went, in ns. */
typedef struct
{
  /* The process as a whole: every thread of Easel, work and drawing. */
  gint64 process_ns;
  /* The work being demonstrated on Easel's own threads: painting threads
   * and hammer threads, by their own CPU clocks. */
  gint64 work_ns;
  /* The work being demonstrated in worker processes (the hammer's). */
  gint64 child_work_ns;
} EaselCpuLedger;

/* Mean cores over an interval, split three ways. */
typedef struct
{
  double machine;
  double work;
  double self;
  double other;
} EaselCpuSplit;

/* /proc/stat and the ledger at one moment, to split an interval. */
typedef struct
{
  EaselCpuStat   *stat;
  EaselCpuLedger  ledger;
  gint64          time_us;
} EaselCpuSnapshot;

void   easel_cpu_ledger_add_work       (gint64                ns);
void   easel_cpu_ledger_add_child_work (gint64                ns);
void   easel_cpu_ledger_read           (EaselCpuLedger       *ledger);
gint64 easel_process_cpu_time_ns       (void);
void   easel_cpu_split_compute         (EaselCpuSplit        *split,
                                        double                machine_cores,
                                        const EaselCpuLedger *before,
                                        const EaselCpuLedger *after,
                                        gint64                wall_us);

double easel_cpu_stat_busy_cores       (const EaselCpuStat   *before,
                                        const EaselCpuStat   *after,
                                        const EaselCores     *cores);
void   easel_cpu_snapshot_take         (EaselCpuSnapshot     *snapshot);
void   easel_cpu_snapshot_clear        (EaselCpuSnapshot     *snapshot);
gboolean easel_cpu_snapshot_split      (const EaselCpuSnapshot *before,
                                        const EaselCpuSnapshot *after,
                                        EaselCpuSplit        *split);

G_END_DECLS
