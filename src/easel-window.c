/* easel-window.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window: the atelier in the middle, the CPU panel at the side.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-application.h"
#include "easel-atelier.h"
#include "easel-file-job.h"
#include "easel-cpu-panel.h"
#include "easel-handout.h"
#include "easel-presenter-window.h"
#include "easel-slide.h"
#include "easel-slide-view.h"
#include "easel-style.h"
#include "easel-walkthrough.h"
#include "easel-window.h"

/* The smallest window that still shows a usable atelier (a phone held
 * upright), as the GNOME HIG suggests. */
#define MIN_WIDTH  360
#define MIN_HEIGHT 294

struct _EaselWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwFlap              *flap;
  EaselAtelier         *atelier;
  EaselCpuPanel        *cpu_panel;
  GtkStack             *main_stack;
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *header_bar;

  /* Made the first time it is shown. */
  EaselWalkthrough     *walkthrough;
  /* The atelier on screen, whose state the forwarded actions follow. */
  GtkWidget            *followed_atelier;
  gulong                followed_running_id;
  gboolean              presenting;
  guint                 inhibit_cookie;
  /* Presenting with a second monitor: the presenter's own window, on
   * the monitor this window was on; this one is on the projector. */
  GtkWidget            *presenter;
};

G_DEFINE_FINAL_TYPE (EaselWindow, easel_window, ADW_TYPE_APPLICATION_WINDOW)

EaselWindow *
easel_window_new (EaselApplication *application)
{
  g_return_val_if_fail (EASEL_IS_APPLICATION (application), NULL);

  return g_object_new (EASEL_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

static void
easel_window_load_state (EaselWindow *self)
{
  int width;
  int height;

  g_assert (EASEL_IS_WINDOW (self));

  width = MAX (MIN_WIDTH, g_settings_get_int (self->settings, "window-width"));
  height = MAX (MIN_HEIGHT, g_settings_get_int (self->settings, "window-height"));
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  adw_flap_set_reveal_flap (self->flap,
                            g_settings_get_boolean (self->settings, "show-cpu-panel"));
}

static void
easel_window_save_state (EaselWindow *self)
{
  int width;
  int height;

  g_assert (EASEL_IS_WINDOW (self));

  g_settings_delay (self->settings);

  /* GTK keeps the default size at the unmaximized size, even while the
   * window is maximized, which is the size to come back to. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));

  /* A narrow window folds the panel away by itself; that is not the
   * user's choice, so only an unfolded panel's state is remembered. */
  if (!adw_flap_get_folded (self->flap))
    g_settings_set_boolean (self->settings, "show-cpu-panel",
                            adw_flap_get_reveal_flap (self->flap));

  g_settings_apply (self->settings);
}

static gboolean
easel_window_close_request (GtkWindow *window)
{
  easel_window_save_state (EASEL_WINDOW (window));

  return GTK_WINDOW_CLASS (easel_window_parent_class)->close_request (window);
}

static void
easel_window_toggle_cpu_panel_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  EaselWindow *self = EASEL_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* What the window's keys drive: the atelier or CPU panel on screen. In
 * the walkthrough that is the current slide's, if it has one, never the
 * window's own, hidden behind the slides. */
static GtkWidget *
find_on_screen (EaselWindow *self,
                GType        type)
{
  EaselSlideView *slide;

  if (self->walkthrough == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "walkthrough") != 0)
    return type == EASEL_TYPE_ATELIER ? GTK_WIDGET (self->atelier) : GTK_WIDGET (self->cpu_panel);

  slide = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (self->walkthrough,
                                                              easel_walkthrough_get_position (self->walkthrough)));
  return easel_slide_view_find_demo (slide, type);
}

/* win.run and the others are enabled as the atelier on screen (the
 * window's, or the slide's) would enable its own actions; the hammer's
 * toggle, when a CPU panel is on screen. */
