/* easel-handout.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walkthrough as an A4 PDF handout students keep: four slides a page
 * (two with the teacher's notes), each with its title, its one-line
 * takeaway and a figure from a real run made for the handout — every
 * painting mode once, small, and under a second of the hammer — with the
 * core count and the date, so that it takes seconds. The first page
 * carries the hammer's loop. It runs on a main context of its own, so it works from
 * the command line and from a worker thread alike.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>

#include "easel-cores.h"
#include "easel-cpu-sampler.h"
#include "easel-export.h"
#include "easel-figure.h"
#include "easel-hammer-measure.h"
#include "easel-hammer.h"
#include "easel-handout.h"
#include "easel-load-plot.h"
#include "easel-question.h"
#include "easel-scaling.h"
#include "easel-series.h"
#include "easel-slide.h"

/* A4 in points. */
#define PAGE_WIDTH  595
#define PAGE_HEIGHT 842
#define MARGIN      36
#define GAP         18

/* Small runs: the whole handout takes seconds. */
static const EaselWorkload handout_workload = {
  .paintings = 3, .coats = 1, .paint_ms = 150, .dry_ms = 300, .workers = 3
};

/* The hammer's figures: this long, sampled this often. */
#define HAMMER_MS          800
#define HAMMER_INTERVAL_MS 100

typedef struct
{
  EaselSlide             *slide;
  /* A painting demonstration: one mode's run or all of them (into the
   * handout's one series), or the scaling curve (a series of its own,
   * and its prediction). */
  const EaselRunResult   *results;
  guint                   n_results;
  EaselSeries            *scaling_series;
  EaselScalingPrediction *scaling;
  /* A hammer demonstration: the loads it caused. */
  double                 *loads;
  guint                   n_cores;
  guint                   n_samples;
  /* Other programs' mean cores meanwhile, where that muddied it; or 0. */
  double                  other_cores;
} Page;

typedef struct
{
  GArray      *pages;
  /* Every painting mode, run once for all the slides that show them, and
   * sequential painting that needs no drying. */
  EaselSeries *modes;
  EaselSeries *painting_only;
  gboolean     with_notes;
  char        *date;
} Handout;

static void
page_clear (gpointer data)
{
  Page *page = data;

  g_clear_object (&page->slide);
  g_clear_object (&page->scaling_series);
  g_clear_pointer (&page->scaling, easel_scaling_prediction_free);
  g_clear_pointer (&page->loads, g_free);
}

/* The run of @mode among the handout's runs, for a slide about it; all
 * of them for the comparison. */
static gboolean
use_modes (Handout          *handout,
           Page             *page,
           const EaselMode  *mode,
           GCancellable     *cancellable,
           GError          **error)
{
  const EaselRunResult *results;
  guint n_results;

  if (handout->modes == NULL)
    {
      handout->modes = easel_series_new_all (&handout_workload);
      if (!easel_series_run (handout->modes, cancellable, error))
        return FALSE;
    }

  results = easel_series_get_results (handout->modes, &n_results);
  page->results = results;
  page->n_results = n_results;
  for (guint i = 0; mode != NULL && i < n_results; i++)
    if (easel_trace_get_mode (results[i].measured) == *mode)
      {
        page->results = &results[i];
        page->n_results = 1;
      }
  page->other_cores = easel_run_results_get_other_cores (page->results, page->n_results);

  return TRUE;
}

/* Paintings that need no drying, in @mode (the one slide that shows
 * them), run once: a series of their own. */
static gboolean
use_painting_only (Handout       *handout,
                   Page          *page,
                   EaselMode      mode,
                   GCancellable  *cancellable,
                   GError       **error)
{
  EaselWorkload workload = handout_workload;

  workload.dry_ms = 0;
  if (handout->painting_only == NULL)
    {
      handout->painting_only = easel_series_new (&mode, 1, &workload);
      if (!easel_series_run (handout->painting_only, cancellable, error))
        return FALSE;
    }

  page->results = easel_series_get_results (handout->painting_only, &page->n_results);
  page->other_cores = easel_run_results_get_other_cores (page->results, page->n_results);

  return TRUE;
}

/* The scaling curve, small: 0.2 s of work at each point, and at most 16
 * workers, so that the GIL's points (each as long as all the work) stay
 * few. */
