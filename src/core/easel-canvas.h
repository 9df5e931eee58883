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
 * coat done (0…1] and the CPU time the coat has used so far. */
typedef void (*EaselPaintProgressFunc) (EaselCanvas *canvas,
                                        double       fraction,
                                        gint64       cpu_ns,
                                        gpointer     user_data);

/* Off a core for less than this, a thread counts as running: a chart
 * cannot show it, and the scheduler's own work takes that long. */
#define EASEL_CORE_WAIT_MIN_US 1000

/* When a painting thread was on a core, in monotonic µs, as
 * easel_canvas_paint_coat() finds by comparing its CPU clock with the
 * wall clock at every step (a few µs of work each). */
typedef struct
{
  /* Of gint64 pairs, [start, end): on a core. */
  GArray *on_core;
  /* Of gint64 pairs: ready to run and on no core (not waiting for the
   * GIL, which is a wait of its own). */
  GArray *core_waits;
  /* When the interval on a core going on now began, as of the last
   * progress call: what a view shows of a coat still being painted. */
  gint64  on_since;
} EaselCoreLog;

void         easel_core_log_init      (EaselCoreLog           *log);
void         easel_core_log_clear     (EaselCoreLog           *log);

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
                                       EaselCoreLog           *log,
                                       gint64                 *cpu_used_ns);

gint64       easel_thread_cpu_time_ns (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EaselCanvas, easel_canvas_unref)

G_END_DECLS