static void
update_forwarded_actions (EaselWindow *self)
{
  GtkWidget *atelier = find_on_screen (self, EASEL_TYPE_ATELIER);
  gboolean running = atelier != NULL && easel_atelier_is_running (EASEL_ATELIER (atelier));
  gboolean own = atelier != NULL && atelier == GTK_WIDGET (self->atelier);

  if (atelier != self->followed_atelier)
    {
      if (self->followed_atelier != NULL)
        g_clear_signal_handler (&self->followed_running_id, self->followed_atelier);
      g_set_weak_pointer (&self->followed_atelier, atelier);
      if (atelier != NULL)
        self->followed_running_id =
          g_signal_connect_object (atelier, "notify::running", G_CALLBACK (update_forwarded_actions),
                                   self, G_CONNECT_SWAPPED);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.run", atelier != NULL && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.run-all", atelier != NULL && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", atelier != NULL && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.view", atelier != NULL);
  /* Run files are the main atelier's. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-run", own && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-run", own && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-trace", own && !running);
  /* A slide's atelier keeps the mode and parameters its slide is about. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.mode", own && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reset-parameters", own && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-hammer",
                                 find_on_screen (self, EASEL_TYPE_CPU_PANEL) != NULL);
}

/* The window's actions and shortcuts drive the atelier's own actions, so
 * that its buttons, the menu and the keyboard do the same thing. */
static void
easel_window_atelier_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  EaselWindow *self = EASEL_WINDOW (widget);
  static const struct {
    const char *window_action;
    const char *atelier_action;
  } forwards[] = {
    { "win.run", "atelier.run" },
    { "win.run-all", "atelier.run-all" },
    { "win.stop", "atelier.stop" },
    { "win.export", "atelier.export" },
    { "win.reset-parameters", "atelier.reset-parameters" },
    { "win.mode", "atelier.mode" },
    { "win.view", "atelier.view" },
    { "win.open-run", "atelier.open-run" },
    { "win.save-run", "atelier.save-run" },
    { "win.export-trace", "atelier.export-trace" },
  };

  GtkWidget *atelier = find_on_screen (self, EASEL_TYPE_ATELIER);

  /* Enabled only where it applies (update_forwarded_actions()). */
  g_return_if_fail (atelier != NULL);

  /* On a slide, Run is the slide's demonstration: on the comparison
   * slide, every mode. */
  if (g_str_equal (action_name, "win.run") && atelier != GTK_WIDGET (self->atelier))
    {
      gtk_widget_activate_action (GTK_WIDGET (self->walkthrough), "walkthrough.run-demo", NULL);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (forwards); i++)
    if (g_str_equal (action_name, forwards[i].window_action))
      gtk_widget_activate_action_variant (atelier, forwards[i].atelier_action, parameter);
}

static void
easel_window_toggle_hammer_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  GtkWidget *panel = find_on_screen (EASEL_WINDOW (widget), EASEL_TYPE_CPU_PANEL);

  if (panel != NULL)
    gtk_widget_activate_action (panel, "cpu.toggle-hammer", NULL);
}

/* Shows the walkthrough (made on first use) on slide @position. */
void
easel_window_show_walkthrough (EaselWindow *self,
                               guint        position)
{
  g_return_if_fail (EASEL_IS_WINDOW (self));

  if (self->walkthrough == NULL)
    {
      self->walkthrough = EASEL_WALKTHROUGH (easel_walkthrough_new ());
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->walkthrough), "walkthrough");
      g_signal_connect_object (self->walkthrough, "notify::position", G_CALLBACK (update_forwarded_actions),
                               self, G_CONNECT_SWAPPED);
    }

  /* Every mode of a run opened from a file (the lab machine's, say)
   * stands on the last slide until the class measures its own. */
  {
    EaselRecord *opened = easel_atelier_get_opened (self->atelier);
    guint n = 0;

    if (opened != NULL && easel_record_get_scaling_params (opened) == NULL)
      easel_record_get_results (opened, &n);
    easel_walkthrough_show_recorded (self->walkthrough, n > 1 ? opened : NULL);
  }

  gtk_stack_set_visible_child_name (self->main_stack, "walkthrough");
  easel_walkthrough_go_to (self->walkthrough, position, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->walkthrough));
}

