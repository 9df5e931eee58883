/* easel-handout-private.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The handout's figures and what they measured (easel-handout-runs.c),
 * which its pages draw (easel-handout.c).
 */

#pragma once

#include "easel-handout.h"
#include "easel-hammer-measure.h"
#include "easel-hammer.h"
#include "easel-question.h"
#include "easel-scaling.h"
#include "easel-series.h"
#include "easel-slide.h"

G_BEGIN_DECLS

/* Each hammer figure: this long, sampled this often. */
#define EASEL_HANDOUT_HAMMER_MS          2000
#define EASEL_HANDOUT_HAMMER_INTERVAL_MS 100

/* One run of the hammer, for every slide that shows it. */
typedef struct
{
  guint                   threads;
  EaselHammerMode         mode;
  double                 *loads;
  EaselCpuSplit          *splits;
  guint                   n_cores;
  guint                   n_samples;
  EaselHammerMeasurement  measurement;
} HandoutHammer;

typedef struct
{
  EaselSlide             *slide;
  /* The question the class was asked, and what this handout's runs
   * measured for it (NAN: nothing). */
  EaselQuestion          *question;
  double                  measured;
  /* A painting demonstration: one mode's run or all of them, or the
   * scaling curve's runs and prediction. */
  const EaselRunResult   *results;
  guint                   n_results;
  const EaselScalingPrediction *scaling;
  /* A hammer demonstration. */
  const HandoutHammer    *hammer;
  /* Other programs' mean cores meanwhile, where that muddied it; or 0. */
  double                  other_cores;
} HandoutPage;

struct _EaselHandout
{
  GArray      *pages;
  /* Every painting mode, run once for all the slides that show them;
   * sequential painting that needs no drying; the scaling curve; and
   * each hammer once. */
  EaselSeries *modes;
  EaselSeries *painting_only;
  EaselSeries *scaling;
  EaselScalingPrediction *scaling_prediction;
  GPtrArray   *hammers;
  /* The paintings' workload. */
  EaselWorkload workload;
  char        *date;
  gboolean     measured;
};

G_END_DECLS
