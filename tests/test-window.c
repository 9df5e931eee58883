/* test-window.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window, built in-process and driven through its actions.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "easel-application.h"
#include "easel-atelier.h"
#include "easel-file-job.h"
#include "easel-preferences-window.h"
#include "easel-test-utils.h"
#include "easel-window.h"

#ifdef GDK_WINDOWING_X11
# include <gdk/x11/gdkx.h>
#endif

#define WAIT_MS 5000

/* One application for the whole program, as in a real process. It is
 * non-unique, so that tests running side by side do not meet on the bus. */
static GApplication *app;

static gboolean
toplevel_shown (gpointer user_data)
{
  GType *type = user_data;

  return easel_test_find_toplevel (*type) != NULL;
}

static GtkWindow *
wait_for_toplevel (GType type)
{
  g_assert_true (easel_test_wait_until (toplevel_shown, &type, WAIT_MS));

  return easel_test_find_toplevel (type);
}

static gboolean
toplevel_gone (gpointer user_data)
{
  return !toplevel_shown (user_data);
}

static void
close_and_wait (GtkWindow *window)
{
  GType type = G_OBJECT_TYPE (window);

  gtk_window_close (window);
  g_assert_true (easel_test_wait_until (toplevel_gone, &type, WAIT_MS));
}

/* Fullscreen and maximized are granted by the window manager or the
 * compositor; bare Xvfb has none. The "window-mutter" test runs this
 * program under mutter, where they are tested for real. */
static gboolean
has_window_manager (void)
{
#ifdef GDK_WINDOWING_X11
  GdkDisplay *display = gdk_display_get_default ();

  if (GDK_IS_X11_DISPLAY (display))
    return gdk_x11_screen_supports_net_wm_hint (gdk_x11_display_get_screen (display),
                                                "_NET_WM_STATE_FULLSCREEN");
#endif

  return TRUE;
}

static gboolean
is_fullscreen (gpointer user_data)
{
  return gtk_window_is_fullscreen (user_data);
}

static gboolean
is_not_fullscreen (gpointer user_data)
{
  return !gtk_window_is_fullscreen (user_data);
}

static gboolean
is_maximized (gpointer user_data)
{
  return gtk_window_is_maximized (user_data);
}

static gboolean
is_not_maximized (gpointer user_data)
{
  return !gtk_window_is_maximized (user_data);
}

static void
test_window_actions_exist (void)
{
  EaselWindow *window = easel_test_create_window (app, -1, -1);
  const char *app_actions[] = { "about", "preferences", "quit" };
  g_auto(GStrv) quit_accels = NULL;
  g_auto(GStrv) preferences_accels = NULL;
  g_auto(GStrv) help_accels = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (app_actions); i++)
    {
      g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), app_actions[i]));
      g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), app_actions[i]));
    }

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  quit_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  preferences_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  help_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *) quit_accels, "<Control>q"));
  g_assert_true (g_strv_contains ((const char * const *) preferences_accels, "<Control>comma"));
  g_assert_true (g_strv_contains ((const char * const *) help_accels, "<Control>question"));

  g_assert_true (gtk_widget_get_width (GTK_WIDGET (window)) >= 360);
  g_assert_true (gtk_widget_get_height (GTK_WIDGET (window)) >= 294);

  /* Tab from nothing focused: the Walkthrough button comes first. */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_true (GTK_IS_ACTIONABLE (gtk_window_get_focus (GTK_WINDOW (window))));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (gtk_window_get_focus (GTK_WINDOW (window)))),
                   ==, "win.walkthrough");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_about (void)
{
  EaselWindow *window = easel_test_create_window (app, -1, -1);
  GtkWindow *about;

  g_assert_null (easel_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = wait_for_toplevel (ADW_TYPE_ABOUT_WINDOW);

  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==, APPLICATION_ID);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_website (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_WEBSITE);
  g_assert_nonnull (adw_about_window_get_developers (ADW_ABOUT_WINDOW (about)));
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (window));

  close_and_wait (about);
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
get_selected (GtkWidget  *preferences,
              const char *row_name)
{
  GObject *row = gtk_widget_get_template_child (preferences, EASEL_TYPE_PREFERENCES_WINDOW, row_name);

  g_assert_true (ADW_IS_COMBO_ROW (row));

  return adw_combo_row_get_selected (ADW_COMBO_ROW (row));
}

