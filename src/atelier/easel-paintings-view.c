/* easel-paintings-view.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The paintings of a run side by side, each showing the picture its real
 * pixel work has computed so far, glistening while wet and checked when
 * done. The pixels are copied from the run's canvases as progress is
 * reported, so no thread touches what is drawn.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-paintings-view.h"
#include "easel-style.h"

/* One pass of the sheen over a wet painting. The pictures change at
 * most at the timeline's frame rate, in the same frames (span events
 * too wait for the next one): every frame drawn is CPU the paintings do
 * not get on a small machine. */
#define SHEEN_PERIOD_US (1600 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  guint32           pixels[EASEL_CANVAS_WIDTH * EASEL_CANVAS_HEIGHT];
  EaselPictureState state;
  double            progress;
  /* Bumped at every change; the picture is drawn again only then. */
  guint             version;
  GskRenderNode    *node;
  guint             node_version;
  graphene_rect_t   node_bounds;
  /* The sheen of wet paint, a node of its own over the picture: as it
   * moves, only it and the picture under it are drawn again. */
  GskRenderNode    *sheen_node;
  double            node_sheen;
} Painting;

static void
painting_clear (gpointer data)
{
  Painting *painting = data;

  g_clear_pointer (&painting->node, gsk_render_node_unref);
  g_clear_pointer (&painting->sheen_node, gsk_render_node_unref);
}

struct _EaselPaintingsView
{
  GtkWidget    parent_instance;

  EaselRunner *runner;
  GArray      *paintings;
  guint        tick_id;
  double       sheen;
  /* Progress came in since the last frame. */
  gboolean     dirty;
};

G_DEFINE_FINAL_TYPE (EaselPaintingsView, easel_paintings_view, GTK_TYPE_WIDGET)

GtkWidget *
easel_paintings_view_new (void)
{
  return g_object_new (EASEL_TYPE_PAINTINGS_VIEW, NULL);
}

static Painting *
get_painting (EaselPaintingsView *self,
              guint               painting)
{
  g_assert (painting < self->paintings->len);

  return &g_array_index (self->paintings, Painting, painting);
}

static void
update_accessible (EaselPaintingsView *self)
{
  guint done = 0;
  g_autofree char *description = NULL;

  for (guint i = 0; i < self->paintings->len; i++)
    if (get_painting (self, i)->state == EASEL_PICTURE_DONE)
      done++;

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u painting is done",
                                              "%u of %u paintings are done", self->paintings->len),
                                 done, self->paintings->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Paintings"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Whether @painting glistens: wet paint in a run going on (once the run
 * is stopped, nothing dries). */
static gboolean
glistens (EaselPaintingsView *self,
          const Painting     *painting)
{
  return self->runner != NULL && easel_picture_state_is_wet (painting->state);
}

static gboolean
any_wet (EaselPaintingsView *self)
{
  for (guint i = 0; i < self->paintings->len; i++)
    if (glistens (self, get_painting (self, i)))
      return TRUE;

  return FALSE;
}

static gboolean
pace_cb (GtkWidget *widget,
         gint64     now)
{
  EaselPaintingsView *self = EASEL_PAINTINGS_VIEW (widget);
  gboolean wet = any_wet (self);

  if (!wet && !self->dirty)
    {
      self->tick_id = 0;
      return FALSE;
    }

  /* New rows and the sheen move at every pace (the views' frame rate). */
  if (wet)
    self->sheen = fmod ((double) now / SHEEN_PERIOD_US, 1.0);
  self->dirty = FALSE;
  gtk_widget_queue_draw (widget);

  return TRUE;
}

