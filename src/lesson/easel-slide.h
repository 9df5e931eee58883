/* easel-slide.h
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "easel-hammer.h"
#include "easel-mode.h"
#include "easel-workload.h"

G_BEGIN_DECLS

/* What a slide's live demonstration is, read from its name: the one
 * description the slides on screen and the handout's figures share. */
typedef enum
{
  EASEL_DEMO_NONE,
  EASEL_DEMO_HAMMER,    /* a CPU panel, its hammer set up */
  EASEL_DEMO_ATELIER,   /* an atelier in one mode */
  EASEL_DEMO_COMPARE,   /* an atelier for Run All */
  EASEL_DEMO_SCALING,   /* an atelier on its scaling curve */
  EASEL_DEMO_MEASURED,  /* the comparison slide's results */
} EaselDemoKind;

typedef struct
{
  EaselDemoKind   kind;
  guint           threads;       /* EASEL_DEMO_HAMMER */
  EaselHammerMode hammer_mode;   /* EASEL_DEMO_HAMMER */
  EaselMode       mode;          /* EASEL_DEMO_ATELIER */
  gboolean        show_top;      /* EASEL_DEMO_HAMMER: the two scales as top shows them */
  gboolean        no_drying;     /* EASEL_DEMO_ATELIER: paintings that need not dry */
  gboolean        by_thread;     /* EASEL_DEMO_ATELIER: the timeline's lanes are threads */
} EaselDemo;

#define EASEL_TYPE_SLIDE (easel_slide_get_type())

G_DECLARE_FINAL_TYPE (EaselSlide, easel_slide, EASEL, SLIDE, GObject)

const char *easel_slide_get_title (EaselSlide *self);
const char *easel_slide_get_body  (EaselSlide *self);
char       *easel_slide_dup_title (EaselSlide *self);
char       *easel_slide_dup_body  (EaselSlide *self);
char       *easel_slide_dup_notes (EaselSlide *self);
char       *easel_slide_dup_explanation (EaselSlide *self);
char       *easel_slide_dup_speaker_notes (EaselSlide *self);
char       *easel_slide_dup_takeaway (EaselSlide *self);
const char *easel_slide_get_demo  (EaselSlide *self);
EaselDemo   easel_slide_get_demo_info (EaselSlide *self);
const EaselWorkload *easel_demo_get_class_workload (void);
void        easel_demo_get_workload   (const EaselDemo     *demo,
                                       const EaselWorkload *base,
                                       EaselWorkload       *workload);
GListModel *easel_slides_read     (const char  *data,
                                   gsize        length,
                                   GError     **error);
GListModel *easel_slides_load     (void);

G_END_DECLS
