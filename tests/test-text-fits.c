/* test-text-fits.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every chart drawn at the sizes it is seen at — a phone's 360 pixels, a
 * window on a 1280×720 and a 1920×1080 screen, and presenting on a
 * 720-line and a 1080-line projector — in every language Easel speaks:
 * no text's ink leaves the picture, and no two texts' ink overlap. The
 * renderers log each text they draw with its ink extents as Pango
 * measures them (the same log that gives an SVG export its text layer).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "easel-comparison.h"
#include "easel-gantt.h"
#include "easel-load-plot.h"
#include "easel-scaling-chart.h"
#include "easel-schedule.h"

typedef struct
{
  const char *name;
  double      width;
  double      height;
  /* The widget's type (from the theme, or the walkthrough's CSS while
   * presenting) and the floor presenting sets. */
  double      font_size;
  double      min_text_size;
} Size;

/* The charts' room in each case, as the app lays them out: a timeline
 * beside the paintings, or a page of its own (the comparison, the
 * curve); presenting, the demonstration's side of a slide. */
static const Size timeline_sizes[] = {
  { "360px", 336, 320, 14.67, 0 },
  { "1280x720", 760, 380, 14.67, 0 },
  { "1920x1080", 1180, 620, 14.67, 0 },
  { "presenting-720", 740, 360, 21, 16 },
  { "presenting-1080", 1110, 560, 31.5, 24 },
  /* Beside a slide's question, narrower. */
  { "presenting-720-question", 560, 360, 21, 16 },
};

static const Size page_sizes[] = {
  { "360px", 336, 560, 14.67, 0 },
  { "1280x720", 760, 470, 14.67, 0 },
  { "1920x1080", 1180, 800, 14.67, 0 },
  { "presenting-720", 760, 600, 21, 16 },
  { "presenting-1080", 1140, 900, 31.5, 24 },
  { "presenting-720-question", 560, 600, 21, 16 },
};

static const char *languages[] = { "C", "de", "fr", "es" };

typedef void (*DrawFunc) (cairo_t                *cr,
                          const EaselRenderStyle *style,
                          double                  width,
                          double                  height,
                          gpointer                data);

static gboolean
overlap (const EaselTextRecord *a,
         const EaselTextRecord *b)
{
  /* Ink that merely touches (anti-aliasing, a pixel) is no collision. */
  double x = MIN (a->ink_x + a->ink_width, b->ink_x + b->ink_width) - MAX (a->ink_x, b->ink_x);
  double y = MIN (a->ink_y + a->ink_height, b->ink_y + b->ink_height) - MAX (a->ink_y, b->ink_y);

  return x > 1.5 && y > 1.5;
}

/* Draws with @draw at @size, light, and counts (and names) the texts
 * that leave the picture or run into another. */
static guint
count_misfits (const char *chart,
                  const char *language,
                  const Size *size,
                  DrawFunc    draw,
                  gpointer    data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size->width, size->height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GArray) log = _easel_text_log_new ();
  EaselRenderStyle style;
  guint failures = 0;

  easel_render_style_init_light (&style);
  style.font_size = size->font_size;
  style.min_text_size = size->min_text_size;
  easel_render_style_grow_to_size (&style, size->width, size->height);
  _easel_render_log_text (cr, log);
  draw (cr, &style, size->width, size->height, data);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpuint (log->len, >, 0);

  for (guint i = 0; i < log->len; i++)
    {
      const EaselTextRecord *a = &g_array_index (log, EaselTextRecord, i);

      if (a->ink_width == 0 || a->ink_height == 0)
        continue;
      /* Presenting, nothing under the floor that reads from the back of
       * the room, scaled down to fit or not. */
      if (a->size < size->min_text_size - 0.5)
        {
          g_test_message ("%s, %s, %s: “%s” is %.1f px, under %.0f", chart, language, size->name, a->text,
                          a->size, size->min_text_size);
          failures++;
        }
      if (a->ink_x < -0.5 || a->ink_y < -0.5 ||
          a->ink_x + a->ink_width > size->width + 0.5 || a->ink_y + a->ink_height > size->height + 0.5)
        {
          g_test_message ("%s, %s, %s: “%s” leaves the picture (%.0f,%.0f %.0f×%.0f)",
                          chart, language, size->name, a->text, a->ink_x, a->ink_y, a->ink_width, a->ink_height);
          failures++;
        }
      for (guint j = i + 1; j < log->len; j++)
        {
          const EaselTextRecord *b = &g_array_index (log, EaselTextRecord, j);

          if (overlap (a, b))
            {
              g_test_message ("%s, %s, %s: “%s” runs into “%s”", chart, language, size->name, a->text, b->text);
              failures++;
            }
        }
    }

  easel_render_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return failures;
}

