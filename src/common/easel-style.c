/* easel-style.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The renderers' style, taken from the widget's theme: libadwaita's named
 * colours, its dark and high-contrast variants, and the UI font.
 */

#include "config.h"

#include <adwaita.h>

#include "easel-style.h"
#include "easel-ui-thread.h"

static EaselRgba
to_rgba (const GdkRGBA *color)
{
  return (EaselRgba) { color->red, color->green, color->blue, color->alpha };
}

static void
lookup (GtkStyleContext *context,
        const char      *name,
        EaselRgba       *color)
{
  GdkRGBA rgba;

  /* Keep the default where the theme lacks a colour. */
  if (gtk_style_context_lookup_color (context, name, &rgba))
    *color = to_rgba (&rgba);
}

static GQuark
min_text_size_quark (void)
{
  return g_quark_from_static_string ("easel-min-text-size");
}

/* The renderers' text under @widget is never smaller than @size pixels
 * (0: no floor), whatever their own scale: presenting, what reads from
 * the back of the room. The views under it draw again. */
void
easel_widget_set_min_text_size (GtkWidget *widget,
                                double     size)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_qdata_full (G_OBJECT (widget), min_text_size_quark (),
                           size > 0 ? g_memdup2 (&size, sizeof size) : NULL, g_free);
}

/* The floor set on @widget or its nearest ancestor that has one. */
static double
get_min_text_size (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      double *size = g_object_get_qdata (G_OBJECT (widget), min_text_size_quark ());

      if (size != NULL)
        return *size;
    }

  return 0.0;
}

/* Fills @style (to be cleared with easel_render_style_clear()) from
 * @widget's theme and font. */
void
easel_widget_get_render_style (GtkWidget        *widget,
                               EaselRenderStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  const PangoFontDescription *font;
  gboolean high_contrast = adw_style_manager_get_high_contrast (manager);
  GdkRGBA fg;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  /* The views draw from runs that report from workers: never from one. */
  easel_assert_ui_thread ();

  if (adw_style_manager_get_dark (manager))
    easel_render_style_init_dark (style);
  else
    easel_render_style_init_light (style);

  lookup (context, "view_bg_color", &style->background);
  lookup (context, "accent_color", &style->accent);

  gtk_style_context_get_color (context, &fg);
  style->foreground = to_rgba (&fg);
  style->dim = style->foreground;
  style->dim.alpha *= high_contrast ? 0.9 : 0.6;
  style->grid = style->foreground;
  style->grid.alpha = high_contrast ? 0.3 : 0.1;
  easel_render_style_ensure_contrast (style);

  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (font != NULL)
    {
      const char *family = pango_font_description_get_family (font);
      double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

      if (!pango_font_description_get_size_is_absolute (font))
        size *= 96.0 / 72.0;

      if (family != NULL)
        {
          g_free (style->font_family);
          style->font_family = g_strdup (family);
        }
      if (size > 0)
        style->font_size = size;
    }
  style->min_text_size = get_min_text_size (widget);
}

/* The snapshot of a widget that wraps a renderer: the theme's style (its
 * text grown to the widget's size if @grow_text), a cairo node of the
 * widget's size, and @draw. */
void
easel_widget_snapshot_render (GtkWidget           *widget,
                              GtkSnapshot         *snapshot,
                              gboolean             grow_text,
                              EaselWidgetDrawFunc  draw)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  EaselRenderStyle style;
  cairo_t *cr;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (draw != NULL);

  if (width <= 0 || height <= 0)
    return;

  easel_widget_get_render_style (widget, &style);
  if (grow_text)
    easel_render_style_grow_to_size (&style, width, height);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw (widget, &style, cr, width, height);
  cairo_destroy (cr);

  easel_render_style_clear (&style);
}

/* Whether a frame at @frame_time should draw, when frames are due every
 * @interval_us on the clock: views that use the same interval draw in
 * the same frames, so that two of them cost one frame, not two. */
gboolean
easel_frame_is_due_every (gint64  frame_time,
                          gint64 *last_slot,
                          gint64  interval_us)
{
  gint64 slot;

  g_return_val_if_fail (last_slot != NULL, FALSE);
  g_return_val_if_fail (interval_us > 0, FALSE);

  slot = frame_time / interval_us;
  if (slot == *last_slot)
    return FALSE;

  *last_slot = slot;

  return TRUE;
}

/* GTK 4.8 names a button with a mnemonic by its label property and then
 * by its label widget's text ("_Run Run"); GTK 4.10 no longer does. Every
 * such button under @root keeps only its label widget's text ("Run").
 * A button whose label is set again later needs this again. */
void
easel_widget_name_without_mnemonics (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root)) &&
      gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    easel_widget_name_without_mnemonics (child);
}

