/* easel-hammer-measure.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The hammer run for a while, /proc/stat sampled meanwhile, and the
 * figures: the one measurement the command line prints and the handout
 * draws; the panel reads its sampler's history the same way.
 */

#include "config.h"

#include <string.h>

#include "easel-hammer-measure.h"

typedef struct
{
  EaselCpuSampler *sampler;
  GMainContext    *context;
  guint            n_samples;
  gboolean         done;
} Measure;

static gboolean
sample_cb (gpointer user_data)
{
  Measure *measure = user_data;

  if (easel_cpu_sampler_sample (measure->sampler, NULL))
    measure->n_samples++;

  return G_SOURCE_CONTINUE;
}

static gboolean
done_cb (gpointer user_data)
{
  Measure *measure = user_data;

  g_atomic_int_set (&measure->done, TRUE);

  return G_SOURCE_REMOVE;
}

static void
cancelled_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  Measure *measure = user_data;

  /* Heard on whatever thread cancels: the loop below wakes and stops. */
  g_atomic_int_set (&measure->done, TRUE);
  g_main_context_wakeup (measure->context);
}

static GSource *
attach_timeout (GMainContext *context,
                guint         interval_ms,
                GSourceFunc   func,
                gpointer      data)
{
  GSource *source = g_timeout_source_new (interval_ms);

  g_source_set_callback (source, func, data, NULL);
  g_source_attach (source, context);

  return source;
}

/* Runs @hammer (set up, not started; NULL to sample the machine alone)
 * for @duration_ms while @sampler (its interval set, a base sample taken)
 * samples, iterating @context (NULL: the thread-default one), where the
 * hammer's worker processes report and where the caller may have its
 * signal sources; then stops it, every thread joined and every process
 * reaped. @cancellable stops it early (the figures so far stay). FALSE
 * with @error set when the hammer cannot start. */
gboolean
easel_hammer_measure (EaselHammer            *hammer,
                      EaselCpuSampler        *sampler,
                      guint                   duration_ms,
                      GMainContext           *context,
                      GCancellable           *cancellable,
                      EaselHammerMeasurement *measurement,
                      GError                **error)
{
  Measure measure = { sampler, NULL, 0, FALSE };
  EaselCpuSnapshot before, after;
  GSource *sample, *done;
  gulong cancel_id = 0;
  gint64 started;

  g_return_val_if_fail (hammer == NULL || EASEL_IS_HAMMER (hammer), FALSE);
  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (sampler), FALSE);
  g_return_val_if_fail (measurement != NULL, FALSE);

  memset (measurement, 0, sizeof *measurement);
  /* This thread's default: the global one only on the thread that owns it. */
  measure.context = context != NULL ? g_main_context_ref (context) : g_main_context_ref_thread_default ();

  easel_cpu_snapshot_take (&before);
  if (hammer != NULL && !easel_hammer_start (hammer, error))
    {
      easel_cpu_snapshot_clear (&before);
      g_main_context_unref (measure.context);
      return FALSE;
    }
  started = g_get_monotonic_time ();

  sample = attach_timeout (measure.context, easel_cpu_sampler_get_interval (sampler), sample_cb, &measure);
  done = attach_timeout (measure.context, duration_ms, done_cb, &measure);
  if (cancellable != NULL)
    cancel_id = g_cancellable_connect (cancellable, G_CALLBACK (cancelled_cb), &measure, NULL);

  while (!g_atomic_int_get (&measure.done))
    g_main_context_iteration (measure.context, TRUE);

  g_cancellable_disconnect (cancellable, cancel_id);
  g_source_destroy (sample);
  g_source_unref (sample);
  g_source_destroy (done);
  g_source_unref (done);

  /* The last counts and the time they took, then everything stops (the
   * stop's joining and reaping is no time of the hammer's). */
  if (hammer != NULL)
    easel_hammer_get_total (hammer, &measurement->total);
  measurement->wall_s = (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC;
  easel_cpu_snapshot_take (&after);
  if (hammer != NULL)
    easel_hammer_stop (hammer);
  measurement->split_known = easel_cpu_snapshot_split (&before, &after, &measurement->split);
  easel_cpu_snapshot_clear (&before);
  easel_cpu_snapshot_clear (&after);
  measurement->n_samples = measure.n_samples;
  g_main_context_unref (measure.context);

  return TRUE;
}

/* The last @n_samples of @sampler's history, every core then the machine
 * (core 0's samples, core 1's, …, the machine's: (n_cores + 1) ×
 * n_samples), into @loads, and their splits into @splits (if not NULL);
 * returns how many samples were had. Free both with g_free(). */
guint
easel_cpu_sampler_copy_all (EaselCpuSampler  *sampler,
                            guint             n_samples,
                            double          **loads,
                            EaselCpuSplit   **splits)
{
  guint n_cores;
  guint got;

  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (sampler) && loads != NULL, 0);

  got = MIN (n_samples, easel_cpu_sampler_get_n_samples (sampler));

  /* The splits first: there may be fewer of them, and the loads are then
   * the same last ones. */
  if (splits != NULL)
    {
      *splits = g_new0 (EaselCpuSplit, MAX (got, 1));
      got = easel_cpu_sampler_copy_split_history (sampler, *splits, got);
    }

  n_cores = easel_cpu_sampler_get_n_cores (sampler);
  *loads = g_new0 (double, (gsize) (n_cores + 1) * MAX (got, 1));
  for (guint series = 0; series <= n_cores; series++)
    easel_cpu_sampler_copy_history (sampler, series < n_cores ? (int) series : -1,
                                    *loads + (gsize) series * got, got);

  return got;
}

/* The mean load (0…1) of @core (-1: the machine) over @sampler's last
 * @n_samples, or -1 when it has none. */
double
easel_cpu_sampler_mean_load (EaselCpuSampler *sampler,
                             int              core,
                             guint            n_samples)
{
  g_autofree double *loads = g_new (double, MAX (n_samples, 1));
  double sum = 0.0;
  guint got;

  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (sampler), -1.0);

  got = easel_cpu_sampler_copy_history (sampler, core, loads, n_samples);
  if (got == 0)
    return -1.0;

  for (guint i = 0; i < got; i++)
    sum += loads[i];

  return sum / got;
}
