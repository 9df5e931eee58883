/* bench-render.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How long the renderers take for one frame: the comparison at 1920×1080,
 * a live timeline and the paintings at window sizes. Medians of many
 * frames into image surfaces, as `meson test --benchmark` reports them.
 */

#include "config.h"

#include "easel-comparison.h"
#include "easel-gantt.h"
#include "easel-load-plot.h"
#include "easel-picture.h"
#include "easel-schedule.h"

#define FRAMES 60

typedef void (*FrameFunc) (cairo_t *cr, double width, double height, gpointer data);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

static double
median_ms (FrameFunc  frame,
           gpointer   data,
           int        width,
           int        height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  double times[FRAMES];

  for (guint i = 0; i < FRAMES; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();

      frame (cr, width, height, data);
      cairo_surface_flush (surface);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
    }

  cairo_surface_destroy (surface);
  qsort (times, FRAMES, sizeof (double), compare_doubles);

  return times[FRAMES / 2];
}

typedef struct
{
  EaselRenderStyle  style;
  EaselRunResult    rows[EASEL_N_MODES];
  EaselTrace       *live;
  EaselTrace       *predicted;
  guint32          *pixels;
  EaselLoadPlot     plot;
} Bench;

static void
comparison_frame (cairo_t *cr, double width, double height, gpointer data)
{
  Bench *bench = data;

  easel_comparison_draw (bench->rows, EASEL_N_MODES, &bench->style, cr, width, height);
}

static void
gantt_frame (cairo_t *cr, double width, double height, gpointer data)
{
  Bench *bench = data;
  EaselGantt gantt = { bench->live, bench->predicted, NULL, 0, 2400, EASEL_GANTT_LANES_PAINTING, TRUE, FALSE };

  easel_gantt_draw (&gantt, &bench->style, cr, width, height);
}

static void
paintings_frame (cairo_t *cr, double width, double height, gpointer data)
{
  Bench *bench = data;

  for (guint i = 0; i < 3; i++)
    {
      EaselPicture picture = { i, bench->pixels, EASEL_PICTURE_DRYING, 0.5, 0.3 };

      easel_picture_draw (&picture, &bench->style, cr, i * width / 3, 0, width / 3, height);
    }
}

/* The CPU panel's plot as it moves: the loads of two cores over a
 * minute of 250 ms samples, split three ways, with the frame (grid and
 * labels) left out as the panel caches it. */
static void
load_plot_frame (cairo_t  *cr,
                 double    width,
                 double    height,
                 gpointer  data)
{
  Bench *bench = data;

  easel_load_plot_draw_data (&bench->plot, &bench->style, cr, width, height);
}

#define PLOT_CORES 2
#define PLOT_SAMPLES 240

int
main (int   argc,
      char *argv[])
{
  EaselWorkload w = { .paintings = 3, .coats = 2, .paint_ms = 500, .dry_ms = 1000, .workers = 3 };
  g_autoptr(EaselCanvas) canvas = easel_canvas_new (0);
  Bench bench;
  guint n_spans;
  const EaselSpan *spans;

  easel_render_style_init_light (&bench.style);
  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    bench.rows[mode] = (EaselRunResult) { easel_schedule_predict (mode, &w, 2),
                                              easel_schedule_predict (mode, &w, 2) };

  /* A run 2.4 s into async: the spans that have ended by then. */
  bench.predicted = easel_schedule_predict (EASEL_MODE_ASYNC, &w, 2);
  bench.live = easel_trace_new (EASEL_MODE_ASYNC, &w, 2);
  spans = easel_trace_get_spans (bench.predicted, &n_spans);
  for (guint i = 0; i < n_spans; i++)
    if (spans[i].end_ms <= 2400)
      easel_trace_add_span (bench.live, &spans[i]);

  bench.pixels = g_new (guint32, EASEL_CANVAS_WIDTH * EASEL_CANVAS_HEIGHT);
  easel_canvas_paint_coat (canvas, 0, 1, 2000000, NULL, NULL, NULL, NULL, NULL, NULL);
  easel_canvas_copy_pixels (canvas, bench.pixels, EASEL_CANVAS_WIDTH * sizeof (guint32));

  g_print ("comparison 1920x1080: %.2f ms (median of %d)\n",
           median_ms (comparison_frame, &bench, 1920, 1080), FRAMES);
  g_print ("live timeline 900x360: %.2f ms\n", median_ms (gantt_frame, &bench, 900, 360));
  g_print ("live timeline 1920x700: %.2f ms\n", median_ms (gantt_frame, &bench, 1920, 700));
  g_print ("three wet paintings 900x170: %.2f ms\n", median_ms (paintings_frame, &bench, 900, 170));

  {
    g_autofree double *loads = g_new (double, (PLOT_CORES + 1) * PLOT_SAMPLES);
    g_autofree EaselCpuSplit *splits = g_new (EaselCpuSplit, PLOT_SAMPLES);
    GRand *rand = g_rand_new_with_seed (7);

    for (guint i = 0; i < PLOT_SAMPLES; i++)
      {
        double total = 0.0;

        for (guint core = 0; core < PLOT_CORES; core++)
          {
            loads[core * PLOT_SAMPLES + i] = g_rand_double_range (rand, 0.0, 0.3) + (core == 0 && i > 120);
            loads[core * PLOT_SAMPLES + i] = MIN (loads[core * PLOT_SAMPLES + i], 1.0);
            total += loads[core * PLOT_SAMPLES + i];
          }
        loads[PLOT_CORES * PLOT_SAMPLES + i] = total / PLOT_CORES;
        splits[i] = (EaselCpuSplit) { total, i > 120 ? 1.0 : 0.0, 0.02, MAX (total - 1.02 * (i > 120), 0.0) };
      }
    bench.plot = (EaselLoadPlot) {
      .n_cores = PLOT_CORES,
      .n_samples = PLOT_SAMPLES,
      .loads = loads,
      .interval_ms = 250,
      .splits = splits,
      .usable_cores = PLOT_CORES,
      .work_label = "hammer",
    };
    g_print ("CPU panel's plot, moving part 360x260: %.2f ms\n", median_ms (load_plot_frame, &bench, 360, 260));
    g_rand_free (rand);
  }

  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    {
      easel_trace_unref (bench.rows[mode].measured);
      easel_trace_unref (bench.rows[mode].predicted);
    }
  easel_trace_unref (bench.live);
  easel_trace_unref (bench.predicted);
  g_free (bench.pixels);
  easel_render_style_clear (&bench.style);

  return 0;
}
