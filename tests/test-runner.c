/* test-runner.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real runs of every mode at small sizes, with real threads and timers.
 * The assertions are properties that hold on a loaded two-core machine:
 * counts, CPU used, overlap and order, and generous bounds on time.
 */

#include "config.h"

#include "easel-cores.h"

#include <glib/gstdio.h>
#include <math.h>

#include "easel-runner.h"
#include "easel-scaling.h"
#include "easel-schedule.h"
#include "easel-series.h"
#include "easel-test-threads.h"

#define P_MS 30
#define D_MS 60
#define RUN_TIMEOUT_MS 30000

typedef struct
{
  EaselTrace *trace;
  GError     *error;
  gboolean    done;
  guint       n_started;
  guint       n_finished;
  guint       n_progress;
  gboolean    off_thread;
  double      last_progress[12];
  gboolean    progress_backwards;
} Outcome;

static GThread *main_thread;

static void
span_started_cb (EaselRunner     *runner,
                 const EaselSpan *span,
                 Outcome         *outcome)
{
  outcome->off_thread |= g_thread_self () != main_thread;
  outcome->n_started++;
}

static void
span_finished_cb (EaselRunner     *runner,
                  const EaselSpan *span,
                  Outcome         *outcome)
{
  outcome->off_thread |= g_thread_self () != main_thread;
  outcome->n_finished++;
}

static void
progress_cb (EaselRunner *runner,
             guint        painting,
             double       fraction,
             Outcome     *outcome)
{
  outcome->off_thread |= g_thread_self () != main_thread;
  outcome->n_progress++;
  if (fraction < outcome->last_progress[painting])
    outcome->progress_backwards = TRUE;
  outcome->last_progress[painting] = fraction;
}

static void
run_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->off_thread |= g_thread_self () != main_thread;
  outcome->trace = easel_runner_run_finish (EASEL_RUNNER (object), result, &outcome->error);
  outcome->done = TRUE;
}

static gboolean
timed_out_cb (gpointer user_data)
{
  g_error ("The run did not finish in %d ms", RUN_TIMEOUT_MS);

  return G_SOURCE_REMOVE;
}

static EaselRunner *
start_run (EaselMode            mode,
           const EaselWorkload *workload,
           GCancellable        *cancellable,
           Outcome             *outcome)
{
  EaselRunner *runner = easel_runner_new (mode, workload);

  g_signal_connect (runner, "span-started", G_CALLBACK (span_started_cb), outcome);
  g_signal_connect (runner, "span-finished", G_CALLBACK (span_finished_cb), outcome);
  g_signal_connect (runner, "progress", G_CALLBACK (progress_cb), outcome);
  easel_runner_run_async (runner, cancellable, run_done_cb, outcome);

  return runner;
}

static void
wait_for (Outcome *outcome)
{
  guint timeout_id = g_timeout_add (RUN_TIMEOUT_MS, timed_out_cb, NULL);

  while (!outcome->done)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (timeout_id);
}

