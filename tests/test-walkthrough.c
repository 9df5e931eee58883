/* test-walkthrough.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walkthrough in the real window: every slide through the actions and
 * back, its keys, presenting (large type, fullscreen where a window
 * manager grants it), and a screenshot of every slide at 1280×720.
 */

#include "config.h"

#include <signal.h>
#include <sys/wait.h>

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "easel-application.h"
#include "easel-atelier.h"
#include "easel-cpu-panel.h"
#include "easel-gantt-view.h"
#include "easel-presenter-window.h"
#include "easel-question-view.h"
#include "easel-slide-view.h"
#include "easel-slide.h"
#include "easel-test-utils.h"
#include "easel-walkthrough.h"
#include "easel-window.h"

static GApplication *app;

static gboolean
at_position (gpointer user_data)
{
  gpointer *args = user_data;

  return easel_walkthrough_get_position (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
wait_for_position (EaselWalkthrough *walkthrough,
                   guint             position)
{
  gpointer args[2] = { walkthrough, GUINT_TO_POINTER (position) };

  g_assert_true (easel_test_wait_until (at_position, args, 3000));
}

static void
test_walkthrough_navigation (void)
{
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  EaselWalkthrough *walkthrough;
  GtkStack *stack;
  guint n;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.walkthrough", NULL));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  walkthrough = easel_window_get_walkthrough (window);
  g_assert_nonnull (walkthrough);
  stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), EASEL_TYPE_WINDOW, "main_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "walkthrough");

  n = easel_walkthrough_get_n_slides (walkthrough);
  g_assert_cmpuint (n, >=, 10);
  g_assert_cmpuint (easel_walkthrough_get_position (walkthrough), ==, 0);

  /* Forward over every slide, once more at the end stays there, and all
   * the way back. */
  for (guint i = 1; i < n; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.next", NULL));
      wait_for_position (walkthrough, i);
    }
  gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.next", NULL);
  wait_for_position (walkthrough, n - 1);

  for (guint i = n - 1; i > 0; i--)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.previous", NULL));
      wait_for_position (walkthrough, i - 1);
    }

  gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.last", NULL);
  wait_for_position (walkthrough, n - 1);
  gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.first", NULL);
  wait_for_position (walkthrough, 0);

  /* Escape's action returns to the atelier. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "win.leave-walkthrough", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "main");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_walkthrough_keys (void)
{
  /* The clicker's keys, as the walkthrough's shortcuts hold them. */
  static const struct {
    const char *trigger;
    const char *action;
  } expected[] = {
    { "Page_Down", "walkthrough.next" },
    { "Right", "walkthrough.next" },
    { "space", "walkthrough.next" },
    { "Page_Up", "walkthrough.previous" },
    { "Left", "walkthrough.previous" },
    { "Home", "walkthrough.first" },
    { "End", "walkthrough.last" },
    { "n", "walkthrough.toggle-notes" },
    { "Escape", "win.leave-walkthrough" },
  };
  g_autoptr(GtkWidget) walkthrough = g_object_ref_sink (easel_walkthrough_new ());
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (walkthrough);
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_NAMED_ACTION (action))
            g_hash_table_insert (found,
                                 gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut)),
                                 g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action))));
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_hash_table_lookup (found, expected[i].trigger), ==, expected[i].action);
}

/* The body text is at least args[1] pixels (in tenths) in walkthrough
 * args[0]. */
static gboolean
text_size_reaches (gpointer user_data)
{
  gpointer *args = user_data;

  return easel_walkthrough_get_text_size (args[0]) >= GPOINTER_TO_UINT (args[1]) / 10.0;
}

static gboolean
text_size_at_least (gpointer walkthrough)
{
  gpointer args[2] = { walkthrough, GUINT_TO_POINTER (280) };

  return text_size_reaches (args);
}

static gboolean
is_fullscreen (gpointer user_data)
{
  return gtk_window_is_fullscreen (user_data);
}

