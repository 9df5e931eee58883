/* easel-load-plot-view.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The load plot as a widget. It keeps a copy of the loads it was given,
 * draws with the theme's colours, and tells a screen reader the loads in
 * words at most once a second.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-load-plot-view.h"
#include "easel-style.h"

struct _EaselLoadPlotView
{
  GtkWidget      parent_instance;

  EaselLoadPlot  plot;
  double        *loads;
  int           *hammer_cores;
  EaselCpuSplit *splits;
  guint8        *core_usable;
  gint64         described_at;
  /* Every core's load now as bars, not the loads over time. */
  gboolean       bars;

  /* The frame (axes, labels, legend) drawn once, and what it was drawn
   * for: only the loads are drawn at every sample. */
  GskRenderNode *frame_node;
  int            frame_width;
  int            frame_height;
  guint          frame_cores;
  double         frame_usable;
  guint          frame_span;
  const char    *frame_work_label;
  gboolean       frame_split;
};

G_DEFINE_FINAL_TYPE (EaselLoadPlotView, easel_load_plot_view, GTK_TYPE_WIDGET)

GtkWidget *
easel_load_plot_view_new (void)
{
  return g_object_new (EASEL_TYPE_LOAD_PLOT_VIEW, NULL);
}

/* How many samples the plot shows. */
guint
easel_load_plot_view_get_n_samples (EaselLoadPlotView *self)
{
  g_return_val_if_fail (EASEL_IS_LOAD_PLOT_VIEW (self), 0);

  return self->plot.n_samples;
}

char *
easel_load_plot_view_dup_description (EaselLoadPlotView *self)
{
  g_return_val_if_fail (EASEL_IS_LOAD_PLOT_VIEW (self), NULL);

  return easel_load_plot_describe (&self->plot);
}

/* Shows @plot (copied). */
void
easel_load_plot_view_set (EaselLoadPlotView   *self,
                          const EaselLoadPlot *plot)
{
  gsize n_loads;
  gint64 now = g_get_monotonic_time ();

  g_return_if_fail (EASEL_IS_LOAD_PLOT_VIEW (self));
  g_return_if_fail (plot != NULL);

  n_loads = (gsize) (plot->n_cores + 1) * plot->n_samples;
  g_free (self->loads);
  self->loads = plot->loads ? g_memdup2 (plot->loads, n_loads * sizeof (double)) : NULL;
  g_free (self->hammer_cores);
  self->hammer_cores = plot->n_hammer ? g_memdup2 (plot->hammer_cores, plot->n_hammer * sizeof (int)) : NULL;

  g_free (self->splits);
  self->splits = plot->splits ? g_memdup2 (plot->splits, plot->n_samples * sizeof (EaselCpuSplit)) : NULL;
  g_free (self->core_usable);
  self->core_usable = plot->core_usable ? g_memdup2 (plot->core_usable, plot->n_cores) : NULL;

  self->plot = *plot;
  self->plot.loads = self->loads;
  self->plot.hammer_cores = self->hammer_cores;
  self->plot.splits = self->splits;
  self->plot.core_usable = self->core_usable;

  /* Screen readers hear the loads at most once a second. */
  if (now - self->described_at >= G_USEC_PER_SEC)
    {
      g_autofree char *description = easel_load_plot_describe (&self->plot);

      self->described_at = now;
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
draw_bars (GtkWidget              *widget,
           const EaselRenderStyle *style,
           cairo_t                *cr,
           double                  width,
           double                  height)
{
  easel_load_plot_draw_bars (&EASEL_LOAD_PLOT_VIEW (widget)->plot, style, cr, width, height);
}

/* Bars (as htop draws them) instead of the loads over time: each core's
 * load now, large, for a presenter. */
void
easel_load_plot_view_set_bars (EaselLoadPlotView *self,
                               gboolean           bars)
{
  g_return_if_fail (EASEL_IS_LOAD_PLOT_VIEW (self));

  self->bars = !!bars;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
easel_load_plot_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  EaselLoadPlotView *self = EASEL_LOAD_PLOT_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint span = self->plot.span_ms + self->plot.interval_ms * 100000;
  EaselLoadPlotLayout layout;
  EaselRenderStyle style;
  double margin;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  if (self->bars)
    {
      easel_widget_snapshot_render (widget, snapshot, TRUE, draw_bars);
      return;
    }

  easel_widget_get_render_style (widget, &style);

  if (self->frame_node == NULL || self->frame_width != width || self->frame_height != height ||
      self->frame_cores != self->plot.n_cores || self->frame_usable != self->plot.usable_cores ||
      self->frame_span != span || g_strcmp0 (self->frame_work_label, self->plot.work_label) != 0 ||
      self->frame_split != (self->plot.splits != NULL))
    {
      GtkSnapshot *layer = gtk_snapshot_new ();

      cr = gtk_snapshot_append_cairo (layer, &GRAPHENE_RECT_INIT (0, 0, width, height));
      easel_load_plot_draw_frame (&self->plot, &style, cr, width, height);
      cairo_destroy (cr);

      g_clear_pointer (&self->frame_node, gsk_render_node_unref);
      self->frame_node = gtk_snapshot_free_to_node (layer);
      self->frame_width = width;
      self->frame_height = height;
      self->frame_cores = self->plot.n_cores;
      self->frame_usable = self->plot.usable_cores;
      self->frame_span = span;
      self->frame_work_label = self->plot.work_label;
      self->frame_split = self->plot.splits != NULL;
    }

  if (self->frame_node != NULL)
    gtk_snapshot_append_node (snapshot, self->frame_node);

  /* The loads move at every sample: only the plot area (and the hammer's
   * dots on its right edge) is drawn again, not the labels around it. */
  easel_load_plot_compute_layout (&self->plot, &style, width, height, &layout);
  margin = style.font_size * 0.45 + 2.0 * self->plot.n_hammer + 3.0;
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (layout.plot_x - 2, layout.plot_y - margin,
                                                       layout.plot_width + 2 + margin,
                                                       layout.plot_height + 2 * margin));
  easel_load_plot_draw_data (&self->plot, &style, cr, width, height);
  cairo_destroy (cr);

  easel_render_style_clear (&style);
}

static void
easel_load_plot_view_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  EaselLoadPlotView *self = EASEL_LOAD_PLOT_VIEW (widget);

  GTK_WIDGET_CLASS (easel_load_plot_view_parent_class)->css_changed (widget, change);

  g_clear_pointer (&self->frame_node, gsk_render_node_unref);
  gtk_widget_queue_draw (widget);
}

static void
easel_load_plot_view_finalize (GObject *object)
{
  EaselLoadPlotView *self = EASEL_LOAD_PLOT_VIEW (object);

  g_free (self->loads);
  g_free (self->hammer_cores);
  g_free (self->splits);
  g_free (self->core_usable);
  g_clear_pointer (&self->frame_node, gsk_render_node_unref);

  G_OBJECT_CLASS (easel_load_plot_view_parent_class)->finalize (object);
}

static void
easel_load_plot_view_class_init (EaselLoadPlotViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = easel_load_plot_view_finalize;
  widget_class->snapshot = easel_load_plot_view_snapshot;
  widget_class->css_changed = easel_load_plot_view_css_changed;

  gtk_widget_class_set_css_name (widget_class, "loadplot");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
easel_load_plot_view_init (EaselLoadPlotView *self)
{
  self->plot.interval_ms = 250;
  gtk_widget_set_size_request (GTK_WIDGET (self), 200, 140);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Load of every core"),
                                  -1);
}
