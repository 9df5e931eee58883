/* easel-cpu-panel.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The side panel: how much of this computer is in use, every core's load
 * over the last minute, and the CPU hammer to make a core (or all of
 * them) busy. It samples only while it is shown and the window is not
 * minimised; the hammer stops by itself after the time set in the
 * preferences, and when the window goes.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include "easel-cpu-panel.h"
#include "easel-hammer-guess.h"
#include "easel-hammer-measure.h"
#include "easel-load-plot-view.h"
#include "easel-python-loop.h"
#include "easel-runner.h"
#include "easel-style.h"

struct _EaselCpuPanel
{
  GtkWidget          parent_instance;

  GSettings         *settings;
  /* A standalone panel (on a slide) keeps to itself and its hammer
   * stops when the slide goes. */
  gboolean           standalone;
  EaselCpuSampler   *sampler;
  EaselHammer       *hammer;
  GdkSurface        *surface;

  /* The hammer's totals at the last update, for rates. */
  guint64            last_count;
  gint64             last_cpu_ns;
  gint64             last_update;
  /* The hammer's figures refresh on their own, with or without /proc/stat. */
  guint              stats_id;
  gint64             headline_at;
  guint              python_id;
  /* The plot starts empty: the first sample after sampling starts, and
   * any in the first second, measure the window (or the slide) being
   * made, not what it shows. None of them are plotted. */
  gint64             settle_until;
  gboolean           settled;
  guint              n_settled;

  /* Template widgets */
  GtkWidget         *box;
  GtkWidget         *hammer_box;
  GtkInscription    *headline;
  GtkInscription    *detail;
  GtkStack          *plot_stack;
  EaselLoadPlotView *plot;
  EaselLoadPlotView *bars;
  AdwStatusPage     *unavailable_page;
  GtkAdjustment     *threads_adjustment;
  GtkDropDown       *mode_dropdown;
  GtkButton         *hammer_button;
  GtkLabel          *hammer_stats;
  EaselGuessBar     *guess_bar;
  /* Guess first: the guesses of the hammer's runs. */
  EaselHammerGuess  *guess;
  /* The two scales as top shows them, on the slide about them; NULL
   * elsewhere. */
  GtkLabel          *top_view;
};

G_DEFINE_FINAL_TYPE (EaselCpuPanel, easel_cpu_panel, GTK_TYPE_WIDGET)

#define EASEL_CPU_PANEL_SETTLE_US G_USEC_PER_SEC

enum {
  PROP_0,
  PROP_STANDALONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The hammer's default time limit when no settings are used. */
#define STANDALONE_TIMEOUT_S 120

GtkWidget *
easel_cpu_panel_new (void)
{
  return g_object_new (EASEL_TYPE_CPU_PANEL, NULL);
}

/* A panel of its own, for a slide, its hammer set to @threads workers in
 * @mode (not started). */
GtkWidget *
easel_cpu_panel_new_standalone (guint           threads,
                                EaselHammerMode mode)
{
  EaselCpuPanel *self = g_object_new (EASEL_TYPE_CPU_PANEL, "standalone", TRUE, NULL);

  gtk_adjustment_set_value (self->threads_adjustment, MIN (threads, easel_hammer_get_max_threads ()));
  gtk_drop_down_set_selected (self->mode_dropdown, mode);

  /* No threads: the machine at rest, with no hammer to start, by any key
   * or button. */
  if (threads == 0)
    {
      gtk_widget_set_visible (self->hammer_box, FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "cpu.toggle-hammer", FALSE);
    }

  return GTK_WIDGET (self);
}

/* In presenter mode a panel shows every core's load now beside the plot,
 * as bars, big enough for the back of the room. */
void
easel_cpu_panel_set_show_bars (EaselCpuPanel *self,
                               gboolean       show_bars)
{
  g_return_if_fail (EASEL_IS_CPU_PANEL (self));

  gtk_widget_set_visible (GTK_WIDGET (self->bars), show_bars);
}

/* The two scales of the lecture as top shows them both, measured here:
 * the machine's share in its summary line, the process's share of one
 * core in its row. For the slide about them. */
void
easel_cpu_panel_set_show_top (EaselCpuPanel *self,
                              gboolean       show_top)
{
  g_return_if_fail (EASEL_IS_CPU_PANEL (self));

  if (show_top && self->top_view == NULL)
    {
      self->top_view = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (self->top_view, 0.0);
      gtk_label_set_wrap (self->top_view, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->top_view), "monospace");
      /* At the size of the slide's own text. */
      gtk_widget_add_css_class (GTK_WIDGET (self->top_view), "slide-body");
      gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->detail))),
                                  GTK_WIDGET (self->top_view), GTK_WIDGET (self->detail));
    }
  if (self->top_view != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->top_view), show_top);
}

