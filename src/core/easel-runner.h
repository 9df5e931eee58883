/* easel-runner.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "easel-canvas.h"
#include "easel-trace.h"

G_BEGIN_DECLS

/* A coat being painted, as far as its thread has reported. */
typedef struct
{
  const double *on_core;
  guint         n_on_core;
  const double *core_waits;
  guint         n_core_waits;
  /* On a core since then, as of the report (ms from the run's start). */
  double        on_since_ms;
  double        as_of_ms;
} EaselLiveCoat;

#define EASEL_TYPE_RUNNER (easel_runner_get_type())

G_DECLARE_DERIVABLE_TYPE (EaselRunner, easel_runner, EASEL, RUNNER, GObject)

struct _EaselRunnerClass
{
  GObjectClass parent_class;

  /* Runs the whole workload on the runner's own thread and returns once
   * every thread it started has been joined; FALSE if it could not run
   * (cancellation is not an error here). */
  gboolean (*run) (EaselRunner   *self,
                   GCancellable  *cancellable,
                   GError       **error);
};

EaselRunner         *easel_runner_new             (EaselMode             mode,
                                                   const EaselWorkload  *workload);
EaselMode            easel_runner_get_mode        (EaselRunner          *self);
const EaselWorkload *easel_runner_get_workload    (EaselRunner          *self);
gboolean             easel_runner_get_live_coat   (EaselRunner          *self,
                                                  guint                 painting,
                                                  EaselLiveCoat        *coat);
EaselCanvas         *easel_runner_get_canvas      (EaselRunner          *self,
                                                   guint                 painting);
EaselTrace          *easel_runner_get_trace       (EaselRunner          *self);
double               easel_runner_get_elapsed_ms  (EaselRunner          *self);
gboolean             easel_runner_is_running      (EaselRunner          *self);
void                 easel_runner_run_async       (EaselRunner          *self,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
EaselTrace          *easel_runner_run_finish      (EaselRunner          *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
guint                easel_runner_get_n_running   (void);

G_END_DECLS
