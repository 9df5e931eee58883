/* easel-trace-events.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record in the Chrome Trace Event format, which Perfetto UI,
 * chrome://tracing and speedscope open: {"traceEvents": […],
 * "displayTimeUnit": "ms"}. Each run is a process (pid 1, 2, … in the
 * record's order, named by its mode); each painter thread a thread
 * track (tid 2, 3, …; the async event loop is the first; its timers from
 * tid 500, a track for each drying at once), named and ordered by "M"
 * events. A painting's time is "X"
 * complete events: on a core ("paint"), waiting for one ("wait-core"),
 * waiting for the GIL ("wait-gil", the rest of a GIL run's painting),
 * and drying ("dry"), with the painting, coat and CPU time in args; no
 * two overlap on one thread. Every core's load, and the run's own
 * cores, are "C" counter tracks with one key each. Times are whole
 * microseconds from the run's start.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-trace-events.h"

/* Thread tids: each painter thread's from 2; the timers' (drying that
 * no thread waits on, in async) from 500, one track for each drying at
 * once. */
#define TIMERS_TID 500

static gint64
us (double ms)
{
  return (gint64) llround (ms * 1000.0);
}

static int
painter_tid (int thread)
{
  return thread + 2;
}

static JsonObject *
event_new (const char *phase,
           const char *name,
           int         pid,
           int         tid)
{
  JsonObject *event = json_object_new ();

  json_object_set_string_member (event, "ph", phase);
  json_object_set_string_member (event, "name", name);
  json_object_set_int_member (event, "pid", pid);
  json_object_set_int_member (event, "tid", tid);

  return event;
}

static void
add_metadata (JsonArray  *events,
              const char *kind,
              int         pid,
              int         tid,
              const char *key,
              JsonNode   *value)
{
  JsonObject *event = event_new ("M", kind, pid, tid);
  JsonObject *args = json_object_new ();

  json_object_set_member (args, key, value);
  json_object_set_object_member (event, "args", args);
  json_array_add_object_element (events, event);
}

static void
add_thread (JsonArray  *events,
            int         pid,
            int         tid,
            const char *name)
{
  add_metadata (events, "thread_name", pid, tid, "name", json_node_init_string (json_node_alloc (), name));
  add_metadata (events, "thread_sort_index", pid, tid, "sort_index", json_node_init_int (json_node_alloc (), tid));
}

/* One "X" event from @start_us to @end_us, if it lasts. */
static void
add_complete (JsonArray       *events,
              int              pid,
              int              tid,
              const EaselSpan *span,
              const char      *category,
              const char      *name,
              gint64           start_us,
              gint64           end_us)
{
  JsonObject *event;
  JsonObject *args;

  if (end_us <= start_us)
    return;

  event = event_new ("X", name, pid, tid);
  json_object_set_string_member (event, "cat", category);
  json_object_set_int_member (event, "ts", start_us);
  json_object_set_int_member (event, "dur", end_us - start_us);
  args = json_object_new ();
  json_object_set_int_member (args, "painting", span->painting + 1);
  json_object_set_int_member (args, "coat", span->coat + 1);
  json_object_set_double_member (args, "cpu_ms", easel_json_round_1024 (span->cpu_ms));
  json_object_set_object_member (event, "args", args);
  json_array_add_object_element (events, event);
}

/* Intervals of @span at @cursor's pairs, in order: the on-core and the
 * waiting ones merged by start. */
typedef struct
{
  double start;
  double end;
  gboolean waiting;
} Piece;

