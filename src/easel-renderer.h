/* easel-renderer.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean    easel_renderer_is_software_gl (const char *gl_renderer);
char       *easel_renderer_dup_gl_name    (GdkDisplay *display);
const char *easel_renderer_choose         (GdkDisplay *display);

G_END_DECLS
