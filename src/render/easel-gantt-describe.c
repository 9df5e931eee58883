/* easel-gantt-describe.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline for pointers and screen readers: the span under a point,
 * and the run in words.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "easel-chart-kit.h"
#include "easel-gantt-private.h"

typedef struct
{
  const EaselGantt       *gantt;
  const EaselGanttLayout *layout;
  gboolean                predicted;
  double                  x;
  double                  y;
  const EaselSpan        *hit;
} HitTest;

static void
hit_test_cb (const EaselSpan *span,
             gpointer         data)
{
  HitTest *test = data;
  double x, y, width, height;

  easel_gantt_layout_bar (test->layout, test->gantt, span, test->predicted, &x, &y, &width, &height);

  /* Later bars are drawn on top: the last one under the pointer wins. */
  if (test->x >= x && test->x <= x + MAX (width, 4.0) && test->y >= y && test->y <= y + height)
    test->hit = span;
}

/* The span under (@x, @y): measured bars first, then the ghosts. */
gboolean
easel_gantt_hit_test (const EaselGantt       *gantt,
                      const EaselRenderStyle *style,
                      double                  width,
                      double                  height,
                      double                  x,
                      double                  y,
                      EaselSpan              *span,
                      gboolean               *predicted)
{
  EaselGanttLayout layout;
  HitTest test = { gantt, &layout, FALSE, x, y, NULL };

  g_return_val_if_fail (gantt != NULL && style != NULL && span != NULL, FALSE);

  if (gantt->trace == NULL && gantt->predicted == NULL)
    return FALSE;

  easel_gantt_compute_layout (gantt, style, width, height, &layout);

  _easel_gantt_for_each_span (gantt, FALSE, hit_test_cb, &test);
  if (test.hit == NULL && gantt->show_predicted && gantt->predicted != NULL)
    {
      test.predicted = TRUE;
      _easel_gantt_for_each_span (gantt, TRUE, hit_test_cb, &test);
    }

  if (test.hit == NULL)
    return FALSE;

  *span = *test.hit;
  if (!test.predicted)
    span->end_ms = _easel_gantt_span_end (gantt, test.hit);
  if (predicted != NULL)
    *predicted = test.predicted;

  return TRUE;
}

/* The chart in words, for screen readers. */
static int
compare_span_start (gconstpointer a,
                    gconstpointer b)
{
  const EaselSpan *sa = *(const EaselSpan **) a;
  const EaselSpan *sb = *(const EaselSpan **) b;

  return (sa->start_ms > sb->start_ms) - (sa->start_ms < sb->start_ms);
}

/* Each painting's story: "Painting 1: painted 0.0–0.5 s (0.1 s of it
 * waiting for a core), dried 0.5–1.5 s, …". */
static void
describe_paintings (GString    *text,
                    EaselTrace *trace)
{
  guint n_spans;
  const EaselSpan *spans = easel_trace_get_spans (trace, &n_spans);

  for (guint painting = 0; painting < easel_trace_get_workload (trace)->paintings; painting++)
    {
      g_autoptr(GPtrArray) own = g_ptr_array_new ();

      for (guint i = 0; i < n_spans; i++)
        if (spans[i].painting == painting && spans[i].phase != EASEL_PHASE_WAIT)
          g_ptr_array_add (own, (gpointer) &spans[i]);
      if (own->len == 0)
        continue;
      g_ptr_array_sort (own, compare_span_start);

      g_string_append_c (text, ' ');
      /* Translators: the start of a painting's story, "Painting 2:" */
      g_string_append_printf (text, _("Painting %u:"), painting + 1);
      for (guint i = 0; i < own->len; i++)
        {
          const EaselSpan *span = g_ptr_array_index (own, i);

          g_string_append (text, i == 0 ? " " : ", ");
          if (span->phase == EASEL_PHASE_DRY)
            /* Translators: "dried 0.5–1.5 s" */
            g_string_append_printf (text, _("dried %.1f–%.1f s"), span->start_ms / 1000, span->end_ms / 1000);
          else if (span->waiting_ms >= 50.0)
            /* Translators: "painted 0.0–0.5 s (0.1 s of it waiting for a core)" */
            g_string_append_printf (text, _("painted %.1f–%.1f s (%.1f s of it waiting for a core)"),
                                    span->start_ms / 1000, span->end_ms / 1000, span->waiting_ms / 1000);
          else
            /* Translators: "painted 0.0–0.5 s" */
            g_string_append_printf (text, _("painted %.1f–%.1f s"), span->start_ms / 1000, span->end_ms / 1000);
        }
      g_string_append_c (text, '.');
    }
}

