/* test-schedule.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The predicted schedule against the closed forms of the timing model, and
 * the invariants of every schedule it makes.
 */

#include "config.h"

#include <math.h>

#include "easel-scaling.h"
#include "easel-schedule.h"

#define TOLERANCE 1e-6

static const guint paintings[] = { 1, 2, 3, 5, 12 };
static const guint coats[] = { 1, 2, 5 };
static const guint paint_times[] = { 10, 37, 500 };
static const guint dry_times[] = { 0, 13, 1000 };
static const guint cores[] = { 1, 2, 3, 4, 16 };

typedef void (*CaseFunc) (const EaselWorkload *workload,
                          guint                cores);

/* Calls @func for every combination above, with one worker per painting. */
static void
for_each_case (CaseFunc func)
{
  for (guint n = 0; n < G_N_ELEMENTS (paintings); n++)
    for (guint k = 0; k < G_N_ELEMENTS (coats); k++)
      for (guint p = 0; p < G_N_ELEMENTS (paint_times); p++)
        for (guint d = 0; d < G_N_ELEMENTS (dry_times); d++)
          for (guint c = 0; c < G_N_ELEMENTS (cores); c++)
            {
              EaselWorkload workload = {
                .paintings = paintings[n], .coats = coats[k], .paint_ms = paint_times[p],
                .dry_ms = dry_times[d], .workers = paintings[n],
              };

              func (&workload, cores[c]);
            }
}

static double
predict (EaselMode            mode,
         const EaselWorkload *workload,
         guint                n_cores)
{
  g_autoptr(EaselTrace) trace = easel_schedule_predict (mode, workload, n_cores);

  return easel_trace_get_makespan (trace);
}

static void
check_closed_forms (const EaselWorkload *w,
                    guint                c)
{
  double n = w->paintings, k = w->coats, p = w->paint_ms, d = w->dry_ms;

  /* Sequential: everything one after another. */
  g_assert_cmpfloat_with_epsilon (predict (EASEL_MODE_SEQUENTIAL, w, c), n * k * (p + d), TOLERANCE);

  /* Async with one coat: all the painting back to back, then the last
   * coat dries. */
  if (w->coats == 1)
    g_assert_cmpfloat_with_epsilon (predict (EASEL_MODE_ASYNC, w, c), n * p + d, TOLERANCE);

  /* Parallel with a worker and a core per painting: one painting's time. */
  if (c >= w->paintings)
    g_assert_cmpfloat_with_epsilon (predict (EASEL_MODE_PARALLEL, w, c), k * (p + d), TOLERANCE);

  /* Parallel with more paintings than cores: they share the cores. */
  if (w->coats == 1 && w->paintings > c)
    g_assert_cmpfloat_with_epsilon (predict (EASEL_MODE_PARALLEL, w, c), n * p / c + d, TOLERANCE);

  /* Under the GIL, all the painting takes one core's time at least; with
   * one coat it is exactly that, plus the last drying. */
  g_assert_cmpfloat (predict (EASEL_MODE_GIL, w, c), >=, n * k * p - TOLERANCE);
  if (w->coats == 1)
    g_assert_cmpfloat_with_epsilon (predict (EASEL_MODE_GIL, w, c), n * p + d, TOLERANCE);
}

static void
test_schedule_closed_forms (void)
{
  for_each_case (check_closed_forms);
}

