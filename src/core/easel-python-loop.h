/* easel-python-loop.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean easel_python_loop_parse          (const char           *output,
                                           double               *rate);
void     easel_python_loop_measure_async  (GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
double   easel_python_loop_measure_finish (GAsyncResult         *result,
                                           GError              **error);
double   easel_python_loop_measure_sync   (GError              **error);
void     easel_python_loop_measure_once   (void);
double   easel_python_loop_get_rate       (void);

G_END_DECLS
