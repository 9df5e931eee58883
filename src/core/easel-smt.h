/* easel-smt.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "easel-cores.h"

G_BEGIN_DECLS

/* How long each half of the measurement counts. */
#define EASEL_SMT_MEASURE_MS 250

double   easel_smt_measure_sibling (guint             cpu,
                                    guint             sibling,
                                    guint             duration_ms);
gboolean easel_smt_find_siblings   (const EaselCores *cores,
                                    guint            *cpu,
                                    guint            *sibling);
double   easel_smt_measure_default (void);

G_END_DECLS
