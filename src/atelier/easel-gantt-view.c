/* easel-gantt-view.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Gantt chart as a widget: follows a run live (bars grow, a cursor
 * marks now), then shows its result. Colours come from the theme; hovering
 * a bar tells what it is; a screen reader hears the chart in words.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "easel-gantt-view.h"
#include "easel-gantt.h"
#include "easel-style.h"

struct _EaselGanttView
{
  GtkWidget    parent_instance;

  EaselRunner *runner;
  /* The record whose last run is shown, when no run is followed. */
  EaselRecord *record;
  EaselTrace  *trace;
  EaselTrace  *predicted;
  /* Spans that started and have not finished yet, and the same as drawn
   * now (see fill_live_spans()), with the intervals they hold. */
  GArray      *open_spans;
  GArray      *live_spans;
  GPtrArray   *live_pairs;
  guint        tick_id;
  gint64       last_frame_slot;
  /* Spans started or ended since the last frame. */
  gboolean     spans_changed;
  gboolean     by_thread;
  gboolean     show_predicted;
  /* Someone's guess of the makespan, or 0. */
  double       guess_ms;

  /* What changes only when a span ends, drawn once, in bands (see
   * update_static()), and what it was drawn for. */
  GPtrArray   *static_bands;
  int          static_width;
  int          static_height;
  EaselGanttLayout static_layout;
  guint        static_spans;
  guint        static_open_spans;
  /* During a run, the load strip's samples, drawn again four times a
   * second at most, and how many it shows. */
  GskRenderNode *strip_node;
  guint        strip_samples;
  gint64       strip_at;
  /* How long the cursor takes to move a pixel. */
  double       ms_per_pixel;
};

G_DEFINE_FINAL_TYPE (EaselGanttView, easel_gantt_view, GTK_TYPE_WIDGET)

/* The load strip moves at 20 samples a second; a redraw twice a second
 * (every fifth frame), as often as the panel's plot, shows it as well: it
 * is the chart's full width, redrawn, for a few new pixels at its end. */
#define STRIP_INTERVAL_US (500 * G_TIME_SPAN_MILLISECOND)

/* The static layer's bands, in pixels: a span's end redraws the few
 * bands under its bar, and a frame composites only the bands it touches. */
#define STATIC_BAND 32

