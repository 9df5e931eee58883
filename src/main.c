/* main.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entry point: set up translations and run the application.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EaselApplication) app = NULL;

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = easel_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
