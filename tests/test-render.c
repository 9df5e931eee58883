/* test-render.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The renderers, drawn into image surfaces and read back pixel by pixel,
 * and the exports in every format.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "easel-chart-kit.h"
#include "easel-comparison.h"
#include "easel-export.h"
#include "easel-gantt-private.h"
#include "easel-load-plot.h"
#include "easel-picture.h"
#include "easel-scaling-chart.h"
#include "easel-schedule.h"

#define WIDTH 1600
#define HEIGHT 900

typedef struct
{
  guint8 red;
  guint8 green;
  guint8 blue;
} Pixel;

static Pixel
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 value;

  cairo_surface_flush (surface);
  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (y, >=, 0);
  g_assert_cmpfloat (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpfloat (y, <, cairo_image_surface_get_height (surface));

  value = *(const guint32 *) (gconstpointer) (data + (int) y * stride + (int) x * 4);

  return (Pixel) { (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff };
}

static gboolean
pixel_is (Pixel     pixel,
          EaselRgba color)
{
  return fabs (pixel.red - color.red * 255) <= 3 &&
         fabs (pixel.green - color.green * 255) <= 3 &&
         fabs (pixel.blue - color.blue * 255) <= 3;
}

static gboolean
pixels_equal (Pixel a,
              Pixel b)
{
  return ABS (a.red - b.red) <= 3 && ABS (a.green - b.green) <= 3 && ABS (a.blue - b.blue) <= 3;
}

static gboolean
pixel_is_grey (Pixel pixel)
{
  return ABS (pixel.red - pixel.green) <= 6 && ABS (pixel.green - pixel.blue) <= 6;
}

/* Two paintings, one coat: painting 0 paints 0–500 and dries 500–1500;
 * painting 1 waits until 500, paints until 1000 and dries until 2000. */
