/* easel-handout.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walkthrough as an A4 PDF handout: a title page with this machine's
 * core count and the date, then a page per slide with its title, its
 * text, the speaker's note and a figure from a real run made for the
 * handout — small runs of the paintings, a second of the hammer — so that
 * it takes seconds. It runs on a main context of its own, so it works from
 * the command line and from a worker thread alike.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-cores.h"
#include "easel-cpu-sampler.h"
#include "easel-export.h"
#include "easel-figure.h"
#include "easel-hammer.h"
#include "easel-handout.h"
#include "easel-load-plot.h"
#include "easel-scaling.h"
#include "easel-series.h"
#include "easel-slide.h"

/* A4 in points. */
#define PAGE_WIDTH  595
#define PAGE_HEIGHT 842
#define MARGIN      56

/* Small runs: the whole handout takes seconds. */
static const EaselWorkload handout_workload = { 3, 1, 150, 300, 3 };

typedef struct
{
  EaselSlide         *slide;
  /* A painting demonstration: one mode's run, all of them, or the
   * points of the scaling curve (and its prediction). */
  EaselSeries        *series;
  EaselScalingPrediction *scaling;
  /* A hammer demonstration: the loads it caused. */
  double             *loads;
  guint               n_cores;
  guint               n_samples;
} Page;

static void
page_clear (gpointer data)
{
  Page *page = data;

  g_clear_object (&page->slide);
  g_clear_object (&page->series);
  g_clear_pointer (&page->scaling, easel_scaling_prediction_free);
  g_clear_pointer (&page->loads, g_free);
}

/* The runs of a painting demonstration, on the handout's own context. */
static gboolean
run_modes (Page             *page,
           const EaselMode  *modes,
           guint             n_modes,
           GCancellable     *cancellable,
           GError          **error)
{
  page->series = easel_series_new (modes, n_modes, &handout_workload);

  return easel_series_run (page->series, cancellable, error);
}

/* The scaling curve, small: 0.3 s of work at each point, and at most 16
 * workers, so that the GIL's points (each as long as all the work) stay
 * few. */
static gboolean
run_scaling (Page          *page,
             GCancellable  *cancellable,
             GError       **error)
{
  double cores = easel_cores_get_default ()->usable;
  EaselScalingParams params;

  easel_scaling_params_init (&params, cores);
  params.max_workers = MIN (params.max_workers, 16);
  params.work_ms = MAX (300, EASEL_PAINT_MS_MIN * params.max_workers * params.coats);
  page->scaling = easel_scaling_prediction_new (&params, cores);
  page->series = easel_scaling_new_series (&params);

  return easel_series_run (page->series, cancellable, error);
}

/* Runs the hammer for a second and keeps the loads it caused. */
static gboolean
run_hammer (Page             *page,
            guint             threads,
            EaselHammerMode   mode,
            GMainContext     *context,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autoptr(EaselHammer) hammer = easel_hammer_new ();
  g_autoptr(EaselCpuSampler) sampler = easel_cpu_sampler_new (g_getenv ("EASEL_PROC_STAT"));
  guint series;

  easel_cpu_sampler_set_interval (sampler, 250);
  if (!easel_cpu_sampler_sample (sampler, NULL))
    return TRUE;  /* No /proc/stat: the page goes without a figure. */

  easel_hammer_set_mode (hammer, mode);
  easel_hammer_set_threads (hammer, threads);
  if (threads > 0 && !easel_hammer_start (hammer, error))
    return FALSE;

  for (guint i = 0; i < 5 && !g_cancellable_is_cancelled (cancellable); i++)
    {
      gint64 until = g_get_monotonic_time () + 250 * G_TIME_SPAN_MILLISECOND;

      /* Processes report through the context. */
      while (g_get_monotonic_time () < until)
        {
          while (g_main_context_iteration (context, FALSE))
            ;
          g_usleep (10 * G_TIME_SPAN_MILLISECOND);
        }
      easel_cpu_sampler_sample (sampler, NULL);
    }

  easel_hammer_stop (hammer);

  page->n_cores = easel_cpu_sampler_get_n_cores (sampler);
  page->n_samples = easel_cpu_sampler_get_n_samples (sampler);
  series = page->n_cores + 1;
  page->loads = g_new0 (double, (gsize) series * MAX (page->n_samples, 1));
  for (guint s = 0; s < series; s++)
    easel_cpu_sampler_copy_history (sampler, s < page->n_cores ? (int) s : -1,
                                    page->loads + (gsize) s * page->n_samples, page->n_samples);

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static gboolean
make_figure (Page          *page,
             GMainContext  *context,
             GCancellable  *cancellable,
             GError       **error)
{
  EaselDemo demo = easel_slide_get_demo_info (page->slide);
  static const EaselMode all[] = { EASEL_MODE_SEQUENTIAL, EASEL_MODE_ASYNC, EASEL_MODE_PARALLEL, EASEL_MODE_GIL };

  switch (demo.kind)
    {
    case EASEL_DEMO_HAMMER:
      return run_hammer (page, demo.threads, demo.hammer_mode, context, cancellable, error);
    case EASEL_DEMO_ATELIER:
      return run_modes (page, &demo.mode, 1, cancellable, error);
    case EASEL_DEMO_COMPARE:
    case EASEL_DEMO_MEASURED:
      return run_modes (page, all, G_N_ELEMENTS (all), cancellable, error);
    case EASEL_DEMO_SCALING:
      return run_scaling (page, cancellable, error);
    case EASEL_DEMO_NONE:
    default:
      return TRUE;
    }
}

static double
draw_paragraph (cairo_t                *cr,
                const EaselRenderStyle *style,
                const char             *text,
                double                  scale,
                gboolean                bold,
                EaselRgba               color,
                double                  y)
{
  g_autoptr(PangoLayout) layout = easel_render_text_layout (cr, style, scale, bold, text);
  int height;

  pango_layout_set_width (layout, (PAGE_WIDTH - 2 * MARGIN) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, NULL, &height);

  cairo_save (cr);
  easel_cairo_set_rgba (cr, color);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);

  return y + height;
}

