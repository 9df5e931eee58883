/* easel-hammer-guess.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Guess first, for the hammer: the share of the machine someone expects
 * the hammer to use, committed when it starts, drawn on the load plot
 * while it runs and after, and set beside what the hammer used by its
 * own clocks and what the model says when it stops (after a second at
 * least: less is no figure to compare).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-cores.h"
#include "easel-hammer-guess.h"
#include "easel-question.h"

struct _EaselHammerGuess
{
  GObject        parent_instance;

  /* Both belong to the panel, which outlives this. */
  EaselGuessBar *bar;
  EaselHammer   *hammer;
  /* The guess committed to the run, in % of the machine, or 0, and the
   * hammer it was about. */
  double         committed;
  guint          threads;
  EaselHammerMode mode;
};

G_DEFINE_FINAL_TYPE (EaselHammerGuess, easel_hammer_guess, G_TYPE_OBJECT)

static void
started_cb (EaselHammerGuess *self)
{
  double value;

  self->committed = 0.0;
  easel_guess_bar_set_result (self->bar, NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->bar)) || !easel_guess_bar_get_guess (self->bar, &value))
    return;

  self->committed = MAX (value, 0.5);
  self->threads = easel_hammer_get_threads (self->hammer);
  self->mode = easel_hammer_get_mode (self->hammer);
  easel_guess_bar_set_locked (self->bar, TRUE);
}

static void
stopped_cb (EaselHammerGuess *self)
{
  double usable = MAX (easel_cores_get_default ()->usable, 0.01);
  EaselDemo demo = { EASEL_DEMO_HAMMER };
  EaselCapacity capacity;
  g_autoptr(EaselQuestion) question = NULL;
  g_autofree char *text = NULL;
  double cores, model;

  easel_guess_bar_set_locked (self->bar, FALSE);
  if (self->committed <= 0)
    return;

  /* Less than a second, or workers changed on the way: no one figure
   * to set beside the guess. */
  if (!easel_hammer_get_last_cores (self->hammer, &cores) || easel_hammer_get_threads (self->hammer) != self->threads ||
      easel_hammer_get_mode (self->hammer) != self->mode)
    return;

  /* The model: each thread or process keeps a core busy, up to the
   * cores; under the lock, one at a time. The why, as the slide about
   * this hammer says it. */
  demo.threads = easel_hammer_get_threads (self->hammer);
  demo.hammer_mode = easel_hammer_get_mode (self->hammer);
  model = demo.hammer_mode == EASEL_HAMMER_GIL ? MIN (1.0, usable) : MIN ((double) demo.threads, usable);
  easel_capacity_init_default (&capacity);
  question = easel_question_new_for_demo (&demo, easel_demo_get_class_workload (), &capacity);

  text = easel_guess_dup_reveal (EASEL_ANSWER_PERCENT, self->committed, 100.0 * cores / usable,
                                 100.0 * model / usable, question != NULL ? question->explanation : NULL);
  easel_guess_bar_set_result (self->bar, text);
}

/* Guesses for @hammer's runs on @bar (both the panel's). */
EaselHammerGuess *
easel_hammer_guess_new (EaselGuessBar *bar,
                        EaselHammer   *hammer)
{
  EaselHammerGuess *self;

  g_return_val_if_fail (EASEL_IS_GUESS_BAR (bar), NULL);
  g_return_val_if_fail (EASEL_IS_HAMMER (hammer), NULL);

  self = g_object_new (EASEL_TYPE_HAMMER_GUESS, NULL);
  self->bar = bar;
  self->hammer = hammer;
  /* Translators: the unit of a guessed share of the machine, "50 %" */
  easel_guess_bar_set_range (bar, 0, 100, 1, 0, _("%"));
  g_signal_connect_object (hammer, "started", G_CALLBACK (started_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hammer, "stopped", G_CALLBACK (stopped_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/* The guess to draw on the load plot, as a share of the machine (0…1),
 * or 0. */
double
easel_hammer_guess_get_shown (EaselHammerGuess *self)
{
  g_return_val_if_fail (EASEL_IS_HAMMER_GUESS (self), 0.0);

  /* Guess First turned off: nothing asked, nothing shown. */
  if (!gtk_widget_get_visible (GTK_WIDGET (self->bar)))
    return 0.0;

  return self->committed / 100.0;
}

static void
easel_hammer_guess_class_init (EaselHammerGuessClass *klass)
{
}

static void
easel_hammer_guess_init (EaselHammerGuess *self)
{
}