/* Every language at every size: how many misfits, each named. */
static guint
for_every_case (const char *chart,
                const Size *sizes,
                DrawFunc    draw,
                gpointer    data)
{
  guint failures = 0;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      /* A change of locale is what makes gettext look again. */
      g_setenv ("LANGUAGE", languages[l], TRUE);
      setlocale (LC_ALL, "C");
      setlocale (LC_ALL, "C.UTF-8");
      for (guint s = 0; s < G_N_ELEMENTS (timeline_sizes); s++)
        failures += count_misfits (chart, languages[l], &sizes[s], draw, data);
    }
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C");
  setlocale (LC_ALL, "C.UTF-8");

  return failures;
}

/* A finished run of @mode as the model has it, beside other programs
 * that took @other_cores, with the load of two cores for the strip. */
static EaselTrace *
run_of (EaselMode mode,
        double    other_cores)
{
  EaselWorkload w = { .paintings = 3, .coats = 2, .paint_ms = 400, .dry_ms = 800, .workers = 3 };
  g_autoptr(EaselTrace) model = easel_schedule_predict (mode, &w, 2);
  EaselTrace *trace = easel_trace_new (mode, &w, 2);
  const EaselSpan *spans;
  guint n_spans;
  double loads[2] = { 0.9, 0.4 };

  spans = easel_trace_get_spans (model, &n_spans);
  for (guint i = 0; i < n_spans; i++)
    {
      EaselSpan span = spans[i];
      g_autofree double *turns = NULL;

      /* Under the GIL, painters hold the lock 5 ms in turn: bars drawn
       * as the share they held, and labelled so. */
      if (mode == EASEL_MODE_GIL && span.phase == EASEL_PHASE_PAINT)
        {
          guint n = (guint) ((span.end_ms - span.start_ms) / 15.0);

          turns = g_new (double, 2 * MAX (n, 1));
          for (guint k = 0; k < n; k++)
            {
              turns[2 * k] = span.start_ms + k * 15.0 + span.painting * 5.0;
              turns[2 * k + 1] = turns[2 * k] + 5.0;
            }
          span.on_core = turns;
          span.n_on_core = n;
        }
      easel_trace_add_span (trace, &span);
    }
  easel_trace_set_makespan (trace, easel_trace_get_makespan (model) * (1.0 + other_cores / 4));
  for (double t = 0; t < easel_trace_get_makespan (trace); t += 50)
    easel_trace_add_core_load (trace, 50, loads, 2, 0.1);
  easel_trace_set_load (trace, 0.2, other_cores);
  easel_trace_finish (trace);

  return trace;
}

typedef struct
{
  EaselRunResult rows[EASEL_N_MODES];
} Runs;

static void
draw_gantt_cb (cairo_t                *cr,
               const EaselRenderStyle *style,
               double                  width,
               double                  height,
               gpointer                data)
{
  const EaselRunResult *run = data;
  EaselGantt gantt = {
    .trace = run->measured,
    .predicted = run->predicted,
    .now_ms = -1,
    .lanes = EASEL_GANTT_LANES_PAINTING,
    .show_predicted = TRUE,
    .finished = TRUE,
  };

  easel_gantt_draw (&gantt, style, cr, width, height);
}

static void
draw_comparison_cb (cairo_t                *cr,
                    const EaselRenderStyle *style,
                    double                  width,
                    double                  height,
                    gpointer                data)
{
  Runs *runs = data;

  easel_comparison_draw (runs->rows, EASEL_N_MODES, style, cr, width, height);
}