static EaselTrace *
make_trace (void)
{
  EaselWorkload w = { .paintings = 2, .coats = 1, .paint_ms = 500, .dry_ms = 1000, .workers = 2 };
  EaselTrace *trace = easel_trace_new (EASEL_MODE_ASYNC, &w, 2);
  const EaselSpan spans[] = {
    { 0, 0, EASEL_PHASE_PAINT, 0, 0, 500, 500 },
    { 1, 0, EASEL_PHASE_WAIT, 0, 0, 500, 0 },
    { 0, 0, EASEL_PHASE_DRY, -1, 500, 1500, 0 },
    { 1, 0, EASEL_PHASE_PAINT, 0, 500, 1000, 500 },
    { 1, 0, EASEL_PHASE_DRY, -1, 1000, 2000, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    easel_trace_add_span (trace, &spans[i]);
  easel_trace_set_makespan (trace, 2000);

  return trace;
}

static cairo_surface_t *
draw_gantt (const EaselGantt       *gantt,
            const EaselRenderStyle *style,
            int                     width,
            int                     height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  easel_gantt_draw (gantt, style, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);

  return surface;
}

static void
test_gantt_pixels (void)
{
  g_autoptr(EaselTrace) trace = make_trace ();
  EaselGantt gantt = { trace, NULL, NULL, 0, -1, EASEL_GANTT_LANES_PAINTING, FALSE, TRUE };
  EaselRenderStyle style;
  EaselGanttLayout layout;
  cairo_surface_t *surface;
  guint n_spans;
  const EaselSpan *spans = easel_trace_get_spans (trace, &n_spans);
  double x, y, w, h;

  easel_render_style_init_light (&style);
  surface = draw_gantt (&gantt, &style, WIDTH, HEIGHT);
  easel_gantt_compute_layout (&gantt, &style, WIDTH, HEIGHT, &layout);

  /* Painting 1's paint (500–1000 ms): its colour just inside the x its
   * start and end map to, and not just outside. */
  easel_gantt_layout_bar (&layout, &gantt, &spans[3], FALSE, &x, &y, &w, &h);
  g_assert_cmpfloat_with_epsilon (x, easel_gantt_layout_x (&layout, 500), 0.01);
  g_assert_cmpfloat_with_epsilon (x + w, easel_gantt_layout_x (&layout, 1000), 0.01);
  g_assert_true (pixel_is (pixel_at (surface, easel_gantt_layout_x (&layout, 500) + 6, y + h / 2),
                           easel_render_style_get_painting_color (&style, 1)));
  g_assert_true (pixel_is (pixel_at (surface, easel_gantt_layout_x (&layout, 1000) - 6, y + h / 2),
                           easel_render_style_get_painting_color (&style, 1)));
  g_assert_false (pixel_is (pixel_at (surface, easel_gantt_layout_x (&layout, 1000) + 6, y + h / 2),
                            easel_render_style_get_painting_color (&style, 1)));

  /* Painting 0's paint in its own colour, in its own lane. */
  easel_gantt_layout_bar (&layout, &gantt, &spans[0], FALSE, &x, &y, &w, &h);
  g_assert_true (pixel_is (pixel_at (surface, x + w / 2, y + h / 2),
                           easel_render_style_get_painting_color (&style, 0)));

  /* Drying is grey (and hatched), never a painting's colour. */
  easel_gantt_layout_bar (&layout, &gantt, &spans[2], FALSE, &x, &y, &w, &h);
  for (double px = x + 4; px < x + w - 4; px += w / 7)
    {
      Pixel pixel = pixel_at (surface, px, y + h / 2);

      g_assert_true (pixel_is_grey (pixel));
      g_assert_false (pixel_is (pixel, style.background));
    }

  /* Waiting is outlined: its middle is not filled. */
  easel_gantt_layout_bar (&layout, &gantt, &spans[1], FALSE, &x, &y, &w, &h);
  g_assert_false (pixel_is (pixel_at (surface, x + w / 2, y + h / 2),
                            easel_render_style_get_painting_color (&style, 1)));

  /* Hit-testing finds the bar under the pointer. */
  {
    EaselSpan hit;
    gboolean predicted = TRUE;

    easel_gantt_layout_bar (&layout, &gantt, &spans[3], FALSE, &x, &y, &w, &h);
    g_assert_true (easel_gantt_hit_test (&gantt, &style, WIDTH, HEIGHT, x + w / 2, y + h / 2, &hit, &predicted));
    g_assert_false (predicted);
    g_assert_cmpuint (hit.painting, ==, 1);
    g_assert_cmpint (hit.phase, ==, EASEL_PHASE_PAINT);
    g_assert_false (easel_gantt_hit_test (&gantt, &style, WIDTH, HEIGHT, 2, 2, &hit, NULL));
  }

  cairo_surface_destroy (surface);
  easel_render_style_clear (&style);
}

/* How many pixels differ between two surfaces of one size. */
static guint
count_differences (cairo_surface_t *surface,
                   cairo_surface_t *other)
{
  const guint8 *a = cairo_image_surface_get_data (surface);
  const guint8 *b = cairo_image_surface_get_data (other);
  int stride = cairo_image_surface_get_stride (surface);
  guint differences = 0;

  cairo_surface_flush (surface);
  cairo_surface_flush (other);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (*(const guint32 *) (gconstpointer) (a + y * stride + x * 4) !=
          *(const guint32 *) (gconstpointer) (b + y * stride + x * 4))
        differences++;

  return differences;
}

static void
draw_clipped (cairo_t                 *cr,
              const cairo_rectangle_t *bounds)
{
  cairo_rectangle (cr, bounds->x, bounds->y, bounds->width, bounds->height);
  cairo_clip (cr);
}

/* A live view draws a run going on in parts: the static layer, each open
 * span and the "now" cursor within the bounds the renderer gives for
 * them (its nodes clip to those). Put together, they are the whole chart
 * as the export draws it: nothing is cut off at the edge of a part. */
static void
test_gantt_live_parts (void)
{
  EaselWorkload w = { .paintings = 3, .coats = 2, .paint_ms = 500, .dry_ms = 1000, .workers = 2 };
  g_autoptr(EaselTrace) trace = easel_trace_new (EASEL_MODE_ASYNC, &w, 2);
  g_autoptr(EaselTrace) predicted = easel_schedule_predict (EASEL_MODE_ASYNC, &w, 2);
  const EaselSpan finished[] = {
    { 0, 0, EASEL_PHASE_PAINT, 0, 0, 500, 500 },
    { 1, 0, EASEL_PHASE_WAIT, 0, 0, 500, 0 },
    { 0, 0, EASEL_PHASE_DRY, -1, 500, 1500, 0 },
    { 1, 0, EASEL_PHASE_PAINT, 0, 500, 1000, 500 },
  };
  /* Still going on: they end now. */
  const EaselSpan open[] = {
    { 1, 0, EASEL_PHASE_DRY, -1, 1000, 0, 0 },
    { 2, 0, EASEL_PHASE_PAINT, 0, 1000, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (finished); i++)
    easel_trace_add_span (trace, &finished[i]);

  for (EaselGanttLanes lanes = EASEL_GANTT_LANES_PAINTING; lanes <= EASEL_GANTT_LANES_THREAD; lanes++)
    for (guint dark = 0; dark < 2; dark++)
      {
        EaselGantt gantt = { trace, predicted, open, G_N_ELEMENTS (open), 1320, lanes, TRUE, FALSE };
        EaselRenderStyle style;
        EaselGanttLayout layout;
        cairo_rectangle_t line, label;
        cairo_surface_t *whole;
        cairo_surface_t *parts;
        cairo_t *cr;

        if (dark)
          easel_render_style_init_dark (&style);
        else
          easel_render_style_init_light (&style);

        whole = draw_gantt (&gantt, &style, WIDTH, HEIGHT);

        easel_gantt_compute_layout (&gantt, &style, WIDTH, HEIGHT, &layout);
        gantt.layout = &layout;
        gantt.layer = EASEL_GANTT_LAYER_STATIC;
        parts = draw_gantt (&gantt, &style, WIDTH, HEIGHT);
        cr = cairo_create (parts);
        for (guint i = 0; i < G_N_ELEMENTS (open); i++)
          {
            cairo_rectangle_t bar;

            easel_gantt_open_span_bounds (&gantt, &layout, i, &bar);
            cairo_save (cr);
            draw_clipped (cr, &bar);
            easel_gantt_draw_open_span (&gantt, &style, &layout, i, cr);
            cairo_restore (cr);
          }
        easel_gantt_now_bounds (&gantt, &style, &layout, &line, &label);
        /* The line is thin; the label is short. */
        g_assert_cmpfloat (line.width, <=, 6);
        g_assert_cmpfloat (label.height, <=, style.font_size * 2);
        cairo_save (cr);
        draw_clipped (cr, &line);
        easel_gantt_draw_now (&gantt, &style, &layout, cr);
        cairo_restore (cr);
        cairo_save (cr);
        draw_clipped (cr, &label);
        easel_gantt_draw_now (&gantt, &style, &layout, cr);
        cairo_restore (cr);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        cairo_destroy (cr);

        g_assert_cmpuint (count_differences (whole, parts), ==, 0);

        /* The parts are there at all: the cursor's line is drawn. */
        g_assert_true (pixel_is (pixel_at (parts, line.x + 2, layout.plot_y + layout.plot_height / 2), style.accent));

        cairo_surface_destroy (whole);
        cairo_surface_destroy (parts);
        easel_render_style_clear (&style);
      }
}

static void
test_gantt_threads_and_ghost (void)
{
  g_autoptr(EaselTrace) trace = make_trace ();
  EaselWorkload w = { .paintings = 2, .coats = 1, .paint_ms = 500, .dry_ms = 1000, .workers = 2 };
  g_autoptr(EaselTrace) predicted = easel_schedule_predict (EASEL_MODE_ASYNC, &w, 2);
  EaselGantt gantt = { trace, predicted, NULL, 0, -1, EASEL_GANTT_LANES_THREAD, TRUE, TRUE };
  EaselRenderStyle style;
  EaselGanttLayout layout;
  cairo_surface_t *surface;

  easel_render_style_init_dark (&style);
  surface = draw_gantt (&gantt, &style, WIDTH, HEIGHT);
  easel_gantt_compute_layout (&gantt, &style, WIDTH, HEIGHT, &layout);

  /* Async by thread: one thread paints, the timers have a lane of their
   * own (drying runs on no thread). */
  g_assert_cmpuint (layout.n_lanes, ==, 2);
  g_assert_cmpint (layout.timer_lane, ==, 1);

  /* The dark style's background shows where nothing is drawn. */
  g_assert_true (pixel_is (pixel_at (surface, WIDTH - 3, HEIGHT - 3), style.background));

  /* The ghost of each predicted bar is drawn (its edge, which the
   * measured bar's narrower inset leaves free), and only when asked. */
  {
    const EaselSpan *spans;
    guint n_spans;
    cairo_surface_t *without;
    EaselGantt no_ghost = gantt;

    no_ghost.show_predicted = FALSE;
    without = draw_gantt (&no_ghost, &style, WIDTH, HEIGHT);

    spans = easel_trace_get_spans (predicted, &n_spans);
    g_assert_cmpuint (n_spans, >, 0);
    for (guint i = 0; i < n_spans; i++)
      {
        double x, y, width, height;

        easel_gantt_layout_bar (&layout, &gantt, &spans[i], TRUE, &x, &y, &width, &height);
        g_assert_cmpfloat (width, >, 4);
        g_assert_false (pixels_equal (pixel_at (surface, x + width / 2, y + 1.5),
                                      pixel_at (without, x + width / 2, y + 1.5)));
      }

    cairo_surface_destroy (without);
  }

  cairo_surface_destroy (surface);
  easel_render_style_clear (&style);
}

/* The chart in words tells each painting's story, its waits for a core
 * included, and sums up the load strip. */
static void
test_gantt_describe_story (void)
{
  EaselWorkload w = { .paintings = 1, .coats = 1, .paint_ms = 500, .dry_ms = 1000, .workers = 1 };
  g_autoptr(EaselTrace) trace = easel_trace_new (EASEL_MODE_PARALLEL, &w, 2);
  const double on_core[] = { 0, 200, 300, 600 };
  const double waits[] = { 200, 300 };
  EaselSpan paint = { 0, 0, EASEL_PHASE_PAINT, 0, 0, 600, 500, 100, on_core, 2, waits, 1 };
  EaselSpan dry = { 0, 0, EASEL_PHASE_DRY, 0, 600, 1600, 0 };
  const double loads[][2] = { { 1.0, 0.5 }, { 0.5, 0.0 } };
  EaselGantt gantt = { trace, NULL, NULL, 0, -1, EASEL_GANTT_LANES_PAINTING, FALSE, TRUE };
  g_autofree char *text = NULL;

  easel_trace_add_span (trace, &paint);
  easel_trace_add_span (trace, &dry);
  easel_trace_add_core_load (trace, 50, loads[0], 2, 1.0);
  easel_trace_add_core_load (trace, 50, loads[1], 2, 0.5);
  easel_trace_set_makespan (trace, 1600);
  easel_trace_finish (trace);

  text = easel_gantt_describe (&gantt);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Painting 1: painted 0.0–0.6 s (0.1 s of it waiting for a core), dried 0.6–1.6 s."));
  g_assert_nonnull (strstr (text, "CPU 0 75 %, CPU 1 25 %; 50 % of the machine, of which the run’s own threads 0.75 cores busy."));
}

/* The load strip under the timeline: a row per core up to 16, beyond
 * that rows of several cores, then the machine's row; the run's share
 * in the accent colour where the run kept the cores busy. */
static void
test_gantt_load_strip (void)
{
  static const guint core_counts[] = { 2, 16, 64, 128 };

  for (guint c = 0; c < G_N_ELEMENTS (core_counts); c++)
    {
      guint n_cores = core_counts[c];
      EaselWorkload w = { .paintings = 1, .coats = 1, .paint_ms = 1000, .dry_ms = 0, .workers = 1 };
      g_autoptr(EaselTrace) trace = easel_trace_new (EASEL_MODE_SEQUENTIAL, &w, n_cores);
      g_autofree double *loads = g_new0 (double, n_cores);
      EaselSpan paint = { 0, 0, EASEL_PHASE_PAINT, 0, 0, 1000, 1000 };
      EaselGantt gantt = { trace, NULL, NULL, 0, -1, EASEL_GANTT_LANES_PAINTING, FALSE, TRUE };
      EaselRenderStyle style;
      EaselGanttLayout layout;
      cairo_surface_t *surface;
      Pixel machine;

      /* Core 0 fully busy with the run for a second, the rest idle. */
      loads[0] = 1.0;
      for (guint i = 0; i < 20; i++)
        easel_trace_add_core_load (trace, 50, loads, n_cores, 1.0);
      easel_trace_add_span (trace, &paint);
      easel_trace_set_makespan (trace, 1000);
      easel_trace_finish (trace);

      easel_render_style_init_light (&style);
      easel_gantt_compute_layout (&gantt, &style, WIDTH, HEIGHT, &layout);
      surface = draw_gantt (&gantt, &style, WIDTH, HEIGHT);

      g_assert_cmpuint (layout.n_strip_rows, ==, MIN (n_cores, 16));
      g_assert_cmpuint (layout.n_strip_rows * layout.cores_per_row, >=, n_cores);
      g_assert_cmpfloat (layout.strip_y, >, layout.axis_y);
      g_assert_cmpfloat (layout.machine_y + layout.machine_height, <=, HEIGHT);
      g_assert_cmpfloat (layout.strip_row_height, >=, 1.0);

      /* On two cores: the first row is the run's colour at its bottom,
       * mid-run, and the machine's row half of it (one core of two). */
      if (n_cores == 2)
        {
          double x = easel_gantt_layout_x (&layout, 500);

          g_assert_true (pixel_is (pixel_at (surface, x, layout.strip_y + layout.strip_row_height - 3), style.accent));
          machine = pixel_at (surface, x, layout.machine_y + layout.machine_height * 0.75);
          g_assert_true (pixel_is (machine, style.accent));
          g_assert_false (pixel_is (pixel_at (surface, x, layout.machine_y + layout.machine_height * 0.25),
                                    style.accent));
        }

      cairo_surface_destroy (surface);
      easel_render_style_clear (&style);
    }
}

static gboolean
column_is_background (cairo_surface_t *surface,
                      int              x,
                      int              y0,
                      int              y1,
                      EaselRgba        background)
{
  for (int y = y0; y < y1; y++)
    if (!pixel_is (pixel_at (surface, x, y), background))
      return FALSE;

  return TRUE;
}

/* The chart names its mode left of the legend, at any width: on a narrow
 * one the legend shrinks and leaves a gap before the title's end. */
static void
test_gantt_mode_title (void)
{
  g_autoptr(EaselTrace) trace = make_trace ();
  EaselGantt gantt = { trace, NULL, NULL, 0, -1, EASEL_GANTT_LANES_PAINTING, FALSE, TRUE };
  EaselRenderStyle style;
  const int widths[] = { WIDTH, 420 };

  easel_render_style_init_light (&style);

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      cairo_surface_t *surface = draw_gantt (&gantt, &style, widths[i], 400);
      cairo_t *cr = cairo_create (surface);
      double pad = round (style.font_size * 0.8);
      double title_end = pad + easel_render_text_width (cr, &style, 1.0, TRUE, easel_mode_get_title (EASEL_MODE_ASYNC));
      int row_end = pad + style.font_size * 1.5;
      int title_columns = 0;
      int gap = 0;
      int x;

      cairo_destroy (cr);

      /* The title is drawn where it should be… */
      for (x = pad; x < title_end; x++)
        if (!column_is_background (surface, x, pad, row_end, style.background))
          title_columns++;
      g_assert_cmpint (title_columns, >, (title_end - pad) / 2);

      /* …and the legend starts after a clear gap. */
      for (x = ceil (title_end); x < widths[i] && column_is_background (surface, x, pad, row_end, style.background); x++)
        gap++;
      g_test_message ("width %d: title %.0f px, then %d clear columns", widths[i], title_end - pad, gap);
      g_assert_cmpint (gap, >=, style.font_size * 0.5);
      g_assert_cmpint (x, <, widths[i] - pad);

      cairo_surface_destroy (surface);
    }

  easel_render_style_clear (&style);
}

/* Where the legend starts on a chart WIDTH wide: the first pixel of its
 * row, from a third of the way across, that is not the background. */
static int
legend_start (cairo_surface_t        *surface,
              const EaselRenderStyle *style)
{
  int row = round (style->font_size * 0.8) + style->font_size * 0.55;
  int x = WIDTH / 3;

  while (x < WIDTH && pixel_is (pixel_at (surface, x, row), style->background))
    x++;

  return x;
}

/* The legend names "Waiting for a core" only when a bar shows one: a
 * millisecond's wait in a half-second bar is under a pixel. */
static void
test_gantt_visible_core_waits (void)
{
  static const double on_core[] = { 0, 250, 251, 500 };
  static const double short_wait[] = { 250, 251 };
  static const double long_wait[] = { 250, 290 };
  static const double long_on_core[] = { 0, 250, 290, 500 };
  EaselWorkload w = { .paintings = 1, .coats = 1, .paint_ms = 500, .dry_ms = 1000, .workers = 1 };
  int legend_left[2];

  for (guint visible = 0; visible < 2; visible++)
    {
      g_autoptr(EaselTrace) trace = easel_trace_new (EASEL_MODE_SEQUENTIAL, &w, 2);
      EaselSpan span = { 0, 0, EASEL_PHASE_PAINT, 0, 0, 500, 500 };
      EaselGantt gantt = { trace, NULL, NULL, 0, -1, EASEL_GANTT_LANES_PAINTING, FALSE, TRUE };
      EaselRenderStyle style;
      EaselGanttLayout wide, narrow;

      span.on_core = visible ? long_on_core : on_core;
      span.n_on_core = 2;
      span.core_waits = visible ? long_wait : short_wait;
      span.n_core_waits = 1;
      easel_trace_add_span (trace, &span);
      easel_trace_set_makespan (trace, 1500);
      g_assert_true (easel_trace_has_core_waits (trace));

      easel_render_style_init_light (&style);
      easel_gantt_compute_layout (&gantt, &style, WIDTH, HEIGHT, &wide);
      easel_gantt_compute_layout (&gantt, &style, 500, 300, &narrow);
      /* 1 ms is under a pixel at either width; 40 ms is many pixels at
       * either. */
      g_assert_cmpint (easel_gantt_shows_core_waits (&gantt, &wide), ==, visible);
      g_assert_cmpint (easel_gantt_shows_core_waits (&gantt, &narrow), ==, visible);

      /* The legend follows: its entry makes it reach further left. */
      {
        cairo_surface_t *surface = draw_gantt (&gantt, &style, WIDTH, HEIGHT);

        legend_left[visible] = legend_start (surface, &style);
        cairo_surface_destroy (surface);
      }
      easel_render_style_clear (&style);
    }

  g_test_message ("legend from x = %d without the waits, %d with", legend_left[0], legend_left[1]);
  g_assert_cmpint (legend_left[1], <, legend_left[0] - 50);
}

/* Where the legend starts in a chart of @mode's run. */
static int
legend_left_for_mode (EaselMode mode)
{
  static const double on_core[] = { 0, 100, 200, 300, 400, 500 };
  EaselWorkload w = { .paintings = 1, .coats = 1, .paint_ms = 500, .dry_ms = 1000, .workers = 1 };
  g_autoptr(EaselTrace) trace = easel_trace_new (mode, &w, 2);
  EaselSpan span = { 0, 0, EASEL_PHASE_PAINT, 0, 0, 500, 300 };
  EaselGantt gantt = { trace, NULL, NULL, 0, -1, EASEL_GANTT_LANES_PAINTING, FALSE, TRUE };
  EaselRenderStyle style;
  cairo_surface_t *surface;
  int x;

  span.on_core = on_core;
  span.n_on_core = 3;
  easel_trace_add_span (trace, &span);
  easel_trace_set_makespan (trace, 1500);

  easel_render_style_init_light (&style);
  surface = draw_gantt (&gantt, &style, WIDTH, HEIGHT);
  x = legend_start (surface, &style);
  cairo_surface_destroy (surface);
  easel_render_style_clear (&style);

  return x;
}

/* Under a GIL, the faint part of a paint bar is the thread waiting for
 * the lock, and the legend says so; in parallel it is never that. */
static void
test_gantt_gil_legend (void)
{
  int parallel = legend_left_for_mode (EASEL_MODE_PARALLEL);
  int gil = legend_left_for_mode (EASEL_MODE_GIL);

  g_test_message ("legend from x = %d in parallel, %d under the GIL", parallel, gil);
  g_assert_cmpint (gil, <, parallel - 50);
}

static void
test_gantt_empty_and_tiny (void)
{
  EaselWorkload w = { .paintings = 1, .coats = 1, .paint_ms = 10, .dry_ms = 0, .workers = 1 };
  g_autoptr(EaselTrace) empty = easel_trace_new (EASEL_MODE_SEQUENTIAL, &w, 2);
  g_autoptr(EaselTrace) one = easel_trace_new (EASEL_MODE_SEQUENTIAL, &w, 2);
  EaselSpan span = { 0, 0, EASEL_PHASE_PAINT, 0, 0, 10, 10 };
  EaselSpan open = { 0, 0, EASEL_PHASE_DRY, 0, 10, 10, 0 };
  EaselRenderStyle style;
  EaselGantt gantts[] = {
    { NULL, NULL, NULL, 0, -1, EASEL_GANTT_LANES_PAINTING, TRUE, FALSE },
    { empty, NULL, NULL, 0, -1, EASEL_GANTT_LANES_PAINTING, TRUE, FALSE },
    { empty, NULL, NULL, 0, 0, EASEL_GANTT_LANES_THREAD, TRUE, FALSE },
    { one, NULL, NULL, 0, -1, EASEL_GANTT_LANES_PAINTING, TRUE, TRUE },
    { one, NULL, &open, 1, 15, EASEL_GANTT_LANES_THREAD, TRUE, FALSE },
  };

  easel_trace_add_span (one, &span);
  easel_trace_set_makespan (one, 10);
  easel_render_style_init_light (&style);

  /* Nothing to draw, one span, a span still open, and absurd sizes: all
   * draw without a warning (G_DEBUG=fatal-warnings would abort). */
  for (guint i = 0; i < G_N_ELEMENTS (gantts); i++)
    for (int size = 1; size <= 1024; size *= 32)
      {
        cairo_surface_t *surface = draw_gantt (&gantts[i], &style, size, size);
        g_autofree char *text = easel_gantt_describe (&gantts[i]);

        g_assert_nonnull (text);
        cairo_surface_destroy (surface);
      }

  easel_render_style_clear (&style);
}

static void
test_gantt_many_paintings_fit (void)
{
  EaselRenderStyle style;

  easel_render_style_init_light (&style);
  style.font_size = 16;

  for (guint n = 1; n <= 12; n++)
    {
      EaselWorkload w = { .paintings = n, .coats = 2, .paint_ms = 100, .dry_ms = 200, .workers = n };
      g_autoptr(EaselTrace) predicted = easel_schedule_predict (EASEL_MODE_PARALLEL, &w, 2);
      EaselGantt gantt = { NULL, predicted, NULL, 0, -1, EASEL_GANTT_LANES_PAINTING, TRUE, FALSE };
      EaselGanttLayout layout;
      guint n_spans;
      const EaselSpan *spans = easel_trace_get_spans (predicted, &n_spans);

      /* A projector's 1280×720: every lane inside the picture, tall
       * enough for its label, every bar inside its lane. */
      easel_gantt_compute_layout (&gantt, &style, 1280, 720, &layout);
      g_assert_cmpuint (layout.n_lanes, ==, n);
      g_assert_cmpfloat (layout.lane_height, >=, style.font_size * 1.5);
      g_assert_cmpfloat (layout.axis_y + style.font_size * 1.5, <=, 720);

      for (guint i = 0; i < n_spans; i++)
        {
          double x, y, width, height;
          int lane = easel_gantt_layout_lane_of (&layout, &gantt, &spans[i]);

          easel_gantt_layout_bar (&layout, &gantt, &spans[i], TRUE, &x, &y, &width, &height);
          g_assert_cmpfloat (x, >=, layout.plot_x);
          g_assert_cmpfloat (x + width, <=, layout.plot_x + layout.plot_width + 1);
          g_assert_cmpfloat (y, >=, layout.plot_y + lane * layout.lane_height);
          g_assert_cmpfloat (y + height, <=, layout.plot_y + (lane + 1) * layout.lane_height);
        }
    }

  easel_render_style_clear (&style);
}

static void
test_gantt_ticks (void)
{
  /* About one tick per 80 px, on 1-2-5 steps. */
  g_assert_cmpfloat (_easel_chart_pick_tick (4500, 1600, 80), ==, 500);
  g_assert_cmpfloat (_easel_chart_pick_tick (4500, 400, 80), ==, 1000);
  g_assert_cmpfloat (_easel_chart_pick_tick (200, 1600, 80), ==, 10);
  g_assert_cmpfloat (_easel_chart_pick_tick (60000, 1600, 80), ==, 5000);
}

typedef struct
{
  EaselRunResult rows[EASEL_N_MODES];
  guint              n_rows;
} Comparison;

static void
comparison_init (Comparison *comparison)
{
  EaselWorkload w = { .paintings = 3, .coats = 2, .paint_ms = 500, .dry_ms = 1000, .workers = 3 };

  /* Predictions stand in for runs here: the drawing is what is tested. */
  comparison->n_rows = EASEL_N_MODES;
  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    comparison->rows[mode] = (EaselRunResult) { easel_schedule_predict (mode, &w, 2),
                                                    easel_schedule_predict (mode, &w, 2) };
}

static void
comparison_clear (Comparison *comparison)
{
  for (guint i = 0; i < comparison->n_rows; i++)
    {
      easel_trace_unref (comparison->rows[i].measured);
      easel_trace_unref (comparison->rows[i].predicted);
    }
}

static void
draw_comparison_cb (cairo_t  *cr,
                    double    width,
                    double    height,
                    gpointer  user_data)
{
  Comparison *comparison = user_data;
  EaselRenderStyle style;

  easel_render_style_init_light (&style);
  easel_comparison_draw (comparison->rows, comparison->n_rows, &style, cr, width, height);
  easel_render_style_clear (&style);
}

static void
test_comparison_figures (void)
{
  Comparison comparison;
  EaselComparisonFigures figures;
  g_autofree char *text = NULL;

  comparison_init (&comparison);

  /* Sequential 9 s, async 4 s: 2.25 times as fast; parallel on two cores
   * uses (at best) both of them while painting. */
  easel_comparison_figures (comparison.rows, comparison.n_rows, EASEL_MODE_ASYNC, &figures);
  g_assert_cmpfloat_with_epsilon (figures.speedup, 9000.0 / 4000.0, 1e-9);
  easel_comparison_figures (comparison.rows, comparison.n_rows, EASEL_MODE_SEQUENTIAL, &figures);
  g_assert_cmpfloat_with_epsilon (figures.speedup, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (figures.cpu_cores, 3000.0 / 9000.0, 1e-9);

  text = easel_comparison_describe (comparison.rows, comparison.n_rows);
  g_assert_nonnull (strstr (text, "Asynchronous"));
  g_assert_nonnull (strstr (text, "2.25"));

  /* The speed-up checks out against the times as shown: 9.0144 s and
   * 5.0451 s show as 9.01 s and 5.05 s, 1.78× (not 1.79×). */
  {
    EaselWorkload w = { .paintings = 1, .coats = 1, .paint_ms = 100, .dry_ms = 100, .workers = 1 };
    g_autoptr(EaselTrace) sequential = easel_trace_new (EASEL_MODE_SEQUENTIAL, &w, 2);
    g_autoptr(EaselTrace) gil = easel_trace_new (EASEL_MODE_GIL, &w, 2);
    EaselRunResult rows[] = { { sequential, NULL }, { gil, NULL } };

    easel_trace_set_makespan (sequential, 9014.4);
    easel_trace_set_makespan (gil, 5045.1);
    easel_comparison_figures (rows, G_N_ELEMENTS (rows), 1, &figures);
    g_assert_cmpfloat_with_epsilon (figures.speedup, 9.01 / 5.05, 1e-9);
    g_assert_cmpfloat (round (figures.speedup * 100), ==, 178);
  }

  comparison_clear (&comparison);
}

/* A finished run of @w in @mode on two cores, of @makespan_ms, beside
 * other programs that took @other_cores. */
static EaselTrace *
finished_run (EaselMode            mode,
              const EaselWorkload *w,
              double               makespan_ms,
              double               other_cores)
{
  EaselTrace *trace = easel_trace_new (mode, w, 2);

  easel_trace_set_makespan (trace, makespan_ms);
  easel_trace_set_load (trace, 0.01, other_cores);
  easel_trace_finish (trace);

  return trace;
}

/* A run beside other programs: the Gantt and the comparison say so only
 * where the cores those programs left free change a figure (by more than
 * 5 %), and say which. An async run needs one core: 0.9 of 2 taken change
 * nothing, 1.5 taken halve its speed. Parallel on two cores with 0.9
 * taken reads 1.1× where 2× was due: its row is marked. */
static void
test_busy_machine_notice (void)
{
  g_autoptr(EaselTrace) trace = make_trace ();
  g_autoptr(EaselTrace) quiet = make_trace ();
  g_autoptr(EaselTrace) sequential = NULL;
  g_autoptr(EaselTrace) parallel = NULL;
  EaselWorkload w = { .paintings = 2, .coats = 1, .paint_ms = 500, .dry_ms = 0, .workers = 2 };
  EaselRenderStyle style;
  EaselGanttLayout busy_layout, quiet_layout;
  EaselGantt gantt = { .trace = trace, .now_ms = -1, .finished = TRUE, .show_predicted = TRUE };
  EaselGantt quiet_gantt = { .trace = quiet, .now_ms = -1, .finished = TRUE, .show_predicted = TRUE };
  EaselRunResult rows[2];
  EaselRunOthers others;
  g_autofree char *description = NULL;
  g_autofree char *quiet_description = NULL;
  g_autofree char *comparison = NULL;
  cairo_surface_t *surface;

  easel_trace_set_load (trace, 0.01, 1.5);
  easel_trace_set_load (quiet, 0.01, 0.9);
  easel_trace_finish (trace);
  easel_trace_finish (quiet);
  g_assert_true (easel_run_results_get_others (&(EaselRunResult) { quiet, NULL }, 1, 0, &others));
  g_assert_cmpfloat (easel_run_others_change (&others, FALSE), <, 0.01);

  easel_render_style_init_light (&style);
  easel_gantt_compute_layout (&gantt, &style, 800, 400, &busy_layout);
  easel_gantt_compute_layout (&quiet_gantt, &style, 800, 400, &quiet_layout);
  g_assert_true (busy_layout.notice);
  g_assert_false (quiet_layout.notice);
  /* The line takes room from the lanes, not from the text below. */
  g_assert_cmpfloat (busy_layout.axis_y, <, quiet_layout.axis_y);
  /* The axis reaches the prediction on the free half core: two coats
   * of 0.5 s painted at half speed, then the last drying. */
  g_assert_cmpfloat (busy_layout.max_ms, >=, 3000);

  /* Something is drawn in the room under the axis labels. */
  surface = draw_gantt (&gantt, &style, 800, 400);
  {
    gboolean inked = FALSE;

    for (int y = busy_layout.axis_y + style.font_size * 1.9; y < busy_layout.axis_y + style.font_size * 2.9; y++)
      for (int x = busy_layout.plot_x; x < busy_layout.plot_x + 200; x++)
        if (!pixel_is_grey (pixel_at (surface, x, y)) || pixel_at (surface, x, y).red < 128)
          inked = TRUE;
    g_assert_true (inked);
  }
  cairo_surface_destroy (surface);

  description = easel_gantt_describe (&gantt);
  quiet_description = easel_gantt_describe (&quiet_gantt);
  g_test_message ("%s", description);
  g_assert_nonnull (strstr (description, "Other programs took 1.50 cores: predicted 2.00 s on 2 cores, 3.00 s on the 0.5 left free; measured 2.00 s"));
  g_assert_null (strstr (quiet_description, "Other programs"));

  /* The comparison: sequential, then parallel beside 0.9 cores. */
  sequential = finished_run (EASEL_MODE_SEQUENTIAL, &w, 1000, 0.0);
  parallel = finished_run (EASEL_MODE_PARALLEL, &w, 900, 0.9);
  rows[0] = (EaselRunResult) { sequential, NULL };
  rows[1] = (EaselRunResult) { parallel, NULL };

  g_assert_false (easel_comparison_row_is_distorted (rows, G_N_ELEMENTS (rows), 0));
  g_assert_true (easel_comparison_row_is_distorted (rows, G_N_ELEMENTS (rows), 1));
  comparison = easel_comparison_describe (rows, G_N_ELEMENTS (rows));
  g_test_message ("%s", comparison);
  g_assert_nonnull (strstr (comparison, "Other programs took up to 0.90 cores: Parallel reads 1.11× instead of 2.00× (1.10× on the 1.1 cores left free)"));

  /* A tenth of a core is too little to say anything. */
  easel_trace_unref (parallel);
  parallel = finished_run (EASEL_MODE_PARALLEL, &w, 520, 0.1);
  rows[1] = (EaselRunResult) { parallel, NULL };
  g_assert_false (easel_comparison_row_is_distorted (rows, G_N_ELEMENTS (rows), 1));
  g_free (comparison);
  comparison = easel_comparison_describe (rows, G_N_ELEMENTS (rows));
  g_assert_null (strstr (comparison, "Other programs"));

  easel_render_style_clear (&style);
}

static char *
temp_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-test-XXXXXX", NULL);

  g_assert_nonnull (dir);

  return g_build_filename (dir, name, NULL);
}

static void
test_export_formats (void)
{
  Comparison comparison;
  g_autofree char *png = temp_path ("comparison.png");
  g_autofree char *svg = temp_path ("comparison.SVG");
  g_autofree char *pdf = temp_path ("comparison.pdf");
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  comparison_init (&comparison);

  /* PNG: the size asked for. */
  g_assert_true (easel_export_to_file (png_file, 1920, 1080, draw_comparison_cb, &comparison, NULL, &error));
  g_assert_no_error (error);
  {
    cairo_surface_t *surface = cairo_image_surface_create_from_png (png);

    g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1920);
    g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1080);
    cairo_surface_destroy (surface);
  }

  /* SVG (the extension in any case): well-formed XML whose text layer
   * has the axis labels and the mode names. */
  g_assert_true (easel_export_to_file (svg_file, 1600, 900, draw_comparison_cb, &comparison, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  {
    g_autoptr(GMarkupParseContext) parser = NULL;
    static const GMarkupParser no_callbacks = { NULL };

    parser = g_markup_parse_context_new (&no_callbacks, 0, NULL, NULL);
    g_assert_true (g_markup_parse_context_parse (parser, contents, length, &error));
    g_assert_true (g_markup_parse_context_end_parse (parser, &error));
    g_assert_no_error (error);
  }
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, ">1.0 s</text>"));
  g_assert_nonnull (strstr (contents, ">Sequential</text>"));
  g_assert_nonnull (strstr (contents, ">Asynchronous</text>"));
  g_assert_nonnull (strstr (contents, ">Parallel</text>"));
  g_assert_nonnull (strstr (contents, ">Threads + GIL</text>"));
  g_clear_pointer (&contents, g_free);

  /* PDF: a PDF. */
  g_assert_true (easel_export_to_file (pdf_file, 1600, 900, draw_comparison_cb, &comparison, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  comparison_clear (&comparison);
}

static void
test_export_bad_targets (void)
{
  Comparison comparison;
  g_autofree char *txt = temp_path ("chart.txt");
  g_autofree char *dir = temp_path ("folder.png");
  g_autofree char *missing = temp_path ("no/such/folder/chart.png");
  g_autofree char *kept = temp_path ("kept.png");
  g_autoptr(GFile) txt_file = g_file_new_for_path (txt);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) kept_file = g_file_new_for_path (kept);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  comparison_init (&comparison);

  /* An unknown extension: refused, nothing written. */
  g_assert_false (easel_export_to_file (txt_file, 100, 100, draw_comparison_cb, &comparison, NULL, &error));
  g_assert_error (error, EASEL_EXPORT_ERROR, EASEL_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&error);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));

  /* A folder that does not exist: no target can be made. */
  g_assert_null (easel_atomic_file_new (missing_file, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (easel_export_to_file (missing_file, 100, 100, draw_comparison_cb, &comparison, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* A folder where the file should be: it stays a folder. */
  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  g_assert_false (easel_export_to_file (dir_file, 100, 100, draw_comparison_cb, &comparison, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));

  /* An existing file is replaced whole. */
  g_assert_true (g_file_set_contents (kept, "old", -1, NULL));
  g_assert_true (easel_export_to_file (kept_file, 200, 100, draw_comparison_cb, &comparison, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\x89PNG"));

  comparison_clear (&comparison);
}

/* The pixels of the box x0…x1, y0…y1 of @surface, hashed. */
static guint
region_hash (cairo_surface_t *surface,
             int              x0,
             int              y0,
             int              x1,
             int              y1)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint hash = 5381;

  cairo_surface_flush (surface);
  for (int y = y0; y < y1; y++)
    for (int x = x0 * 4; x < x1 * 4; x++)
      hash = hash * 33 + data[y * stride + x];

  return hash;
}

static void
test_picture_states (void)
{
  g_autoptr(EaselCanvas) canvas = easel_canvas_new (4);
  g_autofree guint32 *pixels = g_new (guint32, EASEL_CANVAS_WIDTH * EASEL_CANVAS_HEIGHT);
  guint hashes[EASEL_PICTURE_DONE + 1];
  EaselRenderStyle style;

  easel_render_style_init_light (&style);
  g_assert_true (easel_canvas_paint_coat (canvas, 0, 1, 5000000, NULL, NULL, NULL, NULL, NULL, NULL));
  easel_canvas_copy_pixels (canvas, pixels, EASEL_CANVAS_WIDTH * sizeof (guint32));

  for (EaselPictureState state = EASEL_PICTURE_BLANK; state <= EASEL_PICTURE_DONE; state++)
    {
      EaselPicture picture = { 4, pixels, state, 0.5, 0.3 };
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 360);
      cairo_t *cr = cairo_create (surface);
      Pixel centre;

      easel_cairo_set_rgba (cr, style.background);
      cairo_paint (cr);
      easel_picture_draw (&picture, &style, cr, 10, 10, 380, 340);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);

      /* The picture itself is drawn, not the background. */
      centre = pixel_at (surface, 200, 130);
      g_assert_false (pixel_is (centre, style.background));

      /* Its area, the frame around it included, not the caption under
       * it (the canvas fills the width here). */
      hashes[state] = region_hash (surface, 0, 0, 400, 295);
      cairo_surface_destroy (surface);
    }

  /* Each state looks like itself: blank, worked on (a thick frame), wet
   * with its sheen, done with its check mark. Waiting for its next coat,
   * a painting is still wet: only its caption tells the two apart. */
  for (guint a = 0; a <= EASEL_PICTURE_DONE; a++)
    for (guint b = a + 1; b <= EASEL_PICTURE_DONE; b++)
      if (a != EASEL_PICTURE_WAITING || b != EASEL_PICTURE_DRYING)
        g_assert_cmpuint (hashes[a], !=, hashes[b]);
  g_assert_cmpuint (hashes[EASEL_PICTURE_WAITING], ==, hashes[EASEL_PICTURE_DRYING]);

  easel_render_style_clear (&style);
}

/* A view draws a wet picture without its sheen, and the sheen alone in
 * its bounds as it moves: together, the picture as drawn whole. */
static void
test_picture_sheen_apart (void)
{
  g_autoptr(EaselCanvas) canvas = easel_canvas_new (2);
  g_autofree guint32 *pixels = g_new (guint32, EASEL_CANVAS_WIDTH * EASEL_CANVAS_HEIGHT);
  EaselRenderStyle style;

  easel_render_style_init_light (&style);
  g_assert_true (easel_canvas_paint_coat (canvas, 0, 1, 5000000, NULL, NULL, NULL, NULL, NULL, NULL));
  easel_canvas_copy_pixels (canvas, pixels, EASEL_CANVAS_WIDTH * sizeof (guint32));

  for (double sheen = 0.0; sheen <= 1.0; sheen += 0.25)
    {
      EaselPicture picture = { 1, pixels, EASEL_PICTURE_DRYING, 0.5, sheen };
      EaselPicture without = { 1, pixels, EASEL_PICTURE_DRYING, 0.5, -1.0 };
      cairo_surface_t *whole = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 260);
      cairo_surface_t *apart = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 260);
      cairo_rectangle_t bounds;
      cairo_t *cr;

      cr = cairo_create (whole);
      easel_picture_draw (&picture, &style, cr, 7.3, 5, 283, 250);
      cairo_destroy (cr);

      cr = cairo_create (apart);
      easel_picture_draw (&without, &style, cr, 7.3, 5, 283, 250);
      easel_picture_get_sheen_bounds (&style, 7.3, 5, 283, 250, &bounds);
      g_assert_cmpfloat (bounds.width * bounds.height, <, 300 * 260 * 0.8);
      draw_clipped (cr, &bounds);
      easel_picture_draw_sheen (&picture, &style, cr, 7.3, 5, 283, 250);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);

      g_assert_cmpuint (count_differences (whole, apart), ==, 0);

      /* The sheen is there at all: without it, the picture differs. */
      cr = cairo_create (apart);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      easel_picture_draw (&without, &style, cr, 7.3, 5, 283, 250);
      cairo_destroy (cr);
      g_assert_cmpuint (count_differences (whole, apart), >, bounds.width * bounds.height / 40);

      cairo_surface_destroy (whole);
      cairo_surface_destroy (apart);
    }

  easel_render_style_clear (&style);
}

