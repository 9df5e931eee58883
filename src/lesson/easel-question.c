/* easel-question.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Predict, then observe: before a demonstration the class commits to an
 * answer. The choices are computed here from the demonstration's own
 * workload and this machine's cores: the model's answer, and the usual
 * wrong ones (for three paintings one after another: the painting time
 * alone, one painting alone, the drying alone). After the run, the
 * measured figure stands beside the room's choice and the model's, with
 * one sentence on why.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-cores.h"
#include "easel-question.h"
#include "easel-render-style.h"
#include "easel-scaling.h"

/* Choices gathered before they are put in order; the first is right. */
typedef struct
{
  double values[8];
  guint  n;
} Candidates;

static void
add (Candidates *candidates,
     double      value)
{
  if (candidates->n < G_N_ELEMENTS (candidates->values) && isfinite (value) && value > 0)
    candidates->values[candidates->n++] = value;
}

/* A value of @kind as a choice shows it: "3.6 s", "50 %", "1 core",
 * "2.0×", "Parallel". */
char *
easel_answer_format (EaselAnswerKind kind,
                     double          value)
{
  switch (kind)
    {
    case EASEL_ANSWER_MS:
      /* As many decimals as the value needs to read apart from its
       * neighbours: "0.02 s", "3.6 s", "54 s". */
      return easel_format_seconds (value, value < 100 ? 1 : value < 1000 ? 10 : value < 10000 ? 100 : 1000);
    case EASEL_ANSWER_PERCENT:
      /* Translators: a share of the machine, "50 %" */
      return g_strdup_printf (_("%.0f %%"), value);
    case EASEL_ANSWER_CORES:
      {
        g_autofree char *cores = easel_cores_format (value);

        /* Translators: cores kept busy, "1 core", "0.5 cores" */
        return g_strdup_printf (ngettext ("%s core", "%s cores", value == 1.0 ? 1 : 2), cores);
      }
    case EASEL_ANSWER_SPEEDUP:
      /* Translators: times as fast, "2.0×" */
      return g_strdup_printf (_("%.1f×"), value);
    case EASEL_ANSWER_MODE:
    default:
      return g_strdup (easel_mode_get_title ((EaselMode) value));
    }
}

/* Puts @candidates into @question: at most four, the right one (the
 * first) always among them, none that reads the same as another, in
 * increasing order. */
static void
set_choices (EaselQuestion    *question,
             const Candidates *candidates)
{
  double right = candidates->values[0];
  double kept[EASEL_QUESTION_MAX_CHOICES];
  guint n_kept = 0;

  for (guint i = 0; i < candidates->n && n_kept < EASEL_QUESTION_MAX_CHOICES; i++)
    {
      g_autofree char *label = easel_answer_format (question->kind, candidates->values[i]);
      gboolean same = FALSE;

      for (guint k = 0; k < n_kept && !same; k++)
        {
          g_autofree char *other = easel_answer_format (question->kind, kept[k]);

          same = g_str_equal (label, other);
        }
      if (!same)
        kept[n_kept++] = candidates->values[i];
    }

  qsort (kept, n_kept, sizeof (double), easel_compare_doubles);
  question->n_choices = n_kept;
  for (guint i = 0; i < n_kept; i++)
    {
      question->values[i] = kept[i];
      question->labels[i] = easel_answer_format (question->kind, kept[i]);
      if (kept[i] == right)
        question->right = i;
    }
}

/* Fills @candidates with values that cannot read the same as @right, to
 * have three at least: twice it, half of it, three times it. */
static void
add_fallbacks (Candidates *candidates)
{
  double right = candidates->values[0];

  add (candidates, right * 2);
  add (candidates, right / 2);
  add (candidates, right * 3);
}

/* Why @mode takes the time it does, in one clause. */
char *
easel_mode_dup_explanation (EaselMode            mode,
                            const EaselWorkload *workload,
                            const EaselCapacity *capacity)
{
  g_autofree char *cores = easel_cores_format (capacity->usable);

  switch (mode)
    {
    case EASEL_MODE_SEQUENTIAL:
      if (workload->dry_ms == 0)
        return g_strdup (_("one after another, every coat’s painting adds up"));
      return g_strdup (_("one after another, every coat’s painting and drying adds up"));
    case EASEL_MODE_ASYNC:
      return g_strdup (_("one thread paints every coat in turn, and the drying overlaps while it paints the others"));
    case EASEL_MODE_PARALLEL:
      /* Translators: "… up to one painter per core (2 cores) …" */
      return g_strdup_printf (_("up to one painter per core (%s cores) paints at once, and the drying overlaps"),
                              cores);
    case EASEL_MODE_GIL:
    default:
      return g_strdup (_("the threads take turns for the lock, so their painting adds up as if one after another; only the drying overlaps"));
    }
}

