/* easel-picture.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A painting on its easel: the picture its coats have computed so far, its
 * name and a progress bar in its colour; a glossy sheen passes over it
 * while the paint is wet, and a check mark says it is done.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-picture.h"

/* Wet paint, drying or waiting for its next coat, glistens. */
gboolean
easel_picture_state_is_wet (EaselPictureState state)
{
  return state == EASEL_PICTURE_DRYING || state == EASEL_PICTURE_WAITING;
}

/* The caption's line and the progress bar under the picture. */
static double
caption_height (const EaselRenderStyle *style)
{
  return style->font_size * 1.5;
}

static double
progress_height (const EaselRenderStyle *style)
{
  return MAX (4.0, style->font_size * 0.35);
}

/* Where the picture itself goes in the box (@x, @y, @width, @height),
 * keeping its aspect, with room under it for the caption and progress
 * bar; FALSE if the box has no room for it. */
static gboolean
image_rect (const EaselRenderStyle *style,
            double                  x,
            double                  y,
            double                  width,
            double                  height,
            cairo_rectangle_t      *image)
{
  double scale = MIN (width / EASEL_CANVAS_WIDTH,
                      (height - caption_height (style) - progress_height (style) - style->font_size * 0.5) /
                      EASEL_CANVAS_HEIGHT);

  image->width = EASEL_CANVAS_WIDTH * scale;
  image->height = EASEL_CANVAS_HEIGHT * scale;
  image->x = round (x + (width - image->width) / 2);
  image->y = round (y);

  return scale > 0;
}

static void
draw_sheen (cairo_t *cr,
            double   x,
            double   y,
            double   width,
            double   height,
            double   phase)
{
  cairo_pattern_t *gradient;
  double band = width * 0.35;
  double start = x - band + phase * (width + 2 * band);

  gradient = cairo_pattern_create_linear (start, y, start + band, y + height * 0.4);
  cairo_pattern_add_color_stop_rgba (gradient, 0.0, 1, 1, 1, 0.0);
  cairo_pattern_add_color_stop_rgba (gradient, 0.5, 1, 1, 1, 0.55);
  cairo_pattern_add_color_stop_rgba (gradient, 1.0, 1, 1, 1, 0.0);

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  cairo_set_source (cr, gradient);
  cairo_paint (cr);
  cairo_restore (cr);

  cairo_pattern_destroy (gradient);
}

static void
draw_check (cairo_t                *cr,
            const EaselRenderStyle *style,
            double                  cx,
            double                  cy,
            double                  radius)
{
  cairo_save (cr);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 0.18, 0.76, 0.49);
  cairo_fill_preserve (cr);
  easel_cairo_set_rgba (cr, style->background);
  cairo_set_line_width (cr, MAX (1.5, radius * 0.18));
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, MAX (2.0, radius * 0.3));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, cx - radius * 0.45, cy + radius * 0.02);
  cairo_line_to (cr, cx - radius * 0.1, cy + radius * 0.38);
  cairo_line_to (cr, cx + radius * 0.48, cy - radius * 0.35);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static const char *
state_text (EaselPictureState state)
{
  switch (state)
    {
    /* Translators: these follow a painting's name: "Painting 2 · drying" */
    case EASEL_PICTURE_BLANK:
      return C_("painting state", "blank");
    case EASEL_PICTURE_PAINTING:
      return C_("painting state", "being painted");
    case EASEL_PICTURE_WAITING:
      return C_("painting state", "ready, waiting");
    case EASEL_PICTURE_DRYING:
      return C_("painting state", "drying");
    case EASEL_PICTURE_DONE:
      return C_("painting state", "done");
    default:
      g_assert_not_reached ();
    }
}

/* The canvas's pixels, scaled into @image. */
static void
draw_pixels (cairo_t                 *cr,
             const guint32           *pixels,
             const cairo_rectangle_t *image)
{
  cairo_surface_t *surface;

  surface = cairo_image_surface_create_for_data ((guchar *) pixels, CAIRO_FORMAT_ARGB32,
                                                 EASEL_CANVAS_WIDTH, EASEL_CANVAS_HEIGHT,
                                                 EASEL_CANVAS_WIDTH * sizeof (guint32));
  cairo_save (cr);
  cairo_translate (cr, image->x, image->y);
  cairo_scale (cr, image->width / EASEL_CANVAS_WIDTH, image->height / EASEL_CANVAS_HEIGHT);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_rectangle (cr, 0, 0, EASEL_CANVAS_WIDTH, EASEL_CANVAS_HEIGHT);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
}

/* "Painting 2 · Drying" under @image and the progress bar; where that
 * is wider than the picture (a narrow window), the state alone: the
 * pictures are in order. */
