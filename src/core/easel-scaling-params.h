/* easel-scaling-params.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a scaling curve measures, apart from how it is measured
 * (easel-scaling.h): a record of the curve's runs keeps it.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

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

G_END_DECLS
