/* easel-atelier.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "easel-comparison-view.h"
#include "easel-runner.h"

G_BEGIN_DECLS

#define EASEL_TYPE_ATELIER (easel_atelier_get_type())

G_DECLARE_FINAL_TYPE (EaselAtelier, easel_atelier, EASEL, ATELIER, GtkWidget)

GtkWidget   *easel_atelier_new         (void);
GtkWidget   *easel_atelier_new_standalone (EaselMode            mode,
                                           const EaselWorkload *workload);
EaselRecord         *easel_atelier_get_comparison      (EaselAtelier *self);
EaselRecord         *easel_atelier_get_timeline        (EaselAtelier *self);
EaselRecord         *easel_atelier_get_scaling         (EaselAtelier *self);
void                 easel_atelier_export              (EaselAtelier *self,
                                                        GFile        *file);
gboolean     easel_atelier_is_running  (EaselAtelier *self);
gboolean     easel_atelier_is_running_all (EaselAtelier *self);
void         easel_atelier_stop        (EaselAtelier *self);
void         easel_atelier_show_only_scaling (EaselAtelier *self);
void         easel_atelier_set_lanes_by_thread (EaselAtelier *self,
                                                gboolean      by_thread);

void          easel_atelier_show_record       (EaselAtelier        *self,
                                               EaselRecord         *record);
EaselRecord  *easel_atelier_get_opened        (EaselAtelier        *self);
void          easel_atelier_open_files        (EaselAtelier        *self,
                                               GFile              **files,
                                               guint                n_files);
EaselRecord  *easel_atelier_get_shown_record  (EaselAtelier        *self);

G_END_DECLS
