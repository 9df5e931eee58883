/* easel-handout.h
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

/* Whom the handout is for. */
typedef enum
{
  /* Students reading alone: each slide's text and figure, the question
   * and its answer. */
  EASEL_HANDOUT_STUDENT,
  /* The teacher: the same with the prompts for the room. */
  EASEL_HANDOUT_NOTES,
  /* Students in class: the questions with boxes to tick, the answers
   * on the last page. */
  EASEL_HANDOUT_WORKSHEET,
} EaselHandoutKind;

typedef struct _EaselHandout EaselHandout;

EaselHandout *easel_handout_new         (GListModel        *slides,
                                         EaselHandoutKind   kind);
void          easel_handout_free        (EaselHandout      *self);
gboolean      easel_handout_measure     (EaselHandout      *self,
                                         GCancellable      *cancellable,
                                         GError           **error);
guint         easel_handout_draw        (EaselHandout      *self,
                                         EaselHandoutKind   kind,
                                         cairo_t           *cr);
gboolean      easel_handout_save        (EaselHandout      *self,
                                         EaselHandoutKind   kind,
                                         EaselAtomicFile   *target,
                                         GError           **error);

gboolean      easel_handout_export      (GFile             *file,
                                         GListModel        *slides,
                                         EaselHandoutKind   kind,
                                         GCancellable      *cancellable,
                                         GError           **error);
gboolean      easel_handout_check_name  (GFile             *file,
                                         GError           **error);
gboolean      easel_handout_write       (EaselAtomicFile   *target,
                                         GListModel        *slides,
                                         EaselHandoutKind   kind,
                                         GCancellable      *cancellable,
                                         GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EaselHandout, easel_handout_free)

G_END_DECLS
