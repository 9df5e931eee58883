/* easel-slide.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One slide of the walkthrough: a title, a few sentences, a line of notes
 * for the speaker and the name of its live demonstration. The slides are
 * data, in ui/easel-slides.ui, translated like any template, read here
 * without GTK: the handout is made headless, on any thread.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <math.h>

#include "easel-cores.h"
#include "easel-slide.h"

struct _EaselSlide
{
  GObject  parent_instance;

  char    *title;
  char    *body;
  char    *notes;
  char    *explanation;
  char    *takeaway;
  char    *demo;
};

G_DEFINE_FINAL_TYPE (EaselSlide, easel_slide, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_BODY,
  PROP_NOTES,
  PROP_EXPLANATION,
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

/* What a reader alone needs besides the slide's text: what a figure's
 * marks mean, what the demonstration stands for. The handout prints it
 * for students; the speaker sees it with the notes. */
char *
easel_slide_dup_explanation (EaselSlide *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE (self), NULL);

  return fill_cores (self->explanation);
}

/* What the speaker sees beside the slide: the explanation, then the
 * prompts for the room. */
char *
easel_slide_dup_speaker_notes (EaselSlide *self)
{
  g_autofree char *joined = NULL;

  g_return_val_if_fail (EASEL_IS_SLIDE (self), NULL);

  if (self->explanation == NULL || self->notes == NULL)
    return fill_cores (self->explanation != NULL ? self->explanation : self->notes);

  joined = g_strconcat (self->explanation, "\n", self->notes, NULL);

  return fill_cores (joined);
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
  /* Painting alone first: the time is the sum of the paintings. */
  { "sequential", { .kind = EASEL_DEMO_ATELIER, .mode = EASEL_MODE_SEQUENTIAL, .no_drying = TRUE } },
  /* Then drying too: the load strip shows the cores idle meanwhile. */
  { "sequential-load", { .kind = EASEL_DEMO_ATELIER, .mode = EASEL_MODE_SEQUENTIAL } },
  /* One event loop: one lane for its thread, one for its timers. */
  { "async", { .kind = EASEL_DEMO_ATELIER, .mode = EASEL_MODE_ASYNC, .by_thread = TRUE } },
  { "parallel-load", { EASEL_DEMO_ATELIER, 0, 0, EASEL_MODE_PARALLEL } },
  { "scaling", { EASEL_DEMO_SCALING, 0, 0, EASEL_MODE_PARALLEL } },
  { "compare", { EASEL_DEMO_COMPARE, 0, 0, EASEL_MODE_SEQUENTIAL } },
  { "measured", { EASEL_DEMO_MEASURED } },
};

/* The paintings the walkthrough's demonstrations paint in class. */
const EaselWorkload *
easel_demo_get_class_workload (void)
{
  static const EaselWorkload workload = {
    .paintings = 3, .coats = 1, .paint_ms = 400, .dry_ms = 800, .workers = 3
  };

  return &workload;
}

/* The workload @demo runs: @base (the slides' or the handout's), without
 * drying where the demonstration has none. */
void
easel_demo_get_workload (const EaselDemo     *demo,
                         const EaselWorkload *base,
                         EaselWorkload       *workload)
{
  g_return_if_fail (demo != NULL && base != NULL && workload != NULL);

  *workload = *base;
  if (demo->no_drying)
    workload->dry_ms = 0;
}

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

/* Reading the slides: the resource is in GtkBuilder's format, so that
 * translators and xgettext treat it as any template, but it is read here
 * with GMarkup: the lesson needs no GTK, and the handout is made on any
 * thread, or in a build without GTK at all. Only what the slides use is
 * understood: <object class="EaselSlide" id="…"> holding <property
 * name="…" translatable="yes"> elements; anything else is an error. */
typedef struct
{
  /* Slides by their id, "slide-01", … */
  GHashTable *slides;
  /* The object being read: its id and its properties so far (they are
   * construct-only: the slide is made at its end). */
  char       *id;
  GPtrArray  *names;
  GPtrArray  *values;
  char       *property;
  gboolean    translatable;
  GString    *text;
} Reader;

