/* easel-schedule.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The predicted schedule: a deterministic simulation of the same policies
 * the runners follow, on an ideal machine. Painting threads share the CPU
 * evenly when there are more of them than cores (processor sharing); under
 * the GIL they share a single core's worth; drying costs no CPU; the async
 * loop paints ready coats one at a time, first ready first painted.
 * Where hardware threads share cores, threads past the physical cores
 * are worth a fraction of a core each (EaselCapacity).
 */

#include "config.h"

#include <math.h>

#include "easel-cores.h"
#include "easel-schedule.h"

/* Times are in ms; anything closer than this is the same moment. */
#define EPSILON 1e-9

typedef enum
{
  WORKER_IDLE,
  WORKER_PAINT,
  WORKER_DRY,
} WorkerState;

typedef struct
{
  WorkerState state;
  guint       painting;
  guint       coat;
  double      start;
  /* CPU ms still to paint, or when the drying ends. */
  double      remaining;
  double      until;
} Worker;

static void
add_span (EaselTrace *trace,
          guint       painting,
          guint       coat,
          EaselPhase  phase,
          int         thread,
          double      start,
          double      end,
          double      cpu)
{
  EaselSpan span = { painting, coat, phase, thread, start, end, cpu };

  easel_trace_add_span (trace, &span);
}

static void
start_painting (Worker      *worker,
                guint        painting,
                double       now,
                double       paint_ms)
{
  worker->state = WORKER_PAINT;
  worker->painting = painting;
  worker->coat = 0;
  worker->start = now;
  worker->remaining = paint_ms;
}

/* Workers take whole paintings, first come first served, and paint and dry
 * each coat in turn: sequential is this with one worker. @capacity is the
 * CPU the painting threads share (the cores, or one under the GIL). */
static void
predict_pool (EaselTrace          *trace,
              const EaselWorkload *w,
              guint                n_workers,
              const EaselCapacity *capacity)
{
  g_autofree Worker *workers = g_new0 (Worker, n_workers);
  guint next_painting = 0;
  double now = 0.0;

  for (guint i = 0; i < n_workers && next_painting < w->paintings; i++)
    start_painting (&workers[i], next_painting++, now, w->paint_ms);

  for (;;)
    {
      guint n_painting = 0;
      double rate;
      double step = INFINITY;

      for (guint i = 0; i < n_workers; i++)
        if (workers[i].state == WORKER_PAINT)
          n_painting++;

      rate = n_painting > 0 ? MIN (1.0, easel_capacity_for_threads (capacity, n_painting) / n_painting) : 0.0;

      for (guint i = 0; i < n_workers; i++)
        {
          if (workers[i].state == WORKER_PAINT)
            step = MIN (step, workers[i].remaining / rate);
          else if (workers[i].state == WORKER_DRY)
            step = MIN (step, workers[i].until - now);
        }

      if (isinf (step))
        break;

      now += step;

      for (guint i = 0; i < n_workers; i++)
        {
          Worker *worker = &workers[i];

          if (worker->state == WORKER_PAINT)
            {
              worker->remaining -= rate * step;
              if (worker->remaining > EPSILON)
                continue;

              add_span (trace, worker->painting, worker->coat, EASEL_PHASE_PAINT, i,
                        worker->start, now, w->paint_ms);
              worker->state = WORKER_DRY;
              worker->start = now;
              worker->until = now + w->dry_ms;
            }
          else if (worker->state == WORKER_DRY && worker->until - now <= EPSILON)
            {
              add_span (trace, worker->painting, worker->coat, EASEL_PHASE_DRY, i,
                        worker->start, now, 0.0);

              if (++worker->coat < w->coats)
                {
                  worker->state = WORKER_PAINT;
                  worker->start = now;
                  worker->remaining = w->paint_ms;
                }
              else if (next_painting < w->paintings)
                start_painting (worker, next_painting++, now, w->paint_ms);
              else
                worker->state = WORKER_IDLE;
            }
        }
    }

  easel_trace_set_makespan (trace, now);
}

typedef struct
{
  guint  painting;
  guint  coat;
  double ready_at;
} Ready;

static int
ready_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const Ready *ra = a;
  const Ready *rb = b;

  if (ra->ready_at < rb->ready_at - EPSILON)
    return -1;
  if (ra->ready_at > rb->ready_at + EPSILON)
    return 1;
  return 0;
}

/* One loop thread paints ready coats one at a time, first ready first;
 * each coat then dries on a timer while the loop paints others. */
