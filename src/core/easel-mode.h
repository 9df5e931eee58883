/* easel-mode.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How the paintings are run. */
typedef enum
{
  EASEL_MODE_SEQUENTIAL,
  EASEL_MODE_ASYNC,
  EASEL_MODE_PARALLEL,
  EASEL_MODE_GIL,
} EaselMode;

#define EASEL_N_MODES 4

const char *easel_mode_to_string   (EaselMode   mode);
gboolean    easel_mode_from_string (const char *text,
                                    EaselMode  *mode);
const char *easel_mode_get_title   (EaselMode   mode);

G_END_DECLS
