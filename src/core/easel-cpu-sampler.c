/* easel-cpu-sampler.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The load of every core, sampled from /proc/stat: one pread() on a kept
 * descriptor per sample (microseconds), the pure parser, and the last
 * minute of loads per core and in total. The first reading is an average
 * since boot and is only kept as the base for the next. /proc/stat counts
 * in 10 ms jiffies, so intervals under 250 ms would plot noise: those
 * loads are averaged over the last 250 ms, from the counters themselves.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-cores.h"
#include "easel-cpu-ledger.h"
#include "easel-cpu-sampler.h"
#include "easel-cpu-stat.h"

#define MIN_INTERVAL 100
#define MAX_INTERVAL 1000
#define SMOOTHING_MS 250

/* One reading: /proc/stat, and the ledger of Easel's own CPU then. */
typedef struct
{
  EaselCpuStat   *stat;
  EaselCpuLedger  ledger;
  gint64          time_us;
} Reading;

static void
reading_free (Reading *reading)
{
  easel_cpu_stat_free (reading->stat);
  g_free (reading);
}

struct _EaselCpuSampler
{
  GObject   parent_instance;

  /* /proc/stat, or what EASEL_PROC_STAT names. */
  EaselProcFile  file;
  guint     interval_ms;
  /* The sampling timer, on the main context of the thread that started
   * the sampler. */
  GSource  *timeout;
  GMainContext *context;

  /* The latest readings, newest last: enough to reach 250 ms back. */
  GPtrArray *readings;
  guint      n_cores;

  /* Which cores this process may use (the real /proc/stat only). */
  const EaselCores *cores;

  /* Per core (and the total last), the loads of the last minute: a ring
   * of n_slots values per series, next_slot the oldest. */
  double    *history;
  /* The split of the machine's load, in the same slots. */
  EaselCpuSplit *splits;
  guint      n_slots;
  guint      n_samples;
  guint      next_slot;

  gboolean   available;
  char      *error_message;
};

G_DEFINE_FINAL_TYPE (EaselCpuSampler, easel_cpu_sampler, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AVAILABLE,
  PROP_INTERVAL,
  N_PROPS
};

enum {
  SAMPLED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Samples @path (NULL: /proc/stat). */
EaselCpuSampler *
easel_cpu_sampler_new (const char *path)
{
  EaselCpuSampler *self = g_object_new (EASEL_TYPE_CPU_SAMPLER, NULL);

  easel_proc_file_init (&self->file, path ? path : "/proc/stat");
  /* A fake /proc/stat describes a machine of its own: all its cores count. */
  self->cores = path == NULL ? easel_cores_get_default () : NULL;

  return self;
}

static void
reset_history (EaselCpuSampler *self)
{
  g_ptr_array_set_size (self->readings, 0);
  g_clear_pointer (&self->history, g_free);
  g_clear_pointer (&self->splits, g_free);
  self->n_cores = 0;
  self->n_slots = EASEL_CPU_SAMPLER_HISTORY_MS / self->interval_ms;
  self->n_samples = 0;
  self->next_slot = 0;
}

guint
easel_cpu_sampler_get_interval (EaselCpuSampler *self)
{
  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (self), 0);

  return self->interval_ms;
}

static gboolean sample_cb (gpointer user_data);

static void
start_timer (EaselCpuSampler *self)
{
  g_assert (self->timeout == NULL);

  self->timeout = g_timeout_source_new (self->interval_ms);
  g_source_set_callback (self->timeout, sample_cb, self, NULL);
  g_source_set_static_name (self->timeout, "[easel] cpu sampler");
  g_source_attach (self->timeout, self->context);
}

static void
stop_timer (EaselCpuSampler *self)
{
  if (self->timeout != NULL)
    g_source_destroy (self->timeout);
  g_clear_pointer (&self->timeout, g_source_unref);
}

