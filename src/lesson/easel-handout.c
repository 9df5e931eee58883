/* easel-handout.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walkthrough on A4 paper, for a student reading alone: each slide
 * as a row, its text on the left (title, the line to keep, what the
 * slide says and what its figure's marks mean, the question the class
 * was asked with the model's answer and the figure measured here) and on
 * the right its figure, from a real run made for the handout
 * (easel-handout-runs.c). The teacher's version adds the prompts for the
 * room. The worksheet asks the questions with boxes to tick and blanks
 * for what the class measured, and gives the answers on its last page.
 * No text is under 7 pt. Runs on any thread, without GTK.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>

#include "easel-cores.h"
#include "easel-export.h"
#include "easel-figure.h"
#include "easel-handout-private.h"
#include "easel-load-plot.h"

/* A4 in points. */
#define PAGE_WIDTH  595
#define PAGE_HEIGHT 842
#define MARGIN      36
#define GAP         16
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)
/* A slide's text beside its figure, and the figure. */
#define TEXT_WIDTH    214
#define FIGURE_WIDTH  (CONTENT_WIDTH - TEXT_WIDTH - GAP)
#define FIGURE_HEIGHT 200
/* All four modes, under the text. */
#define WIDE_FIGURE_HEIGHT 320
/* The smallest text on paper, and the figures' type. */
#define MIN_TEXT_PT    7.0
#define FIGURE_FONT_PT 8.0

typedef struct
{
  EaselHandout     *handout;
  EaselHandoutKind  kind;
} DrawJob;

typedef struct
{
  cairo_t                *cr;
  const EaselRenderStyle *style;
  /* FALSE: only measure. */
  gboolean                draw;
} Pen;

/* @text from (@x, @y), wrapped at @width; returns where it ends. */
static double
paragraph (const Pen  *pen,
           const char *text,
           double      scale,
           gboolean    bold,
           EaselRgba   color,
           double      x,
           double      y,
           double      width)
{
  const EaselRenderStyle *style = pen->style;
  g_autoptr(PangoLayout) layout = NULL;
  int height;

  if (text == NULL || *text == '\0')
    return y;

  layout = easel_render_text_layout (pen->cr, style, scale, bold, text);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, NULL, &height);

  if (pen->draw)
    {
      cairo_save (pen->cr);
      easel_cairo_set_rgba (pen->cr, color);
      cairo_move_to (pen->cr, x, y);
      pango_cairo_show_layout (pen->cr, layout);
      cairo_restore (pen->cr);
      _easel_render_log_layout (pen->cr, layout, x, y, MAX (style->font_size * scale, style->min_text_size), text);
    }

  return y + height;
}

/* The text of @page's slide in a column at (@x, @y) of @width; returns
 * where it ends. The prompts for the room only in the teacher's
 * version. */
static double
slide_text (const Pen          *pen,
            const EaselHandout *handout,
            const HandoutPage  *page,
            EaselHandoutKind    kind,
            double              x,
            double              y,
            double              width)
{
  const EaselRenderStyle *style = pen->style;
  g_autofree char *title = easel_slide_dup_title (page->slide);
  g_autofree char *takeaway = easel_slide_dup_takeaway (page->slide);
  g_autofree char *body = easel_slide_dup_body (page->slide);
  g_autofree char *explanation = easel_slide_dup_explanation (page->slide);

  y = paragraph (pen, title, 1.2, TRUE, style->foreground, x, y, width);
  y = paragraph (pen, takeaway, 1.0, FALSE, style->accent, x, y + 2, width);
  y = paragraph (pen, body, 0.9, FALSE, style->foreground, x, y + 4, width);
  y = paragraph (pen, explanation, 0.9, FALSE, style->foreground, x, y + 3, width);

  if (page->question != NULL)
    {
      g_autofree char *answer = easel_question_dup_answer_measured (page->question, page->measured);

      y = paragraph (pen, page->question->text, 0.9, TRUE, style->foreground, x, y + 5, width);
      y = paragraph (pen, answer, 0.9, FALSE, style->foreground, x, y + 1, width);
    }

  if (kind == EASEL_HANDOUT_NOTES)
    {
      g_autofree char *notes = easel_slide_dup_notes (page->slide);

      if (notes != NULL && *notes != '\0')
        {
          /* Translators: in the teacher's handout, before the prompts for the room */
          g_autofree char *line = g_strdup_printf (_("For the teacher: %s"), notes);

          y = paragraph (pen, line, 0.85, FALSE, style->dim, x, y + 5, width);
        }
    }

  return y;
}