static void
check_invariants (const EaselWorkload *w,
                  guint                c)
{
  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    {
      g_autoptr(EaselTrace) trace = easel_schedule_predict (mode, w, c);
      guint n_spans;
      const EaselSpan *spans = easel_trace_get_spans (trace, &n_spans);
      double makespan = easel_trace_get_makespan (trace);
      double last_end = 0.0;

      g_assert_cmpuint (easel_trace_count_spans (trace, EASEL_PHASE_PAINT), ==, w->paintings * w->coats);
      g_assert_cmpuint (easel_trace_count_spans (trace, EASEL_PHASE_DRY), ==, w->paintings * w->coats);
      if (mode != EASEL_MODE_ASYNC)
        g_assert_cmpuint (easel_trace_count_spans (trace, EASEL_PHASE_WAIT), ==, 0);

      g_assert_cmpfloat_with_epsilon (easel_trace_get_cpu_ms (trace),
                                      (double) w->paintings * w->coats * w->paint_ms, TOLERANCE);

      for (guint i = 0; i < n_spans; i++)
        {
          const EaselSpan *a = &spans[i];

          g_assert_cmpfloat (a->start_ms, >=, 0.0);
          g_assert_cmpfloat (a->end_ms, >=, a->start_ms);
          last_end = MAX (last_end, a->end_ms);

          if (a->phase == EASEL_PHASE_DRY)
            g_assert_cmpfloat_with_epsilon (a->end_ms - a->start_ms, w->dry_ms, TOLERANCE);
          if (a->phase == EASEL_PHASE_DRY && mode == EASEL_MODE_ASYNC)
            g_assert_cmpint (a->thread, ==, -1);
          else
            g_assert_cmpint (a->thread, >=, 0);
          if (mode == EASEL_MODE_SEQUENTIAL || mode == EASEL_MODE_ASYNC)
            g_assert_cmpint (a->thread, <=, 0);
          else
            g_assert_cmpint (a->thread, <, (int) MIN (w->workers, w->paintings));

          /* Coats of a painting follow each other: paint k+1 after dry k. */
          for (guint j = 0; j < n_spans; j++)
            {
              const EaselSpan *b = &spans[j];

              if (b->painting == a->painting && b->coat == a->coat + 1 &&
                  a->phase == EASEL_PHASE_DRY && b->phase == EASEL_PHASE_PAINT)
                g_assert_cmpfloat (b->start_ms, >=, a->end_ms - TOLERANCE);

              /* One thread never paints two coats at once. */
              if (i < j && a->phase == EASEL_PHASE_PAINT && b->phase == EASEL_PHASE_PAINT &&
                  a->thread == b->thread)
                g_assert_true (a->end_ms <= b->start_ms + TOLERANCE ||
                               b->end_ms <= a->start_ms + TOLERANCE);
            }
        }

      g_assert_cmpfloat_with_epsilon (makespan, last_end, TOLERANCE);
    }
}

static void
test_schedule_invariants (void)
{
  for_each_case (check_invariants);
}

static void
test_schedule_fewer_workers (void)
{
  /* Four paintings, one coat, two workers on two cores: two rounds. */
  EaselWorkload w = { .paintings = 4, .coats = 1, .paint_ms = 100, .dry_ms = 50, .workers = 2 };
  /* One worker is sequential. */
  EaselWorkload one = { .paintings = 5, .coats = 2, .paint_ms = 30, .dry_ms = 70, .workers = 1 };
  /* Twelve paintings, twelve workers, two cores. */
  EaselWorkload crowd = { .paintings = 12, .coats = 1, .paint_ms = 100, .dry_ms = 40, .workers = 12 };

  g_assert_cmpfloat_with_epsilon (predict (EASEL_MODE_PARALLEL, &w, 2), 2 * (100 + 50), TOLERANCE);
  g_assert_cmpfloat_with_epsilon (predict (EASEL_MODE_PARALLEL, &one, 8),
                                  predict (EASEL_MODE_SEQUENTIAL, &one, 8), TOLERANCE);
  g_assert_cmpfloat_with_epsilon (predict (EASEL_MODE_PARALLEL, &crowd, 2), 12 * 100 / 2.0 + 40, TOLERANCE);

  /* Three workers, four paintings, two cores: while three paint they
   * share two cores (1.5 P); the fourth starts when the first has dried. */
  {
    EaselWorkload odd = { .paintings = 4, .coats = 1, .paint_ms = 100, .dry_ms = 1000, .workers = 3 };

    g_assert_cmpfloat_with_epsilon (predict (EASEL_MODE_PARALLEL, &odd, 2),
                                    150 + 1000 + 100 + 1000, TOLERANCE);
  }
}

