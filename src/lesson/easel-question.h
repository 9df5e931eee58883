/* easel-question.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "easel-schedule.h"
#include "easel-series.h"
#include "easel-slide.h"

G_BEGIN_DECLS

#define EASEL_QUESTION_MAX_CHOICES 4

/* What a choice's value is. */
typedef enum
{
  EASEL_ANSWER_MS,        /* a time */
  EASEL_ANSWER_PERCENT,   /* a share of the machine */
  EASEL_ANSWER_CORES,     /* cores kept busy */
  EASEL_ANSWER_SPEEDUP,   /* times as fast */
  EASEL_ANSWER_MODE,      /* which mode (an EaselMode) */
} EaselAnswerKind;

/* A question asked before a demonstration: three or four choices, in
 * increasing order (A, B, C, D), one of them the model's answer on this
 * machine, the others the usual wrong ones. */
typedef struct
{
  char            *text;
  EaselAnswerKind  kind;
  guint            n_choices;
  double           values[EASEL_QUESTION_MAX_CHOICES];
  char            *labels[EASEL_QUESTION_MAX_CHOICES];
  guint            right;
  /* For the scaling curve, the workers the question is about. */
  guint            workers;
  /* Why the right one is right, in one sentence. */
  char            *explanation;
} EaselQuestion;

EaselQuestion *easel_question_new_for_demo (const EaselDemo     *demo,
                                            const EaselWorkload *workload,
                                            const EaselCapacity *capacity);
void           easel_question_free         (EaselQuestion       *question);
char          *easel_answer_format         (EaselAnswerKind      kind,
                                            double               value);
char          *easel_question_dup_answer   (const EaselQuestion *question);
char          *easel_question_dup_reveal   (const EaselQuestion *question,
                                            int                  chosen,
                                            double               measured);
char          *easel_question_dup_answer_measured (const EaselQuestion  *question,
                                                   double                measured);
double         easel_question_measure_runs (const EaselQuestion  *question,
                                            const EaselRunResult *results,
                                            guint                 n_results);
double         easel_question_measure_cores (const EaselQuestion *question,
                                             double               cores,
                                             double               usable);
char          *easel_guess_dup_reveal      (EaselAnswerKind      kind,
                                            double               guess,
                                            double               measured,
                                            double               predicted,
                                            const char          *explanation);
char          *easel_mode_dup_explanation  (EaselMode            mode,
                                            const EaselWorkload *workload,
                                            const EaselCapacity *capacity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EaselQuestion, easel_question_free)

G_END_DECLS
