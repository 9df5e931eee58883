/* easel-presenter-window.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "easel-walkthrough.h"

G_BEGIN_DECLS

#define EASEL_TYPE_PRESENTER_WINDOW (easel_presenter_window_get_type())

G_DECLARE_FINAL_TYPE (EaselPresenterWindow, easel_presenter_window, EASEL, PRESENTER_WINDOW, AdwWindow)

GtkWidget  *easel_presenter_window_new           (GtkApplication       *application,
                                                  EaselWalkthrough     *walkthrough);
const char *easel_presenter_window_get_notes     (EaselPresenterWindow *self);
const char *easel_presenter_window_get_next      (EaselPresenterWindow *self);
const char *easel_presenter_window_get_counter   (EaselPresenterWindow *self);
const char *easel_presenter_window_get_answer    (EaselPresenterWindow *self);

G_END_DECLS
