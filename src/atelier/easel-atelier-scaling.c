/* easel-atelier-scaling.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The atelier's Scaling page: the model's curve before anything runs,
 * the curve measured point by point, and the status under it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-atelier-private.h"
#include "easel-cores.h"
#include "easel-scaling.h"

/* Returns: (nullable): the scaling curve's runs, measured or predicted
 * only. */
EaselRecord *
easel_atelier_get_scaling (EaselAtelier *self)
{
  g_return_val_if_fail (EASEL_IS_ATELIER (self), NULL);

  return self->scaling;
}

static void
get_scaling_params (EaselAtelier       *self,
                    EaselScalingParams *params)
{
  easel_scaling_params_init (params, easel_cores_get_default ()->usable);
  if (self->scaling_drying)
    easel_scaling_params_add_drying (params);
}

/* The scaling page before a curve: the model's, and what Measure does. */
void
_easel_atelier_show_scaling_params (EaselAtelier *self)
{
  EaselCapacity capacity;
  EaselScalingParams params;
  g_autofree char *status = NULL;

  get_scaling_params (self, &params);
  easel_capacity_init_default (&capacity);
  g_clear_object (&self->scaling);
  self->scaling = easel_record_new_scaling (&params, &capacity);
  easel_scaling_view_set_record (self->scaling_view, self->scaling);

  status = g_strdup_printf (/* Translators: on the scaling page, before a curve is measured */
                            g_dngettext (GETTEXT_PACKAGE,
                                         "Measures the same work with 1 to %u worker, in parallel, then under the GIL, %u times over",
                                         "Measures the same work with 1 to %u workers, in parallel, then under the GIL, %u times over",
                                         params.max_workers),
                            params.max_workers, EASEL_SCALING_REPEATS);
  gtk_label_set_label (self->scaling_status, status);
}

/* How many runs the curve takes: every point, three times. */
static guint
count_scaling_runs (EaselAtelier *self)
{
  return easel_scaling_get_n_runs (easel_record_get_scaling_params (self->scaling));
}

void
_easel_atelier_show_scaling_progress (EaselAtelier *self,
                                      EaselMode     mode,
                                      guint         workers)
{
  guint n_results;
  g_autofree char *status = NULL;

  easel_record_get_results (self->scaling, &n_results);
  status = g_strdup_printf (/* Translators: progress of the scaling curve, "Parallel, 3 workers: run 3 of 24…" */
                            g_dngettext (GETTEXT_PACKAGE, "%s, %u worker: run %u of %u…",
                                         "%s, %u workers: run %u of %u…", workers),
                            easel_mode_get_title (mode), workers, n_results + 1, count_scaling_runs (self));
  gtk_label_set_label (self->scaling_status, status);
}

void
_easel_atelier_show_scaling_done (EaselAtelier *self)
{
  guint n_results, n_runs = count_scaling_runs (self);
  g_autofree char *status = NULL;

  easel_record_get_results (self->scaling, &n_results);
  if (n_results == n_runs)
    /* Translators: the scaling curve is measured, "8 points measured, each the median of 3 runs" */
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u point measured, each the median of %u runs",
                                           "%u points measured, each the median of %u runs",
                                           n_runs / EASEL_SCALING_REPEATS),
                              n_runs / EASEL_SCALING_REPEATS, EASEL_SCALING_REPEATS);
  else
    /* Translators: the scaling curve was stopped, "Stopped after 3 of 24 runs" */
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Stopped after %u of %u run",
                                           "Stopped after %u of %u runs", n_runs),
                              n_results, n_runs);
  gtk_label_set_label (self->scaling_status, status);
}

/* The scaling curve: parallel then the GIL, 1 to W workers, each point
 * on the chart as it is measured. */
void
_easel_atelier_start_scaling (EaselAtelier *self)
{
  EaselScalingParams params;
  g_autoptr(GError) error = NULL;
  EaselSeries *series;

  _easel_atelier_show_scaling_params (self);
  get_scaling_params (self, &params);
  if (!easel_scaling_check_params (&params, &error))
    {
      _easel_atelier_toast (self, error->message);
      return;
    }
  self->running = EASEL_ATELIER_RUN_SCALING;
  adw_view_stack_set_visible_child_name (self->stack, "scaling");

  g_debug ("Atelier: measuring scaling up to %u workers", params.max_workers);
  series = easel_scaling_new_series (&params);
  _easel_atelier_start_series (self, series);
  /* Shown once started: its curve is predicted on the capacity the
   * runs start with. */
  g_set_object (&self->scaling, easel_series_get_record (series));
  easel_scaling_view_set_record (self->scaling_view, self->scaling);
}