static int
compare_pieces (gconstpointer a,
                gconstpointer b)
{
  const Piece *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

/* A painting: on a core, waiting for one, and (in a GIL run) the rest
 * waiting for the lock; without intervals, one "paint" event. */
static void
add_paint (JsonArray       *events,
           int              pid,
           const EaselSpan *span,
           gboolean         gil)
{
  int tid = painter_tid (span->thread);
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  /* Translators: an event of a painting in a trace, "Painting 2, coat 1" */
  g_autofree char *name = g_strdup_printf (_("Painting %u, coat %u"), span->painting + 1, span->coat + 1);
  gint64 at = us (span->start_ms);

  if (span->n_on_core == 0 && span->n_core_waits == 0)
    {
      add_complete (events, pid, tid, span, "paint", name, us (span->start_ms), us (span->end_ms));
      return;
    }

  for (guint i = 0; i < span->n_on_core; i++)
    g_array_append_val (pieces, ((Piece) { span->on_core[2 * i], span->on_core[2 * i + 1], FALSE }));
  for (guint i = 0; i < span->n_core_waits; i++)
    g_array_append_val (pieces, ((Piece) { span->core_waits[2 * i], span->core_waits[2 * i + 1], TRUE }));
  g_array_sort (pieces, compare_pieces);

  /* In order, clipped to the span and to what came before: no two
   * events of one thread overlap, even where intervals touch. */
  for (guint i = 0; i < pieces->len; i++)
    {
      const Piece *piece = &g_array_index (pieces, Piece, i);
      gint64 start = MIN (MAX (us (piece->start), at), us (span->end_ms));
      gint64 end = MIN (us (piece->end), us (span->end_ms));

      if (gil && start > at)
        add_complete (events, pid, tid, span, "wait-gil", name, at, start);
      add_complete (events, pid, tid, span, piece->waiting ? "wait-core" : "paint", name, start, end);
      at = MAX (at, end);
    }
  if (gil)
    add_complete (events, pid, tid, span, "wait-gil", name, at, us (span->end_ms));
}

/* Every core's load, and the run's own cores, as counters. */
static void
add_loads (JsonArray  *events,
           int         pid,
           EaselTrace *trace)
{
  guint n_samples, n_cores, interval_ms;
  const double *run_cores = NULL;
  const double *loads = easel_trace_get_core_load (trace, &n_samples, &n_cores, &interval_ms, &run_cores);

  for (guint i = 0; loads != NULL && i < n_samples; i++)
    {
      for (guint core = 0; core <= n_cores; core++)
        {
          g_autofree char *name = core < n_cores ? g_strdup_printf (_("CPU %u load"), core)
                                                 : g_strdup (_("This run's cores"));
          JsonObject *event = event_new ("C", name, pid, 0);
          JsonObject *args = json_object_new ();

          json_object_set_int_member (event, "ts", (gint64) i * interval_ms * 1000);
          if (core < n_cores)
            json_object_set_int_member (args, "load", (gint64) llround (100.0 * loads[i * n_cores + core]));
          else
            json_object_set_double_member (args, "cores", easel_json_round_1024 (run_cores[i]));
          json_object_set_object_member (event, "args", args);
          json_array_add_object_element (events, event);
        }
    }
}

/* The timer track of each drying no thread waits on (thread -1, in
 * async): the first track free when it starts, so that two dryings at
 * once never share one. Returns how many tracks. */
static guint
assign_timer_tracks (const EaselSpan *spans,
                     guint            n_spans,
                     int             *tracks)
{
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree guint *order = g_new (guint, MAX (n_spans, 1));
  guint n = 0;

  for (guint i = 0; i < n_spans; i++)
    {
      tracks[i] = -1;
      if (spans[i].thread < 0 && spans[i].phase == EASEL_PHASE_DRY)
        order[n++] = i;
    }
  /* By start: a track is free once its last drying ended. */
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && spans[order[j]].start_ms < spans[order[j - 1]].start_ms; j--)
      {
        guint swap = order[j];

        order[j] = order[j - 1];
        order[j - 1] = swap;
      }
  for (guint k = 0; k < n; k++)
    {
      const EaselSpan *span = &spans[order[k]];
      guint track = 0;

      while (track < ends->len && g_array_index (ends, gint64, track) > us (span->start_ms))
        track++;
      if (track == ends->len)
        g_array_set_size (ends, track + 1);
      g_array_index (ends, gint64, track) = us (span->end_ms);
      tracks[order[k]] = track;
    }

  return ends->len;
}