static void
test_load_plot_2_cores (void)
{
  /* Core 0 fully busy for the last minute, core 1 idle: the machine at
   * one half, on the line of the most one thread can use. */
  enum { N = 240 };
  g_autofree double *loads = g_new0 (double, 3 * N);
  int hammer[1] = { 0 };
  EaselLoadPlot plot = { 2, N, loads, 250, hammer, 1, 0 };
  EaselRenderStyle style;
  EaselLoadPlotLayout layout;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *description = NULL;
  double x;
  Pixel pixel;

  for (guint i = 0; i < N; i++)
    {
      loads[i] = 1.0;
      loads[2 * N + i] = 0.5;
    }

  easel_render_style_init_light (&style);
  easel_load_plot_draw (&plot, &style, cr, 400, 300);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  easel_load_plot_compute_layout (&plot, &style, 400, 300, &layout);
  g_assert_false (layout.grid);

  /* A core's line is never in the colour of a painting of a usual run
   * beside it (core 0 in painting 1's orange read as painting 1). */
  for (guint core = 0; core < 2; core++)
    for (guint painting = 0; painting < 6; painting++)
      {
        EaselRgba a = easel_load_plot_core_color (&style, core, 2);
        EaselRgba b = easel_render_style_get_painting_color (&style, painting);

        g_assert_cmpfloat (fabs (a.red - b.red) + fabs (a.green - b.green) + fabs (a.blue - b.blue), >, 0.2);
      }

  /* Halfway along: core 0's colour at the top, the total (foreground) in
   * the middle, core 1's colour at the bottom. */
  x = layout.plot_x + layout.plot_width / 2;
  g_assert_true (pixel_is (pixel_at (surface, x, layout.plot_y + 0.5),
                           easel_load_plot_core_color (&style, 0, 2)));
  pixel = pixel_at (surface, x, layout.plot_y + layout.plot_height / 2);
  g_assert_cmpint (pixel.red, <, 100);
  g_assert_true (pixel_is (pixel_at (surface, x, layout.plot_y + layout.plot_height - 0.5),
                           easel_load_plot_core_color (&style, 1, 2)));

  /* The legend under the plot has a stroke in core 1's colour (core 0's
   * could be the hammer's dot). */
  {
    gboolean found = FALSE;

    for (int ly = layout.plot_y + layout.plot_height + 3; ly < 300 && !found; ly++)
      for (int lx = 0; lx < 400 && !found; lx++)
        found = pixel_is (pixel_at (surface, lx + 0.5, ly + 0.5), easel_load_plot_core_color (&style, 1, 2));
    g_assert_true (found);
  }

  description = easel_load_plot_describe (&plot);
  g_assert_nonnull (strstr (description, "50 %"));
  g_assert_nonnull (strstr (description, "Core 0: 100 %"));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  easel_render_style_clear (&style);
}