static void
test_schedule_async_waits (void)
{
  /* Three paintings, two coats, P = 500, D = 1000 (the lecture's case):
   * paints at 0, 500, 1000; coat 2 of painting 0 is ready at 1500 and
   * painted then; the others follow at 2000 and 2500; the last coat
   * dries by 4000. */
  EaselWorkload w = { .paintings = 3, .coats = 2, .paint_ms = 500, .dry_ms = 1000, .workers = 3 };
  g_autoptr(EaselTrace) trace = easel_schedule_predict (EASEL_MODE_ASYNC, &w, 2);

  g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (trace), 4000, TOLERANCE);
  /* Paintings 1 and 2 wait for the painter at the start. */
  g_assert_cmpuint (easel_trace_count_spans (trace, EASEL_PHASE_WAIT), ==, 2);

  /* With a short drying, coats queue up behind the painter. */
  {
    EaselWorkload quick = { .paintings = 3, .coats = 2, .paint_ms = 500, .dry_ms = 100, .workers = 3 };
    g_autoptr(EaselTrace) busy = easel_schedule_predict (EASEL_MODE_ASYNC, &quick, 2);

    g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (busy), 6 * 500 + 100, TOLERANCE);
    g_assert_cmpuint (easel_trace_count_spans (busy, EASEL_PHASE_WAIT), >, 2);
  }
}

/* A CPU quota of half a core paints at half speed in every mode; 1.5
 * cores share like three threads on two cores, scaled. */
static void
test_schedule_fractional_cores (void)
{
  EaselWorkload w = { .paintings = 3, .coats = 1, .paint_ms = 100, .dry_ms = 50, .workers = 3 };
  g_autoptr(EaselTrace) sequential = easel_schedule_predict (EASEL_MODE_SEQUENTIAL, &w, 0.5);
  g_autoptr(EaselTrace) async = easel_schedule_predict (EASEL_MODE_ASYNC, &w, 0.5);
  g_autoptr(EaselTrace) parallel = easel_schedule_predict (EASEL_MODE_PARALLEL, &w, 0.5);
  g_autoptr(EaselTrace) gil = easel_schedule_predict (EASEL_MODE_GIL, &w, 0.5);
  g_autoptr(EaselTrace) parallel_15 = easel_schedule_predict (EASEL_MODE_PARALLEL, &w, 1.5);

  /* N·K·(P/0.5 + D) */
  g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (sequential), 3 * (200 + 50), 1e-6);
  /* Async, K = 1: N·P/0.5 + D */
  g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (async), 3 * 200 + 50, 1e-6);
  /* Parallel, K = 1, W = N: N·P/C + D */
  g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (parallel), 3 * 100 / 0.5 + 50, 1e-6);
  g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (gil), 3 * 100 / 0.5 + 50, 1e-6);
  g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (parallel_15), 3 * 100 / 1.5 + 50, 1e-6);
}

/* The scaling curve's shape: CPU-only work climbs with the workers up to
 * the cores and stays flat after them; under the GIL it stays at one;
 * work that mostly waits climbs past the cores. On 1, 2 and 128 cores. */
