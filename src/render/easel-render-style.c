/* easel-render-style.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Colours, fonts and small drawing helpers shared by the renderers.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-render-style.h"

/* Okabe and Ito's colour-blind-safe palette, then Paul Tol's muted one for
 * the rest: distinguishable with every common colour-vision deficiency. */
static const guint32 palette[EASEL_PALETTE_SIZE] = {
  0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442, 0x0072b2, 0xd55e00,
  0xcc79a7, 0x332288, 0x117733, 0x882255, 0x44aa99, 0x999933,
};

static EaselRgba
rgb (guint32 hex)
{
  return (EaselRgba) { ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0, (hex & 0xff) / 255.0, 1.0 };
}

static void
set_light (EaselRenderStyle *style)
{
  style->background = rgb (0xffffff);
  style->foreground = (EaselRgba) { 0, 0, 0, 0.8 };
  style->dim = (EaselRgba) { 0, 0, 0, 0.55 };
  style->grid = (EaselRgba) { 0, 0, 0, 0.10 };
  style->dry = rgb (0xc0bfbc);
  style->dry_hatch = rgb (0x9a9996);
  style->accent = rgb (0x1c71d8);
  style->predicted = rgb (0x813d9c);
  style->font_family = g_strdup ("Cantarell, Sans");
  style->font_size = 14.0;
  style->min_text_size = 0.0;
  style->dark = FALSE;
}

/* The light style of libadwaita's defaults, for exports and tests. */
void
easel_render_style_init_light (EaselRenderStyle *style)
{
  g_return_if_fail (style != NULL);

  set_light (style);
  easel_render_style_ensure_contrast (style);
}

void
easel_render_style_init_dark (EaselRenderStyle *style)
{
  g_return_if_fail (style != NULL);

  set_light (style);
  style->background = rgb (0x1e1e1e);
  style->foreground = (EaselRgba) { 1, 1, 1, 1.0 };
  style->dim = (EaselRgba) { 1, 1, 1, 0.6 };
  style->grid = (EaselRgba) { 1, 1, 1, 0.12 };
  style->dry = rgb (0x5e5c64);
  style->dry_hatch = rgb (0x77767b);
  style->accent = rgb (0x78aeed);
  style->predicted = rgb (0xdc8add);
  style->dark = TRUE;
  easel_render_style_ensure_contrast (style);
}

void
easel_render_style_clear (EaselRenderStyle *style)
{
  g_return_if_fail (style != NULL);

  g_clear_pointer (&style->font_family, g_free);
}

void
easel_render_style_copy (EaselRenderStyle       *dest,
                         const EaselRenderStyle *src)
{
  g_return_if_fail (dest != NULL && src != NULL);

  *dest = *src;
  dest->font_family = g_strdup (src->font_family);
}

/* Type that reads at the size of an exported picture, whatever the
 * screen's: a fiftieth of its shorter side. */
void
easel_render_style_fit_to_size (EaselRenderStyle *style,
                                double            width,
                                double            height)
{
  g_return_if_fail (style != NULL);

  style->font_size = CLAMP (MIN (width, height) / 50.0, 10.0, 28.0);
}

/* On a large chart (a projector, a big window), text grows with the chart
 * so it reads from the back of a room; it never shrinks below the UI's. */
void
easel_render_style_grow_to_size (EaselRenderStyle *style,
                                 double            width,
                                 double            height)
{
  g_return_if_fail (style != NULL);

  style->font_size = MAX (style->font_size, MIN (MIN (width / 65.0, height / 26.0), 28.0));
}

/* The colour that stands for @painting in every view. */
EaselRgba
easel_render_style_get_painting_color (const EaselRenderStyle *style,
                                       guint                   painting)
{
  EaselRgba color = rgb (palette[painting % EASEL_PALETTE_SIZE]);

  /* Deep blues and purples vanish on a dark background: lift them. */
  if (style != NULL && style->dark)
    {
      double luminance = 0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue;

      if (luminance < 0.25)
        color = easel_rgba_mix (color, (EaselRgba) { 1, 1, 1, 1 }, 0.35);
    }

  return color;
}

EaselRgba
easel_rgba_mix (EaselRgba a,
                EaselRgba b,
                double    t)
{
  return (EaselRgba) {
    a.red + (b.red - a.red) * t,
    a.green + (b.green - a.green) * t,
    a.blue + (b.blue - a.blue) * t,
    a.alpha + (b.alpha - a.alpha) * t,
  };
}