/* Sets the interval, clamped to 100…1000 ms; the history starts over. */
void
easel_cpu_sampler_set_interval (EaselCpuSampler *self,
                                guint            interval_ms)
{
  g_return_if_fail (EASEL_IS_CPU_SAMPLER (self));

  interval_ms = CLAMP (interval_ms, MIN_INTERVAL, MAX_INTERVAL);
  if (interval_ms == self->interval_ms)
    return;

  self->interval_ms = interval_ms;
  reset_history (self);

  if (self->timeout != NULL)
    {
      stop_timer (self);
      start_timer (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
}

static void
set_unavailable (EaselCpuSampler *self,
                 const GError    *error)
{
  g_free (self->error_message);
  self->error_message = g_strdup (error->message);

  if (self->available)
    {
      self->available = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
    }
}

/* Reads /proc/stat once and, from the second reading on, records the
 * loads since the previous one (or since 250 ms ago when sampling
 * faster). */
gboolean
easel_cpu_sampler_sample (EaselCpuSampler  *self,
                          GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(EaselCpuStat) stat = easel_cpu_stat_new ();
  const Reading *base;
  const Reading *last;
  Reading *reading;
  guint keep;
  guint n_series;

  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (self), FALSE);

  if (!easel_cpu_stat_read (stat, &self->file, &local_error))
    {
      set_unavailable (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!self->available)
    {
      self->available = TRUE;
      g_clear_pointer (&self->error_message, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
    }

  /* Cores appearing (hot-plug) change the layout: start over. */
  if (easel_cpu_stat_get_n_cores (stat) != self->n_cores)
    {
      reset_history (self);
      self->n_cores = easel_cpu_stat_get_n_cores (stat);
    }

  reading = g_new0 (Reading, 1);
  reading->stat = g_steal_pointer (&stat);
  reading->time_us = g_get_monotonic_time ();
  easel_cpu_ledger_read (&reading->ledger);

  keep = MAX (1, SMOOTHING_MS / self->interval_ms);
  g_ptr_array_add (self->readings, reading);
  while (self->readings->len > keep + 1)
    g_ptr_array_remove_index (self->readings, 0);

  /* The first reading only counts as a base. */
  if (self->readings->len < 2)
    return TRUE;

  base = g_ptr_array_index (self->readings, 0);
  last = reading;
  n_series = self->n_cores + 1;
  if (self->history == NULL)
    {
      self->history = g_new0 (double, (gsize) n_series * self->n_slots);
      self->splits = g_new0 (EaselCpuSplit, self->n_slots);
    }

  for (guint series = 0; series <= self->n_cores; series++)
    {
      int core = series < self->n_cores ? (int) series : -1;

      self->history[series * self->n_slots + self->next_slot] = easel_cpu_stat_busy (base->stat, last->stat, core);
    }

  easel_cpu_split_compute (&self->splits[self->next_slot],
                           easel_cpu_stat_busy_cores (base->stat, last->stat, self->cores),
                           &base->ledger, &last->ledger, last->time_us - base->time_us);

  self->next_slot = (self->next_slot + 1) % self->n_slots;
  self->n_samples = MIN (self->n_samples + 1, self->n_slots);

  g_signal_emit (self, signals[SAMPLED], 0);

  return TRUE;
}

static gboolean
sample_cb (gpointer user_data)
{
  easel_cpu_sampler_sample (user_data, NULL);

  return G_SOURCE_CONTINUE;
}

void
easel_cpu_sampler_start (EaselCpuSampler *self)
{
  g_return_if_fail (EASEL_IS_CPU_SAMPLER (self));

  if (self->timeout != NULL)
    return;

  /* After a pause, counting starts afresh from a new base. */
  reset_history (self);
  easel_cpu_sampler_sample (self, NULL);
  /* The timer goes to the caller's thread-default main context. */
  g_clear_pointer (&self->context, g_main_context_unref);
  self->context = g_main_context_ref_thread_default ();
  start_timer (self);
  g_debug ("Sampling %s every %u ms", self->file.path, self->interval_ms);
}

void
easel_cpu_sampler_stop (EaselCpuSampler *self)
{
  g_return_if_fail (EASEL_IS_CPU_SAMPLER (self));

  if (self->timeout != NULL)
    g_debug ("Sampling %s stopped", self->file.path);
  stop_timer (self);
}

gboolean
easel_cpu_sampler_is_running (EaselCpuSampler *self)
{
  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (self), FALSE);

  return self->timeout != NULL;
}

gboolean
easel_cpu_sampler_get_available (EaselCpuSampler *self)
{
  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (self), FALSE);

  return self->available;
}

/* Why the load is unavailable, or NULL. */
const char *
easel_cpu_sampler_get_error_message (EaselCpuSampler *self)
{
  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (self), NULL);

  return self->error_message;
}

guint
easel_cpu_sampler_get_n_cores (EaselCpuSampler *self)
{
  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (self), 0);

  return self->n_cores;
}

/* How many loads the history holds (at most a minute's worth). */
guint
easel_cpu_sampler_get_n_samples (EaselCpuSampler *self)
{
  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (self), 0);

  return self->n_samples;
}

/* The latest load of @core (0…1), or of the whole machine for -1. */
double
easel_cpu_sampler_get_load (EaselCpuSampler *self,
                            int              core)
{
  guint series;
  guint slot;

  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (self), 0.0);
  g_return_val_if_fail (core < (int) self->n_cores, 0.0);

  if (self->n_samples == 0)
    return 0.0;

  series = core < 0 ? self->n_cores : (guint) core;
  slot = (self->next_slot + self->n_slots - 1) % self->n_slots;

  return self->history[series * self->n_slots + slot];
}