/* Runs @mode to the end and checks what holds for every mode. */
static EaselTrace *
run_mode (EaselMode            mode,
          const EaselWorkload *w)
{
  g_autoptr(EaselRunner) runner = NULL;
  g_autoptr(EaselTrace) predicted = easel_schedule_predict (mode, w, g_get_num_processors ());
  Outcome outcome = { NULL };
  guint threads_before = easel_test_count_threads ();
  guint n_spans;
  const EaselSpan *spans;
  double ratio;

  runner = start_run (mode, w, NULL, &outcome);
  g_assert_true (easel_runner_is_running (runner));
  wait_for (&outcome);

  g_assert_no_error (outcome.error);
  g_assert_nonnull (outcome.trace);
  g_assert_false (easel_runner_is_running (runner));
  g_assert_true (outcome.trace == easel_runner_get_trace (runner));

  /* Every thread the run started is gone. */
  easel_test_assert_threads_back_to (threads_before);

  /* Everything arrived on this thread, in this context. */
  g_assert_false (outcome.off_thread);

  /* One paint and one drying per coat; nothing else but waits. */
  g_assert_cmpuint (easel_trace_count_spans (outcome.trace, EASEL_PHASE_PAINT), ==, w->paintings * w->coats);
  g_assert_cmpuint (easel_trace_count_spans (outcome.trace, EASEL_PHASE_DRY), ==, w->paintings * w->coats);
  spans = easel_trace_get_spans (outcome.trace, &n_spans);
  g_assert_cmpuint (outcome.n_finished, ==, n_spans);
  g_assert_cmpuint (outcome.n_started, ==, 2 * w->paintings * w->coats);

  /* Every coat used its CPU time, by its own thread's clock, and was on a
   * core for as long, in intervals within it, in order, apart from the
   * waits for a core. */
  for (guint i = 0; i < n_spans; i++)
    {
      g_assert_cmpfloat (spans[i].end_ms, >=, spans[i].start_ms);
      if (spans[i].phase == EASEL_PHASE_PAINT)
        {
          double on_core = 0.0;
          double waits = 0.0;

          g_assert_cmpfloat (spans[i].cpu_ms, >=, 0.9 * w->paint_ms);
          g_assert_nonnull (spans[i].on_core);
          for (guint k = 0; k < spans[i].n_on_core; k++)
            {
              const double *pair = &spans[i].on_core[2 * k];

              g_assert_cmpfloat (pair[0], >=, spans[i].start_ms - 0.01);
              g_assert_cmpfloat (pair[1], <=, spans[i].end_ms + 0.01);
              g_assert_cmpfloat (pair[0], <, pair[1]);
              if (k > 0)
                g_assert_cmpfloat (pair[0], >=, spans[i].on_core[2 * k - 1] - 0.01);
              on_core += pair[1] - pair[0];
            }
          for (guint k = 0; k < spans[i].n_core_waits; k++)
            waits += spans[i].core_waits[2 * k + 1] - spans[i].core_waits[2 * k];

          /* On a core about as long as its CPU clock says (a wait under
           * 1 ms counts as running), and its waits add up. */
          g_assert_cmpfloat (on_core, >=, 0.95 * spans[i].cpu_ms - 2.0);
          g_assert_cmpfloat (on_core, <=, 1.15 * spans[i].cpu_ms + 10.0);
          g_assert_cmpfloat (fabs (waits - spans[i].waiting_ms), <, 0.5);
          g_assert_cmpfloat (on_core + waits, <=, spans[i].end_ms - spans[i].start_ms + 0.5);
        }
      if (spans[i].phase == EASEL_PHASE_DRY)
        g_assert_cmpfloat (spans[i].end_ms - spans[i].start_ms, >=, w->dry_ms - 1.0);
    }

  /* Every painting was seen finishing. */
  g_assert_false (outcome.progress_backwards);
  for (guint i = 0; i < w->paintings; i++)
    g_assert_cmpfloat (outcome.last_progress[i], ==, 1.0);

  /* Within generous bounds of the ideal. Threads that take turns in time
   * slices can finish a little before the fluid ideal, never much. */
  ratio = easel_trace_get_makespan (outcome.trace) / easel_trace_get_makespan (predicted);
  g_test_message ("%s: %.1f ms, predicted %.1f ms, ratio %.3f",
                  easel_mode_to_string (mode),
                  easel_trace_get_makespan (outcome.trace),
                  easel_trace_get_makespan (predicted), ratio);
  g_assert_cmpfloat (ratio, >, 0.9);
  /* Four times the ideal, and 50 ms more for a tiny run on a loaded
   * machine, where starting threads is most of its time. */
  g_assert_cmpfloat (easel_trace_get_makespan (outcome.trace), <,
                     4.0 * easel_trace_get_makespan (predicted) + 50.0);
  g_assert_cmpfloat (easel_runner_get_elapsed_ms (runner), ==, easel_trace_get_makespan (outcome.trace));

  return outcome.trace;
}

static gboolean
overlap (const EaselSpan *a,
         const EaselSpan *b)
{
  return a->start_ms < b->end_ms && b->start_ms < a->end_ms;
}

static void
test_runner_sequential (void)
{
  EaselWorkload w = { .paintings = 3, .coats = 2, .paint_ms = P_MS, .dry_ms = D_MS, .workers = 3 };
  g_autoptr(EaselTrace) trace = run_mode (EASEL_MODE_SEQUENTIAL, &w);
  guint n_spans;
  const EaselSpan *spans = easel_trace_get_spans (trace, &n_spans);

  /* One thread, one thing at a time, in order. */
  for (guint i = 0; i < n_spans; i++)
    {
      g_assert_cmpint (spans[i].thread, ==, 0);
      if (i > 0)
        g_assert_cmpfloat (spans[i].start_ms, >=, spans[i - 1].end_ms);
    }

  g_assert_cmpfloat (easel_trace_get_makespan (trace), >=, 3 * 2 * (P_MS + D_MS));
}

/* A finished run's trace is handed to other threads (an export, a
 * figure): from then on nothing may grow it, since growing the array can
 * move it under a reader. */
static void
test_runner_trace_finished (void)
{
  EaselWorkload w = { .paintings = 1, .coats = 1, .paint_ms = 10, .dry_ms = 0, .workers = 1 };
  g_autoptr(EaselRunner) runner = NULL;
  Outcome outcome = { NULL };
  EaselTrace *trace;
  EaselSpan extra = { 0, 0, EASEL_PHASE_PAINT, 0, 0, 1, 1 };
  guint before, after;

  /* No clock here: however long the run took, its trace is finished. */
  runner = start_run (EASEL_MODE_SEQUENTIAL, &w, NULL, &outcome);
  wait_for (&outcome);
  g_assert_no_error (outcome.error);
  trace = outcome.trace;
  g_assert_true (easel_trace_is_finished (trace));
  easel_trace_get_spans (trace, &before);

  g_test_expect_message ("Easel-Core", G_LOG_LEVEL_CRITICAL, "*!trace->finished*");
  easel_trace_add_span (trace, &extra);
  g_test_assert_expected_messages ();

  easel_trace_get_spans (trace, &after);
  g_assert_cmpuint (after, ==, before);
  g_clear_pointer (&outcome.trace, easel_trace_unref);
}

