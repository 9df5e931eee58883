/* easel-question-view.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "easel-question.h"

G_BEGIN_DECLS

#define EASEL_TYPE_QUESTION_VIEW (easel_question_view_get_type())

G_DECLARE_FINAL_TYPE (EaselQuestionView, easel_question_view, EASEL, QUESTION_VIEW, GtkWidget)

GtkWidget           *easel_question_view_new          (EaselQuestion     *question);
const EaselQuestion *easel_question_view_get_question (EaselQuestionView *self);
void                 easel_question_view_choose       (EaselQuestionView *self,
                                                       int                choice);
int                  easel_question_view_get_chosen   (EaselQuestionView *self);
void                 easel_question_view_reveal       (EaselQuestionView *self,
                                                       double             measured);
void                 easel_question_view_hide_reveal  (EaselQuestionView *self);
const char          *easel_question_view_get_reveal   (EaselQuestionView *self);
void                 easel_question_view_follow       (EaselQuestionView *self,
                                                       GtkWidget         *demo,
                                                       EaselDemoKind      kind);

G_END_DECLS