/* Copies the loads of @core (-1: the machine) into @loads, oldest first,
 * at most @max_loads of the newest; returns how many. */
guint
easel_cpu_sampler_copy_history (EaselCpuSampler *self,
                                int              core,
                                double          *loads,
                                guint            max_loads)
{
  guint series;
  guint n;

  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (self), 0);
  g_return_val_if_fail (core < (int) self->n_cores, 0);

  n = MIN (self->n_samples, max_loads);
  series = core < 0 ? self->n_cores : (guint) core;

  for (guint i = 0; i < n; i++)
    {
      guint slot = (self->next_slot + self->n_slots - n + i) % self->n_slots;

      loads[i] = self->history[series * self->n_slots + slot];
    }

  return n;
}

/* The latest split of the machine's load, in cores busy: all of it (on
 * the cores this process may use), the work being demonstrated, Easel
 * itself and other programs. Zeros before the first sample. */
void
easel_cpu_sampler_get_split (EaselCpuSampler *self,
                             EaselCpuSplit   *split)
{
  g_return_if_fail (EASEL_IS_CPU_SAMPLER (self));
  g_return_if_fail (split != NULL);

  *split = (EaselCpuSplit) { 0, 0, 0, 0 };
  if (self->n_samples > 0)
    *split = self->splits[(self->next_slot + self->n_slots - 1) % self->n_slots];
}

/* Copies the newest @max_splits splits, oldest first; returns how many. */
guint
easel_cpu_sampler_copy_split_history (EaselCpuSampler *self,
                                      EaselCpuSplit   *splits,
                                      guint            max_splits)
{
  guint n;

  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (self), 0);

  n = MIN (self->n_samples, max_splits);
  for (guint i = 0; i < n; i++)
    {
      splits[i] = self->splits[(self->next_slot + self->n_slots - n + i) % self->n_slots];
    }

  return n;
}

/* How many cores the latest reading has a line for: a core missing from
 * /proc/stat (offline) is not counted. */
guint
easel_cpu_sampler_get_n_present (EaselCpuSampler *self)
{
  const Reading *last;
  guint n = 0;

  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (self), 0);

  if (self->readings->len == 0)
    return 0;

  last = g_ptr_array_index (self->readings, self->readings->len - 1);
  for (guint core = 0; core < self->n_cores; core++)
    if (easel_cpu_stat_has_core (last->stat, core))
      n++;

  return n;
}

/* Which cores this process may use, or NULL where the sampler reads a
 * machine of its own (EASEL_PROC_STAT). */
const EaselCores *
easel_cpu_sampler_get_cores (EaselCpuSampler *self)
{
  g_return_val_if_fail (EASEL_IS_CPU_SAMPLER (self), NULL);

  return self->cores;
}

static void
easel_cpu_sampler_finalize (GObject *object)
{
  EaselCpuSampler *self = EASEL_CPU_SAMPLER (object);

  stop_timer (self);
  g_clear_pointer (&self->context, g_main_context_unref);
  easel_proc_file_clear (&self->file);
  g_ptr_array_unref (self->readings);
  g_free (self->history);
  g_free (self->splits);
  g_free (self->error_message);

  G_OBJECT_CLASS (easel_cpu_sampler_parent_class)->finalize (object);
}

static void
easel_cpu_sampler_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EaselCpuSampler *self = EASEL_CPU_SAMPLER (object);

  switch (prop_id)
    {
    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;

    case PROP_INTERVAL:
      g_value_set_uint (value, self->interval_ms);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
easel_cpu_sampler_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EaselCpuSampler *self = EASEL_CPU_SAMPLER (object);

  switch (prop_id)
    {
    case PROP_INTERVAL:
      easel_cpu_sampler_set_interval (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
easel_cpu_sampler_class_init (EaselCpuSamplerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = easel_cpu_sampler_finalize;
  object_class->get_property = easel_cpu_sampler_get_property;
  object_class->set_property = easel_cpu_sampler_set_property;

  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERVAL] =
    g_param_spec_uint ("interval", NULL, NULL, MIN_INTERVAL, MAX_INTERVAL,
                       EASEL_CPU_SAMPLER_DEFAULT_INTERVAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EaselCpuSampler::sampled:
   *
   * New loads are in the history.
   */
  signals[SAMPLED] =
    g_signal_new ("sampled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
easel_cpu_sampler_init (EaselCpuSampler *self)
{
  self->readings = g_ptr_array_new_with_free_func ((GDestroyNotify) reading_free);
  self->interval_ms = EASEL_CPU_SAMPLER_DEFAULT_INTERVAL;
  reset_history (self);
}
