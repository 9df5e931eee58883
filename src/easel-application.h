/* easel-application.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "easel-types.h"

G_BEGIN_DECLS

#define EASEL_TYPE_APPLICATION (easel_application_get_type())

G_DECLARE_FINAL_TYPE (EaselApplication, easel_application, EASEL, APPLICATION, AdwApplication)

EaselApplication *easel_application_new (void);

GThread          *_easel_application_get_ui_thread (void);

/* GTK is used from the thread the application started on, never from a
 * worker: once an application has started, code that touches GTK says
 * so with this. */
#define easel_assert_ui_thread() \
  g_assert (_easel_application_get_ui_thread () == NULL || \
            _easel_application_get_ui_thread () == g_thread_self ())

G_END_DECLS