/* The first widget under @widget (or itself) with the CSS class @name. */
static GtkWidget *
find_with_class (GtkWidget  *widget,
                 const char *name)
{
  if (gtk_widget_has_css_class (widget, name))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_class (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_walkthrough_presenting (void)
{
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  EaselWalkthrough *walkthrough;
  GtkWidget *header_bar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), EASEL_TYPE_WINDOW,
                                                                     "header_bar"));

  /* F5's action: present from anywhere. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  walkthrough = easel_window_get_walkthrough (window);
  g_assert_true (easel_window_get_presenting (window));
  g_assert_false (gtk_widget_get_visible (header_bar));

  /* On a 1280×720 projector the body text is at least 28 pixels. */
  g_assert_true (easel_test_wait_until (text_size_at_least, walkthrough, 3000));
  g_test_message ("body text while presenting: %.0f px", easel_walkthrough_get_text_size (walkthrough));

  if (gtk_window_is_fullscreen (GTK_WINDOW (window)) || g_getenv ("WAYLAND_DISPLAY") != NULL)
    {
      int min_width, min_height;

      g_assert_true (easel_test_wait_until (is_fullscreen, window, 3000));
      g_assert_true (easel_test_wait_until (text_size_at_least, walkthrough, 3000));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

      /* Every slide fits the screen it is presented on (under mutter, a
       * 1280×720 projector), with the type at its presenting size. */
      gtk_widget_measure (GTK_WIDGET (walkthrough), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (walkthrough), GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (GTK_WIDGET (walkthrough)),
                          &min_height, NULL, NULL, NULL);
      g_test_message ("presenting on %dx%d: the slides need at least %dx%d",
                      gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)),
                      min_width, min_height);
      g_assert_cmpint (min_width, <=, gtk_widget_get_width (GTK_WIDGET (walkthrough)));
      g_assert_cmpint (min_height, <=, gtk_widget_get_height (GTK_WIDGET (walkthrough)));
    }

  /* Escape: back to the window as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "win.leave-walkthrough", NULL));
  g_assert_false (easel_window_get_presenting (window));
  g_assert_true (gtk_widget_get_visible (header_bar));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_walkthrough_every_slide (void)
{
  static const struct {
    int         width;
    int         height;
    const char *scheme;
  } looks[] = {
    { 1280, 720, "light" },
    { 1280, 720, "dark" },
    { 1920, 1080, "light" },
    { 1920, 1080, "dark" },
    /* An older classroom projector. */
    { 1024, 768, "light" },
  };

  /* Every slide, presented, at a projector's two usual sizes, in both
   * styles: the pictures to look at are in the test log directory. */
  for (guint l = 0; l < G_N_ELEMENTS (looks); l++)
    {
      EaselWindow *window = easel_window_new (EASEL_APPLICATION (app));
      EaselWalkthrough *walkthrough;
      guint n;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          g_str_equal (looks[l].scheme, "dark") ? ADW_COLOR_SCHEME_FORCE_DARK
                                                                                : ADW_COLOR_SCHEME_FORCE_LIGHT);
      gtk_window_set_default_size (GTK_WINDOW (window), looks[l].width, looks[l].height);
      gtk_window_present (GTK_WINDOW (window));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

      easel_window_show_walkthrough (window, 0);
      easel_window_set_presenting (window, TRUE);
      walkthrough = easel_window_get_walkthrough (window);
      n = easel_walkthrough_get_n_slides (walkthrough);
      /* 28 pixels or more from 720 lines up; a 1024-pixel-wide screen
       * gets a little less, so that the slides fit. */
      {
        gpointer args[2] = { walkthrough, GUINT_TO_POINTER (looks[l].width > 1024 ? 280 : 240) };

        g_assert_true (easel_test_wait_until (text_size_reaches, args, 3000));
      }

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *name = g_strdup_printf ("slide-%02u-%dx%d-%s", i + 1, looks[l].width,
                                                   looks[l].height, looks[l].scheme);
          EaselSlideView *view = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (walkthrough, i));
          EaselSlide *slide = easel_slide_view_get_slide (view);
          graphene_rect_t bounds;
          int min_width, min_height;
          char *path;

          g_assert_nonnull (easel_slide_get_title (slide));
          g_assert_nonnull (easel_slide_get_body (slide));

          easel_walkthrough_go_to (walkthrough, i, FALSE);
          gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
          path = easel_test_save_png (GTK_WIDGET (window), name);
          /* No slide asks for more room than the screen has. (Without a
           * window manager the window itself may have grown on the way.) */
          gtk_widget_measure (GTK_WIDGET (walkthrough), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
          gtk_widget_measure (GTK_WIDGET (walkthrough), GTK_ORIENTATION_VERTICAL, min_width, &min_height, NULL, NULL, NULL);
          if (gtk_window_is_fullscreen (GTK_WINDOW (window)))
            {
              /* Under mutter: the screen is the monitor. */
              g_assert_cmpint (min_width, <=, gtk_widget_get_width (GTK_WIDGET (walkthrough)));
              g_assert_cmpint (min_height, <=, gtk_widget_get_height (GTK_WIDGET (walkthrough)));
            }
          else
            {
              g_assert_cmpint (min_width, <=, looks[l].width);
              g_assert_cmpint (min_height, <=, looks[l].height);
            }
          /* The slide is drawn, not just its place: its title is there. */
          g_assert_true (easel_slide_view_get_in_view (view));
          {
            /* …in the walkthrough's type, even if it changed while the
             * slide was out of view. */
            GtkWidget *body = find_with_class (GTK_WIDGET (view), "slide-body");
            PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (body));
            int height;

            pango_layout_get_pixel_size (layout, NULL, &height);
            g_assert_cmpfloat (height / (double) pango_layout_get_line_count (layout), >=,
                               easel_walkthrough_get_text_size (walkthrough));
          }
          if (i == 0)
            g_test_message ("%s: body text %.0f px in a %dx%d window", name,
                            easel_walkthrough_get_text_size (walkthrough),
                            gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)));
          g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (view), GTK_WIDGET (window), &bounds));
          g_assert_cmpfloat (easel_test_png_spread_in (path, &bounds), >, 0.4);
          g_clear_pointer (&path, g_free);
        }

      easel_window_set_presenting (window, FALSE);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_walkthrough_languages (void)
{
  g_autofree char *linguas_path = g_test_build_filename (G_TEST_DIST, "..", "po", "LINGUAS", NULL);
  g_autofree char *linguas = NULL;
  g_auto(GStrv) languages = NULL;
  g_autoptr(GListModel) english = NULL;
  g_autoptr(GListModel) previous = NULL;

  g_assert_true (g_file_get_contents (linguas_path, &linguas, NULL, NULL));
  languages = g_strsplit_set (g_strstrip (linguas), " \n", -1);

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("EASEL_LOCALEDIR"));
  easel_test_set_language ("C");
  english = easel_slides_load ();

  for (guint l = 0; languages[l] != NULL; l++)
    {
      g_autoptr(GListModel) translated = NULL;

      if (*languages[l] == '\0' || *languages[l] == '#')
        continue;

      /* Every slide has a title and a body in this language, and they are
       * really translated. */
      easel_test_set_language (languages[l]);
      translated = easel_slides_load ();
      g_assert_cmpuint (g_list_model_get_n_items (translated), ==, g_list_model_get_n_items (english));

      for (guint i = 0; i < g_list_model_get_n_items (english); i++)
        {
          g_autoptr(EaselSlide) en = g_list_model_get_item (english, i);
          g_autoptr(EaselSlide) tr = g_list_model_get_item (translated, i);

          g_assert_cmpuint (strlen (easel_slide_get_title (tr)), >, 0);
          g_assert_cmpuint (strlen (easel_slide_get_body (tr)), >, 0);
          g_assert_cmpstr (easel_slide_get_body (tr), !=, easel_slide_get_body (en));
        }

      /* In this language, not the one before (gettext keeps what it
       * found until the locale changes). */
      if (previous != NULL)
        {
          g_autoptr(EaselSlide) now = g_list_model_get_item (translated, 0);
          g_autoptr(EaselSlide) before = g_list_model_get_item (previous, 0);

          g_assert_cmpstr (easel_slide_get_body (now), !=, easel_slide_get_body (before));
        }
      g_set_object (&previous, translated);
    }

  easel_test_set_language (NULL);
}

