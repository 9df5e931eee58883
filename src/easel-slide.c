/* easel-slide.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One slide of the walkthrough: a title, a few sentences, a line of notes
 * for the speaker and the name of its live demonstration. The slides are
 * data, in ui/easel-slides.ui, translated like any template; building
 * them needs no display, so the handout can be made headless.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <math.h>

#include "easel-application.h"
#include "easel-cores.h"
#include "easel-slide.h"

struct _EaselSlide
{
  GObject  parent_instance;

  char    *title;
  char    *body;
  char    *notes;
  char    *takeaway;
  char    *demo;
};

G_DEFINE_FINAL_TYPE (EaselSlide, easel_slide, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_BODY,
  PROP_NOTES,
  PROP_TAKEAWAY,
  PROP_DEMO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
easel_slide_get_title (EaselSlide *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE (self), NULL);

  return self->title;
}

const char *
easel_slide_get_body (EaselSlide *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE (self), NULL);

  return self->body;
}

static char *
replace (char       *text,
         const char *name,
         const char *value)
{
  g_auto(GStrv) parts = g_strsplit (text, name, -1);

  g_free (text);

  return g_strjoinv (value, parts);
}

/* @text with "{cores}" replaced by the cores Easel may use here,
 * "{machine}" by "2 cores" or, where hardware threads share cores, "12
 * hardware threads on 6 cores", and "{smt}" by what that sharing means
 * (or nothing, where no core has two). */
static char *
fill_cores (const char *text)
{
  const EaselCores *cores = easel_cores_get_default ();
  g_autofree char *usable = easel_cores_dup_usable_text (cores);
  g_autofree char *machine = easel_cores_dup_threads_text (cores);
  g_autofree char *smt = NULL;
  char *filled = g_strdup (text ? text : "");

  if (easel_cores_has_smt (cores))
    /* Translators: added to the first slide where hardware threads share cores (hyper-threading): "… 12
     * hardware threads, 6 real cores …"; keep the leading space */
    smt = g_strdup_printf (_(" Here two hardware threads share each core: %u hardware threads, %u real cores. A second thread on a busy core adds only a fraction of a core."),
                           cores->affinity, cores->physical);

  filled = replace (filled, "{cores}", usable);
  filled = replace (filled, "{machine}", machine);

  return replace (filled, "{smt}", smt != NULL ? smt : "");
}

/* The title, the body and the notes as this machine shows them. */
char *
easel_slide_dup_title (EaselSlide *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE (self), NULL);

  return fill_cores (self->title);
}

char *
easel_slide_dup_body (EaselSlide *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE (self), NULL);

  return fill_cores (self->body);
}

char *
easel_slide_dup_notes (EaselSlide *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE (self), NULL);

  return fill_cores (self->notes);
}

char *
easel_slide_dup_takeaway (EaselSlide *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE (self), NULL);

  return fill_cores (self->takeaway);
}

/* Which live demonstration the slide shows (see EaselSlideView). */
const char *
easel_slide_get_demo (EaselSlide *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE (self), NULL);

  return self->demo;
}

/* One thread per core, in the table below. */
#define PER_CORE G_MAXUINT

static const struct
{
  const char *name;
  EaselDemo   demo;
} demos[] = {
  { "none", { EASEL_DEMO_NONE } },
  { "cores", { EASEL_DEMO_HAMMER, 0, EASEL_HAMMER_THREADS } },
  { "one-thread", { EASEL_DEMO_HAMMER, 1, EASEL_HAMMER_THREADS } },
  /* The same thread, counted as top counts a process and as the machine. */
  { "two-scales", { EASEL_DEMO_HAMMER, 1, EASEL_HAMMER_THREADS, 0, TRUE } },
  { "all-cores", { EASEL_DEMO_HAMMER, PER_CORE, EASEL_HAMMER_THREADS } },
  { "gil", { EASEL_DEMO_HAMMER, 2, EASEL_HAMMER_GIL } },
  { "processes", { EASEL_DEMO_HAMMER, PER_CORE, EASEL_HAMMER_PROCESSES } },
  { "sequential", { EASEL_DEMO_ATELIER, 0, 0, EASEL_MODE_SEQUENTIAL } },
  /* The timeline's load strip shows the cores idle while paint dries. */
  { "sequential-load", { EASEL_DEMO_ATELIER, 0, 0, EASEL_MODE_SEQUENTIAL } },
  { "async", { EASEL_DEMO_ATELIER, 0, 0, EASEL_MODE_ASYNC } },
  { "parallel-load", { EASEL_DEMO_ATELIER, 0, 0, EASEL_MODE_PARALLEL } },
  { "scaling", { EASEL_DEMO_SCALING, 0, 0, EASEL_MODE_PARALLEL } },
  { "compare", { EASEL_DEMO_COMPARE, 0, 0, EASEL_MODE_SEQUENTIAL } },
  { "measured", { EASEL_DEMO_MEASURED } },
};

