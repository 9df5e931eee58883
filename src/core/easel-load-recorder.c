/* easel-load-recorder.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every core's load while a run goes, for the strip under its timeline: a
 * thread of its own reads /proc/stat at a fixed cadence from the run's
 * start (each sample covers exactly one interval), and the run's own CPU
 * from a counter its painting threads add their CPU clocks to.
 */

#include "config.h"

#include "easel-cpu-stat.h"
#include "easel-load-recorder.h"

struct _EaselLoadRecorder
{
  guint                interval_ms;
  gint64               start_us;
  /* Nanoseconds of CPU the run's threads used so far (atomic). */
  const gint64        *work_ns;
  EaselLoadSampleFunc  func;
  gpointer             user_data;
  /* Read on the recorder's thread only. */
  EaselProcFile        file;

  GMutex               lock;
  GCond                cond;
  gboolean             stopping;
  GThread             *thread;
};

static gboolean
read_stat (EaselLoadRecorder *self,
           EaselCpuStat      *stat)
{
  g_autoptr(GError) error = NULL;

  if (!easel_cpu_stat_read (stat, &self->file, &error))
    {
      g_debug ("Load recorder: %s", error->message);
      return FALSE;
    }

  return TRUE;
}

/* Waits until @deadline_us; FALSE once told to stop. */
static gboolean
wait_until (EaselLoadRecorder *self,
            gint64             deadline_us)
{
  gboolean stopping;

  g_mutex_lock (&self->lock);
  while (!self->stopping && g_get_monotonic_time () < deadline_us)
    g_cond_wait_until (&self->cond, &self->lock, deadline_us);
  stopping = self->stopping;
  g_mutex_unlock (&self->lock);

  return !stopping;
}

static gpointer
record_thread (gpointer user_data)
{
  EaselLoadRecorder *self = user_data;
  g_autoptr(EaselCpuStat) before = easel_cpu_stat_new ();
  g_autoptr(EaselCpuStat) after = easel_cpu_stat_new ();
  g_autofree double *per_core = NULL;
  gint64 work_before = __atomic_load_n (self->work_ns, __ATOMIC_RELAXED);
  gint64 time_before = g_get_monotonic_time ();
  guint n_cores;

  if (!read_stat (self, before))
    return NULL;

  n_cores = MAX (easel_cpu_stat_get_n_cores (before), 1);
  per_core = g_new0 (double, n_cores);

  for (guint64 k = 1; wait_until (self, self->start_us + k * self->interval_ms * G_TIME_SPAN_MILLISECOND); k++)
    {
      gint64 work_now = __atomic_load_n (self->work_ns, __ATOMIC_RELAXED);
      gint64 time_now = g_get_monotonic_time ();

      if (!read_stat (self, after))
        break;

      for (guint core = 0; core < n_cores; core++)
        per_core[core] = easel_cpu_stat_busy (before, after, core);

      /* The run's own cores by their clocks, over the time that passed
       * (a late wake-up on a busy machine included). */
      self->func (per_core, n_cores,
                  (work_now - work_before) / (1e3 * MAX (time_now - time_before, 1)), self->user_data);

      work_before = work_now;
      time_before = time_now;
      {
        EaselCpuStat *swap = before;

        before = after;
        after = swap;
      }
    }

  return NULL;
}

/* Starts sampling every @interval_ms from @start_us (monotonic): @func
 * gets one call per interval, on a thread of the recorder's, until
 * easel_load_recorder_stop(). Where /proc/stat cannot be read there are
 * no calls (and a g_debug). */
EaselLoadRecorder *
easel_load_recorder_start (guint                interval_ms,
                           gint64               start_us,
                           const gint64        *work_ns,
                           EaselLoadSampleFunc  func,
                           gpointer             user_data)
{
  EaselLoadRecorder *self;
  const char *path = g_getenv ("EASEL_PROC_STAT");

  g_return_val_if_fail (interval_ms > 0 && work_ns != NULL && func != NULL, NULL);

  self = g_new0 (EaselLoadRecorder, 1);
  self->interval_ms = interval_ms;
  self->start_us = start_us;
  self->work_ns = work_ns;
  self->func = func;
  self->user_data = user_data;
  easel_proc_file_init (&self->file, path != NULL ? path : "/proc/stat");
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);
  self->thread = g_thread_new ("easel-load", record_thread, self);

  return self;
}

/* Stops and joins the recorder: no call comes after this returns. */
void
easel_load_recorder_stop (EaselLoadRecorder *self)
{
  if (self == NULL)
    return;

  g_mutex_lock (&self->lock);
  self->stopping = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->lock);

  g_thread_join (self->thread);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
  easel_proc_file_clear (&self->file);
  g_free (self);
}
