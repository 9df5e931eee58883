/* easel-question-view.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A slide's question before its demonstration: the question, its choices
 * A to D as buttons (the presenter records the room's show of hands with
 * the keys A to D or a click), and after the run the reveal: the
 * measured figure beside the room's choice and the model's, and why.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-atelier.h"
#include "easel-cores.h"
#include "easel-cpu-panel.h"
#include "easel-question-view.h"
#include "easel-scaling.h"

struct _EaselQuestionView
{
  GtkWidget      parent_instance;

  EaselQuestion *question;
  int            chosen;
  /* The demonstration it follows, and what it is. */
  GtkWidget     *demo;
  EaselDemoKind  kind;
  GtkWidget     *box;
  GtkWidget     *buttons[EASEL_QUESTION_MAX_CHOICES];
  GtkLabel      *reveal;
};

G_DEFINE_FINAL_TYPE (EaselQuestionView, easel_question_view, GTK_TYPE_WIDGET)

static void
choice_clicked_cb (GtkToggleButton   *button,
                   EaselQuestionView *self)
{
  int choice = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "choice"));

  if (gtk_toggle_button_get_active (button))
    easel_question_view_choose (self, choice);
  else if (self->chosen == choice)
    easel_question_view_choose (self, -1);
}

/* The view of @question, which it takes. */
GtkWidget *
easel_question_view_new (EaselQuestion *question)
{
  EaselQuestionView *self;
  GtkWidget *text;
  GtkWidget *choices;

  g_return_val_if_fail (question != NULL && question->n_choices > 0, NULL);

  self = g_object_new (EASEL_TYPE_QUESTION_VIEW, NULL);
  self->question = question;

  text = gtk_label_new (question->text);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0.0);
  gtk_widget_add_css_class (text, "slide-question");
  gtk_box_append (GTK_BOX (self->box), text);

  choices = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (choices), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (choices), EASEL_QUESTION_MAX_CHOICES);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (choices), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (choices), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (choices), 6);
  for (guint i = 0; i < question->n_choices; i++)
    {
      /* Translators: a choice, "A  3.6 s" */
      g_autofree char *label = g_strdup_printf (_("%c  %s"), 'A' + i, question->labels[i]);
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      g_object_set_data (G_OBJECT (button), "choice", GINT_TO_POINTER (i));
      g_signal_connect (button, "toggled", G_CALLBACK (choice_clicked_cb), self);
      gtk_widget_add_css_class (button, "slide-choice");
      gtk_widget_set_focus_on_click (button, FALSE);
      gtk_flow_box_append (GTK_FLOW_BOX (choices), button);
      self->buttons[i] = button;
    }
  gtk_box_append (GTK_BOX (self->box), choices);

  self->reveal = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->reveal, TRUE);
  gtk_label_set_xalign (self->reveal, 0.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->reveal), "slide-reveal");
  gtk_widget_set_visible (GTK_WIDGET (self->reveal), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->reveal));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, question->text, -1);

  return GTK_WIDGET (self);
}

const EaselQuestion *
easel_question_view_get_question (EaselQuestionView *self)
{
  g_return_val_if_fail (EASEL_IS_QUESTION_VIEW (self), NULL);

  return self->question;
}

/* The room's answer: choice @choice (0 for A), or -1 for none. */
void
easel_question_view_choose (EaselQuestionView *self,
                            int                choice)
{
  g_return_if_fail (EASEL_IS_QUESTION_VIEW (self));

  if (choice >= (int) self->question->n_choices)
    return;

  self->chosen = choice;
  for (guint i = 0; i < self->question->n_choices; i++)
    {
      g_signal_handlers_block_by_func (self->buttons[i], choice_clicked_cb, self);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[i]), (int) i == choice);
      g_signal_handlers_unblock_by_func (self->buttons[i], choice_clicked_cb, self);
    }
}

int
easel_question_view_get_chosen (EaselQuestionView *self)
{
  g_return_val_if_fail (EASEL_IS_QUESTION_VIEW (self), -1);

  return self->chosen;
}

/* After the run: @measured beside the room's choice and the model's;
 * the model's choice marked right, the room's marked wrong if it was. */
void
easel_question_view_reveal (EaselQuestionView *self,
                            double             measured)
{
  g_autofree char *text = NULL;

  g_return_if_fail (EASEL_IS_QUESTION_VIEW (self));

  text = easel_question_dup_reveal (self->question, self->chosen, measured);
  gtk_label_set_label (self->reveal, text);
  gtk_widget_set_visible (GTK_WIDGET (self->reveal), TRUE);
  for (guint i = 0; i < self->question->n_choices; i++)
    {
      gtk_widget_remove_css_class (self->buttons[i], "success");
      gtk_widget_remove_css_class (self->buttons[i], "error");
      if (i == self->question->right)
        gtk_widget_add_css_class (self->buttons[i], "success");
      else if ((int) i == self->chosen)
        gtk_widget_add_css_class (self->buttons[i], "error");
    }
}