static void
test_runner_async (void)
{
  EaselWorkload w = { .paintings = 3, .coats = 2, .paint_ms = P_MS, .dry_ms = D_MS, .workers = 3 };
  g_autoptr(EaselTrace) trace = run_mode (EASEL_MODE_ASYNC, &w);
  guint n_spans;
  const EaselSpan *spans = easel_trace_get_spans (trace, &n_spans);
  gboolean dried_while_painting = FALSE;

  for (guint i = 0; i < n_spans; i++)
    {
      /* Every paint on the loop's thread; drying on no thread. */
      if (spans[i].phase == EASEL_PHASE_PAINT || spans[i].phase == EASEL_PHASE_WAIT)
        g_assert_cmpint (spans[i].thread, ==, 0);
      else
        g_assert_cmpint (spans[i].thread, ==, -1);

      for (guint j = 0; j < n_spans; j++)
        {
          if (i == j)
            continue;

          /* Never two paints at once. */
          if (spans[i].phase == EASEL_PHASE_PAINT && spans[j].phase == EASEL_PHASE_PAINT)
            g_assert_false (overlap (&spans[i], &spans[j]));

          /* While one painting dries, another is painted. */
          if (spans[i].phase == EASEL_PHASE_DRY && spans[j].phase == EASEL_PHASE_PAINT &&
              spans[i].painting != spans[j].painting && overlap (&spans[i], &spans[j]))
            dried_while_painting = TRUE;
        }
    }

  g_assert_true (dried_while_painting);
  /* Paintings 1 and 2 wait for the painter at the start. */
  g_assert_cmpuint (easel_trace_count_spans (trace, EASEL_PHASE_WAIT), >=, 2);
}

static double paint_overlap (EaselTrace *trace);

/* More painters than cores: each waits for a core about 1 − C/N of its
 * painting time. */
static void
test_runner_waiting_for_a_core (void)
{
  double cores = easel_cores_get_default ()->usable;
  guint n = MAX (3, (guint) ceil (cores) + 1);
  EaselWorkload w = { .paintings = n, .coats = 1, .paint_ms = 400, .dry_ms = 0, .workers = n };
  g_autoptr(EaselTrace) trace = NULL;
  const EaselSpan *spans;
  guint n_spans;
  double waiting = 0.0;
  double wall = 0.0;
  double other = 0.0;
  double expected = 1.0 - MIN (cores, n) / n;

  if (n > EASEL_PAINTINGS_MAX)
    {
      g_test_skip ("more cores than paintings");
      return;
    }

  trace = run_mode (EASEL_MODE_PARALLEL, &w);
  spans = easel_trace_get_spans (trace, &n_spans);
  for (guint i = 0; i < n_spans; i++)
    if (spans[i].phase == EASEL_PHASE_PAINT)
      {
        waiting += spans[i].waiting_ms;
        wall += spans[i].end_ms - spans[i].start_ms;
      }

  easel_trace_get_load (trace, NULL, &other);
  g_test_message ("%u paintings on %.2f cores: waiting %.2f of the painting time (expected %.2f), "
                  "other programs %.2f cores", n, cores, waiting / wall, expected, other);

  /* Other programs take cores too: then only the lower bound holds. */
  g_assert_cmpfloat (waiting / wall, >=, expected - 0.15);
  if (other < 0.3)
    g_assert_cmpfloat (waiting / wall, <=, expected + 0.15);
  g_assert_true (easel_trace_has_core_waits (trace));
}

/* The load strip: samples every 50 ms from the start, one fraction per
 * core, and the run's own cores, which add up to its CPU time. */