static gboolean
run_scaling (Page          *page,
             GCancellable  *cancellable,
             GError       **error)
{
  double cores = easel_cores_get_default ()->usable;
  EaselCapacity capacity;
  EaselScalingParams params;
  const EaselRunResult *results;

  easel_scaling_params_init (&params, cores);
  params.max_workers = MIN (params.max_workers, 16);
  params.work_ms = MAX (200, EASEL_PAINT_MS_MIN * params.max_workers * params.coats);
  easel_capacity_init_default (&capacity);
  page->scaling = easel_scaling_prediction_new (&params, &capacity);
  page->scaling_series = easel_scaling_new_series (&params);

  if (!easel_series_run (page->scaling_series, cancellable, error))
    return FALSE;

  results = easel_series_get_results (page->scaling_series, &page->n_results);
  page->results = results;
  page->other_cores = easel_run_results_get_other_cores (results, page->n_results);

  return TRUE;
}

/* Runs the hammer for a moment and keeps the loads it caused. */
static gboolean
run_hammer (Page             *page,
            guint             threads,
            EaselHammerMode   mode,
            GMainContext     *context,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autoptr(EaselHammer) hammer = threads > 0 ? easel_hammer_new () : NULL;
  g_autoptr(EaselCpuSampler) sampler = easel_cpu_sampler_new (g_getenv ("EASEL_PROC_STAT"));
  g_autofree EaselCpuSplit *splits = NULL;
  EaselHammerMeasurement measurement;
  double usable = easel_cores_get_default ()->usable;

  easel_cpu_sampler_set_interval (sampler, HAMMER_INTERVAL_MS);
  if (!easel_cpu_sampler_sample (sampler, NULL))
    return TRUE;  /* No /proc/stat: the page goes without a figure. */

  if (hammer != NULL)
    {
      easel_hammer_set_mode (hammer, mode);
      easel_hammer_set_threads (hammer, threads);
    }
  /* Processes report through the context, which the measurement runs. */
  if (!easel_hammer_measure (hammer, sampler, HAMMER_MS, context, cancellable, &measurement, error))
    return FALSE;

  page->n_cores = easel_cpu_sampler_get_n_cores (sampler);
  page->n_samples = easel_cpu_sampler_copy_all (sampler, easel_cpu_sampler_get_n_samples (sampler),
                                                &page->loads, &splits);
  if (measurement.split_known && easel_other_cores_disturb (measurement.split.other, usable))
    page->other_cores = measurement.split.other;

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static gboolean
make_figure (Handout       *handout,
             Page          *page,
             GMainContext  *context,
             GCancellable  *cancellable,
             GError       **error)
{
  EaselDemo demo = easel_slide_get_demo_info (page->slide);

  switch (demo.kind)
    {
    case EASEL_DEMO_HAMMER:
      return run_hammer (page, demo.threads, demo.hammer_mode, context, cancellable, error);
    case EASEL_DEMO_ATELIER:
      if (demo.no_drying)
        return use_painting_only (handout, page, demo.mode, cancellable, error);
      return use_modes (handout, page, &demo.mode, cancellable, error);
    case EASEL_DEMO_COMPARE:
    case EASEL_DEMO_MEASURED:
      return use_modes (handout, page, NULL, cancellable, error);
    case EASEL_DEMO_SCALING:
      return run_scaling (page, cancellable, error);
    case EASEL_DEMO_NONE:
    default:
      return TRUE;
    }
}

/* @text from (@x, @y), wrapped at @width; returns where it ends. */
static double
draw_paragraph (cairo_t                *cr,
                const EaselRenderStyle *style,
                const char             *text,
                double                  scale,
                gboolean                bold,
                EaselRgba               color,
                double                  x,
                double                  y,
                double                  width)
{
  g_autoptr(PangoLayout) layout = easel_render_text_layout (cr, style, scale, bold, text);
  int height;

  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, NULL, &height);

  cairo_save (cr);
  easel_cairo_set_rgba (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);

  return y + height;
}

