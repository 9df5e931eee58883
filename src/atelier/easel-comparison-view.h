/* easel-comparison-view.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "easel-comparison.h"

G_BEGIN_DECLS

#define EASEL_TYPE_COMPARISON_VIEW (easel_comparison_view_get_type())

G_DECLARE_FINAL_TYPE (EaselComparisonView, easel_comparison_view, EASEL, COMPARISON_VIEW, GtkWidget)

GtkWidget            *easel_comparison_view_new             (void);
void                  easel_comparison_view_set_record      (EaselComparisonView *self,
                                                             EaselRecord         *record);
EaselRecord          *easel_comparison_view_get_record      (EaselComparisonView *self);
void                  easel_comparison_view_set_machines    (EaselComparisonView *self,
                                                             EaselRecord * const *records,
                                                             guint                n_records);
GPtrArray            *easel_comparison_view_get_machines    (EaselComparisonView *self);
char                 *easel_comparison_view_dup_description (EaselComparisonView *self);

G_END_DECLS