EaselWalkthrough *
easel_window_get_walkthrough (EaselWindow *self)
{
  g_return_val_if_fail (EASEL_IS_WINDOW (self), NULL);

  return self->walkthrough;
}

gboolean
easel_window_get_presenting (EaselWindow *self)
{
  g_return_val_if_fail (EASEL_IS_WINDOW (self), FALSE);

  return self->presenting;
}

/* With two monitors or more: the one other than @self's (the
 * projector), and @self's own (the laptop's, else the first) in @here.
 * NULL with one. */
static GdkMonitor *
find_projector (EaselWindow  *self,
                GdkMonitor  **here)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  g_autoptr(GdkMonitor) first = NULL;

  *here = NULL;
  if (g_list_model_get_n_items (monitors) < 2)
    return NULL;

  first = g_list_model_get_item (monitors, 0);
  if (surface != NULL)
    *here = gdk_display_get_monitor_at_surface (display, surface);
  if (*here == NULL)
    *here = first;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != *here)
        return monitor;
    }

  return NULL;
}

/* Closing the presenter's window stops presenting. */
static gboolean
presenter_close_cb (EaselWindow *self)
{
  easel_window_set_presenting (self, FALSE);

  return TRUE;
}

static void
close_presenter (EaselWindow *self)
{
  GtkWidget *presenter = g_steal_pointer (&self->presenter);

  if (presenter != NULL)
    {
      g_signal_handlers_disconnect_by_data (presenter, self);
      gtk_window_destroy (GTK_WINDOW (presenter));
      g_object_unref (presenter);
    }
}

/* The presenter's window, while presenting with a second monitor. */
GtkWidget *
easel_window_get_presenter (EaselWindow *self)
{
  g_return_val_if_fail (EASEL_IS_WINDOW (self), NULL);

  return self->presenter;
}

/* Presenting: the walkthrough fullscreen, without the header bar, in
 * large type, and the screen kept awake. With a second monitor, the
 * slides go fullscreen on it (the projector) and the presenter's own
 * window, with the notes, fills the monitor this window was on. */
void
easel_window_set_presenting (EaselWindow *self,
                             gboolean     presenting)
{
  GtkApplication *app;
  GdkMonitor *projector;
  GdkMonitor *here;

  g_return_if_fail (EASEL_IS_WINDOW (self));

  presenting = !!presenting;
  if (presenting == self->presenting)
    return;

  self->presenting = presenting;
  app = gtk_window_get_application (GTK_WINDOW (self));

  if (presenting)
    {
      if (self->walkthrough == NULL ||
          g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "walkthrough") != 0)
        easel_window_show_walkthrough (self, self->walkthrough ? easel_walkthrough_get_position (self->walkthrough) : 0);

      gtk_widget_set_visible (self->header_bar, FALSE);
      projector = find_projector (self, &here);
      if (projector != NULL)
        {
          g_debug ("Presenting on %s, the presenter's view on %s", gdk_monitor_get_connector (projector),
                   gdk_monitor_get_connector (here));
          gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), projector);
          self->presenter = g_object_ref_sink (easel_presenter_window_new (app, self->walkthrough));
          g_signal_connect_swapped (self->presenter, "close-request", G_CALLBACK (presenter_close_cb), self);
          gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->presenter), here);
          gtk_window_present (GTK_WINDOW (self->presenter));
        }
      else
        {
          gtk_window_fullscreen (GTK_WINDOW (self));
        }
      if (app != NULL)
        self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (self), GTK_APPLICATION_INHIBIT_IDLE,
                                                        _("Presenting the walkthrough"));
    }
  else
    {
      close_presenter (self);
      gtk_widget_set_visible (self->header_bar, TRUE);
      gtk_window_unfullscreen (GTK_WINDOW (self));
      if (app != NULL && self->inhibit_cookie != 0)
        gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }

  easel_walkthrough_set_presenting (self->walkthrough, presenting);
}