/* The slide's figure in the box at (@x, @y); FALSE if it has none. */
static gboolean
draw_figure (cairo_t                *cr,
             const EaselRenderStyle *style,
             Page                   *page,
             double                  x,
             double                  y,
             double                  width,
             double                  height)
{
  EaselRenderStyle figure_style;

  if (!(page->loads != NULL && page->n_samples > 1) && page->n_results == 0)
    return FALSE;

  easel_render_style_copy (&figure_style, style);
  figure_style.font_size = 6.5;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  if (page->loads != NULL && page->n_samples > 1)
    {
      EaselLoadPlot plot = { page->n_cores, page->n_samples, page->loads, HAMMER_INTERVAL_MS, NULL, 0,
                             (page->n_samples - 1) * HAMMER_INTERVAL_MS };

      easel_load_plot_draw (&plot, &figure_style, cr, width, height);
    }
  else
    {
      easel_figure_draw (page->results, page->n_results, page->scaling, &figure_style, cr, width, height);
    }

  cairo_restore (cr);
  easel_render_style_clear (&figure_style);

  return TRUE;
}

/* The slide's question, as the class was asked it before the demo, and
 * its answer with why, for a student reading alone; returns where it
 * ends. */
static double
draw_question (cairo_t                *cr,
               const EaselRenderStyle *style,
               Page                   *page,
               double                  x,
               double                  y,
               double                  width)
{
  EaselDemo demo = easel_slide_get_demo_info (page->slide);
  EaselWorkload workload;
  EaselCapacity capacity;
  g_autoptr(EaselQuestion) question = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *line = NULL;

  easel_demo_get_workload (&demo, &handout_workload, &workload);
  easel_capacity_init_default (&capacity);
  question = easel_question_new_for_demo (&demo, &workload, &capacity);
  if (question == NULL)
    return y;

  answer = easel_question_dup_answer (question);
  line = g_strdup_printf ("%s. %s", answer, question->explanation);
  y = draw_paragraph (cr, style, question->text, 0.8, TRUE, style->foreground, x, y + 4, width);

  return draw_paragraph (cr, style, line, 0.8, FALSE, style->foreground, x, y + 1, width);
}

/* One slide in the box at (@x, @y): its title and takeaway (with the
 * teacher's notes, its text and notes too), its figure, and under the
 * figure where and when it was measured. */
static void
draw_slide (cairo_t                *cr,
            const EaselRenderStyle *style,
            const Handout          *handout,
            Page                   *page,
            double                  x,
            double                  y,
            double                  width,
            double                  height)
{
  g_autofree char *title = easel_slide_dup_title (page->slide);
  g_autofree char *takeaway = easel_slide_dup_takeaway (page->slide);
  g_autofree char *cores = easel_cores_dup_description (easel_cores_get_default ());
  g_autofree char *caption = NULL;
  double bottom = y + height;
  double caption_height = style->font_size * 1.6;

  y = draw_paragraph (cr, style, title, 1.15, TRUE, style->foreground, x, y, width);
  y = draw_paragraph (cr, style, takeaway ? takeaway : "", 0.95, FALSE, style->accent, x, y + 3, width);
  y = draw_question (cr, style, page, x, y, width);
  if (handout->with_notes)
    {
      g_autofree char *body = easel_slide_dup_body (page->slide);
      g_autofree char *notes = easel_slide_dup_notes (page->slide);

      y = draw_paragraph (cr, style, body, 0.85, FALSE, style->foreground, x, y + 4, width);
      y = draw_paragraph (cr, style, notes, 0.8, FALSE, style->dim, x, y + 3, width);
    }

  if (page->other_cores > 0.0)
    /* Translators: under a handout figure made beside busy programs; the figure itself says what they
     * changed, where they changed something */
    caption = g_strdup_printf (_("Measured on %s, %s, while other programs used %.1f cores"),
                               cores, handout->date, page->other_cores);
  else
    /* Translators: under a handout figure, "Measured on 2 cores, 27/11/2026" */
    caption = g_strdup_printf (_("Measured on %s, %s"), cores, handout->date);

  if (draw_figure (cr, style, page, x, y + 6, width, bottom - caption_height - (y + 6)))
    draw_paragraph (cr, style, caption, 0.7, FALSE, page->other_cores > 0.0 ? style->foreground : style->dim,
                    x, bottom - caption_height + 2, width);
  else if (!handout->with_notes)
    {
      /* A slide of text alone: its text is its figure. */
      g_autofree char *body = easel_slide_dup_body (page->slide);

      draw_paragraph (cr, style, body, 0.9, FALSE, style->foreground, x, y + 6, width);
    }
}