static void
test_runner_load_strip (void)
{
  EaselWorkload w = { .paintings = 2, .coats = 2, .paint_ms = 200, .dry_ms = 150, .workers = 2 };
  g_autoptr(EaselTrace) trace = run_mode (EASEL_MODE_SEQUENTIAL, &w);
  const double *loads, *run_cores;
  guint n_samples, n_cores, interval_ms;
  double run_ms = 0.0;
  double busy_ms = 0.0;
  double cpu_ms = easel_trace_get_cpu_ms (trace);

  loads = easel_trace_get_core_load (trace, &n_samples, &n_cores, &interval_ms, &run_cores);
  g_assert_nonnull (loads);
  g_assert_cmpuint (interval_ms, ==, 50);
  g_assert_cmpuint (n_cores, ==, g_get_num_processors ());
  /* Every interval of the run, but the last part of one. */
  g_assert_cmpfloat (n_samples, >=, floor (easel_trace_get_makespan (trace) / interval_ms) - 1);
  g_assert_cmpfloat (n_samples, <=, ceil (easel_trace_get_makespan (trace) / interval_ms));

  for (guint i = 0; i < n_samples; i++)
    {
      double machine = 0.0;

      for (guint core = 0; core < n_cores; core++)
        {
          g_assert_cmpfloat (loads[i * n_cores + core], >=, 0.0);
          g_assert_cmpfloat (loads[i * n_cores + core], <=, 1.0);
          machine += loads[i * n_cores + core];
        }
      g_assert_cmpfloat (run_cores[i], >=, 0.0);
      g_assert_cmpfloat (run_cores[i], <=, 1.1);
      run_ms += run_cores[i] * interval_ms;
      busy_ms += machine * interval_ms;
    }

  /* The run's share is its threads' CPU (the samples miss the last part
   * of an interval), and the machine was at least that busy. */
  g_test_message ("run %.0f ms of CPU by the strip, %.0f by its spans; machine busy %.0f ms",
                  run_ms, cpu_ms, busy_ms);
  g_assert_cmpfloat (run_ms, >=, 0.8 * cpu_ms);
  g_assert_cmpfloat (run_ms, <=, 1.05 * cpu_ms + 5.0);
  g_assert_cmpfloat (busy_ms, >=, 0.8 * run_ms);
}

static void
test_runner_parallel (void)
{
  EaselWorkload w = { .paintings = 3, .coats = 2, .paint_ms = P_MS, .dry_ms = D_MS, .workers = 3 };
  g_autoptr(EaselTrace) trace = run_mode (EASEL_MODE_PARALLEL, &w);
  guint n_spans;
  const EaselSpan *spans = easel_trace_get_spans (trace, &n_spans);
  gboolean painted_together = FALSE;

  for (guint i = 0; i < n_spans; i++)
    {
      g_assert_cmpint (spans[i].thread, >=, 0);
      g_assert_cmpint (spans[i].thread, <, 3);

      for (guint j = 0; j < n_spans; j++)
        if (spans[i].phase == EASEL_PHASE_PAINT && spans[j].phase == EASEL_PHASE_PAINT &&
            spans[i].painting != spans[j].painting && overlap (&spans[i], &spans[j]))
          painted_together = TRUE;
    }

  if (g_get_num_processors () >= 2)
    g_assert_true (painted_together);

  /* And their CPU work really overlapped: more than the GIL's one core
   * while painting (asserted where the cores were free to do it). */
  {
    double other = 0.0;
    double together = paint_overlap (trace);

    easel_trace_get_load (trace, NULL, &other);
    g_test_message ("parallel: %.2f cores while painting, other programs %.2f cores", together, other);
    if (easel_cores_get_default ()->usable >= 2 && other < 0.5)
      g_assert_cmpfloat (together, >=, 1.3);
  }

  /* Fewer workers than paintings: the pool still paints them all. */
  {
    EaselWorkload few = { .paintings = 4, .coats = 1, .paint_ms = P_MS, .dry_ms = D_MS, .workers = 2 };
    g_autoptr(EaselTrace) fewer = run_mode (EASEL_MODE_PARALLEL, &few);

    spans = easel_trace_get_spans (fewer, &n_spans);
    for (guint i = 0; i < n_spans; i++)
      g_assert_cmpint (spans[i].thread, <, 2);
  }
}

static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  const EaselSpan *sa = a;
  const EaselSpan *sb = b;

  return (sa->start_ms > sb->start_ms) - (sa->start_ms < sb->start_ms);
}

/* The CPU time of the paint spans, over the wall time during which any
 * of them was going on: 1 when they never ran at once, up to the cores
 * when they did. */
static double
paint_overlap (EaselTrace *trace)
{
  guint n_spans;
  const EaselSpan *spans = easel_trace_get_spans (trace, &n_spans);
  g_autoptr(GArray) paints = g_array_new (FALSE, FALSE, sizeof (EaselSpan));
  double cpu_ms = 0.0;
  double covered_ms = 0.0;
  double end_ms = -1.0;

  for (guint i = 0; i < n_spans; i++)
    if (spans[i].phase == EASEL_PHASE_PAINT)
      g_array_append_val (paints, spans[i]);
  g_array_sort (paints, compare_start);

  for (guint i = 0; i < paints->len; i++)
    {
      const EaselSpan *span = &g_array_index (paints, EaselSpan, i);

      cpu_ms += span->cpu_ms;
      if (span->start_ms >= end_ms)
        covered_ms += span->end_ms - span->start_ms;
      else if (span->end_ms > end_ms)
        covered_ms += span->end_ms - end_ms;
      end_ms = MAX (end_ms, span->end_ms);
    }

  return cpu_ms / MAX (covered_ms, 1.0);
}

