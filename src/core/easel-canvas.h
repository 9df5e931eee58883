/* easel-canvas.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "easel-gil.h"

G_BEGIN_DECLS

#define EASEL_CANVAS_WIDTH  160
#define EASEL_CANVAS_HEIGHT 120

typedef struct _EaselCanvas EaselCanvas;

/* Called on the painting thread after each row with the fraction of the
 * coat done (0…1]. */
typedef void (*EaselPaintProgressFunc) (EaselCanvas *canvas,
                                        double       fraction,
                                        gpointer     user_data);

#define EASEL_TYPE_CANVAS (easel_canvas_get_type ())

GType        easel_canvas_get_type    (void) G_GNUC_CONST;
EaselCanvas *easel_canvas_new         (guint                   painting);
EaselCanvas *easel_canvas_ref         (EaselCanvas            *canvas);
void         easel_canvas_unref       (EaselCanvas            *canvas);
guint        easel_canvas_get_painting (EaselCanvas           *canvas);
void         easel_canvas_copy_pixels (EaselCanvas            *canvas,
                                       guint32                *pixels,
                                       gsize                   stride);
guint        easel_canvas_get_checksum (EaselCanvas           *canvas);
gboolean     easel_canvas_paint_coat  (EaselCanvas            *canvas,
                                       guint                   coat,
                                       guint                   n_coats,
                                       gint64                  cpu_budget_ns,
                                       EaselGil               *gil,
                                       GCancellable           *cancellable,
                                       EaselPaintProgressFunc  progress,
                                       gpointer                user_data,
                                       gint64                 *cpu_used_ns);

gint64       easel_thread_cpu_time_ns (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EaselCanvas, easel_canvas_unref)

G_END_DECLS
