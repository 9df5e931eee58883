/* easel-atelier-guess.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Guess first. With the main menu's "Guess First" on, the timeline asks
 * for the run's time before Run, the comparison which mode Run All finds
 * fastest, and the scaling page for the speed-up at a number of workers
 * before Measure Curve. A guess someone made is
 * committed when the run starts: it stands on the chart beside the
 * measured and the predicted, and when the run ends one sentence puts
 * the three side by side with why. Without a guess a run is an ordinary
 * one.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-atelier-private.h"
#include "easel-comparison.h"
#include "easel-scaling-chart.h"
#include "easel-cores.h"
#include "easel-question.h"
#include "easel-scaling.h"
#include "easel-schedule.h"

/* What the page shown asks to guess. */
static EaselAtelierGuess
guess_asked (EaselAtelier *self)
{
  if (!self->guessing || self->standalone)
    return EASEL_ATELIER_GUESS_NONE;
  if (_easel_atelier_showing (self, "timeline"))
    return EASEL_ATELIER_GUESS_TIME;
  if (_easel_atelier_showing (self, "scaling"))
    return EASEL_ATELIER_GUESS_SPEEDUP;
  if (_easel_atelier_showing (self, "comparison"))
    return EASEL_ATELIER_GUESS_FASTEST;

  return EASEL_ATELIER_GUESS_NONE;
}

/* The guess's range for what the page asks: a time up to a quarter past
 * the longest any mode takes (one after another), or a speed-up up to
 * the curve's most workers. */
static void
set_range (EaselAtelier      *self,
           EaselAtelierGuess  asked)
{
  EaselCapacity capacity;

  easel_capacity_init_default (&capacity);
  if (asked == EASEL_ATELIER_GUESS_TIME)
    {
      EaselWorkload workload;
      double longest;

      _easel_atelier_get_workload (self, &workload);
      longest = easel_schedule_predict_ms (EASEL_MODE_SEQUENTIAL, &workload, &capacity);
      /* Translators: the unit of a guessed time, in seconds */
      easel_guess_bar_set_range (self->guess_bar, 0.1, MAX (1.0, ceil (longest * 1.25 / 1000.0)), 0.1, 1, _("s"));
    }
  else if (asked == EASEL_ATELIER_GUESS_FASTEST)
    {
      const char *modes[EASEL_N_MODES + 1] = { NULL };

      for (guint mode = 0; mode < EASEL_N_MODES; mode++)
        modes[mode] = easel_mode_get_title (mode);
      easel_guess_bar_set_choices (self->guess_bar, modes);
    }
  else if (asked == EASEL_ATELIER_GUESS_SPEEDUP)
    {
      EaselScalingParams params;
      double usable = capacity.usable;

      easel_scaling_params_init (&params, usable);
      gtk_spin_button_set_range (self->guess_workers, 1, params.max_workers);
      gtk_spin_button_set_value (self->guess_workers, MIN (params.max_workers, MAX (2, round (2 * usable))));
      /* Translators: the unit of a guessed speed-up, "times as fast" */
      easel_guess_bar_set_range (self->guess_bar, 0.5, params.max_workers, 0.1, 1, _("×"));
    }
}

/* The curve measures only some worker counts beyond 16: a guess goes to
 * the nearest one it measures. */
static void
snap_workers_cb (EaselAtelier *self)
{
  EaselScalingParams params;
  g_autofree guint *points = NULL;
  guint n, wanted = gtk_spin_button_get_value_as_int (self->guess_workers), best;

  easel_scaling_params_init (&params, easel_cores_get_default ()->usable);
  points = g_new (guint, params.max_workers);
  n = easel_scaling_get_points (&params, points);
  best = points[0];
  for (guint i = 1; i < n; i++)
    if (ABS ((int) points[i] - (int) wanted) < ABS ((int) best - (int) wanted))
      best = points[i];
  if (best != wanted)
    gtk_spin_button_set_value (self->guess_workers, best);
}

