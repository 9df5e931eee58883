/* easel-application.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application: command-line options, app-wide actions and windows.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-application.h"
#include "easel-cli.h"
#include "easel-file-job.h"
#include "easel-preferences-window.h"
#include "easel-renderer.h"
#include "easel-runner.h"
#include "easel-schedule.h"
#include "easel-smt.h"
#include "easel-ui-thread.h"
#include "easel-window.h"

struct _EaselApplication
{
  AdwApplication parent_instance;

  /* Set once handle-local-options ran, i.e. the options parsed. */
  guint options_parsed : 1;
  /* --walkthrough: open on the first slide. */
  guint open_walkthrough : 1;
  /* Run files named on the command line, for the first window. */
  GPtrArray *pending_files;

  /* Measures what a second hardware thread is worth, where they share
   * cores; joined at shutdown. */
  GThread *smt_thread;

  /* The style chosen in the main menu. */
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (EaselApplication, easel_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { "walkthrough", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open on the first slide of the walkthrough"), NULL },
  /* Run files: opened in the window, or compared with --compare. */
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE.easel-run.json…]") },
  { NULL }
};

EaselApplication *
easel_application_new (void)
{
  return g_object_new (EASEL_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

static gboolean
easel_application_local_command_line (GApplication   *app,
                                      char         ***arguments,
                                      int            *exit_status)
{
  EaselApplication *self = EASEL_APPLICATION (app);
  gboolean ret;

  self->options_parsed = FALSE;

  ret = G_APPLICATION_CLASS (easel_application_parent_class)->local_command_line (app, arguments, exit_status);

  /* GApplication reports a bad option with exit status 1, and has printed
   * the parser's one-line message; Easel's command line promises 2 for
   * every usage error. */
  if (ret && *exit_status == EXIT_FAILURE && !self->options_parsed)
    *exit_status = EASEL_EXIT_USAGE;

  return ret;
}

static int
easel_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  EaselApplication *self = EASEL_APPLICATION (app);
  g_auto(GStrv) paths = NULL;

  self->options_parsed = TRUE;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("easel %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  self->open_walkthrough = g_variant_dict_contains (options, "walkthrough");

  /* Headless: no display needed, and the application never registers. */
  if (easel_cli_wants_run (options))
    return easel_cli_run (options);

  /* Run files alone: opened in the window, this one's or the running
   * Easel's. */
  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &paths))
    {
      g_autoptr(GError) error = NULL;

      self->pending_files = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; paths[i] != NULL; i++)
        g_ptr_array_add (self->pending_files, g_file_new_for_commandline_arg (paths[i]));

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("easel: %s\n", error->message);
          return EXIT_FAILURE;
        }
      if (g_application_get_is_remote (app))
        {
          g_application_open (app, (GFile **) self->pending_files->pdata, self->pending_files->len, "");
          return EXIT_SUCCESS;
        }
    }

  return -1;
}

static gpointer
measure_smt_thread (gpointer user_data)
{
  /* The predictions read it under a lock, from any thread. */
  easel_capacity_set_sibling (easel_smt_measure_default ());

  return NULL;
}

