/* easel-workload.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define EASEL_WORKLOAD_ERROR (easel_workload_error_quark ())

typedef enum
{
  EASEL_WORKLOAD_ERROR_OUT_OF_RANGE,
} EaselWorkloadError;

/* The limits of each parameter, inclusive. */
#define EASEL_PAINTINGS_MIN 1
#define EASEL_PAINTINGS_MAX 12
#define EASEL_PAINTINGS_DEFAULT 3
#define EASEL_COATS_MIN 1
#define EASEL_COATS_MAX 5
#define EASEL_COATS_DEFAULT 2
#define EASEL_PAINT_MS_MIN 10
#define EASEL_PAINT_MS_MAX 10000
#define EASEL_PAINT_MS_DEFAULT 500
#define EASEL_DRY_MS_MIN 0
#define EASEL_DRY_MS_MAX 20000
#define EASEL_DRY_MS_DEFAULT 1000
#define EASEL_WORKERS_MIN 1
#define EASEL_WORKERS_MAX 64

/* What a run itself allows, beyond the limits people are offered: the
 * scaling curve gives each of up to twice a big machine's cores a
 * painting of its own. */
#define EASEL_RUN_PAINTINGS_MAX 256
#define EASEL_RUN_WORKERS_MAX 256

/* N paintings × K coats; a coat costs paint_ms of one thread's CPU time and
 * then dries for dry_ms; parallel and GIL runs use a pool of workers. */
typedef struct
{
  guint paintings;
  guint coats;
  guint paint_ms;
  guint dry_ms;
  guint workers;
} EaselWorkload;

GQuark   easel_workload_error_quark (void);
void     easel_workload_init        (EaselWorkload        *workload);
gboolean easel_workload_validate    (const EaselWorkload  *workload,
                                     GError              **error);
gboolean easel_workload_is_runnable (const EaselWorkload  *workload);
gboolean easel_workload_equal       (const EaselWorkload  *a,
                                     const EaselWorkload  *b);

G_END_DECLS
