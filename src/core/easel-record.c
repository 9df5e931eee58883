/* easel-record.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record: what was measured, kept apart from whatever shows it. Its
 * finished runs in the order they ran, each beside the model's
 * prediction, the machine's capacity they were predicted for, when they
 * ran, and for a scaling curve what the curve measures. A series fills
 * one as it runs; the atelier's views observe it (it is a GListModel of
 * EaselRun), and exports, the walkthrough and files read it.
 *
 * A record belongs to the thread that fills it until it is finished;
 * from then on it never changes, and any thread may read it.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "easel-record.h"

static void
result_clear (gpointer data)
{
  EaselRunResult *result = data;

  g_clear_pointer (&result->measured, easel_trace_unref);
  g_clear_pointer (&result->predicted, easel_trace_unref);
}

/* The most cores other programs used during any of @results that they
 * disturbed, or 0: what a figure of them must own up to. */
double
easel_run_results_get_other_cores (const EaselRunResult *results,
                                   guint                 n_results)
{
  double most = 0.0;

  for (guint i = 0; i < n_results; i++)
    {
      double other;

      if (easel_trace_is_disturbed (results[i].measured) && easel_trace_get_load (results[i].measured, NULL, &other))
        most = MAX (most, other);
    }

  return most;
}

/* What other programs did to @result of @results: the model's makespan
 * and speed-up on the usable cores and on the cores they left free.
 * FALSE (and @others zeroed) when their load is unknown, the run too
 * short to measure it (EASEL_RUN_OTHERS_MIN_MS) or they took no more
 * than EASEL_CAPACITY_OTHERS_MIN cores: nothing worth showing. */
gboolean
easel_run_results_get_others (const EaselRunResult *results,
                              guint                 n_results,
                              guint                 result,
                              EaselRunOthers       *others)
{
  EaselTrace *measured;
  g_autoptr(EaselTrace) usable = NULL;
  EaselCapacity capacity;
  EaselCapacity free;

  g_return_val_if_fail (others != NULL, FALSE);
  memset (others, 0, sizeof *others);
  g_return_val_if_fail (results != NULL && result < n_results, FALSE);

  measured = results[result].measured;
  if (!easel_trace_get_load (measured, NULL, &others->other_cores) ||
      others->other_cores <= EASEL_CAPACITY_OTHERS_MIN ||
      easel_trace_get_makespan (measured) < EASEL_RUN_OTHERS_MIN_MS)
    {
      others->other_cores = 0.0;
      return FALSE;
    }

  /* The machine the run was measured on, with the cores it had. */
  easel_capacity_init_default (&capacity);
  capacity.usable = easel_trace_get_cores (measured);
  easel_capacity_left_free (&capacity, others->other_cores, &free);
  others->free_cores = free.usable;

  usable = easel_schedule_predict_on (easel_trace_get_mode (measured), easel_trace_get_workload (measured), &capacity);
  others->predicted_ms = easel_trace_get_makespan (usable);
  others->predicted_free_ms = easel_schedule_predict_free (measured, NULL);
  others->predicted_speedup = easel_schedule_predict_ms (EASEL_MODE_SEQUENTIAL, easel_trace_get_workload (measured), &capacity) / MAX (others->predicted_ms, 1e-9);
  others->predicted_free_speedup = easel_schedule_predict_ms (EASEL_MODE_SEQUENTIAL, easel_trace_get_workload (measured), &free) / MAX (others->predicted_free_ms, 1e-9);

  return TRUE;
}

/* How much the others change the run's time (or with @speedup, its
 * speed-up) from what the usable cores give, as a fraction of that:
 * 0.35 for a speed-up of 1.3× where 2× was due. */
double
easel_run_others_change (const EaselRunOthers *others,
                         gboolean              speedup)
{
  double usable, free;

  g_return_val_if_fail (others != NULL, 0.0);

  usable = speedup ? others->predicted_speedup : others->predicted_ms;
  free = speedup ? others->predicted_free_speedup : others->predicted_free_ms;
  if (usable <= 0.0 || free <= 0.0)
    return 0.0;

  return fabs (free - usable) / usable;
}

/* An array of EaselRunResult that owns its references. */
GArray *
easel_run_results_array_new (void)
{
  GArray *results = g_array_new (FALSE, TRUE, sizeof (EaselRunResult));

  g_array_set_clear_func (results, result_clear);

  return results;
}

/* Appends @measured and @predicted (which may be NULL) to @results, an
 * array from easel_run_results_array_new(). */
void
easel_run_results_append (GArray     *results,
                          EaselTrace *measured,
                          EaselTrace *predicted)
{
  EaselRunResult result;

  g_return_if_fail (results != NULL && measured != NULL);

  result.measured = easel_trace_ref (measured);
  result.predicted = predicted ? easel_trace_ref (predicted) : NULL;
  g_array_append_val (results, result);
}