/* Whether @page has a figure to show. */
static gboolean
has_figure (const HandoutPage *page)
{
  return (page->hammer != NULL && page->hammer->n_samples > 1) || page->n_results > 0;
}

/* The hammer's figure: two seconds of every core, the machine's line
 * with the hammer's own share stacked under it; or, as top shows them,
 * each core's mean load over those seconds as a bar. */
static void
draw_hammer (cairo_t                *cr,
             const EaselRenderStyle *style,
             const HandoutHammer    *hammer,
             gboolean                as_top,
             double                  width,
             double                  height)
{
  g_autofree double *means = NULL;
  EaselLoadPlot plot = {
    .n_cores = hammer->n_cores,
    .n_samples = hammer->n_samples,
    .loads = hammer->loads,
    .interval_ms = EASEL_HANDOUT_HAMMER_INTERVAL_MS,
    .span_ms = (hammer->n_samples - 1) * EASEL_HANDOUT_HAMMER_INTERVAL_MS,
    .splits = hammer->splits,
    .usable_cores = easel_cores_get_default ()->usable,
    /* Translators: the work in the panel's headline, "hammer 50 %" */
    .work_label = _("hammer"),
    /* Translators: the work at the head of the panel's headline, "The hammer: 1.00 core — 1/2 = 50 % of this machine" */
    .work_title = _("The hammer"),
  };

  if (!as_top)
    {
      easel_load_plot_draw (&plot, style, cr, width, height);
      return;
    }

  means = g_new0 (double, hammer->n_cores + 1);
  for (guint core = 0; core <= hammer->n_cores; core++)
    {
      for (guint i = 0; i < hammer->n_samples; i++)
        means[core] += hammer->loads[core * hammer->n_samples + i];
      means[core] /= hammer->n_samples;
    }
  plot.n_samples = 1;
  plot.loads = means;
  plot.splits = NULL;
  /* Bars as thick as a line of text or two, not the whole box. */
  easel_load_plot_draw_bars (&plot, style, cr, width, MIN (height, hammer->n_cores * style->font_size * 4.0));
}

/* The slide's figure at (@x, @y), and under it what the hammer used by
 * its own clocks and where and when it was measured; returns where it
 * ends. */
static double
slide_figure (const Pen          *pen,
              const EaselHandout *handout,
              const HandoutPage  *page,
              double              x,
              double              y,
              double              width,
              double              height)
{
  const EaselRenderStyle *style = pen->style;
  g_autofree char *cores = easel_cores_dup_description (easel_cores_get_default ());
  g_autofree char *caption = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *scales = NULL;

  if (pen->draw)
    {
      EaselRenderStyle figure;

      easel_render_style_copy (&figure, style);
      figure.font_size = FIGURE_FONT_PT;
      cairo_save (pen->cr);
      cairo_translate (pen->cr, x, y);
      cairo_rectangle (pen->cr, 0, 0, width, height);
      cairo_clip (pen->cr);
      if (page->hammer != NULL)
        draw_hammer (pen->cr, &figure, page->hammer, easel_slide_get_demo_info (page->slide).show_top, width, height);
      else
        easel_figure_draw (page->results, page->n_results, page->scaling, &figure, pen->cr, width, height);
      cairo_restore (pen->cr);
      easel_render_style_clear (&figure);
    }
  y += height + 3;

  /* What the hammer used by its own clocks; beside top's bars, the two
   * scales side by side. */
  if (page->hammer != NULL && page->hammer->measurement.split_known)
    headline = easel_load_plot_work_headline (&page->hammer->measurement.split, easel_cores_get_default ()->usable,
                                              _("The hammer"), _("hammer"), NULL,
                                              easel_slide_get_demo_info (page->slide).show_top ? &scales : NULL);
  y = paragraph (pen, headline, 0.85, TRUE, style->foreground, x, y, width);
  y = paragraph (pen, scales, 0.85, FALSE, style->foreground, x, y, width);

  if (page->other_cores > 0.0)
    /* Translators: under a handout figure made beside busy programs; the figure itself says what they
     * changed, where they changed something */
    caption = g_strdup_printf (_("Measured on %s, %s, while other programs used %.1f cores"),
                               cores, handout->date, page->other_cores);
  else
    /* Translators: under a handout figure, "Measured on 2 cores, 27/11/2026" */
    caption = g_strdup_printf (_("Measured on %s, %s"), cores, handout->date);

  return paragraph (pen, caption, 0.8, FALSE, page->other_cores > 0.0 ? style->foreground : style->dim,
                    x, y + 1, width);
}

