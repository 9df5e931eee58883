/* easel-gil.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* CPython's default switch interval. */
#define EASEL_GIL_SWITCH_INTERVAL_US 5000

typedef struct _EaselGil EaselGil;

EaselGil *easel_gil_new          (gint64        switch_interval_us);
void      easel_gil_free         (EaselGil     *gil);
gboolean  easel_gil_acquire      (EaselGil     *gil,
                                  GCancellable *cancellable);
void      easel_gil_release      (EaselGil     *gil);
gboolean  easel_gil_should_yield (EaselGil     *gil);
gboolean  easel_gil_yield        (EaselGil     *gil,
                                  GCancellable *cancellable);
guint64   easel_gil_get_handoffs (EaselGil     *gil);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EaselGil, easel_gil_free)

G_END_DECLS