static void
test_schedule_scaling_shape (void)
{
  static const double core_counts[] = { 1, 2, 128 };

  for (guint c = 0; c < G_N_ELEMENTS (core_counts); c++)
    {
      double n_cores = core_counts[c];
      EaselCapacity capacity;
      EaselScalingParams params;

      g_autoptr(EaselScalingPrediction) prediction = NULL;
      g_autofree guint *points = NULL;
      guint n_points;

      /* The defaults are runnable on any machine: 256 workers get more
       * than the default 2 s of work, with drying too. */
      easel_capacity_init (&capacity, n_cores);
      easel_scaling_params_init (&params, n_cores);
      g_assert_cmpuint (params.max_workers, ==, MAX (4, 2 * (guint) n_cores));
      g_assert_true (easel_scaling_check_params (&params, NULL));
      {
        EaselScalingParams drying = params;

        easel_scaling_params_add_drying (&drying);
        g_assert_true (easel_scaling_check_params (&drying, NULL));
      }

      /* The measured points: every count on small machines; on big ones
       * a few dozen, still with 1, the cores and the most. */
      points = g_new (guint, params.max_workers);
      n_points = easel_scaling_get_points (&params, points);
      g_assert_cmpuint (points[0], ==, 1);
      g_assert_cmpuint (points[n_points - 1], ==, params.max_workers);
      if (params.max_workers <= 16)
        g_assert_cmpuint (n_points, ==, params.max_workers);
      else
        g_assert_cmpuint (n_points, <=, 24);
      for (guint i = 0; i < n_points; i++)
        g_assert_true (i == 0 || points[i] > points[i - 1]);
      {
        gboolean has_cores = FALSE;

        for (guint i = 0; i < n_points; i++)
          has_cores |= points[i] == (guint) MAX (n_cores, 1);
        g_assert_true (has_cores || n_cores < 2);
      }

      /* Over one worker doing the same work: the shares' rounding does
       * not lift the curve above the cores. */
      prediction = easel_scaling_prediction_new (&params, &capacity);
      for (guint w = 1; w <= params.max_workers; w++)
        {
          g_assert_cmpfloat (easel_scaling_prediction_speedup (prediction, EASEL_MODE_PARALLEL, w),
                             <=, MIN (w, n_cores) * 1.01);
          g_assert_cmpfloat (easel_scaling_prediction_speedup (prediction, EASEL_MODE_GIL, w), <=, 1.01);
        }

      for (guint w = 1; w <= params.max_workers; w = w < 8 ? w + 1 : w * 2)
        {
          EaselWorkload workload;
          double one = easel_scaling_predict (&params, EASEL_MODE_PARALLEL, 1, &capacity);
          double parallel = one / easel_scaling_predict (&params, EASEL_MODE_PARALLEL, w, &capacity);
          double gil = easel_scaling_predict (&params, EASEL_MODE_GIL, 1, &capacity) /
                       easel_scaling_predict (&params, EASEL_MODE_GIL, w, &capacity);

          /* Every worker has a painting, and the work adds up. */
          easel_scaling_workload (&params, w, &workload);
          g_assert_cmpuint (workload.paintings, ==, w);
          g_assert_cmpuint (workload.workers, ==, w);
          g_assert_true (easel_workload_is_runnable (&workload));
          g_assert_cmpfloat (fabs ((double) workload.paint_ms * w - params.work_ms), <=, w);

          g_assert_cmpfloat (fabs (parallel - MIN (w, n_cores)), <=, 0.02 * MIN (w, n_cores));
          g_assert_cmpfloat (fabs (gil - 1.0), <=, 0.02);
        }

      /* Mostly waiting: more workers than n_cores still help. */
      params.work_ms = 20 * params.max_workers;
      params.dry_ms = EASEL_DRY_MS_MAX;
      g_assert_cmpfloat (easel_scaling_predict (&params, EASEL_MODE_PARALLEL, 1, &capacity) /
                         easel_scaling_predict (&params, EASEL_MODE_PARALLEL, params.max_workers, &capacity),
                         >, 1.5 * n_cores);
    }
}

/* Four hardware threads on two cores: the third and fourth painter add
 * a quarter of a core each, so four paintings of 1 s on four threads
 * take 4 / 2.5 = 1.6 s, not 1 s; without SMT the same capacity is four
 * cores. The GIL and async are one thread: the siblings change nothing. */