static void
hide_unseen_pages (GtkWidget *stack)
{
  GtkWidget *visible = NULL;
  g_autoptr(GListModel) pages = NULL;

  if (GTK_IS_STACK (stack))
    {
      visible = gtk_stack_get_visible_child (GTK_STACK (stack));
      pages = G_LIST_MODEL (gtk_stack_get_pages (GTK_STACK (stack)));
    }
  else if (ADW_IS_SQUEEZER (stack))
    {
      visible = adw_squeezer_get_visible_child (ADW_SQUEEZER (stack));
      pages = G_LIST_MODEL (adw_squeezer_get_pages (ADW_SQUEEZER (stack)));
    }
  else
    {
      visible = adw_view_stack_get_visible_child (ADW_VIEW_STACK (stack));
      pages = G_LIST_MODEL (adw_view_stack_get_pages (ADW_VIEW_STACK (stack)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (pages, i);
      GtkWidget *child = GTK_IS_STACK_PAGE (page) ? gtk_stack_page_get_child (GTK_STACK_PAGE (page)) :
                         ADW_IS_SQUEEZER_PAGE (page) ? adw_squeezer_page_get_child (ADW_SQUEEZER_PAGE (page)) :
                         adw_view_stack_page_get_child (ADW_VIEW_STACK_PAGE (page));
      gboolean hidden = child != visible;

      gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, hidden, -1);
      if (GTK_IS_ACCESSIBLE (page))
        gtk_accessible_update_state (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_STATE_HIDDEN, hidden, -1);
    }
}

/* A stack keeps its pages out of sight, but GTK 4.8 still shows them to
 * screen readers: @stack (a GtkStack or an AdwViewStack) now tells them
 * that only its visible page is there. */
void
easel_stack_hide_unseen_pages (GtkWidget *stack)
{
  static GQuark quark;

  g_return_if_fail (GTK_IS_STACK (stack) || ADW_IS_VIEW_STACK (stack) || ADW_IS_SQUEEZER (stack));

  if (quark == 0)
    quark = g_quark_from_static_string ("easel-hides-unseen");
  if (g_object_get_qdata (G_OBJECT (stack), quark) == NULL)
    {
      g_object_set_qdata (G_OBJECT (stack), quark, GINT_TO_POINTER (TRUE));
      g_signal_connect (stack, "notify::visible-child", G_CALLBACK (hide_unseen_pages), NULL);
    }
  hide_unseen_pages (stack);
}

/* Every stack and squeezer under @root (itself included), also those
 * inside other widgets (a drop-down's label for no choice, a view
 * switcher's two layouts of each tab), shows screen readers only what
 * is on screen: a squeezer's narrow and wide variants were both read
 * out, every tab twice. */
void
easel_widget_hide_unseen (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_STACK (root) || ADW_IS_VIEW_STACK (root) || ADW_IS_SQUEEZER (root))
    easel_stack_hide_unseen_pages (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    easel_widget_hide_unseen (child);
}

/* A drop-down's button is what a screen reader lands on, and GTK 4.8
 * leaves it unnamed: it gets @name. */
void
easel_drop_down_name_button (GtkDropDown *drop_down,
                             const char  *name)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* The live views' pace: one timer at the views' frame rate for all of
 * them, instead of a tick callback each. A tick callback keeps GTK's
 * frame clock running at the display's rate (60 times a second under
 * Xvfb, each a frame cycle even when nothing is drawn); the timer wakes
 * 10 times a second, and the views it calls queue their draws in the
 * same main-loop turn, so they are drawn in one frame. */
typedef struct
{
  guint          id;
  GtkWidget     *widget;
  EaselPaceFunc  func;
} Pacer;

static GArray *pacers;
static guint pace_source;
static guint last_pacer_id;

static gboolean
pace_cb (gpointer user_data)
{
  gint64 now = g_get_monotonic_time ();
  /* A copy: a callback may add or remove pacers. */
  g_autoptr(GArray) due = g_array_copy (pacers);

  for (guint i = 0; i < due->len; i++)
    {
      Pacer pacer = g_array_index (due, Pacer, i);
      gboolean still_there = FALSE;

      for (guint j = 0; j < pacers->len && !still_there; j++)
        still_there = g_array_index (pacers, Pacer, j).id == pacer.id;

      if (still_there && gtk_widget_get_mapped (pacer.widget) && !pacer.func (pacer.widget, now))
        easel_pace_remove (pacer.id);
    }

  /* easel_pace_remove() removed the source with the last pacer. */
  return pace_source != 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Calls @func on @widget at the views' frame rate while it is mapped,
 * until it returns FALSE or easel_pace_remove(); returns an id. */
guint
easel_pace_add (GtkWidget     *widget,
                EaselPaceFunc  func)
{
  Pacer pacer = { ++last_pacer_id, widget, func };

  g_return_val_if_fail (GTK_IS_WIDGET (widget) && func != NULL, 0);

  if (pacers == NULL)
    pacers = g_array_new (FALSE, FALSE, sizeof (Pacer));
  g_array_append_val (pacers, pacer);

  if (pace_source == 0)
    pace_source = g_timeout_add (EASEL_FRAME_INTERVAL_US / 1000, pace_cb, NULL);

  return pacer.id;
}

void
easel_pace_remove (guint id)
{
  for (guint i = 0; pacers != NULL && i < pacers->len; i++)
    if (g_array_index (pacers, Pacer, i).id == id)
      {
        g_array_remove_index (pacers, i);
        break;
      }

  if (pacers != NULL && pacers->len == 0)
    g_clear_handle_id (&pace_source, g_source_remove);
}