/* The position of the (first) slide whose demonstration is @demo. */
static guint
find_slide (EaselWalkthrough *walkthrough,
            const char       *demo)
{
  for (guint i = 0; i < easel_walkthrough_get_n_slides (walkthrough); i++)
    {
      EaselSlideView *view = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (walkthrough, i));

      if (g_strcmp0 (easel_slide_get_demo (easel_slide_view_get_slide (view)), demo) == 0)
        return i;
    }

  g_assert_not_reached ();
}

static GtkWidget *
find_demo (EaselWalkthrough *walkthrough,
           const char       *demo)
{
  EaselSlideView *view = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (walkthrough,
                                                                             find_slide (walkthrough, demo)));

  return easel_slide_view_get_demo (view);
}

/* Whether @widget lies within @window's width: the carousel keeps every
 * slide mapped, side by side. */
static gboolean
on_screen (GtkWidget   *widget,
           EaselWindow *window)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));

  return bounds.origin.x >= 0 && bounds.origin.x < gtk_widget_get_width (GTK_WIDGET (window));
}

static gboolean
hammer_stopped (gpointer hammer)
{
  return !easel_hammer_is_running (hammer);
}

static gboolean
settled (gpointer stack)
{
  return !gtk_stack_get_transition_running (stack);
}

static gboolean
not_running (gpointer atelier)
{
  return !easel_atelier_is_running (atelier);
}