static void
test_load_plot_128_cores (void)
{
  enum { CORES = 128, N = 40 };
  g_autofree double *loads = g_new0 (double, (CORES + 1) * N);
  EaselLoadPlot plot = { CORES, N, loads, 250, NULL, 0, 0 };
  EaselRenderStyle style;
  EaselLoadPlotLayout layout;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 320, 400);
  cairo_t *cr = cairo_create (surface);
  double cell_width, cell_height;
  Pixel busy, idle;

  /* Core 5 busy, the rest idle. */
  for (guint i = 0; i < N; i++)
    loads[5 * N + i] = 1.0;

  easel_render_style_init_light (&style);
  easel_load_plot_draw (&plot, &style, cr, 320, 400);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  easel_load_plot_compute_layout (&plot, &style, 320, 400, &layout);

  /* A grid of small graphs, every one of them at least a few pixels. */
  g_assert_true (layout.grid);
  g_assert_cmpuint (layout.columns * layout.rows, >=, CORES);
  cell_width = layout.plot_width / layout.columns;
  cell_height = layout.plot_height / layout.rows;
  g_assert_cmpfloat (cell_width, >=, 12);
  g_assert_cmpfloat (cell_height, >=, 8);

  /* The busy core's cell is tinted more strongly than an idle one's. */
  busy = pixel_at (surface, layout.plot_x + (5 % layout.columns) * cell_width + cell_width * 0.7,
                   layout.plot_y + (5 / layout.columns) * cell_height + cell_height * 0.7);
  idle = pixel_at (surface, layout.plot_x + (6 % layout.columns) * cell_width + cell_width * 0.7,
                   layout.plot_y + (6 / layout.columns) * cell_height + cell_height * 0.7);
  g_assert_cmpint (busy.red + busy.green + busy.blue, <, idle.red + idle.green + idle.blue - 60);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  easel_render_style_clear (&style);
}

