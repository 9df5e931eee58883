/* easel-load-recorder.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The load strip's sampling: 20 a second, 5 USER_HZ ticks a sample. */
#define EASEL_LOAD_RECORDER_INTERVAL_MS 50

/* Called on the recorder's thread with each sample: every core's load
 * (0…1) over the interval, and the cores the run's own threads used. */
typedef void (*EaselLoadSampleFunc) (const double *per_core,
                                     guint         n_cores,
                                     double        run_cores,
                                     gpointer      user_data);

typedef struct _EaselLoadRecorder EaselLoadRecorder;

EaselLoadRecorder *easel_load_recorder_start (guint                interval_ms,
                                              gint64               start_us,
                                              const gint64        *work_ns,
                                              EaselLoadSampleFunc  func,
                                              gpointer             user_data);
void               easel_load_recorder_stop  (EaselLoadRecorder   *recorder);

G_END_DECLS
