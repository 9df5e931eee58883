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

#include "easel-mode.h"

static const struct {
  const char *name;
  const char *title;
} modes[EASEL_N_MODES] = {
  [EASEL_MODE_SEQUENTIAL] = { "sequential", N_("Sequential") },
  [EASEL_MODE_ASYNC] = { "async", N_("Asynchronous") },
  [EASEL_MODE_PARALLEL] = { "parallel", N_("Parallel") },
  [EASEL_MODE_GIL] = { "gil", N_("Threads + GIL") },
};

/* The name used on the command line and in JSON. */
const char *
easel_mode_to_string (EaselMode mode)
{
  g_return_val_if_fail (mode < EASEL_N_MODES, NULL);

  return modes[mode].name;
}

gboolean
easel_mode_from_string (const char *text,
                        EaselMode  *mode)
{
  g_return_val_if_fail (mode != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < EASEL_N_MODES; i++)
    {
      if (g_str_equal (text, modes[i].name))
        {
          *mode = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The translated name shown to people. */
const char *
easel_mode_get_title (EaselMode mode)
{
  g_return_val_if_fail (mode < EASEL_N_MODES, NULL);

  return _(modes[mode].title);
}