static void
test_runner_gil (void)
{
  EaselWorkload w = { .paintings = 3, .coats = 2, .paint_ms = P_MS, .dry_ms = D_MS, .workers = 3 };
  g_autoptr(EaselTrace) trace = run_mode (EASEL_MODE_GIL, &w);
  double together = paint_overlap (trace);

  /* Threads paint at the same time, yet their CPU work never overlaps:
   * while any painting is being painted, at most one core's worth of CPU
   * is spent (plus the hand-over's slack). Three painters without the
   * GIL on two cores would spend close to two. */
  g_test_message ("GIL: %.2f cores while painting", together);
  g_assert_cmpfloat (together, <=, 1.1);
  g_assert_cmpfloat (together, >=, 0.5);

  /* Yet they are threads taking turns, not one thread painting the
   * paintings one after another. */
  {
    guint n_spans;
    const EaselSpan *spans = easel_trace_get_spans (trace, &n_spans);
    gboolean threads[3] = { FALSE };
    gboolean in_turn = FALSE;
    guint n_threads = 0;

    for (guint i = 0; i < n_spans; i++)
      {
        if (spans[i].phase != EASEL_PHASE_PAINT)
          continue;
        g_assert_cmpint (spans[i].thread, >=, 0);
        g_assert_cmpint (spans[i].thread, <, 3);
        threads[spans[i].thread] = TRUE;
        for (guint j = 0; j < n_spans; j++)
          if (spans[j].phase == EASEL_PHASE_PAINT && spans[i].painting != spans[j].painting &&
              overlap (&spans[i], &spans[j]))
            in_turn = TRUE;
      }
    for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
      n_threads += threads[t];

    g_assert_cmpuint (n_threads, >=, 2);
    g_assert_true (in_turn);
  }

  if (easel_cores_get_default ()->usable >= 2)
    {
      g_autoptr(EaselTrace) parallel = run_mode (EASEL_MODE_PARALLEL, &w);

      /* What the bound tells apart; a busy machine may blur it, so it is
       * only reported. */
      g_test_message ("parallel: %.2f cores while painting", paint_overlap (parallel));
    }
}

typedef struct
{
  guint    most_on_core;
  gboolean out_of_order;
} LiveCheck;

static void
live_progress_cb (EaselRunner *runner,
                  guint        painting,
                  double       fraction,
                  LiveCheck   *check)
{
  EaselLiveCoat coat;
  double now = easel_runner_get_elapsed_ms (runner);

  /* The coat goes on (its span finishes after its last progress). */
  if (fraction >= 1.0)
    return;

  g_assert_true (easel_runner_get_live_coat (runner, painting, &coat));
  check->most_on_core = MAX (check->most_on_core, coat.n_on_core);
  for (guint k = 0; k < 2 * coat.n_on_core; k++)
    if ((k > 0 && coat.on_core[k] < coat.on_core[k - 1]) || coat.on_core[k] < 0 ||
        coat.on_core[k] > coat.on_since_ms)
      check->out_of_order = TRUE;
  if (coat.on_since_ms > coat.as_of_ms || coat.as_of_ms > now + 1)
    check->out_of_order = TRUE;
}

/* A coat being painted under the GIL shows its turns as it goes, not
 * only once it is done: the views draw it from these. */
static void
test_runner_live_intervals (void)
{
  EaselWorkload w = { .paintings = 3, .coats = 1, .paint_ms = 300, .dry_ms = D_MS, .workers = 3 };
  g_autoptr(EaselRunner) runner = NULL;
  Outcome outcome = { NULL };
  LiveCheck check = { 0 };
  EaselLiveCoat coat;

  runner = easel_runner_new (EASEL_MODE_GIL, &w);
  g_signal_connect (runner, "progress", G_CALLBACK (live_progress_cb), &check);
  g_signal_connect (runner, "progress", G_CALLBACK (progress_cb), &outcome);
  easel_runner_run_async (runner, NULL, run_done_cb, &outcome);
  wait_for (&outcome);
  g_assert_no_error (outcome.error);
  g_clear_pointer (&outcome.trace, easel_trace_unref);

  g_test_message ("at most %u intervals on a core reported for a coat going on", check.most_on_core);
  g_assert_cmpuint (check.most_on_core, >=, 3);
  g_assert_false (check.out_of_order);

  /* Done, a coat's live intervals are gone: the span has its own. */
  for (guint i = 0; i < w.paintings; i++)
    {
      g_assert_false (easel_runner_get_live_coat (runner, i, &coat));
      g_assert_cmpuint (coat.n_on_core, ==, 0);
    }
}

typedef struct
{
  const char *name;
  EaselMode   mode;
  guint       paint_ms;
  guint       dry_ms;
} CancelCase;

static gboolean
cancel_cb (gpointer user_data)
{
  gint64 *cancelled_at = g_object_get_data (user_data, "cancelled-at");

  *cancelled_at = g_get_monotonic_time ();
  g_cancellable_cancel (user_data);

  return G_SOURCE_REMOVE;
}

