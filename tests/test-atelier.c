/* test-atelier.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The atelier in the real window: runs driven through the window's
 * actions, with real threads, timers and drawing.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "easel-application.h"
#include "easel-atelier.h"
#include "easel-comparison-view.h"
#include "easel-export.h"
#include "easel-file-job.h"
#include "easel-gantt-view.h"
#include "easel-gantt.h"
#include "easel-guess-bar.h"
#include "easel-paintings-view.h"
#include "easel-run-file.h"
#include "easel-scaling-view.h"
#include "easel-style.h"
#include "easel-test-utils.h"
#include "easel-slide-view.h"
#include "easel-walkthrough.h"
#include "easel-window.h"

#define RUN_TIMEOUT_MS 20000

static GApplication *app;
static GSettings *settings;

static void
set_small_workload (guint paint_ms,
                    guint dry_ms)
{
  g_settings_set_uint (settings, "paintings", 3);
  g_settings_set_uint (settings, "coats", 1);
  g_settings_set_uint (settings, "paint-ms", paint_ms);
  g_settings_set_uint (settings, "dry-ms", dry_ms);
  g_settings_set_uint (settings, "workers", 0);
}

static gboolean
is_idle (gpointer user_data)
{
  return !easel_atelier_is_running (user_data);
}


static void
test_atelier_async_run (void)
{
  EaselWindow *window;
  EaselAtelier *atelier;
  EaselGanttView *gantt;
  EaselPaintingsView *paintings;
  GtkWidget *grid;
  g_autofree char *description = NULL;
  g_autofree char *light = NULL;
  g_autofree char *dark = NULL;
  EaselMode mode = EASEL_MODE_SEQUENTIAL;
  EaselTrace *trace;

  set_small_workload (40, 80);
  window = easel_test_create_window (app, 1280, 720);
  atelier = easel_test_child (window, EASEL_TYPE_WINDOW, "atelier");
  gantt = easel_test_child (atelier, EASEL_TYPE_ATELIER, "gantt_view");
  paintings = easel_test_child (atelier, EASEL_TYPE_ATELIER, "paintings_view");
  grid = easel_test_child (atelier, EASEL_TYPE_ATELIER, "parameters_grid");

  /* "2" on the keyboard picks async, as the window's action does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.mode", "s", "async"));
  g_object_get (atelier, "mode", &mode, NULL);
  g_assert_cmpint (mode, ==, EASEL_MODE_ASYNC);
  g_assert_cmpstr (g_settings_get_string (settings, "mode"), ==, "async");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  g_assert_true (easel_atelier_is_running (atelier));

  /* During the run the parameters and the mode are out of reach. */
  g_assert_false (gtk_widget_get_sensitive (grid));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.mode", "s", "parallel");
  g_object_get (atelier, "mode", &mode, NULL);
  g_assert_cmpint (mode, ==, EASEL_MODE_ASYNC);

  /* Nor can the run be exported while its thread still writes its trace
   * (the export draws on a thread of its own). */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_nonnull (easel_gantt_view_get_trace (gantt));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (easel_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));

  g_assert_true (easel_test_wait_until (is_idle, atelier, RUN_TIMEOUT_MS));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_sensitive (grid));

  /* The chart holds the run: one paint and one drying per painting, the
   * paints on one thread and the drying on timers. */
  trace = easel_gantt_view_get_trace (gantt);
  g_assert_nonnull (trace);
  g_assert_cmpint (easel_trace_get_mode (trace), ==, EASEL_MODE_ASYNC);
  g_assert_cmpuint (easel_trace_count_spans (trace, EASEL_PHASE_PAINT), ==, 3);
  g_assert_cmpuint (easel_trace_count_spans (trace, EASEL_PHASE_DRY), ==, 3);
  g_assert_nonnull (easel_gantt_view_get_predicted (gantt));

  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (easel_paintings_view_get_state (paintings, i), ==, EASEL_PICTURE_DONE);

  /* A screen reader hears the mode, the time and the prediction. */
  description = easel_gantt_view_dup_description (gantt);
  g_test_message ("%s", description);
  g_assert_nonnull (strstr (description, "Asynchronous"));
  g_assert_nonnull (strstr (description, "Finished in"));
  g_assert_nonnull (strstr (description, "Predicted: 0.20 seconds"));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (gantt), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (gantt), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  light = easel_test_save_png (GTK_WIDGET (window), "atelier-async-light");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  dark = easel_test_save_png (GTK_WIDGET (window), "atelier-async-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  g_assert_cmpfloat (easel_test_png_luminance (light, NULL), >, easel_test_png_luminance (dark, NULL) + 0.3);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static gboolean
never (gpointer user_data)
{
  return FALSE;
}

/* Whether, mid-run, at least three spans have finished, two of them
 * bars the live-chart check looks at: paint bars, and drying bars
 * unless the timeline is by thread (they stack in the timers' lane). */
static gboolean
spans_finished_mid_run (gpointer user_data)
{
  EaselGanttView *gantt = user_data;
  EaselTrace *trace = easel_gantt_view_get_trace (gantt);
  gboolean by_thread = easel_gantt_view_get_by_thread (gantt);
  const EaselSpan *spans;
  guint n_spans = 0;
  guint checkable = 0;

  if (trace == NULL)
    return FALSE;

  spans = easel_trace_get_spans (trace, &n_spans);
  for (guint i = 0; i < n_spans; i++)
    if (spans[i].phase == EASEL_PHASE_PAINT || (spans[i].phase == EASEL_PHASE_DRY && !by_thread))
      checkable++;

  return n_spans >= 3 && checkable >= 2;
}

/* How far the pixel at (@x, @y) is from @color: the most any channel is
 * off, 0…255. */
static int
distance_at (const guint8 *data,
             int           stride,
             double        x,
             double        y,
             EaselRgba     color)
{
  guint32 value = *(const guint32 *) (gconstpointer) (data + (int) y * stride + (int) x * 4);

  return MAX (ABS ((int) ((value >> 16) & 0xff) - (int) (color.red * 255)),
              MAX (ABS ((int) ((value >> 8) & 0xff) - (int) (color.green * 255)),
                   ABS ((int) (value & 0xff) - (int) (color.blue * 255))));
}

/* During a run the timeline redraws only the parts of its static layer
 * that changed (all of it in the timers' lane, where timers stack):
 * every span that has finished is on screen, in its colour, in the
 * frames drawn while the run goes on. */
static void
check_live_chart (const char *mode,
                  gboolean    by_thread)
{
  EaselWindow *window;
  EaselAtelier *atelier;
  EaselGanttView *gantt;
  g_autofree char *name = g_strdup_printf ("atelier-live-chart-%s", mode);
  g_autofree char *png = NULL;
  cairo_surface_t *surface;
  const guint8 *data;
  const EaselSpan *spans;
  EaselRenderStyle style;
  EaselGanttLayout layout;
  EaselGantt chart;
  guint n_spans;
  guint n_now;
  guint checked = 0;
  int width, height, stride;

  set_small_workload (150, 300);
  window = easel_test_create_window (app, 1280, 720);
  atelier = easel_test_child (window, EASEL_TYPE_WINDOW, "atelier");
  gantt = easel_test_child (atelier, EASEL_TYPE_ATELIER, "gantt_view");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.mode", "s", mode));
  easel_gantt_view_set_by_thread (gantt, by_thread);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  g_assert_true (easel_test_wait_until (spans_finished_mid_run, gantt, RUN_TIMEOUT_MS));

  /* A span that ends waits for the next paced frame (a tenth of a
   * second) to be drawn: the first n_spans have had two. (The spans
   * array moves as spans are added: it is read again after.) */
  easel_trace_get_spans (easel_gantt_view_get_trace (gantt), &n_spans);
  easel_test_wait_until (never, NULL, 250);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (gantt));
  width = gtk_widget_get_width (GTK_WIDGET (gantt));
  height = gtk_widget_get_height (GTK_WIDGET (gantt));
  png = easel_test_save_png (GTK_WIDGET (gantt), name);
  spans = easel_trace_get_spans (easel_gantt_view_get_trace (gantt), &n_now);
  g_assert_cmpuint (n_now, >=, n_spans);
  g_assert_true (easel_atelier_is_running (atelier));

  /* The same layout as the view's: the axis only stretches for a run
   * slower than predicted, and this one is a third of the way in. */
  easel_widget_get_render_style (GTK_WIDGET (gantt), &style);
  easel_render_style_grow_to_size (&style, width, height);
  chart = (EaselGantt) {
    .trace = easel_gantt_view_get_trace (gantt),
    .predicted = easel_gantt_view_get_predicted (gantt),
    .now_ms = 0,
    .lanes = by_thread ? EASEL_GANTT_LANES_THREAD : EASEL_GANTT_LANES_PAINTING,
    .show_predicted = easel_gantt_view_get_show_predicted (gantt),
  };
  easel_gantt_compute_layout (&chart, &style, width, height, &layout);
  g_assert_true (by_thread == (layout.timer_lane >= 0));

  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  g_assert_cmpuint (n_spans, >=, 3);
  for (guint i = 0; i < n_spans; i++)
    {
      double x, y, w, h;

      /* Timers' rows depend on the timers still open, which the view
       * alone knows: their bars are left out here. */
      if (spans[i].thread < 0 && by_thread)
        continue;

      /* A bar of a few pixels is all edge (a wait of no time is one). */
      easel_gantt_layout_bar (&layout, &chart, &spans[i], FALSE, &x, &y, &w, &h);
      if (w <= 12)
        continue;
      if (spans[i].phase == EASEL_PHASE_PAINT)
        {
          /* Solid where its thread was on a core, striped where it
           * waited for one: somewhere along it, above its label, the
           * painting's own colour. */
          EaselRgba color = easel_render_style_get_painting_color (&style, spans[i].painting);
          int best = 255;

          for (double px = x + 4; px < x + w - 4; px++)
            best = MIN (best, distance_at (data, stride, px, y + h * 0.25, color));
          g_test_message ("%s span %u (painting %u): %d from its colour", mode, i, spans[i].painting, best);
          g_assert_cmpint (best, <=, 12);
          checked++;
        }
      else if (spans[i].phase == EASEL_PHASE_DRY)
        {
          /* Grey and hatched, far from the background: not the faint
           * ghost of the prediction behind it. */
          guint32 value = *(const guint32 *) (gconstpointer) (data + (int) (y + h / 2) * stride +
                                                              (int) (x + w / 2) * 4);
          int red = (value >> 16) & 0xff;
          int green = (value >> 8) & 0xff;
          int blue = value & 0xff;

          g_test_message ("%s span %u (painting %u, drying): #%02x%02x%02x", mode, i, spans[i].painting,
                          red, green, blue);
          g_assert_cmpint (ABS (red - green), <=, 8);
          g_assert_cmpint (ABS (green - blue), <=, 8);
          g_assert_cmpint (ABS (red - (int) (style.background.red * 255)), >, 40);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >=, 2);

  cairo_surface_destroy (surface);
  easel_render_style_clear (&style);
  g_assert_true (easel_test_wait_until (is_idle, atelier, RUN_TIMEOUT_MS));
  easel_gantt_view_set_by_thread (gantt, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_atelier_live_chart (void)
{
  check_live_chart ("sequential", FALSE);
  /* Drying on timers, each in the timers' lane. */
  check_live_chart ("async", TRUE);
}

static gboolean
parallel_running (gpointer user_data)
{
  EaselGanttView *gantt = user_data;
  EaselTrace *trace = easel_gantt_view_get_trace (gantt);

  return trace != NULL && easel_trace_get_mode (trace) == EASEL_MODE_PARALLEL && !easel_trace_is_stopped (trace) &&
         easel_trace_get_makespan (trace) <= 0;
}

/* Which mode buttons are lit as running, one bit each. */
static guint
lit_modes (GtkWidget *modes)
{
  guint lit = 0;
  guint mode = 0;

  for (GtkWidget *button = gtk_widget_get_first_child (modes); button != NULL;
       button = gtk_widget_get_next_sibling (button), mode++)
    if (gtk_widget_has_css_class (button, "running"))
      lit |= 1u << mode;

  return lit;
}

static gboolean
export_written (gpointer user_data)
{
  return easel_file_job_get_n_running () == 0 && g_file_test (user_data, G_FILE_TEST_EXISTS);
}

/* Export on the comparison page writes a PNG of the record's runs. */
static void
assert_exports_comparison (EaselWindow *window,
                           EaselRecord *record)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "comparison.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  cairo_surface_t *surface;
  GtkWindow *chooser;
  guint n_rows;

  /* The menu's Export… asks where, and writes nothing before. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  chooser = easel_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  easel_atelier_export (easel_test_child (window, EASEL_TYPE_WINDOW, "atelier"), file);
  g_assert_true (easel_test_wait_until (export_written, path, 20000));

  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, EASEL_EXPORT_DEFAULT_WIDTH);
  cairo_surface_destroy (surface);
  easel_record_get_results (record, &n_rows);
  g_assert_cmpuint (n_rows, ==, EASEL_N_MODES);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_atelier_run_all (void)
{
  EaselWindow *window;
  EaselAtelier *atelier;
  EaselComparisonView *comparison;
  AdwViewStack *stack;
  GtkWidget *modes;
  g_autofree char *mode = NULL;
  g_autofree char *description = NULL;
  g_autofree char *png = NULL;
  guint n_rows;

  set_small_workload (60, 120);
  g_settings_set_string (settings, "mode", "sequential");
  window = easel_test_create_window (app, 1280, 720);
  atelier = easel_test_child (window, EASEL_TYPE_WINDOW, "atelier");
  comparison = easel_test_child (atelier, EASEL_TYPE_ATELIER, "comparison_view");
  stack = easel_test_child (atelier, EASEL_TYPE_ATELIER, "stack");
  modes = easel_test_child (atelier, EASEL_TYPE_ATELIER, "modes");

  /* The mode buttons light the mode that runs, not the one chosen. */
  g_assert_cmpuint (lit_modes (modes), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-all", NULL));
  g_assert_true (easel_test_wait_until (parallel_running, easel_test_child (atelier, EASEL_TYPE_ATELIER, "gantt_view"),
                                        RUN_TIMEOUT_MS));
  g_assert_cmpuint (lit_modes (modes), ==, 1u << EASEL_MODE_PARALLEL);
  {
    GtkWidget *parallel = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (gtk_widget_get_first_child (modes)));

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (parallel), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                         "Running now");
  }
  g_assert_true (easel_test_wait_until (is_idle, atelier, RUN_TIMEOUT_MS));
  g_assert_cmpuint (lit_modes (modes), ==, 0);
  /* The buttons' descriptions are their tooltips again. */
  for (GtkWidget *button = gtk_widget_get_first_child (modes); button != NULL;
       button = gtk_widget_get_next_sibling (button))
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                         gtk_widget_get_tooltip_text (button));
  mode = g_settings_get_string (settings, "mode");
  g_assert_cmpstr (mode, ==, "sequential");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Every mode, in order, then the comparison is shown. */
  easel_record_get_results (easel_comparison_view_get_record (comparison), &n_rows);
  g_assert_cmpuint (n_rows, ==, EASEL_N_MODES);
  /* One record of the runs, the same to every view that shows them. */
  g_assert_true (easel_comparison_view_get_record (comparison) == easel_atelier_get_comparison (atelier));
  g_assert_true (easel_gantt_view_get_record (easel_test_child (atelier, EASEL_TYPE_ATELIER, "gantt_view")) ==
                 easel_atelier_get_comparison (atelier));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "comparison");
  /* The comparison gets the room the finished paintings had. */
  g_assert_false (gtk_widget_get_visible (easel_test_child (atelier, EASEL_TYPE_ATELIER, "paintings_view")));

  description = easel_comparison_view_dup_description (comparison);
  g_test_message ("%s", description);
  g_assert_nonnull (strstr (description, "Sequential"));
  g_assert_nonnull (strstr (description, "Threads + GIL"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (comparison), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       description);

  png = easel_test_save_png (GTK_WIDGET (window), "atelier-run-all");

  /* Export… writes what the comparison shows, from its record, on a
   * thread of its own. */
  assert_exports_comparison (window, easel_atelier_get_comparison (atelier));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
stop_soon_cb (gpointer user_data)
{
  gtk_widget_activate_action (user_data, "win.stop", NULL);

  return G_SOURCE_REMOVE;
}

static void
test_atelier_stop (void)
{
  guint threads_before = easel_test_count_threads ();
  EaselWindow *window;
  EaselAtelier *atelier;
  EaselGanttView *gantt;
  gint64 start;

  set_small_workload (3000, 3000);
  g_settings_set_string (settings, "mode", "parallel");
  window = easel_test_create_window (app, 1280, 720);
  atelier = easel_test_child (window, EASEL_TYPE_WINDOW, "atelier");
  gantt = easel_test_child (atelier, EASEL_TYPE_ATELIER, "gantt_view");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  g_timeout_add (300, stop_soon_cb, window);
  start = g_get_monotonic_time ();
  g_assert_true (easel_test_wait_until (is_idle, atelier, RUN_TIMEOUT_MS));

  /* Stopped at once, not after the 6 s the run would take. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 1500 * G_TIME_SPAN_MILLISECOND);
  g_assert_true (easel_test_wait_until (easel_test_threads_back, GUINT_TO_POINTER (threads_before + 1), 2000));

  /* What ran before the stop is kept, but not as a finished run: no
   * painting is done, and the timeline says it was stopped. */
  g_assert_nonnull (easel_gantt_view_get_trace (gantt));
  g_assert_true (easel_trace_is_stopped (easel_gantt_view_get_trace (gantt)));
  {
    EaselPaintingsView *paintings = easel_test_child (atelier, EASEL_TYPE_ATELIER, "paintings_view");
    g_autofree char *description = easel_gantt_view_dup_description (gantt);

    g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (paintings));
    guint redraws = 0;

    g_assert_nonnull (strstr (description, "Stopped after"));
    for (guint i = 0; i < easel_paintings_view_get_n_paintings (paintings); i++)
      g_assert_cmpint (easel_paintings_view_get_state (paintings, i), !=, EASEL_PICTURE_DONE);

    /* Nothing dries once the run is stopped: the paintings stop
     * glistening and drawing frames (they drew ten a second). */
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    g_signal_connect_swapped (paintable, "invalidate-contents", G_CALLBACK (count_cb), &redraws);
    easel_test_wait_until (never, NULL, 1000);
    g_test_message ("%u redraws of the paintings in a second after the stop", redraws);
    g_assert_cmpuint (redraws, <=, 3);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "mode");
}

