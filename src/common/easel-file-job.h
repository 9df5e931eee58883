/* easel-file-job.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes @file from @data on a worker thread; any thread but the main
 * one, so it touches no widget. */
typedef gboolean (*EaselFileJobWrite) (GFile         *file,
                                       gpointer       data,
                                       GCancellable  *cancellable,
                                       GError       **error);

/* Back on the main thread: @error is NULL when @file was written. */
typedef void     (*EaselFileJobDone)  (GObject       *source,
                                       GFile         *file,
                                       const GError  *error);

void  easel_file_job_start          (GObject           *source,
                                     GFile             *file,
                                     EaselFileJobWrite  write,
                                     gpointer           data,
                                     GDestroyNotify     data_free,
                                     EaselFileJobDone   done);
guint easel_file_job_get_n_running  (void);

G_END_DECLS
