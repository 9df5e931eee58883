/* easel-ui-thread.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK is used from the thread the application started on, never from a
 * worker. The app layer's folders say so where a function could be
 * reached from a worker's callback; nothing below the app layer includes
 * this (the lesson, render and core layers use no GTK).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GThread *_easel_ui_thread_get (void);
void     _easel_ui_thread_set (GThread *thread);

/* Once an application has started, code that touches GTK asserts that it
 * runs on its thread. */
#define easel_assert_ui_thread() \
  g_assert (_easel_ui_thread_get () == NULL || _easel_ui_thread_get () == g_thread_self ())

G_END_DECLS
