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
#include "easel-machines.h"
#include "easel-style.h"

struct _EaselComparisonView
{
  GtkWidget    parent_instance;

  /* The runs shown, which the view observes; or, from run files, several
   * machines' runs side by side (of EaselRecord). */
  EaselRecord *record;
  GPtrArray   *machines;
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
  const EaselRunResult *rows;
  guint n_rows;

  g_return_val_if_fail (EASEL_IS_COMPARISON_VIEW (self), NULL);

  if (self->machines != NULL)
    return easel_machines_describe ((EaselRecord * const *) self->machines->pdata, self->machines->len);

  rows = easel_record_get_results (self->record, &n_rows);

  return easel_comparison_describe (rows, n_rows);
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

/* Shows the runs of @record (NULL: none), row by row as they are added. */
void
easel_comparison_view_set_record (EaselComparisonView *self,
                                  EaselRecord         *record)
{
  g_autoptr(EaselRecord) empty = NULL;

  g_return_if_fail (EASEL_IS_COMPARISON_VIEW (self));
  g_return_if_fail (record == NULL || EASEL_IS_RECORD (record));

  if (record == NULL)
    record = empty = easel_record_new (NULL);
  if (record == self->record)
    return;

  if (self->record != NULL)
    g_signal_handlers_disconnect_by_func (self->record, update, self);
  g_clear_pointer (&self->machines, g_ptr_array_unref);
  g_set_object (&self->record, record);
  g_signal_connect_object (record, "items-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

/* Shows @records (finished, from run files: one per machine) side by
 * side, until a record is set again. */
void
easel_comparison_view_set_machines (EaselComparisonView *self,
                                    EaselRecord * const *records,
                                    guint                n_records)
{
  g_return_if_fail (EASEL_IS_COMPARISON_VIEW (self));
  g_return_if_fail (records != NULL && n_records > 0);

  g_clear_pointer (&self->machines, g_ptr_array_unref);
  self->machines = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_records; i++)
    g_ptr_array_add (self->machines, g_object_ref (records[i]));
  update (self);
}

/* Returns: (nullable) (transfer none): the machines shown side by side,
 * or NULL. */
GPtrArray *
easel_comparison_view_get_machines (EaselComparisonView *self)
{
  g_return_val_if_fail (EASEL_IS_COMPARISON_VIEW (self), NULL);

  return self->machines;
}

EaselRecord *
easel_comparison_view_get_record (EaselComparisonView *self)
{
  g_return_val_if_fail (EASEL_IS_COMPARISON_VIEW (self), NULL);

  return self->record;
}

static void
draw_comparison (GtkWidget              *widget,
                 const EaselRenderStyle *style,
                 cairo_t                *cr,
                 double                  width,
                 double                  height)
{
  EaselComparisonView *self = EASEL_COMPARISON_VIEW (widget);
  const EaselRunResult *rows;
  guint n_rows;

  if (self->machines != NULL)
    {
      easel_machines_draw ((EaselRecord * const *) self->machines->pdata, self->machines->len, style, cr, width, height);
      return;
    }
  rows = easel_record_get_results (self->record, &n_rows);
  easel_comparison_draw (rows, n_rows, style, cr, width, height);
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

  g_clear_object (&self->record);
  g_clear_pointer (&self->machines, g_ptr_array_unref);

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
  gtk_widget_set_size_request (GTK_WIDGET (self), 200, 200);
  easel_comparison_view_set_record (self, NULL);
}
