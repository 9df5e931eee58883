/* easel-cores.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What keeps this process from using every online core. */
typedef enum
{
  EASEL_CORES_LIMIT_NONE,
  EASEL_CORES_LIMIT_AFFINITY,
  EASEL_CORES_LIMIT_QUOTA,
} EaselCoresLimit;

typedef struct
{
  /* Online CPUs of the machine. */
  guint            online;
  /* Online CPUs in this process's affinity mask, 1 ≤ affinity ≤ online. */
  guint            affinity;
  /* min (affinity, quota): may be fractional, never below 0.01. */
  double           usable;
  /* Physical cores with at least one usable hardware thread (SMT
   * siblings share one), 1 ≤ physical ≤ affinity; as affinity when the
   * topology cannot be read. */
  guint            physical;
  /* Two usable hardware threads of one core, where there are (the SMT
   * measurement pins to them); -1 and -1 elsewhere. */
  int              siblings[2];
  EaselCoresLimit  limit;
  /* The cgroup CPU quota in cores, or 0 when there is none. */
  double           quota;
  /* For each CPU number below mask_len, whether it is online and in the
   * affinity mask; NULL when that is not known. */
  guint8          *mask;
  guint            mask_len;
} EaselCores;

void              easel_cores_read              (EaselCores        *cores);
void              easel_cores_clear             (EaselCores        *cores);
const EaselCores *easel_cores_get_default       (void);
gboolean          easel_cores_in_mask           (const EaselCores  *cores,
                                                 guint              cpu);
const char       *easel_cores_limit_to_string   (EaselCoresLimit    limit);
char             *easel_cores_format          (double            cores);
char             *easel_cores_dup_usable_text   (const EaselCores  *cores);
char             *easel_cores_dup_description   (const EaselCores  *cores);

gboolean          easel_cores_parse_cpu_list    (const char        *text,
                                                 guint8           **mask,
                                                 guint             *mask_len,
                                                 guint             *count);
gboolean          easel_cores_parse_cpu_max     (const char        *text,
                                                 double            *quota);
gboolean          easel_cores_parse_cfs         (const char        *quota_text,
                                                 const char        *period_text,
                                                 double            *quota);
gboolean          easel_cores_has_smt           (const EaselCores  *cores);
char             *easel_cores_dup_threads_text  (const EaselCores  *cores);

gboolean          easel_cores_parse_cgroup_path (const char        *proc_self_cgroup_text,
                                                 char             **v2_path,
                                                 char             **v1_cpu_path);

G_END_DECLS