/* The first page's head: the title, the machine and the date, and the
 * hammer's loop that the first slides run. */
static double
draw_head (cairo_t                *cr,
           const EaselRenderStyle *style,
           const Handout          *handout)
{
  g_autofree char *cores = easel_cores_dup_description (easel_cores_get_default ());
  g_autofree char *machine = NULL;
  double listing_width = 150;
  double text_width = PAGE_WIDTH - 2 * MARGIN - listing_width - GAP;
  double y = MARGIN;
  double listing_y;

  y = draw_paragraph (cr, style, _("Sequential, asynchronous and parallel code"), 1.5, TRUE, style->foreground,
                      MARGIN, y, text_width);
  /* Translators: on the handout's first page: "Measured with Easel on a
   * computer with 2 cores, 2026-11-21, …"; the first %s may also say "1 of 2
   * cores usable (CPU affinity)" */
  machine = g_strdup_printf (_("Measured with Easel on a computer with %s, %s, in small runs made for this handout: "
                               "the times are shorter than in class, the shapes the same"),
                             cores, handout->date);
  y = draw_paragraph (cr, style, machine, 0.85, FALSE, style->dim, MARGIN, y + 4, text_width);

  /* The hammer's loop, as the slides show it. */
  listing_y = MARGIN;
  draw_paragraph (cr, style, _("The CPU hammer"), 0.8, TRUE, style->dim,
                  PAGE_WIDTH - MARGIN - listing_width, listing_y, listing_width);
  {
    EaselRenderStyle code = *style;
    double top = listing_y + style->font_size * 1.3;
    double bottom;

    code.font_family = (char *) "Monospace";
    bottom = draw_paragraph (cr, &code, "x = 1\nwhile True:\n    x += 1", 0.85, FALSE, style->foreground,
                             PAGE_WIDTH - MARGIN - listing_width + 6, top + 4, listing_width - 12);
    easel_cairo_set_rgba (cr, style->grid);
    cairo_set_line_width (cr, 1.0);
    cairo_rectangle (cr, PAGE_WIDTH - MARGIN - listing_width + 0.5, top + 0.5, listing_width - 1, bottom - top + 4);
    cairo_stroke (cr);
    y = MAX (y, bottom + 4);
  }

  return y + GAP;
}

/* Slides a page holds: four, or two with the teacher's notes. */
static guint
slides_per_page (gboolean with_notes)
{
  return with_notes ? 2 : 4;
}

static void
draw_handout_cb (cairo_t  *cr,
                 double    width,
                 double    height,
                 gpointer  user_data)
{
  Handout *handout = user_data;
  guint per_page = slides_per_page (handout->with_notes);
  guint columns = handout->with_notes ? 1 : 2;
  guint rows = per_page / columns;
  EaselRenderStyle style;
  double top = MARGIN;

  easel_render_style_init_light (&style);
  style.font_size = 9;

  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF)
    {
      cairo_surface_t *pdf = cairo_get_target (cr);

      cairo_pdf_surface_set_metadata (pdf, CAIRO_PDF_METADATA_TITLE, _("Sequential, asynchronous and parallel code"));
      cairo_pdf_surface_set_metadata (pdf, CAIRO_PDF_METADATA_SUBJECT,
                                      _("The walkthrough of Easel, with figures measured on this computer"));
      cairo_pdf_surface_set_metadata (pdf, CAIRO_PDF_METADATA_CREATOR, "Easel " PACKAGE_VERSION);
    }

  for (guint i = 0; i < handout->pages->len; i++)
    {
      guint cell = i % per_page;
      double cell_width = (PAGE_WIDTH - 2 * MARGIN - (columns - 1) * GAP) / columns;
      double cell_height;

      if (cell == 0)
        {
          g_autofree char *counter = NULL;
          guint page_number = i / per_page + 1;

          if (i > 0)
            cairo_show_page (cr);
          easel_cairo_set_rgba (cr, style.background);
          cairo_paint (cr);
          top = i == 0 ? draw_head (cr, &style, handout) : MARGIN;

          counter = g_strdup_printf (_("%u / %u"), page_number,
                                     (handout->pages->len + per_page - 1) / per_page);
          easel_render_text (cr, &style, 0.8, FALSE, style.dim, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - MARGIN / 2.0,
                             1.0, 1.0, counter);
        }

      cell_height = (PAGE_HEIGHT - MARGIN - top - (rows - 1) * GAP) / rows;
      draw_slide (cr, &style, handout, &g_array_index (handout->pages, Page, i),
                  MARGIN + (cell % columns) * (cell_width + GAP),
                  top + (cell / columns) * (cell_height + GAP), cell_width, cell_height);
    }

  easel_render_style_clear (&style);
}