struct _EaselRun
{
  GObject         parent_instance;
  EaselRunResult  result;
};

G_DEFINE_FINAL_TYPE (EaselRun, easel_run, G_TYPE_OBJECT)

static EaselRun *
easel_run_new (const EaselRunResult *result)
{
  EaselRun *self = g_object_new (EASEL_TYPE_RUN, NULL);

  self->result.measured = easel_trace_ref (result->measured);
  self->result.predicted = result->predicted ? easel_trace_ref (result->predicted) : NULL;

  return self;
}

EaselTrace *
easel_run_get_measured (EaselRun *self)
{
  g_return_val_if_fail (EASEL_IS_RUN (self), NULL);

  return self->result.measured;
}

/* Returns: (nullable): the model's prediction, if one was made. */
EaselTrace *
easel_run_get_predicted (EaselRun *self)
{
  g_return_val_if_fail (EASEL_IS_RUN (self), NULL);

  return self->result.predicted;
}

static void
easel_run_finalize (GObject *object)
{
  EaselRun *self = EASEL_RUN (object);

  result_clear (&self->result);

  G_OBJECT_CLASS (easel_run_parent_class)->finalize (object);
}

static void
easel_run_class_init (EaselRunClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = easel_run_finalize;
}

static void
easel_run_init (EaselRun *self)
{
}

struct _EaselRecord
{
  GObject             parent_instance;

  EaselCapacity       capacity;
  /* When the first run started; NULL before. */
  GDateTime          *date;
  /* For a scaling curve, what it measures. */
  gboolean            scaling;
  EaselScalingParams  scaling_params;