static void
test_runner_cancel (gconstpointer data)
{
  const CancelCase *cancel = data;
  EaselWorkload w = { .paintings = 3, .coats = 2, .paint_ms = cancel->paint_ms, .dry_ms = cancel->dry_ms, .workers = 3 };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(EaselRunner) runner = NULL;
  Outcome outcome = { NULL };
  guint threads_before = easel_test_count_threads ();
  gint64 cancelled_at = 0;
  gint64 returned_after;

  g_object_set_data (G_OBJECT (cancellable), "cancelled-at", &cancelled_at);
  g_timeout_add (300, cancel_cb, cancellable);

  runner = start_run (cancel->mode, &w, cancellable, &outcome);
  wait_for (&outcome);
  returned_after = g_get_monotonic_time () - cancelled_at;

  g_test_message ("%s: returned %.1f ms after the cancellation",
                  cancel->name, returned_after / 1000.0);

  g_assert_null (outcome.trace);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&outcome.error);
  /* At once: a coat would take 2 s more. */
  g_assert_cmpint (returned_after, <, 500 * G_TIME_SPAN_MILLISECOND);
  g_assert_false (easel_runner_is_running (runner));
  easel_test_assert_threads_back_to (threads_before);
}

static void
test_runner_repeated_cancel (void)
{
  EaselWorkload w = { .paintings = 4, .coats = 1, .paint_ms = 50, .dry_ms = 50, .workers = 4 };
  guint threads_before = easel_test_count_threads ();

  /* Start and stop often, in every mode, at once: nothing leaks. */
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(EaselRunner) runner = NULL;
      Outcome outcome = { NULL };

      runner = start_run (i % EASEL_N_MODES, &w, cancellable, &outcome);
      if (i % 2 == 0)
        g_cancellable_cancel (cancellable);
      else
        g_timeout_add_once (5, (GSourceOnceFunc) g_cancellable_cancel, cancellable);
      wait_for (&outcome);
      g_clear_error (&outcome.error);
      g_clear_pointer (&outcome.trace, easel_trace_unref);
    }

  easel_test_assert_threads_back_to (threads_before);
}

typedef struct
{
  GString *events;
  guint    n_results;
  gboolean done;
  gboolean ok;
  GError  *error;
} SeriesOutcome;

static void
series_started_cb (EaselSeries   *series,
                   EaselRunner   *runner,
                   EaselTrace    *predicted,
                   SeriesOutcome *outcome)
{
  g_assert_true (g_thread_self () == main_thread);
  g_assert_true (runner == easel_series_get_runner (series));
  g_assert_cmpint (easel_trace_get_mode (predicted), ==, easel_runner_get_mode (runner));
  g_string_append_printf (outcome->events, "start %s;", easel_mode_to_string (easel_runner_get_mode (runner)));
}

static void
series_finished_cb (EaselSeries   *series,
                    EaselTrace    *measured,
                    EaselTrace    *predicted,
                    SeriesOutcome *outcome)
{
  g_assert_true (easel_trace_is_finished (measured));
  g_assert_cmpint (easel_trace_get_mode (measured), ==, easel_trace_get_mode (predicted));
  g_string_append_printf (outcome->events, "end %s;", easel_mode_to_string (easel_trace_get_mode (measured)));
}

static void
series_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  SeriesOutcome *outcome = user_data;

  outcome->ok = easel_series_run_finish (EASEL_SERIES (object), result, &outcome->error);
  easel_series_get_results (EASEL_SERIES (object), &outcome->n_results);
  outcome->done = TRUE;
}

static void
run_series (EaselSeries   *series,
            GCancellable  *cancellable,
            SeriesOutcome *outcome)
{
  guint timeout_id = g_timeout_add (RUN_TIMEOUT_MS, timed_out_cb, NULL);

  outcome->events = g_string_new (NULL);
  g_signal_connect (series, "run-started", G_CALLBACK (series_started_cb), outcome);
  g_signal_connect (series, "run-finished", G_CALLBACK (series_finished_cb), outcome);
  easel_series_run_async (series, cancellable, series_done_cb, outcome);

  while (!outcome->done)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (timeout_id);
}

/* A series runs its modes one after another, in order, each beside its
 * prediction for the usable cores. */