/* How many pages a handout of the walkthrough has. */
guint
easel_handout_count_pages (gboolean with_notes)
{
  g_autoptr(GListModel) slides = easel_slides_load ();
  guint per_page = slides_per_page (with_notes);

  return (g_list_model_get_n_items (slides) + per_page - 1) / per_page;
}

/* Whether @file can be a handout: a name ending in .pdf. */
gboolean
easel_handout_check_name (GFile   *file,
                          GError **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  basename = g_file_get_basename (file);
  lower = g_ascii_strdown (basename ? basename : "", -1);
  if (!g_str_has_suffix (lower, ".pdf"))
    {
      g_autofree char *name = g_filename_display_name (basename ? basename : "");

      g_set_error (error, EASEL_EXPORT_ERROR, EASEL_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("A handout is a PDF: use a name ending in .pdf, not “%s”"), name);
      return FALSE;
    }

  return TRUE;
}

/* Makes the handout (running the small demonstrations it shows) and
 * writes it to @target, created beforehand so that a bad name failed
 * before any run. @slides come from easel_slides_load(); this function
 * may run on any thread, and only reads them. The runs iterate the
 * thread-default main context where
 * the caller pushed one (the command line attaches its signal handlers
 * there), else one of their own. Nothing is committed once @cancellable
 * is cancelled. */
gboolean
easel_handout_write (EaselAtomicFile  *target,
                     GListModel       *slides,
                     gboolean          with_notes,
                     GCancellable     *cancellable,
                     GError          **error)
{
  g_autoptr(GMainContext) context = NULL;
  g_autoptr(GArray) pages = g_array_new (FALSE, TRUE, sizeof (Page));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* A date no reader can take for another. */
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  Handout handout = { .pages = pages, .with_notes = with_notes, .date = date };
  gboolean ok = TRUE;

  g_return_val_if_fail (target != NULL, FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (slides), FALSE);

  context = g_main_context_get_thread_default ();
  if (context != NULL)
    g_main_context_ref (context);
  else
    context = g_main_context_new ();

  g_array_set_clear_func (pages, page_clear);
  g_main_context_push_thread_default (context);

  for (guint i = 0; ok && i < g_list_model_get_n_items (slides); i++)
    {
      Page page = { g_list_model_get_item (slides, i) };

      g_array_append_val (pages, page);
      ok = make_figure (&handout, &g_array_index (pages, Page, i), context, cancellable, error);
    }

  ok = ok && easel_export_to_atomic_file (target, EASEL_EXPORT_PDF, PAGE_WIDTH, PAGE_HEIGHT,
                                          draw_handout_cb, &handout, error);
  g_clear_object (&handout.modes);
  g_clear_object (&handout.painting_only);

  /* A signal that came during the write is heard before the rename. */
  while (g_main_context_iteration (context, FALSE))
    ;
  g_main_context_pop_thread_default (context);

  return ok &&
         !g_cancellable_set_error_if_cancelled (cancellable, error) &&
         easel_atomic_file_commit (target, error);
}

/* Makes the handout of @slides and writes it to @file, a .pdf, whole or
 * not at all. Runs on any thread; the slides are only read. */
gboolean
easel_handout_export (GFile         *file,
                      GListModel    *slides,
                      gboolean       with_notes,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(EaselAtomicFile) target = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!easel_handout_check_name (file, error))
    return FALSE;

  target = easel_atomic_file_new (file, error);

  return target != NULL && easel_handout_write (target, slides, with_notes, cancellable, error);
}
