/* easel-workload.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parameters of a run, their defaults and their limits.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-workload.h"

G_DEFINE_QUARK (easel-workload-error-quark, easel_workload_error)

/* The defaults: three paintings, two coats, half a second of paint and a
 * second of drying each, one worker per painting. */
void
easel_workload_init (EaselWorkload *workload)
{
  g_return_if_fail (workload != NULL);

  workload->paintings = EASEL_PAINTINGS_DEFAULT;
  workload->coats = EASEL_COATS_DEFAULT;
  workload->paint_ms = EASEL_PAINT_MS_DEFAULT;
  workload->dry_ms = EASEL_DRY_MS_DEFAULT;
  workload->workers = EASEL_PAINTINGS_DEFAULT;
}

static gboolean
check_range (const char  *name,
             guint        value,
             guint        min,
             guint        max,
             GError     **error)
{
  if (value >= min && value <= max)
    return TRUE;

  g_set_error (error, EASEL_WORKLOAD_ERROR, EASEL_WORKLOAD_ERROR_OUT_OF_RANGE,
               /* Translators: "paintings must be between 1 and 12, not 0" */
               _("%s must be between %u and %u, not %u"),
               name, min, max, value);
  return FALSE;
}

/* Every limit, with the paintings and the workers up to the given most. */
static gboolean
check_limits (const EaselWorkload  *workload,
              guint                 paintings_max,
              guint                 workers_max,
              GError              **error)
{
  return check_range ("paintings", workload->paintings, EASEL_PAINTINGS_MIN, paintings_max, error) &&
         check_range ("coats", workload->coats, EASEL_COATS_MIN, EASEL_COATS_MAX, error) &&
         check_range ("paint-ms", workload->paint_ms, EASEL_PAINT_MS_MIN, EASEL_PAINT_MS_MAX, error) &&
         check_range ("dry-ms", workload->dry_ms, EASEL_DRY_MS_MIN, EASEL_DRY_MS_MAX, error) &&
         check_range ("workers", workload->workers, EASEL_WORKERS_MIN, workers_max, error);
}

gboolean
easel_workload_validate (const EaselWorkload  *workload,
                         GError              **error)
{
  g_return_val_if_fail (workload != NULL, FALSE);

  return check_limits (workload, EASEL_PAINTINGS_MAX, EASEL_WORKERS_MAX, error);
}

/* Whether a run can run @workload: within every limit but those of the
 * paintings and the workers, which go up to EASEL_RUN_*_MAX. */
gboolean
easel_workload_is_runnable (const EaselWorkload *workload)
{
  g_return_val_if_fail (workload != NULL, FALSE);

  return check_limits (workload, EASEL_RUN_PAINTINGS_MAX, EASEL_RUN_WORKERS_MAX, NULL);
}

gboolean
easel_workload_equal (const EaselWorkload *a,
                      const EaselWorkload *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->paintings == b->paintings &&
         a->coats == b->coats &&
         a->paint_ms == b->paint_ms &&
         a->dry_ms == b->dry_ms &&
         a->workers == b->workers;
}