static void
test_walkthrough_measure (void)
{
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  EaselWalkthrough *walkthrough;
  EaselAtelier *compare;
  GtkStack *measured;
  EaselComparisonView *results;
  guint n_rows;

  easel_window_show_walkthrough (window, 0);
  walkthrough = easel_window_get_walkthrough (window);
  compare = EASEL_ATELIER (find_demo (walkthrough, "compare"));
  measured = GTK_STACK (find_demo (walkthrough, "measured"));
  results = EASEL_COMPARISON_VIEW (gtk_widget_get_last_child (gtk_stack_get_child_by_name (measured, "results")));

  /* Nothing has run: the last slide offers to measure, not an empty chart. */
  easel_walkthrough_go_to (walkthrough, easel_walkthrough_get_n_slides (walkthrough) - 1, FALSE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (measured), ==, "empty");
  /* Asked for before the carousel was first allocated, and still there. */
  g_assert_true (on_screen (GTK_WIDGET (measured), window));
  g_assert_false (on_screen (find_demo (walkthrough, "compare"), window));

  /* Measuring from there runs the comparison slide's atelier… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.measure", NULL));
  g_assert_true (easel_atelier_is_running (compare));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (measured), ==, "measuring");
  g_assert_true (easel_test_wait_until (settled, measured, 15000));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_free (easel_test_save_png (GTK_WIDGET (window), "slide-12-measuring"));

  /* …stopped before any mode is done, the slide goes back to its offer… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (compare), "atelier.stop", NULL));
  g_assert_true (easel_test_wait_until (not_running, compare, 5000));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (measured), ==, "empty");

  /* …and let run, it shows all four modes as measured just now. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.measure", NULL));
  g_assert_true (easel_test_wait_until (not_running, compare, 120000));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (measured), ==, "results");
  easel_record_get_results (easel_comparison_view_get_record (results), &n_rows);
  g_assert_cmpuint (n_rows, ==, 4);
  /* Not a copy: the record the comparison slide measured. */
  g_assert_true (easel_comparison_view_get_record (results) == easel_atelier_get_comparison (compare));
  g_assert_true (easel_test_wait_until (settled, measured, 15000));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_free (easel_test_save_png (GTK_WIDGET (window), "slide-12-measured"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether @action is enabled, as a button that uses it sees it: the
 * button is packed, hidden, in the window's header bar. */
static gboolean
enabled (EaselWindow *window,
         const char  *action)
{
  GObject *header = gtk_widget_get_template_child (GTK_WIDGET (window), EASEL_TYPE_WINDOW, "header_bar");
  g_autofree char *name = g_strconcat ("probe-", action, NULL);
  GtkWidget *probe = g_object_get_data (header, name);

  if (probe == NULL)
    {
      probe = gtk_button_new ();
      gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), action);
      if (g_str_equal (action, "win.mode"))
        gtk_actionable_set_action_target (GTK_ACTIONABLE (probe), "s", "async");
      gtk_widget_set_visible (probe, FALSE);
      adw_header_bar_pack_end (ADW_HEADER_BAR (header), probe);
      g_object_set_data (header, name, probe);
    }

  return gtk_widget_get_sensitive (probe);
}

/* The window's run, stop and export follow whatever they drive: the
 * slide's atelier, or nothing on a slide without one. */
static void
test_walkthrough_window_actions (void)
{
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  EaselWalkthrough *walkthrough;
  EaselAtelier *sequential;

  /* The window's own atelier, idle. */
  g_assert_true (enabled (window, "win.run"));
  g_assert_false (enabled (window, "win.stop"));
  g_assert_true (enabled (window, "win.mode"));

  /* A slide without an atelier has nothing to run. */
  easel_window_show_walkthrough (window, 0);
  walkthrough = easel_window_get_walkthrough (window);
  g_assert_null (easel_slide_view_find_demo (EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (walkthrough, 0)),
                                             EASEL_TYPE_ATELIER));
  g_assert_false (enabled (window, "win.run"));
  g_assert_false (enabled (window, "win.stop"));
  g_assert_false (enabled (window, "win.export"));

  /* A painting slide runs its own atelier, whose mode is the slide's. */
  easel_walkthrough_go_to (walkthrough, find_slide (walkthrough, "sequential"), FALSE);
  sequential = EASEL_ATELIER (find_demo (walkthrough, "sequential"));
  g_assert_true (enabled (window, "win.run"));
  g_assert_false (enabled (window, "win.mode"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  g_assert_true (easel_atelier_is_running (sequential));
  g_assert_false (enabled (window, "win.run"));
  g_assert_false (enabled (window, "win.export"));
  g_assert_true (enabled (window, "win.stop"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop", NULL));
  g_assert_true (easel_test_wait_until (not_running, sequential, 5000));
  g_assert_true (enabled (window, "win.run"));
  g_assert_false (enabled (window, "win.stop"));

  /* Back to the atelier: its state again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-walkthrough", NULL));
  g_assert_true (enabled (window, "win.mode"));
  g_assert_true (enabled (window, "win.run"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_walkthrough_out_of_view (void)
{
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  EaselWalkthrough *walkthrough;
  EaselCpuPanel *panel;
  EaselHammer *hammer;
  guint n;

  easel_window_show_walkthrough (window, 0);
  walkthrough = easel_window_get_walkthrough (window);
  n = easel_walkthrough_get_n_slides (walkthrough);
  panel = EASEL_CPU_PANEL (find_demo (walkthrough, "one-thread"));
  hammer = easel_cpu_panel_get_hammer (panel);

  /* Only the slide on screen is live: its panel samples, the others'
   * do not. */
  for (guint i = 0; i < n; i++)
    {
      easel_walkthrough_go_to (walkthrough, i, FALSE);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

      for (guint j = 0; j < n; j++)
        {
          EaselSlideView *view = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (walkthrough, j));

          g_assert_cmpint (easel_slide_view_get_in_view (view), ==, i == j);
          if (EASEL_IS_CPU_PANEL (easel_slide_view_get_demo (view)))
            g_assert_cmpint (easel_cpu_sampler_is_running (easel_cpu_panel_get_sampler (EASEL_CPU_PANEL (easel_slide_view_get_demo (view)))),
                             ==, i == j);
        }
    }

  /* A hammer started on a slide stops when the teacher moves on, and its
   * thread is joined. */
  easel_walkthrough_go_to (walkthrough, 1, FALSE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "cpu.toggle-hammer", NULL));
  g_assert_true (easel_hammer_is_running (hammer));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.next", NULL));
  wait_for_position (walkthrough, 2);
  g_assert_true (easel_test_wait_until (hammer_stopped, hammer, 5000));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The action @keyval triggers in @widget's capture-phase shortcuts, or
 * NULL. */
static const char *
captured_action (GtkWidget *widget,
                 guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              GTK_IS_NAMED_ACTION (action))
            return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
        }
    }

  return NULL;
}

/* A clicker's Page Down turns the slide even when the hammer's spin button
 * has the focus (the keys are taken before it sees them), and R and H are
 * the slide's. */