static double
channel_luminance (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
relative_luminance (EaselRgba color)
{
  return 0.2126 * channel_luminance (color.red) + 0.7152 * channel_luminance (color.green) +
         0.0722 * channel_luminance (color.blue);
}

/* @color as it shows over the opaque @background. */
static EaselRgba
composite (EaselRgba color,
           EaselRgba background)
{
  EaselRgba over = easel_rgba_mix (background, color, CLAMP (color.alpha, 0.0, 1.0));

  over.alpha = 1.0;

  return over;
}

/* WCAG's contrast ratio of @color, as it shows over the opaque
 * @background, against that background: 1 to 21. Text needs 4.5, the
 * marks of a chart 3. */
double
easel_rgba_contrast_ratio (EaselRgba color,
                           EaselRgba background)
{
  double a = relative_luminance (composite (color, background));
  double b = relative_luminance (background);

  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

/* @color, or the nearest to it that reaches @ratio against @background:
 * first more opaque, then nearer black or white (whichever is further
 * from the background). */
EaselRgba
easel_rgba_with_contrast (EaselRgba color,
                          EaselRgba background,
                          double    ratio)
{
  EaselRgba extreme = relative_luminance (background) > 0.18 ? (EaselRgba) { 0, 0, 0, 1 }
                                                             : (EaselRgba) { 1, 1, 1, 1 };

  background.alpha = 1.0;
  while (easel_rgba_contrast_ratio (color, background) < ratio && color.alpha < 1.0)
    color.alpha = MIN (color.alpha + 0.02, 1.0);
  for (guint i = 0; i < 50 && easel_rgba_contrast_ratio (color, background) < ratio; i++)
    color = easel_rgba_mix (color, extreme, 0.05);

  return color;
}

/* Secondary text and the marks that carry a figure reach WCAG's
 * contrast against the background: call once the colours are set. */
void
easel_render_style_ensure_contrast (EaselRenderStyle *style)
{
  g_return_if_fail (style != NULL);

  style->dim = easel_rgba_with_contrast (style->dim, style->background, EASEL_CONTRAST_TEXT);
  style->accent = easel_rgba_with_contrast (style->accent, style->background, EASEL_CONTRAST_MARK);
  style->predicted = easel_rgba_with_contrast (style->predicted, style->background, EASEL_CONTRAST_MARK);
  style->dry_hatch = easel_rgba_with_contrast (style->dry_hatch, style->background, EASEL_CONTRAST_MARK);
}

/* Black or white text, whichever reads better on @background. */
EaselRgba
easel_rgba_contrasting_text (EaselRgba background)
{
  double luminance = 0.2126 * background.red + 0.7152 * background.green + 0.0722 * background.blue;

  return luminance > 0.45 ? (EaselRgba) { 0, 0, 0, 0.85 } : (EaselRgba) { 1, 1, 1, 1 };
}

void
easel_cairo_set_rgba (cairo_t   *cr,
                      EaselRgba  color)
{
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
}

void
easel_cairo_set_rgba_alpha (cairo_t   *cr,
                            EaselRgba  color,
                            double     alpha)
{
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * alpha);
}

/* A layout of @text in the style's font, @scale times the body size. */
PangoLayout *
easel_render_text_layout (cairo_t                *cr,
                          const EaselRenderStyle *style,
                          double                  scale,
                          gboolean                bold,
                          const char             *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (style->font_family);

  pango_font_description_set_absolute_size (font, MAX (style->font_size * scale, style->min_text_size) * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);

  return layout;
}

double
easel_render_text_width (cairo_t                *cr,
                         const EaselRenderStyle *style,
                         double                  scale,
                         gboolean                bold,
                         const char             *text)
{
  g_autoptr(PangoLayout) layout = easel_render_text_layout (cr, style, scale, bold, text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);

  return width;
}

static cairo_user_data_key_t text_log_key;

static void
text_record_clear (gpointer data)
{
  EaselTextRecord *record = data;

  g_free (record->text);
}

GArray *
_easel_text_log_new (void)
{
  GArray *log = g_array_new (FALSE, FALSE, sizeof (EaselTextRecord));

  g_array_set_clear_func (log, text_record_clear);

  return log;
}

/* From now on, text drawn on @cr is also recorded in @log. */
void
_easel_render_log_text (cairo_t *cr,
                        GArray  *log)
{
  cairo_set_user_data (cr, &text_log_key, g_array_ref (log), (cairo_destroy_func_t) g_array_unref);
}

/* Draws @text with its box aligned at (@x, @y): @xalign and @yalign are
 * 0 for left/top, 0.5 for centre, 1 for right/bottom. */
void
easel_render_text (cairo_t                *cr,
                   const EaselRenderStyle *style,
                   double                  scale,
                   gboolean                bold,
                   EaselRgba               color,
                   double                  x,
                   double                  y,
                   double                  xalign,
                   double                  yalign,
                   const char             *text)
{
  g_autoptr(PangoLayout) layout = easel_render_text_layout (cr, style, scale, bold, text);
  double left;
  double top;
  int width;
  int height;

  pango_layout_get_pixel_size (layout, &width, &height);
  left = round (x - width * xalign);
  top = round (y - height * yalign);

  cairo_save (cr);
  easel_cairo_set_rgba (cr, color);
  cairo_move_to (cr, left, top);
  pango_cairo_show_layout (cr, layout);
  /* The path is not part of the saved state: leave none behind, or the
   * next shape would start with a line from here. */
  cairo_new_path (cr);
  cairo_restore (cr);

  _easel_render_log_layout (cr, layout, left, top, MAX (style->font_size * scale, style->min_text_size), text);
}

/* Into the text log of @cr, if it has one: @layout, shown at (@left,
 * @top) in user space, as @text of @size pixels, with its ink. */
void
_easel_render_log_layout (cairo_t     *cr,
                          PangoLayout *layout,
                          double       left,
                          double       top,
                          double       size,
                          const char  *text)
{
  GArray *log = cairo_get_user_data (cr, &text_log_key);
  PangoRectangle ink;
  double x0, y0, x1, y1;
  EaselTextRecord record;

  if (log == NULL)
    return;

  pango_layout_get_pixel_extents (layout, &ink, NULL);
  record = (EaselTextRecord) {
    left, top + pango_layout_get_baseline (layout) / (double) PANGO_SCALE, size, g_strdup (text),
  };
  cairo_user_to_device (cr, &record.x, &record.baseline);
  /* The size as drawn: a part drawn smaller (scaled to fit) is. */
  {
    double dx = 0.0;
    double dy = size;

    cairo_user_to_device_distance (cr, &dx, &dy);
    record.size = hypot (dx, dy);
  }
  /* Scaled and moved, not rotated: two corners make the box. */
  x0 = left + ink.x;
  y0 = top + ink.y;
  x1 = x0 + ink.width;
  y1 = y0 + ink.height;
  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);
  record.ink_x = MIN (x0, x1);
  record.ink_y = MIN (y0, y1);
  record.ink_width = fabs (x1 - x0);
  record.ink_height = fabs (y1 - y0);
  g_array_append_val (log, record);
}

