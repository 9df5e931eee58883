/* easel-cpu-ledger.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whose load the machine carries. /proc/stat says how busy the cores are,
 * but not for whom: Easel's own drawing and other programs would read as
 * the demonstration. The threads doing the demonstrated work (painting,
 * hammering) add the CPU time their own clocks measured to a process-wide
 * ledger; the process's CPU clock tells the rest of Easel's own cost; what
 * /proc/stat counts beyond the process is other programs.
 */

#include "config.h"

#include <time.h>

#include <glib/gstdio.h>

#include "easel-cpu-ledger.h"

static gint64 work_ns;
static gint64 child_work_ns;

/* A thread of this process did @ns of the demonstrated work. Lock-free:
 * painting threads call it every row. */
void
easel_cpu_ledger_add_work (gint64 ns)
{
  if (ns > 0)
    __atomic_add_fetch (&work_ns, ns, __ATOMIC_RELAXED);
}

/* A worker process did @ns of the demonstrated work. */
void
easel_cpu_ledger_add_child_work (gint64 ns)
{
  if (ns > 0)
    __atomic_add_fetch (&child_work_ns, ns, __ATOMIC_RELAXED);
}

gint64
easel_process_cpu_time_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);

  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

void
easel_cpu_ledger_read (EaselCpuLedger *ledger)
{
  g_return_if_fail (ledger != NULL);

  /* The work first: the process's clock then includes all of it. */
  ledger->work_ns = __atomic_load_n (&work_ns, __ATOMIC_RELAXED);
  ledger->child_work_ns = __atomic_load_n (&child_work_ns, __ATOMIC_RELAXED);
  ledger->process_ns = easel_process_cpu_time_ns ();
}

/* Splits @machine_cores, the mean cores busy over @wall_us by /proc/stat,
 * between the work, Easel itself and other programs, from two readings of
 * the ledger at the ends of the interval. The machine's count comes in
 * 10 ms ticks and the clocks in nanoseconds, so the shares are clamped
 * to make sense together: none is negative, and Easel and the work are
 * never reported above what the clocks measured. */
void
easel_cpu_split_compute (EaselCpuSplit        *split,
                         double                machine_cores,
                         const EaselCpuLedger *before,
                         const EaselCpuLedger *after,
                         gint64                wall_us)
{
  double wall_ns;
  double process;
  double work;
  double child;

  g_return_if_fail (split != NULL && before != NULL && after != NULL);

  *split = (EaselCpuSplit) { MAX (machine_cores, 0.0), 0, 0, 0 };
  if (wall_us <= 0)
    return;

  wall_ns = wall_us * 1000.0;
  process = MAX (after->process_ns - before->process_ns, 0) / wall_ns;
  work = MAX (after->work_ns - before->work_ns, 0) / wall_ns;
  child = MAX (after->child_work_ns - before->child_work_ns, 0) / wall_ns;

  work = MIN (work, process) + child;
  split->work = work;
  split->self = MAX (process - (work - child), 0.0);
  split->other = MAX (split->machine - process - child, 0.0);
}

/* The cores busy between two readings of /proc/stat, over the cores in
 * @cores' mask (NULL: all) that were online at both ends. */
double
easel_cpu_stat_busy_cores (const EaselCpuStat *before,
                           const EaselCpuStat *after,
                           const EaselCores   *cores)
{
  guint n_cores;
  double busy = 0.0;

  g_return_val_if_fail (before != NULL && after != NULL, 0.0);

  n_cores = MIN (easel_cpu_stat_get_n_cores (before), easel_cpu_stat_get_n_cores (after));
  for (guint core = 0; core < n_cores; core++)
    {
      if (cores == NULL || easel_cores_in_mask (cores, core))
        busy += easel_cpu_stat_busy (before, after, core);
    }

  return busy;
}

/* Reads /proc/stat and the ledger now. Where /proc/stat cannot be read,
 * the snapshot has no stat and splits nothing. */
void
easel_cpu_snapshot_take (EaselCpuSnapshot *snapshot)
{
  g_autofree char *text = NULL;
  gsize length;

  g_return_if_fail (snapshot != NULL);

  snapshot->stat = NULL;
  if (g_file_get_contents ("/proc/stat", &text, &length, NULL))
    {
      snapshot->stat = easel_cpu_stat_new ();
      if (!easel_cpu_stat_parse (snapshot->stat, text, length, NULL))
        g_clear_pointer (&snapshot->stat, easel_cpu_stat_free);
    }
  snapshot->time_us = g_get_monotonic_time ();
  easel_cpu_ledger_read (&snapshot->ledger);
}

void
easel_cpu_snapshot_clear (EaselCpuSnapshot *snapshot)
{
  g_return_if_fail (snapshot != NULL);

  g_clear_pointer (&snapshot->stat, easel_cpu_stat_free);
}

/* The mean split of the machine between two snapshots; FALSE where
 * /proc/stat could not be read at either end. */
gboolean
easel_cpu_snapshot_split (const EaselCpuSnapshot *before,
                          const EaselCpuSnapshot *after,
                          EaselCpuSplit          *split)
{
  g_return_val_if_fail (before != NULL && after != NULL && split != NULL, FALSE);

  *split = (EaselCpuSplit) { 0, 0, 0, 0 };
  if (before->stat == NULL || after->stat == NULL)
    return FALSE;

  easel_cpu_split_compute (split,
                           easel_cpu_stat_busy_cores (before->stat, after->stat, easel_cores_get_default ()),
                           &before->ledger, &after->ledger, after->time_us - before->time_us);

  return TRUE;
}
