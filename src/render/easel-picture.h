/* easel-picture.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "easel-canvas.h"
#include "easel-render-style.h"

G_BEGIN_DECLS

typedef enum
{
  EASEL_PICTURE_BLANK,
  EASEL_PICTURE_PAINTING,
  EASEL_PICTURE_WAITING,
  EASEL_PICTURE_DRYING,
  EASEL_PICTURE_DONE,
} EaselPictureState;

/* One painting as the atelier shows it. */
typedef struct
{
  guint              painting;
  /* EASEL_CANVAS_WIDTH × EASEL_CANVAS_HEIGHT pixels in cairo's ARGB32. */
  const guint32     *pixels;
  EaselPictureState  state;
  /* How much of all its coats is painted, 0…1. */
  double             progress;
  /* Where the sheen of wet paint is, 0…1, for animating it; negative for
   * none (easel_picture_draw_sheen() draws it on its own). */
  double             sheen;
} EaselPicture;

gboolean easel_picture_state_is_wet (EaselPictureState state);

void easel_picture_draw (const EaselPicture     *picture,
                         const EaselRenderStyle *style,
                         cairo_t                *cr,
                         double                  x,
                         double                  y,
                         double                  width,
                         double                  height);
void easel_picture_get_sheen_bounds (const EaselRenderStyle *style,
                                     double                  x,
                                     double                  y,
                                     double                  width,
                                     double                  height,
                                     cairo_rectangle_t      *bounds);
void easel_picture_draw_sheen (const EaselPicture     *picture,
                               const EaselRenderStyle *style,
                               cairo_t                *cr,
                               double                  x,
                               double                  y,
                               double                  width,
                               double                  height);

G_END_DECLS