static EaselQuestion *
question_new (EaselAnswerKind kind,
              char           *text,
              char           *explanation)
{
  EaselQuestion *question = g_new0 (EaselQuestion, 1);

  question->kind = kind;
  question->text = text;
  question->explanation = explanation;

  return question;
}

static EaselQuestion *
hammer_question (const EaselDemo     *demo,
                 const EaselCapacity *capacity)
{
  double n = MAX (capacity->usable, 1.0);
  g_autofree char *cores = easel_cores_format (n);
  EaselQuestion *question;
  Candidates candidates = { { 0 } };

  if (demo->hammer_mode == EASEL_HAMMER_GIL)
    {
      question = question_new (EASEL_ANSWER_CORES,
                               g_strdup (_("Two busy threads under one lock, the GIL: how many cores do they keep busy together?")),
                               g_strdup (_("Only the thread that holds the lock computes: together they keep one core busy.")));
      add (&candidates, 1);
      add (&candidates, MIN (2, n));
      add (&candidates, 0.5);
      add (&candidates, 2);
    }
  else if (demo->hammer_mode == EASEL_HAMMER_PROCESSES)
    {
      question = question_new (EASEL_ANSWER_CORES,
                               g_strdup (_("One busy process per core, each with its own interpreter and lock: how many cores are busy?")),
                               g_strdup (_("Processes share no lock: each keeps its own core busy.")));
      add (&candidates, n);
      add (&candidates, 1);
      add (&candidates, n / 2);
      add (&candidates, n * 2);
    }
  else if (demo->threads == 1)
    {
      question = question_new (EASEL_ANSWER_PERCENT,
                               /* Translators: "… this machine of 2 cores …" */
                               g_strdup_printf (_("One busy thread on this machine of %s cores: how much of the whole machine does it use?"), cores),
                               /* Translators: "… 1 of 2 cores." */
                               g_strdup_printf (_("A thread runs on one core at a time: 1 of %s cores."), cores));
      add (&candidates, 100 / n);
      add (&candidates, 100);
      add (&candidates, 50 / n);
      add (&candidates, MIN (100, 200 / n));
    }
  else
    {
      question = question_new (EASEL_ANSWER_PERCENT,
                               g_strdup (_("One busy thread per core: how much of the whole machine is busy?")),
                               g_strdup (_("As many busy threads as cores fill every core.")));
      add (&candidates, 100);
      add (&candidates, 100 / n);
      add (&candidates, 50);
      add (&candidates, 100 * (n - 1) / n);
    }

  add_fallbacks (&candidates);
  set_choices (question, &candidates);

  return question;
}

/* A workload's time in whole milliseconds, with the decimals it needs
 * and no more: "0.4 s", "0.15 s", "0.08 s". */
static char *
format_exact (guint ms)
{
  return easel_format_seconds (ms, ms % 100 == 0 ? 100 : ms % 10 == 0 ? 10 : 1);
}

