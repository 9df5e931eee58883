/* easel-guess-bar.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define EASEL_TYPE_GUESS_BAR (easel_guess_bar_get_type())

G_DECLARE_FINAL_TYPE (EaselGuessBar, easel_guess_bar, EASEL, GUESS_BAR, GtkWidget)

GtkWidget *easel_guess_bar_new        (void);
void       easel_guess_bar_set_range  (EaselGuessBar *self,
                                       double         lower,
                                       double         upper,
                                       double         step,
                                       guint          digits,
                                       const char    *unit);
void       easel_guess_bar_set_choices (EaselGuessBar      *self,
                                        const char * const *labels);
void       easel_guess_bar_add_prefix (EaselGuessBar *self,
                                       GtkWidget     *widget);
gboolean   easel_guess_bar_get_guess  (EaselGuessBar *self,
                                       double        *value);
void       easel_guess_bar_set_guess  (EaselGuessBar *self,
                                       double         value);
void       easel_guess_bar_set_locked (EaselGuessBar *self,
                                       gboolean       locked);
void       easel_guess_bar_set_result (EaselGuessBar *self,
                                       const char    *text);
const char *easel_guess_bar_get_result (EaselGuessBar *self);

G_END_DECLS