/* The strip in words: each core's mean load over the run, and the run's
 * own share of the machine. */
static void
describe_strip (GString    *text,
                EaselTrace *trace)
{
  const double *loads, *run_cores;
  guint n_samples, n_cores;
  double machine = 0.0;
  double run = 0.0;

  loads = easel_trace_get_core_load (trace, &n_samples, &n_cores, NULL, &run_cores);
  if (loads == NULL)
    return;

  g_string_append_c (text, ' ');
  g_string_append (text, _("Load of each core during the run:"));
  for (guint core = 0; core < n_cores; core++)
    {
      double sum = 0.0;

      for (guint i = 0; i < n_samples; i++)
        sum += loads[i * n_cores + core];
      machine += sum / n_samples;
      g_string_append (text, core == 0 ? " " : ", ");
      /* Translators: in the list of cores' loads, "CPU 1 48 %" */
      g_string_append_printf (text, _("CPU %u %.0f %%"), core, 100.0 * sum / n_samples);
    }
  for (guint i = 0; i < n_samples; i++)
    run += run_cores[i] / n_samples;

  g_string_append (text, "; ");
  /* Translators: "50 % of the machine, of which the run's own threads 0.45 cores busy." */
  g_string_append_printf (text, _("%.0f %% of the machine, of which the run’s own threads %.2f cores busy."),
                          100.0 * machine / n_cores, run);
}

char *
easel_gantt_describe (const EaselGantt *gantt)
{
  EaselTrace *trace = gantt->trace ? gantt->trace : gantt->predicted;
  const EaselWorkload *workload;
  GString *text;

  g_return_val_if_fail (gantt != NULL, NULL);

  if (trace == NULL)
    return g_strdup (_("No run yet."));

  workload = easel_trace_get_workload (trace);
  text = g_string_new (NULL);

  {
    g_autofree char *paintings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u painting", "%u paintings",
                                                               workload->paintings), workload->paintings);
    g_autofree char *coats = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u coat", "%u coats", workload->coats),
                                              workload->coats);

    g_string_append_printf (text,
                            /* Translators: "Asynchronous: 3 paintings, 2 coats each, 500 ms of painting and 1000 ms
                             * of drying per coat."; the first %s is the mode, then "3 paintings" and "2 coats" */
                            _("%s: %s, %s each, %u ms of painting and %u ms of drying per coat."),
                            easel_mode_get_title (easel_trace_get_mode (trace)),
                            paintings, coats, workload->paint_ms, workload->dry_ms);
  }

  if (gantt->trace != NULL && gantt->finished && easel_trace_is_stopped (gantt->trace))
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Stopped after %.2f seconds."),
                              easel_trace_get_makespan (gantt->trace) / 1000.0);
    }
  else if (gantt->trace != NULL && gantt->finished)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Finished in %.2f seconds."),
                              easel_trace_get_makespan (gantt->trace) / 1000.0);
    }
  else if (gantt->trace != NULL && gantt->now_ms >= 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Running for %.1f seconds so far."), gantt->now_ms / 1000.0);
    }

  if (gantt->predicted != NULL)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Predicted: %.2f seconds."),
                              easel_trace_get_makespan (gantt->predicted) / 1000.0);
    }

  if (gantt->guess_ms > 0)
    {
      g_string_append_c (text, ' ');
      /* Translators: in the timeline's description, the makespan someone guessed before the run */
      g_string_append_printf (text, _("Your guess: %.2f seconds."), gantt->guess_ms / 1000.0);
    }

  if (gantt->finished && gantt->trace != NULL)
    {
      g_autofree char *notice = _easel_gantt_dup_notice (gantt);

      if (notice != NULL)
        g_string_append_printf (text, " %s.", notice);

      describe_paintings (text, gantt->trace);
      describe_strip (text, gantt->trace);
    }

  return g_string_free (text, FALSE);
}
