/* test-renderer.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The renderer Easel's windows get, as users run it: this program runs
 * without GSK_RENDERER (meson starts it through `env -u`), and each case
 * that builds a window runs in a process of its own, because GTK reads
 * the variable once, for its first window.
 */

#include "config.h"

#include "easel-application.h"
#include "easel-renderer.h"
#include "easel-test-utils.h"
#include "easel-window.h"

static void
test_renderer_names (void)
{
  g_assert_true (easel_renderer_is_software_gl ("llvmpipe (LLVM 15.0.6, 256 bits)"));
  g_assert_true (easel_renderer_is_software_gl ("softpipe"));
  g_assert_true (easel_renderer_is_software_gl ("Software Rasterizer"));
  g_assert_true (easel_renderer_is_software_gl ("Mesa X11 swrast"));
  g_assert_true (easel_renderer_is_software_gl ("D3D12 (Microsoft Basic Render Driver)"));
  g_assert_false (easel_renderer_is_software_gl ("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
  g_assert_false (easel_renderer_is_software_gl ("AMD Radeon RX 6600 (navi23, LLVM 15.0.6, DRM 3.49)"));
  g_assert_false (easel_renderer_is_software_gl (""));
}

/* The renderer of a real Easel window, started as the application
 * starts it. */
static const char *
window_renderer_type (void)
{
  g_autoptr(EaselApplication) app = easel_application_new ();
  GtkWidget *window;
  const char *name;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  window = GTK_WIDGET (easel_window_new (app));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  name = G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window)));
  gtk_window_destroy (GTK_WINDOW (window));

  return name;
}

static void
test_renderer_default (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *gl = easel_renderer_dup_gl_name (gdk_display_get_default ());
      const char *type = window_renderer_type ();

      g_test_message ("GL here: %s; window renderer: %s", gl ? gl : "none", type);
      /* Xvfb has software GL (or none), so the cairo renderer it is;
       * on a display with a GPU, GTK's own choice would stay. */
      if (gl == NULL || easel_renderer_is_software_gl (gl))
        g_assert_cmpstr (type, ==, "GskCairoRenderer");
      else
        g_assert_cmpstr (type, !=, "GskCairoRenderer");
      return;
    }

  g_assert_null (g_getenv ("GSK_RENDERER"));
  g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_renderer_user_choice (void)
{
  if (g_test_subprocess ())
    {
      /* GL on Xvfb is llvmpipe, yet the user's choice stands. */
      g_assert_cmpstr (window_renderer_type (), ==, "GskGLRenderer");
      return;
    }

  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("GSK_RENDERER");
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  easel_test_init (&argc, &argv);

  g_test_add_func ("/easel/renderer/names", test_renderer_names);
  g_test_add_func ("/easel/renderer/default", test_renderer_default);
  g_test_add_func ("/easel/renderer/user-choice", test_renderer_user_choice);

  return g_test_run ();
}