static void
draw_figure (cairo_t                *cr,
             const EaselRenderStyle *style,
             Page                   *page,
             double                  y,
             double                  height)
{
  EaselRenderStyle figure_style;

  easel_render_style_copy (&figure_style, style);
  figure_style.font_size = 8;

  cairo_save (cr);
  cairo_translate (cr, MARGIN, y);
  cairo_rectangle (cr, 0, 0, PAGE_WIDTH - 2 * MARGIN, height);
  cairo_clip (cr);

  if (page->loads != NULL && page->n_samples > 1)
    {
      EaselLoadPlot plot = { page->n_cores, page->n_samples, page->loads, 250, NULL, 0,
                             (page->n_samples - 1) * 250 };

      easel_load_plot_draw (&plot, &figure_style, cr, PAGE_WIDTH - 2 * MARGIN, height);
    }
  else if (page->series != NULL)
    {
      guint n_results;
      const EaselRunResult *results = easel_series_get_results (page->series, &n_results);

      easel_figure_draw (results, n_results, page->scaling, &figure_style, cr, PAGE_WIDTH - 2 * MARGIN, height);
    }

  cairo_restore (cr);
  easel_render_style_clear (&figure_style);
}

static void
draw_handout_cb (cairo_t  *cr,
                 double    width,
                 double    height,
                 gpointer  user_data)
{
  GArray *pages = user_data;
  EaselRenderStyle style;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%x");
  g_autofree char *machine = NULL;
  g_autofree char *cores_text = NULL;
  double y;

  easel_render_style_init_light (&style);
  style.font_size = 12;

  /* The title page. */
  easel_cairo_set_rgba (cr, style.background);
  cairo_paint (cr);
  y = draw_paragraph (cr, &style, _("Easel"), 3.0, TRUE, style.foreground, PAGE_HEIGHT * 0.3);
  y = draw_paragraph (cr, &style, _("Sequential, asynchronous and parallel code: the walkthrough"),
                      1.4, FALSE, style.foreground, y + 12);
  cores_text = easel_cores_dup_description (easel_cores_get_default ());
  /* Translators: on the handout's title page: "Measured on a computer
   * with 2 cores, 21/11/2026"; the first %s may also say "1 of 2 cores
   * usable (CPU affinity)" */
  machine = g_strdup_printf (_("Measured on a computer with %s, %s"), cores_text, date);
  draw_paragraph (cr, &style, machine, 1.0, FALSE, style.dim, y + 24);

  for (guint i = 0; i < pages->len; i++)
    {
      Page *page = &g_array_index (pages, Page, i);
      g_autofree char *title = easel_slide_dup_title (page->slide);
      g_autofree char *body = easel_slide_dup_body (page->slide);
      g_autofree char *counter = g_strdup_printf (_("%u / %u"), i + 1, pages->len);
      g_autofree char *notes = easel_slide_dup_notes (page->slide);

      cairo_show_page (cr);
      easel_cairo_set_rgba (cr, style.background);
      cairo_paint (cr);

      y = draw_paragraph (cr, &style, title, 1.8, TRUE, style.foreground, MARGIN);
      y = draw_paragraph (cr, &style, body, 1.0, FALSE, style.foreground, y + 14);
      if (notes != NULL)
        y = draw_paragraph (cr, &style, notes, 0.85, FALSE, style.dim, y + 10);

      draw_figure (cr, &style, page, y + 20, MIN (300, PAGE_HEIGHT - MARGIN - 30 - (y + 20)));

      easel_render_text (cr, &style, 0.8, FALSE, style.dim, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - MARGIN / 2.0,
                         1.0, 1.0, counter);
    }

  easel_render_style_clear (&style);
}

/* How many pages a handout has: the title page and one per slide. */
guint
easel_handout_count_pages (void)
{
  g_autoptr(GListModel) slides = easel_slides_load ();

  return 1 + g_list_model_get_n_items (slides);
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
 * before any run. @slides come from easel_slides_load(), which builds
 * them with GtkBuilder and so must run on the main thread: this function
 * may run on another, and only reads them. The runs iterate the thread-default main context where
 * the caller pushed one (the command line attaches its signal handlers
 * there), else one of their own. Nothing is committed once @cancellable
 * is cancelled. */
gboolean
easel_handout_write (EaselAtomicFile  *target,
                     GListModel       *slides,
                     GCancellable     *cancellable,
                     GError          **error)
{
  g_autoptr(GMainContext) context = NULL;
  g_autoptr(GArray) pages = g_array_new (FALSE, TRUE, sizeof (Page));
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
      ok = make_figure (&g_array_index (pages, Page, i), context, cancellable, error);
    }

  ok = ok && easel_export_to_atomic_file (target, EASEL_EXPORT_PDF, PAGE_WIDTH, PAGE_HEIGHT,
                                          draw_handout_cb, pages, error);

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
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(EaselAtomicFile) target = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!easel_handout_check_name (file, error))
    return FALSE;

  target = easel_atomic_file_new (file, error);

  return target != NULL && easel_handout_write (target, slides, cancellable, error);
}