/* What the top view says; NULL when it is not shown. */
const char *
easel_cpu_panel_get_top_text (EaselCpuPanel *self)
{
  g_return_val_if_fail (EASEL_IS_CPU_PANEL (self), NULL);

  if (self->top_view == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->top_view)))
    return NULL;

  return gtk_label_get_label (self->top_view);
}

/* top's two lines for @split: "%Cpu(s):  50.0 us+sy, 50.0 id ← this
 * machine, 2 cores" and this process's row, "%CPU 100.0 ← of one core".
 * The process is Easel as a whole (the hammer and its own drawing), as
 * top counts it. */
static void
update_top (EaselCpuPanel       *self,
            const EaselCpuSplit *split,
            double               usable)
{
  g_autofree char *machine_note = NULL;
  g_autofree char *all = easel_cores_format (usable);
  g_autofree char *text = NULL;
  double busy = CLAMP (100.0 * split->machine / MAX (usable, 0.01), 0.0, 100.0);
  double process = 100.0 * (MAX (split->work, 0.0) + MAX (split->self, 0.0));

  /* Translators: beside top's summary line on the slide of the two
   * scales, "← the whole machine: 2 cores" */
  machine_note = g_strdup_printf (_("← the whole machine: %s cores"), all);
  /* top's own words and columns, as it prints them. */
  text = g_strdup_printf ("%%Cpu(s): %5.1f us+sy, %5.1f id   %s\n\n"
                          "    PID COMMAND   %%CPU\n"
                          "%7d easel    %5.1f   %s",
                          busy, 100.0 - busy, machine_note, (int) getpid (), process,
                          /* Translators: beside the process row of top on the slide of
                           * the two scales */
                          _("← one core is 100"));
  gtk_label_set_label (self->top_view, text);
}

EaselCpuSampler *
easel_cpu_panel_get_sampler (EaselCpuPanel *self)
{
  g_return_val_if_fail (EASEL_IS_CPU_PANEL (self), NULL);

  return self->sampler;
}

EaselHammer *
easel_cpu_panel_get_hammer (EaselCpuPanel *self)
{
  g_return_val_if_fail (EASEL_IS_CPU_PANEL (self), NULL);

  return self->hammer;
}

static gboolean stats_cb (gpointer user_data);

static void
update_hammer_controls (EaselCpuPanel *self)
{
  gboolean running = easel_hammer_is_running (self->hammer);

  if (running && self->stats_id == 0)
    self->stats_id = g_timeout_add (500, stats_cb, self);
  else if (!running)
    g_clear_handle_id (&self->stats_id, g_source_remove);

  gtk_button_set_label (self->hammer_button, running ? _("Stop the Hammer") : _("Start the Hammer"));
  if (running)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->hammer_button), "suggested-action");
      gtk_widget_add_css_class (GTK_WIDGET (self->hammer_button), "destructive-action");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->hammer_button), "destructive-action");
      gtk_widget_add_css_class (GTK_WIDGET (self->hammer_button), "suggested-action");
      gtk_label_set_label (self->hammer_stats, _("The hammer is idle."));
    }
}

static void
update_hammer_stats (EaselCpuPanel *self)
{
  EaselHammerStats total;
  gint64 now = g_get_monotonic_time ();
  g_autofree char *text = NULL;
  double seconds;
  double rate;
  double cores;
  double python;

  if (!easel_hammer_is_running (self->hammer))
    return;

  easel_hammer_get_total (self->hammer, &total);
  seconds = (now - self->last_update) / (double) G_USEC_PER_SEC;

  if (self->last_update != 0 && seconds > 0 && total.count >= self->last_count)
    {
      rate = (total.count - self->last_count) / seconds;
      cores = (total.cpu_ns - self->last_cpu_ns) / 1e9 / seconds;

      python = easel_python_loop_get_rate ();
      if (python > 0)
        text = g_strdup_printf (/* Translators: "1.4 billion increments a second, 56 times Python’s loop here; 1.00 cores busy by the hammer's own clocks" */
                                _("%.2f billion increments a second, %.0f times Python’s loop here; %.2f cores busy by the hammer’s own clocks"),
                                rate / 1e9, rate / python, MAX (cores, 0.0));
      else
        text = g_strdup_printf (/* Translators: "1.4 billion increments a second; 1.00 cores busy by the hammer's own clocks" */
                                _("%.2f billion increments a second; %.2f cores busy by the hammer’s own clocks"),
                                rate / 1e9, MAX (cores, 0.0));
      gtk_label_set_label (self->hammer_stats, text);
    }

  self->last_count = total.count;
  self->last_cpu_ns = total.cpu_ns;
  self->last_update = now;
}