static void
test_schedule_smt (void)
{
  EaselCapacity smt = { .usable = 4, .threads = 4, .physical = 2, .sibling = 0.25 };
  EaselCapacity flat;
  EaselWorkload w = { .paintings = 4, .coats = 1, .paint_ms = 1000, .dry_ms = 0, .workers = 4 };
  g_autoptr(EaselTrace) parallel = NULL;
  g_autoptr(EaselTrace) flat_parallel = NULL;
  g_autoptr(EaselTrace) gil = NULL;
  g_autoptr(EaselTrace) two = NULL;
  EaselWorkload pair = { .paintings = 2, .coats = 1, .paint_ms = 1000, .dry_ms = 0, .workers = 2 };

  easel_capacity_init (&flat, 4);
  g_assert_true (easel_capacity_has_smt (&smt));
  g_assert_false (easel_capacity_has_smt (&flat));

  g_assert_cmpfloat_with_epsilon (easel_capacity_for_threads (&smt, 1), 1.0, TOLERANCE);
  g_assert_cmpfloat_with_epsilon (easel_capacity_for_threads (&smt, 2), 2.0, TOLERANCE);
  g_assert_cmpfloat_with_epsilon (easel_capacity_for_threads (&smt, 3), 2.25, TOLERANCE);
  g_assert_cmpfloat_with_epsilon (easel_capacity_for_threads (&smt, 4), 2.5, TOLERANCE);
  g_assert_cmpfloat_with_epsilon (easel_capacity_for_threads (&smt, 9), 2.5, TOLERANCE);
  g_assert_cmpfloat_with_epsilon (easel_capacity_for_threads (&flat, 3), 3.0, TOLERANCE);

  parallel = easel_schedule_predict_on (EASEL_MODE_PARALLEL, &w, &smt);
  flat_parallel = easel_schedule_predict_on (EASEL_MODE_PARALLEL, &w, &flat);
  g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (parallel), 1600.0, TOLERANCE);
  g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (flat_parallel), 1000.0, TOLERANCE);

  /* Two threads have a core each. */
  two = easel_schedule_predict_on (EASEL_MODE_PARALLEL, &pair, &smt);
  g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (two), 1000.0, TOLERANCE);

  gil = easel_schedule_predict_on (EASEL_MODE_GIL, &w, &smt);
  g_assert_cmpfloat_with_epsilon (easel_trace_get_makespan (gil), 4000.0, TOLERANCE);

  /* A quota below the siblings' worth still binds. */
  smt.usable = 2.2;
  g_assert_cmpfloat_with_epsilon (easel_capacity_for_threads (&smt, 4), 2.2, TOLERANCE);

  /* The scaling curve bends at the physical cores: 2 workers are twice
   * as fast as one, 4 only 2.5 times. */
  {
    EaselScalingParams params;
    g_autoptr(EaselScalingPrediction) prediction = NULL;

    smt.usable = 4;
    easel_scaling_params_init (&params, 4);
    prediction = easel_scaling_prediction_new (&params, &smt);
    g_assert_cmpfloat (fabs (easel_scaling_prediction_speedup (prediction, EASEL_MODE_PARALLEL, 2) - 2.0), <=, 0.02);
    g_assert_cmpfloat (fabs (easel_scaling_prediction_speedup (prediction, EASEL_MODE_PARALLEL, 4) - 2.5), <=, 0.03);
    g_assert_cmpfloat (fabs (easel_scaling_prediction_speedup (prediction, EASEL_MODE_PARALLEL, 8) - 2.5), <=, 0.03);
  }
}

/* A run beside other programs: predicted again on what they left free
 * (the callers show it where they took more than a tenth of a core). */
static void
test_schedule_free (void)
{
  EaselWorkload w = { .paintings = 3, .coats = 1, .paint_ms = 500, .dry_ms = 0, .workers = 3 };
  struct {
    double other;
    double free_cores;
    double makespan;
  } cases[] = {
    { -1.0, 0.0, 0.0 },      /* unknown */
    { 0.0, 2.0, 750.0 },
    { 0.05, 1.95, 1500.0 / 1.95 },
    { 0.7, 1.3, 1500.0 / 1.3 },
    { 1.5, 0.5, 3000.0 },
    { 5.0, 0.01, 150000.0 }, /* more than the machine: a hundredth left */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EaselTrace) trace = easel_trace_new (EASEL_MODE_PARALLEL, &w, 2.0);
      double free_cores = -1.0;
      double makespan;

      easel_trace_set_makespan (trace, 2000.0);
      easel_trace_set_load (trace, 0.01, cases[i].other);
      easel_trace_finish (trace);

      makespan = easel_schedule_predict_free (trace, &free_cores);
      g_test_message ("other %g: free %g, %g ms", cases[i].other, free_cores, makespan);
      g_assert_cmpfloat_with_epsilon (free_cores, cases[i].free_cores, TOLERANCE);
      g_assert_cmpfloat_with_epsilon (makespan, cases[i].makespan, 1e-3);
    }

  /* Sequential needs one core: 1.3 free change nothing. */
  {
    g_autoptr(EaselTrace) trace = easel_trace_new (EASEL_MODE_SEQUENTIAL, &w, 2.0);
    double free_cores;

    easel_trace_set_load (trace, 0.01, 0.7);
    easel_trace_finish (trace);
    g_assert_cmpfloat_with_epsilon (easel_schedule_predict_free (trace, &free_cores), 1500.0, TOLERANCE);
  }
}

static void
add_run (GArray    *results,
         EaselMode  mode,
         guint      workers,
         double     makespan_ms)
{
  EaselScalingParams params;
  EaselWorkload workload;
  g_autoptr(EaselTrace) measured = NULL;
  g_autoptr(EaselTrace) predicted = NULL;

  easel_scaling_params_init (&params, 2);
  easel_scaling_workload (&params, workers, &workload);
  measured = easel_trace_new (mode, &workload, 2);
  easel_trace_set_makespan (measured, makespan_ms);
  easel_trace_finish (measured);
  predicted = easel_schedule_predict (mode, &workload, 2);
  easel_run_results_append (results, measured, predicted);
}