  /* Of EaselRunResult; the list's EaselRun items are made from them. */
  GArray             *results;
  /* The run stopped part way, if the record ended with one. */
  EaselRunResult      stopped;
  gboolean            finished;
  /* Where a record opened from a run file was measured; has_machine is
   * FALSE for one measured here. */
  EaselMachine        machine;
  gboolean            has_machine;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EaselRecord, easel_record, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_FINISHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
easel_record_get_item_type (GListModel *model)
{
  return EASEL_TYPE_RUN;
}

static guint
easel_record_get_n_items (GListModel *model)
{
  return EASEL_RECORD (model)->results->len;
}

static gpointer
easel_record_get_item (GListModel *model,
                       guint       position)
{
  EaselRecord *self = EASEL_RECORD (model);

  if (position >= self->results->len)
    return NULL;

  return easel_run_new (&g_array_index (self->results, EaselRunResult, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = easel_record_get_item_type;
  iface->get_n_items = easel_record_get_n_items;
  iface->get_item = easel_record_get_item;
}

/* An empty record of runs of modes, predicted on @capacity (NULL: this
 * machine's). */
EaselRecord *
easel_record_new (const EaselCapacity *capacity)
{
  EaselRecord *self = g_object_new (EASEL_TYPE_RECORD, NULL);

  if (capacity != NULL)
    self->capacity = *capacity;
  else
    easel_capacity_init_default (&self->capacity);

  return self;
}

/* An empty record of the scaling curve that @params describe. */
EaselRecord *
easel_record_new_scaling (const EaselScalingParams *params,
                          const EaselCapacity      *capacity)
{
  EaselRecord *self;

  g_return_val_if_fail (params != NULL, NULL);

  self = easel_record_new (capacity);
  self->scaling = TRUE;
  self->scaling_params = *params;

  return self;
}

/* The cores the runs' predictions were made for. */
const EaselCapacity *
easel_record_get_capacity (EaselRecord *self)
{
  g_return_val_if_fail (EASEL_IS_RECORD (self), NULL);

  return &self->capacity;
}

/* Returns: (nullable): what the scaling curve measures, or NULL for a
 * record of modes. */
const EaselScalingParams *
easel_record_get_scaling_params (EaselRecord *self)
{
  g_return_val_if_fail (EASEL_IS_RECORD (self), NULL);

  return self->scaling ? &self->scaling_params : NULL;
}

/* Returns: (nullable): when the first run started, or NULL before. */
GDateTime *
easel_record_get_date (EaselRecord *self)
{
  g_return_val_if_fail (EASEL_IS_RECORD (self), NULL);

  return self->date;
}

/* A record read back from a run file: measured on @machine at @date,
 * not here. Call before easel_record_start(), which keeps the date. */
void
easel_record_set_origin (EaselRecord        *self,
                         const EaselMachine *machine,
                         GDateTime          *date)
{
  g_return_if_fail (EASEL_IS_RECORD (self));
  g_return_if_fail (machine != NULL && date != NULL);
  g_return_if_fail (!self->finished);

  if (self->has_machine)
    easel_machine_clear (&self->machine);
  easel_machine_copy (&self->machine, machine);
  self->has_machine = TRUE;
  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = g_date_time_ref (date);
}

/* Returns: (nullable): where a record opened from a file was measured;
 * NULL for one measured here. */
const EaselMachine *
easel_record_get_machine (EaselRecord *self)
{
  g_return_val_if_fail (EASEL_IS_RECORD (self), NULL);

  return self->has_machine ? &self->machine : NULL;
}

/* The runs start now, predicted on this machine's capacity as it is now
 * (measuring its siblings may have changed it since the record was
 * made). */
void
easel_record_start (EaselRecord *self)
{
  g_return_if_fail (EASEL_IS_RECORD (self));
  g_return_if_fail (self->date == NULL && !self->finished);

  self->date = g_date_time_new_now_local ();
  easel_capacity_init_default (&self->capacity);
}

/* Adds a finished run and its prediction (which may be NULL). */
void
easel_record_append (EaselRecord *self,
                     EaselTrace  *measured,
                     EaselTrace  *predicted)
{
  g_return_if_fail (EASEL_IS_RECORD (self));
  g_return_if_fail (measured != NULL && easel_trace_is_finished (measured));
  g_return_if_fail (!self->finished);

  easel_run_results_append (self->results, measured, predicted);
  g_list_model_items_changed (G_LIST_MODEL (self), self->results->len - 1, 0, 1);
}

/* No run will be added: the record is whole, or it ended with @stopped
 * (when not NULL), the trace of a run stopped part way, which a timeline
 * shows but no result counts. */
void
easel_record_finish (EaselRecord *self,
                     EaselTrace  *stopped,
                     EaselTrace  *stopped_predicted)
{
  g_return_if_fail (EASEL_IS_RECORD (self));
  g_return_if_fail (!self->finished);

  if (stopped != NULL)
    {
      self->stopped.measured = easel_trace_ref (stopped);
      self->stopped.predicted = stopped_predicted ? easel_trace_ref (stopped_predicted) : NULL;
    }
  self->finished = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
}

gboolean
easel_record_is_finished (EaselRecord *self)
{
  g_return_val_if_fail (EASEL_IS_RECORD (self), FALSE);

  return self->finished;
}

/* The finished runs, in the order they ran. */
const EaselRunResult *
easel_record_get_results (EaselRecord *self,
                          guint       *n_results)
{
  g_return_val_if_fail (EASEL_IS_RECORD (self), NULL);
  g_return_val_if_fail (n_results != NULL, NULL);

  *n_results = self->results->len;

  return (const EaselRunResult *) (gpointer) self->results->data;
}

/* The time @mode took among the record's runs (the first of that mode),
 * or 0 where it did not run. */
double
easel_record_get_mode_ms (EaselRecord *self,
                          EaselMode    mode)
{
  g_return_val_if_fail (EASEL_IS_RECORD (self), 0.0);

  for (guint i = 0; i < self->results->len; i++)
    {
      EaselTrace *measured = g_array_index (self->results, EaselRunResult, i).measured;

      if (easel_trace_get_mode (measured) == mode)
        return easel_trace_get_makespan (measured);
    }

  return 0.0;
}

/* The run a timeline shows: the one stopped part way, else the last
 * that finished. The traces are the record's. FALSE when there is
 * none. */
gboolean
easel_record_get_last_run (EaselRecord    *self,
                           EaselRunResult *run)
{
  g_return_val_if_fail (EASEL_IS_RECORD (self), FALSE);
  g_return_val_if_fail (run != NULL, FALSE);

  if (self->stopped.measured != NULL)
    *run = self->stopped;
  else if (self->results->len > 0)
    *run = g_array_index (self->results, EaselRunResult, self->results->len - 1);
  else
    {
      memset (run, 0, sizeof *run);
      return FALSE;
    }

  return TRUE;
}

static void
easel_record_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  EaselRecord *self = EASEL_RECORD (object);

  switch (prop_id)
    {
    case PROP_FINISHED:
      g_value_set_boolean (value, self->finished);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
easel_record_finalize (GObject *object)
{
  EaselRecord *self = EASEL_RECORD (object);

  g_clear_pointer (&self->date, g_date_time_unref);
  g_array_unref (self->results);
  result_clear (&self->stopped);
  if (self->has_machine)
    easel_machine_clear (&self->machine);

  G_OBJECT_CLASS (easel_record_parent_class)->finalize (object);
}

static void
easel_record_class_init (EaselRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = easel_record_finalize;
  object_class->get_property = easel_record_get_property;

  /**
   * EaselRecord:finished:
   *
   * Whether no run will be added any more.
   */
  properties[PROP_FINISHED] =
    g_param_spec_boolean ("finished", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
easel_record_init (EaselRecord *self)
{
  self->results = easel_run_results_array_new ();
}
