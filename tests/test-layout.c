/* test-layout.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every label on screen — the main window 360 pixels wide, at 1280×720
 * and at 1920×1080, and every slide presenting at 1280×720 and
 * 1920×1080 — in every language Easel speaks: none is cut short with an
 * ellipsis, none has ink outside its allocation, and no two overlap. The
 * labels' own Pango layouts are measured, not screenshots. (The charts'
 * text is checked the same way inside the renderers: test-text-fits.)
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-application.h"
#include "easel-test-utils.h"
#include "easel-walkthrough.h"
#include "easel-window.h"

static GApplication *app;

typedef struct
{
  GtkWidget       *label;
  graphene_rect_t  ink;
} Text;

/* Whether @widget shows on screen: mapped, drawn, not hidden from view
 * by a stack or squeezer, inside @root. */
static gboolean
shows (GtkWidget *widget,
       GtkWidget *root)
{
  for (GtkWidget *w = widget; w != NULL && w != root; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_mapped (w) || !gtk_widget_get_child_visible (w) || gtk_widget_get_opacity (w) == 0.0)
      return FALSE;

  return TRUE;
}

/* The labels under @widget that show, with their ink in @root's
 * coordinates; counts and names those cut short or outside their
 * allocation. */
static guint
collect (GtkWidget  *widget,
         GtkWidget  *root,
         const char *where,
         GArray     *texts)
{
  guint failures = 0;

  /* A scrolled page shows what it scrolls to: not checked here. */
  if (GTK_IS_SCROLLED_WINDOW (widget) || GTK_IS_POPOVER (widget))
    return 0;

  if (GTK_IS_LABEL (widget) && shows (widget, root) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));
      PangoRectangle ink;
      graphene_rect_t bounds;
      Text text = { widget };
      int x, y;

      pango_layout_get_pixel_extents (layout, &ink, NULL);
      gtk_label_get_layout_offsets (GTK_LABEL (widget), &x, &y);
      if (pango_layout_is_ellipsized (layout))
        {
          g_test_message ("%s: “%s” is cut short", where, gtk_label_get_text (GTK_LABEL (widget)));
          failures++;
        }
      /* A glyph's side bearing may stand a pixel or two out ("J"): that
       * is drawn, not cut; more is text that did not fit. */
      else if (x + ink.x < -3 || y + ink.y < -3 || x + ink.x + ink.width > gtk_widget_get_width (widget) + 3 ||
               y + ink.y + ink.height > gtk_widget_get_height (widget) + 3)
        {
          g_test_message ("%s: “%s” leaves its allocation (%d,%d %d×%d in %d×%d)", where,
                          gtk_label_get_text (GTK_LABEL (widget)), x + ink.x, y + ink.y, ink.width, ink.height,
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
          failures++;
        }

      if (gtk_widget_compute_bounds (widget, root, &bounds))
        {
          text.ink = GRAPHENE_RECT_INIT (bounds.origin.x + x + ink.x, bounds.origin.y + y + ink.y, ink.width, ink.height);
          g_array_append_val (texts, text);
          /* Pushed out of the window (or the slide) by what is above. */
          if (text.ink.origin.x < -3 || text.ink.origin.y < -3 ||
              text.ink.origin.x + text.ink.size.width > gtk_widget_get_width (root) + 3 ||
              text.ink.origin.y + text.ink.size.height > gtk_widget_get_height (root) + 3)
            {
              g_test_message ("%s: “%s” is outside what shows (%.0f,%.0f in %d×%d)", where,
                              gtk_label_get_text (GTK_LABEL (widget)), text.ink.origin.x, text.ink.origin.y,
                              gtk_widget_get_width (root), gtk_widget_get_height (root));
              failures++;
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    failures += collect (child, root, where, texts);

  return failures;
}

/* Labels that show in @root, in the state @where names: the misfits. */
static guint
count_misfits (GtkWidget  *root,
               const char *where)
{
  g_autoptr(GArray) texts = g_array_new (FALSE, FALSE, sizeof (Text));
  guint failures;

  gtk_test_widget_wait_for_draw (root);
  failures = collect (root, root, where, texts);

  for (guint i = 0; i < texts->len; i++)
    for (guint j = i + 1; j < texts->len; j++)
      {
        const Text *a = &g_array_index (texts, Text, i);
        const Text *b = &g_array_index (texts, Text, j);
        graphene_rect_t both;

        if (graphene_rect_intersection (&a->ink, &b->ink, &both) && both.size.width > 1.5 && both.size.height > 1.5)
          {
            g_test_message ("%s: “%s” runs into “%s”", where, gtk_label_get_text (GTK_LABEL (a->label)),
                            gtk_label_get_text (GTK_LABEL (b->label)));
            failures++;
          }
      }

  return failures;
}

static guint
check_window (const char *language,
              int         width,
              int         height)
{
  EaselWindow *window = easel_test_create_window (app, width, height);
  g_autofree char *where = g_strdup_printf ("%s, window %d×%d", language, width, height);
  guint failures = count_misfits (GTK_WIDGET (window), where);

  gtk_window_destroy (GTK_WINDOW (window));

  return failures;
}

/* Every slide, presenting at @width × @height. */
static guint
check_slides (const char *language,
              int         width,
              int         height)
{
  EaselWindow *window = easel_test_create_window (app, width, height);
  EaselWalkthrough *walkthrough;
  guint failures = 0;

  easel_window_show_walkthrough (window, 0);
  easel_window_set_presenting (window, TRUE);
  walkthrough = easel_window_get_walkthrough (window);
  for (guint i = 0; i < easel_walkthrough_get_n_slides (walkthrough); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s, slide %u presenting at %d×%d", language, i + 1, width, height);

      easel_walkthrough_go_to (walkthrough, i, FALSE);
      /* The type is sized after the allocation, then laid out again. */
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      failures += count_misfits (GTK_WIDGET (walkthrough), where);
    }

  easel_window_set_presenting (window, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));

  return failures;
}

static void
test_layout_every_language (void)
{
  g_autofree char *linguas_path = g_test_build_filename (G_TEST_DIST, "..", "po", "LINGUAS", NULL);
  g_autofree char *linguas = NULL;
  g_autofree char *all = NULL;
  g_auto(GStrv) languages = NULL;
  guint failures = 0;

  g_assert_true (g_file_get_contents (linguas_path, &linguas, NULL, NULL));
  all = g_strconcat ("C ", linguas, NULL);
  languages = g_strsplit_set (g_strstrip (all), " \n", -1);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("EASEL_LOCALEDIR"));

  for (guint l = 0; languages[l] != NULL; l++)
    {
      if (*languages[l] == '\0' || *languages[l] == '#')
        continue;

      easel_test_set_language (languages[l]);
      failures += check_window (languages[l], 360, 640);
      failures += check_window (languages[l], 1280, 720);
      failures += check_window (languages[l], 1920, 1080);
      failures += check_slides (languages[l], 1280, 720);
      failures += check_slides (languages[l], 1920, 1080);
    }
  easel_test_set_language (NULL);

  g_assert_cmpuint (failures, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  easel_test_init (&argc, &argv);
  app = easel_test_create_application ();
  /* Layouts, not their animations: a squeezer or a stack switches at
   * once, never showing two variants crossfading (a busy machine caught
   * them mid-fade). */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/easel/layout/every-language", test_layout_every_language);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
