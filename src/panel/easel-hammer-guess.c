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
#include "easel-hammer-measure.h"
#include "easel-load-plot.h"
#include "easel-question.h"

struct _EaselHammerGuess
{
  GObject        parent_instance;

  /* All three belong to the panel, which outlives this. */
  EaselGuessBar *bar;
  EaselHammer   *hammer;
  EaselCpuSampler *sampler;
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

/* What other programs did meanwhile, as the panel's headline says it,
 * over the samples of the @seconds the run that just stopped ran; NULL
 * where they changed nothing worth a word, or the machine is not
 * sampled. */
static char *
dup_others_note (EaselHammerGuess *self,
                 double            cores,
                 double            seconds,
                 double            usable)
{
  g_autofree double *loads = NULL;
  g_autofree EaselCpuSplit *splits = NULL;
  EaselCpuSplit mean = { 0 };
  guint wanted = (guint) (seconds * 1000.0 / MAX (easel_cpu_sampler_get_interval (self->sampler), 1));
  guint n = easel_cpu_sampler_copy_all (self->sampler, MIN (wanted, easel_cpu_sampler_get_n_samples (self->sampler)),
                                        &loads, &splits);

  if (n == 0 || splits == NULL)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      mean.machine += splits[i].machine / n;
      mean.work += splits[i].work / n;
      mean.self += splits[i].self / n;
      mean.other += splits[i].other / n;
    }
  /* The hammer's own share as the sentence gives it, by its own clocks
   * over the whole run: one figure, not two near each other. */
  mean.machine += cores - mean.work;
  mean.work = cores;

  /* Translators: the work in a note on other programs, "… where the hammer alone uses 50 %" */
  return easel_load_plot_dup_others_note (&mean, usable, _("the hammer"));
}

static void
stopped_cb (EaselHammerGuess *self)
{
  double usable = MAX (easel_cores_get_default ()->usable, 0.01);
  EaselDemo demo = { EASEL_DEMO_HAMMER };
  EaselCapacity capacity;
  g_autoptr(EaselQuestion) question = NULL;
  g_autofree char *text = NULL;
  g_autofree char *note = NULL;
  double cores, seconds, model;

  easel_guess_bar_set_locked (self->bar, FALSE);
  if (self->committed <= 0)
    return;

  /* Less than a second, or workers changed on the way: no one figure
   * to set beside the guess. */
  if (!easel_hammer_get_last_cores (self->hammer, &cores, &seconds) || easel_hammer_get_threads (self->hammer) != self->threads ||
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
  note = dup_others_note (self, cores, seconds, usable);
  if (note != NULL)
    {
      char *joined = g_strconcat (text, " ", note, ".", NULL);

      g_free (text);
      text = joined;
    }
  easel_guess_bar_set_result (self->bar, text);
}

/* Guesses for @hammer's runs on @bar, the machine sampled by @sampler
 * (all the panel's). */
EaselHammerGuess *
easel_hammer_guess_new (EaselGuessBar   *bar,
                        EaselHammer     *hammer,
                        EaselCpuSampler *sampler)
{
  EaselHammerGuess *self;

  g_return_val_if_fail (EASEL_IS_GUESS_BAR (bar), NULL);
  g_return_val_if_fail (EASEL_IS_HAMMER (hammer), NULL);

  self = g_object_new (EASEL_TYPE_HAMMER_GUESS, NULL);
  self->bar = bar;
  self->hammer = hammer;
  self->sampler = sampler;
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