static gboolean
nothing_running (gpointer user_data)
{
  return easel_runner_get_n_running () == 0;
}

static void
test_atelier_close_mid_run (void)
{
  guint threads_before = easel_test_count_threads ();
  EaselWindow *window;
  EaselAtelier *atelier;

  set_small_workload (3000, 3000);
  window = easel_test_create_window (app, 1280, 720);
  atelier = easel_test_child (window, EASEL_TYPE_WINDOW, "atelier");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  g_assert_cmpuint (easel_runner_get_n_running (), ==, 1);
  g_assert_true (easel_atelier_is_running (atelier));

  /* Closing the window cancels its run, which then ends promptly. */
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (easel_test_wait_until (nothing_running, NULL, 1000));
  g_assert_true (easel_test_wait_until (easel_test_threads_back, GUINT_TO_POINTER (threads_before + 1), 2000));
}

static void
test_atelier_reset_parameters (void)
{
  EaselWindow *window;

  set_small_workload (1234, 4321);
  g_settings_set_string (settings, "mode", "gil");
  window = easel_test_create_window (app, 1280, 720);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reset-parameters", NULL));
  {
    g_autofree char *mode = g_settings_get_string (settings, "mode");

    g_assert_cmpstr (mode, ==, "sequential");
  }
  g_assert_cmpuint (g_settings_get_uint (settings, "paint-ms"), ==, 500);
  g_assert_cmpuint (g_settings_get_uint (settings, "dry-ms"), ==, 1000);
  g_assert_cmpuint (g_settings_get_uint (settings, "coats"), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_three_points (gpointer user_data)
{
  guint n_points;

  easel_record_get_results (easel_scaling_view_get_record (user_data), &n_points);

  return n_points >= 3;
}

/* The Scaling page: the model's curve before anything runs, Run measures
 * the curve point by point, Stop keeps the points so far and joins every
 * thread, and the accessible description follows. With drying, the
 * model climbs past the cores. */
static void
test_atelier_scaling (void)
{
  guint threads_before = easel_test_count_threads ();
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  EaselAtelier *atelier = easel_test_child (window, EASEL_TYPE_WINDOW, "atelier");
  EaselScalingView *view = easel_test_child (atelier, EASEL_TYPE_ATELIER, "scaling_view");
  AdwViewStack *stack = easel_test_child (atelier, EASEL_TYPE_ATELIER, "stack");
  GtkLabel *status = easel_test_child (atelier, EASEL_TYPE_ATELIER, "scaling_status");
  const EaselScalingPrediction *prediction;
  const EaselRunResult *points;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *png = NULL;
  guint n_points;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "scaling"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "scaling");
  g_assert_false (gtk_widget_get_visible (easel_test_child (atelier, EASEL_TYPE_ATELIER, "paintings_view")));

  before = easel_scaling_view_dup_description (view);
  g_assert_nonnull (strstr (before, "Parallel, not measured yet: predicted to reach"));

  /* Run, on this page, measures the curve. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  g_assert_true (easel_atelier_is_running (atelier));
  g_assert_true (easel_test_wait_until (has_three_points, view, RUN_TIMEOUT_MS));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop", NULL));
  g_assert_true (easel_test_wait_until (is_idle, atelier, RUN_TIMEOUT_MS));
  g_assert_true (easel_test_wait_until (easel_test_threads_back, GUINT_TO_POINTER (threads_before + 1), 2000));

  /* In parallel first, one more worker each time; stopped before the
   * GIL's turn, the points so far stay. */
  prediction = easel_scaling_view_get_prediction (view);
  points = easel_record_get_results (easel_scaling_view_get_record (view), &n_points);
  g_assert_cmpuint (n_points, >=, 3);
  g_assert_cmpuint (n_points, <, 2 * prediction->params.max_workers);
  for (guint i = 0; i < n_points && i < prediction->params.max_workers; i++)
    {
      g_assert_cmpint (easel_trace_get_mode (points[i].measured), ==, EASEL_MODE_PARALLEL);
      g_assert_cmpuint (easel_trace_get_workload (points[i].measured)->workers, ==, i + 1);
    }
  g_assert_nonnull (strstr (gtk_label_get_label (status), "Stopped after"));

  after = easel_scaling_view_dup_description (view);
  g_test_message ("%s", after);
  g_assert_nonnull (strstr (after, "Parallel with 1 worker: 1.00 times as fast as one"));
  g_assert_nonnull (strstr (after, "Threads + GIL, not measured yet"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, after);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  png = easel_test_save_png (GTK_WIDGET (window), "atelier-scaling");

  /* With drying, a new curve: no points, and the model passes the cores. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (atelier), "atelier.scaling-drying", NULL));
  prediction = easel_scaling_view_get_prediction (view);
  easel_record_get_results (easel_scaling_view_get_record (view), &n_points);
  g_assert_cmpuint (n_points, ==, 0);
  g_assert_cmpuint (prediction->params.dry_ms, >, 0);
  g_assert_cmpfloat (easel_scaling_prediction_speedup (prediction, EASEL_MODE_PARALLEL, prediction->params.max_workers),
                     >, prediction->cores);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_two_points (gpointer user_data)
{
  guint n_points;

  easel_record_get_results (easel_scaling_view_get_record (user_data), &n_points);

  return n_points >= 2;
}

/* The Scaling page's guess: 2.5× at 2 workers, measured up to that
 * point and stopped; the sentence follows. */
static void
guess_the_curve (EaselWindow      *window,
                 EaselAtelier     *atelier,
                 EaselGuessBar    *bar,
                 EaselScalingView *scaling)
{
  const char *result;

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_false (easel_guess_bar_get_guess (bar, NULL));
  gtk_spin_button_set_value (easel_test_child (atelier, EASEL_TYPE_ATELIER, "guess_workers"), 2);
  easel_guess_bar_set_guess (bar, 2.5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  g_assert_true (easel_test_wait_until (has_two_points, scaling, RUN_TIMEOUT_MS));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop", NULL));
  g_assert_true (easel_test_wait_until (is_idle, atelier, RUN_TIMEOUT_MS));
  result = easel_guess_bar_get_result (bar);
  g_assert_nonnull (result);
  g_test_message ("%s", result);
  g_assert_nonnull (strstr (result, "You expected 2.5×"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_free (easel_test_save_png (GTK_WIDGET (window), "atelier-guess-scaling"));

}

/* Guess first: off, no guess is asked; on, the timeline asks for a time
 * and a run without a guess stays an ordinary one; a guess made is
 * locked during the run, marked on the chart (and in its description)
 * and set beside the measured and predicted times afterwards, with why.
 * On the Scaling page the guess is a speed-up at some workers. */
static void
test_atelier_guess (void)
{
  EaselWindow *window;
  EaselAtelier *atelier;
  EaselGanttView *gantt;
  EaselScalingView *scaling;
  EaselGuessBar *bar;
  g_autofree char *description = NULL;
  g_autofree char *png = NULL;
  const char *result;
  double guess;

  set_small_workload (40, 80);
  g_settings_set_string (settings, "mode", "sequential");
  g_settings_set_boolean (settings, "guess-first", FALSE);
  window = easel_test_create_window (app, 1280, 720);
  atelier = easel_test_child (window, EASEL_TYPE_WINDOW, "atelier");
  gantt = easel_test_child (atelier, EASEL_TYPE_ATELIER, "gantt_view");
  scaling = easel_test_child (atelier, EASEL_TYPE_ATELIER, "scaling_view");
  bar = easel_test_child (atelier, EASEL_TYPE_ATELIER, "guess_bar");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));

  /* The main menu's toggle asks; nothing guessed yet. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "guess-first"));
  g_action_group_change_action_state (G_ACTION_GROUP (app), "guess-first", g_variant_new_boolean (TRUE));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_false (easel_guess_bar_get_guess (bar, NULL));

  /* No guess: an ordinary run. The page changes under it, to the
   * curve's, whose guess is asked once the run is over. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "scaling"));
  g_assert_true (easel_test_wait_until (is_idle, atelier, RUN_TIMEOUT_MS));
  g_assert_cmpfloat (easel_gantt_view_get_guess (gantt), ==, 0.0);
  g_assert_null (easel_guess_bar_get_result (bar));

  guess_the_curve (window, atelier, bar, scaling);

  /* The timeline: a tenth of a second, where one after another takes
   * 0.36 s. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "timeline"));
  easel_guess_bar_set_guess (bar, 0.1);
  g_assert_true (easel_guess_bar_get_guess (bar, &guess));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  g_assert_cmpfloat_with_epsilon (easel_gantt_view_get_guess (gantt), 100.0, 1e-6);
  g_assert_true (easel_test_wait_until (is_idle, atelier, RUN_TIMEOUT_MS));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  result = easel_guess_bar_get_result (bar);
  g_assert_nonnull (result);
  g_test_message ("%s", result);
  g_assert_nonnull (strstr (result, "You expected 0.10 s; measured "));
  g_assert_nonnull (strstr (result, "the model predicted 0.36 s"));
  g_assert_nonnull (strstr (result, "One after another"));
  description = easel_gantt_view_dup_description (gantt);
  g_assert_nonnull (strstr (description, "Your guess: 0.10 seconds"));
  png = easel_test_save_png (GTK_WIDGET (window), "atelier-guess");

  /* Run All: which mode finishes first, picked among the four. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "comparison"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_false (easel_guess_bar_get_guess (bar, NULL));
  g_assert_null (easel_guess_bar_get_result (bar));
  easel_guess_bar_set_guess (bar, EASEL_MODE_SEQUENTIAL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-all", NULL));
  g_assert_true (easel_test_wait_until (is_idle, atelier, RUN_TIMEOUT_MS));
  result = easel_guess_bar_get_result (bar);
  g_assert_nonnull (result);
  g_test_message ("%s", result);
  g_assert_nonnull (strstr (result, "You expected Sequential to finish first; "));
  g_assert_nonnull (strstr (result, "is fastest here"));

  /* Off again: nothing asked. */
  g_settings_set_boolean (settings, "guess-first", FALSE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_machines (gpointer user_data)
{
  return easel_comparison_view_get_machines (user_data) != NULL;
}

static gboolean
has_opened (gpointer user_data)
{
  return easel_atelier_get_opened (user_data) != NULL;
}

/* A run file opened in the window: every mode in the comparison as it
 * was measured, under the banner naming the machine; a bad file changes
 * nothing; Back to Live leaves it. */
static void
test_atelier_open_run (void)
{
  g_autofree char *dir = g_dir_make_tmp ("easel-open-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lab.easel-run.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.easel-run.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  const EaselWorkload workload = { .paintings = 2, .coats = 1, .paint_ms = 20, .dry_ms = 20, .workers = 2 };
  g_autoptr(EaselSeries) series = easel_series_new_all (&workload);
  g_autoptr(GError) error = NULL;
  EaselWindow *window;
  EaselAtelier *atelier;
  EaselComparisonView *comparison;
  EaselRecord *opened;
  GtkLabel *banner;
  guint n;

  g_assert_true (easel_series_run (series, NULL, &error));
  g_assert_true (easel_run_file_save (easel_series_get_record (series), "the lab machine", file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (bad_path, "{\"format\": \"easel-run\", \"format_version\": 9}", -1, NULL));

  window = easel_test_create_window (app, 1280, 720);
  atelier = easel_test_child (window, EASEL_TYPE_WINDOW, "atelier");
  comparison = easel_test_child (atelier, EASEL_TYPE_ATELIER, "comparison_view");
  banner = easel_test_child (atelier, EASEL_TYPE_ATELIER, "opened_label");

  easel_window_open_runs (window, &file, 1);
  g_assert_true (easel_test_wait_until (has_opened, atelier, 10000));
  opened = easel_atelier_get_opened (atelier);
  g_assert_true (easel_comparison_view_get_record (comparison) == opened);
  easel_record_get_results (opened, &n);
  g_assert_cmpuint (n, ==, EASEL_N_MODES);
  g_test_message ("%s", gtk_label_get_label (banner));
  g_assert_nonnull (strstr (gtk_label_get_label (banner), "Recorded on the lab machine"));
  g_assert_true (gtk_widget_get_visible (easel_test_child (atelier, EASEL_TYPE_ATELIER, "opened_bar")));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_free (easel_test_save_png (GTK_WIDGET (window), "atelier-opened-run"));

  /* The walkthrough's last slide shows it, recorded on the lab machine. */
  {
    EaselWalkthrough *walkthrough;
    GtkStack *measured = NULL;
    GtkWidget *caption;

    easel_window_show_walkthrough (window, 0);
    walkthrough = easel_window_get_walkthrough (window);
    for (guint i = 0; i < easel_walkthrough_get_n_slides (walkthrough); i++)
      {
        EaselSlideView *view = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (walkthrough, i));

        if (g_strcmp0 (easel_slide_get_demo (easel_slide_view_get_slide (view)), "measured") == 0)
          measured = GTK_STACK (easel_slide_view_get_demo (view));
      }
    g_assert_nonnull (measured);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (measured), ==, "results");
    caption = gtk_widget_get_first_child (gtk_stack_get_child_by_name (measured, "results"));
    g_assert_true (gtk_widget_get_visible (caption));
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (caption)), "Recorded on the lab machine"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (walkthrough), "win.leave-walkthrough", NULL));
  }

  /* A bad file: a message, and the opened run stays. */
  easel_window_open_runs (window, &bad, 1);
  for (guint i = 0; i < 50; i++)
    {
      g_usleep (10 * 1000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  g_assert_true (easel_atelier_get_opened (atelier) == opened);

  /* Two machines side by side (the same file twice will do), and the
   * comparison back to none with Back to Live. */
  {
    GFile *both[] = { file, file };

    easel_window_open_runs (window, both, 2);
    g_assert_true (easel_test_wait_until (has_machines, comparison, 10000));
    g_assert_cmpuint (easel_comparison_view_get_machines (comparison)->len, ==, 2);
    g_assert_nonnull (strstr (gtk_label_get_label (banner), "Recorded on 2 machines"));
    g_free (easel_test_save_png (GTK_WIDGET (window), "atelier-machines"));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (atelier), "atelier.back-to-live", NULL));
  g_assert_null (easel_atelier_get_opened (atelier));
  g_assert_null (easel_comparison_view_get_machines (comparison));
  g_assert_false (gtk_widget_get_visible (easel_test_child (atelier, EASEL_TYPE_ATELIER, "opened_bar")));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_unlink (bad_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
assert_style_contrast (GtkWidget *widget,
                       const char *scheme)
{
  EaselRenderStyle style;
  double text, accent, predicted;

  easel_widget_get_render_style (widget, &style);
  text = easel_rgba_contrast_ratio (style.dim, style.background);
  accent = easel_rgba_contrast_ratio (style.accent, style.background);
  predicted = easel_rgba_contrast_ratio (style.predicted, style.background);
  g_test_message ("%s: secondary text %.2f:1, accent %.2f:1, prediction %.2f:1", scheme, text, accent, predicted);
  g_assert_cmpfloat (text, >=, 4.5);
  g_assert_cmpfloat (accent, >=, 3.0);
  g_assert_cmpfloat (predicted, >=, 3.0);
  easel_render_style_clear (&style);
}

/* The charts' secondary text (axes, legends, notes) reaches 4.5:1 against
 * the theme's background and their marks 3:1, light and dark: the
 * theme's dim grey alone did not (3.7:1). */
static void
test_atelier_contrast (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  EaselWindow *window = easel_test_create_window (app, 1280, 720);
  GtkWidget *gantt = easel_test_child (easel_test_child (window, EASEL_TYPE_WINDOW, "atelier"),
                                       EASEL_TYPE_ATELIER, "gantt_view");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  assert_style_contrast (gantt, "light");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  assert_style_contrast (gantt, "dark");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  easel_test_init (&argc, &argv);
  app = easel_test_create_application ();
  settings = g_settings_new (APPLICATION_ID);

  g_test_add_func ("/easel/atelier/async-run", test_atelier_async_run);
  g_test_add_func ("/easel/atelier/run-all", test_atelier_run_all);
  g_test_add_func ("/easel/atelier/live-chart", test_atelier_live_chart);
  g_test_add_func ("/easel/atelier/stop", test_atelier_stop);
  g_test_add_func ("/easel/atelier/scaling", test_atelier_scaling);
  g_test_add_func ("/easel/atelier/close-mid-run", test_atelier_close_mid_run);
  g_test_add_func ("/easel/atelier/reset-parameters", test_atelier_reset_parameters);
  g_test_add_func ("/easel/atelier/contrast", test_atelier_contrast);
  g_test_add_func ("/easel/atelier/guess", test_atelier_guess);
  g_test_add_func ("/easel/atelier/open-run", test_atelier_open_run);

  ret = g_test_run ();

  g_clear_object (&settings);
  g_clear_object (&app);

  return ret;
}
