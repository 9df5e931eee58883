/* easel-enum.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Enums by name: the names are the nicks of the generated GEnum types
 * (easel-core-enums.h), so one table serves the command line, the JSON,
 * the settings and GObject properties.
 */

#include "config.h"

#include "easel-enum.h"

/* The nick of @value, or NULL when @type has no such value. */
const char *
easel_enum_to_nick (GType type,
                    int   value)
{
  /* The classes of static types are never finalized: the nick stays. */
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  g_type_class_unref (klass);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

gboolean
easel_enum_from_nick (GType       type,
                      const char *nick,
                      int        *value)
{
  GEnumClass *klass;
  GEnumValue *enum_value;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (type);
  enum_value = g_enum_get_value_by_nick (klass, nick);
  g_type_class_unref (klass);

  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;

  return TRUE;
}
