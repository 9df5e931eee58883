/* easel-paintings-view.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "easel-picture.h"
#include "easel-runner.h"

G_BEGIN_DECLS

#define EASEL_TYPE_PAINTINGS_VIEW (easel_paintings_view_get_type())

G_DECLARE_FINAL_TYPE (EaselPaintingsView, easel_paintings_view, EASEL, PAINTINGS_VIEW, GtkWidget)

GtkWidget         *easel_paintings_view_new        (void);
void               easel_paintings_view_reset      (EaselPaintingsView *self,
                                                    guint               n_paintings);
void               easel_paintings_view_follow     (EaselPaintingsView *self,
                                                    EaselRunner        *runner);
void               easel_paintings_view_stop       (EaselPaintingsView *self);
guint              easel_paintings_view_get_n_paintings (EaselPaintingsView *self);
EaselPictureState  easel_paintings_view_get_state  (EaselPaintingsView *self,
                                                    guint               painting);

G_END_DECLS