static void
toast (EaselWindow *self,
       const char  *title)
{
  /* A file job can end after its window closed: nobody to tell then. */
  if (self->toast_overlay == NULL)
    return;

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

typedef struct
{
  GListModel       *slides;
  EaselHandoutKind  kind;
} HandoutJob;

static void
handout_job_free (HandoutJob *job)
{
  g_clear_object (&job->slides);
  g_free (job);
}

/* On a worker: the runs and the drawing leave the main thread; the
 * slides are only read here. */
static gboolean
handout_write (GFile         *file,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  HandoutJob *job = data;

  return easel_handout_export (file, job->slides, job->kind, cancellable, error);
}

static void
handout_done (GObject      *source,
              GFile        *file,
              const GError *error)
{
  EaselWindow *self = EASEL_WINDOW (source);

  if (error == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("Saved the handout “%s”"), name);

      toast (self, message);
    }
  else
    {
      toast (self, error->message);
    }
}

/* Makes the handout into @file, off the main thread; a toast says when it
 * is done. */
void
easel_window_export_handout (EaselWindow      *self,
                             GFile            *file,
                             EaselHandoutKind  kind)
{
  HandoutJob *job;

  g_return_if_fail (EASEL_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (HandoutJob, 1);
  job->kind = kind;
  job->slides = easel_slides_load ();

  easel_file_job_start (G_OBJECT (self), file, handout_write, job, (GDestroyNotify) handout_job_free, handout_done);
  toast (self, _("Making the handout: a few seconds of runs…"));
}

static void
handout_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(EaselWindow) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      const char *kind = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "kind");

      easel_window_export_handout (self, file,
                                   g_strcmp0 (kind, "notes") == 0 ? EASEL_HANDOUT_NOTES
                                   : g_strcmp0 (kind, "worksheet") == 0 ? EASEL_HANDOUT_WORKSHEET
                                   : EASEL_HANDOUT_STUDENT);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
