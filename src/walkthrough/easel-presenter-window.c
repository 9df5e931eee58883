/* easel-presenter-window.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The presenter's own screen while the slides are projected on another:
 * the slide counter, the time since presenting began, the slide's title
 * and speaker notes, the next slide's title, and the demonstration's
 * controls. Its keys are the walkthrough's (a clicker's too): they act on
 * the projected walkthrough, whichever window has the focus.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-presenter-window.h"
#include "easel-question-view.h"
#include "easel-slide-view.h"

struct _EaselPresenterWindow
{
  AdwWindow         parent_instance;

  EaselWalkthrough *walkthrough;
  gint64            started_us;
  guint             clock_id;

  GtkLabel         *counter;
  GtkLabel         *elapsed;
  GtkLabel         *title;
  GtkLabel         *notes;
  GtkLabel         *next;
  /* The right answer to the slide's question, for the presenter alone. */
  GtkLabel         *answer;
  /* Only on slides with a demonstration. */
  GtkWidget        *run;
};

G_DEFINE_FINAL_TYPE (EaselPresenterWindow, easel_presenter_window, ADW_TYPE_WINDOW)

static char *
dup_slide_text (EaselWalkthrough *walkthrough,
                guint             position,
                gboolean          notes)
{
  EaselSlide *slide = easel_slide_view_get_slide (EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (walkthrough,
                                                                                                   position)));

  return notes ? easel_slide_dup_speaker_notes (slide) : easel_slide_dup_title (slide);
}

static void
update_slide (EaselPresenterWindow *self)
{
  guint position = easel_walkthrough_get_position (self->walkthrough);
  guint n = easel_walkthrough_get_n_slides (self->walkthrough);
  g_autofree char *counter = NULL;
  g_autofree char *title = dup_slide_text (self->walkthrough, position, FALSE);
  g_autofree char *notes = dup_slide_text (self->walkthrough, position, TRUE);
  g_autofree char *next = NULL;

  /* Translators: the slide counter, "3 / 12" */
  counter = g_strdup_printf (_("%u / %u"), position + 1, n);
  if (position + 1 < n)
    {
      g_autofree char *next_title = dup_slide_text (self->walkthrough, position + 1, FALSE);

      /* Translators: in the presenter view, the title of the slide after this one */
      next = g_strdup_printf (_("Next: %s"), next_title);
    }
  else
    {
      /* Translators: in the presenter view, on the last slide */
      next = g_strdup (_("This is the last slide"));
    }

  {
    GtkWidget *question = easel_slide_view_get_question (EASEL_SLIDE_VIEW (
      easel_walkthrough_get_slide_view (self->walkthrough, position)));
    g_autofree char *answer = NULL;

    if (question != NULL)
      {
        answer = easel_question_dup_answer (easel_question_view_get_question (EASEL_QUESTION_VIEW (question)));
      }
    gtk_label_set_label (self->answer, answer != NULL ? answer : "");
    gtk_widget_set_visible (GTK_WIDGET (self->answer), answer != NULL);
  }
  gtk_widget_set_sensitive (self->run, easel_slide_view_get_demo (EASEL_SLIDE_VIEW (
    easel_walkthrough_get_slide_view (self->walkthrough, position))) != NULL);
  gtk_label_set_label (self->counter, counter);
  gtk_label_set_label (self->title, title);
  gtk_label_set_label (self->notes, notes);
  gtk_label_set_label (self->next, next);
}

static gboolean
tick_cb (gpointer user_data)
{
  EaselPresenterWindow *self = user_data;
  gint64 seconds = (g_get_monotonic_time () - self->started_us) / G_USEC_PER_SEC;
  g_autofree char *text = g_strdup_printf ("%02" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT, seconds / 60, seconds % 60);

  gtk_label_set_label (self->elapsed, text);

  return G_SOURCE_CONTINUE;
}

static void
button_clicked_cb (GtkButton            *button,
                   EaselPresenterWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self->walkthrough), g_object_get_data (G_OBJECT (button), "action"), NULL);
}

static GtkWidget *
button_new (EaselPresenterWindow *self,
            const char           *label,
            const char           *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data (G_OBJECT (button), "action", (gpointer) action);
  g_signal_connect (button, "clicked", G_CALLBACK (button_clicked_cb), self);
  gtk_widget_add_css_class (button, "pill");

  return button;
}