static void
test_window_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  EaselWindow *window = easel_test_create_window (app, -1, -1);
  GtkWindow *preferences;
  GObject *row;

  g_settings_reset (settings, "sample-interval");
  g_settings_reset (settings, "hammer-timeout");

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = wait_for_toplevel (EASEL_TYPE_PREFERENCES_WINDOW);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));

  /* The defaults: 500 ms and two minutes. */
  g_assert_cmpuint (get_selected (GTK_WIDGET (preferences), "sample_interval_row"), ==, 2);
  g_assert_cmpuint (get_selected (GTK_WIDGET (preferences), "hammer_timeout_row"), ==, 2);

  /* A row writes its key… */
  row = gtk_widget_get_template_child (GTK_WIDGET (preferences), EASEL_TYPE_PREFERENCES_WINDOW,
                                       "sample_interval_row");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 3);
  g_assert_cmpuint (g_settings_get_uint (settings, "sample-interval"), ==, 1000);

  /* …and shows the nearest choice for a value set from outside. */
  g_settings_set_uint (settings, "sample-interval", 300);
  g_assert_cmpuint (get_selected (GTK_WIDGET (preferences), "sample_interval_row"), ==, 1);
  g_settings_set_uint (settings, "hammer-timeout", 3600);
  g_assert_cmpuint (get_selected (GTK_WIDGET (preferences), "hammer_timeout_row"), ==, 5);
  g_settings_set_uint (settings, "hammer-timeout", 10);
  g_assert_cmpuint (get_selected (GTK_WIDGET (preferences), "hammer_timeout_row"), ==, 0);

  close_and_wait (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_shortcuts (void)
{
  EaselWindow *window = easel_test_create_window (app, -1, -1);
  GtkWindow *shortcuts;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  shortcuts = wait_for_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_true (shortcuts == GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))));

  close_and_wait (shortcuts);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_360_wide (gpointer user_data)
{
  return gtk_widget_get_width (user_data) == 360;
}

/* The metainfo claims phones (360 pixels): the window measures no wider
 * in every language, the mode becomes a drop-down there, and under a
 * window manager (window-mutter) a 360-pixel window really is one. */
static void
test_window_narrow (void)
{
  g_autofree char *linguas_path = g_test_build_filename (G_TEST_DIST, "..", "po", "LINGUAS", NULL);
  g_autofree char *linguas = NULL;
  g_autofree char *all = NULL;
  g_auto(GStrv) languages = NULL;

  g_assert_true (g_file_get_contents (linguas_path, &linguas, NULL, NULL));
  /* English first, then every translation. */
  all = g_strconcat ("C ", linguas, NULL);
  languages = g_strsplit_set (g_strstrip (all), " \n", -1);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("EASEL_LOCALEDIR"));

  for (guint l = 0; languages[l] != NULL; l++)
    {
      const char *language = languages[l];
      EaselWindow *window;
      GtkWidget *atelier;
      GtkWidget *dropdown;
      int min_width;

      if (*language == '\0' || *language == '#')
        continue;

      easel_test_set_language (language);
      window = easel_test_create_window (app, 360, 640);
      atelier = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), EASEL_TYPE_WINDOW, "atelier"));
      dropdown = GTK_WIDGET (gtk_widget_get_template_child (atelier, EASEL_TYPE_ATELIER, "mode_dropdown"));

      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      g_test_message ("%s: the window is at least %d pixels wide", language, min_width);
      g_assert_cmpint (min_width, <=, 360);

      if (has_window_manager ())
        g_assert_true (easel_test_wait_until (is_360_wide, window, WAIT_MS));
      if (gtk_widget_get_width (GTK_WIDGET (window)) == 360)
        {
          gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
          g_assert_true (gtk_widget_get_mapped (dropdown));
          if (l == 0)
            g_free (easel_test_save_png (GTK_WIDGET (window), "window-360"));
        }

      gtk_window_destroy (GTK_WINDOW (window));
    }

  easel_test_set_language (NULL);
}

