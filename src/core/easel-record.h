/* easel-record.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "easel-machine.h"
#include "easel-scaling-params.h"
#include "easel-schedule.h"
#include "easel-trace.h"

G_BEGIN_DECLS

/* One mode's finished run and what the model predicted for it. */
typedef struct
{
  EaselTrace *measured;
  EaselTrace *predicted;
} EaselRunResult;

double          easel_run_results_get_other_cores (const EaselRunResult *results,
                                                   guint                 n_results);
GArray         *easel_run_results_array_new (void);

/* What other programs did to one run of a series: the model's figures on
 * the usable cores beside those on the cores the others left free. */
typedef struct
{
  double other_cores;
  double free_cores;
  double predicted_ms;
  double predicted_free_ms;
  /* Over sequential, both on the same cores. */
  double predicted_speedup;
  double predicted_free_speedup;
} EaselRunOthers;

/* /proc/stat counts in ticks of 10 ms: over a run shorter than this, what
 * other programs took is noise, and nothing is said of it. */
#define EASEL_RUN_OTHERS_MIN_MS 300.0

/* A figure the others change by more than this is named where it shows. */
#define EASEL_RUN_OTHERS_CHANGE 0.05
/* A speed-up the others change by more than this is marked in a table. */
#define EASEL_RUN_OTHERS_DISTORT 0.10

gboolean        easel_run_results_get_others (const EaselRunResult *results,
                                              guint                 n_results,
                                              guint                 result,
                                              EaselRunOthers       *others);
double          easel_run_others_change      (const EaselRunOthers *others,
                                              gboolean              speedup);
void            easel_run_results_append    (GArray               *results,
                                             EaselTrace           *measured,
                                             EaselTrace           *predicted);

/* One finished run of a record, as an item of its list. */
#define EASEL_TYPE_RUN (easel_run_get_type())

G_DECLARE_FINAL_TYPE (EaselRun, easel_run, EASEL, RUN, GObject)

EaselTrace *easel_run_get_measured  (EaselRun *self);
EaselTrace *easel_run_get_predicted (EaselRun *self);

#define EASEL_TYPE_RECORD (easel_record_get_type())

G_DECLARE_FINAL_TYPE (EaselRecord, easel_record, EASEL, RECORD, GObject)

EaselRecord                *easel_record_new                (const EaselCapacity      *capacity);
EaselRecord                *easel_record_new_scaling        (const EaselScalingParams *params,
                                                             const EaselCapacity      *capacity);
const EaselCapacity        *easel_record_get_capacity       (EaselRecord              *self);
const EaselScalingParams   *easel_record_get_scaling_params (EaselRecord              *self);
GDateTime                  *easel_record_get_date           (EaselRecord              *self);
void                        easel_record_set_origin         (EaselRecord              *self,
                                                             const EaselMachine       *machine,
                                                             GDateTime                *date);
const EaselMachine         *easel_record_get_machine        (EaselRecord              *self);
void                        easel_record_start              (EaselRecord              *self);
void                        easel_record_append             (EaselRecord              *self,
                                                             EaselTrace               *measured,
                                                             EaselTrace               *predicted);
void                        easel_record_finish             (EaselRecord              *self,
                                                             EaselTrace               *stopped,
                                                             EaselTrace               *stopped_predicted);
gboolean                    easel_record_is_finished        (EaselRecord              *self);
const EaselRunResult       *easel_record_get_results        (EaselRecord              *self,
                                                             guint                    *n_results);
double                      easel_record_get_mode_ms        (EaselRecord              *self,
                                                             EaselMode                 mode);
gboolean                    easel_record_get_last_run       (EaselRecord              *self,
                                                             EaselRunResult           *run);

G_END_DECLS
