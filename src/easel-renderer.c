/* easel-renderer.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which GSK renderer draws Easel's windows. GTK before 4.13.8 renders with
 * GL even where GL is a software rasteriser (llvmpipe and the like), where
 * a frame of the window costs about 90 ms of CPU: idle with the CPU panel
 * showing, that was 28 % of a core, and it showed up in the very loads
 * the panel plots. Where GL would be software, Easel asks for GTK's cairo
 * renderer instead, as newer GTK does by itself.
 */

#include "config.h"

#include <epoxy/gl.h>

#include "easel-renderer.h"

/* Names that Mesa, and the other software rasterisers seen in the wild,
 * put in GL_RENDERER. */
static const char * const software_names[] = {
  "llvmpipe",
  "softpipe",
  "swrast",
  "software rasterizer",
  "lavapipe",
  "basic render driver",
};

/* Whether @gl_renderer, a GL_RENDERER string, names a software
 * rasteriser. */
gboolean
easel_renderer_is_software_gl (const char *gl_renderer)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (gl_renderer != NULL, FALSE);

  lower = g_ascii_strdown (gl_renderer, -1);
  for (guint i = 0; i < G_N_ELEMENTS (software_names); i++)
    if (strstr (lower, software_names[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* The GL_RENDERER of a GL context on @display (about 5 ms to find out),
 * or NULL where there is no GL. */
char *
easel_renderer_dup_gl_name (GdkDisplay *display)
{
  g_autoptr(GdkGLContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  char *ret;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  context = gdk_display_create_gl_context (display, &error);
  if (context == NULL || !gdk_gl_context_realize (context, &error))
    {
      g_debug ("No GL on this display: %s", error ? error->message : "unknown reason");
      return NULL;
    }

  gdk_gl_context_make_current (context);
  name = (const char *) glGetString (GL_RENDERER);
  ret = g_strdup (name);
  gdk_gl_context_clear_current ();

  return ret;
}

/* Chooses the renderer for the windows of @display, before the first is
 * realized: GSK_RENDERER where the user set it, the cairo renderer where
 * GL would be software (or missing), and GTK's own choice otherwise.
 * GTK reads GSK_RENDERER once, for its first window. Returns what was
 * chosen, NULL for GTK's default. */
const char *
easel_renderer_choose (GdkDisplay *display)
{
  g_autofree char *gl_name = NULL;
  const char *user = g_getenv ("GSK_RENDERER");

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  if (user != NULL && *user != '\0')
    {
      g_debug ("Renderer: %s, as GSK_RENDERER asks", user);
      return user;
    }

  gl_name = easel_renderer_dup_gl_name (display);
  if (gl_name != NULL && !easel_renderer_is_software_gl (gl_name))
    {
      g_debug ("Renderer: GTK's default, GL is %s", gl_name);
      return NULL;
    }

  g_debug ("Renderer: cairo, GL is %s", gl_name ? gl_name : "unavailable");
  g_setenv ("GSK_RENDERER", "cairo", TRUE);

  return "cairo";
}
