/* easel-sequential-runner.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One thread does everything: paint a coat, wait for it to dry, paint the
 * next. While a coat dries, the thread sleeps and the CPU idles.
 */

#include "config.h"

#include "easel-runner-private.h"

typedef struct
{
  EaselRunner parent_instance;
} EaselSequentialRunner;

typedef struct
{
  EaselRunnerClass parent_class;
} EaselSequentialRunnerClass;

G_DEFINE_FINAL_TYPE (EaselSequentialRunner, _easel_sequential_runner, EASEL_TYPE_RUNNER)

static gboolean
easel_sequential_runner_run (EaselRunner   *runner,
                             GCancellable  *cancellable,
                             GError       **error)
{
  const EaselWorkload *workload = easel_runner_get_workload (runner);

  _easel_runner_start_clock (runner);

  for (guint painting = 0; painting < workload->paintings; painting++)
    for (guint coat = 0; coat < workload->coats; coat++)
      {
        if (!_easel_runner_paint (runner, painting, coat, 0, NULL, cancellable) ||
            !_easel_runner_dry_blocking (runner, painting, coat, 0, cancellable))
          return TRUE;
      }

  return TRUE;
}

static void
_easel_sequential_runner_class_init (EaselSequentialRunnerClass *klass)
{
  EASEL_RUNNER_CLASS (klass)->run = easel_sequential_runner_run;
}

static void
_easel_sequential_runner_init (EaselSequentialRunner *self)
{
}
