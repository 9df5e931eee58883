/* easel-style.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "easel-render-style.h"

G_BEGIN_DECLS

void easel_widget_get_render_style (GtkWidget        *widget,
                                    EaselRenderStyle *style);

G_END_DECLS
