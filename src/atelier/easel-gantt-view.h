/* easel-gantt-view.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "easel-record.h"
#include "easel-runner.h"

G_BEGIN_DECLS

#define EASEL_TYPE_GANTT_VIEW (easel_gantt_view_get_type())

G_DECLARE_FINAL_TYPE (EaselGanttView, easel_gantt_view, EASEL, GANTT_VIEW, GtkWidget)

GtkWidget  *easel_gantt_view_new                (void);
void        easel_gantt_view_follow             (EaselGanttView *self,
                                                 EaselRunner    *runner,
                                                 EaselTrace     *predicted);
void        easel_gantt_view_show_prediction    (EaselGanttView *self,
                                                 EaselTrace     *predicted);
void        easel_gantt_view_show_record        (EaselGanttView *self,
                                                 EaselRecord    *record);
EaselRecord *easel_gantt_view_get_record        (EaselGanttView *self);
EaselTrace *easel_gantt_view_get_trace          (EaselGanttView *self);
EaselTrace *easel_gantt_view_get_predicted      (EaselGanttView *self);
gboolean    easel_gantt_view_get_by_thread      (EaselGanttView *self);
void        easel_gantt_view_set_by_thread      (EaselGanttView *self,
                                                 gboolean        by_thread);
gboolean    easel_gantt_view_get_show_predicted (EaselGanttView *self);
void        easel_gantt_view_set_show_predicted (EaselGanttView *self,
                                                 gboolean        show_predicted);
char       *easel_gantt_view_dup_description    (EaselGanttView *self);

void          easel_gantt_view_set_guess      (EaselGanttView *self,
                                               double          guess_ms);
double        easel_gantt_view_get_guess      (EaselGanttView *self);

G_END_DECLS