static GtkLabel *
label_new (const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return GTK_LABEL (label);
}

static void
build (EaselPresenterWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_set_margin_start (box, 32);
  gtk_widget_set_margin_end (box, 32);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);

  self->counter = label_new ("title-2", FALSE);
  self->elapsed = label_new ("title-2", FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->elapsed), "numeric");
  gtk_widget_set_hexpand (GTK_WIDGET (self->counter), TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->elapsed), _("Time since presenting began"));
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->counter));
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->elapsed));

  self->title = g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, "wrap", TRUE,
                              "xalign", 0.0f, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "title-1");

  /* The notes, large enough to read at arm's length, scrolled if long. */
  self->notes = label_new ("presenter-notes", TRUE);
  gtk_label_set_yalign (self->notes, 0);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->notes));
  gtk_widget_set_vexpand (scrolled, TRUE);

  self->answer = label_new ("title-3", TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->answer), "success");

  self->next = label_new ("title-3", TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->next), "dim-label");

  gtk_box_append (GTK_BOX (buttons), button_new (self, _("_Previous"), "walkthrough.previous"));
  self->run = button_new (self, _("_Run the Demo"), "walkthrough.run-demo");
  gtk_widget_add_css_class (self->run, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), self->run);
  gtk_box_append (GTK_BOX (buttons), button_new (self, _("_Next"), "walkthrough.next"));
  gtk_box_append (GTK_BOX (buttons), button_new (self, _("Notes on the _Projector"), "walkthrough.toggle-notes"));
  gtk_box_append (GTK_BOX (buttons), button_new (self, _("_Stop Presenting"), "win.present"));
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->answer));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->next));
  gtk_box_append (GTK_BOX (box), buttons);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* The presenter's view of @walkthrough, which is projected elsewhere. */
GtkWidget *
easel_presenter_window_new (GtkApplication   *application,
                            EaselWalkthrough *walkthrough)
{
  EaselPresenterWindow *self;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (EASEL_IS_WALKTHROUGH (walkthrough), NULL);

  self = g_object_new (EASEL_TYPE_PRESENTER_WINDOW,
                       "application", application,
                       /* Translators: the title of the presenter's own window */
                       "title", _("Presenter View"),
                       NULL);
  self->walkthrough = g_object_ref (walkthrough);
  easel_walkthrough_forward_keys (walkthrough, GTK_WIDGET (self));
  g_signal_connect_object (walkthrough, "notify::position", G_CALLBACK (update_slide), self, G_CONNECT_SWAPPED);
  update_slide (self);

  self->started_us = g_get_monotonic_time ();
  self->clock_id = g_timeout_add_seconds (1, tick_cb, self);
  tick_cb (self);

  return GTK_WIDGET (self);
}

const char *
easel_presenter_window_get_notes (EaselPresenterWindow *self)
{
  g_return_val_if_fail (EASEL_IS_PRESENTER_WINDOW (self), NULL);

  return gtk_label_get_label (self->notes);
}

const char *
easel_presenter_window_get_next (EaselPresenterWindow *self)
{
  g_return_val_if_fail (EASEL_IS_PRESENTER_WINDOW (self), NULL);

  return gtk_label_get_label (self->next);
}

/* The model's answer to the slide's question, or "". */
const char *
easel_presenter_window_get_answer (EaselPresenterWindow *self)
{
  g_return_val_if_fail (EASEL_IS_PRESENTER_WINDOW (self), NULL);

  return gtk_label_get_label (self->answer);
}

const char *
easel_presenter_window_get_counter (EaselPresenterWindow *self)
{
  g_return_val_if_fail (EASEL_IS_PRESENTER_WINDOW (self), NULL);

  return gtk_label_get_label (self->counter);
}

static void
easel_presenter_window_dispose (GObject *object)
{
  EaselPresenterWindow *self = EASEL_PRESENTER_WINDOW (object);

  g_clear_handle_id (&self->clock_id, g_source_remove);
  g_clear_object (&self->walkthrough);

  G_OBJECT_CLASS (easel_presenter_window_parent_class)->dispose (object);
}

static void
easel_presenter_window_class_init (EaselPresenterWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = easel_presenter_window_dispose;
}

static void
easel_presenter_window_init (EaselPresenterWindow *self)
{
  build (self);
}
