/* easel-trace.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "easel-mode.h"
#include "easel-workload.h"

G_BEGIN_DECLS

typedef enum
{
  EASEL_PHASE_PAINT,
  EASEL_PHASE_DRY,
  /* Dry and ready, but the painter was busy. */
  EASEL_PHASE_WAIT,
} EaselPhase;

/* A span of one coat's life: times in ms since the run started. */
typedef struct
{
  guint      painting;
  guint      coat;
  EaselPhase phase;
  /* The index of the thread that ran it in this run; -1 for a drying no
   * thread waits on (an async timer). */
  int        thread;
  double     start_ms;
  double     end_ms;
  double     cpu_ms;
  /* A measured paint span: how long its thread was ready to run but on
   * no core, and the intervals (pairs of ms from the run's start, in
   * order) it was on a core and it waited for one. Waiting for the GIL is
   * neither. Arrays of a span in a trace belong to the trace; NULL where
   * not known (predictions, spans still going on). */
  double        waiting_ms;
  const double *on_core;
  guint         n_on_core;
  const double *core_waits;
  guint         n_core_waits;
} EaselSpan;

typedef struct _EaselTrace EaselTrace;

/* Other programs using more than this share of the usable cores during a
 * run make its figures say so. */
#define EASEL_TRACE_BUSY_FRACTION 0.1

#define EASEL_TYPE_TRACE (easel_trace_get_type ())

GType             easel_trace_get_type       (void) G_GNUC_CONST;
EaselTrace       *easel_trace_new            (EaselMode            mode,
                                              const EaselWorkload *workload,
                                              double               cores);
EaselTrace       *easel_trace_ref            (EaselTrace          *trace);
void              easel_trace_unref          (EaselTrace          *trace);
EaselMode         easel_trace_get_mode       (EaselTrace          *trace);
const EaselWorkload *easel_trace_get_workload (EaselTrace         *trace);
double            easel_trace_get_cores      (EaselTrace          *trace);
void              easel_trace_add_span       (EaselTrace          *trace,
                                              const EaselSpan     *span);
void              easel_trace_finish         (EaselTrace          *trace);
gboolean          easel_trace_is_finished    (EaselTrace          *trace);
void              easel_trace_set_stopped    (EaselTrace          *trace);
gboolean          easel_trace_is_stopped     (EaselTrace          *trace);
const EaselSpan  *easel_trace_get_spans      (EaselTrace          *trace,
                                              guint               *n_spans);
guint             easel_trace_count_spans    (EaselTrace          *trace,
                                              EaselPhase           phase);
double            easel_trace_get_makespan   (EaselTrace          *trace);
void              easel_trace_set_makespan   (EaselTrace          *trace,
                                              double               makespan_ms);
double            easel_trace_get_cpu_ms     (EaselTrace          *trace);
gboolean          easel_trace_has_core_waits (EaselTrace          *trace);
double            easel_intervals_covered_ms (const double        *pairs,
                                              guint                n_pairs,
                                              guint               *cursor,
                                              double               t0,
                                              double               t1);
void              easel_intervals_resample   (const double        *on_core,
                                              guint                n_on_core,
                                              const double        *waits,
                                              guint                n_waits,
                                              double               start_ms,
                                              double               end_ms,
                                              double               step_ms,
                                              GArray              *on_out,
                                              GArray              *waits_out);
void              easel_trace_set_load       (EaselTrace          *trace,
                                              double               self_cores,
                                              double               other_cores);
gboolean          easel_trace_get_load       (EaselTrace          *trace,
                                              double              *self_cores,
                                              double              *other_cores);
gboolean          easel_trace_is_disturbed   (EaselTrace          *trace);
gboolean          easel_other_cores_disturb  (double               other_cores,
                                              double               usable_cores);
void              easel_trace_add_core_load  (EaselTrace          *trace,
                                              guint                interval_ms,
                                              const double        *per_core,
                                              guint                n_cores,
                                              double               run_cores);
const double     *easel_trace_get_core_load  (EaselTrace          *trace,
                                              guint               *n_samples,
                                              guint               *n_cores,
                                              guint               *interval_ms,
                                              const double       **run_cores);

const char       *easel_phase_to_string      (EaselPhase           phase);
gboolean          easel_phase_from_string    (const char          *text,
                                              EaselPhase          *phase);

double            easel_json_round_1024      (double               value);
int               easel_compare_doubles      (gconstpointer        a,
                                              gconstpointer        b);
JsonNode         *easel_trace_spans_to_json  (EaselTrace          *trace);
JsonNode         *easel_trace_to_json        (EaselTrace          *trace,
                                              EaselTrace          *predicted);
EaselTrace       *easel_trace_new_from_json  (JsonNode            *run,
                                              const EaselWorkload *workload,
                                              double               cores,
                                              gboolean             predicted,
                                              GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EaselTrace, easel_trace_unref)

G_END_DECLS
