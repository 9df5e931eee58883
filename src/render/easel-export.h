/* easel-export.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "easel-atomic-file.h"

G_BEGIN_DECLS

#define EASEL_EXPORT_ERROR (easel_export_error_quark ())

typedef enum
{
  EASEL_EXPORT_ERROR_UNKNOWN_FORMAT,
  EASEL_EXPORT_ERROR_FAILED,
} EaselExportError;

typedef enum
{
  EASEL_EXPORT_PNG,
  EASEL_EXPORT_SVG,
  EASEL_EXPORT_PDF,
} EaselExportFormat;

#define EASEL_EXPORT_DEFAULT_WIDTH  1600
#define EASEL_EXPORT_DEFAULT_HEIGHT 900

typedef void (*EaselDrawFunc) (cairo_t  *cr,
                               double    width,
                               double    height,
                               gpointer  user_data);

GQuark   easel_export_error_quark        (void);
gboolean easel_export_format_for_file    (GFile              *file,
                                          EaselExportFormat  *format,
                                          GError            **error);
GBytes  *easel_export_render             (EaselExportFormat   format,
                                          int                 width,
                                          int                 height,
                                          EaselDrawFunc       draw,
                                          gpointer            user_data,
                                          GError            **error);
gboolean easel_export_to_file            (GFile              *file,
                                          int                 width,
                                          int                 height,
                                          EaselDrawFunc       draw,
                                          gpointer            user_data,
                                          GCancellable       *cancellable,
                                          GError            **error);
gboolean easel_export_to_atomic_file     (EaselAtomicFile    *target,
                                          EaselExportFormat   format,
                                          int                 width,
                                          int                 height,
                                          EaselDrawFunc       draw,
                                          gpointer            user_data,
                                          GError            **error);

G_END_DECLS
