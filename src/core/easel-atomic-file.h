/* easel-atomic-file.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _EaselAtomicFile EaselAtomicFile;

EaselAtomicFile *easel_atomic_file_new        (GFile            *file,
                                               GError          **error);
const char      *easel_atomic_file_get_target (EaselAtomicFile  *self);
gboolean         easel_atomic_file_write      (EaselAtomicFile  *self,
                                               const void       *data,
                                               gsize             length,
                                               GError          **error);
gboolean         easel_atomic_file_commit     (EaselAtomicFile  *self,
                                               GError          **error);
void             easel_atomic_file_free       (EaselAtomicFile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EaselAtomicFile, easel_atomic_file_free)

G_END_DECLS