static void
reader_clear_object (Reader *reader)
{
  g_clear_pointer (&reader->id, g_free);
  g_ptr_array_set_size (reader->names, 0);
  g_ptr_array_set_size (reader->values, 0);
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Reader *reader = user_data;

  if (g_str_equal (element, "interface"))
    return;

  if (g_str_equal (element, "object") && reader->id == NULL)
    {
      const char *class_name = NULL;
      const char *id = NULL;

      if (!g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_STRING, "class", &class_name,
                                        G_MARKUP_COLLECT_STRING, "id", &id,
                                        G_MARKUP_COLLECT_INVALID))
        return;
      if (!g_str_equal (class_name, "EaselSlide"))
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                       "an object of class “%s”, not EaselSlide", class_name);
          return;
        }

      reader->id = g_strdup (id);
      return;
    }

  if (g_str_equal (element, "property") && reader->id != NULL && reader->property == NULL)
    {
      const char *name = NULL;
      gboolean translatable = FALSE;

      if (!g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_STRING, "name", &name,
                                        G_MARKUP_COLLECT_BOOLEAN | G_MARKUP_COLLECT_OPTIONAL,
                                        "translatable", &translatable,
                                        G_MARKUP_COLLECT_INVALID))
        return;
      if (g_object_class_find_property (g_type_class_peek (EASEL_TYPE_SLIDE), name) == NULL)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "a slide has no property “%s”", name);
          return;
        }

      reader->property = g_strdup (name);
      reader->translatable = translatable;
      g_string_truncate (reader->text, 0);
      return;
    }

  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
               "unexpected <%s>", element);
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Reader *reader = user_data;

  if (g_str_equal (element, "property") && reader->property != NULL)
    {
      const char *text = reader->text->str;

      /* As GtkBuilder does: translated in the app's domain. */
      if (reader->translatable && text[0] != '\0')
        text = g_dgettext (GETTEXT_PACKAGE, text);
      g_ptr_array_add (reader->names, g_steal_pointer (&reader->property));
      g_ptr_array_add (reader->values, g_strdup (text));
    }
  else if (g_str_equal (element, "object") && reader->id != NULL)
    {
      g_autofree GValue *values = g_new0 (GValue, reader->values->len);
      EaselSlide *slide;

      for (guint i = 0; i < reader->values->len; i++)
        {
          g_value_init (&values[i], G_TYPE_STRING);
          g_value_set_string (&values[i], g_ptr_array_index (reader->values, i));
        }
      slide = EASEL_SLIDE (g_object_new_with_properties (EASEL_TYPE_SLIDE, reader->names->len,
                                                         (const char **) reader->names->pdata, values));
      for (guint i = 0; i < reader->values->len; i++)
        g_value_unset (&values[i]);

      g_hash_table_insert (reader->slides, g_strdup (reader->id), slide);
      reader_clear_object (reader);
    }
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Reader *reader = user_data;

  if (reader->property != NULL)
    g_string_append_len (reader->text, text, length);
}

/* The slides in @data (the resource's format), by their ids; NULL with
 * @error set when it is not that. */
static GHashTable *
read_slides (const char  *data,
             gsize        length,
             GError     **error)
{
  static const GMarkupParser parser = { start_element_cb, end_element_cb, text_cb, NULL, NULL };
  g_autoptr(GHashTable) slides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GMarkupParseContext) context = NULL;
  Reader reader = {
    slides, NULL, g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free),
    NULL, FALSE, g_string_new (NULL)
  };
  /* The class, to look its properties up while reading. */
  gpointer klass = g_type_class_ref (EASEL_TYPE_SLIDE);
  gboolean ok;

  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &reader, NULL);
  ok = g_markup_parse_context_parse (context, data, length, error) &&
       g_markup_parse_context_end_parse (context, error);
  reader_clear_object (&reader);
  g_ptr_array_unref (reader.names);
  g_ptr_array_unref (reader.values);
  g_free (reader.property);
  g_string_free (reader.text, TRUE);
  g_type_class_unref (klass);

  return ok ? g_steal_pointer (&slides) : NULL;
}

/* The slides in @data, the resource's format, in order: "slide-01",
 * "slide-02", … up to the first missing; NULL with @error set where @data
 * is not that format. Any thread may read them. */
GListModel *
easel_slides_read (const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(GHashTable) by_id = NULL;
  GListStore *slides;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  by_id = read_slides (data, length, error);
  if (by_id == NULL)
    return NULL;

  slides = g_list_store_new (EASEL_TYPE_SLIDE);
  for (guint i = 1; ; i++)
    {
      g_autofree char *id = g_strdup_printf ("slide-%02u", i);
      EaselSlide *slide = g_hash_table_lookup (by_id, id);

      if (slide == NULL)
        break;

      g_list_store_append (slides, slide);
    }

  return G_LIST_MODEL (slides);
}

/* The slides of the walkthrough, from the app's resource. */
GListModel *
easel_slides_load (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *slides;
  gsize length;
  const char *data;

  bytes = g_resources_lookup_data (RESOURCE_BASE "/easel-slides.ui", G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The slides are missing: %s", error->message);
  data = g_bytes_get_data (bytes, &length);
  slides = easel_slides_read (data, length, &error);
  if (slides == NULL)
    g_error ("The slides are broken: %s", error->message);

  return slides;
}

static void
easel_slide_finalize (GObject *object)
{
  EaselSlide *self = EASEL_SLIDE (object);

  g_free (self->title);
  g_free (self->body);
  g_free (self->notes);
  g_free (self->explanation);
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
    case PROP_EXPLANATION:
      g_value_set_string (value, self->explanation);
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
    case PROP_EXPLANATION:
      field = &self->explanation;
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
  /* For a reader alone: the handout prints it, the speaker sees it. */
  properties[PROP_EXPLANATION] =
    g_param_spec_string ("explanation", NULL, NULL, NULL,
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