static EaselQuestion *
atelier_question (const EaselDemo     *demo,
                  const EaselWorkload *workload,
                  const EaselCapacity *capacity)
{
  g_autofree char *paint = format_exact (workload->coats * workload->paint_ms);
  g_autofree char *dry = format_exact (workload->dry_ms);
  g_autofree char *cores = easel_cores_format (capacity->usable);
  g_autofree char *why = easel_mode_dup_explanation (demo->mode, workload, capacity);
  double one = workload->coats * (workload->paint_ms + workload->dry_ms);
  double painting = (double) workload->paintings * workload->coats * workload->paint_ms;
  double drying = (double) workload->paintings * workload->coats * workload->dry_ms;
  Candidates candidates = { { 0 } };
  char *text;

  add (&candidates, easel_schedule_predict_ms (demo->mode, workload, capacity));
  switch (demo->mode)
    {
    case EASEL_MODE_SEQUENTIAL:
      if (workload->dry_ms == 0)
        /* Translators: "3 paintings of 0.4 s of painting each, …" */
        text = g_strdup_printf (_("%u paintings of %s of painting each, one after another: how long for all of them?"),
                                workload->paintings, paint);
      else
        /* Translators: "… dries for 0.8 s … all 3 paintings …" */
        text = g_strdup_printf (_("Each coat also dries for %s before the next step: how long for all %u paintings, one after another?"),
                                dry, workload->paintings);
      add (&candidates, painting);
      add (&candidates, one);
      add (&candidates, drying);
      add (&candidates, painting / MAX (capacity->usable, 1.0));
      break;

    case EASEL_MODE_ASYNC:
      text = g_strdup_printf (_("One thread paints while the others dry: how long for all %u paintings?"),
                              workload->paintings);
      add (&candidates, easel_schedule_predict_ms (EASEL_MODE_SEQUENTIAL, workload, capacity));
      add (&candidates, one);
      add (&candidates, painting);
      break;

    case EASEL_MODE_PARALLEL:
    case EASEL_MODE_GIL:
    default:
      /* Translators: "3 painters on 2 cores: how long for all 3 paintings?" */
      text = g_strdup_printf (_("%u painters on %s cores: how long for all %u paintings?"),
                              workload->workers, cores, workload->paintings);
      add (&candidates, one);
      add (&candidates, easel_schedule_predict_ms (EASEL_MODE_SEQUENTIAL, workload, capacity));
      add (&candidates, easel_schedule_predict_ms (EASEL_MODE_ASYNC, workload, capacity));
      break;
    }

  add_fallbacks (&candidates);
  {
    EaselQuestion *question = question_new (EASEL_ANSWER_MS, text, g_strdup_printf ("%c%s.", g_ascii_toupper (*why), why + 1));

    set_choices (question, &candidates);
    return question;
  }
}

static EaselQuestion *
scaling_question (const EaselCapacity *capacity)
{
  EaselScalingParams params;
  g_autoptr(EaselScalingPrediction) prediction = NULL;
  guint workers;
  double n = MAX (capacity->usable, 1.0);
  EaselQuestion *question;
  Candidates candidates = { { 0 } };

  easel_scaling_params_init (&params, capacity->usable);
  prediction = easel_scaling_prediction_new (&params, capacity);
  workers = MIN (params.max_workers, (guint) MAX (2, round (2 * n)));

  question = question_new (EASEL_ANSWER_SPEEDUP,
                           /* Translators: "With 4 workers, twice the cores, …" */
                           g_strdup_printf (_("With %u workers, twice the cores, how many times as fast as one worker is the same work?"),
                                            workers),
                           g_strdup (_("Workers beyond the cores only wait for one: the speed-up stops at the number of cores.")));
  question->workers = workers;
  add (&candidates, easel_scaling_prediction_speedup (prediction, EASEL_MODE_PARALLEL, workers));
  add (&candidates, workers);
  add (&candidates, 1);
  add (&candidates, n / 2);
  add_fallbacks (&candidates);
  set_choices (question, &candidates);

  return question;
}

static EaselQuestion *
compare_question (const EaselWorkload *workload,
                  const EaselCapacity *capacity)
{
  EaselQuestion *question;
  EaselMode fastest = EASEL_MODE_SEQUENTIAL;
  double best = G_MAXDOUBLE;
  g_autofree char *why = NULL;

  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    {
      double ms = easel_schedule_predict_ms (mode, workload, capacity);

      /* A tie goes to the simpler mode, the earlier one. */
      if (ms < best - 0.5)
        {
          best = ms;
          fastest = mode;
        }
    }

  why = easel_mode_dup_explanation (fastest, workload, capacity);
  question = question_new (EASEL_ANSWER_MODE, g_strdup (_("Which mode finishes first on this machine?")),
                           /* Translators: "Parallel is fastest here: up to one painter per core …" */
                           g_strdup_printf (_("%s is fastest here: %s."), easel_mode_get_title (fastest), why));
  question->n_choices = EASEL_N_MODES;
  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    {
      question->values[mode] = mode;
      question->labels[mode] = easel_answer_format (EASEL_ANSWER_MODE, mode);
    }
  question->right = fastest;

  return question;
}

