/* easel-schedule.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "easel-trace.h"

G_BEGIN_DECLS

/* What the painting threads can get of the machine. Hardware threads
 * that share a core (SMT, hyper-threading) are not worth a core each: a
 * second thread on a busy core adds only a fraction of one. */
typedef struct
{
  /* The cores the work may use, possibly fractional (a CPU quota). */
  double   usable;
  /* The usable hardware threads and the physical cores they sit on;
   * equal (or 0) where no core runs two. */
  guint    threads;
  guint    physical;
  /* What a second hardware thread adds to a busy core, 0 … 1. */
  double   sibling;
  /* Whether @sibling was measured here, or is the usual figure. */
  gboolean sibling_measured;
} EaselCapacity;

/* What a second hardware thread on a busy core is usually worth, where
 * it cannot be measured. */
#define EASEL_CAPACITY_SIBLING_DEFAULT 0.25

/* Other programs taking more than this many cores get a prediction of
 * their own: on the cores they left free. */
#define EASEL_CAPACITY_OTHERS_MIN 0.1

void                 easel_capacity_init          (EaselCapacity       *capacity,
                                                   double               cores);
void                 easel_capacity_init_default  (EaselCapacity       *capacity);
void                 easel_capacity_set_sibling   (double               worth);
gboolean             easel_capacity_has_smt       (const EaselCapacity *capacity);
double               easel_capacity_for_threads   (const EaselCapacity *capacity,
                                                   double               runnable);
void                 easel_capacity_left_free     (const EaselCapacity *capacity,
                                                   double               other_cores,
                                                   EaselCapacity       *free);

EaselTrace *easel_schedule_predict    (EaselMode            mode,
                                       const EaselWorkload *workload,
                                       double               cores);
EaselTrace *easel_schedule_predict_on (EaselMode            mode,
                                       const EaselWorkload *workload,
                                       const EaselCapacity *capacity);
double      easel_schedule_predict_ms   (EaselMode            mode,
                                         const EaselWorkload *workload,
                                         const EaselCapacity *capacity);
double      easel_schedule_predict_free (EaselTrace         *measured,
                                         double             *free_cores);

G_END_DECLS
