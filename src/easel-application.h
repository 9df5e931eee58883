/* easel-application.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "easel-types.h"

G_BEGIN_DECLS

#define EASEL_TYPE_APPLICATION (easel_application_get_type())

G_DECLARE_FINAL_TYPE (EaselApplication, easel_application, EASEL, APPLICATION, AdwApplication)

EaselApplication *easel_application_new (void);

G_END_DECLS
