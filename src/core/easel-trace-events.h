/* easel-trace-events.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "easel-atomic-file.h"
#include "easel-record.h"

G_BEGIN_DECLS

#define EASEL_TRACE_EVENTS_SUFFIX ".trace.json"

JsonNode *easel_trace_events_to_json       (EaselRecord  *record);
gboolean  easel_trace_events_is_trace_name (const char   *name);
gboolean  easel_trace_events_save          (EaselRecord  *record,
                                            GFile        *file,
                                            GError      **error);

G_END_DECLS
