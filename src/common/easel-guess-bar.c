/* easel-guess-bar.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Guess first: before a run, a slider and a spin button on one value (a
 * time, a speed-up, a share of the machine) to commit to a prediction;
 * after it, one sentence puts the guess beside what was measured and what
 * the model predicted. The slider reads its value with its unit to a
 * screen reader, and the keyboard moves it as any slider. Until someone
 * moves it there is no guess: the run is an ordinary one.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-guess-bar.h"

struct _EaselGuessBar
{
  GtkWidget      parent_instance;

  GtkWidget     *box;
  GtkWidget     *row;
  GtkWidget     *prefix;
  GtkScale      *scale;
  GtkSpinButton *spin;
  GtkLabel      *unit;
  /* A guess among choices, instead of a value. */
  GtkDropDown   *choices;
  GtkLabel      *result;
  GtkAdjustment *adjustment;
  guint          digits;
  /* Someone set the value since the range was set. */
  gboolean       guessed;
  gboolean       setting;
};

G_DEFINE_FINAL_TYPE (EaselGuessBar, easel_guess_bar, GTK_TYPE_WIDGET)

/* The value as the slider shows it and a screen reader reads it:
 * "2.4 s". */
static char *
format_value (EaselGuessBar *self,
              double         value)
{
  /* Translators: a guess and its unit, "2.4 s", "2.0 ×", "50 %" */
  return g_strdup_printf (_("%.*f %s"), (int) self->digits, value, gtk_label_get_label (self->unit));
}

static char *
scale_format_cb (GtkScale *scale,
                 double    value,
                 gpointer  user_data)
{
  return format_value (EASEL_GUESS_BAR (user_data), value);
}

static void
value_changed_cb (EaselGuessBar *self)
{
  g_autofree char *text = format_value (self, gtk_adjustment_get_value (self->adjustment));

  if (!self->setting)
    self->guessed = TRUE;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
}

GtkWidget *
easel_guess_bar_new (void)
{
  return g_object_new (EASEL_TYPE_GUESS_BAR, NULL);
}

/* What can be guessed, from @lower to @upper in @step, shown with
 * @digits decimals and @unit ("s", "×", "%"); no guess until someone
 * moves it. Starts half-way. */
void
easel_guess_bar_set_range (EaselGuessBar *self,
                           double         lower,
                           double         upper,
                           double         step,
                           guint          digits,
                           const char    *unit)
{
  g_return_if_fail (EASEL_IS_GUESS_BAR (self));
  g_return_if_fail (lower < upper && step > 0);

  self->digits = digits;
  gtk_widget_set_visible (GTK_WIDGET (self->choices), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->scale), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->spin), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->unit), TRUE);
  gtk_label_set_label (self->unit, unit);
  gtk_spin_button_set_digits (self->spin, digits);
  gtk_scale_set_digits (self->scale, digits);
  self->setting = TRUE;
  gtk_adjustment_configure (self->adjustment, round ((lower + upper) / 2 / step) * step, lower, upper, step,
                            step * 10, 0);
  /* The unit may have changed where the value did not. */
  value_changed_cb (self);
  self->setting = FALSE;
  self->guessed = FALSE;
}

static void
choice_changed_cb (EaselGuessBar *self)
{
  if (!self->setting)
    self->guessed = gtk_drop_down_get_selected (self->choices) != GTK_INVALID_LIST_POSITION;
}

/* A guess among @labels (NULL-terminated) instead of a value: which one,
 * by its index. No guess until someone picks one. */
void
easel_guess_bar_set_choices (EaselGuessBar      *self,
                             const char * const *labels)
{
  g_autoptr(GtkStringList) list = NULL;

  g_return_if_fail (EASEL_IS_GUESS_BAR (self));
  g_return_if_fail (labels != NULL);

  list = gtk_string_list_new (labels);
  self->setting = TRUE;
  gtk_drop_down_set_model (self->choices, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->choices, GTK_INVALID_LIST_POSITION);
  self->setting = FALSE;
  self->guessed = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->choices), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->scale), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->spin), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->unit), FALSE);
}

/* Puts @widget before the slider: what the guess is about ("at 4
 * workers"). */