static gboolean
stats_cb (gpointer user_data)
{
  update_hammer_stats (user_data);

  return G_SOURCE_CONTINUE;
}

/* Whether the space at @p, in @text, may break a line: next to a
 * separator (",", ":", "·", "—", "=", "("), never inside a share. */
static gboolean
breaks_at (const char *text,
           const char *p)
{
  static const char * const after[] = { ",", ":", "·", "—", "=" };
  static const char * const before[] = { "·", "—", "=", "(" };

  for (guint i = 0; i < G_N_ELEMENTS (after); i++)
    {
      gsize length = strlen (after[i]);

      if ((gsize) (p - text) >= length && strncmp (p - length, after[i], length) == 0)
        return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (before); i++)
    if (g_str_has_prefix (p + 1, before[i]))
      return TRUE;

  return FALSE;
}

/* @text, its words held together between the separators that part its
 * shares: a narrow panel breaks "Whole machine 100 %: hammer 50 %, other
 * programs 48 %" between two shares, never inside "other programs 48 %".
 * Replaces *@text. */
static void
keep_together (char **text)
{
  GString *kept = g_string_sized_new (strlen (*text) + 16);

  for (const char *p = *text; *p != '\0'; p++)
    {
      if (*p == ' ' && !breaks_at (*text, p))
        g_string_append (kept, "\u00a0");
      else
        g_string_append_c (kept, *p);
    }

  g_free (*text);
  *text = g_string_free (kept, FALSE);
}

/* Text that changes every second, without a relayout; screen readers
 * read it as the label's text. */
