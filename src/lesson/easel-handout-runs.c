/* easel-handout-runs.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The handout's figures come from real runs made for it, each once for
 * every slide that shows it: every painting mode on three small
 * paintings, the paintings without drying, the scaling curve at its
 * default work (in parallel, once a point: 1 worker, the cores, and the
 * question's workers) and two seconds of each hammer, sampled ten times
 * a second with its own share split from other programs'. About 12 s on
 * 2 cores. A worksheet runs the paintings the class will see, whose
 * questions it asks (about 20 s). What each run measured answers the
 * slide's question.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-cores.h"
#include "easel-cpu-sampler.h"
#include "easel-handout-private.h"

/* Small paintings: the comparison in under two seconds. */
static const EaselWorkload handout_workload = {
  .paintings = 3, .coats = 1, .paint_ms = 80, .dry_ms = 160, .workers = 3
};

static void
page_clear (gpointer data)
{
  HandoutPage *page = data;

  g_clear_object (&page->slide);
  g_clear_pointer (&page->question, easel_question_free);
}

static void
hammer_free (gpointer data)
{
  HandoutHammer *hammer = data;

  g_free (hammer->loads);
  g_free (hammer->splits);
  g_free (hammer);
}

/* The handout of @slides (from easel_slides_load()) for @kind, its
 * figures not yet measured: each slide with its question on this
 * machine. A worksheet asks about the paintings the class will see; the
 * others paint small ones. */
EaselHandout *
easel_handout_new (GListModel       *slides,
                   EaselHandoutKind  kind)
{
  EaselHandout *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  EaselCapacity capacity;

  g_return_val_if_fail (G_IS_LIST_MODEL (slides), NULL);

  self = g_new0 (EaselHandout, 1);
  self->pages = g_array_new (FALSE, TRUE, sizeof (HandoutPage));
  g_array_set_clear_func (self->pages, page_clear);
  self->hammers = g_ptr_array_new_with_free_func (hammer_free);
  self->workload = kind == EASEL_HANDOUT_WORKSHEET ? *easel_demo_get_class_workload () : handout_workload;
  /* A date no reader can take for another. */
  self->date = g_date_time_format (now, "%Y-%m-%d");
  easel_capacity_init_default (&capacity);

  for (guint i = 0; i < g_list_model_get_n_items (slides); i++)
    {
      HandoutPage page = { g_list_model_get_item (slides, i), NULL, NAN };
      EaselDemo demo = easel_slide_get_demo_info (page.slide);
      EaselWorkload workload;

      easel_demo_get_workload (&demo, &self->workload, &workload);
      page.question = easel_question_new_for_demo (&demo, &workload, &capacity);
      g_array_append_val (self->pages, page);
    }

  return self;
}

void
easel_handout_free (EaselHandout *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->pages);
  g_clear_object (&self->modes);
  g_clear_object (&self->painting_only);
  g_clear_object (&self->scaling);
  g_clear_pointer (&self->scaling_prediction, easel_scaling_prediction_free);
  g_ptr_array_unref (self->hammers);
  g_free (self->date);
  g_free (self);
}

/* Runs @series unless it ran, and shows its runs on @page: all of them,
 * or those of @mode (if not NULL). */
static gboolean
use_series (EaselSeries      *series,
            HandoutPage      *page,
            const EaselMode  *mode,
            GCancellable     *cancellable,
            GError          **error)
{
  const EaselRunResult *results;
  guint n_results;

  if (!easel_record_is_finished (easel_series_get_record (series)) &&
      !easel_series_run (series, cancellable, error))
    return FALSE;

  results = easel_series_get_results (series, &n_results);
  page->results = results;
  page->n_results = n_results;
  for (guint i = 0; mode != NULL && i < n_results; i++)
    if (easel_trace_get_mode (results[i].measured) == *mode)
      {
        page->results = &results[i];
        page->n_results = 1;
      }
  page->other_cores = easel_run_results_get_other_cores (page->results, page->n_results);

  return TRUE;
}

/* The scaling curve at its default work, in parallel, once at 1 worker,
 * at the cores and at the question's workers: the curve's shape in a
 * few seconds. */
static EaselSeries *
new_scaling (const HandoutPage      *page,
             EaselScalingPrediction **prediction)
{
  double usable = easel_cores_get_default ()->usable;
  guint cores = MAX (1, (guint) round (usable));
  EaselScalingParams params;
  EaselCapacity capacity;
  guint workers[3];
  guint n = 0;

  easel_scaling_params_init (&params, usable);
  easel_capacity_init_default (&capacity);
  *prediction = easel_scaling_prediction_new (&params, &capacity);

  workers[n++] = 1;
  if (cores > 1 && cores <= params.max_workers)
    workers[n++] = cores;
  if (page->question != NULL && page->question->workers > workers[n - 1] &&
      page->question->workers <= params.max_workers)
    workers[n++] = page->question->workers;
  else if (params.max_workers > workers[n - 1])
    workers[n++] = params.max_workers;

  return easel_scaling_new_single_series (&params, workers, n);
}

/* Runs the hammer of @threads in @mode for two seconds, unless it ran,
 * and keeps the loads it caused and its own share. */
