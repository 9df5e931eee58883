/* easel-test-threads.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint easel_test_count_threads          (void);
void  easel_test_assert_threads_back_to (guint expected);

G_END_DECLS
