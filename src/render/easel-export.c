/* easel-export.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export of a chart as PNG, SVG or PDF: the same renderer draws into a
 * cairo surface of the format, the whole file is made in memory, and only
 * then written through an EaselAtomicFile: a failed export leaves the old
 * file as it was, and no half-written one.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <string.h>

#include "easel-export.h"
#include "easel-render-style.h"

G_DEFINE_QUARK (easel-export-error-quark, easel_export_error)

/* The format follows the file's extension, in any case. */
gboolean
easel_export_format_for_file (GFile              *file,
                              EaselExportFormat  *format,
                              GError            **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  basename = g_file_get_basename (file);
  lower = g_ascii_strdown (basename ? basename : "", -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = EASEL_EXPORT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = EASEL_EXPORT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = EASEL_EXPORT_PDF;
  else
    {
      /* File names are bytes: shown as the user's locale would. */
      g_autofree char *name = g_filename_display_name (basename ? basename : "");

      g_set_error (error, EASEL_EXPORT_ERROR, EASEL_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("Cannot tell the format of “%s”: use a name ending in .png, .svg or .pdf"), name);
      return FALSE;
    }

  return TRUE;
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* Cairo draws SVG text as glyph outlines. Adds the text again as an
 * invisible layer, so that the picture can be searched, selected and read
 * out, as scanned PDFs do with their recognised text. */
static GByteArray *
add_svg_text_layer (GByteArray *svg,
                    GArray     *log)
{
  g_autoptr(GString) layer = g_string_new ("<g fill-opacity=\"0\" font-family=\"sans-serif\">\n");
  const char *end_tag = "</svg>";
  gsize length = svg->len;
  const char *data = (const char *) svg->data;
  gssize end = -1;

  for (gssize i = (gssize) length - strlen (end_tag); i >= 0; i--)
    if (memcmp (data + i, end_tag, strlen (end_tag)) == 0)
      {
        end = i;
        break;
      }

  if (end < 0)
    return svg;

  for (guint i = 0; i < log->len; i++)
    {
      EaselTextRecord *record = &g_array_index (log, EaselTextRecord, i);
      g_autofree char *escaped = g_markup_escape_text (record->text, -1);
      char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE], size[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (layer, "<text x=\"%s\" y=\"%s\" font-size=\"%s\">%s</text>\n",
                              g_ascii_formatd (x, sizeof x, "%.1f", record->x),
                              g_ascii_formatd (y, sizeof y, "%.1f", record->baseline),
                              g_ascii_formatd (size, sizeof size, "%.1f", record->size),
                              escaped);
    }
  g_string_append (layer, "</g>\n");

  {
    GByteArray *result = g_byte_array_sized_new (length + layer->len);

    g_byte_array_append (result, svg->data, end);
    g_byte_array_append (result, (const guint8 *) layer->str, layer->len);
    g_byte_array_append (result, svg->data + end, length - end);
    g_byte_array_unref (svg);

    return result;
  }
}

/* Draws at @width × @height into a file of @format, in memory. */
GBytes *
easel_export_render (EaselExportFormat   format,
                     int                 width,
                     int                 height,
                     EaselDrawFunc       draw,
                     gpointer            user_data,
                     GError            **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GArray) text_log = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (width > 0 && height > 0, NULL);
  g_return_val_if_fail (draw != NULL, NULL);

  switch (format)
    {
    case EASEL_EXPORT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      break;

    case EASEL_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_cb, bytes, width, height);
      break;

    case EASEL_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_cb, bytes, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Easel " PACKAGE_VERSION);
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  cr = cairo_create (surface);
  if (format == EASEL_EXPORT_SVG)
    {
      text_log = _easel_text_log_new ();
      _easel_render_log_text (cr, text_log);
    }
  draw (cr, width, height, user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == EASEL_EXPORT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_cb, bytes);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, EASEL_EXPORT_ERROR, EASEL_EXPORT_ERROR_FAILED,
                   _("Cannot draw the chart: %s"), cairo_status_to_string (status));
      return NULL;
    }

  if (text_log != NULL)
    bytes = add_svg_text_layer (g_steal_pointer (&bytes), text_log);

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* Draws in @format into @target's temporary file; the caller commits it
 * (easel_atomic_file_commit()) or, on failure or a signal, frees it and
 * the old file stays. */
gboolean
easel_export_to_atomic_file (EaselAtomicFile    *target,
                             EaselExportFormat   format,
                             int                 width,
                             int                 height,
                             EaselDrawFunc       draw,
                             gpointer            user_data,
                             GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (target != NULL, FALSE);

  bytes = easel_export_render (format, width, height, draw, user_data, error);
  if (bytes == NULL)
    return FALSE;

  return easel_atomic_file_write (target, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

/* Exports to @file, in the format its name says. The file is replaced
 * whole or not at all. */
gboolean
easel_export_to_file (GFile         *file,
                      int            width,
                      int            height,
                      EaselDrawFunc  draw,
                      gpointer       user_data,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(EaselAtomicFile) target = NULL;
  g_autoptr(GBytes) bytes = NULL;
  EaselExportFormat format;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!easel_export_format_for_file (file, &format, error))
    return FALSE;

  /* A local file is replaced through a temporary file of our own; other
   * locations (a file chooser may give any) through GIO's backends. */
  if (g_file_is_native (file))
    {
      target = easel_atomic_file_new (file, error);

      return target != NULL &&
             easel_export_to_atomic_file (target, format, width, height, draw, user_data, error) &&
             !g_cancellable_set_error_if_cancelled (cancellable, error) &&
             easel_atomic_file_commit (target, error);
    }

  bytes = easel_export_render (format, width, height, draw, user_data, error);

  return bytes != NULL &&
         g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}