static void
test_window_fullscreen (void)
{
  EaselWindow *window;

  if (!has_window_manager ())
    {
      g_test_skip ("no window manager to grant fullscreen (see the window-mutter test)");
      return;
    }

  window = easel_test_create_window (app, -1, -1);

  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.fullscreen", NULL));
  g_assert_true (easel_test_wait_until (is_fullscreen, window, WAIT_MS));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.fullscreen", NULL));
  g_assert_true (easel_test_wait_until (is_not_fullscreen, window, WAIT_MS));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_cpu_panel (void)
{
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  GObject *flap = gtk_widget_get_template_child (GTK_WIDGET (window), EASEL_TYPE_WINDOW, "flap");
  gboolean revealed = adw_flap_get_reveal_flap (ADW_FLAP (flap));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-cpu-panel", NULL);
  g_assert_cmpint (adw_flap_get_reveal_flap (ADW_FLAP (flap)), ==, !revealed);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-cpu-panel", NULL);
  g_assert_cmpint (adw_flap_get_reveal_flap (ADW_FLAP (flap)), ==, revealed);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_state (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  EaselWindow *window;
  int width;
  int height;

  window = easel_test_create_window (app, 900, 600);
  close_and_wait (GTK_WINDOW (window));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = easel_window_new (EASEL_APPLICATION (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 600);
  gtk_window_destroy (GTK_WINDOW (window));

  /* An odd stored size is clamped to the minimum. */
  g_settings_set_int (settings, "window-width", 10);
  g_settings_set_int (settings, "window-height", -5);
  window = easel_window_new (EASEL_APPLICATION (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 360);
  g_assert_cmpint (height, ==, 294);
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");

  if (!has_window_manager ())
    return;

  /* Maximized is kept too, and the size under it stays the unmaximized one. */
  window = easel_test_create_window (app, 700, 500);
  gtk_window_maximize (GTK_WINDOW (window));
  g_assert_true (easel_test_wait_until (is_maximized, window, WAIT_MS));
  close_and_wait (GTK_WINDOW (window));
  g_assert_true (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);

  window = easel_test_create_window (app, -1, -1);
  g_assert_true (easel_test_wait_until (is_maximized, window, WAIT_MS));
  gtk_window_unmaximize (GTK_WINDOW (window));
  g_assert_true (easel_test_wait_until (is_not_maximized, window, WAIT_MS));
  close_and_wait (GTK_WINDOW (window));
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
}

static void
test_window_screenshot (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  g_autofree char *light = NULL;
  g_autofree char *dark = NULL;
  double light_spread;
  double dark_spread;
  double light_mean;
  double dark_mean;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  light = easel_test_save_png (GTK_WIDGET (window), "window-light");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  dark = easel_test_save_png (GTK_WIDGET (window), "window-dark");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  light_mean = easel_test_png_luminance (light, &light_spread);
  dark_mean = easel_test_png_luminance (dark, &dark_spread);
  g_test_message ("mean luminance: light %.2f, dark %.2f", light_mean, dark_mean);

  /* Something was drawn (text, icons), and the styles really differ. */
  g_assert_cmpfloat (light_spread, >, 0.5);
  g_assert_cmpfloat (dark_spread, >, 0.5);
  g_assert_cmpfloat (light_mean, >, 0.8);
  g_assert_cmpfloat (dark_mean, <, 0.3);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
activate_quit_cb (GApplication *application,
                  gpointer      user_data)
{
  gboolean *quit_sent = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  /* activate has presented the real window; now quit as a user would. */
  g_assert_true (EASEL_IS_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  *quit_sent = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
}

static void
test_window_quit (void)
{
  gboolean quit_sent = FALSE;
  int status;

  /* Runs last: afterwards the application is done. */
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_quit_cb), &quit_sent);

  status = g_application_run (G_APPLICATION (app), 0, NULL);

  g_assert_true (quit_sent);
  g_assert_cmpint (status, ==, 0);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static gboolean
no_file_job (gpointer user_data)
{
  return easel_file_job_get_n_running () == 0;
}

static gboolean
pdf_written (gpointer user_data)
{
  g_autofree char *contents = NULL;
  gsize length;

  return g_file_get_contents (user_data, &contents, &length, NULL) && length > 4 &&
         memcmp (contents, "%PDF", 4) == 0;
}

/* The handout is made off the main thread; the slides it shows are made
 * with GtkBuilder, which must stay on it (easel_slides_load() asserts
 * so once the application runs). */
static void
test_window_handout (void)
{
  EaselWindow *window = easel_test_create_window (app, 0, 0);
  g_autofree char *dir = g_dir_make_tmp ("easel-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  easel_window_export_handout (window, file, EASEL_HANDOUT_STUDENT);
  g_assert_true (easel_test_wait_until (pdf_written, path, 60000));
  /* The job reports back after the file is in place. */
  g_assert_true (easel_test_wait_until (no_file_job, NULL, 10000));

  close_and_wait (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
write_hello (GFile         *file,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  /* Off the main thread, as the exports are. */
  g_assert_false (g_main_context_is_owner (g_main_context_default ()));

  if (data == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "the disk is full");
      return FALSE;
    }

  return g_file_replace_contents (file, data, strlen (data), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                  cancellable, error);
}

static char *job_outcome;

static void
write_done (GObject      *source,
            GFile        *file,
            const GError *error)
{
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  g_free (job_outcome);
  job_outcome = g_strdup (error != NULL ? error->message : "written");
}

/* A file written off the main thread, its outcome back on it, counted
 * while it runs: the exports and the handout go this way. */
static void
test_window_file_job (void)
{
  EaselWindow *window = easel_test_create_window (app, -1, -1);
  g_autofree char *dir = g_dir_make_tmp ("easel-job-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hello.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;

  guint before = easel_file_job_get_n_running ();

  easel_file_job_start (G_OBJECT (window), file, write_hello, g_strdup ("hello"), g_free, write_done);
  g_assert_cmpuint (easel_file_job_get_n_running (), ==, before + 1);
  g_assert_true (easel_test_wait_until (no_file_job, NULL, 5000));
  g_assert_cmpstr (job_outcome, ==, "written");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "hello");

  easel_file_job_start (G_OBJECT (window), file, write_hello, NULL, NULL, write_done);
  g_assert_true (easel_test_wait_until (no_file_job, NULL, 5000));
  g_assert_cmpstr (job_outcome, ==, "the disk is full");

  g_clear_pointer (&job_outcome, g_free);
  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The main menu's style: dark and light whatever the system's, kept in
 * the settings, and back to following the system. */
static void
test_window_style (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "style"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "style", g_variant_new_string ("dark"));
  g_assert_true (adw_style_manager_get_dark (manager));
  g_assert_cmpstr (g_settings_get_string (settings, "style"), ==, "dark");

  g_action_group_activate_action (G_ACTION_GROUP (app), "style", g_variant_new_string ("light"));
  g_assert_false (adw_style_manager_get_dark (manager));
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);

  g_action_group_activate_action (G_ACTION_GROUP (app), "style", g_variant_new_string ("system"));
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_cmpstr (g_settings_get_string (settings, "style"), ==, "system");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  easel_test_init (&argc, &argv);
  app = easel_test_create_application ();

  g_test_add_func ("/easel/window/actions-exist", test_window_actions_exist);
  g_test_add_func ("/easel/window/about", test_window_about);
  g_test_add_func ("/easel/window/preferences", test_window_preferences);
  g_test_add_func ("/easel/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/easel/window/fullscreen", test_window_fullscreen);
  g_test_add_func ("/easel/window/narrow", test_window_narrow);
  g_test_add_func ("/easel/window/cpu-panel", test_window_cpu_panel);
  g_test_add_func ("/easel/window/state", test_window_state);
  g_test_add_func ("/easel/window/screenshot", test_window_screenshot);
  g_test_add_func ("/easel/window/handout", test_window_handout);
  g_test_add_func ("/easel/window/file-job", test_window_file_job);
  g_test_add_func ("/easel/window/style", test_window_style);
  g_test_add_func ("/easel/window/quit", test_window_quit);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
