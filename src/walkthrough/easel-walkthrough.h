/* easel-walkthrough.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "easel-record.h"

G_BEGIN_DECLS

#define EASEL_TYPE_WALKTHROUGH (easel_walkthrough_get_type())

G_DECLARE_FINAL_TYPE (EaselWalkthrough, easel_walkthrough, EASEL, WALKTHROUGH, GtkWidget)

GtkWidget *easel_walkthrough_new            (void);
guint      easel_walkthrough_get_n_slides   (EaselWalkthrough *self);
guint      easel_walkthrough_get_position   (EaselWalkthrough *self);
void       easel_walkthrough_go_to          (EaselWalkthrough *self,
                                             guint             position,
                                             gboolean          animate);
GtkWidget *easel_walkthrough_get_slide_view (EaselWalkthrough *self,
                                             guint             position);
gboolean   easel_walkthrough_get_presenting (EaselWalkthrough *self);
void       easel_walkthrough_set_presenting (EaselWalkthrough *self,
                                             gboolean          presenting);
double     easel_walkthrough_get_text_size  (EaselWalkthrough *self);

void              easel_walkthrough_forward_keys   (EaselWalkthrough *self,
                                                    GtkWidget        *widget);

void              easel_walkthrough_show_recorded (EaselWalkthrough *self,
                                                   EaselRecord      *record);

G_END_DECLS