/* A new run: the reveal goes until it ends; the room's choice stays. */
void
easel_question_view_hide_reveal (EaselQuestionView *self)
{
  g_return_if_fail (EASEL_IS_QUESTION_VIEW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->reveal), FALSE);
  for (guint i = 0; i < self->question->n_choices; i++)
    {
      gtk_widget_remove_css_class (self->buttons[i], "success");
      gtk_widget_remove_css_class (self->buttons[i], "error");
    }
}

/* Returns: (nullable): the reveal shown, or NULL before it. */
const char *
easel_question_view_get_reveal (EaselQuestionView *self)
{
  g_return_val_if_fail (EASEL_IS_QUESTION_VIEW (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->reveal)) ? gtk_label_get_label (self->reveal) : NULL;
}

/* An atelier's run ended (or began): the figure it measured, revealed:
 * the fastest mode of Run All, the speed-up on the curve, else the time
 * of the timeline's last run. */
static void
atelier_running_cb (EaselQuestionView *self)
{
  EaselAtelier *atelier = EASEL_ATELIER (self->demo);
  EaselRecord *record;
  EaselRunResult last;
  const EaselRunResult *results = NULL;
  guint n_results = 0;
  double measured;

  if (easel_atelier_is_running (atelier))
    {
      easel_question_view_hide_reveal (self);
      return;
    }

  if (self->kind == EASEL_DEMO_COMPARE)
    record = easel_atelier_get_comparison (atelier);
  else if (self->kind == EASEL_DEMO_SCALING)
    record = easel_atelier_get_scaling (atelier);
  else
    record = easel_atelier_get_timeline (atelier);
  /* A run stopped half-way measured nothing to reveal. */
  if (record == NULL || (easel_record_get_last_run (record, &last) && easel_trace_is_stopped (last.measured)))
    return;
  results = easel_record_get_results (record, &n_results);

  measured = easel_question_measure_runs (self->question, results, n_results);
  if (isfinite (measured))
    easel_question_view_reveal (self, measured);
}

/* The hammer stopped: after a second at least, the cores it kept busy
 * by its own clocks. */
static void
hammer_stopped_cb (EaselQuestionView *self)
{
  double usable = MAX (easel_cores_get_default ()->usable, 0.01);
  double cores;

  if (!easel_hammer_get_last_cores (easel_cpu_panel_get_hammer (EASEL_CPU_PANEL (self->demo)), &cores, NULL))
    return;

  easel_question_view_reveal (self, easel_question_measure_cores (self->question, cores, usable));
}

/* The hammer starts again: the reveal goes until it stops. */
static void
hammer_started_cb (EaselQuestionView *self)
{
  easel_question_view_hide_reveal (self);
}

/* The question follows @demo (of @kind), and reveals the answer when its
 * run ends: an atelier's time, the fastest mode, the speed-up, or the
 * cores a hammer kept busy. */
void
easel_question_view_follow (EaselQuestionView *self,
                            GtkWidget         *demo,
                            EaselDemoKind      kind)
{
  g_return_if_fail (EASEL_IS_QUESTION_VIEW (self));
  g_return_if_fail (GTK_IS_WIDGET (demo));

  self->demo = demo;
  self->kind = kind;
  if (kind == EASEL_DEMO_HAMMER)
    {
      EaselHammer *hammer = easel_cpu_panel_get_hammer (EASEL_CPU_PANEL (demo));

      g_signal_connect_object (hammer, "started", G_CALLBACK (hammer_started_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (hammer, "stopped", G_CALLBACK (hammer_stopped_cb), self, G_CONNECT_SWAPPED);
    }
  else
    g_signal_connect_object (demo, "notify::running", G_CALLBACK (atelier_running_cb), self, G_CONNECT_SWAPPED);
}

static void
easel_question_view_dispose (GObject *object)
{
  EaselQuestionView *self = EASEL_QUESTION_VIEW (object);


  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->question, easel_question_free);

  G_OBJECT_CLASS (easel_question_view_parent_class)->dispose (object);
}

static void
easel_question_view_class_init (EaselQuestionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = easel_question_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "question");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
easel_question_view_init (EaselQuestionView *self)
{
  self->chosen = -1;
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}