static void
add_run (JsonArray  *events,
         int         pid,
         EaselTrace *trace)
{
  EaselMode mode = easel_trace_get_mode (trace);
  const EaselSpan *spans;
  g_autofree int *timer_tracks = NULL;
  guint n_spans, n_timer_tracks;
  int threads = -1;

  add_metadata (events, "process_name", pid, 0, "name",
                json_node_init_string (json_node_alloc (), easel_mode_get_title (mode)));
  add_metadata (events, "process_sort_index", pid, 0, "sort_index", json_node_init_int (json_node_alloc (), pid));

  spans = easel_trace_get_spans (trace, &n_spans);
  timer_tracks = g_new (int, MAX (n_spans, 1));
  n_timer_tracks = assign_timer_tracks (spans, n_spans, timer_tracks);
  for (guint i = 0; i < n_spans; i++)
    {
      const EaselSpan *span = &spans[i];

      threads = MAX (threads, span->thread);
      if (span->phase == EASEL_PHASE_PAINT && span->thread >= 0)
        add_paint (events, pid, span, mode == EASEL_MODE_GIL);
      else if (span->phase == EASEL_PHASE_DRY)
        {
          /* Translators: an event of a drying in a trace, "Drying 2, coat 1" */
          g_autofree char *name = g_strdup_printf (_("Drying %u, coat %u"), span->painting + 1, span->coat + 1);
          int tid = span->thread >= 0 ? painter_tid (span->thread) : TIMERS_TID + timer_tracks[i];

          add_complete (events, pid, tid, span, "dry", name, us (span->start_ms), us (span->end_ms));
        }
      /* A painting ready but waiting for the one painter is no work of
       * any thread's: the painter's own events show what it did. */
    }

  for (guint track = 0; track < n_timer_tracks; track++)
    {
      /* Translators: the tracks of async's timers in a trace, "Timers 2" */
      g_autofree char *name = track == 0 ? g_strdup (_("Timers")) : g_strdup_printf (_("Timers %u"), track + 1);

      add_thread (events, pid, TIMERS_TID + track, name);
    }
  for (int thread = 0; thread <= threads; thread++)
    {
      g_autofree char *name = mode == EASEL_MODE_ASYNC && thread == 0
        ? g_strdup (_("Event loop"))
        /* Translators: a painter thread's track in a trace, "Painter 2" */
        : g_strdup_printf (_("Painter %d"), thread + 1);

      add_thread (events, pid, painter_tid (thread), name);
    }

  add_loads (events, pid, trace);
}

/* @record (finished) as a trace for Perfetto: one process per run. */
JsonNode *
easel_trace_events_to_json (EaselRecord *record)
{
  JsonObject *root = json_object_new ();
  JsonArray *events = json_array_new ();
  const EaselRunResult *results;
  JsonNode *node;
  guint n_results;

  g_return_val_if_fail (EASEL_IS_RECORD (record), NULL);
  g_return_val_if_fail (easel_record_is_finished (record), NULL);

  results = easel_record_get_results (record, &n_results);
  for (guint i = 0; i < n_results; i++)
    add_run (events, (int) i + 1, results[i].measured);

  json_object_set_array_member (root, "traceEvents", events);
  json_object_set_string_member (root, "displayTimeUnit", "ms");
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, root);

  return node;
}

/* Whether @file's name asks for a trace: it ends in .trace.json. */
gboolean
easel_trace_events_is_trace_name (const char *name)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (name != NULL, FALSE);

  lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, EASEL_TRACE_EVENTS_SUFFIX);
}

/* Writes @record's trace to @file, whole or not at all. */
gboolean
easel_trace_events_save (EaselRecord  *record,
                         GFile        *file,
                         GError      **error)
{
  g_autoptr(EaselAtomicFile) target = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = easel_trace_events_to_json (record);
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);
  target = easel_atomic_file_new (file, error);

  return target != NULL &&
         easel_atomic_file_write (target, data, length, error) &&
         easel_atomic_file_commit (target, error);
}
