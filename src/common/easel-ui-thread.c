/* easel-ui-thread.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The thread GTK runs on, set once the application has started.
 */

#include "config.h"

#include "easel-ui-thread.h"

static GThread *ui_thread;

GThread *
_easel_ui_thread_get (void)
{
  return g_atomic_pointer_get (&ui_thread);
}

void
_easel_ui_thread_set (GThread *thread)
{
  g_atomic_pointer_set (&ui_thread, thread);
}