enum {
  PROP_0,
  PROP_BY_THREAD,
  PROP_SHOW_PREDICTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
easel_gantt_view_new (void)
{
  return g_object_new (EASEL_TYPE_GANTT_VIEW, NULL);
}

/* The spans going on, as they are now: they end now, and a coat being
 * painted shows when its thread was on a core, waited for one, or (under
 * a GIL) for the lock, as far as its thread has reported. Since its last
 * report (a tenth of a second at most) it is taken to be on a core,
 * except under a GIL, where turns last 5 ms: there the unknown is left
 * faint, as a coat is before its first report (it waits for the lock).
 * Without this, every thread under a GIL looked as if it painted all the
 * time, until its coat was done. */
static void
fill_live_spans (EaselGanttView *self,
                 double          now_ms)
{
  static const double none[2];
  gboolean gil = self->runner != NULL && easel_runner_get_mode (self->runner) == EASEL_MODE_GIL;

  g_array_set_size (self->live_spans, 0);
  g_ptr_array_set_size (self->live_pairs, 0);

  for (guint i = 0; i < self->open_spans->len; i++)
    {
      EaselSpan span = g_array_index (self->open_spans, EaselSpan, i);
      EaselLiveCoat coat;

      if (self->runner != NULL && span.phase == EASEL_PHASE_PAINT && now_ms > span.start_ms)
        {
          if (easel_runner_get_live_coat (self->runner, span.painting, &coat))
            {
              GArray *pairs = g_array_new (FALSE, FALSE, sizeof (double));
              double until = gil ? MIN (coat.as_of_ms, now_ms) : now_ms;

              g_array_append_vals (pairs, coat.on_core, 2 * coat.n_on_core);
              if (coat.on_since_ms < until)
                {
                  g_array_append_val (pairs, coat.on_since_ms);
                  g_array_append_val (pairs, until);
                }
              g_ptr_array_add (self->live_pairs, pairs);
              span.on_core = pairs->len > 0 ? (const double *) (gpointer) pairs->data : none;
              span.n_on_core = pairs->len / 2;
              span.core_waits = coat.core_waits;
              span.n_core_waits = coat.n_core_waits;
            }
          else if (gil)
            {
              span.on_core = none;
              span.n_on_core = 0;
            }
          span.end_ms = now_ms;
        }

      g_array_append_val (self->live_spans, span);
    }
}

static void
fill_gantt (EaselGanttView *self,
            EaselGantt     *gantt)
{
  double now_ms = self->runner != NULL ? easel_runner_get_elapsed_ms (self->runner) : -1;

  fill_live_spans (self, now_ms);
  *gantt = (EaselGantt) {
    .trace = self->trace,
    .predicted = self->predicted,
    .open_spans = (const EaselSpan *) (gpointer) self->live_spans->data,
    .n_open_spans = self->live_spans->len,
    .now_ms = now_ms,
    .lanes = self->by_thread ? EASEL_GANTT_LANES_THREAD : EASEL_GANTT_LANES_PAINTING,
    .show_predicted = self->show_predicted,
    .finished = self->runner == NULL,
    .guess_ms = self->guess_ms,
  };
}

/* The chart in words, as a screen reader gets it. */
char *
easel_gantt_view_dup_description (EaselGanttView *self)
{
  EaselGantt gantt;

  g_return_val_if_fail (EASEL_IS_GANTT_VIEW (self), NULL);

  fill_gantt (self, &gantt);

  return easel_gantt_describe (&gantt);
}

static void
update_accessible (EaselGanttView *self)
{
  g_autofree char *description = easel_gantt_view_dup_description (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline of the run"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
invalidate_static (EaselGanttView *self)
{
  g_ptr_array_set_size (self->static_bands, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The cursor moves at the views' frame rate (ten a second): every frame
 * drawn is CPU the paintings do not get on a small machine, about 2 ms of
 * it under GTK 4.8's cairo renderer however little changed. On a long
 * run, a frame comes only when the cursor has a new pixel to go to, or
 * a span started or ended. */
static gboolean
pace_cb (GtkWidget *widget,
         gint64     now)
{
  EaselGanttView *self = EASEL_GANTT_VIEW (widget);
  gint64 interval;

  /* The cursor and the open bars move with time; spans that started or
   * ended since the last frame wait for this one. */
  interval = EASEL_FRAME_INTERVAL_US * MAX (1, (gint64) ceil (self->ms_per_pixel * 1000 / EASEL_FRAME_INTERVAL_US));
  if (easel_frame_is_due_every (now, &self->last_frame_slot, interval) || self->spans_changed)
    {
      self->spans_changed = FALSE;
      gtk_widget_queue_draw (widget);
    }

  return TRUE;
}

static void
span_started_cb (EaselGanttView  *self,
                 const EaselSpan *span)
{
  g_array_append_val (self->open_spans, *span);
  self->spans_changed = TRUE;
}

static void
span_finished_cb (EaselGanttView  *self,
                  const EaselSpan *span)
{
  for (guint i = 0; i < self->open_spans->len; i++)
    {
      const EaselSpan *open = &g_array_index (self->open_spans, EaselSpan, i);

      if (open->painting == span->painting && open->coat == span->coat &&
          open->phase == span->phase && open->thread == span->thread)
        {
          g_array_remove_index (self->open_spans, i);
          break;
        }
    }

  /* The finished span moves into the static layer (update_static()). */
  self->spans_changed = TRUE;
}

static void
stop_following (EaselGanttView *self)
{
  if (self->record != NULL)
    g_signal_handlers_disconnect_by_data (self->record, self);
  g_clear_object (&self->record);

  if (self->runner != NULL)
    g_signal_handlers_disconnect_by_data (self->runner, self);
  g_clear_object (&self->runner);

  if (self->tick_id != 0)
    {
      easel_pace_remove (self->tick_id);
      self->tick_id = 0;
    }

  g_array_set_size (self->open_spans, 0);
}

/* Follows @runner's run as it happens, next to its @predicted schedule. */
void
easel_gantt_view_follow (EaselGanttView *self,
                         EaselRunner    *runner,
                         EaselTrace     *predicted)
{
  g_return_if_fail (EASEL_IS_GANTT_VIEW (self));
  g_return_if_fail (EASEL_IS_RUNNER (runner));

  stop_following (self);

  self->runner = g_object_ref (runner);
  g_clear_pointer (&self->trace, easel_trace_unref);
  g_clear_pointer (&self->predicted, easel_trace_unref);
  if (predicted != NULL)
    self->predicted = easel_trace_ref (predicted);

  /* The runner's trace only exists once it runs; until then, none. */
  if (easel_runner_get_trace (runner) != NULL)
    self->trace = easel_trace_ref (easel_runner_get_trace (runner));

  g_signal_connect_object (runner, "span-started", G_CALLBACK (span_started_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (runner, "span-finished", G_CALLBACK (span_finished_cb), self, G_CONNECT_SWAPPED);
  self->tick_id = easel_pace_add (GTK_WIDGET (self), pace_cb);

  update_accessible (self);
  invalidate_static (self);
}

static void
show_run (EaselGanttView *self,
          EaselTrace     *trace,
          EaselTrace     *predicted)
{
  if (trace != NULL)
    easel_trace_ref (trace);
  g_clear_pointer (&self->trace, easel_trace_unref);
  self->trace = trace;

  if (predicted != NULL)
    easel_trace_ref (predicted);
  g_clear_pointer (&self->predicted, easel_trace_unref);
  self->predicted = predicted;

  update_accessible (self);
  invalidate_static (self);
}

/* Shows @predicted alone (or with NULL, nothing): no run yet. */
void
easel_gantt_view_show_prediction (EaselGanttView *self,
                                  EaselTrace     *predicted)
{
  g_return_if_fail (EASEL_IS_GANTT_VIEW (self));

  stop_following (self);
  show_run (self, NULL, predicted);
}

/* Marks @guess_ms, someone's guess of the makespan before the run,
 * beside the measured and predicted ones; 0 for none. */
void
easel_gantt_view_set_guess (EaselGanttView *self,
                            double          guess_ms)
{
  g_return_if_fail (EASEL_IS_GANTT_VIEW (self));

  guess_ms = MAX (guess_ms, 0.0);
  if (guess_ms == self->guess_ms)
    return;

  self->guess_ms = guess_ms;
  invalidate_static (self);
  update_accessible (self);
}

double
easel_gantt_view_get_guess (EaselGanttView *self)
{
  g_return_val_if_fail (EASEL_IS_GANTT_VIEW (self), 0.0);

  return self->guess_ms;
}

static void
show_last_run (EaselGanttView *self)
{
  EaselRunResult run;

  if (easel_record_get_last_run (self->record, &run))
    show_run (self, run.measured, run.predicted);
}

/* Shows the last run of @record (the one stopped part way, else the last
 * that finished), and follows the record as runs are added. */
void
easel_gantt_view_show_record (EaselGanttView *self,
                              EaselRecord    *record)
{
  g_return_if_fail (EASEL_IS_GANTT_VIEW (self));
  g_return_if_fail (EASEL_IS_RECORD (record));

  stop_following (self);
  self->record = g_object_ref (record);
  g_signal_connect_object (record, "items-changed", G_CALLBACK (show_last_run), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (record, "notify::finished", G_CALLBACK (show_last_run), self, G_CONNECT_SWAPPED);
  show_last_run (self);
}

/* Returns: (nullable): the record shown, if no run is followed. */
EaselRecord *
easel_gantt_view_get_record (EaselGanttView *self)
{
  g_return_val_if_fail (EASEL_IS_GANTT_VIEW (self), NULL);

  return self->record;
}

EaselTrace *
easel_gantt_view_get_trace (EaselGanttView *self)
{
  g_return_val_if_fail (EASEL_IS_GANTT_VIEW (self), NULL);

  return self->trace;
}

EaselTrace *
easel_gantt_view_get_predicted (EaselGanttView *self)
{
  g_return_val_if_fail (EASEL_IS_GANTT_VIEW (self), NULL);

  return self->predicted;
}

gboolean
easel_gantt_view_get_by_thread (EaselGanttView *self)
{
  g_return_val_if_fail (EASEL_IS_GANTT_VIEW (self), FALSE);

  return self->by_thread;
}

void
easel_gantt_view_set_by_thread (EaselGanttView *self,
                                gboolean        by_thread)
{
  g_return_if_fail (EASEL_IS_GANTT_VIEW (self));

  by_thread = !!by_thread;
  if (self->by_thread == by_thread)
    return;

  self->by_thread = by_thread;
  invalidate_static (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BY_THREAD]);
}

gboolean
easel_gantt_view_get_show_predicted (EaselGanttView *self)
{
  g_return_val_if_fail (EASEL_IS_GANTT_VIEW (self), FALSE);

  return self->show_predicted;
}

void
easel_gantt_view_set_show_predicted (EaselGanttView *self,
                                     gboolean        show_predicted)
{
  g_return_if_fail (EASEL_IS_GANTT_VIEW (self));

  show_predicted = !!show_predicted;
  if (self->show_predicted == show_predicted)
    return;

  self->show_predicted = show_predicted;
  invalidate_static (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PREDICTED]);
}

static cairo_t *
append_cairo (GtkSnapshot             *snapshot,
              const cairo_rectangle_t *bounds)
{
  return gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (bounds->x, bounds->y,
                                                                   bounds->width, bounds->height));
}

/* A node showing the part of @recording within @bounds. */
static void
append_recording (GtkSnapshot             *snapshot,
                  cairo_surface_t         *recording,
                  const cairo_rectangle_t *bounds)
{
  cairo_t *cr = append_cairo (snapshot, bounds);

  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static void
band_free (gpointer node)
{
  if (node != NULL)
    gsk_render_node_unref (node);
}

/* The static layer, drawn into one recording and shown in bands of
 * STATIC_BAND pixels, each a node of its own. GTK's cairo renderer
 * draws every node over the bounding box of what changed in it: with
 * the chart one node, a cursor at one end and a bar at the other
 * redrew everything between them, every frame. When spans end and
 * nothing else changed, only the bands under their bars are drawn
 * again. */
static void
update_static (EaselGanttView         *self,
               EaselGantt             *gantt,
               const EaselRenderStyle *style,
               const EaselGanttLayout *layout,
               int                     width,
               int                     height)
{
  guint n_bands = (height + STATIC_BAND - 1) / STATIC_BAND;
  guint n_spans = 0;
  const EaselSpan *spans = gantt->trace != NULL ? easel_trace_get_spans (gantt->trace, &n_spans) : NULL;
  g_autofree gboolean *dirty = NULL;
  cairo_surface_t *recording;
  gboolean laid_out_alike;
  gboolean full;
  cairo_t *cr;

  /* compute_layout() clears the whole layout first: memcmp() is safe. */
  laid_out_alike = self->static_bands->len == n_bands && self->static_width == width &&
                   self->static_height == height &&
                   memcmp (layout, &self->static_layout, sizeof *layout) == 0;
  /* Timers stack in their lane: one starting or ending can move the
   * others, finished ones too. */
  if (laid_out_alike && n_spans == self->static_spans &&
      (layout->timer_lane < 0 || gantt->n_open_spans == self->static_open_spans))
    return;

  /* The layout holds whether waits for a core show: when they begin to,
   * it differs, and the legend and every bar are drawn again. */
  full = !laid_out_alike || n_spans < self->static_spans || layout->timer_lane >= 0;

  dirty = g_new0 (gboolean, n_bands);
  if (full)
    {
      g_ptr_array_set_size (self->static_bands, 0);
      g_ptr_array_set_size (self->static_bands, n_bands);
      for (guint i = 0; i < n_bands; i++)
        dirty[i] = TRUE;
      /* The strip's rows are in the static layer: its samples go over
       * them, where they now are. */
      g_clear_pointer (&self->strip_node, gsk_render_node_unref);
    }
  else
    {
      for (guint i = self->static_spans; i < n_spans; i++)
        {
          double x, y, bar_width, bar_height;

          easel_gantt_layout_bar (layout, gantt, &spans[i], FALSE, &x, &y, &bar_width, &bar_height);
          for (int band = MAX ((int) floor ((y - 1) / STATIC_BAND), 0);
               band <= MIN ((int) floor ((y + bar_height + 1) / STATIC_BAND), (int) n_bands - 1); band++)
            dirty[band] = TRUE;
        }
    }

  self->static_width = width;
  self->static_height = height;
  /* A byte copy: the padding too, for the memcmp() above. */
  memcpy (&self->static_layout, layout, sizeof *layout);
  self->static_spans = n_spans;
  self->static_open_spans = gantt->n_open_spans;

  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                              &(cairo_rectangle_t) { 0, 0, width, height });
  cr = cairo_create (recording);
  gantt->layer = EASEL_GANTT_LAYER_STATIC;
  gantt->layout = layout;
  easel_gantt_draw (gantt, style, cr, width, height);
  cairo_destroy (cr);

  for (guint i = 0; i < n_bands; i++)
    if (dirty[i])
      {
        int y = i * STATIC_BAND;
        GtkSnapshot *band = gtk_snapshot_new ();

        append_recording (band, recording, &(cairo_rectangle_t) { 0, y, width, MIN (STATIC_BAND, height - y) });
        g_clear_pointer (&g_ptr_array_index (self->static_bands, i), gsk_render_node_unref);
        g_ptr_array_index (self->static_bands, i) = gtk_snapshot_free_to_node (band);
      }
  cairo_surface_destroy (recording);
}

/* The load strip of a run going on: a node of its own, drawn again only
 * when a sample came and at most every STRIP_INTERVAL_US. */
static void
snapshot_strip (EaselGanttView         *self,
                GtkSnapshot            *snapshot,
                EaselGantt             *gantt,
                const EaselRenderStyle *style,
                const EaselGanttLayout *layout,
                int                     width,
                int                     height)
{
  guint n_samples;

  easel_trace_get_core_load (gantt->trace, &n_samples, NULL, NULL, NULL);
  if (self->strip_node == NULL ||
      (n_samples != self->strip_samples && g_get_monotonic_time () - self->strip_at >= STRIP_INTERVAL_US))
    {
      GtkSnapshot *layer = gtk_snapshot_new ();
      EaselGantt strip = *gantt;
      cairo_t *cr;

      cr = gtk_snapshot_append_cairo (layer, &GRAPHENE_RECT_INIT (0, layout->strip_y, width,
                                                                  height - layout->strip_y));
      strip.layer = EASEL_GANTT_LAYER_STRIP;
      strip.layout = layout;
      easel_gantt_draw (&strip, style, cr, width, height);
      cairo_destroy (cr);

      g_clear_pointer (&self->strip_node, gsk_render_node_unref);
      self->strip_node = gtk_snapshot_free_to_node (layer);
      self->strip_samples = n_samples;
      self->strip_at = g_get_monotonic_time ();
    }
  if (self->strip_node != NULL)
    gtk_snapshot_append_node (snapshot, self->strip_node);
}

/* Each open bar, and the cursor, as nodes just around them. */
static void
snapshot_live (GtkSnapshot            *snapshot,
               const EaselGantt       *gantt,
               const EaselRenderStyle *style,
               const EaselGanttLayout *layout)
{
  cairo_rectangle_t line, label;
  cairo_surface_t *recording;
  cairo_t *cr;

  for (guint i = 0; i < gantt->n_open_spans; i++)
    {
      cairo_rectangle_t bar;

      easel_gantt_open_span_bounds (gantt, layout, i, &bar);
      cr = append_cairo (snapshot, &bar);
      easel_gantt_draw_open_span (gantt, style, layout, i, cr);
      cairo_destroy (cr);
    }

  /* The cursor is drawn once and shown as two nodes, its line and its
   * label: one node around both would be as wide as the label all the
   * way down. */
  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (recording);
  easel_gantt_draw_now (gantt, style, layout, cr);
  cairo_destroy (cr);
  easel_gantt_now_bounds (gantt, style, layout, &line, &label);
  append_recording (snapshot, recording, &line);
  append_recording (snapshot, recording, &label);
  cairo_surface_destroy (recording);
}

static void
easel_gantt_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  EaselGanttView *self = EASEL_GANTT_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  EaselGanttLayout layout;
  EaselRenderStyle style;
  EaselGantt gantt;

  if (width <= 0 || height <= 0)
    return;

  /* The runner's trace appears when its run starts: the static layer
   * was drawn without it. */
  if (self->trace == NULL && self->runner != NULL && easel_runner_get_trace (self->runner) != NULL)
    {
      self->trace = easel_trace_ref (easel_runner_get_trace (self->runner));
      g_ptr_array_set_size (self->static_bands, 0);
    }

  easel_widget_get_render_style (widget, &style);
  easel_render_style_grow_to_size (&style, width, height);
  fill_gantt (self, &gantt);
  easel_gantt_compute_layout (&gantt, &style, width, height, &layout);
  self->ms_per_pixel = layout.max_ms / MAX (layout.plot_width, 1.0);

  update_static (self, &gantt, &style, &layout, width, height);
  for (guint i = 0; i < self->static_bands->len; i++)
    gtk_snapshot_append_node (snapshot, g_ptr_array_index (self->static_bands, i));

  if (self->runner != NULL && gantt.trace != NULL && layout.n_strip_rows > 0)
    snapshot_strip (self, snapshot, &gantt, &style, &layout, width, height);

  /* What moves, each part a node of its own just around it: a frame
   * redraws the growing bars and the cursor, not the chart between them. */
  if (self->runner != NULL && gantt.trace != NULL)
    snapshot_live (snapshot, &gantt, &style, &layout);

  easel_render_style_clear (&style);
}

static void
easel_gantt_view_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (easel_gantt_view_parent_class)->css_changed (widget, change);

  /* Colours or the font may have changed (dark style, high contrast). */
  invalidate_static (EASEL_GANTT_VIEW (widget));
}

static gboolean
easel_gantt_view_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard,
                                GtkTooltip *tooltip)
{
  EaselGanttView *self = EASEL_GANTT_VIEW (widget);
  g_autofree char *start = NULL;
  g_autofree char *duration = NULL;
  g_autofree char *text = NULL;
  g_autofree char *thread = NULL;
  EaselRenderStyle style;
  EaselGantt gantt;
  EaselSpan span;
  gboolean predicted;
  gboolean hit;
  const char *phase;

  easel_widget_get_render_style (widget, &style);
  easel_render_style_grow_to_size (&style, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  fill_gantt (self, &gantt);
  hit = easel_gantt_hit_test (&gantt, &style, gtk_widget_get_width (widget), gtk_widget_get_height (widget),
                              x, y, &span, &predicted);
  easel_render_style_clear (&style);

  if (!hit)
    return FALSE;

  switch (span.phase)
    {
    case EASEL_PHASE_PAINT:
      phase = _("Painting");
      break;
    case EASEL_PHASE_DRY:
      phase = _("Drying");
      break;
    case EASEL_PHASE_WAIT:
      phase = _("Ready, waiting");
      break;
    default:
      g_assert_not_reached ();
    }

  start = easel_format_seconds (span.start_ms, 1);
  duration = easel_format_seconds (span.end_ms - span.start_ms, 1);
  if (span.thread < 0)
    thread = g_strdup (_("no thread (a timer)"));
  else
    thread = g_strdup_printf (_("thread %d"), span.thread + 1);

  text = g_strdup_printf (/* Translators: a tooltip: "Painting 2, coat 1: Drying\nFrom 0.500 s for 1.000 s on thread 1\nCPU: 0 %" */
                          _("%sPainting %u, coat %u: %s\nFrom %s for %s on %s\nCPU: %.0f %%"),
                          predicted ? _("Predicted: ") : "",
                          span.painting + 1, span.coat + 1, phase, start, duration, thread,
                          span.end_ms > span.start_ms ? 100.0 * span.cpu_ms / (span.end_ms - span.start_ms) : 0.0);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
easel_gantt_view_dispose (GObject *object)
{
  EaselGanttView *self = EASEL_GANTT_VIEW (object);

  stop_following (self);
  g_clear_pointer (&self->trace, easel_trace_unref);
  g_clear_pointer (&self->predicted, easel_trace_unref);
  g_ptr_array_set_size (self->static_bands, 0);
  g_clear_pointer (&self->strip_node, gsk_render_node_unref);

  G_OBJECT_CLASS (easel_gantt_view_parent_class)->dispose (object);
}

static void
easel_gantt_view_finalize (GObject *object)
{
  EaselGanttView *self = EASEL_GANTT_VIEW (object);

  g_array_unref (self->open_spans);
  g_array_unref (self->live_spans);
  g_ptr_array_unref (self->live_pairs);
  g_ptr_array_unref (self->static_bands);

  G_OBJECT_CLASS (easel_gantt_view_parent_class)->finalize (object);
}

static void
easel_gantt_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EaselGanttView *self = EASEL_GANTT_VIEW (object);

  switch (prop_id)
    {
    case PROP_BY_THREAD:
      g_value_set_boolean (value, self->by_thread);
      break;

    case PROP_SHOW_PREDICTED:
      g_value_set_boolean (value, self->show_predicted);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
easel_gantt_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EaselGanttView *self = EASEL_GANTT_VIEW (object);

  switch (prop_id)
    {
    case PROP_BY_THREAD:
      easel_gantt_view_set_by_thread (self, g_value_get_boolean (value));
      break;

    case PROP_SHOW_PREDICTED:
      easel_gantt_view_set_show_predicted (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
easel_gantt_view_class_init (EaselGanttViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = easel_gantt_view_dispose;
  object_class->finalize = easel_gantt_view_finalize;
  object_class->get_property = easel_gantt_view_get_property;
  object_class->set_property = easel_gantt_view_set_property;

  widget_class->snapshot = easel_gantt_view_snapshot;
  widget_class->css_changed = easel_gantt_view_css_changed;
  widget_class->query_tooltip = easel_gantt_view_query_tooltip;

  properties[PROP_BY_THREAD] =
    g_param_spec_boolean ("by-thread", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_PREDICTED] =
    g_param_spec_boolean ("show-predicted", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "ganttview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
easel_gantt_view_init (EaselGanttView *self)
{
  self->open_spans = g_array_new (FALSE, FALSE, sizeof (EaselSpan));
  self->live_spans = g_array_new (FALSE, FALSE, sizeof (EaselSpan));
  self->live_pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->static_bands = g_ptr_array_new_with_free_func (band_free);
  self->show_predicted = TRUE;

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 200, 120);
  update_accessible (self);
}