/* Shows the guess that the page asks for, if guessing; a guess already
 * made stays unless what it is about changed (@changed). */
void
_easel_atelier_update_guess (EaselAtelier *self,
                             gboolean      changed)
{
  EaselAtelierGuess asked = guess_asked (self);

  /* What changed (the workload) makes the next guess start afresh,
   * whenever it is asked. */
  if (changed)
    self->guess_asked = EASEL_ATELIER_GUESS_NONE;
  gtk_widget_set_visible (GTK_WIDGET (self->guess_bar), asked != EASEL_ATELIER_GUESS_NONE);
  gtk_widget_set_visible (self->guess_workers_box, asked == EASEL_ATELIER_GUESS_SPEEDUP);
  if (asked == EASEL_ATELIER_GUESS_NONE || asked == self->guess_asked || self->series != NULL)
    return;

  self->guess_asked = asked;
  set_range (self, asked);
  /* The last sentence was about another guess. */
  easel_guess_bar_set_result (self->guess_bar, NULL);
}

/* A run starts: a guess made for it is committed, and marked. */
void
_easel_atelier_guess_start (EaselAtelier *self)
{
  double value;

  self->guess_committed = EASEL_ATELIER_GUESS_NONE;
  easel_guess_bar_set_result (self->guess_bar, NULL);
  easel_gantt_view_set_guess (self->gantt_view, 0.0);
  easel_scaling_view_set_guess (self->scaling_view, 0, 0.0);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->guess_bar)) || !easel_guess_bar_get_guess (self->guess_bar, &value))
    return;

  if (self->running == EASEL_ATELIER_RUN_ONE && self->guess_asked == EASEL_ATELIER_GUESS_TIME)
    easel_gantt_view_set_guess (self->gantt_view, value * 1000.0);
  else if (self->running == EASEL_ATELIER_RUN_SCALING && self->guess_asked == EASEL_ATELIER_GUESS_SPEEDUP)
    easel_scaling_view_set_guess (self->scaling_view, gtk_spin_button_get_value_as_int (self->guess_workers), value);
  else if (self->running != EASEL_ATELIER_RUN_ALL || self->guess_asked != EASEL_ATELIER_GUESS_FASTEST)
    return;

  self->guess_committed = self->guess_asked;
  self->guess_value = value;
  easel_guess_bar_set_locked (self->guess_bar, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->guess_workers), FALSE);
}

/* @text, then @note (the chart's own words on what other programs
 * changed, or NULL): on a busy machine the measured figure and the
 * model's differ for a reason the sentence must say. Takes both. */
static char *
with_note (char *text,
           char *note)
{
  g_autofree char *owned_text = text;
  g_autofree char *owned_note = note;

  if (note == NULL)
    return g_steal_pointer (&owned_text);

  return g_strconcat (text, " ", note, g_str_has_suffix (note, ".") ? "" : ".", NULL);
}

/* The sentence for a timed run: the guess, the measured time and the
 * model's, and why the mode takes what it does; NULL for a stopped run. */
static char *
dup_time_result (EaselAtelier *self)
{
  EaselRunResult run;
  EaselCapacity capacity;
  EaselDemo demo = { EASEL_DEMO_ATELIER };
  g_autoptr(EaselQuestion) question = NULL;

  if (self->timeline == NULL || !easel_record_get_last_run (self->timeline, &run) ||
      easel_trace_is_stopped (run.measured))
    return NULL;

  easel_capacity_init_default (&capacity);
  demo.mode = easel_trace_get_mode (run.measured);
  question = easel_question_new_for_demo (&demo, easel_trace_get_workload (run.measured), &capacity);

  return with_note (easel_guess_dup_reveal (EASEL_ANSWER_MS, self->guess_value * 1000.0,
                                            easel_trace_get_makespan (run.measured),
                                            easel_trace_get_makespan (run.predicted),
                                            question != NULL ? question->explanation : NULL),
                    easel_run_results_dup_others_note (&run, 1));
}

