/* easel-slide.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define EASEL_TYPE_SLIDE (easel_slide_get_type())

G_DECLARE_FINAL_TYPE (EaselSlide, easel_slide, EASEL, SLIDE, GObject)

const char *easel_slide_get_title (EaselSlide *self);
const char *easel_slide_get_body  (EaselSlide *self);
char       *easel_slide_dup_body  (EaselSlide *self);
const char *easel_slide_get_notes (EaselSlide *self);
const char *easel_slide_get_demo  (EaselSlide *self);
GListModel *easel_slides_load     (void);

G_END_DECLS
