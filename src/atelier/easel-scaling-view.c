/* easel-scaling-view.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scaling curve as a widget: the model's curve as soon as the
 * parameters are known, and the measured points as each one finishes.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-scaling-view.h"
#include "easel-style.h"

struct _EaselScalingView
{
  GtkWidget               parent_instance;

  /* The curve's runs, which the view observes, and the model's curve
   * for the machine they ran on. */
  EaselRecord            *record;
  EaselScalingPrediction *prediction;
  /* Someone's guess of the speed-up at some workers (0: none). */
  EaselScalingGuess       guess;
};

G_DEFINE_FINAL_TYPE (EaselScalingView, easel_scaling_view, GTK_TYPE_WIDGET)

GtkWidget *
easel_scaling_view_new (void)
{
  return g_object_new (EASEL_TYPE_SCALING_VIEW, NULL);
}

char *
easel_scaling_view_dup_description (EaselScalingView *self)
{
  const EaselRunResult *results;
  guint n_results;

  g_return_val_if_fail (EASEL_IS_SCALING_VIEW (self), NULL);

  if (self->prediction == NULL)
    return g_strdup ("");

  results = easel_record_get_results (self->record, &n_results);

  return easel_scaling_describe (self->prediction, results, n_results);
}

static void
update (EaselScalingView *self)
{
  g_autofree char *description = easel_scaling_view_dup_description (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Scaling with the number of workers"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Shows the curve @record measures (NULL: none), point by point as its
 * runs are added, beside the model's curve for the machine it ran on. */
void
easel_scaling_view_set_record (EaselScalingView *self,
                               EaselRecord      *record)
{
  g_return_if_fail (EASEL_IS_SCALING_VIEW (self));
  g_return_if_fail (record == NULL || easel_record_get_scaling_params (record) != NULL);

  if (record == self->record)
    return;

  if (self->record != NULL)
    g_signal_handlers_disconnect_by_func (self->record, update, self);
  g_set_object (&self->record, record);
  g_clear_pointer (&self->prediction, easel_scaling_prediction_free);
  if (record != NULL)
    {
      self->prediction = easel_scaling_prediction_new (easel_record_get_scaling_params (record),
                                                       easel_record_get_capacity (record));
      g_signal_connect_object (record, "items-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
    }
  update (self);
}

/* Returns: (nullable): the record shown. */
EaselRecord *
easel_scaling_view_get_record (EaselScalingView *self)
{
  g_return_val_if_fail (EASEL_IS_SCALING_VIEW (self), NULL);

  return self->record;
}

/* Returns: (nullable): the model's curve for the record shown. */
const EaselScalingPrediction *
easel_scaling_view_get_prediction (EaselScalingView *self)
{
  g_return_val_if_fail (EASEL_IS_SCALING_VIEW (self), NULL);

  return self->prediction;
}

static void
draw_scaling (GtkWidget              *widget,
              const EaselRenderStyle *style,
              cairo_t                *cr,
              double                  width,
              double                  height)
{
  EaselScalingView *self = EASEL_SCALING_VIEW (widget);
  const EaselRunResult *results;
  guint n_results;

  if (self->prediction == NULL)
    return;

  results = easel_record_get_results (self->record, &n_results);
  easel_scaling_draw (self->prediction, results, n_results, &self->guess, style, cr, width, height);
}

/* Marks someone's guess of the speed-up @speedup at @workers, made
 * before the curve was measured; @workers 0 for none. */
void
easel_scaling_view_set_guess (EaselScalingView *self,
                              guint             workers,
                              double            speedup)
{
  g_return_if_fail (EASEL_IS_SCALING_VIEW (self));

  self->guess = (EaselScalingGuess) { workers, speedup };
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
easel_scaling_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  easel_widget_snapshot_render (widget, snapshot, TRUE, draw_scaling);
}

static void
easel_scaling_view_finalize (GObject *object)
{
  EaselScalingView *self = EASEL_SCALING_VIEW (object);

  g_clear_pointer (&self->prediction, easel_scaling_prediction_free);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (easel_scaling_view_parent_class)->finalize (object);
}

static void
easel_scaling_view_class_init (EaselScalingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = easel_scaling_view_finalize;
  widget_class->snapshot = easel_scaling_view_snapshot;

  gtk_widget_class_set_css_name (widget_class, "scalingview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

/* No curve until easel_scaling_view_set_params(): its model is worked
 * out when the page is first shown. */
static void
easel_scaling_view_init (EaselScalingView *self)
{
  gtk_widget_set_size_request (GTK_WIDGET (self), 200, 200);
}