void
easel_guess_bar_add_prefix (EaselGuessBar *self,
                            GtkWidget     *widget)
{
  g_return_if_fail (EASEL_IS_GUESS_BAR (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_box_insert_child_after (GTK_BOX (self->row), widget, self->prefix);
}

/* The guess, if someone made one since the range (or the choices) was
 * set: the value, or the choice's index. */
gboolean
easel_guess_bar_get_guess (EaselGuessBar *self,
                           double        *value)
{
  g_return_val_if_fail (EASEL_IS_GUESS_BAR (self), FALSE);

  if (value != NULL)
    *value = gtk_widget_get_visible (GTK_WIDGET (self->choices)) ? gtk_drop_down_get_selected (self->choices)
                                                                 : gtk_adjustment_get_value (self->adjustment);

  return self->guessed;
}

/* Sets the guess (a value, or a choice's index), as someone typing or
 * picking it would. */
void
easel_guess_bar_set_guess (EaselGuessBar *self,
                           double         value)
{
  g_return_if_fail (EASEL_IS_GUESS_BAR (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self->choices)))
    gtk_drop_down_set_selected (self->choices, (guint) value);
  else
    gtk_adjustment_set_value (self->adjustment, value);
  self->guessed = TRUE;
}

/* During a run the guess stands: it was made before. */
void
easel_guess_bar_set_locked (EaselGuessBar *self,
                            gboolean       locked)
{
  g_return_if_fail (EASEL_IS_GUESS_BAR (self));

  gtk_widget_set_sensitive (GTK_WIDGET (self->scale), !locked);
  gtk_widget_set_sensitive (GTK_WIDGET (self->spin), !locked);
  gtk_widget_set_sensitive (GTK_WIDGET (self->choices), !locked);
}

/* The sentence after the run, or NULL to hide it. */
void
easel_guess_bar_set_result (EaselGuessBar *self,
                            const char    *text)
{
  g_return_if_fail (EASEL_IS_GUESS_BAR (self));

  gtk_label_set_label (self->result, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->result), text != NULL);
  if (text != NULL)
    /* Said once, as a screen reader's user would have seen it appear. */
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

const char *
easel_guess_bar_get_result (EaselGuessBar *self)
{
  g_return_val_if_fail (EASEL_IS_GUESS_BAR (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->result)) ? gtk_label_get_label (self->result) : NULL;
}

static void
easel_guess_bar_dispose (GObject *object)
{
  EaselGuessBar *self = EASEL_GUESS_BAR (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (easel_guess_bar_parent_class)->dispose (object);
}

static void
easel_guess_bar_class_init (EaselGuessBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = easel_guess_bar_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "guessbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
easel_guess_bar_init (EaselGuessBar *self)
{
  self->adjustment = gtk_adjustment_new (0, 0, 1, 0.1, 1, 0);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  self->row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  /* Translators: before a run, the label of the guess's slider */
  self->prefix = gtk_label_new (_("Your guess"));
  self->scale = GTK_SCALE (gtk_scale_new (GTK_ORIENTATION_HORIZONTAL, self->adjustment));
  self->spin = GTK_SPIN_BUTTON (gtk_spin_button_new (self->adjustment, 1, 1));
  self->unit = GTK_LABEL (gtk_label_new (""));
  self->choices = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  self->result = GTK_LABEL (gtk_label_new (""));

  gtk_widget_add_css_class (self->prefix, "heading");
  gtk_widget_set_hexpand (GTK_WIDGET (self->scale), TRUE);
  gtk_scale_set_draw_value (self->scale, FALSE);
  gtk_scale_set_format_value_func (self->scale, scale_format_cb, self, NULL);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->scale), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  self->prefix, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  self->prefix, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->choices), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  self->prefix, NULL, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->choices), FALSE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->choices), TRUE);
  gtk_label_set_wrap (self->result, TRUE);
  gtk_label_set_wrap_mode (self->result, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->result, 0);
  gtk_label_set_selectable (self->result, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->result), FALSE);

  gtk_box_append (GTK_BOX (self->row), self->prefix);
  gtk_box_append (GTK_BOX (self->row), GTK_WIDGET (self->scale));
  gtk_box_append (GTK_BOX (self->row), GTK_WIDGET (self->spin));
  gtk_box_append (GTK_BOX (self->row), GTK_WIDGET (self->unit));
  gtk_box_append (GTK_BOX (self->row), GTK_WIDGET (self->choices));
  gtk_box_append (GTK_BOX (self->box), self->row);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->result));
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  g_signal_connect_object (self->adjustment, "value-changed", G_CALLBACK (value_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->choices, "notify::selected", G_CALLBACK (choice_changed_cb), self,
                           G_CONNECT_SWAPPED);
}