easel_window_export_handout_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  static const char *kinds[] = { "student", "notes", "worksheet", NULL };
  const char *kind_labels[] = {
    _("For students"), _("With the teacher’s notes"), _("Worksheet to fill in"), NULL
  };
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Export Handout"), GTK_WINDOW (widget),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("easel-handout.pdf"));
  gtk_file_filter_set_name (filter, _("PDF document"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  /* Students keep the handout; the teacher may want the notes in it;
   * a worksheet is filled in during class. */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "kind", _("Handout"), kinds, kind_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "kind", "student");

  g_signal_connect (dialog, "response", G_CALLBACK (handout_response_cb), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
easel_window_walkthrough_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  EaselWindow *self = EASEL_WINDOW (widget);

  if (g_str_equal (action_name, "win.walkthrough"))
    {
      easel_window_show_walkthrough (self, self->walkthrough ? easel_walkthrough_get_position (self->walkthrough) : 0);
    }
  else if (g_str_equal (action_name, "win.present"))
    {
      easel_window_set_presenting (self, !self->presenting);
    }
  else if (g_str_equal (action_name, "win.leave-walkthrough"))
    {
      /* Escape leaves presenting and the slides at once. */
      easel_window_set_presenting (self, FALSE);
      gtk_stack_set_visible_child_name (self->main_stack, "main");
    }
}

static void
easel_window_constructed (GObject *object)
{
  EaselWindow *self = EASEL_WINDOW (object);

  G_OBJECT_CLASS (easel_window_parent_class)->constructed (object);

  /* Not in init: GtkWindow's construct properties ("maximized" among
   * them) are applied after init and would undo the restored state. */
  easel_window_load_state (self);
}

static void
easel_window_dispose (GObject *object)
{
  EaselWindow *self = EASEL_WINDOW (object);

  close_presenter (self);
  if (self->inhibit_cookie != 0 && gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    gtk_application_uninhibit (gtk_window_get_application (GTK_WINDOW (self)), self->inhibit_cookie);
  self->inhibit_cookie = 0;

  if (self->followed_atelier != NULL)
    g_clear_signal_handler (&self->followed_running_id, self->followed_atelier);
  g_clear_weak_pointer (&self->followed_atelier);

  gtk_widget_dispose_template (GTK_WIDGET (self), EASEL_TYPE_WINDOW);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (easel_window_parent_class)->dispose (object);
}

static void
easel_window_class_init (EaselWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  g_type_ensure (EASEL_TYPE_ATELIER);
  g_type_ensure (EASEL_TYPE_CPU_PANEL);

  object_class->constructed = easel_window_constructed;
  object_class->dispose = easel_window_dispose;

  window_class->close_request = easel_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/easel-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EaselWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, EaselWindow, atelier);
  gtk_widget_class_bind_template_child (widget_class, EaselWindow, cpu_panel);
  gtk_widget_class_bind_template_child (widget_class, EaselWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, EaselWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EaselWindow, header_bar);

  gtk_widget_class_install_property_action (widget_class, "win.fullscreen", "fullscreened");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.fullscreen", NULL);


  gtk_widget_class_install_action (widget_class, "win.toggle-cpu-panel", NULL,
                                   easel_window_toggle_cpu_panel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-cpu-panel", NULL);

  gtk_widget_class_install_action (widget_class, "win.run", NULL, easel_window_atelier_action);
  gtk_widget_class_install_action (widget_class, "win.run-all", NULL, easel_window_atelier_action);
  gtk_widget_class_install_action (widget_class, "win.stop", NULL, easel_window_atelier_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, easel_window_atelier_action);
  gtk_widget_class_install_action (widget_class, "win.reset-parameters", NULL, easel_window_atelier_action);
  gtk_widget_class_install_action (widget_class, "win.mode", "s", easel_window_atelier_action);
  gtk_widget_class_install_action (widget_class, "win.view", "s", easel_window_atelier_action);
  gtk_widget_class_install_action (widget_class, "win.open-run", NULL, easel_window_atelier_action);
  gtk_widget_class_install_action (widget_class, "win.save-run", NULL, easel_window_atelier_action);
  gtk_widget_class_install_action (widget_class, "win.export-trace", NULL, easel_window_atelier_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-run", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save-run", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.run", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_R, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.run-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.stop", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  /* Alt+1, 2, 3: the atelier's pages, as tabs are elsewhere. */
  {
    static const char *pages[] = { "timeline", "comparison", "scaling" };

    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "win.view", "s", pages[i]);
  }

  gtk_widget_class_install_action (widget_class, "win.toggle-hammer", NULL, easel_window_toggle_hammer_action);

  gtk_widget_class_install_action (widget_class, "win.walkthrough", NULL, easel_window_walkthrough_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, easel_window_walkthrough_action);
  gtk_widget_class_install_action (widget_class, "win.leave-walkthrough", NULL, easel_window_walkthrough_action);
  /* Presentation clickers send F5 or Shift+F5 for "start". */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, GDK_SHIFT_MASK, "win.present", NULL);
  gtk_widget_class_install_action (widget_class, "win.export-handout", NULL, easel_window_export_handout_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "win.toggle-hammer", NULL);

  /* 1–4 pick a mode; typed into a spin button, a digit stays a digit. */
  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + mode, 0, "win.mode", "s",
                                           easel_mode_to_string (mode));
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1 + mode, 0, "win.mode", "s",
                                           easel_mode_to_string (mode));
    }
}

/* Opens the run files @files (@n_files of them) in the atelier, out of
 * the walkthrough if it shows. */
void
easel_window_open_runs (EaselWindow  *self,
                        GFile       **files,
                        guint         n_files)
{
  g_return_if_fail (EASEL_IS_WINDOW (self));
  g_return_if_fail (files != NULL && n_files > 0);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.leave-walkthrough", NULL);
  easel_atelier_open_files (self->atelier, files, n_files);
}

/* Run files dropped on the window open as if chosen. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         EaselWindow   *self)
{
  GSList *list = g_value_get_boxed (value);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  if (files->len == 0 || easel_atelier_is_running (self->atelier))
    return FALSE;

  easel_window_open_runs (self, (GFile **) files->pdata, files->len);

  return TRUE;
}

static void
easel_window_init (EaselWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));
  easel_widget_name_without_mnemonics (GTK_WIDGET (self));
  easel_widget_hide_unseen (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);

  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (self->main_stack, "notify::visible-child", G_CALLBACK (update_forwarded_actions),
                           self, G_CONNECT_SWAPPED);
  update_forwarded_actions (self);
}