static void
draw_caption (cairo_t                 *cr,
              const EaselRenderStyle  *style,
              const EaselPicture      *picture,
              const cairo_rectangle_t *image,
              EaselRgba                color)
{
  const double font = style->font_size;
  double caption = caption_height (style);
  double bar = progress_height (style);
  double bar_y = image->y + image->height + caption + font * 0.2;
  g_autofree char *name = g_strdup_printf (_("Painting %u"), picture->painting + 1);
  g_autofree char *text = g_strdup_printf ("%s · %s", name, state_text (picture->state));
  const char *shown = text;

  if (easel_render_text_width (cr, style, 0.9, FALSE, text) > image->width)
    shown = state_text (picture->state);
  easel_render_text (cr, style, 0.9, FALSE, style->foreground, image->x + image->width / 2,
                     image->y + image->height + font * 0.4, 0.5, 0.0, shown);

  easel_cairo_set_rgba (cr, style->grid);
  cairo_rectangle (cr, image->x, bar_y, image->width, bar);
  cairo_fill (cr);
  easel_cairo_set_rgba (cr, color);
  cairo_rectangle (cr, image->x, bar_y, image->width * CLAMP (picture->progress, 0.0, 1.0), bar);
  cairo_fill (cr);
}

/* Draws @picture into the box (@x, @y, @width, @height): the picture keeps
 * its aspect; the caption and progress bar go below it. */
void
easel_picture_draw (const EaselPicture     *picture,
                    const EaselRenderStyle *style,
                    cairo_t                *cr,
                    double                  x,
                    double                  y,
                    double                  width,
                    double                  height)
{
  const double font = style->font_size;
  cairo_rectangle_t image;
  double px, py, pw, ph;
  EaselRgba color;

  g_return_if_fail (picture != NULL && style != NULL && cr != NULL);

  if (!image_rect (style, x, y, width, height, &image))
    return;
  px = image.x;
  py = image.y;
  pw = image.width;
  ph = image.height;
  color = easel_render_style_get_painting_color (style, picture->painting);

  cairo_save (cr);

  /* A thin frame in the painting's colour, thicker while it is worked on. */
  easel_cairo_set_rgba (cr, color);
  if (picture->state == EASEL_PICTURE_PAINTING)
    cairo_rectangle (cr, px - 4, py - 4, pw + 8, ph + 8);
  else
    cairo_rectangle (cr, px - 1.5, py - 1.5, pw + 3, ph + 3);
  cairo_fill (cr);

  if (picture->pixels != NULL)
    draw_pixels (cr, picture->pixels, &image);

  if (easel_picture_state_is_wet (picture->state))
    {
      /* Wet paint is a little darker and more saturated, and glistens. */
      cairo_save (cr);
      cairo_rectangle (cr, px, py, pw, ph);
      cairo_set_source_rgba (cr, 0.1, 0.2, 0.4, 0.12);
      cairo_fill (cr);
      cairo_restore (cr);
      if (picture->sheen >= 0)
        draw_sheen (cr, px, py, pw, ph, picture->sheen);
    }

  if (picture->state == EASEL_PICTURE_DONE)
    draw_check (cr, style, px + pw - font * 0.6, py + font * 0.6 + 2, font * 0.9);

  draw_caption (cr, style, picture, &image, color);

  cairo_restore (cr);
}

/* Where easel_picture_draw_sheen() draws in the same box: the picture
 * itself, in whole pixels. */
void
easel_picture_get_sheen_bounds (const EaselRenderStyle *style,
                                double                  x,
                                double                  y,
                                double                  width,
                                double                  height,
                                cairo_rectangle_t      *bounds)
{
  cairo_rectangle_t image;

  g_return_if_fail (style != NULL && bounds != NULL);

  if (!image_rect (style, x, y, width, height, &image))
    {
      *bounds = (cairo_rectangle_t) { x, y, 0, 0 };
      return;
    }

  bounds->x = floor (image.x);
  bounds->y = floor (image.y);
  bounds->width = ceil (image.x + image.width) - bounds->x;
  bounds->height = ceil (image.y + image.height) - bounds->y;
}

/* The moving sheen of a wet @picture alone, over what easel_picture_draw()
 * drew in the same box with a negative sheen: a view draws the picture
 * when it changes and only this as the sheen moves. */
void
easel_picture_draw_sheen (const EaselPicture     *picture,
                          const EaselRenderStyle *style,
                          cairo_t                *cr,
                          double                  x,
                          double                  y,
                          double                  width,
                          double                  height)
{
  cairo_rectangle_t image;

  g_return_if_fail (picture != NULL && style != NULL && cr != NULL);

  if (easel_picture_state_is_wet (picture->state) && picture->sheen >= 0 && image_rect (style, x, y, width, height, &image))
    draw_sheen (cr, image.x, image.y, image.width, image.height, picture->sheen);
}
