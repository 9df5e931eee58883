/* easel-async.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* An operation in the GIO style whose result is a GTask of a boolean. */
typedef void (*EaselAsyncFunc) (gpointer             source,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data);

gboolean easel_async_run_sync (gpointer         source,
                               EaselAsyncFunc   run_async,
                               GCancellable    *cancellable,
                               GError         **error);

G_END_DECLS