/* Blocks flowed down pages: a block that does not fit below another
 * starts a page. */
typedef struct
{
  Pen                 pen;
  const EaselHandout *handout;
  EaselHandoutKind    kind;
  guint               page;
  /* Known once the blocks were flowed without drawing. */
  guint               n_pages;
  double              top;
  double              y;
} Flow;

typedef double (*BlockFunc) (const Pen         *pen,
                             const Flow        *flow,
                             const HandoutPage *page,
                             guint              number,
                             double             y);

static void
flow_new_page (Flow *flow)
{
  const EaselRenderStyle *style = flow->pen.style;

  if (flow->page > 0 && flow->pen.draw)
    cairo_show_page (flow->pen.cr);
  flow->page++;
  flow->top = flow->y = MARGIN;
  if (!flow->pen.draw)
    return;

  easel_cairo_set_rgba (flow->pen.cr, style->background);
  cairo_paint (flow->pen.cr);
  {
    /* Translators: the handout's page counter, "2 / 5" */
    g_autofree char *counter = g_strdup_printf (_("%u / %u"), flow->page, flow->n_pages);

    easel_render_text (flow->pen.cr, style, 0.85, FALSE, style->dim, PAGE_WIDTH - MARGIN,
                       PAGE_HEIGHT - MARGIN / 2.0, 1.0, 1.0, counter);
  }
}

static void
flow_place (Flow              *flow,
            BlockFunc          block,
            const HandoutPage *page,
            guint              number)
{
  Pen measure = { flow->pen.cr, flow->pen.style, FALSE };
  double height = block (&measure, flow, page, number, 0.0);

  if (flow->y > flow->top && flow->y + height > PAGE_HEIGHT - MARGIN)
    flow_new_page (flow);
  else if (flow->y > flow->top && flow->pen.draw)
    {
      /* A rule between two blocks. */
      easel_cairo_set_rgba (flow->pen.cr, flow->pen.style->grid);
      cairo_set_line_width (flow->pen.cr, 0.5);
      cairo_move_to (flow->pen.cr, MARGIN, flow->y - GAP / 2.0);
      cairo_line_to (flow->pen.cr, PAGE_WIDTH - MARGIN, flow->y - GAP / 2.0);
      cairo_stroke (flow->pen.cr);
    }

  flow->y = block (&flow->pen, flow, page, number, flow->y) + GAP;
}

/* @label at @y, and a line to write on after it up to @right; returns
 * where it ends. */
static double
blank (const Pen  *pen,
       const char *label,
       double      scale,
       double      y,
       double      right)
{
  double start = MARGIN + easel_render_text_width (pen->cr, pen->style, scale, FALSE, label) + 8;

  y = paragraph (pen, label, scale, FALSE, pen->style->dim, MARGIN, y, CONTENT_WIDTH);
  if (pen->draw && start < right)
    {
      easel_cairo_set_rgba (pen->cr, pen->style->grid);
      cairo_set_line_width (pen->cr, 0.8);
      cairo_move_to (pen->cr, start, y - 1.5);
      cairo_line_to (pen->cr, right, y - 1.5);
      cairo_stroke (pen->cr);
    }

  return y;
}