/* The question before @demo (run on @workload, on the cores of
 * @capacity), or NULL where it asks none. */
EaselQuestion *
easel_question_new_for_demo (const EaselDemo     *demo,
                             const EaselWorkload *workload,
                             const EaselCapacity *capacity)
{
  g_return_val_if_fail (demo != NULL && workload != NULL && capacity != NULL, NULL);

  switch (demo->kind)
    {
    case EASEL_DEMO_HAMMER:
      /* The cores slide has no hammer; the two scales' slide asks what
       * the slide before asked. */
      if (demo->threads == 0 || demo->show_top)
        return NULL;
      return hammer_question (demo, capacity);
    case EASEL_DEMO_ATELIER:
      return atelier_question (demo, workload, capacity);
    case EASEL_DEMO_SCALING:
      return scaling_question (capacity);
    case EASEL_DEMO_COMPARE:
      return compare_question (workload, capacity);
    case EASEL_DEMO_MEASURED:
    case EASEL_DEMO_NONE:
    default:
      return NULL;
    }
}

void
easel_question_free (EaselQuestion *question)
{
  if (question == NULL)
    return;

  for (guint i = 0; i < question->n_choices; i++)
    g_free (question->labels[i]);
  g_free (question->text);
  g_free (question->explanation);
  g_free (question);
}

/* The model's answer, for the presenter or a handout: "Answer: C, 3.6 s". */
char *
easel_question_dup_answer (const EaselQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);

  /* Translators: the model's answer to a slide's question, "Answer: C, 3.6 s" */
  return g_strdup_printf (_("Answer: %c, %s"), 'A' + question->right, question->labels[question->right]);
}

/* After the run: the room's choice (@chosen, -1 for none) and the
 * measured figure beside the model's, and why. */
char *
easel_question_dup_reveal (const EaselQuestion *question,
                           int                  chosen,
                           double               measured)
{
  g_autofree char *measured_text = NULL;
  const char *predicted;
  g_autofree char *room = NULL;

  g_return_val_if_fail (question != NULL, NULL);

  measured_text = easel_answer_format (question->kind, measured);
  predicted = question->labels[question->right];

  if (chosen < 0 || (guint) chosen >= question->n_choices)
    /* Translators: the reveal without a choice: "Measured 3.6 s; the model predicted 3.6 s. One after …" */
    return g_strdup_printf (_("Measured %s; the model predicted %s. %s"), measured_text, predicted, question->explanation);

  if ((guint) chosen == question->right)
    /* Translators: the reveal, the room's choice right: "The room said C, 3.6 s: right. Measured 3.61 s. One after …" */
    room = g_strdup_printf (_("The room said %c, %s: right. Measured %s. %s"), 'A' + chosen,
                            question->labels[chosen], measured_text, question->explanation);
  else
    /* Translators: the reveal: "The room said B, 1.2 s; measured 3.6 s, the model predicted 3.6 s (C). One after …" */
    room = g_strdup_printf (_("The room said %c, %s; measured %s, the model predicted %s (%c). %s"), 'A' + chosen,
                            question->labels[chosen], measured_text, predicted, 'A' + question->right,
                            question->explanation);

  return g_steal_pointer (&room);
}

/* The fastest mode of a run of every mode, or -1. */
static int
fastest_mode (const EaselRunResult *results,
              guint                 n_results)
{
  double best = G_MAXDOUBLE;
  int fastest = -1;

  if (n_results < EASEL_N_MODES)
    return -1;
  for (guint i = 0; i < n_results; i++)
    if (easel_trace_get_makespan (results[i].measured) < best)
      {
        best = easel_trace_get_makespan (results[i].measured);
        fastest = easel_trace_get_mode (results[i].measured);
      }

  return fastest;
}

/* The speed-up @workers in parallel measured on a scaling curve's runs,
 * or 0. */
static double
measured_speedup (const EaselRunResult *results,
                  guint                 n_results,
                  guint                 workers)
{
  g_autoptr(GArray) points = NULL;

  if (n_results == 0)
    return 0.0;

  points = easel_scaling_points_new (results, n_results);
  for (guint i = 0; i < points->len; i++)
    {
      const EaselScalingPoint *point = &g_array_index (points, EaselScalingPoint, i);

      if (point->mode == EASEL_MODE_PARALLEL && point->workers == workers)
        return point->speedup;
    }

  return 0.0;
}