static void
predict_async (EaselTrace          *trace,
               const EaselWorkload *w,
               double               speed)
{
  /* A coat's CPU time takes this long on the one thread's share. */
  double paint_ms = w->paint_ms / speed;
  g_autoptr(GQueue) ready = g_queue_new ();
  g_autoptr(GQueue) drying = g_queue_new ();
  double painter_free = 0.0;
  double makespan = 0.0;

  for (guint i = 0; i < w->paintings; i++)
    {
      Ready *r = g_new (Ready, 1);

      *r = (Ready) { i, 0, 0.0 };
      g_queue_push_tail (ready, r);
    }

  while (!g_queue_is_empty (ready) || !g_queue_is_empty (drying))
    {
      Ready *next;
      double start;

      /* Timers that fired while the loop painted are noticed first. */
      while (!g_queue_is_empty (drying) &&
             ((Ready *) g_queue_peek_head (drying))->ready_at <= painter_free + EPSILON)
        g_queue_insert_sorted (ready, g_queue_pop_head (drying), ready_compare, NULL);

      /* Nothing ready: the loop idles until the next coat has dried. */
      if (g_queue_is_empty (ready))
        {
          Ready *r = g_queue_pop_head (drying);

          painter_free = MAX (painter_free, r->ready_at);
          g_queue_push_tail (ready, r);
          continue;
        }

      next = g_queue_pop_head (ready);
      start = MAX (painter_free, next->ready_at);

      if (start - next->ready_at > EPSILON)
        add_span (trace, next->painting, next->coat, EASEL_PHASE_WAIT, 0,
                  next->ready_at, start, 0.0);
      add_span (trace, next->painting, next->coat, EASEL_PHASE_PAINT, 0,
                start, start + paint_ms, w->paint_ms);
      add_span (trace, next->painting, next->coat, EASEL_PHASE_DRY, -1,
                start + paint_ms, start + paint_ms + w->dry_ms, 0.0);

      painter_free = start + paint_ms;
      makespan = MAX (makespan, painter_free + w->dry_ms);

      if (next->coat + 1 < w->coats)
        {
          next->coat++;
          next->ready_at = painter_free + w->dry_ms;
          g_queue_insert_sorted (drying, next, ready_compare, NULL);
        }
      else
        {
          g_free (next);
        }
    }

  easel_trace_set_makespan (trace, makespan);
}

/* @capacity is @cores whole cores (or a fraction of one), no SMT. */
void
easel_capacity_init (EaselCapacity *capacity,
                     double         cores)
{
  g_return_if_fail (capacity != NULL);

  *capacity = (EaselCapacity) { .usable = cores, .sibling = EASEL_CAPACITY_SIBLING_DEFAULT };
}

/* This machine's capacity, read once; the sibling's worth may be set
 * later, from another thread than the readers': it is copied out under a
 * lock. */
static EaselCapacity default_capacity;
static GMutex default_lock;

static void
ensure_default (void)
{
  static gsize read;

  if (g_once_init_enter (&read))
    {
      const EaselCores *cores = easel_cores_get_default ();

      easel_capacity_init (&default_capacity, cores->usable);
      default_capacity.threads = cores->affinity;
      default_capacity.physical = cores->physical;
      g_once_init_leave (&read, 1);
    }
}

/* @capacity becomes this machine's: the usable cores, and how its
 * hardware threads share physical cores (read once, as
 * easel_cores_get_default() is), with what a sibling is worth here. Any
 * thread may call it. */
void
easel_capacity_init_default (EaselCapacity *capacity)
{
  g_return_if_fail (capacity != NULL);

  ensure_default ();
  g_mutex_lock (&default_lock);
  *capacity = default_capacity;
  g_mutex_unlock (&default_lock);
}

/* Makes @worth, measured here (easel_smt_measure_default()), what a
 * sibling is worth to this machine's predictions from now on; a negative
 * @worth (nothing measured) leaves the usual figure. Any thread may call
 * it. */
void
easel_capacity_set_sibling (double worth)
{
  if (worth < 0.0)
    return;

  ensure_default ();
  g_mutex_lock (&default_lock);
  default_capacity.sibling = CLAMP (worth, 0.0, 1.0);
  default_capacity.sibling_measured = TRUE;
  g_mutex_unlock (&default_lock);
  g_debug ("A second hardware thread on a busy core is worth %.2f of a core here", CLAMP (worth, 0.0, 1.0));
}

gboolean
easel_capacity_has_smt (const EaselCapacity *capacity)
{
  g_return_val_if_fail (capacity != NULL, FALSE);

  return capacity->physical > 0 && capacity->physical < capacity->threads;
}

