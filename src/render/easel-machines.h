/* easel-machines.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "easel-record.h"
#include "easel-render-style.h"

G_BEGIN_DECLS

void  easel_machines_draw     (EaselRecord * const     *records,
                               guint                    n_records,
                               const EaselRenderStyle  *style,
                               cairo_t                 *cr,
                               double                   width,
                               double                   height);
char *easel_machines_describe (EaselRecord * const     *records,
                               guint                    n_records);

/* What an export of machines side by side draws. */
typedef struct
{
  EaselRecord * const *records;
  guint                n_records;
  EaselRenderStyle    *style;
} EaselMachinesFigure;

void  easel_machines_draw_cb  (cairo_t                 *cr,
                               double                   width,
                               double                   height,
                               gpointer                 figure);

G_END_DECLS