static void
test_walkthrough_slide_keys (void)
{
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  EaselWalkthrough *walkthrough;
  EaselCpuPanel *panel;
  guint position;

  easel_window_show_walkthrough (window, 0);
  walkthrough = easel_window_get_walkthrough (window);
  g_assert_cmpstr (captured_action (GTK_WIDGET (walkthrough), GDK_KEY_Page_Down), ==, "walkthrough.next");
  g_assert_cmpstr (captured_action (GTK_WIDGET (walkthrough), GDK_KEY_space), ==, "walkthrough.next");
  g_assert_cmpstr (captured_action (GTK_WIDGET (walkthrough), GDK_KEY_Page_Up), ==, "walkthrough.previous");
  g_assert_cmpstr (captured_action (GTK_WIDGET (walkthrough), GDK_KEY_r), ==, "walkthrough.run-demo");
  g_assert_cmpstr (captured_action (GTK_WIDGET (walkthrough), GDK_KEY_h), ==, "win.toggle-hammer");

  /* The cores slide shows the machine at rest: no key starts a hammer. */
  easel_walkthrough_go_to (walkthrough, find_slide (walkthrough, "cores"), FALSE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.run-demo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-hammer", NULL);
  g_assert_false (easel_hammer_is_running (easel_cpu_panel_get_hammer (EASEL_CPU_PANEL (find_demo (walkthrough, "cores")))));

  /* R on a hammer slide starts the hammer, H stops it. */
  position = find_slide (walkthrough, "one-thread");
  panel = EASEL_CPU_PANEL (find_demo (walkthrough, "one-thread"));
  easel_walkthrough_go_to (walkthrough, position, FALSE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.run-demo", NULL));
  g_assert_true (easel_hammer_is_running (easel_cpu_panel_get_hammer (panel)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "win.toggle-hammer", NULL));
  g_assert_true (easel_test_wait_until (hammer_stopped, easel_cpu_panel_get_hammer (panel), 5000));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
says_other_programs (gpointer view)
{
  return easel_slide_view_get_other_programs_text (view) != NULL;
}

/* A busy program beside the slides (a shell loop, a whole core): the demo
 * slide in view says the picture will be muddied, with the figure. */
static void
test_walkthrough_other_programs (void)
{
  const char *argv[] = { "/bin/sh", "-c", "while :; do :; done", NULL };
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  EaselWalkthrough *walkthrough;
  EaselSlideView *view;
  g_autoptr(GError) error = NULL;
  GPid pid;

  easel_window_show_walkthrough (window, 0);
  walkthrough = easel_window_get_walkthrough (window);
  easel_walkthrough_go_to (walkthrough, find_slide (walkthrough, "one-thread"), FALSE);
  view = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (walkthrough, find_slide (walkthrough, "one-thread")));

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  g_assert_true (easel_test_wait_until (says_other_programs, view, 8000));
  g_test_message ("%s", easel_slide_view_get_other_programs_text (view));
  g_assert_nonnull (strstr (easel_slide_view_get_other_programs_text (view), "Other programs are using"));
  g_assert_nonnull (strstr (easel_slide_view_get_other_programs_text (view), "the whole machine will read"));

  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The warning stands only where the cores other programs leave free
 * change a figure the slide shows, and says which: one core taken on two
 * leaves sequential as it was, but makes three paintings in parallel
 * slower; a hundredth of a core changes nothing anywhere. */
static void
test_walkthrough_other_programs_matter (void)
{
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  EaselWalkthrough *walkthrough;
  EaselSlideView *sequential, *parallel, *hammer;
  double usable = easel_cores_get_default ()->usable;

  if (usable < 2)
    {
      g_test_skip ("needs two usable cores");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  easel_window_show_walkthrough (window, 0);
  walkthrough = easel_window_get_walkthrough (window);
  sequential = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (walkthrough, find_slide (walkthrough, "sequential")));
  parallel = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (walkthrough, find_slide (walkthrough, "parallel-load")));
  hammer = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (walkthrough, find_slide (walkthrough, "one-thread")));

  easel_slide_view_set_other_programs (sequential, usable - 1.0);
  g_assert_null (easel_slide_view_get_other_programs_text (sequential));
  easel_slide_view_set_other_programs (sequential, usable - 0.5);
  g_assert_nonnull (easel_slide_view_get_other_programs_text (sequential));
  g_assert_nonnull (strstr (easel_slide_view_get_other_programs_text (sequential), "Sequential will take about"));

  easel_slide_view_set_other_programs (parallel, usable - 1.0);
  g_test_message ("%s", easel_slide_view_get_other_programs_text (parallel));
  g_assert_nonnull (strstr (easel_slide_view_get_other_programs_text (parallel), "Parallel will take about"));
  easel_slide_view_set_other_programs (parallel, 0.01);
  g_assert_null (easel_slide_view_get_other_programs_text (parallel));

  easel_slide_view_set_other_programs (hammer, 0.01);
  g_assert_null (easel_slide_view_get_other_programs_text (hammer));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whatever the atelier was left in — another mode, twelve paintings, lanes
 * by thread — the slides show their own demonstrations, as installed. */
static void
test_walkthrough_starts_from_defaults (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  EaselWindow *window;
  EaselWalkthrough *walkthrough;
  EaselAtelier *atelier;
  EaselGanttView *gantt;
  EaselTrace *predicted;

  g_settings_set_string (settings, "mode", "gil");
  g_settings_set_uint (settings, "paintings", 12);
  g_settings_set_boolean (settings, "lanes-by-thread", TRUE);
  window = easel_test_create_window (app, 1280, 720);
  easel_window_show_walkthrough (window, 0);
  walkthrough = easel_window_get_walkthrough (window);

  atelier = EASEL_ATELIER (find_demo (walkthrough, "sequential"));
  gantt = EASEL_GANTT_VIEW (gtk_widget_get_template_child (GTK_WIDGET (atelier), EASEL_TYPE_ATELIER, "gantt_view"));
  predicted = easel_gantt_view_get_predicted (gantt);
  g_assert_nonnull (predicted);
  g_assert_cmpint (easel_trace_get_mode (predicted), ==, EASEL_MODE_SEQUENTIAL);
  g_assert_cmpuint (easel_trace_get_workload (predicted)->paintings, ==, 3);
  {
    gboolean by_thread;

    g_object_get (gantt, "by-thread", &by_thread, NULL);
    g_assert_false (by_thread);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "mode");
  g_settings_reset (settings, "paintings");
  g_settings_reset (settings, "lanes-by-thread");
}

static void
test_walkthrough_window_keys (void)
{
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  EaselAtelier *own_atelier = EASEL_ATELIER (gtk_widget_get_template_child (GTK_WIDGET (window), EASEL_TYPE_WINDOW, "atelier"));
  EaselCpuPanel *own_panel = EASEL_CPU_PANEL (gtk_widget_get_template_child (GTK_WIDGET (window), EASEL_TYPE_WINDOW, "cpu_panel"));
  EaselWalkthrough *walkthrough;
  EaselCpuPanel *panel;
  EaselAtelier *atelier;

  easel_window_show_walkthrough (window, 0);
  walkthrough = easel_window_get_walkthrough (window);
  panel = EASEL_CPU_PANEL (find_demo (walkthrough, "one-thread"));
  atelier = EASEL_ATELIER (find_demo (walkthrough, "sequential"));

  /* Ctrl+H and Ctrl+R on a slide drive the slide's hammer and atelier,
   * not the window's own, hidden behind the slides. */
  easel_walkthrough_go_to (walkthrough, 1, FALSE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-hammer", NULL));
  g_assert_true (easel_hammer_is_running (easel_cpu_panel_get_hammer (panel)));
  g_assert_false (easel_hammer_is_running (easel_cpu_panel_get_hammer (own_panel)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-hammer", NULL));
  g_assert_true (easel_test_wait_until (hammer_stopped, easel_cpu_panel_get_hammer (panel), 5000));

  easel_walkthrough_go_to (walkthrough, find_slide (walkthrough, "sequential"), FALSE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  g_assert_true (easel_atelier_is_running (atelier));
  g_assert_false (easel_atelier_is_running (own_atelier));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop", NULL));
  g_assert_true (easel_test_wait_until (not_running, atelier, 5000));

  /* On the comparison slide, Ctrl+R (and R) runs every mode. */
  easel_walkthrough_go_to (walkthrough, find_slide (walkthrough, "compare"), FALSE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  atelier = EASEL_ATELIER (find_demo (walkthrough, "compare"));
  g_assert_true (easel_atelier_is_running_all (atelier));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop", NULL));
  g_assert_true (easel_test_wait_until (not_running, atelier, 5000));

  /* A slide with neither: the keys do nothing. */
  easel_walkthrough_go_to (walkthrough, find_slide (walkthrough, "none"), FALSE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-hammer", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  g_assert_false (easel_hammer_is_running (easel_cpu_panel_get_hammer (own_panel)));
  g_assert_false (easel_atelier_is_running (own_atelier));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
revealed (gpointer user_data)
{
  return easel_question_view_get_reveal (user_data) != NULL;
}

/* Predict, then observe: on the slide of three paintings one after
 * another, the room answers B (A to D record it), R runs the demo, and
 * when it ends the slide reveals the measured time beside the room's
 * choice and the model's, with why; the model's choice is the atelier's
 * prediction. */
static void
test_walkthrough_question_reveal (void)
{
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  EaselWalkthrough *walkthrough;
  EaselQuestionView *question = NULL;
  const EaselQuestion *q;
  guint position = 0;
  const char *reveal;
  g_autofree char *right = NULL;

  easel_window_show_walkthrough (window, 0);
  walkthrough = easel_window_get_walkthrough (window);
  for (guint i = 0; i < easel_walkthrough_get_n_slides (walkthrough) && question == NULL; i++)
    {
      EaselSlideView *view = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (walkthrough, i));

      if (g_strcmp0 (easel_slide_get_demo (easel_slide_view_get_slide (view)), "sequential") == 0)
        {
          question = EASEL_QUESTION_VIEW (easel_slide_view_get_question (view));
          position = i;
        }
    }
  g_assert_nonnull (question);
  q = easel_question_view_get_question (question);
  g_assert_cmpuint (q->n_choices, >=, 3);

  /* Presenting, as in class (under mutter, on a 1280×720 projector). */
  easel_walkthrough_go_to (walkthrough, position, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.choose", "i", 1));
  g_assert_cmpint (easel_question_view_get_chosen (question), ==, 1);
  g_assert_null (easel_question_view_get_reveal (question));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_free (easel_test_save_png (GTK_WIDGET (window), "slide-question-before"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.run-demo", NULL));
  g_assert_true (easel_test_wait_until (revealed, question, 30000));
  reveal = easel_question_view_get_reveal (question);
  g_test_message ("%s", reveal);
  right = g_strdup_printf ("(%c)", 'A' + q->right);
  if (q->right == 1)
    g_assert_nonnull (strstr (reveal, "The room said B, "));
  else
    g_assert_nonnull (strstr (reveal, right));
  g_assert_nonnull (strstr (reveal, "measured"));
  g_assert_nonnull (strstr (reveal, q->explanation));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_free (easel_test_save_png (GTK_WIDGET (window), "slide-question-revealed"));

  /* The answer is on screen: a title, its text, the question and the
   * answer may be taller than a projector, and the text scrolls to it
   * (it used to be cut off at the screen's foot). */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  {
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (question), GTK_WIDGET (window), &bounds));
    g_test_message ("the question ends at %.0f of %d", bounds.origin.y + bounds.size.height,
                    gtk_widget_get_height (GTK_WIDGET (window)));
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (GTK_WIDGET (window)) + 0.5);
  }

  easel_window_set_presenting (window, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
hammer_ran_a_while (gpointer user_data)
{
  EaselHammer *hammer = user_data;

  return easel_hammer_is_running (hammer) && easel_hammer_get_elapsed (hammer) >= 2.0;
}

/* The one-thread slide: R starts the hammer, R again stops it, and the
 * question reveals the share of the machine the hammer's own clocks
 * measured (about one core of this machine's). */
static void
test_walkthrough_hammer_reveal (void)
{
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  EaselWalkthrough *walkthrough;
  EaselSlideView *view = NULL;
  EaselQuestionView *question;
  EaselHammer *hammer;
  const char *reveal;
  guint position = 0;

  easel_window_show_walkthrough (window, 0);
  walkthrough = easel_window_get_walkthrough (window);
  for (guint i = 0; i < easel_walkthrough_get_n_slides (walkthrough) && view == NULL; i++)
    if (g_strcmp0 (easel_slide_get_demo (easel_slide_view_get_slide (EASEL_SLIDE_VIEW (
          easel_walkthrough_get_slide_view (walkthrough, i)))), "one-thread") == 0)
      {
        view = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (walkthrough, i));
        position = i;
      }
  g_assert_nonnull (view);
  question = EASEL_QUESTION_VIEW (easel_slide_view_get_question (view));
  g_assert_nonnull (question);
  hammer = easel_cpu_panel_get_hammer (EASEL_CPU_PANEL (easel_slide_view_get_demo (view)));

  easel_walkthrough_go_to (walkthrough, position, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.choose", "i", 0));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_free (easel_test_save_png (GTK_WIDGET (window), "slide-hammer-before"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.run-demo", NULL));
  g_assert_true (easel_test_wait_until (hammer_ran_a_while, hammer, 10000));
  g_assert_null (easel_question_view_get_reveal (question));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "walkthrough.run-demo", NULL));
  g_assert_true (easel_test_wait_until (revealed, question, 10000));

  reveal = easel_question_view_get_reveal (question);
  g_test_message ("%s", reveal);
  g_assert_nonnull (strstr (reveal, "The room said A, "));
  g_assert_nonnull (strstr (reveal, " %"));
  g_assert_nonnull (strstr (reveal, easel_question_view_get_question (question)->explanation));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_free (easel_test_save_png (GTK_WIDGET (window), "slide-hammer-revealed"));

  easel_window_set_presenting (window, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Activates the presenter window's shortcut for @trigger ("Page_Down"),
 * as the key would. */
static void
press_in_presenter (GtkWidget  *presenter,
                    const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (presenter);
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *name = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (name, trigger))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, presenter, NULL));
              found = TRUE;
            }
        }
    }
  g_assert_true (found);
}

static gboolean
both_fullscreen (gpointer user_data)
{
  EaselWindow *window = user_data;
  GtkWidget *presenter = easel_window_get_presenter (window);

  return presenter != NULL && gtk_window_is_fullscreen (GTK_WINDOW (window)) &&
         gtk_window_is_fullscreen (GTK_WINDOW (presenter));
}

static GdkMonitor *
monitor_of (GtkWidget *window)
{
  return gdk_display_get_monitor_at_surface (gtk_widget_get_display (window),
                                             gtk_native_get_surface (GTK_NATIVE (window)));
}

static gboolean
on_two_monitors (gpointer user_data)
{
  EaselWindow *window = user_data;
  GdkMonitor *projector = monitor_of (GTK_WIDGET (window));
  GdkMonitor *laptop = monitor_of (easel_window_get_presenter (window));

  g_test_message ("slides on %s (%d×%d), presenter on %s (%d×%d)",
                  projector ? gdk_monitor_get_connector (projector) : "?",
                  gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)),
                  laptop ? gdk_monitor_get_connector (laptop) : "?",
                  gtk_widget_get_width (easel_window_get_presenter (window)),
                  gtk_widget_get_height (easel_window_get_presenter (window)));

  return projector != NULL && laptop != NULL && projector != laptop;
}