/* The worksheet's question @number: the slide's title, the question, a
 * box to tick for each choice and a line for what the class measured. */
static double
worksheet_question (const Pen          *pen,
                    const Flow         *flow,
                    const HandoutPage  *page,
                    guint               number,
                    double              y)
{
  const EaselRenderStyle *style = pen->style;
  const EaselQuestion *question = page->question;
  g_autofree char *slide = easel_slide_dup_title (page->slide);
  g_autofree char *title = g_strdup_printf ("%u. %s", number, slide);
  double column = CONTENT_WIDTH / (double) EASEL_QUESTION_MAX_CHOICES;
  double box = style->font_size;
  double bottom = y;

  y = paragraph (pen, title, 1.0, TRUE, style->foreground, MARGIN, y, CONTENT_WIDTH);
  y = paragraph (pen, question->text, 0.95, FALSE, style->foreground, MARGIN, y + 2, CONTENT_WIDTH);
  y += 6;
  for (guint i = 0; i < question->n_choices; i++)
    {
      double x = MARGIN + i * column;
      g_autofree char *choice = g_strdup_printf ("%c   %s", 'A' + i, question->labels[i]);

      if (pen->draw)
        {
          easel_cairo_set_rgba (pen->cr, style->foreground);
          cairo_set_line_width (pen->cr, 0.8);
          cairo_rectangle (pen->cr, x + 0.5, y + 1.5, box, box);
          cairo_stroke (pen->cr);
        }
      bottom = MAX (bottom, paragraph (pen, choice, 0.95, FALSE, style->foreground, x + box + 6, y,
                                       column - box - 12));
    }
  y = bottom + 8;

  /* Translators: on the worksheet, a line for the students to fill in */
  return blank (pen, _("What we measured in class:"), 0.9, y, MARGIN + CONTENT_WIDTH);
}

/* The worksheet's answer @number, on its last page. */
static double
worksheet_answer (const Pen          *pen,
                  const Flow         *flow,
                  const HandoutPage  *page,
                  guint               number,
                  double              y)
{
  g_autofree char *slide = easel_slide_dup_title (page->slide);
  g_autofree char *title = g_strdup_printf ("%u. %s", number, slide);
  g_autofree char *answer = easel_question_dup_answer_measured (page->question, page->measured);

  y = paragraph (pen, title, 0.9, TRUE, pen->style->foreground, MARGIN, y, CONTENT_WIDTH);

  return paragraph (pen, answer, 0.9, FALSE, pen->style->foreground, MARGIN, y + 1, CONTENT_WIDTH);
}


/* One slide as a row at @y: its text, and its figure beside it; returns
 * where the row ends. */
static double
slide_row (const Pen         *pen,
           const Flow        *flow,
           const HandoutPage *page,
           guint              number,
           double             y)
{
  gboolean figure = has_figure (page);
  double text_end;

  /* All four modes on one axis need the page's width, under the text. */
  if (figure && easel_slide_get_demo_info (page->slide).kind == EASEL_DEMO_COMPARE)
    {
      text_end = slide_text (pen, flow->handout, page, flow->kind, MARGIN, y, CONTENT_WIDTH);
      return slide_figure (pen, flow->handout, page, MARGIN, text_end + 8, CONTENT_WIDTH, WIDE_FIGURE_HEIGHT);
    }

  text_end = slide_text (pen, flow->handout, page, flow->kind, MARGIN, y, figure ? TEXT_WIDTH : CONTENT_WIDTH);
  if (!figure)
    return text_end;

  return MAX (text_end, slide_figure (pen, flow->handout, page, MARGIN + TEXT_WIDTH + GAP, y,
                                      FIGURE_WIDTH, FIGURE_HEIGHT));
}

/* The first page's head: the title, the machine and the date, and the
 * hammer's loop that the first slides run (or, on the worksheet, a line
 * for a name and what to do); returns where it ends. */
