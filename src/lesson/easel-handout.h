/* easel-handout.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "easel-atomic-file.h"

G_BEGIN_DECLS

gboolean easel_handout_export (GFile         *file,
                               GListModel    *slides,
                               gboolean       with_notes,
                               GCancellable  *cancellable,
                               GError       **error);
gboolean easel_handout_check_name (GFile            *file,
                                   GError          **error);
gboolean easel_handout_write     (EaselAtomicFile  *target,
                                  GListModel       *slides,
                                  gboolean          with_notes,
                                  GCancellable     *cancellable,
                                  GError          **error);
guint    easel_handout_count_pages (gboolean         with_notes);

G_END_DECLS
