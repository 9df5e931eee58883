/* easel-async-runner.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One thread runs its own GMainLoop. Drying is a one-shot timeout source on
 * that loop, so no thread waits for it; a coat whose drying has ended joins
 * a first-in first-out queue of ready coats, and the loop paints one ready
 * coat at a time, whichever is first. A coat that became ready while the
 * loop was busy painting another waits, and that wait is recorded.
 */

#include "config.h"

#include "easel-runner-private.h"

typedef struct
{
  EaselRunner parent_instance;
} EaselAsyncRunner;

typedef struct
{
  EaselRunnerClass parent_class;
} EaselAsyncRunnerClass;

G_DEFINE_FINAL_TYPE (EaselAsyncRunner, _easel_async_runner, EASEL_TYPE_RUNNER)

typedef struct _AsyncRun AsyncRun;

typedef struct
{
  AsyncRun *run;
  guint     painting;
  guint     coat;
  double    start_ms;
  /* When it became ready, once its drying has ended. */
  double    ready_ms;
  GSource  *timer;
} Coat;

struct _AsyncRun
{
  EaselRunner  *runner;
  GCancellable *cancellable;
  GMainContext *context;
  GMainLoop    *loop;
  GQueue        ready;
  GQueue        drying;
  GSource      *painter;
  double        last_paint_end_ms;
  guint         n_coats_left;
};

static gboolean paint_next_cb (gpointer user_data);

static void
wake_painter (AsyncRun *run)
{
  if (run->painter != NULL)
    return;

  /* Idle priority: timers that are due are dispatched first, so a coat
   * that dried during a paint is queued before the next one is chosen. */
  run->painter = g_idle_source_new ();
  g_source_set_callback (run->painter, paint_next_cb, run, NULL);
  g_source_set_static_name (run->painter, "[easel] async painter");
  g_source_attach (run->painter, run->context);
}

static int
coat_compare_ready (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const Coat *ca = a;
  const Coat *cb = b;

  return (ca->ready_ms > cb->ready_ms) - (ca->ready_ms < cb->ready_ms);
}

static gboolean
dried_cb (gpointer user_data)
{
  Coat *coat = user_data;
  AsyncRun *run = coat->run;
  const EaselWorkload *workload = easel_runner_get_workload (run->runner);
  double expiry_ms = coat->start_ms + workload->dry_ms;
  double now_ms = _easel_runner_now_ms (run->runner);
  EaselSpan span = { coat->painting, coat->coat, EASEL_PHASE_DRY, -1, coat->start_ms };

  /* If the loop was painting when the timer expired, the coat was dry at
   * the expiry and then waited; otherwise it is dry now. */
  span.end_ms = run->last_paint_end_ms > expiry_ms ? expiry_ms : now_ms;
  _easel_runner_span_finished (run->runner, &span);

  g_queue_remove (&run->drying, coat);
  g_clear_pointer (&coat->timer, g_source_unref);

  if (--run->n_coats_left == 0)
    g_main_loop_quit (run->loop);

  if (coat->coat + 1 < workload->coats)
    {
      coat->coat++;
      coat->ready_ms = span.end_ms;
      g_queue_insert_sorted (&run->ready, coat, coat_compare_ready, NULL);
      wake_painter (run);
    }
  else
    {
      g_free (coat);
    }

  return G_SOURCE_REMOVE;
}

static gboolean
paint_next_cb (gpointer user_data)
{
  AsyncRun *run = user_data;
  const EaselWorkload *workload = easel_runner_get_workload (run->runner);
  Coat *coat = g_queue_pop_head (&run->ready);
  EaselSpan span = { coat->painting, coat->coat, EASEL_PHASE_WAIT, 0 };
  double start_ms = _easel_runner_now_ms (run->runner);

  if (start_ms - coat->ready_ms >= EASEL_WAIT_THRESHOLD_MS)
    {
      span.start_ms = coat->ready_ms;
      span.end_ms = start_ms;
      _easel_runner_span_finished (run->runner, &span);
    }

  if (!_easel_runner_paint (run->runner, coat->painting, coat->coat, 0, NULL, run->cancellable))
    {
      g_free (coat);
      g_main_loop_quit (run->loop);
      g_clear_pointer (&run->painter, g_source_unref);
      return G_SOURCE_REMOVE;
    }

  run->last_paint_end_ms = _easel_runner_now_ms (run->runner);

  span.phase = EASEL_PHASE_DRY;
  span.thread = -1;
  span.start_ms = run->last_paint_end_ms;
  span.end_ms = span.start_ms;
  _easel_runner_span_started (run->runner, &span);

  coat->start_ms = span.start_ms;
  coat->timer = g_timeout_source_new (workload->dry_ms);
  g_source_set_callback (coat->timer, dried_cb, coat, NULL);
  g_source_set_static_name (coat->timer, "[easel] drying");
  g_source_attach (coat->timer, run->context);
  g_queue_push_tail (&run->drying, coat);

  if (g_queue_is_empty (&run->ready))
    {
      g_clear_pointer (&run->painter, g_source_unref);
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
cancelled_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  AsyncRun *run = user_data;

  g_main_loop_quit (run->loop);

  return G_SOURCE_REMOVE;
}

static void
coat_free (gpointer data)
{
  Coat *coat = data;

  if (coat->timer != NULL)
    {
      g_source_destroy (coat->timer);
      g_source_unref (coat->timer);
    }
  g_free (coat);
}

static gboolean
easel_async_runner_run (EaselRunner   *runner,
                        GCancellable  *cancellable,
                        GError       **error)
{
  const EaselWorkload *workload = easel_runner_get_workload (runner);
  g_autoptr(GSource) cancel_source = NULL;
  AsyncRun run = { runner, cancellable };

  run.context = g_main_context_new ();
  g_main_context_push_thread_default (run.context);
  run.loop = g_main_loop_new (run.context, FALSE);
  run.n_coats_left = workload->paintings * workload->coats;

  cancel_source = g_cancellable_source_new (cancellable);
  g_source_set_callback (cancel_source, G_SOURCE_FUNC (cancelled_cb), &run, NULL);
  g_source_attach (cancel_source, run.context);

  _easel_runner_start_clock (runner);

  /* At the start every painting's first coat is ready. */
  for (guint painting = 0; painting < workload->paintings; painting++)
    {
      Coat *coat = g_new0 (Coat, 1);

      coat->run = &run;
      coat->painting = painting;
      g_queue_push_tail (&run.ready, coat);
    }
  wake_painter (&run);

  if (!g_cancellable_is_cancelled (cancellable))
    g_main_loop_run (run.loop);

  /* After a cancellation, coats may still be queued or drying. */
  g_queue_clear_full (&run.ready, coat_free);
  g_queue_clear_full (&run.drying, coat_free);
  if (run.painter != NULL)
    {
      g_source_destroy (run.painter);
      g_clear_pointer (&run.painter, g_source_unref);
    }
  g_source_destroy (cancel_source);

  g_main_loop_unref (run.loop);
  g_main_context_pop_thread_default (run.context);
  g_main_context_unref (run.context);

  return TRUE;
}

static void
_easel_async_runner_class_init (EaselAsyncRunnerClass *klass)
{
  EASEL_RUNNER_CLASS (klass)->run = easel_async_runner_run;
}

static void
_easel_async_runner_init (EaselAsyncRunner *self)
{
}