static double
head (const Pen          *pen,
      const Flow         *flow,
      const HandoutPage  *page,
      guint               number,
      double              y)
{
  const EaselRenderStyle *style = pen->style;
  g_autofree char *cores = easel_cores_dup_description (easel_cores_get_default ());
  g_autofree char *machine = NULL;
  double listing_width = 150;
  double text_width = CONTENT_WIDTH - listing_width - GAP;
  double left = PAGE_WIDTH - MARGIN - listing_width;
  double top = y;
  double bottom;
  EaselRenderStyle code = *style;
  Pen code_pen = { pen->cr, &code, pen->draw };

  if (flow->kind == EASEL_HANDOUT_WORKSHEET)
    {
      y = paragraph (pen, _("Predict, then watch: a worksheet"), 1.6, TRUE, style->foreground, MARGIN, y,
                     CONTENT_WIDTH);
      y = paragraph (pen, _("Before each demonstration, tick the answer you expect. Afterwards, write down what was "
                            "measured, and compare. The answers are on the last page: look only at the end."),
                     1.0, FALSE, style->foreground, MARGIN, y + 6, CONTENT_WIDTH);
      /* Translators: on the worksheet, where students write their name */
      return blank (pen, _("Name:"), 1.0, y + 12, MARGIN + 300);
    }

  y = paragraph (pen, _("Sequential, asynchronous and parallel code"), 1.6, TRUE, style->foreground, MARGIN, y,
                 text_width);
  /* Translators: on the handout's first page: "Measured with Easel on a
   * computer with 2 cores, 2026-11-21, …"; the first %s may also say "1 of 2
   * cores usable (CPU affinity)" */
  machine = g_strdup_printf (_("Measured with Easel on a computer with %s, %s, in small runs made for this handout: "
                               "the times are shorter than in class, the shapes the same"),
                             cores, flow->handout->date);
  y = paragraph (pen, machine, 0.9, FALSE, style->dim, MARGIN, y + 4, text_width);

  /* The hammer's loop, as the slides show it. */
  top = paragraph (pen, _("The CPU hammer"), 0.9, TRUE, style->dim, left, top, listing_width) + 2;
  code.font_family = (char *) "Monospace";
  bottom = paragraph (&code_pen, "x = 1\nwhile True:\n    x += 1", 0.9, FALSE, style->foreground,
                      left + 6, top + 4, listing_width - 12);
  if (pen->draw)
    {
      easel_cairo_set_rgba (pen->cr, style->grid);
      cairo_set_line_width (pen->cr, 1.0);
      cairo_rectangle (pen->cr, left + 0.5, top + 0.5, listing_width - 1, bottom - top + 4);
      cairo_stroke (pen->cr);
    }

  return MAX (y, bottom + 4);
}

/* The answers' heading, atop the worksheet's last page. */
static double
answers_head (const Pen          *pen,
              const Flow         *flow,
              const HandoutPage  *page,
              guint               number,
              double              y)
{
  g_autofree char *cores = easel_cores_dup_description (easel_cores_get_default ());
  /* Translators: atop the worksheet's last page, "Answers, measured on 2 cores, 2026-12-07" */
  g_autofree char *title = g_strdup_printf (_("Answers, measured on %s, %s"), cores, flow->handout->date);

  return paragraph (pen, title, 1.4, TRUE, pen->style->foreground, MARGIN, y, CONTENT_WIDTH);
}

/* Flows @kind's blocks down pages, drawing them where @flow's pen
 * draws; returns the pages. */
static guint
flow_all (Flow *flow)
{
  const EaselHandout *handout = flow->handout;
  guint number = 0;

  flow->page = 0;
  flow_new_page (flow);
  flow_place (flow, head, NULL, 0);

  for (guint i = 0; i < handout->pages->len; i++)
    {
      const HandoutPage *page = &g_array_index (handout->pages, HandoutPage, i);

      if (flow->kind != EASEL_HANDOUT_WORKSHEET)
        flow_place (flow, slide_row, page, i + 1);
      else if (page->question != NULL)
        flow_place (flow, worksheet_question, page, ++number);
    }

  if (flow->kind == EASEL_HANDOUT_WORKSHEET)
    {
      flow_new_page (flow);
      flow_place (flow, answers_head, NULL, 0);
      number = 0;
      for (guint i = 0; i < handout->pages->len; i++)
        {
          const HandoutPage *page = &g_array_index (handout->pages, HandoutPage, i);

          if (page->question != NULL)
            flow_place (flow, worksheet_answer, page, ++number);
        }
    }

  return flow->page;
}

