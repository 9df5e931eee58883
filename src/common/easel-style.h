/* easel-style.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "easel-render-style.h"

G_BEGIN_DECLS

typedef void (*EaselWidgetDrawFunc) (GtkWidget              *widget,
                                     const EaselRenderStyle *style,
                                     cairo_t                *cr,
                                     double                  width,
                                     double                  height);

void easel_widget_get_render_style (GtkWidget           *widget,
                                    EaselRenderStyle    *style);
void easel_widget_set_min_text_size (GtkWidget          *widget,
                                     double              size);
void easel_widget_snapshot_render  (GtkWidget           *widget,
                                    GtkSnapshot         *snapshot,
                                    gboolean             grow_text,
                                    EaselWidgetDrawFunc  draw);

void easel_widget_name_without_mnemonics (GtkWidget *root);
void easel_stack_hide_unseen_pages       (GtkWidget *stack);
void easel_widget_hide_unseen            (GtkWidget *root);
void easel_drop_down_name_button         (GtkDropDown *drop_down,
                                          const char  *name);

/* Live views redraw at most this often, all in the same frames: ten a
 * second moves the cursor smoothly enough, and a frame costs the
 * measured threads about 2 ms of CPU on a small machine. */
#define EASEL_FRAME_INTERVAL_US (G_USEC_PER_SEC / 10)

/* Returns FALSE to stop being called. */
typedef gboolean (*EaselPaceFunc) (GtkWidget *widget,
                                   gint64     now_us);

guint    easel_pace_add             (GtkWidget           *widget,
                                     EaselPaceFunc        func);
void     easel_pace_remove          (guint                id);

gboolean easel_frame_is_due_every   (gint64               frame_time,
                                     gint64              *last_slot,
                                     gint64               interval_us);

G_END_DECLS