/* Text leaves no current point: a shape drawn after a label started with
 * a line from the label (a stray line across the load plot, from the 1/N
 * label to the hammer's dot). */
static void
test_text_leaves_no_path (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 100);
  cairo_t *cr = cairo_create (surface);
  EaselRenderStyle style;

  easel_render_style_init_light (&style);
  easel_render_text (cr, &style, 1.0, FALSE, style.foreground, 10, 10, 0.0, 0.0, "1 thread = 1/2 = 50 %");
  g_assert_false (cairo_has_current_point (cr));
  easel_render_text_wrapped (cr, &style, 1.0, TRUE, style.foreground, 10, 40, 60, "a caption that wraps");
  g_assert_false (cairo_has_current_point (cr));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  easel_render_style_clear (&style);
}

/* A measured point of the curve: @workers in @mode, taking @makespan_ms. */
static void
add_point (GArray                   *results,
           const EaselScalingParams *params,
           EaselMode                 mode,
           guint                     workers,
           double                    cores,
           double                    makespan_ms)
{
  EaselWorkload workload;
  g_autoptr(EaselTrace) trace = NULL;

  easel_scaling_workload (params, workers, &workload);
  trace = easel_trace_new (mode, &workload, cores);
  easel_trace_set_makespan (trace, makespan_ms);
  easel_run_results_append (results, trace, NULL);
}