/* F5 with two monitors: the slides fullscreen on the other one (the
 * projector), the presenter's view fullscreen on this one, with the
 * notes, the next slide's title and the counter, and its keys acting on
 * the projected slides; Escape ends both. With one monitor, the slides
 * alone, without their notes unless N asks for them. */
static void
test_walkthrough_presenter_view (void)
{
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (window)));
  EaselWalkthrough *walkthrough;
  EaselPresenterWindow *presenter;
  GtkRevealer *notes;
  g_autofree char *first_notes = NULL;
  g_autofree char *second_title = NULL;
  g_autofree char *next = NULL;

  easel_window_show_walkthrough (window, 0);
  walkthrough = easel_window_get_walkthrough (window);
  notes = easel_test_child (walkthrough, EASEL_TYPE_WALKTHROUGH, "notes_revealer");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_true (easel_window_get_presenting (window));
  g_assert_false (gtk_revealer_get_reveal_child (notes));

  if (g_list_model_get_n_items (monitors) < 2)
    {
      g_test_message ("One monitor: the slides alone");
      g_assert_null (easel_window_get_presenter (window));
      easel_window_set_presenting (window, FALSE);
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  presenter = EASEL_PRESENTER_WINDOW (easel_window_get_presenter (window));
  g_assert_nonnull (presenter);
  g_assert_true (easel_test_wait_until (both_fullscreen, window, 10000));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (presenter));
  /* A surface learns its monitor when the compositor says it entered
   * it: after the move. */
  g_assert_true (easel_test_wait_until (on_two_monitors, window, 10000));
  g_free (easel_test_save_png (GTK_WIDGET (presenter), "presenter-view"));

  first_notes = easel_slide_dup_notes (easel_slide_view_get_slide (EASEL_SLIDE_VIEW (
    easel_walkthrough_get_slide_view (walkthrough, 0))));
  second_title = easel_slide_dup_title (easel_slide_view_get_slide (EASEL_SLIDE_VIEW (
    easel_walkthrough_get_slide_view (walkthrough, 1))));
  next = g_strdup_printf ("Next: %s", second_title);
  g_assert_cmpstr (easel_presenter_window_get_notes (presenter), ==, first_notes);
  g_assert_cmpstr (easel_presenter_window_get_next (presenter), ==, next);
  g_assert_true (g_str_has_prefix (easel_presenter_window_get_counter (presenter), "1 / "));
  /* The notes stay off the projected slide. */
  g_assert_false (gtk_revealer_get_reveal_child (notes));

  /* Its keys act on the projected slides. */
  press_in_presenter (GTK_WIDGET (presenter), "Page_Down");
  g_assert_cmpuint (easel_walkthrough_get_position (walkthrough), ==, 1);
  g_assert_true (g_str_has_prefix (easel_presenter_window_get_counter (presenter), "2 / "));
  /* The one-thread slide asks a question: its answer, privately. */
  g_assert_true (g_str_has_prefix (easel_presenter_window_get_answer (presenter), "Answer: "));
  press_in_presenter (GTK_WIDGET (presenter), "Escape");
  g_assert_false (easel_window_get_presenting (window));
  g_assert_null (easel_window_get_presenter (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  easel_test_init (&argc, &argv);
  app = easel_test_create_application ();

  g_test_add_func ("/easel/walkthrough/navigation", test_walkthrough_navigation);
  g_test_add_func ("/easel/walkthrough/keys", test_walkthrough_keys);
  g_test_add_func ("/easel/walkthrough/presenting", test_walkthrough_presenting);
  g_test_add_func ("/easel/walkthrough/every-slide", test_walkthrough_every_slide);
  g_test_add_func ("/easel/walkthrough/measure", test_walkthrough_measure);
  g_test_add_func ("/easel/walkthrough/window-actions", test_walkthrough_window_actions);
  g_test_add_func ("/easel/walkthrough/out-of-view", test_walkthrough_out_of_view);
  g_test_add_func ("/easel/walkthrough/window-keys", test_walkthrough_window_keys);
  g_test_add_func ("/easel/walkthrough/languages", test_walkthrough_languages);
  g_test_add_func ("/easel/walkthrough/slide-keys", test_walkthrough_slide_keys);
  g_test_add_func ("/easel/walkthrough/other-programs", test_walkthrough_other_programs);
  g_test_add_func ("/easel/walkthrough/other-programs-matter", test_walkthrough_other_programs_matter);
  g_test_add_func ("/easel/walkthrough/starts-from-defaults", test_walkthrough_starts_from_defaults);
  g_test_add_func ("/easel/walkthrough/presenter-view", test_walkthrough_presenter_view);
  g_test_add_func ("/easel/walkthrough/question-reveal", test_walkthrough_question_reveal);
  g_test_add_func ("/easel/walkthrough/hammer-reveal", test_walkthrough_hammer_reveal);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
