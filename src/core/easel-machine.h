/* easel-machine.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The machine a record was measured on, as a run file tells it. */
typedef struct
{
  /* The CPUs Easel could run on (its affinity), those online, the cores
   * it could use (a quota may make them fractional) and the physical
   * cores under them. */
  guint   cores;
  guint   online;
  double  usable;
  guint   physical;
  /* What limited the usable cores ("affinity", "quota"), or NULL. */
  char   *limit;
  /* The CPU's model name, or NULL where it was not known. */
  char   *model;
  /* What the user called it ("the lab machine"), or NULL. */
  char   *label;
  /* The Easel that measured it. */
  char   *version;
} EaselMachine;

/* The longest label a run file keeps, in bytes. */
#define EASEL_MACHINE_LABEL_MAX 200

char         *easel_machine_clean_label      (const char         *label);
void          easel_machine_init_here        (EaselMachine       *machine,
                                              const char         *label);
void          easel_machine_copy             (EaselMachine       *dest,
                                              const EaselMachine *src);
void          easel_machine_clear            (EaselMachine       *machine);
char         *easel_machine_read_model       (const char         *path);
char         *easel_machine_dup_name         (const EaselMachine *machine);

G_END_DECLS