/* A curve measured in rounds: each point is the median of its runs, with
 * their spread, and runs that disagree by more than a fifth make it
 * uncertain; one slow run (another program's moment) does not move the
 * median. */
static void
test_schedule_scaling_points (void)
{
  g_autoptr(GArray) results = easel_run_results_array_new ();
  g_autoptr(GArray) points = NULL;
  EaselScalingParams params;
  const EaselScalingPoint *one, *two, *gil;

  easel_scaling_params_init (&params, 2);
  g_assert_cmpuint (easel_scaling_get_n_runs (&params), ==, EASEL_SCALING_REPEATS * 2 * params.max_workers);

  /* Three rounds of parallel 1, 2 and the GIL 2; the second round's
   * parallel 2 ran beside a burst of load elsewhere. */
  for (guint round = 0; round < 3; round++)
    {
      add_run (results, EASEL_MODE_PARALLEL, 1, 800 + round);
      add_run (results, EASEL_MODE_PARALLEL, 2, round == 1 ? 700 : 400 + round);
      add_run (results, EASEL_MODE_GIL, 2, 810 - round);
    }

  points = easel_scaling_points_new ((const EaselRunResult *) (gpointer) results->data, results->len);
  g_assert_cmpuint (points->len, ==, 3);
  one = &g_array_index (points, EaselScalingPoint, 0);
  two = &g_array_index (points, EaselScalingPoint, 1);
  gil = &g_array_index (points, EaselScalingPoint, 2);

  g_assert_cmpint (one->mode, ==, EASEL_MODE_PARALLEL);
  g_assert_cmpuint (one->workers, ==, 1);
  g_assert_cmpuint (one->n_runs, ==, 3);
  g_assert_cmpfloat (one->median_ms, ==, 801);
  g_assert_cmpfloat (one->speedup, ==, 1.0);
  g_assert_false (one->scattered);

  /* 400, 700, 402: the median is 402, the slow run only widens the
   * whisker, and 300 ms of 402 is more than a fifth. */
  g_assert_cmpuint (two->workers, ==, 2);
  g_assert_cmpfloat (two->median_ms, ==, 402);
  g_assert_cmpfloat (two->min_ms, ==, 400);
  g_assert_cmpfloat (two->max_ms, ==, 700);
  g_assert_cmpfloat (fabs (two->speedup - 801.0 / 402.0), <, 1e-9);
  g_assert_cmpfloat (fabs (two->speedup_low - 801.0 / 700.0), <, 1e-9);
  g_assert_cmpfloat (fabs (two->speedup_high - 801.0 / 400.0), <, 1e-9);
  g_assert_true (two->scattered);
  g_assert_cmpfloat (easel_trace_get_makespan (g_array_index (results, EaselRunResult, two->median_result).measured),
                     ==, 402);
  g_assert_cmpfloat (fabs (two->predicted_speedup - 2.0), <, 0.01);

  /* No one-worker run under the GIL: no speed-up to give. */
  g_assert_cmpint (gil->mode, ==, EASEL_MODE_GIL);
  g_assert_cmpfloat (gil->median_ms, ==, 809);
  g_assert_cmpfloat (gil->speedup, ==, 0.0);
  g_assert_false (gil->scattered);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/schedule/closed-forms", test_schedule_closed_forms);
  g_test_add_func ("/easel/schedule/invariants", test_schedule_invariants);
  g_test_add_func ("/easel/schedule/fewer-workers", test_schedule_fewer_workers);
  g_test_add_func ("/easel/schedule/fractional-cores", test_schedule_fractional_cores);
  g_test_add_func ("/easel/schedule/async-waits", test_schedule_async_waits);
  g_test_add_func ("/easel/schedule/scaling-shape", test_schedule_scaling_shape);
  g_test_add_func ("/easel/schedule/smt", test_schedule_smt);
  g_test_add_func ("/easel/schedule/free", test_schedule_free);
  g_test_add_func ("/easel/schedule/scaling-points", test_schedule_scaling_points);

  return g_test_run ();
}