static void
set_inscription (GtkInscription *inscription,
                 const char     *text)
{
  if (g_strcmp0 (text, gtk_inscription_get_text (inscription)) == 0)
    return;

  gtk_inscription_set_text (inscription, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (inscription),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

/* What the work on the machine is, for the headline and the legend:
 * this panel's hammer, the paintings of any run in this process, or
 * both; @title (if not NULL) gets it as the headline names it. */
static const char *
work_label (EaselCpuPanel  *self,
            const char    **title)
{
  gboolean hammer = easel_hammer_is_running (self->hammer);
  gboolean paintings = easel_runner_get_n_running () > 0;

  if (hammer && paintings)
    {
      if (title != NULL)
        /* Translators: the work at the head of the panel's headline, "The hammer and paintings: 2.00 cores — …" */
        *title = _("The hammer and paintings");
      /* Translators: the work in the panel's headline, "hammer and paintings 80 %" */
      return _("hammer and paintings");
    }

  if (hammer)
    {
      if (title != NULL)
        /* Translators: the work at the head of the panel's headline, "The hammer: 1.00 core — 1/2 = 50 % of this machine" */
        *title = _("The hammer");
      /* Translators: the work in the panel's headline, "hammer 50 %" */
      return _("hammer");
    }

  if (title != NULL)
    /* Translators: the work at the head of the panel's headline, "The paintings: 2.00 cores — …" */
    *title = _("The paintings");
  /* Translators: the work in the panel's headline, "paintings 50 %" */
  return _("paintings");
}

/* The headline and its detail, from the last of @plot's samples. While
 * work is demonstrated, its own share leads, by its own clocks; the whole
 * machine follows with other programs named, then (for the hammer) the
 * two scales of the lecture; where Easel may use fewer cores than the
 * machine has, or its hardware threads share cores, the detail says so. */
static void
update_headline (EaselCpuPanel       *self,
                 const EaselLoadPlot *plot,
                 const EaselCores    *cores)
{
  const EaselCpuSplit *split = &plot->splits[plot->n_samples - 1];
  double usable = easel_load_plot_get_usable (plot);
  g_autofree char *headline = NULL;
  g_autofree char *detail = NULL;

  if (split->work >= 0.005)
    {
      g_autofree char *scales = NULL;
      g_autofree char *whole = NULL;

      headline = easel_load_plot_work_headline (split, usable, plot->work_title, plot->work_label, &whole, &scales);
      keep_together (&headline);
      keep_together (&whole);
      keep_together (&scales);
      detail = easel_hammer_is_running (self->hammer) ? g_strconcat (whole, "\n", scales, NULL) : g_strdup (whole);
    }
  else
    {
      headline = easel_load_plot_headline (split, usable, plot->work_label, &detail);
      keep_together (&detail);
    }
  set_inscription (self->headline, headline);
  if (self->top_view != NULL)
    update_top (self, split, usable);

  if (cores != NULL && (cores->limit != EASEL_CORES_LIMIT_NONE || easel_cores_has_smt (cores)))
    {
      g_autofree char *why = easel_cores_dup_description (cores);
      char *both = g_strconcat (detail, "\n", why, NULL);

      g_free (detail);
      detail = both;
    }
  set_inscription (self->detail, detail);
}

static void
sampled_cb (EaselCpuPanel *self)
{
  guint n_cores = easel_cpu_sampler_get_n_cores (self->sampler);
  const EaselCores *cores = easel_cpu_sampler_get_cores (self->sampler);
  g_autofree double *loads = NULL;
  g_autofree EaselCpuSplit *splits = NULL;
  g_autofree guint8 *core_usable = NULL;
  g_autofree int *hammer_cores = NULL;
  guint n_hammer = easel_hammer_get_n_workers (self->hammer);
  const char *work_title = NULL;
  EaselLoadPlot plot;

  guint n_samples;

  /* The first sample always covers the start; more may, within the
   * first second. */
  if (g_get_monotonic_time () < self->settle_until || !self->settled)
    {
      self->settled = TRUE;
      return;
    }
  self->n_settled = MIN (self->n_settled + 1, easel_cpu_sampler_get_n_samples (self->sampler));
  n_samples = easel_cpu_sampler_copy_all (self->sampler, self->n_settled, &loads, &splits);

  if (cores != NULL)
    {
      core_usable = g_new (guint8, MAX (n_cores, 1));
      for (guint core = 0; core < n_cores; core++)
        core_usable[core] = easel_cores_in_mask (cores, core);
    }

  hammer_cores = g_new (int, MAX (n_hammer, 1));
  for (guint i = 0; i < n_hammer; i++)
    {
      EaselHammerStats stats = { 0, 0, -1 };

      easel_hammer_get_stats (self->hammer, i, &stats);
      hammer_cores[i] = stats.core;
    }

  plot = (EaselLoadPlot) {
    .n_cores = n_cores,
    .n_samples = n_samples,
    .loads = loads,
    .interval_ms = easel_cpu_sampler_get_interval (self->sampler),
    .hammer_cores = hammer_cores,
    .n_hammer = n_hammer,
    .splits = splits,
    /* A machine read from elsewhere counts the cores it has a line for. */
    .usable_cores = cores != NULL ? cores->usable : MAX (easel_cpu_sampler_get_n_present (self->sampler), 1),
    .core_usable = core_usable,
    .work_label = work_label (self, &work_title),
    .guess = easel_hammer_guess_get_shown (self->guess),
  };
  plot.work_title = work_title;
  easel_load_plot_view_set (self->plot, &plot);
  if (gtk_widget_get_visible (GTK_WIDGET (self->bars)))
    easel_load_plot_view_set (self->bars, &plot);

  /* Once a second is enough to read the headline, and steadier. */
  if (n_samples > 0 && g_get_monotonic_time () - self->headline_at >= G_USEC_PER_SEC)
    {
      update_headline (self, &plot, cores);
      self->headline_at = g_get_monotonic_time ();
    }
}

static void
available_cb (EaselCpuPanel *self)
{
  gboolean available = easel_cpu_sampler_get_available (self->sampler);

  /* Only the plot and its headline go: the hammer still works. */
  gtk_widget_set_visible (GTK_WIDGET (self->headline), available);
  gtk_widget_set_visible (GTK_WIDGET (self->detail), available);
  gtk_stack_set_visible_child_name (self->plot_stack, available ? "plot" : "unavailable");
  if (!available)
    adw_status_page_set_description (self->unavailable_page,
                                     easel_cpu_sampler_get_error_message (self->sampler));
}

static gboolean
is_minimized (EaselCpuPanel *self)
{
  return self->surface != NULL && GDK_IS_TOPLEVEL (self->surface) &&
         (gdk_toplevel_get_state (GDK_TOPLEVEL (self->surface)) & GDK_TOPLEVEL_STATE_MINIMIZED) != 0;
}

/* Sample while shown, not while hidden or minimised. */
static void
update_sampling (EaselCpuPanel *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && !is_minimized (self))
    {
      if (!easel_cpu_sampler_is_running (self->sampler))
        {
          self->settle_until = g_get_monotonic_time () + EASEL_CPU_PANEL_SETTLE_US;
          self->n_settled = 0;
          self->settled = FALSE;
          easel_cpu_sampler_start (self->sampler);
          available_cb (self);
        }
    }
  else
    {
      easel_cpu_sampler_stop (self->sampler);
    }
}

static void
toggle_hammer_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EaselCpuPanel *self = EASEL_CPU_PANEL (widget);
  g_autoptr(GError) error = NULL;

  if (easel_hammer_is_running (self->hammer))
    {
      easel_hammer_stop (self->hammer);
      return;
    }

  easel_hammer_set_timeout (self->hammer, self->settings ? g_settings_get_uint (self->settings, "hammer-timeout")
                                                         : STANDALONE_TIMEOUT_S);
  self->last_update = 0;
  if (!easel_hammer_start (self->hammer, &error))
    gtk_label_set_label (self->hammer_stats, error->message);
  update_hammer_controls (self);
}

