/* easel-test-utils.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "easel-test-threads.h"

G_BEGIN_DECLS

typedef gboolean (*EaselTestPredicate) (gpointer user_data);

void       easel_test_init           (int                 *argc,
                                      char              ***argv);
gboolean   easel_test_wait_until     (EaselTestPredicate   predicate,
                                      gpointer             user_data,
                                      guint                timeout_ms);
GtkWindow *easel_test_find_toplevel  (GType                type);
char      *easel_test_save_png       (GtkWidget           *widget,
                                      const char          *name);
double     easel_test_png_luminance  (const char          *path,
                                      double              *spread);
double     easel_test_png_spread_in  (const char          *path,
                                      const graphene_rect_t *area);
GApplication *easel_test_create_application (void);
gpointer   easel_test_create_window  (GApplication        *app,
                                      int                  width,
                                      int                  height);
gpointer   easel_test_child          (gpointer             widget,
                                      GType                type,
                                      const char          *name);
gboolean   easel_test_threads_back   (gpointer             max_threads);
void       easel_test_set_language   (const char          *language);

G_END_DECLS