/* The scaling chart on 2 cores, then on a simulated 128-core machine:
 * the curve reaches 256 workers, the marker stands at the cores, and the
 * points and curves land where their speed-ups say. */
static void
test_scaling_chart (void)
{
  static const double core_counts[] = { 2, 128 };

  for (guint c = 0; c < G_N_ELEMENTS (core_counts); c++)
    {
      double cores = core_counts[c];
      EaselCapacity capacity;
      /* Half the cores, at least 2. */
      guint P = MAX (2, (guint) cores / 2);
      g_autoptr(GArray) results = easel_run_results_array_new ();
      g_autoptr(EaselScalingPrediction) prediction = NULL;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 720);
      cairo_t *cr = cairo_create (surface);
      const EaselRunResult *points;
      EaselScalingParams params;
      EaselScalingLayout layout;
      EaselRenderStyle style;
      g_autofree char *description = NULL;
      guint max_workers;
      double x, y;

      easel_render_style_init_light (&style);
      easel_scaling_params_init (&params, cores);
      max_workers = params.max_workers;
      g_assert_cmpuint (max_workers, ==, MAX (4, 2 * (guint) cores));
      easel_capacity_init (&capacity, cores);
      prediction = easel_scaling_prediction_new (&params, &capacity);

      /* Parallel: 1 and P workers measured, P times as fast with P;
       * the GIL: no faster with two. */
      add_point (results, &params, EASEL_MODE_PARALLEL, 1, cores, 2000);
      add_point (results, &params, EASEL_MODE_PARALLEL, P, cores, 2000.0 / P);
      add_point (results, &params, EASEL_MODE_GIL, 1, cores, 2000);
      add_point (results, &params, EASEL_MODE_GIL, 2, cores, 2000);
      points = (const EaselRunResult *) (gpointer) results->data;

      easel_scaling_draw (prediction, points, results->len, NULL, &style, cr, 1280, 720);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      easel_scaling_compute_layout (prediction, points, results->len, &style, cr, 1280, 720, &layout);

      /* Every worker count on the axis, inside the picture. */
      g_assert_cmpuint (layout.max_workers, ==, max_workers);
      g_assert_cmpfloat (layout.x, >, 0);
      g_assert_cmpfloat (easel_scaling_layout_x (&layout, max_workers), <, 1280 - style.font_size);
      g_assert_cmpfloat (layout.max_speedup, >=, cores);
      g_assert_cmpfloat (layout.height, >=, 300);

      /* The measured points, in their modes' colours. */
      x = easel_scaling_layout_x (&layout, P);
      y = easel_scaling_layout_y (&layout, P);
      g_assert_true (pixel_is (pixel_at (surface, x, y), style.accent));
      x = easel_scaling_layout_x (&layout, 2);
      y = easel_scaling_layout_y (&layout, 1.0);
      g_assert_true (pixel_is (pixel_at (surface, x, y), easel_render_style_get_painting_color (&style, 5)));

      /* The marker at the cores, halfway up (away from any curve). */
      x = round (easel_scaling_layout_x (&layout, cores)) + 0.5;
      y = easel_scaling_layout_y (&layout, layout.max_speedup * 0.1);
      {
        Pixel marker = pixel_at (surface, x, y);

        g_assert_true (pixel_is_grey (marker));
        g_assert_cmpint (marker.red, <, 200);
      }

      /* The model: flat past the cores, at the core count. */
      g_assert_cmpfloat (fabs (easel_scaling_prediction_speedup (prediction, EASEL_MODE_PARALLEL, max_workers) - cores),
                         <, cores * 0.05);
      g_assert_cmpfloat (easel_scaling_prediction_speedup (prediction, EASEL_MODE_GIL, max_workers), <, 1.05);

      /* Said in words: each point measured beside the model, then the
       * ones still to measure. */
      description = easel_scaling_describe (prediction, points, results->len);
      g_test_message ("%s", description);
      g_assert_nonnull (strstr (description, "Threads + GIL with 2 workers: 1.00 times as fast as one, predicted 1.00."));
      g_assert_nonnull (strstr (description, "Parallel with 1 worker: 1.00 times"));
      g_assert_null (strstr (description, "Other programs"));

      /* One worker beside a program that took a core: one core is still
       * free for it, no figure changes, nothing is said. */
      easel_trace_set_load (points[0].measured, 0.01, cores - 1.0);
      g_free (description);
      description = easel_scaling_describe (prediction, points, results->len);
      g_assert_null (strstr (description, "Other programs"));

      /* P workers beside a busy program: the chart says which speed-up
       * it changes, and what the free cores predict; unless the run was
       * too short for /proc/stat's 10 ms ticks to tell (64 workers share
       * 2 s of work: 31 ms). */
      easel_trace_set_load (points[1].measured, 0.01, cores * 0.75);
      g_free (description);
      description = easel_scaling_describe (prediction, points, results->len);
      g_test_message ("%s", description);
      if (2000.0 / P >= EASEL_RUN_OTHERS_MIN_MS)
        {
          g_assert_nonnull (strstr (description, "Other programs took up to"));
          g_assert_nonnull (strstr (description, "cores left free"));
        }
      else
        {
          g_assert_null (strstr (description, "Other programs"));
        }

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      easel_render_style_clear (&style);
    }
}