static void
threads_changed_cb (EaselCpuPanel *self)
{
  easel_hammer_set_threads (self->hammer, gtk_adjustment_get_value (self->threads_adjustment));
}

static void
mode_changed_cb (EaselCpuPanel *self)
{
  easel_hammer_set_mode (self->hammer, gtk_drop_down_get_selected (self->mode_dropdown));
  update_hammer_controls (self);
}

static void
surface_state_cb (EaselCpuPanel *self)
{
  update_sampling (self);
}

/* Python's loop is timed once a process, a moment after a panel shows,
 * while its hammer is idle: a busy hammer would slow it down. */
static gboolean
measure_python_cb (gpointer user_data)
{
  EaselCpuPanel *self = user_data;

  self->python_id = 0;
  if (!easel_hammer_is_running (self->hammer))
    easel_python_loop_measure_once ();

  return G_SOURCE_REMOVE;
}

static void
easel_cpu_panel_map (GtkWidget *widget)
{
  EaselCpuPanel *self = EASEL_CPU_PANEL (widget);

  GTK_WIDGET_CLASS (easel_cpu_panel_parent_class)->map (widget);

  update_sampling (self);

  if (self->python_id == 0 && easel_python_loop_get_rate () == 0.0)
    self->python_id = g_timeout_add (1500, measure_python_cb, self);
}

static void
easel_cpu_panel_unmap (GtkWidget *widget)
{
  EaselCpuPanel *self = EASEL_CPU_PANEL (widget);

  GTK_WIDGET_CLASS (easel_cpu_panel_parent_class)->unmap (widget);

  /* A slide's hammer stops when the slide goes. */
  if (self->standalone)
    easel_hammer_stop (self->hammer);

  update_sampling (self);
}

static void
easel_cpu_panel_realize (GtkWidget *widget)
{
  EaselCpuPanel *self = EASEL_CPU_PANEL (widget);

  GTK_WIDGET_CLASS (easel_cpu_panel_parent_class)->realize (widget);

  self->surface = gtk_native_get_surface (gtk_widget_get_native (widget));
  if (self->surface != NULL)
    g_signal_connect_object (self->surface, "notify::state", G_CALLBACK (surface_state_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
easel_cpu_panel_unrealize (GtkWidget *widget)
{
  EaselCpuPanel *self = EASEL_CPU_PANEL (widget);

  if (self->surface != NULL)
    g_signal_handlers_disconnect_by_data (self->surface, self);
  self->surface = NULL;

  GTK_WIDGET_CLASS (easel_cpu_panel_parent_class)->unrealize (widget);
}

static void
easel_cpu_panel_unroot (GtkWidget *widget)
{
  /* No hammer outlives its window. */
  easel_hammer_stop (EASEL_CPU_PANEL (widget)->hammer);

  GTK_WIDGET_CLASS (easel_cpu_panel_parent_class)->unroot (widget);
}

static void
easel_cpu_panel_dispose (GObject *object)
{
  EaselCpuPanel *self = EASEL_CPU_PANEL (object);

  g_clear_handle_id (&self->stats_id, g_source_remove);
  g_clear_handle_id (&self->python_id, g_source_remove);
  /* Its bar goes with the template. */
  g_clear_object (&self->guess);

  if (self->hammer != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->hammer, self);
      easel_hammer_stop (self->hammer);
    }
  if (self->sampler != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->sampler, self);
      easel_cpu_sampler_stop (self->sampler);
    }
  g_clear_object (&self->hammer);
  g_clear_object (&self->sampler);

  gtk_widget_dispose_template (GTK_WIDGET (self), EASEL_TYPE_CPU_PANEL);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (easel_cpu_panel_parent_class)->dispose (object);
}

static void
easel_cpu_panel_constructed (GObject *object)
{
  EaselCpuPanel *self = EASEL_CPU_PANEL (object);

  G_OBJECT_CLASS (easel_cpu_panel_parent_class)->constructed (object);

  if (self->standalone)
    {
      /* On a slide, the machine's share is the lesson's number: at the
       * slide's type size, to be read from the back of the room. */
      gtk_widget_remove_css_class (GTK_WIDGET (self->headline), "title-3");
      gtk_widget_add_css_class (GTK_WIDGET (self->headline), "slide-number");
      return;
    }

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "sample-interval", self->sampler, "interval", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "guess-first", self->guess_bar, "visible", G_SETTINGS_BIND_GET);
}

