/* easel-schedule.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "easel-trace.h"

G_BEGIN_DECLS

EaselTrace *easel_schedule_predict (EaselMode            mode,
                                    const EaselWorkload *workload,
                                    double               cores);

G_END_DECLS