static void
test_gantt_and_comparison (void)
{
  Runs runs;
  guint failures = 0;
  EaselWorkload w = { .paintings = 3, .coats = 2, .paint_ms = 400, .dry_ms = 800, .workers = 3 };

  /* Parallel beside other programs: its chart and its row say so. */
  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    runs.rows[mode] = (EaselRunResult) { run_of (mode, mode == EASEL_MODE_PARALLEL ? 0.9 : 0.0),
                                         easel_schedule_predict (mode, &w, 2) };

  /* Presenting, each core's row of the load strip is 3.5 % of the
   * screen's height (25 pixels at 720 lines): the evidence that drying
   * leaves the cores idle. */
  for (guint s = 0; s < G_N_ELEMENTS (timeline_sizes); s++)
    if (timeline_sizes[s].min_text_size > 0)
      {
        const Size *size = &timeline_sizes[s];
        EaselGantt gantt = { .trace = runs.rows[0].measured, .predicted = runs.rows[0].predicted,
                             .now_ms = -1, .show_predicted = TRUE, .finished = TRUE };
        EaselGanttLayout layout;
        EaselRenderStyle style;
        /* The floor is 2.2 % of the screen's height. */
        double screen_height = size->min_text_size / 0.022;

        easel_render_style_init_light (&style);
        style.font_size = size->font_size;
        style.min_text_size = size->min_text_size;
        easel_render_style_grow_to_size (&style, size->width, size->height);
        easel_gantt_compute_layout (&gantt, &style, size->width, size->height, &layout);
        g_assert_cmpuint (layout.n_strip_rows, ==, 2);
        g_assert_cmpfloat (layout.strip_row_height, >=, 0.035 * screen_height);
        easel_render_style_clear (&style);
      }

  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    {
      g_autofree char *name = g_strdup_printf ("timeline of %s", easel_mode_to_string (mode));

      failures += for_every_case (name, timeline_sizes, draw_gantt_cb, &runs.rows[mode]);
    }
  failures += for_every_case ("comparison", page_sizes, draw_comparison_cb, &runs);

  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    {
      easel_trace_unref (runs.rows[mode].measured);
      easel_trace_unref (runs.rows[mode].predicted);
    }
  g_assert_cmpuint (failures, ==, 0);
}

typedef struct
{
  EaselScalingPrediction *prediction;
  GArray                 *results;
} Curve;

static void
draw_scaling_cb (cairo_t                *cr,
                 const EaselRenderStyle *style,
                 double                  width,
                 double                  height,
                 gpointer                data)
{
  Curve *curve = data;

  easel_scaling_draw (curve->prediction, (const EaselRunResult *) (gpointer) curve->results->data,
                      curve->results->len, NULL, style, cr, width, height);
}

static void
test_scaling (void)
{
  EaselScalingParams params;
  EaselCapacity capacity;
  guint failures;
  Curve curve;

  easel_scaling_params_init (&params, 2);
  easel_capacity_init (&capacity, 2);
  curve.prediction = easel_scaling_prediction_new (&params, &capacity);
  curve.results = easel_run_results_array_new ();

  /* Parallel with 1 and 2 workers, measured. */
  for (guint workers = 1; workers <= 2; workers++)
    {
      EaselWorkload w;
      g_autoptr(EaselTrace) trace = NULL;

      easel_scaling_workload (&params, workers, &w);
      trace = easel_schedule_predict (EASEL_MODE_PARALLEL, &w, 2);
      easel_run_results_append (curve.results, trace, trace);
    }
  failures = for_every_case ("scaling", page_sizes, draw_scaling_cb, &curve);

  g_array_unref (curve.results);
  easel_scaling_prediction_free (curve.prediction);
  g_assert_cmpuint (failures, ==, 0);
}

static void
draw_load_cb (cairo_t                *cr,
              const EaselRenderStyle *style,
              double                  width,
              double                  height,
              gpointer                data)
{
  easel_load_plot_draw (data, style, cr, width, height);
}

static void
test_load_plot (void)
{
  enum { N = 240 };
  g_autofree double *loads = g_new0 (double, 3 * N);
  int hammer[1] = { 0 };
  EaselLoadPlot plot = { .n_cores = 2, .n_samples = N, .loads = loads, .interval_ms = 250,
                         .hammer_cores = hammer, .n_hammer = 1 };

  for (guint i = 0; i < N; i++)
    {
      loads[i] = 1.0;
      loads[N + i] = 0.1;
      loads[2 * N + i] = 0.55;
    }
  g_assert_cmpuint (for_every_case ("load plot", timeline_sizes, draw_load_cb, &plot), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("EASEL_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/text-fits/gantt-and-comparison", test_gantt_and_comparison);
  g_test_add_func ("/easel/text-fits/scaling", test_scaling);
  g_test_add_func ("/easel/text-fits/load-plot", test_load_plot);

  return g_test_run ();
}