static void
easel_cpu_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STANDALONE:
      g_value_set_boolean (value, EASEL_CPU_PANEL (object)->standalone);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
easel_cpu_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STANDALONE:
      EASEL_CPU_PANEL (object)->standalone = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
easel_cpu_panel_class_init (EaselCpuPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = easel_cpu_panel_constructed;
  object_class->get_property = easel_cpu_panel_get_property;
  object_class->set_property = easel_cpu_panel_set_property;
  object_class->dispose = easel_cpu_panel_dispose;

  properties[PROP_STANDALONE] =
    g_param_spec_boolean ("standalone", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = easel_cpu_panel_map;
  widget_class->unmap = easel_cpu_panel_unmap;
  widget_class->realize = easel_cpu_panel_realize;
  widget_class->unrealize = easel_cpu_panel_unrealize;
  widget_class->unroot = easel_cpu_panel_unroot;

  g_type_ensure (EASEL_TYPE_LOAD_PLOT_VIEW);
  g_type_ensure (EASEL_TYPE_GUESS_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/easel-cpu-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, EaselCpuPanel, box);
  gtk_widget_class_bind_template_child (widget_class, EaselCpuPanel, hammer_box);
  gtk_widget_class_bind_template_child (widget_class, EaselCpuPanel, headline);
  gtk_widget_class_bind_template_child (widget_class, EaselCpuPanel, detail);
  gtk_widget_class_bind_template_child (widget_class, EaselCpuPanel, plot_stack);
  gtk_widget_class_bind_template_child (widget_class, EaselCpuPanel, bars);
  gtk_widget_class_bind_template_child (widget_class, EaselCpuPanel, plot);
  gtk_widget_class_bind_template_child (widget_class, EaselCpuPanel, unavailable_page);
  gtk_widget_class_bind_template_child (widget_class, EaselCpuPanel, threads_adjustment);
  gtk_widget_class_bind_template_child (widget_class, EaselCpuPanel, mode_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EaselCpuPanel, hammer_button);
  gtk_widget_class_bind_template_child (widget_class, EaselCpuPanel, hammer_stats);
  gtk_widget_class_bind_template_child (widget_class, EaselCpuPanel, guess_bar);

  gtk_widget_class_install_action (widget_class, "cpu.toggle-hammer", NULL, toggle_hammer_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cpupanel");
}

static void
easel_cpu_panel_init (EaselCpuPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  easel_widget_hide_unseen (GTK_WIDGET (self));
  easel_load_plot_view_set_bars (self->bars, TRUE);
  easel_drop_down_name_button (self->mode_dropdown, _("Hammer Mode"));

  self->sampler = easel_cpu_sampler_new (g_getenv ("EASEL_PROC_STAT"));
  self->hammer = easel_hammer_new ();
  self->guess = easel_hammer_guess_new (self->guess_bar, self->hammer, self->sampler);

  gtk_adjustment_set_upper (self->threads_adjustment, easel_hammer_get_max_threads ());
  easel_hammer_set_threads (self->hammer, gtk_adjustment_get_value (self->threads_adjustment));

  g_signal_connect_object (self->sampler, "sampled", G_CALLBACK (sampled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sampler, "notify::available", G_CALLBACK (available_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->hammer, "stopped", G_CALLBACK (update_hammer_controls), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->threads_adjustment, "value-changed", G_CALLBACK (threads_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->mode_dropdown, "notify::selected", G_CALLBACK (mode_changed_cb), self,
                           G_CONNECT_SWAPPED);
}