/* What @results (finished runs the demonstration made) measured for
 * @question: the fastest mode of a run of every mode, the speed-up of a
 * scaling curve, else the last run's time; NAN where they do not tell
 * (a stopped run, a curve without the point). */
double
easel_question_measure_runs (const EaselQuestion  *question,
                             const EaselRunResult *results,
                             guint                 n_results)
{
  g_return_val_if_fail (question != NULL, NAN);
  g_return_val_if_fail (results != NULL || n_results == 0, NAN);

  switch (question->kind)
    {
    case EASEL_ANSWER_MODE:
      {
        int fastest = fastest_mode (results, n_results);

        return fastest >= 0 ? fastest : NAN;
      }
    case EASEL_ANSWER_SPEEDUP:
      {
        double speedup = measured_speedup (results, n_results, question->workers);

        return speedup > 0 ? speedup : NAN;
      }
    case EASEL_ANSWER_MS:
      if (n_results == 0 || easel_trace_is_stopped (results[n_results - 1].measured))
        return NAN;
      return easel_trace_get_makespan (results[n_results - 1].measured);
    case EASEL_ANSWER_PERCENT:
    case EASEL_ANSWER_CORES:
    default:
      return NAN;
    }
}

/* What a hammer that kept @cores busy (by its own clocks) measured for
 * @question: that share of @usable cores, or the cores. */
double
easel_question_measure_cores (const EaselQuestion *question,
                              double               cores,
                              double               usable)
{
  g_return_val_if_fail (question != NULL, NAN);

  return question->kind == EASEL_ANSWER_PERCENT ? 100.0 * cores / MAX (usable, 0.01) : cores;
}

/* For a reader alone: the model's answer, the figure measured here, and
 * why ("Answer: B, 0.75 s; measured here 0.76 s. One thread …"). */
char *
easel_question_dup_answer_measured (const EaselQuestion *question,
                                    double               measured)
{
  g_autofree char *answer = NULL;
  g_autofree char *measured_text = NULL;

  g_return_val_if_fail (question != NULL, NULL);

  answer = easel_question_dup_answer (question);
  if (!isfinite (measured))
    return g_strdup_printf ("%s. %s", answer, question->explanation);

  measured_text = easel_answer_format (question->kind, measured);
  if (question->kind == EASEL_ANSWER_MODE)
    /* Translators: in the handout, "Answer: C, Parallel; fastest here: Parallel. Up to one painter …" */
    return g_strdup_printf (_("%s; fastest here: %s. %s"), answer, measured_text, question->explanation);
  /* Translators: in the handout, "Answer: B, 0.75 s; measured here 0.76 s. One thread paints …" */
  return g_strdup_printf (_("%s; measured here %s. %s"), answer, measured_text, question->explanation);
}

/* After a run someone guessed before: their guess beside the measured
 * figure and the model's, and why ("You expected 3.0 s; measured 9.0 s,
 * the model predicted 9.0 s. One after another, …"); @explanation may
 * be NULL. */
char *
easel_guess_dup_reveal (EaselAnswerKind  kind,
                        double           guess,
                        double           measured,
                        double           predicted,
                        const char      *explanation)
{
  g_autofree char *guess_text = easel_answer_format (kind, guess);
  g_autofree char *measured_text = easel_answer_format (kind, measured);
  g_autofree char *predicted_text = easel_answer_format (kind, predicted);
  g_autofree char *text = NULL;

  if (kind == EASEL_ANSWER_MODE)
    /* Translators: after Run All, "You expected Asynchronous to finish first; Parallel did, and the model predicted Parallel." */
    text = g_strdup_printf (_("You expected %s to finish first; %s did, and the model predicted %s."), guess_text,
                            measured_text, predicted_text);
  else
    /* Translators: after a run, "You expected 3.0 s; measured 9.0 s, the model predicted 9.0 s." */
    text = g_strdup_printf (_("You expected %s; measured %s, the model predicted %s."), guess_text, measured_text,
                            predicted_text);
  if (explanation == NULL)
    return g_steal_pointer (&text);

  return g_strconcat (text, " ", explanation, NULL);
}