/* Draws the handout as @kind on @cr, page after page of A4 in points
 * (the last page not shown); returns how many pages. Its runs are those
 * easel_handout_measure() made, or none. */
guint
easel_handout_draw (EaselHandout     *self,
                    EaselHandoutKind  kind,
                    cairo_t          *cr)
{
  EaselRenderStyle style;
  Flow flow = { { cr, &style, FALSE }, self, kind };
  guint n_pages;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);

  easel_render_style_init_light (&style);
  style.font_size = 9;
  style.min_text_size = MIN_TEXT_PT;

  /* Once to count the pages, once to draw them. */
  flow.n_pages = flow_all (&flow);
  flow.pen.draw = TRUE;
  n_pages = flow_all (&flow);
  easel_render_style_clear (&style);

  return n_pages;
}

static void
draw_cb (cairo_t  *cr,
         double    width,
         double    height,
         gpointer  user_data)
{
  DrawJob *job = user_data;

  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF)
    {
      cairo_surface_t *pdf = cairo_get_target (cr);

      cairo_pdf_surface_set_metadata (pdf, CAIRO_PDF_METADATA_TITLE,
                                      job->kind == EASEL_HANDOUT_WORKSHEET ? _("Predict, then watch: a worksheet")
                                                                           : _("Sequential, asynchronous and parallel code"));
      cairo_pdf_surface_set_metadata (pdf, CAIRO_PDF_METADATA_SUBJECT,
                                      _("The walkthrough of Easel, with figures measured on this computer"));
      cairo_pdf_surface_set_metadata (pdf, CAIRO_PDF_METADATA_CREATOR, "Easel " PACKAGE_VERSION);
    }

  easel_handout_draw (job->handout, job->kind, cr);
}

/* Writes the handout, measured, as @kind to @target (made beforehand, so
 * that a bad name failed before any run), and commits it. */
gboolean
easel_handout_save (EaselHandout      *self,
                    EaselHandoutKind   kind,
                    EaselAtomicFile   *target,
                    GError           **error)
{
  DrawJob job = { self, kind };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  return easel_export_to_atomic_file (target, EASEL_EXPORT_PDF, PAGE_WIDTH, PAGE_HEIGHT, draw_cb, &job, error) &&
         easel_atomic_file_commit (target, error);
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

/* Makes the handout of @slides as @kind (running the small
 * demonstrations it shows) and writes it to @target, created beforehand
 * so that a bad name failed before any run. Runs on any thread; the
 * slides are only read. Nothing is committed once @cancellable is
 * cancelled. */
gboolean
easel_handout_write (EaselAtomicFile   *target,
                     GListModel        *slides,
                     EaselHandoutKind   kind,
                     GCancellable      *cancellable,
                     GError           **error)
{
  g_autoptr(EaselHandout) handout = NULL;

  g_return_val_if_fail (target != NULL, FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (slides), FALSE);

  handout = easel_handout_new (slides, kind);

  return easel_handout_measure (handout, cancellable, error) &&
         easel_handout_save (handout, kind, target, error);
}

/* Makes the handout of @slides as @kind and writes it to @file, a .pdf,
 * whole or not at all. Runs on any thread; the slides are only read. */
gboolean
easel_handout_export (GFile             *file,
                      GListModel        *slides,
                      EaselHandoutKind   kind,
                      GCancellable      *cancellable,
                      GError           **error)
{
  g_autoptr(EaselAtomicFile) target = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!easel_handout_check_name (file, error))
    return FALSE;

  target = easel_atomic_file_new (file, error);

  return target != NULL && easel_handout_write (target, slides, kind, cancellable, error);
}
