/* easel-enum.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "easel-core-enums.h"

G_BEGIN_DECLS

const char *easel_enum_to_nick   (GType       type,
                                  int         value);
gboolean    easel_enum_from_nick (GType       type,
                                  const char *nick,
                                  int        *value);

G_END_DECLS
