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

  EaselScalingPrediction *prediction;
  GArray                 *results;
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
  g_return_val_if_fail (EASEL_IS_SCALING_VIEW (self), NULL);

  if (self->prediction == NULL)
    return g_strdup ("");

  return easel_scaling_describe (self->prediction, (const EaselRunResult *) (gpointer) self->results->data,
                                 self->results->len);
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

/* Starts a new curve: the model's for @params on @capacity, no points yet. */
void
easel_scaling_view_set_params (EaselScalingView         *self,
                               const EaselScalingParams *params,
                               const EaselCapacity      *capacity)
{
  g_return_if_fail (EASEL_IS_SCALING_VIEW (self));
  g_return_if_fail (params != NULL && easel_scaling_check_params (params, NULL));

  g_clear_pointer (&self->prediction, easel_scaling_prediction_free);
  self->prediction = easel_scaling_prediction_new (params, capacity);
  g_array_set_size (self->results, 0);
  update (self);
}

const EaselScalingPrediction *
easel_scaling_view_get_prediction (EaselScalingView *self)
{
  g_return_val_if_fail (EASEL_IS_SCALING_VIEW (self), NULL);

  return self->prediction;
}

/* A point of the curve has been measured. */
void
easel_scaling_view_add (EaselScalingView *self,
                        EaselTrace       *measured,
                        EaselTrace       *predicted)
{
  g_return_if_fail (EASEL_IS_SCALING_VIEW (self));
  g_return_if_fail (measured != NULL);

  easel_run_results_append (self->results, measured, predicted);
  update (self);
}

const EaselRunResult *
easel_scaling_view_get_results (EaselScalingView *self,
                                guint            *n_results)
{
  g_return_val_if_fail (EASEL_IS_SCALING_VIEW (self), NULL);
  g_return_val_if_fail (n_results != NULL, NULL);

  *n_results = self->results->len;

  return (const EaselRunResult *) (gpointer) self->results->data;
}

static void
draw_scaling (GtkWidget              *widget,
              const EaselRenderStyle *style,
              cairo_t                *cr,
              double                  width,
              double                  height)
{
  EaselScalingView *self = EASEL_SCALING_VIEW (widget);

  if (self->prediction == NULL)
    return;

  easel_scaling_draw (self->prediction, (const EaselRunResult *) (gpointer) self->results->data,
                      self->results->len, style, cr, width, height);
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
  g_array_unref (self->results);

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
  self->results = easel_run_results_array_new ();
  gtk_widget_set_size_request (GTK_WIDGET (self), 200, 200);
}
