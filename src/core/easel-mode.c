/* easel-mode.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The four ways of running the paintings, by name.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-enum.h"
#include "easel-mode.h"

static const char *titles[EASEL_N_MODES] = {
  [EASEL_MODE_SEQUENTIAL] = N_("Sequential"),
  [EASEL_MODE_ASYNC] = N_("Asynchronous"),
  [EASEL_MODE_PARALLEL] = N_("Parallel"),
  [EASEL_MODE_GIL] = N_("Threads + GIL"),
};

/* The name used on the command line, in JSON and in the settings. */
const char *
easel_mode_to_string (EaselMode mode)
{
  g_return_val_if_fail (mode < EASEL_N_MODES, NULL);

  return easel_enum_to_nick (EASEL_TYPE_MODE, mode);
}

gboolean
easel_mode_from_string (const char *text,
                        EaselMode  *mode)
{
  int value;

  g_return_val_if_fail (mode != NULL, FALSE);

  if (!easel_enum_from_nick (EASEL_TYPE_MODE, text, &value))
    return FALSE;

  *mode = value;

  return TRUE;
}

/* The translated name shown to people. */
const char *
easel_mode_get_title (EaselMode mode)
{
  g_return_val_if_fail (mode < EASEL_N_MODES, NULL);

  return _(titles[mode]);
}
