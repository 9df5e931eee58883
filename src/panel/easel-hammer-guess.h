/* easel-hammer-guess.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "easel-guess-bar.h"
#include "easel-cpu-sampler.h"
#include "easel-hammer.h"

G_BEGIN_DECLS

#define EASEL_TYPE_HAMMER_GUESS (easel_hammer_guess_get_type())

G_DECLARE_FINAL_TYPE (EaselHammerGuess, easel_hammer_guess, EASEL, HAMMER_GUESS, GObject)

EaselHammerGuess *easel_hammer_guess_new       (EaselGuessBar    *bar,
                                                EaselHammer      *hammer,
                                                EaselCpuSampler  *sampler);
double            easel_hammer_guess_get_shown (EaselHammerGuess *self);

G_END_DECLS
