/* easel-window.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "easel-handout.h"
#include "easel-types.h"

G_BEGIN_DECLS

#define EASEL_TYPE_WINDOW (easel_window_get_type())

G_DECLARE_FINAL_TYPE (EaselWindow, easel_window, EASEL, WINDOW, AdwApplicationWindow)

EaselWindow      *easel_window_new              (EaselApplication *application);
void              easel_window_show_walkthrough (EaselWindow      *self,
                                                 guint             position);
EaselWalkthrough *easel_window_get_walkthrough  (EaselWindow      *self);
gboolean          easel_window_get_presenting   (EaselWindow      *self);
void              easel_window_set_presenting   (EaselWindow      *self,
                                                 gboolean          presenting);
GtkWidget        *easel_window_get_presenter    (EaselWindow      *self);
void              easel_window_export_handout   (EaselWindow      *self,
                                                 GFile            *file,
                                                 EaselHandoutKind  kind);

void              easel_window_open_runs         (EaselWindow      *self,
                                                 GFile           **files,
                                                 guint             n_files);

G_END_DECLS
