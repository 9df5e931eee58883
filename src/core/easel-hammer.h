/* easel-hammer.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  EASEL_HAMMER_THREADS,
  EASEL_HAMMER_GIL,
  EASEL_HAMMER_PROCESSES,
} EaselHammerMode;

/* What one worker has done since the hammer started. */
typedef struct
{
  guint64 count;
  gint64  cpu_ns;
  /* The core it ran on last, or -1. */
  int     core;
} EaselHammerStats;

#define EASEL_TYPE_HAMMER (easel_hammer_get_type())

G_DECLARE_FINAL_TYPE (EaselHammer, easel_hammer, EASEL, HAMMER, GObject)

EaselHammer     *easel_hammer_new               (void);
EaselHammerMode  easel_hammer_get_mode          (EaselHammer      *self);
void             easel_hammer_set_mode          (EaselHammer      *self,
                                                 EaselHammerMode   mode);
guint            easel_hammer_get_threads       (EaselHammer      *self);
void             easel_hammer_set_threads       (EaselHammer      *self,
                                                 guint             threads);
guint            easel_hammer_get_max_threads   (void);
void             easel_hammer_set_timeout       (EaselHammer      *self,
                                                 guint             seconds);
void             easel_hammer_set_worker_binary (EaselHammer      *self,
                                                 const char       *path);
gboolean         easel_hammer_start             (EaselHammer      *self,
                                                 GError          **error);
void             easel_hammer_stop              (EaselHammer      *self);
gboolean         easel_hammer_is_running        (EaselHammer      *self);
guint            easel_hammer_get_n_workers     (EaselHammer      *self);
gboolean         easel_hammer_get_stats         (EaselHammer      *self,
                                                 guint             worker,
                                                 EaselHammerStats *stats);
void             easel_hammer_get_total         (EaselHammer      *self,
                                                 EaselHammerStats *stats);
double           easel_hammer_get_elapsed       (EaselHammer      *self);
gboolean         easel_hammer_get_last_cores    (EaselHammer      *self,
                                                 double           *cores,
                                                 double           *seconds);

const char      *easel_hammer_mode_to_string    (EaselHammerMode   mode);
gboolean         easel_hammer_mode_from_string  (const char       *text,
                                                 EaselHammerMode  *mode);

int              easel_hammer_worker_main       (void);

G_END_DECLS