static void
test_series_in_turn (void)
{
  EaselWorkload w = { .paintings = 2, .coats = 1, .paint_ms = 30, .dry_ms = 30, .workers = 2 };
  const EaselMode modes[] = { EASEL_MODE_PARALLEL, EASEL_MODE_SEQUENTIAL, EASEL_MODE_GIL };
  g_autoptr(EaselSeries) series = easel_series_new (modes, G_N_ELEMENTS (modes), &w);
  guint threads_before = easel_test_count_threads ();
  SeriesOutcome outcome = { NULL };
  const EaselRunResult *results;
  EaselRunResult last;
  EaselRecord *record;
  guint n_results;

  run_series (series, NULL, &outcome);

  g_assert_no_error (outcome.error);
  g_assert_true (outcome.ok);
  /* One run at a time: each starts once the one before has ended. */
  g_assert_cmpstr (outcome.events->str, ==,
                   "start parallel;end parallel;start sequential;end sequential;start gil;end gil;");
  results = easel_series_get_results (series, &n_results);
  g_assert_cmpuint (n_results, ==, 3);
  for (guint i = 0; i < n_results; i++)
    {
      g_assert_cmpint (easel_trace_get_mode (results[i].measured), ==, modes[i]);
      g_assert_cmpint (easel_trace_get_mode (results[i].predicted), ==, modes[i]);
      g_assert_cmpfloat (easel_trace_get_cores (results[i].predicted), ==, easel_cores_get_default ()->usable);
    }
  g_assert_null (easel_series_get_runner (series));

  /* The results are the series' record's, finished and dated, a list
   * of the same runs. */
  record = easel_series_get_record (series);
  g_assert_true (easel_record_is_finished (record));
  g_assert_nonnull (easel_record_get_date (record));
  g_assert_null (easel_record_get_scaling_params (record));
  g_assert_true (easel_record_get_results (record, &n_results) == results);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (record)), ==, 3);
  for (guint i = 0; i < n_results; i++)
    {
      g_autoptr(EaselRun) run = g_list_model_get_item (G_LIST_MODEL (record), i);

      g_assert_true (easel_run_get_measured (run) == results[i].measured);
      g_assert_true (easel_run_get_predicted (run) == results[i].predicted);
    }
  g_assert_true (easel_record_get_last_run (record, &last));
  g_assert_true (last.measured == results[2].measured);

  easel_test_assert_threads_back_to (threads_before);
  g_string_free (outcome.events, TRUE);
}

/* Stopped in its second run, a series keeps the first and reports the
 * stop; the stopped run stays, with what it did. */
static void
test_series_stop (void)
{
  EaselWorkload w = { .paintings = 2, .coats = 2, .paint_ms = 40, .dry_ms = 2000, .workers = 2 };
  g_autoptr(EaselSeries) series = easel_series_new_all (&w);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  guint threads_before = easel_test_count_threads ();
  SeriesOutcome outcome = { NULL };
  EaselRunResult last;

  g_signal_connect_swapped (series, "run-finished", G_CALLBACK (g_cancellable_cancel), cancellable);
  run_series (series, cancellable, &outcome);

  g_assert_false (outcome.ok);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&outcome.error);
  /* Cancelled as the first run ended: the second never started, or
   * stopped at once. */
  g_assert_cmpuint (outcome.n_results, ==, 1);
  g_assert_cmpstr (outcome.events->str, ==, "start sequential;end sequential;");
  /* The record is finished with the run that ended, not one cut short. */
  g_assert_true (easel_record_is_finished (easel_series_get_record (series)));
  g_assert_true (easel_record_get_last_run (easel_series_get_record (series), &last));
  g_assert_false (easel_trace_is_stopped (last.measured));
  g_assert_cmpint (easel_trace_get_mode (last.measured), ==, EASEL_MODE_SEQUENTIAL);
  easel_test_assert_threads_back_to (threads_before);
  g_string_free (outcome.events, TRUE);
}

static void
scaling_point_cb (EaselSeries  *scaling,
                  EaselTrace   *measured,
                  EaselTrace   *predicted,
                  GCancellable *cancellable)
{
  guint n_points;

  /* Stopped as its second point is in. */
  easel_series_get_results (scaling, &n_points);
  if (n_points == 2)
    g_cancellable_cancel (cancellable);
}

/* A scaling curve stopped midway keeps its points so far, and every
 * thread it started is gone. */