/* Frames come from the tick while a painting is wet or has new rows. */
static void
animate_if_wet (EaselPaintingsView *self)
{
  if (self->tick_id == 0 && (self->dirty || any_wet (self)) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->tick_id = easel_pace_add (GTK_WIDGET (self), pace_cb);
}

/* Drawn at the next pace, with whatever else changed by then. */
static void
changed (EaselPaintingsView *self,
         Painting           *painting)
{
  painting->version++;
  self->dirty = TRUE;
  animate_if_wet (self);
}

/* Blank canvases for @n_paintings paintings. */
void
easel_paintings_view_reset (EaselPaintingsView *self,
                            guint               n_paintings)
{
  g_autoptr(EaselCanvas) blank = NULL;

  g_return_if_fail (EASEL_IS_PAINTINGS_VIEW (self));

  easel_paintings_view_stop (self);

  g_array_set_size (self->paintings, n_paintings);
  blank = easel_canvas_new (0);
  for (guint i = 0; i < n_paintings; i++)
    {
      Painting *painting = get_painting (self, i);

      easel_canvas_copy_pixels (blank, painting->pixels, EASEL_CANVAS_WIDTH * sizeof (guint32));
      painting->state = EASEL_PICTURE_BLANK;
      painting->progress = 0.0;
      painting->version++;
    }

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
progress_cb (EaselPaintingsView *self,
             guint               index,
             double              fraction,
             EaselRunner        *runner)
{
  Painting *painting;

  if (index >= self->paintings->len)
    return;

  painting = get_painting (self, index);
  easel_canvas_copy_pixels (easel_runner_get_canvas (runner, index), painting->pixels,
                            EASEL_CANVAS_WIDTH * sizeof (guint32));
  painting->progress = fraction;
  painting->version++;

  /* Drawn at the next frame that is due, with whatever else came in. */
  self->dirty = TRUE;
  animate_if_wet (self);
}

static void
span_started_cb (EaselPaintingsView *self,
                 const EaselSpan    *span)
{
  if (span->painting >= self->paintings->len)
    return;

  if (span->phase == EASEL_PHASE_PAINT)
    get_painting (self, span->painting)->state = EASEL_PICTURE_PAINTING;
  else if (span->phase == EASEL_PHASE_DRY)
    get_painting (self, span->painting)->state = EASEL_PICTURE_DRYING;

  animate_if_wet (self);
  changed (self, get_painting (self, span->painting));
}

static void
span_finished_cb (EaselPaintingsView *self,
                  const EaselSpan    *span)
{
  Painting *painting;

  if (span->painting >= self->paintings->len || span->phase != EASEL_PHASE_DRY)
    return;

  /* Dry: done after the last coat, else ready for the next one. */
  painting = get_painting (self, span->painting);
  if (span->coat + 1 >= easel_runner_get_workload (self->runner)->coats)
    {
      painting->state = EASEL_PICTURE_DONE;
      painting->progress = 1.0;
      update_accessible (self);
    }
  else
    {
      painting->state = EASEL_PICTURE_WAITING;
    }

  changed (self, painting);
}

/* Shows @runner's paintings as they are painted. */
void
easel_paintings_view_follow (EaselPaintingsView *self,
                             EaselRunner        *runner)
{
  g_return_if_fail (EASEL_IS_PAINTINGS_VIEW (self));
  g_return_if_fail (EASEL_IS_RUNNER (runner));

  easel_paintings_view_reset (self, easel_runner_get_workload (runner)->paintings);

  self->runner = g_object_ref (runner);
  g_signal_connect_object (runner, "progress", G_CALLBACK (progress_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (runner, "span-started", G_CALLBACK (span_started_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (runner, "span-finished", G_CALLBACK (span_finished_cb), self, G_CONNECT_SWAPPED);
}

/* Stops following the run; the pictures stay as they are. */
void
easel_paintings_view_stop (EaselPaintingsView *self)
{
  g_return_if_fail (EASEL_IS_PAINTINGS_VIEW (self));

  if (self->runner != NULL)
    g_signal_handlers_disconnect_by_data (self->runner, self);
  g_clear_object (&self->runner);

  /* A stopped run leaves nothing drying or being painted: the paintings
   * wait for coats that will not come, and do not glisten (glistens()). */
  for (guint i = 0; i < self->paintings->len; i++)
    {
      Painting *painting = get_painting (self, i);

      if (easel_picture_state_is_wet (painting->state) || painting->state == EASEL_PICTURE_PAINTING)
        painting->state = painting->progress > 0 ? EASEL_PICTURE_WAITING : EASEL_PICTURE_BLANK;
      painting->version++;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
easel_paintings_view_get_n_paintings (EaselPaintingsView *self)
{
  g_return_val_if_fail (EASEL_IS_PAINTINGS_VIEW (self), 0);

  return self->paintings->len;
}

EaselPictureState
easel_paintings_view_get_state (EaselPaintingsView *self,
                                guint               painting)
{
  g_return_val_if_fail (EASEL_IS_PAINTINGS_VIEW (self), EASEL_PICTURE_BLANK);
  g_return_val_if_fail (painting < self->paintings->len, EASEL_PICTURE_BLANK);

  return get_painting (self, painting)->state;
}

/* The grid that makes the pictures largest in @width × @height. */
static guint
best_columns (guint  n,
              double width,
              double height,
              double caption)
{
  guint best = 1;
  double best_scale = 0.0;

  for (guint columns = 1; columns <= MAX (n, 1); columns++)
    {
      guint rows = (n + columns - 1) / columns;
      double cell_width = width / columns;
      double cell_height = height / rows - caption;
      double scale = MIN (cell_width * 0.92 / EASEL_CANVAS_WIDTH, cell_height / EASEL_CANVAS_HEIGHT);

      if (scale > best_scale)
        {
          best_scale = scale;
          best = columns;
        }
    }

  return best;
}

static void
easel_paintings_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  EaselPaintingsView *self = EASEL_PAINTINGS_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint n = self->paintings->len;
  EaselRenderStyle style;
  double caption;
  guint columns;
  guint rows;

  if (n == 0 || width <= 0 || height <= 0)
    return;

  easel_widget_get_render_style (widget, &style);
  caption = style.font_size * 2.6;
  columns = best_columns (n, width, height, caption);
  rows = (n + columns - 1) / columns;

  /* Each picture is a node of its own, drawn again only when it changed:
   * one painting's new rows redraw that one. */
  for (guint i = 0; i < n; i++)
    {
      Painting *painting = get_painting (self, i);
      double cell_width = (double) width / columns;
      double cell_height = (double) height / rows;
      double box_x = (i % columns) * cell_width + cell_width * 0.04;
      double box_y = (i / columns) * cell_height + 4;
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (floor ((i % columns) * cell_width), floor ((i / columns) * cell_height),
                                                   ceil (cell_width), ceil (cell_height));
      EaselPicture picture = { i, painting->pixels, painting->state, painting->progress, -1.0 };
      gboolean moved = !graphene_rect_equal (&bounds, &painting->node_bounds);

      if (painting->node == NULL || painting->node_version != painting->version || moved)
        {
          GtkSnapshot *layer = gtk_snapshot_new ();
          cairo_t *cr = gtk_snapshot_append_cairo (layer, &bounds);

          easel_picture_draw (&picture, &style, cr, box_x, box_y, cell_width * 0.92, cell_height - 8);
          cairo_destroy (cr);

          g_clear_pointer (&painting->node, gsk_render_node_unref);
          painting->node = gtk_snapshot_free_to_node (layer);
          painting->node_version = painting->version;
          painting->node_bounds = bounds;
        }
      gtk_snapshot_append_node (snapshot, painting->node);

      if (!glistens (self, painting))
        continue;

      if (painting->sheen_node == NULL || painting->node_sheen != self->sheen || moved)
        {
          GtkSnapshot *layer = gtk_snapshot_new ();
          cairo_rectangle_t sheen;
          cairo_t *cr;

          picture.sheen = self->sheen;
          easel_picture_get_sheen_bounds (&style, box_x, box_y, cell_width * 0.92, cell_height - 8, &sheen);
          cr = gtk_snapshot_append_cairo (layer, &GRAPHENE_RECT_INIT (sheen.x, sheen.y, sheen.width, sheen.height));
          easel_picture_draw_sheen (&picture, &style, cr, box_x, box_y, cell_width * 0.92, cell_height - 8);
          cairo_destroy (cr);

          g_clear_pointer (&painting->sheen_node, gsk_render_node_unref);
          painting->sheen_node = gtk_snapshot_free_to_node (layer);
          painting->node_sheen = self->sheen;
        }
      if (painting->sheen_node != NULL)
        gtk_snapshot_append_node (snapshot, painting->sheen_node);
    }

  easel_render_style_clear (&style);
}

static void
easel_paintings_view_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  EaselPaintingsView *self = EASEL_PAINTINGS_VIEW (widget);

  GTK_WIDGET_CLASS (easel_paintings_view_parent_class)->css_changed (widget, change);

  for (guint i = 0; i < self->paintings->len; i++)
    get_painting (self, i)->version++;
  gtk_widget_queue_draw (widget);
}


static GtkSizeRequestMode
easel_paintings_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Wider windows get taller paintings, up to a point: the timeline below
 * needs the room more. */
static void
easel_paintings_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 480;
    }
  else
    {
      *minimum = 120;
      *natural = for_size > 0 ? CLAMP (for_size * 0.17, 140, 300) : 170;
    }
}

static void
easel_paintings_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (easel_paintings_view_parent_class)->map (widget);

  animate_if_wet (EASEL_PAINTINGS_VIEW (widget));
}

static void
easel_paintings_view_unmap (GtkWidget *widget)
{
  EaselPaintingsView *self = EASEL_PAINTINGS_VIEW (widget);

  /* Nothing animates while hidden. */
  if (self->tick_id != 0)
    {
      easel_pace_remove (self->tick_id);
      self->tick_id = 0;
    }

  GTK_WIDGET_CLASS (easel_paintings_view_parent_class)->unmap (widget);
}

static void
easel_paintings_view_dispose (GObject *object)
{
  EaselPaintingsView *self = EASEL_PAINTINGS_VIEW (object);

  if (self->runner != NULL)
    g_signal_handlers_disconnect_by_data (self->runner, self);
  g_clear_object (&self->runner);

  G_OBJECT_CLASS (easel_paintings_view_parent_class)->dispose (object);
}

static void
easel_paintings_view_finalize (GObject *object)
{
  EaselPaintingsView *self = EASEL_PAINTINGS_VIEW (object);

  g_array_unref (self->paintings);

  G_OBJECT_CLASS (easel_paintings_view_parent_class)->finalize (object);
}

static void
easel_paintings_view_class_init (EaselPaintingsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = easel_paintings_view_dispose;
  object_class->finalize = easel_paintings_view_finalize;

  widget_class->snapshot = easel_paintings_view_snapshot;
  widget_class->css_changed = easel_paintings_view_css_changed;
  widget_class->get_request_mode = easel_paintings_view_get_request_mode;
  widget_class->measure = easel_paintings_view_measure;
  widget_class->map = easel_paintings_view_map;
  widget_class->unmap = easel_paintings_view_unmap;

  gtk_widget_class_set_css_name (widget_class, "paintingsview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
easel_paintings_view_init (EaselPaintingsView *self)
{
  self->paintings = g_array_new (FALSE, TRUE, sizeof (Painting));
  g_array_set_clear_func (self->paintings, painting_clear);
  update_accessible (self);
}
