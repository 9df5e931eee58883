/* easel-test-utils.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers for the UI tests: waiting on the main loop, finding windows and
 * saving what a widget draws as a PNG into the test log directory.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "easel-application.h"
#include "easel-test-utils.h"
#include "easel-window.h"

void
easel_test_init (int    *argc,
                 char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

static gboolean
wake_up_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
time_out_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the default main context until @predicate holds, or @timeout_ms
 * passed. Returns whether the predicate held. */
gboolean
easel_test_wait_until (EaselTestPredicate predicate,
                       gpointer           user_data,
                       guint              timeout_ms)
{
  gboolean timed_out = FALSE;
  guint wake_id;
  guint timeout_id;

  wake_id = g_timeout_add (10, wake_up_cb, NULL);
  timeout_id = g_timeout_add (timeout_ms, time_out_cb, &timed_out);

  while (!predicate (user_data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake_id);
  if (!timed_out)
    g_source_remove (timeout_id);

  return predicate (user_data);
}

/* The first visible toplevel of @type, or NULL. */
GtkWindow *
easel_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* Renders @widget as it is now into EASEL_TEST_OUTPUT_DIR/@name.png (or
 * the temporary directory) and returns the path. */
char *
easel_test_save_png (GtkWidget  *widget,
                     const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  const char *dir;
  int width;
  int height;

  g_assert_true (GTK_IS_WIDGET (widget));

  dir = g_getenv ("EASEL_TEST_OUTPUT_DIR");
  if (dir == NULL)
    dir = g_get_tmp_dir ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  paintable = gtk_widget_paintable_new (widget);

  /* Right after a restyle the widget may have nothing drawn yet: wait for
   * a frame or two. */
  for (guint attempt = 0; node == NULL && attempt < 10; attempt++)
    {
      if (attempt > 0)
        gtk_test_widget_wait_for_draw (widget);

      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  file_name = g_strdup_printf ("%s.png", name);
  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s (%d×%d)", path, width, height);

  return g_steal_pointer (&path);
}

/* The luminance (0…1) of the PNG at @path within @area (in its pixels;
 * NULL for all of it): the mean, and in @spread the difference between
 * its darkest and lightest pixel, about 0 where nothing is drawn but a
 * background. */
static double
png_luminance_in (const char            *path,
                  const graphene_rect_t *area,
                  double                *spread)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guchar *pixels = NULL;
  double sum = 0.0;
  double lo = 1.0;
  double hi = 0.0;
  gsize stride;
  int width;
  int height;
  int x0, y0, x1, y1;

  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);

  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  stride = (gsize) width * 4;
  pixels = g_malloc (stride * height);
  gdk_texture_download (texture, pixels, stride);

  x0 = area != NULL ? MAX (0, (int) area->origin.x) : 0;
  y0 = area != NULL ? MAX (0, (int) area->origin.y) : 0;
  x1 = area != NULL ? MIN (width, (int) (area->origin.x + area->size.width)) : width;
  y1 = area != NULL ? MIN (height, (int) (area->origin.y + area->size.height)) : height;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        /* Premultiplied BGRA in native endianness (CAIRO_FORMAT_ARGB32). */
        const guchar *p = pixels + y * stride + x * 4;
        double l = (0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2]) / 255.0;

        sum += l;
        lo = MIN (lo, l);
        hi = MAX (hi, l);
      }

  if (spread != NULL)
    *spread = MAX (0.0, hi - lo);

  return x1 > x0 && y1 > y0 ? sum / ((double) (x1 - x0) * (y1 - y0)) : 0.0;
}

/* Mean luminance (0…1) of a PNG, and in @spread the difference between
 * its darkest and lightest pixel, so a test can tell a blank image. */
double
easel_test_png_luminance (const char *path,
                          double     *spread)
{
  return png_luminance_in (path, NULL, spread);
}

/* The darkest-to-lightest luminance range of the PNG at @path within
 * @area (in its pixels). */
double
easel_test_png_spread_in (const char            *path,
                          const graphene_rect_t *area)
{
  double spread;

  png_luminance_in (path, area, &spread);

  return spread;
}

/* The application as the UI tests use it: registered, and non-unique so
 * that tests running side by side do not meet on the bus. */
GApplication *
easel_test_create_application (void)
{
  g_autoptr(GError) error = NULL;
  GApplication *app;

  app = g_object_new (EASEL_TYPE_APPLICATION,
                      "application-id", APPLICATION_ID,
                      "flags", G_APPLICATION_NON_UNIQUE,
                      NULL);
  g_application_register (app, NULL, &error);
  g_assert_no_error (error);

  /* GTask's class starts GLib's own worker thread once per process;
   * thread counts are taken after that. */
  g_type_ensure (G_TYPE_TASK);

  return app;
}

/* A window of @app (an EaselWindow) at @width × @height (0: its default
 * size), shown and drawn once. */
gpointer
easel_test_create_window (GApplication *app,
                          int           width,
                          int           height)
{
  EaselWindow *window = easel_window_new (EASEL_APPLICATION (app));

  if (width > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

/* @widget's template child @name, of the template of @type; it must be
 * there. */
gpointer
easel_test_child (gpointer    widget,
                  GType       type,
                  const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);

  return object;
}

/* An EaselTestPredicate: whether the process is back to at most
 * @max_threads threads (a guint in a pointer). */
gboolean
easel_test_threads_back (gpointer max_threads)
{
  return easel_test_count_threads () <= GPOINTER_TO_UINT (max_threads);
}

/* Translations in @language ("C": none) from now on. gettext looks its
 * catalogues up again only when the locale changes: LANGUAGE alone
 * would keep the first translation for every later language. */
void
easel_test_set_language (const char *language)
{
  /* The app's own domain, from the build tree, as main() sets it: the
   * templates' strings are looked up in the default domain. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("EASEL_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C");
  setlocale (LC_ALL, "C.UTF-8");
}