static void
test_scaling_stop (void)
{
  EaselScalingParams params = { 120, 1, 0, 3 };
  g_autoptr(EaselSeries) scaling = easel_scaling_new_series (&params);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  guint threads_before = easel_test_count_threads ();
  const EaselRunResult *points;
  guint n_points;

  g_signal_connect (scaling, "run-finished", G_CALLBACK (scaling_point_cb), cancellable);
  g_assert_false (easel_series_run (scaling, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  points = easel_series_get_results (scaling, &n_points);
  g_assert_cmpuint (n_points, ==, 2);
  for (guint i = 0; i < n_points; i++)
    {
      g_assert_cmpint (easel_trace_get_mode (points[i].measured), ==, EASEL_MODE_PARALLEL);
      g_assert_cmpuint (easel_trace_get_workload (points[i].measured)->workers, ==, i + 1);
      g_assert_cmpfloat (easel_trace_get_makespan (points[i].measured), >=,
                         0.9 * easel_trace_get_makespan (points[i].predicted));
    }
  g_assert_cmpfloat (easel_scaling_speedup (points, n_points, 0, FALSE), ==, 1.0);
  /* Its record says what the curve measures. */
  g_assert_true (easel_record_is_finished (easel_series_get_record (scaling)));
  g_assert_cmpmem (easel_record_get_scaling_params (easel_series_get_record (scaling)), sizeof params,
                   &params, sizeof params);
  easel_test_assert_threads_back_to (threads_before);
}

typedef struct
{
  GString *events;
} RecordEvents;

static void
record_items_changed_cb (GListModel   *model,
                         guint         position,
                         guint         removed,
                         guint         added,
                         RecordEvents *events)
{
  g_string_append_printf (events->events, "changed %u-%u+%u;", position, removed, added);
}

static void
record_finished_cb (EaselRecord  *record,
                    GParamSpec   *pspec,
                    RecordEvents *events)
{
  g_string_append (events->events, "finished;");
}

/* A record is a list of its runs that says what changes: each run added
 * is an item, its end is told once, and the run a timeline shows is the
 * one cut short if there is one, else the last. */
static void
test_record_model (void)
{
  EaselWorkload w = { .paintings = 2, .coats = 1, .paint_ms = 30, .dry_ms = 30, .workers = 2 };
  g_autoptr(EaselRecord) record = easel_record_new (NULL);
  g_autoptr(EaselTrace) first = easel_schedule_predict (EASEL_MODE_SEQUENTIAL, &w, 2.0);
  g_autoptr(EaselTrace) second = easel_schedule_predict (EASEL_MODE_PARALLEL, &w, 2.0);
  g_autoptr(EaselTrace) stopped = easel_schedule_predict (EASEL_MODE_GIL, &w, 2.0);
  RecordEvents events = { g_string_new (NULL) };
  EaselRunResult run;
  guint n_results;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (record)) == EASEL_TYPE_RUN);
  g_assert_false (easel_record_get_last_run (record, &run));
  g_assert_null (run.measured);
  g_assert_null (easel_record_get_date (record));

  g_signal_connect (record, "items-changed", G_CALLBACK (record_items_changed_cb), &events);
  g_signal_connect (record, "notify::finished", G_CALLBACK (record_finished_cb), &events);
  easel_record_start (record);
  easel_record_append (record, first, NULL);
  easel_record_append (record, second, first);
  g_assert_true (easel_record_get_last_run (record, &run));
  g_assert_true (run.measured == second && run.predicted == first);
  easel_record_finish (record, stopped, NULL);

  g_assert_cmpstr (events.events->str, ==, "changed 0-0+1;changed 1-0+1;finished;");
  g_assert_nonnull (easel_record_get_date (record));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (record), 2));
  /* The run cut short shows on a timeline, and counts as no result. */
  easel_record_get_results (record, &n_results);
  g_assert_cmpuint (n_results, ==, 2);
  g_assert_true (easel_record_get_last_run (record, &run));
  g_assert_true (run.measured == stopped && run.predicted == NULL);
  g_string_free (events.events, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  /* Cancelled after 300 ms: in the middle of a long coat, or while every
   * started coat is drying. */
  static const CancelCase cancel_cases[] = {
    { "sequential-painting", EASEL_MODE_SEQUENTIAL, 2000, 2000 },
    { "async-painting", EASEL_MODE_ASYNC, 2000, 2000 },
    { "parallel-painting", EASEL_MODE_PARALLEL, 2000, 2000 },
    { "gil-painting", EASEL_MODE_GIL, 2000, 2000 },
    { "sequential-drying", EASEL_MODE_SEQUENTIAL, 50, 2000 },
    { "async-drying", EASEL_MODE_ASYNC, 50, 2000 },
    { "parallel-drying", EASEL_MODE_PARALLEL, 50, 2000 },
    { "gil-drying", EASEL_MODE_GIL, 50, 2000 },
  };

  g_test_init (&argc, &argv, NULL);
  main_thread = g_thread_self ();

  /* GTask's class starts GLib's own worker thread ("gmain") once per
   * process; count threads only after that. */
  g_type_ensure (G_TYPE_TASK);

  g_test_add_func ("/easel/runner/sequential", test_runner_sequential);
  g_test_add_func ("/easel/runner/trace-finished", test_runner_trace_finished);
  g_test_add_func ("/easel/runner/async", test_runner_async);
  g_test_add_func ("/easel/runner/parallel", test_runner_parallel);
  g_test_add_func ("/easel/runner/gil", test_runner_gil);
  g_test_add_func ("/easel/runner/live-intervals", test_runner_live_intervals);
  g_test_add_func ("/easel/runner/waiting-for-a-core", test_runner_waiting_for_a_core);
  g_test_add_func ("/easel/runner/load-strip", test_runner_load_strip);

  for (guint i = 0; i < G_N_ELEMENTS (cancel_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/easel/runner/cancel/%s", cancel_cases[i].name);

      g_test_add_data_func (path, &cancel_cases[i], test_runner_cancel);
    }

  g_test_add_func ("/easel/runner/repeated-cancel", test_runner_repeated_cancel);
  g_test_add_func ("/easel/series/in-turn", test_series_in_turn);
  g_test_add_func ("/easel/series/stop", test_series_stop);
  g_test_add_func ("/easel/scaling/stop", test_scaling_stop);
  g_test_add_func ("/easel/record/model", test_record_model);

  return g_test_run ();
}