/* What the slide's demonstration is; none, with a warning, for a name
 * the app does not know. */
EaselDemo
easel_slide_get_demo_info (EaselSlide *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE (self), (EaselDemo) { EASEL_DEMO_NONE });

  if (self->demo == NULL)
    return (EaselDemo) { EASEL_DEMO_NONE };

  for (guint i = 0; i < G_N_ELEMENTS (demos); i++)
    if (g_str_equal (self->demo, demos[i].name))
      {
        EaselDemo demo = demos[i].demo;

        if (demo.threads == PER_CORE)
          demo.threads = MAX (1, (guint) ceil (easel_cores_get_default ()->usable));
        return demo;
      }

  g_warning ("A slide asks for an unknown demonstration “%s”", self->demo);
  return (EaselDemo) { EASEL_DEMO_NONE };
}

/* The slides of the walkthrough, in order: "slide-01", "slide-02", … of
 * the resource. */
GListModel *
easel_slides_load (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  GListStore *slides;

  /* GtkBuilder is GTK: never on a worker thread of the application. */
  easel_assert_ui_thread ();

  builder = gtk_builder_new ();
  slides = g_list_store_new (EASEL_TYPE_SLIDE);

  g_type_ensure (EASEL_TYPE_SLIDE);
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  if (!gtk_builder_add_from_resource (builder, RESOURCE_BASE "/easel-slides.ui", &error))
    g_error ("The slides are broken: %s", error->message);

  for (guint i = 1; ; i++)
    {
      g_autofree char *id = g_strdup_printf ("slide-%02u", i);
      GObject *slide = gtk_builder_get_object (builder, id);

      if (slide == NULL)
        break;

      g_list_store_append (slides, slide);
    }

  return G_LIST_MODEL (slides);
}

static void
easel_slide_finalize (GObject *object)
{
  EaselSlide *self = EASEL_SLIDE (object);

  g_free (self->title);
  g_free (self->body);
  g_free (self->notes);
  g_free (self->takeaway);
  g_free (self->demo);

  G_OBJECT_CLASS (easel_slide_parent_class)->finalize (object);
}

static void
easel_slide_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EaselSlide *self = EASEL_SLIDE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_TAKEAWAY:
      g_value_set_string (value, self->takeaway);
      break;
    case PROP_DEMO:
      g_value_set_string (value, self->demo);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
easel_slide_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  EaselSlide *self = EASEL_SLIDE (object);
  char **field;

  switch (prop_id)
    {
    case PROP_TITLE:
      field = &self->title;
      break;
    case PROP_BODY:
      field = &self->body;
      break;
    case PROP_NOTES:
      field = &self->notes;
      break;
    case PROP_TAKEAWAY:
      field = &self->takeaway;
      break;
    case PROP_DEMO:
      field = &self->demo;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_free (*field);
  *field = g_value_dup_string (value);
}

static void
easel_slide_class_init (EaselSlideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = easel_slide_finalize;
  object_class->get_property = easel_slide_get_property;
  object_class->set_property = easel_slide_set_property;

  /* Set once, from the resource. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* One line the handout keeps of the slide. */
  properties[PROP_TAKEAWAY] =
    g_param_spec_string ("takeaway", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEMO] =
    g_param_spec_string ("demo", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
easel_slide_init (EaselSlide *self)
{
}
