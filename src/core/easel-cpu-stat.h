/* easel-cpu-stat.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The eight time counters of a "cpu" line of /proc/stat, in USER_HZ. The
 * guest fields are already counted in user and nice, so they are left out. */
typedef struct
{
  guint64 user;
  guint64 nice;
  guint64 system;
  guint64 idle;
  guint64 iowait;
  guint64 irq;
  guint64 softirq;
  guint64 steal;
} EaselCpuTimes;

/* One reading of /proc/stat: the machine and each core by its number.
 * A core that is offline (hot-plug) has no line and is not present. */
typedef struct
{
  EaselCpuTimes  total;
  /* Of EaselCpuTimes, indexed by core number. */
  GArray        *cores;
  /* Of gboolean, whether core N had a line. */
  GArray        *present;
} EaselCpuStat;

EaselCpuStat *easel_cpu_stat_new        (void);
void          easel_cpu_stat_free       (EaselCpuStat        *stat);
gboolean      easel_cpu_stat_parse      (EaselCpuStat        *stat,
                                         const char          *text,
                                         gsize                length,
                                         GError             **error);
guint         easel_cpu_stat_get_n_cores (const EaselCpuStat *stat);
gboolean      easel_cpu_stat_has_core   (const EaselCpuStat  *stat,
                                         guint                core);
double        easel_cpu_stat_busy       (const EaselCpuStat  *before,
                                         const EaselCpuStat  *after,
                                         int                  core);
double        easel_cpu_times_busy      (const EaselCpuTimes *before,
                                         const EaselCpuTimes *after);

/* A /proc file read whole with one pread() on a descriptor kept open, into
 * a buffer kept from one read to the next (the kernel writes the file
 * afresh at every read). */
typedef struct
{
  char       *path;
  int         fd;
  GByteArray *buffer;
} EaselProcFile;

void          easel_proc_file_init   (EaselProcFile       *file,
                                      const char          *path);
void          easel_proc_file_clear  (EaselProcFile       *file);
gboolean      easel_cpu_stat_read    (EaselCpuStat        *stat,
                                      EaselProcFile       *file,
                                      GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EaselCpuStat, easel_cpu_stat_free)

G_END_DECLS