static PangoLayout *
wrapped_layout (cairo_t                *cr,
                const EaselRenderStyle *style,
                double                  scale,
                gboolean                bold,
                double                  width,
                const char             *text)
{
  PangoLayout *layout = easel_render_text_layout (cr, style, scale, bold, text);

  pango_layout_set_width (layout, MAX (width, 1.0) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  return layout;
}

/* The height @text takes wrapped at @width (see
 * easel_render_text_wrapped()). */
double
easel_render_text_wrapped_height (cairo_t                *cr,
                                  const EaselRenderStyle *style,
                                  double                  scale,
                                  gboolean                bold,
                                  double                  width,
                                  const char             *text)
{
  g_autoptr(PangoLayout) layout = wrapped_layout (cr, style, scale, bold, width, text);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

/* @text from (@x, @y), wrapped at @width, a line at a time (so that an
 * export's text layer gets every line); returns the height it took. */
double
easel_render_text_wrapped (cairo_t                *cr,
                           const EaselRenderStyle *style,
                           double                  scale,
                           gboolean                bold,
                           EaselRgba               color,
                           double                  x,
                           double                  y,
                           double                  width,
                           const char             *text)
{
  g_autoptr(PangoLayout) layout = wrapped_layout (cr, style, scale, bold, width, text);
  PangoLayoutIter *iter;
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle extents;
      g_autofree char *part = g_strndup (text + line->start_index, line->length);

      pango_layout_iter_get_line_extents (iter, NULL, &extents);
      easel_render_text (cr, style, scale, bold, color, x, y + extents.y / (double) PANGO_SCALE, 0.0, 0.0,
                         g_strchomp (part));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return height;
}

/* "1.5 s", with as many decimals as ticks @step_ms apart need. */
char *
easel_format_seconds (double ms,
                      double step_ms)
{
  int decimals = 0;

  if (step_ms < 10)
    decimals = 3;
  else if (step_ms < 100)
    decimals = 2;
  else if (step_ms < 1000)
    decimals = 1;

  /* Translators: a time in seconds on the chart's axis, e.g. "1.5 s" */
  return g_strdup_printf (_("%.*f s"), decimals, ms / 1000.0);
}
