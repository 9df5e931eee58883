/* easel-types.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Forward declarations of every type, so headers need not include each other.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _EaselApplication       EaselApplication;
typedef struct _EaselPreferencesWindow EaselPreferencesWindow;
typedef struct _EaselWalkthrough       EaselWalkthrough;
typedef struct _EaselWindow            EaselWindow;

G_END_DECLS
