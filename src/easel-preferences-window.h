/* easel-preferences-window.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "easel-types.h"

G_BEGIN_DECLS

#define EASEL_TYPE_PREFERENCES_WINDOW (easel_preferences_window_get_type())

G_DECLARE_FINAL_TYPE (EaselPreferencesWindow, easel_preferences_window, EASEL, PREFERENCES_WINDOW, AdwPreferencesWindow)

EaselPreferencesWindow *easel_preferences_window_new (GtkWindow *transient_for);

G_END_DECLS