/* Threads under a GIL that took turns every few milliseconds: drawn at a
 * projector's size, each bar shows the share of each stretch it held a
 * core as a band from its bottom (its top half never solid: a barcode of
 * 1-pixel turns read as three threads painting at once), and says
 * "held the lock 33 %". */
static void
test_gantt_gil_turns (void)
{
  EaselWorkload w = { .paintings = 3, .coats = 1, .paint_ms = 500, .dry_ms = 0, .workers = 3 };
  g_autoptr(EaselTrace) trace = easel_trace_new (EASEL_MODE_GIL, &w, 2);
  g_autoptr(GArray) log = _easel_text_log_new ();
  EaselGantt gantt = { .trace = trace, .now_ms = -1, .finished = TRUE };
  EaselRenderStyle style;
  EaselGanttLayout layout;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 740, 360);
  cairo_t *cr = cairo_create (surface);
  gboolean said = FALSE;

  /* Each thread holds the lock 5 ms in every 15, in turn, for 1.5 s. */
  for (guint p = 0; p < 3; p++)
    {
      g_autofree double *on_core = g_new (double, 2 * 100);
      EaselSpan span = { p, 0, EASEL_PHASE_PAINT, p, 0, 1500, 500 };

      for (guint k = 0; k < 100; k++)
        {
          on_core[2 * k] = k * 15.0 + p * 5.0;
          on_core[2 * k + 1] = on_core[2 * k] + 5.0;
        }
      span.on_core = on_core;
      span.n_on_core = 100;
      easel_trace_add_span (trace, &span);
    }
  easel_trace_set_makespan (trace, 1500);
  easel_trace_finish (trace);

  easel_render_style_init_light (&style);
  style.font_size = 21;
  style.min_text_size = 16;
  _easel_render_log_text (cr, log);
  easel_gantt_draw (&gantt, &style, cr, 740, 360);
  easel_gantt_compute_layout (&gantt, &style, 740, 360, &layout);
  cairo_destroy (cr);

  for (guint i = 0; i < log->len; i++)
    said |= strstr (g_array_index (log, EaselTextRecord, i).text, "held the lock 33 %") != NULL;
  g_assert_true (said);

  for (guint p = 0; p < 3; p++)
    {
      const EaselSpan *spans;
      guint n_spans;
      EaselRgba color = easel_render_style_get_painting_color (&style, p);
      guint solid_top = 0, solid_bottom = 0, columns = 0;
      double x, y, bw, bh;

      spans = easel_trace_get_spans (trace, &n_spans);
      easel_gantt_layout_bar (&layout, &gantt, &spans[p], FALSE, &x, &y, &bw, &bh);
      for (double px = x + 6; px < x + bw - 6; px += 1, columns++)
        {
          solid_top += pixel_is (pixel_at (surface, px, y + bh * 0.2), color);
          solid_bottom += pixel_is (pixel_at (surface, px, y + bh * 0.9), color);
        }
      g_test_message ("painting %u: solid in %u of %u columns at the top, %u at the bottom",
                      p, solid_top, columns, solid_bottom);
      g_assert_cmpuint (solid_top, ==, 0);
      g_assert_cmpuint (solid_bottom, >=, columns * 9 / 10);
    }

  cairo_surface_destroy (surface);
  easel_render_style_clear (&style);
}