/* The cores' worth @runnable threads get together: one each up to the
 * physical cores, then @sibling each on the second hardware threads,
 * never more than the usable cores. */
double
easel_capacity_for_threads (const EaselCapacity *capacity,
                            double               runnable)
{
  double worth;

  g_return_val_if_fail (capacity != NULL, 0.0);

  if (!easel_capacity_has_smt (capacity))
    return MIN (runnable, capacity->usable);

  worth = MIN (runnable, capacity->physical) +
          capacity->sibling * CLAMP (runnable - capacity->physical, 0.0,
                                     (double) (capacity->threads - capacity->physical));

  return MIN (worth, capacity->usable);
}

/* @capacity less the cores other programs took (@other_cores), in @free:
 * what the work could have had beside them. Never below a hundredth of a
 * core, which would make any prediction absurd. */
void
easel_capacity_left_free (const EaselCapacity *capacity,
                          double               other_cores,
                          EaselCapacity       *free)
{
  g_return_if_fail (capacity != NULL && free != NULL);

  *free = *capacity;
  free->usable = MAX (capacity->usable - MAX (other_cores, 0.0), 0.01);
}

/* The ideal spans and makespan of running @workload in @mode on
 * @capacity. */
EaselTrace *
easel_schedule_predict_on (EaselMode            mode,
                           const EaselWorkload *workload,
                           const EaselCapacity *capacity)
{
  EaselCapacity one;
  EaselTrace *trace;

  g_return_val_if_fail (mode < EASEL_N_MODES, NULL);
  g_return_val_if_fail (workload != NULL, NULL);
  g_return_val_if_fail (easel_workload_is_runnable (workload), NULL);
  g_return_val_if_fail (capacity != NULL && capacity->usable > 0.0, NULL);

  trace = easel_trace_new (mode, workload, capacity->usable);

  /* One thread at a time paints: a core's worth at most, whatever the
   * siblings. */
  easel_capacity_init (&one, MIN (capacity->usable, 1.0));

  switch (mode)
    {
    case EASEL_MODE_SEQUENTIAL:
      predict_pool (trace, workload, 1, capacity);
      break;

    case EASEL_MODE_ASYNC:
      predict_async (trace, workload, one.usable);
      break;

    case EASEL_MODE_PARALLEL:
      predict_pool (trace, workload, workload->workers, capacity);
      break;

    case EASEL_MODE_GIL:
      predict_pool (trace, workload, workload->workers, &one);
      break;

    default:
      g_assert_not_reached ();
    }

  easel_trace_finish (trace);

  return trace;
}

/* The model's makespan of @workload in @mode on @capacity. */
double
easel_schedule_predict_ms (EaselMode            mode,
                           const EaselWorkload *workload,
                           const EaselCapacity *capacity)
{
  g_autoptr(EaselTrace) trace = easel_schedule_predict_on (mode, workload, capacity);

  return easel_trace_get_makespan (trace);
}

/* The ideal spans and makespan of running @workload in @mode with @cores
 * whole cores, which may be a fraction (a CPU quota of half a core
 * paints at half speed), none of them sharing a physical core. */
EaselTrace *
easel_schedule_predict (EaselMode            mode,
                        const EaselWorkload *workload,
                        double               cores)
{
  EaselCapacity capacity;

  g_return_val_if_fail (cores > 0.0, NULL);

  easel_capacity_init (&capacity, cores);

  return easel_schedule_predict_on (mode, workload, &capacity);
}

/* The makespan @measured's run would have had on the cores other
 * programs left free during it (this machine's, less theirs), with that
 * number in @free_cores; 0 when the load is unknown. Only where they
 * took more than EASEL_CAPACITY_OTHERS_MIN cores is it worth showing. */
double
easel_schedule_predict_free (EaselTrace *measured,
                             double     *free_cores)
{
  g_autoptr(EaselTrace) predicted = NULL;
  EaselCapacity capacity;
  EaselCapacity free;
  double other;

  g_return_val_if_fail (measured != NULL, 0.0);

  if (free_cores != NULL)
    *free_cores = 0.0;

  if (!easel_trace_get_load (measured, NULL, &other))
    return 0.0;

  /* The machine the run was measured on, as many cores as it had. */
  easel_capacity_init_default (&capacity);
  capacity.usable = easel_trace_get_cores (measured);
  easel_capacity_left_free (&capacity, other, &free);
  predicted = easel_schedule_predict_on (easel_trace_get_mode (measured), easel_trace_get_workload (measured), &free);

  if (free_cores != NULL)
    *free_cores = free.usable;

  return easel_trace_get_makespan (predicted);
}