static const HandoutHammer *
use_hammer (EaselHandout     *self,
            guint             threads,
            EaselHammerMode   mode,
            GMainContext     *context,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autoptr(EaselHammer) hammer = NULL;
  g_autoptr(EaselCpuSampler) sampler = NULL;
  HandoutHammer *run;

  for (guint i = 0; i < self->hammers->len; i++)
    {
      run = g_ptr_array_index (self->hammers, i);
      if (run->threads == threads && run->mode == mode)
        return run;
    }

  sampler = easel_cpu_sampler_new (g_getenv ("EASEL_PROC_STAT"));
  easel_cpu_sampler_set_interval (sampler, EASEL_HANDOUT_HAMMER_INTERVAL_MS);
  run = g_new0 (HandoutHammer, 1);
  run->threads = threads;
  run->mode = mode;
  g_ptr_array_add (self->hammers, run);
  if (!easel_cpu_sampler_sample (sampler, NULL))
    return run;  /* No /proc/stat: the slide goes without a figure. */

  hammer = easel_hammer_new ();
  easel_hammer_set_mode (hammer, mode);
  easel_hammer_set_threads (hammer, threads);
  /* Processes report through the context, which the measurement runs. */
  if (!easel_hammer_measure (hammer, sampler, EASEL_HANDOUT_HAMMER_MS, context, cancellable, &run->measurement, error))
    return NULL;

  run->n_cores = easel_cpu_sampler_get_n_cores (sampler);
  run->n_samples = easel_cpu_sampler_copy_all (sampler, easel_cpu_sampler_get_n_samples (sampler),
                                               &run->loads, &run->splits);

  return g_cancellable_set_error_if_cancelled (cancellable, error) ? NULL : run;
}

/* The figure of @page, run or shared, and what it measured for the
 * slide's question. */
static gboolean
make_figure (EaselHandout  *self,
             HandoutPage   *page,
             GMainContext  *context,
             GCancellable  *cancellable,
             GError       **error)
{
  EaselDemo demo = easel_slide_get_demo_info (page->slide);
  double usable = easel_cores_get_default ()->usable;
  EaselWorkload workload;
  gboolean ok = TRUE;

  switch (demo.kind)
    {
    case EASEL_DEMO_HAMMER:
      /* The idle machine needs no figure: its slide is its text. */
      if (demo.threads == 0)
        return TRUE;
      page->hammer = use_hammer (self, demo.threads, demo.hammer_mode, context, cancellable, error);
      if (page->hammer == NULL)
        return FALSE;
      if (page->hammer->measurement.split_known &&
          easel_other_cores_disturb (page->hammer->measurement.split.other, usable))
        page->other_cores = page->hammer->measurement.split.other;
      if (page->question != NULL && page->hammer->measurement.wall_s > 0)
        page->measured = easel_question_measure_cores (page->question,
                                                       page->hammer->measurement.total.cpu_ns / 1e9 /
                                                       page->hammer->measurement.wall_s, usable);
      return TRUE;

    case EASEL_DEMO_ATELIER:
      easel_demo_get_workload (&demo, &self->workload, &workload);
      if (demo.no_drying)
        {
          if (self->painting_only == NULL)
            self->painting_only = easel_series_new (&demo.mode, 1, &workload);
          ok = use_series (self->painting_only, page, NULL, cancellable, error);
        }
      else
        {
          if (self->modes == NULL)
            self->modes = easel_series_new_all (&self->workload);
          ok = use_series (self->modes, page, &demo.mode, cancellable, error);
        }
      break;

    case EASEL_DEMO_COMPARE:
      if (self->modes == NULL)
        self->modes = easel_series_new_all (&self->workload);
      ok = use_series (self->modes, page, NULL, cancellable, error);
      break;

    case EASEL_DEMO_SCALING:
      if (self->scaling == NULL)
        self->scaling = new_scaling (page, &self->scaling_prediction);
      page->scaling = self->scaling_prediction;
      ok = use_series (self->scaling, page, NULL, cancellable, error);
      break;

    /* What this machine measured is the comparison again: in print, the
     * slide before shows it. */
    case EASEL_DEMO_MEASURED:
    case EASEL_DEMO_NONE:
    default:
      return TRUE;
    }

  if (ok && page->question != NULL)
    page->measured = easel_question_measure_runs (page->question, page->results, page->n_results);

  return ok;
}

/* Runs what the figures show (about 12 s on 2 cores), once. The runs
 * iterate the thread-default main context where the caller pushed one
 * (the command line attaches its signal handlers there), else one of
 * their own; any thread may call this. */
gboolean
easel_handout_measure (EaselHandout  *self,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GMainContext) context = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->measured)
    return TRUE;

  context = g_main_context_get_thread_default ();
  if (context != NULL)
    g_main_context_ref (context);
  else
    context = g_main_context_new ();
  g_main_context_push_thread_default (context);

  for (guint i = 0; ok && i < self->pages->len; i++)
    ok = make_figure (self, &g_array_index (self->pages, HandoutPage, i), context, cancellable, error);

  /* A signal that came during the runs is heard here. */
  while (g_main_context_iteration (context, FALSE))
    ;
  g_main_context_pop_thread_default (context);
  self->measured = ok;

  return ok && !g_cancellable_set_error_if_cancelled (cancellable, error);
}