/* The exports' styles reach WCAG's contrast, and a colour that does not
 * is raised to it: the theme's dim grey (black at 48 % on white, 3.7:1)
 * becomes at least 4.6:1, still black; a pale mark on dark, 3:1. */
static void
test_style_contrast (void)
{
  EaselRgba white = { 1, 1, 1, 1 };
  EaselRgba dark = { 0x1e / 255.0, 0x1e / 255.0, 0x1e / 255.0, 1 };
  EaselRgba grey = { 0, 0, 0, 0.48 };
  EaselRgba slate = { 0.2, 0.25, 0.3, 0.4 };
  EaselRgba raised;

  for (guint dark_style = 0; dark_style < 2; dark_style++)
    {
      EaselRenderStyle style;

      if (dark_style)
        easel_render_style_init_dark (&style);
      else
        easel_render_style_init_light (&style);
      g_assert_cmpfloat (easel_rgba_contrast_ratio (style.dim, style.background), >=, 4.5);
      g_assert_cmpfloat (easel_rgba_contrast_ratio (style.accent, style.background), >=, 3.0);
      g_assert_cmpfloat (easel_rgba_contrast_ratio (style.predicted, style.background), >=, 3.0);
      easel_render_style_clear (&style);
    }

  g_assert_cmpfloat (easel_rgba_contrast_ratio (grey, white), <, 4.0);
  raised = easel_rgba_with_contrast (grey, white, EASEL_CONTRAST_TEXT);
  g_assert_cmpfloat (easel_rgba_contrast_ratio (raised, white), >=, EASEL_CONTRAST_TEXT);
  g_assert_cmpfloat (raised.red + raised.green + raised.blue, ==, 0.0);
  g_assert_cmpfloat (easel_rgba_contrast_ratio (slate, dark), <, 3.0);
  raised = easel_rgba_with_contrast (slate, dark, EASEL_CONTRAST_MARK);
  g_assert_cmpfloat (easel_rgba_contrast_ratio (raised, dark), >=, EASEL_CONTRAST_MARK);
  g_assert_cmpfloat (easel_rgba_contrast_ratio (white, white), ==, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/render/load-plot-2-cores", test_load_plot_2_cores);
  g_test_add_func ("/easel/render/load-plot-128-cores", test_load_plot_128_cores);
  g_test_add_func ("/easel/render/scaling-chart", test_scaling_chart);
  g_test_add_func ("/easel/render/text-leaves-no-path", test_text_leaves_no_path);

  g_test_add_func ("/easel/render/gantt-pixels", test_gantt_pixels);
  g_test_add_func ("/easel/render/gantt-threads-and-ghost", test_gantt_threads_and_ghost);
  g_test_add_func ("/easel/render/gantt-live-parts", test_gantt_live_parts);
  g_test_add_func ("/easel/render/gantt-mode-title", test_gantt_mode_title);
  g_test_add_func ("/easel/render/gantt-visible-core-waits", test_gantt_visible_core_waits);
  g_test_add_func ("/easel/render/gantt-gil-legend", test_gantt_gil_legend);
  g_test_add_func ("/easel/render/gantt-empty-and-tiny", test_gantt_empty_and_tiny);
  g_test_add_func ("/easel/render/gantt-many-paintings-fit", test_gantt_many_paintings_fit);
  g_test_add_func ("/easel/render/gantt-ticks", test_gantt_ticks);
  g_test_add_func ("/easel/render/comparison-figures", test_comparison_figures);
  g_test_add_func ("/easel/render/busy-machine-notice", test_busy_machine_notice);
  g_test_add_func ("/easel/render/export-formats", test_export_formats);
  g_test_add_func ("/easel/render/export-bad-targets", test_export_bad_targets);
  g_test_add_func ("/easel/render/picture-states", test_picture_states);
  g_test_add_func ("/easel/render/picture-sheen-apart", test_picture_sheen_apart);
  g_test_add_func ("/easel/render/gantt-describe-story", test_gantt_describe_story);
  g_test_add_func ("/easel/render/gantt-load-strip", test_gantt_load_strip);
  g_test_add_func ("/easel/render/style-contrast", test_style_contrast);
  g_test_add_func ("/easel/render/gantt-gil-turns", test_gantt_gil_turns);

  return g_test_run ();
}
