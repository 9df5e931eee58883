/* easel-slide-view.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "easel-slide.h"

G_BEGIN_DECLS

#define EASEL_TYPE_SLIDE_VIEW (easel_slide_view_get_type())

G_DECLARE_FINAL_TYPE (EaselSlideView, easel_slide_view, EASEL, SLIDE_VIEW, GtkWidget)

GtkWidget  *easel_slide_view_new           (EaselSlide     *slide);
EaselSlide *easel_slide_view_get_slide     (EaselSlideView *self);
GtkWidget  *easel_slide_view_get_demo      (EaselSlideView *self);
GtkWidget  *easel_slide_view_find_demo    (EaselSlideView *self,
                                            GType           type);
void        easel_slide_view_set_in_view   (EaselSlideView *self,
                                            gboolean        in_view);
gboolean    easel_slide_view_get_in_view   (EaselSlideView *self);

void        easel_slide_view_set_other_programs (EaselSlideView *self,
                                                 double          other_cores);
const char *easel_slide_view_get_other_programs_text (EaselSlideView *self);

void            easel_slide_view_set_position (EaselSlideView *self,
                                               guint           position,
                                               guint           n_slides);

GtkWidget      *easel_slide_view_get_question (EaselSlideView *self);

G_END_DECLS