/* The sentence for the curve: the guessed speed-up at its workers
 * beside the measured one and the model's; NULL if the curve stopped
 * before that point. */
static char *
dup_speedup_result (EaselAtelier *self)
{
  guint workers = gtk_spin_button_get_value_as_int (self->guess_workers);
  const EaselScalingPrediction *prediction = easel_scaling_view_get_prediction (self->scaling_view);
  const EaselRunResult *results;
  guint n_results = 0;
  EaselCapacity capacity;
  EaselDemo demo = { EASEL_DEMO_SCALING };
  g_autoptr(EaselQuestion) question = NULL;
  double measured;

  if (self->scaling == NULL || prediction == NULL)
    return NULL;

  easel_capacity_init_default (&capacity);
  question = easel_question_new_for_demo (&demo, &self->workload, &capacity);
  question->workers = workers;
  results = easel_record_get_results (self->scaling, &n_results);
  measured = easel_question_measure_runs (question, results, n_results);
  if (!isfinite (measured))
    return NULL;

  /* With drying the question's why is not this curve's. */
  return with_note (easel_guess_dup_reveal (EASEL_ANSWER_SPEEDUP, self->guess_value, measured,
                                            easel_scaling_prediction_speedup (prediction, EASEL_MODE_PARALLEL, workers),
                                            self->scaling_drying ? NULL : question->explanation),
                    easel_scaling_dup_note (results, n_results));
}

/* The sentence after Run All: the mode guessed to finish first, the one
 * that did and the model's; NULL if stopped before every mode ran. */
static char *
dup_fastest_result (EaselAtelier *self)
{
  const EaselRunResult *results;
  guint n_results = 0;
  EaselCapacity capacity;
  EaselDemo demo = { EASEL_DEMO_COMPARE };
  EaselWorkload workload;
  g_autoptr(EaselQuestion) question = NULL;
  double measured;

  if (self->comparison == NULL)
    return NULL;

  results = easel_record_get_results (self->comparison, &n_results);
  if (n_results == 0)
    return NULL;
  workload = *easel_trace_get_workload (results[0].measured);
  easel_capacity_init_default (&capacity);
  question = easel_question_new_for_demo (&demo, &workload, &capacity);
  measured = easel_question_measure_runs (question, results, n_results);
  if (!isfinite (measured))
    return NULL;

  return with_note (easel_guess_dup_reveal (EASEL_ANSWER_MODE, self->guess_value, measured,
                                            question->values[question->right], question->explanation),
                    easel_run_results_dup_others_note (results, n_results));
}

/* The run ended: the guess beside what was measured and predicted. */
void
_easel_atelier_guess_done (EaselAtelier *self)
{
  g_autofree char *text = NULL;

  easel_guess_bar_set_locked (self->guess_bar, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->guess_workers), TRUE);
  if (self->guess_committed == EASEL_ATELIER_GUESS_TIME)
    text = dup_time_result (self);
  else if (self->guess_committed == EASEL_ATELIER_GUESS_SPEEDUP)
    text = dup_speedup_result (self);
  else if (self->guess_committed == EASEL_ATELIER_GUESS_FASTEST)
    text = dup_fastest_result (self);

  self->guess_committed = EASEL_ATELIER_GUESS_NONE;
  easel_guess_bar_set_result (self->guess_bar, text);
}

/* The guess's own widgets: the workers the curve's guess is about. */
void
_easel_atelier_init_guess (EaselAtelier *self)
{
  easel_guess_bar_add_prefix (self->guess_bar, self->guess_workers_box);
  g_signal_connect_object (self->guess_workers, "value-changed", G_CALLBACK (snap_workers_cb), self,
                           G_CONNECT_SWAPPED);
}
