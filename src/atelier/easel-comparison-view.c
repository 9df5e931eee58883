/* easel-comparison-view.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The comparison of the modes as a widget, filled row by row as "Run all"
 * goes through them.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-comparison-view.h"
#include "easel-style.h"

struct _EaselComparisonView
{
  GtkWidget  parent_instance;

  GArray    *rows;
};

G_DEFINE_FINAL_TYPE (EaselComparisonView, easel_comparison_view, GTK_TYPE_WIDGET)

GtkWidget *
easel_comparison_view_new (void)
{
  return g_object_new (EASEL_TYPE_COMPARISON_VIEW, NULL);
}

char *
easel_comparison_view_dup_description (EaselComparisonView *self)
{
  g_return_val_if_fail (EASEL_IS_COMPARISON_VIEW (self), NULL);

  return easel_comparison_describe ((const EaselRunResult *) (gpointer) self->rows->data,
                                    self->rows->len);
}

static void
update (EaselComparisonView *self)
{
  g_autofree char *description = easel_comparison_view_dup_description (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Comparison of the modes"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
easel_comparison_view_clear (EaselComparisonView *self)
{
  g_return_if_fail (EASEL_IS_COMPARISON_VIEW (self));

  g_array_set_size (self->rows, 0);
  update (self);
}

void
easel_comparison_view_add (EaselComparisonView *self,
                           EaselTrace          *measured,
                           EaselTrace          *predicted)
{
  g_return_if_fail (EASEL_IS_COMPARISON_VIEW (self));
  g_return_if_fail (measured != NULL);

  easel_run_results_append (self->rows, measured, predicted);
  update (self);
}

const EaselRunResult *
easel_comparison_view_get_rows (EaselComparisonView *self,
                                guint               *n_rows)
{
  g_return_val_if_fail (EASEL_IS_COMPARISON_VIEW (self), NULL);
  g_return_val_if_fail (n_rows != NULL, NULL);

  *n_rows = self->rows->len;

  return (const EaselRunResult *) (gpointer) self->rows->data;
}

static void
draw_comparison (GtkWidget              *widget,
                 const EaselRenderStyle *style,
                 cairo_t                *cr,
                 double                  width,
                 double                  height)
{
  EaselComparisonView *self = EASEL_COMPARISON_VIEW (widget);

  easel_comparison_draw ((const EaselRunResult *) (gpointer) self->rows->data, self->rows->len,
                         style, cr, width, height);
}

static void
easel_comparison_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  easel_widget_snapshot_render (widget, snapshot, TRUE, draw_comparison);
}

static void
easel_comparison_view_finalize (GObject *object)
{
  EaselComparisonView *self = EASEL_COMPARISON_VIEW (object);

  g_array_unref (self->rows);

  G_OBJECT_CLASS (easel_comparison_view_parent_class)->finalize (object);
}

static void
easel_comparison_view_class_init (EaselComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = easel_comparison_view_finalize;
  widget_class->snapshot = easel_comparison_view_snapshot;

  gtk_widget_class_set_css_name (widget_class, "comparisonview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
easel_comparison_view_init (EaselComparisonView *self)
{
  self->rows = easel_run_results_array_new ();
  gtk_widget_set_size_request (GTK_WIDGET (self), 200, 200);
  update (self);
}