static void
apply_style (EaselApplication *self)
{
  g_autofree char *style = g_settings_get_string (self->settings, "style");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (style, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (style, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
easel_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  GdkDisplay *display;

  G_APPLICATION_CLASS (easel_application_parent_class)->startup (app);

  _easel_ui_thread_set (g_thread_self ());

  /* Before the first window is realized: GTK picks its renderer then. */
  display = gdk_display_get_default ();
  if (display != NULL)
    easel_renderer_choose (display);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  /* Where hardware threads share cores, what a second one on a busy core
   * adds is measured once (half a second, off the main thread) for the
   * predictions; until then, and elsewhere, they take the usual figure. */
  if (easel_cores_has_smt (easel_cores_get_default ()))
    EASEL_APPLICATION (app)->smt_thread = g_thread_new ("easel-smt", measure_smt_thread, NULL);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);

  /* The main menu's style: the system's, light or dark, kept. */
  {
    EaselApplication *self = EASEL_APPLICATION (app);
    g_autoptr(GAction) style = NULL;
    g_autoptr(GAction) guess = NULL;

    self->settings = g_settings_new (APPLICATION_ID);
    style = g_settings_create_action (self->settings, "style");
    g_action_map_add_action (G_ACTION_MAP (app), style);
    /* Guess first, in the atelier and on the hammer. */
    guess = g_settings_create_action (self->settings, "guess-first");
    g_action_map_add_action (G_ACTION_MAP (app), guess);
    g_signal_connect_object (self->settings, "changed::style", G_CALLBACK (apply_style), self, G_CONNECT_SWAPPED);
    apply_style (self);
  }
}

static void
easel_application_shutdown (GApplication *app)
{
  /* Closing the windows cancelled their runs; wait until each has
   * joined its threads and reported back, which takes milliseconds. */
  while (easel_runner_get_n_running () > 0)
    g_main_context_iteration (NULL, TRUE);
  /* A file being written is finished, not left half-made behind a
   * temporary name. */
  while (easel_file_job_get_n_running () > 0)
    g_main_context_iteration (NULL, TRUE);
  g_clear_pointer (&EASEL_APPLICATION (app)->smt_thread, g_thread_join);
  g_clear_object (&EASEL_APPLICATION (app)->settings);

  G_APPLICATION_CLASS (easel_application_parent_class)->shutdown (app);
}

/* The main window, made if there is none: the active window may be the
 * preferences or the presenter's. */
static GtkWindow *
main_window (GApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (EASEL_IS_WINDOW (l->data))
      return l->data;

  return GTK_WINDOW (easel_window_new (EASEL_APPLICATION (app)));
}

static void
easel_application_activate (GApplication *app)
{
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (easel_window_new (EASEL_APPLICATION (app)));

  if (EASEL_APPLICATION (app)->open_walkthrough && EASEL_IS_WINDOW (window))
    easel_window_show_walkthrough (EASEL_WINDOW (window), 0);

  gtk_window_present (window);

  if (EASEL_APPLICATION (app)->pending_files != NULL)
    {
      g_autoptr(GPtrArray) files = g_steal_pointer (&EASEL_APPLICATION (app)->pending_files);

      easel_window_open_runs (EASEL_WINDOW (main_window (app)), (GFile **) files->pdata, files->len);
    }
}

/* Run files sent by another Easel, or by the desktop (a double-click). */
static void
easel_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  GtkWindow *window = main_window (app);

  gtk_window_present (window);
  if (EASEL_IS_WINDOW (window) && n_files > 0)
    easel_window_open_runs (EASEL_WINDOW (window), files, n_files);
}

static void
easel_application_finalize (GObject *object)
{
  EaselApplication *self = EASEL_APPLICATION (object);

  g_clear_pointer (&self->pending_files, g_ptr_array_unref);

  G_OBJECT_CLASS (easel_application_parent_class)->finalize (object);
}

static void
easel_application_class_init (EaselApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = easel_application_finalize;

  app_class->local_command_line = easel_application_local_command_line;
  app_class->handle_local_options = easel_application_handle_local_options;
  app_class->startup = easel_application_startup;
  app_class->shutdown = easel_application_shutdown;
  app_class->activate = easel_application_activate;
  app_class->open = easel_application_open;
}

static void
easel_application_about_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  static const char *developers[] = {
    "The Easel developers https://github.com/easel-app/easel",
    NULL
  };
  EaselApplication *self = user_data;
  GtkWindow *window;

  g_assert (EASEL_IS_APPLICATION (self));

  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (window,
                         "application-name", _("Easel"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Easel developers"),
                         "version", PACKAGE_VERSION,
                         "website", PACKAGE_WEBSITE,
                         "issue-url", PACKAGE_BUGREPORT,
                         "comments", _("See sequential, asynchronous and parallel code at work"),
                         "developers", developers,
                         "copyright", "© 2026 The Easel developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: put your names here, one per line. */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
easel_application_preferences_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  EaselApplication *self = user_data;
  EaselPreferencesWindow *preferences;

  g_assert (EASEL_IS_APPLICATION (self));

  preferences = easel_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
easel_application_quit_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  EaselApplication *self = user_data;
  GList *windows;

  g_assert (EASEL_IS_APPLICATION (self));

  /* Closing each window lets it save its state and stop its work; one
   * may close another (the main window its presenter's), so each is
   * held until all are closed. */
  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)), (GCopyFunc) g_object_ref, NULL);
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);

  g_application_quit (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { "about", easel_application_about_action },
  { "preferences", easel_application_preferences_action },
  { "quit", easel_application_quit_action },
};

static void
easel_application_init (EaselApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), easel_cli_run_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Watch sequential, asynchronous and parallel code at work."));

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
}
