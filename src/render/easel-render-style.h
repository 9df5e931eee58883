/* easel-render-style.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} EaselRgba;

/* Everything a renderer needs to know about the look: the widgets fill it
 * from the theme, exports from the light or dark defaults. */
typedef struct
{
  EaselRgba  background;
  EaselRgba  foreground;
  /* Secondary text, axis ticks and grid lines. */
  EaselRgba  dim;
  EaselRgba  grid;
  /* Drying bars and their hatching. */
  EaselRgba  dry;
  EaselRgba  dry_hatch;
  /* The "now" cursor and the measured makespan. */
  EaselRgba  accent;
  /* The predicted schedule's marks. */
  EaselRgba  predicted;
  char      *font_family;
  /* Body text size in pixels; everything else scales with it. */
  double     font_size;
  /* No text smaller than this, in pixels (0: no floor): presenting, what
   * reads from the back of the room. */
  double     min_text_size;
  gboolean   dark;
} EaselRenderStyle;

#define EASEL_PALETTE_SIZE 12

void     easel_render_style_init_light   (EaselRenderStyle       *style);
void     easel_render_style_init_dark    (EaselRenderStyle       *style);
void     easel_render_style_clear        (EaselRenderStyle       *style);
void     easel_render_style_copy         (EaselRenderStyle       *dest,
                                          const EaselRenderStyle *src);
void     easel_render_style_fit_to_size  (EaselRenderStyle       *style,
                                          double                  width,
                                          double                  height);
void     easel_render_style_grow_to_size (EaselRenderStyle       *style,
                                          double                  width,
                                          double                  height);
EaselRgba easel_render_style_get_painting_color (const EaselRenderStyle *style,
                                                 guint                   painting);
EaselRgba easel_rgba_mix                 (EaselRgba               a,
                                          EaselRgba               b,
                                          double                  t);
EaselRgba easel_rgba_contrasting_text    (EaselRgba               background);

/* WCAG's minimum contrast ratios: text, and a chart's marks. */
#define EASEL_CONTRAST_TEXT 4.6
#define EASEL_CONTRAST_MARK 3.1

double   easel_rgba_contrast_ratio       (EaselRgba               color,
                                          EaselRgba               background);
EaselRgba easel_rgba_with_contrast       (EaselRgba               color,
                                          EaselRgba               background,
                                          double                  ratio);
void     easel_render_style_ensure_contrast (EaselRenderStyle    *style);

/* Presenting, text has a floor (min_text_size): what reads from the back
 * of a room. */
static inline gboolean
easel_render_style_is_presenting (const EaselRenderStyle *style)
{
  return style->min_text_size > 0;
}
void     easel_cairo_set_rgba            (cairo_t                *cr,
                                          EaselRgba               color);
void     easel_cairo_set_rgba_alpha      (cairo_t                *cr,
                                          EaselRgba               color,
                                          double                  alpha);

PangoLayout *easel_render_text_layout    (cairo_t                *cr,
                                          const EaselRenderStyle *style,
                                          double                  scale,
                                          gboolean                bold,
                                          const char             *text);
void     easel_render_text               (cairo_t                *cr,
                                          const EaselRenderStyle *style,
                                          double                  scale,
                                          gboolean                bold,
                                          EaselRgba               color,
                                          double                  x,
                                          double                  y,
                                          double                  xalign,
                                          double                  yalign,
                                          const char             *text);
double   easel_render_text_wrapped       (cairo_t                *cr,
                                          const EaselRenderStyle *style,
                                          double                  scale,
                                          gboolean                bold,
                                          EaselRgba               color,
                                          double                  x,
                                          double                  y,
                                          double                  width,
                                          const char             *text);
double   easel_render_text_wrapped_height (cairo_t                *cr,
                                          const EaselRenderStyle *style,
                                          double                  scale,
                                          gboolean                bold,
                                          double                  width,
                                          const char             *text);
double   easel_render_text_width         (cairo_t                *cr,
                                          const EaselRenderStyle *style,
                                          double                  scale,
                                          gboolean                bold,
                                          const char             *text);
char    *easel_format_seconds            (double                  ms,
                                          double                  step_ms);

/* Text drawn with easel_render_text(), where it went, for exports that
 * keep a text layer (SVG). */
typedef struct
{
  double  x;
  double  baseline;
  double  size;
  char   *text;
  /* Its ink, on the device: what must stay inside the picture and off
   * every other text. */
  double  ink_x;
  double  ink_y;
  double  ink_width;
  double  ink_height;
} EaselTextRecord;

void       _easel_render_log_text        (cairo_t                *cr,
                                          GArray                 *log);
void       _easel_render_log_layout      (cairo_t                *cr,
                                          PangoLayout            *layout,
                                          double                  left,
                                          double                  top,
                                          double                  size,
                                          const char             *text);
GArray    *_easel_text_log_new           (void);

G_END_DECLS
