/* easel-atelier.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The atelier: pick a mode, run the paintings, watch them fill in while
 * the timeline grows, compare every mode with "Run all", and export what
 * is shown. Its actions ("atelier.run" and so on) let anything that holds
 * one — the window, a slide — drive it.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "easel-atelier-private.h"
#include "easel-cores.h"
#include "easel-enum.h"
#include "easel-scaling.h"
#include "easel-schedule.h"
#include "easel-style.h"

G_DEFINE_FINAL_TYPE (EaselAtelier, easel_atelier, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODE,
  PROP_RUNNING,
  PROP_STANDALONE,
  PROP_SCALING_DRYING,
  PROP_GUESSING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_parameters (EaselAtelier *self);
static void set_page_visible (EaselAtelier *self,
                              const char   *name,
                              gboolean      visible);
static void easel_atelier_constructed (GObject *object);

GtkWidget *
easel_atelier_new (void)
{
  return g_object_new (EASEL_TYPE_ATELIER, NULL);
}

/* An atelier of its own, for a slide: @mode and @workload fixed, the
 * user's settings untouched. */
GtkWidget *
easel_atelier_new_standalone (EaselMode            mode,
                              const EaselWorkload *workload)
{
  EaselAtelier *self;

  g_return_val_if_fail (workload != NULL && easel_workload_validate (workload, NULL), NULL);

  self = g_object_new (EASEL_TYPE_ATELIER,
                       "standalone", TRUE,
                       "mode", mode,
                       NULL);
  self->workload = *workload;
  show_parameters (self);

  return GTK_WIDGET (self);
}

/* Returns: (nullable): the runs of the last Run or Run All, whose last
 * run the timeline shows. */
EaselRecord *
easel_atelier_get_timeline (EaselAtelier *self)
{
  g_return_val_if_fail (EASEL_IS_ATELIER (self), NULL);

  return self->timeline;
}

/* Returns: (nullable): the runs of the last Run All, which the
 * comparison shows: while it runs, those finished so far. */
EaselRecord *
easel_atelier_get_comparison (EaselAtelier *self)
{
  g_return_val_if_fail (EASEL_IS_ATELIER (self), NULL);

  return self->comparison;
}

/* Whether the run going on is "Run all". */
gboolean
easel_atelier_is_running_all (EaselAtelier *self)
{
  g_return_val_if_fail (EASEL_IS_ATELIER (self), FALSE);

  return self->running == EASEL_ATELIER_RUN_ALL;
}

gboolean
easel_atelier_is_running (EaselAtelier *self)
{
  g_return_val_if_fail (EASEL_IS_ATELIER (self), FALSE);

  return self->series != NULL;
}

/* Whether the page named @page ("timeline", "comparison", "scaling") is
 * the one shown. */
gboolean
_easel_atelier_showing (EaselAtelier *self,
                        const char   *page)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), page) == 0;
}

void
_easel_atelier_toast (EaselAtelier *self,
                      const char   *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static void
update_actions (EaselAtelier *self)
{
  gboolean running = self->series != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.run", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.run-all", !running && !self->scaling_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.stop", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.mode", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.measure-scaling", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.scaling-drying", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.reset-parameters", !running && !self->standalone);
  /* The export draws on another thread: only finished runs, which no
   * thread writes to any more, go there. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.export", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.save-run", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.export-trace", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.open-run", !running);

  /* Parameters cannot change under a run, nor can the mode. */
  gtk_widget_set_sensitive (self->parameters_grid, !running);
  gtk_widget_set_sensitive (GTK_WIDGET (self->mode_dropdown), !running);
}

/* The workload the parameters describe. */
void
_easel_atelier_get_workload (EaselAtelier  *self,
                             EaselWorkload *workload)
{
  guint workers;

  if (self->standalone)
    {
      *workload = self->workload;
      return;
    }

  workers = g_settings_get_uint (self->settings, "workers");

  workload->paintings = g_settings_get_uint (self->settings, "paintings");
  workload->coats = g_settings_get_uint (self->settings, "coats");
  workload->paint_ms = g_settings_get_uint (self->settings, "paint-ms");
  workload->dry_ms = g_settings_get_uint (self->settings, "dry-ms");
  workload->workers = workers > 0 ? workers : workload->paintings;

  g_assert (easel_workload_validate (workload, NULL));
}

static void
show_parameters (EaselAtelier *self)
{
  EaselCapacity capacity;
  EaselWorkload workload;

  if (self->series != NULL || (self->settings == NULL && !self->standalone))
    return;

  _easel_atelier_get_workload (self, &workload);

  /* Before a run, the paintings are blank and the timeline shows what
   * the chosen mode should do; an opened run goes back to its file. */
  _easel_atelier_close_opened (self);
  g_clear_pointer (&self->predicted, easel_trace_unref);
  easel_capacity_init_default (&capacity);
  self->predicted = easel_schedule_predict_on (self->mode, &workload, &capacity);
  easel_paintings_view_reset (self->paintings_view, workload.paintings);
  g_clear_object (&self->timeline);
  easel_gantt_view_show_prediction (self->gantt_view, self->predicted);
}

/* Lights the mode that runs now on the mode buttons (and in the narrow
 * window's drop-down), or with EASEL_N_MODES the chosen one again. In
 * Run All, the buttons would otherwise show the chosen mode, checked,
 * while the others run. */
static void
show_running_mode (EaselAtelier *self,
                   EaselMode     running)
{
  guint mode = 0;

  if (running < EASEL_N_MODES)
    gtk_widget_add_css_class (self->modes, "running");
  else
    gtk_widget_remove_css_class (self->modes, "running");

  for (GtkWidget *button = gtk_widget_get_first_child (self->modes); button != NULL;
       button = gtk_widget_get_next_sibling (button), mode++)
    {
      if (mode == running)
        {
          gtk_widget_add_css_class (button, "running");
          /* Translators: said of the mode button whose mode runs now */
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                          _("Running now"), -1);
        }
      else
        {
          /* GTK gives the tooltip as the description: back to it. */
          gtk_widget_remove_css_class (button, "running");
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                          gtk_widget_get_tooltip_text (button), -1);
        }
    }

  gtk_drop_down_set_selected (self->mode_dropdown, running < EASEL_N_MODES ? running : self->mode);
}

static void
run_started_cb (EaselAtelier *self,
                EaselRunner  *runner,
                EaselTrace   *predicted)
{
  if (self->running == EASEL_ATELIER_RUN_SCALING)
    {
      _easel_atelier_show_scaling_progress (self, easel_runner_get_mode (runner),
                             easel_trace_get_workload (predicted)->workers);
      return;
    }

  g_clear_pointer (&self->predicted, easel_trace_unref);
  self->predicted = easel_trace_ref (predicted);

  show_running_mode (self, easel_runner_get_mode (runner));
  easel_paintings_view_follow (self->paintings_view, runner);
  easel_gantt_view_follow (self->gantt_view, runner, predicted);
  adw_view_stack_set_visible_child_name (self->stack, "timeline");
}

static void
run_finished_cb (EaselAtelier *self,
                 EaselTrace   *trace,
                 EaselTrace   *predicted)
{
  /* The bench reads this line. */
  g_debug ("run finished: mode=%s makespan_ms=%.1f predicted_ms=%.1f cpu_ms=%.1f",
           easel_mode_to_string (easel_trace_get_mode (trace)), easel_trace_get_makespan (trace),
           easel_trace_get_makespan (predicted), easel_trace_get_cpu_ms (trace));

  /* The views observe the record the run went into. */
  if (self->running == EASEL_ATELIER_RUN_SCALING)
    return;

  easel_paintings_view_stop (self->paintings_view);
  easel_gantt_view_show_record (self->gantt_view, self->timeline);
}

static void
series_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(EaselAtelier) self = user_data;
  g_autoptr(EaselSeries) series = EASEL_SERIES (object);
  g_autoptr(GError) error = NULL;

  g_assert (series == self->series);
  self->series = NULL;
  g_clear_object (&self->cancellable);

  if (easel_series_run_finish (series, result, &error))
    {
      if (self->running == EASEL_ATELIER_RUN_ALL)
        adw_view_stack_set_visible_child_name (self->stack, "comparison");
    }
  else if (self->running == EASEL_ATELIER_RUN_SCALING)
    {
      /* The points so far stay on the chart. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _easel_atelier_toast (self, error->message);
    }
  else
    {
      /* What the stopped run did so far stays on the timeline: the
       * record ends with it. */
      easel_paintings_view_stop (self->paintings_view);
      easel_gantt_view_show_record (self->gantt_view, self->timeline);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _easel_atelier_toast (self, error->message);
    }

  if (self->running == EASEL_ATELIER_RUN_SCALING)
    _easel_atelier_show_scaling_done (self);
  _easel_atelier_guess_done (self);

  self->running = EASEL_ATELIER_RUN_NONE;
  /* The page may have changed during the run: its guess now. */
  _easel_atelier_update_guess (self, FALSE);
  show_running_mode (self, EASEL_N_MODES);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/* Runs @series (which the atelier takes), showing each run as it goes. */
void
_easel_atelier_start_series (EaselAtelier *self,
                             EaselSeries  *series)
{
  g_assert (self->series == NULL);

  _easel_atelier_guess_start (self);
  /* A run measures here again: an opened record's banner goes. */
  _easel_atelier_close_opened (self);
  self->series = series;
  self->cancellable = g_cancellable_new ();
  g_signal_connect_object (self->series, "run-started", G_CALLBACK (run_started_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->series, "run-finished", G_CALLBACK (run_finished_cb), self, G_CONNECT_SWAPPED);

  easel_series_run_async (self->series, self->cancellable, series_done_cb, g_object_ref (self));

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/* Runs @n_modes modes in turn; with every mode, the comparison fills in. */
static void
start_modes (EaselAtelier    *self,
             const EaselMode *modes,
             guint            n_modes)
{
  EaselWorkload workload;
  EaselSeries *series;

  _easel_atelier_get_workload (self, &workload);
  series = easel_series_new (modes, n_modes, &workload);

  g_debug ("Atelier: running %u mode(s) of %u paintings", n_modes, workload.paintings);
  self->running = n_modes == EASEL_N_MODES ? EASEL_ATELIER_RUN_ALL : EASEL_ATELIER_RUN_ONE;
  g_set_object (&self->timeline, easel_series_get_record (series));
  if (self->running == EASEL_ATELIER_RUN_ALL)
    {
      g_set_object (&self->comparison, self->timeline);
      easel_comparison_view_set_record (self->comparison_view, self->comparison);
    }
  _easel_atelier_start_series (self, series);
}

static void
set_page_visible (EaselAtelier *self,
                  const char   *name,
                  gboolean      visible)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (self->stack, name);

  adw_view_stack_page_set_visible (adw_view_stack_get_page (self->stack, page), visible);
}

/* The timeline's lanes: one a thread (TRUE) or one a painting. A
 * window's atelier keeps the choice in its settings. */
void
easel_atelier_set_lanes_by_thread (EaselAtelier *self,
                                   gboolean      by_thread)
{
  g_return_if_fail (EASEL_IS_ATELIER (self));

  easel_gantt_view_set_by_thread (self->gantt_view, by_thread);
}

/* A slide's atelier that shows only the scaling curve: what Run does
 * there is measure it. */
void
easel_atelier_show_only_scaling (EaselAtelier *self)
{
  g_return_if_fail (EASEL_IS_ATELIER (self));
  g_return_if_fail (self->standalone);

  set_page_visible (self, "scaling", TRUE);
  adw_view_stack_set_visible_child_name (self->stack, "scaling");
  set_page_visible (self, "timeline", FALSE);
  set_page_visible (self, "comparison", FALSE);
  /* One page, so no switcher (nor its row), and Run is the one button
   * that measures. */
  gtk_widget_set_visible (gtk_widget_get_parent (self->view_switcher), FALSE);
  gtk_widget_set_visible (self->measure_scaling_button, FALSE);
  gtk_widget_set_visible (self->run_all_button, FALSE);
  self->scaling_only = TRUE;
  update_actions (self);
}

/* Shows the page named by @parameter: "timeline", "comparison" or
 * "scaling". */
static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  EaselAtelier *self = EASEL_ATELIER (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  GtkWidget *page = adw_view_stack_get_child_by_name (self->stack, name);

  if (page != NULL && adw_view_stack_page_get_visible (adw_view_stack_get_page (self->stack, page)))
    adw_view_stack_set_visible_child_name (self->stack, name);
}

static void
measure_scaling_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  EaselAtelier *self = EASEL_ATELIER (widget);

  if (self->series == NULL)
    _easel_atelier_start_scaling (self);
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EaselAtelier *self = EASEL_ATELIER (widget);

  if (self->series != NULL)
    return;

  /* Run runs what is in view: on the scaling page, the curve. */
  if (_easel_atelier_showing (self, "scaling"))
    _easel_atelier_start_scaling (self);
  else
    start_modes (self, &self->mode, 1);
}

static void
run_all_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EaselAtelier *self = EASEL_ATELIER (widget);
  EaselMode all[EASEL_N_MODES];

  if (self->series != NULL)
    return;

  for (guint i = 0; i < EASEL_N_MODES; i++)
    all[i] = i;

  start_modes (self, all, EASEL_N_MODES);
}

/* Stops the run (and a "Run all"); its threads are joined before it
 * reports back. */
void
easel_atelier_stop (EaselAtelier *self)
{
  g_return_if_fail (EASEL_IS_ATELIER (self));

  g_cancellable_cancel (self->cancellable);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  easel_atelier_stop (EASEL_ATELIER (widget));
}

/* From an opened run back to this machine: its prediction, ready to run. */
static void
back_to_live_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EaselAtelier *self = EASEL_ATELIER (widget);

  _easel_atelier_close_opened (self);
  show_parameters (self);
  adw_view_stack_set_visible_child_name (self->stack, "timeline");
}

static void
reset_parameters_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  EaselAtelier *self = EASEL_ATELIER (widget);
  /* A known starting state: the mode and the workload, as installed. */
  static const char *keys[] = { "mode", "paintings", "coats", "paint-ms", "dry-ms", "workers" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (self->settings, keys[i]);

  _easel_atelier_toast (self, _("Mode and parameters reset to their defaults"));
}

static gboolean
workers_output_cb (GtkSpinButton *spin,
                   gpointer       user_data)
{
  if (gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin)) >= 1)
    return FALSE;

  /* 0 means one worker per painting. */
  gtk_editable_set_text (GTK_EDITABLE (spin), _("Auto"));

  return TRUE;
}

static int
workers_input_cb (GtkSpinButton *spin,
                  double        *value,
                  gpointer       user_data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));

  if (g_ascii_strcasecmp (text, _("Auto")) != 0)
    return FALSE;

  *value = 0;

  return TRUE;
}

static void
visible_page_cb (EaselAtelier *self)
{
  gboolean timeline = _easel_atelier_showing (self, "timeline");

  /* The curve's model is worked out when the page is first shown. */
  if (_easel_atelier_showing (self, "scaling") && self->scaling == NULL)
    _easel_atelier_show_scaling_params (self);

  /* The comparison and the curve need the height more than the
   * paintings do; the timeline's toggles are only for the timeline. */
  gtk_widget_set_visible (GTK_WIDGET (self->paintings_view), timeline);
  gtk_widget_set_visible (self->timeline_toggles, timeline);
  gtk_widget_set_visible (self->timeline_menu_button, timeline);
  gtk_widget_set_visible (self->timeline_menu_button_narrow, timeline);
  /* The curve has its own modes: the mode buttons would only confuse. */
  if (!self->standalone)
    {
      gboolean scaling = _easel_atelier_showing (self, "scaling");

      gtk_widget_set_visible (gtk_widget_get_parent (self->modes), !scaling);
      gtk_widget_set_halign (gtk_widget_get_parent (self->parameters_button), scaling ? GTK_ALIGN_END : GTK_ALIGN_FILL);
    }
  _easel_atelier_update_guess (self, FALSE);
}

/* The narrow window's drop-down, in the order of EaselMode. */
static void
mode_dropdown_cb (EaselAtelier *self)
{
  guint selected = gtk_drop_down_get_selected (self->mode_dropdown);

  if (selected < EASEL_N_MODES && self->series == NULL)
    g_object_set (self, "mode", (EaselMode) selected, NULL);
}

static void
parameters_changed_cb (EaselAtelier *self,
                       const char   *key)
{
  /* The parameters shown, and a guess about them, follow the workload's
   * settings only. */
  static const char *workload_keys[] = { "paintings", "coats", "paint-ms", "dry-ms", "workers", NULL };

  /* The mode comes through its property; the views' toggles and the
   * rest are bound where they act. */
  if (!g_strv_contains (workload_keys, key))
    return;

  show_parameters (self);
  _easel_atelier_update_guess (self, TRUE);
}

static void
easel_atelier_set_mode (EaselAtelier *self,
                        EaselMode     mode)
{
  if (self->mode == mode)
    return;

  self->mode = mode;
  gtk_drop_down_set_selected (self->mode_dropdown, mode);

  show_parameters (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

static void
easel_atelier_unroot (GtkWidget *widget)
{
  /* Out of its window (the window closed), a run has no one to show it;
   * the pending completion holds a reference, so dispose would be late. */
  easel_atelier_stop (EASEL_ATELIER (widget));

  GTK_WIDGET_CLASS (easel_atelier_parent_class)->unroot (widget);
}

static void
easel_atelier_dispose (GObject *object)
{
  EaselAtelier *self = EASEL_ATELIER (object);

  /* The run completes on its own once cancelled; the application waits
   * for that before it exits. */
  easel_atelier_stop (self);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->predicted, easel_trace_unref);
  g_clear_object (&self->timeline);
  g_clear_object (&self->comparison);
  g_clear_object (&self->scaling);
  g_clear_object (&self->opened);

  gtk_widget_dispose_template (GTK_WIDGET (self), EASEL_TYPE_ATELIER);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (easel_atelier_parent_class)->dispose (object);
}

static void
easel_atelier_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  EaselAtelier *self = EASEL_ATELIER (object);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;

    case PROP_RUNNING:
      g_value_set_boolean (value, self->series != NULL);
      break;

    case PROP_STANDALONE:
      g_value_set_boolean (value, self->standalone);
      break;

    case PROP_SCALING_DRYING:
      g_value_set_boolean (value, self->scaling_drying);
      break;

    case PROP_GUESSING:
      g_value_set_boolean (value, self->guessing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
easel_atelier_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  EaselAtelier *self = EASEL_ATELIER (object);

  switch (prop_id)
    {
    case PROP_MODE:
      easel_atelier_set_mode (self, g_value_get_enum (value));
      break;

    case PROP_STANDALONE:
      self->standalone = g_value_get_boolean (value);
      break;

    case PROP_SCALING_DRYING:
      if (self->scaling_drying != g_value_get_boolean (value) && self->series == NULL)
        {
          self->scaling_drying = g_value_get_boolean (value);
          _easel_atelier_show_scaling_params (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_GUESSING:
      if (self->guessing != g_value_get_boolean (value))
        {
          self->guessing = g_value_get_boolean (value);
          _easel_atelier_update_guess (self, FALSE);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What anything that holds an atelier can drive: the window, a slide. */
static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "atelier.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "atelier.run-all", NULL, run_all_action);
  gtk_widget_class_install_action (widget_class, "atelier.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "atelier.back-to-live", NULL, back_to_live_action);
  gtk_widget_class_install_action (widget_class, "atelier.open-run", NULL, _easel_atelier_open_action);
  gtk_widget_class_install_action (widget_class, "atelier.save-run", NULL, _easel_atelier_save_action);
  gtk_widget_class_install_action (widget_class, "atelier.export-trace", NULL, _easel_atelier_save_action);
  gtk_widget_class_install_action (widget_class, "atelier.export", NULL, _easel_atelier_export_action);
  gtk_widget_class_install_action (widget_class, "atelier.reset-parameters", NULL, reset_parameters_action);
  gtk_widget_class_install_action (widget_class, "atelier.measure-scaling", NULL, measure_scaling_action);
  gtk_widget_class_install_action (widget_class, "atelier.view", "s", view_action);
}

static void
easel_atelier_class_init (EaselAtelierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = easel_atelier_constructed;
  object_class->dispose = easel_atelier_dispose;
  object_class->get_property = easel_atelier_get_property;
  object_class->set_property = easel_atelier_set_property;

  widget_class->unroot = easel_atelier_unroot;

  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL, EASEL_TYPE_MODE, EASEL_MODE_SEQUENTIAL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STANDALONE] =
    g_param_spec_boolean ("standalone", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALING_DRYING] =
    g_param_spec_boolean ("scaling-drying", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Guess first: before a run, ask for its time or speed-up. */
  properties[PROP_GUESSING] =
    g_param_spec_boolean ("guessing", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EASEL_TYPE_GUESS_BAR);
  g_type_ensure (EASEL_TYPE_PAINTINGS_VIEW);
  g_type_ensure (EASEL_TYPE_GANTT_VIEW);
  g_type_ensure (EASEL_TYPE_COMPARISON_VIEW);
  g_type_ensure (EASEL_TYPE_SCALING_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/easel-atelier.ui");
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, box);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, modes);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, parameters_button);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, parameters_grid);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, paintings_adjustment);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, coats_adjustment);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, paint_adjustment);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, dry_adjustment);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, workers_adjustment);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, workers_spin);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, paintings_view);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, gantt_view);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, guess_bar);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, opened_bar);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, opened_label);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, guess_workers_box);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, guess_workers);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, run_all_button);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, measure_scaling_button);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, timeline_toggles);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, timeline_menu_button);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, timeline_menu_button_narrow);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, mode_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, comparison_view);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, scaling_view);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, scaling_status);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, stack);
  gtk_widget_class_bind_template_callback (widget_class, workers_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, workers_input_cb);

  install_actions (widget_class);
  gtk_widget_class_install_property_action (widget_class, "atelier.mode", "mode");
  gtk_widget_class_install_property_action (widget_class, "atelier.scaling-drying", "scaling-drying");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "atelier");
}

static void
easel_atelier_constructed (GObject *object)
{
  EaselAtelier *self = EASEL_ATELIER (object);
  static const struct {
    const char *key;
    gsize       offset;
  } bindings[] = {
    { "paintings", G_STRUCT_OFFSET (EaselAtelier, paintings_adjustment) },
    { "coats", G_STRUCT_OFFSET (EaselAtelier, coats_adjustment) },
    { "paint-ms", G_STRUCT_OFFSET (EaselAtelier, paint_adjustment) },
    { "dry-ms", G_STRUCT_OFFSET (EaselAtelier, dry_adjustment) },
    { "workers", G_STRUCT_OFFSET (EaselAtelier, workers_adjustment) },
  };

  G_OBJECT_CLASS (easel_atelier_parent_class)->constructed (object);

  if (self->standalone)
    {
      /* On a slide: its mode and parameters are fixed, and the scaling
       * curve has a slide of its own. */
      gtk_widget_set_visible (gtk_widget_get_parent (self->modes), FALSE);
      gtk_widget_set_visible (self->parameters_button, FALSE);
      /* Without the modes, the buttons keep to the right. */
      gtk_widget_set_halign (gtk_widget_get_parent (self->parameters_button), GTK_ALIGN_END);
      set_page_visible (self, "scaling", FALSE);
      update_actions (self);
      return;
    }

  self->settings = g_settings_new (APPLICATION_ID);

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    g_settings_bind (self->settings, bindings[i].key,
                     G_STRUCT_MEMBER (GtkAdjustment *, self, bindings[i].offset), "value",
                     G_SETTINGS_BIND_DEFAULT);

  g_settings_bind (self->settings, "mode", self, "mode", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "lanes-by-thread", self->gantt_view, "by-thread", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-predicted", self->gantt_view, "show-predicted", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "guess-first", self, "guessing", G_SETTINGS_BIND_GET);

  g_signal_connect_object (self->settings, "changed", G_CALLBACK (parameters_changed_cb), self, G_CONNECT_SWAPPED);

  update_actions (self);
  show_parameters (self);
}

static void
easel_atelier_init (EaselAtelier *self)
{
  g_autoptr(GSimpleActionGroup) view = g_simple_action_group_new ();
  g_autoptr(GPropertyAction) by_thread = NULL;
  g_autoptr(GPropertyAction) show_predicted = NULL;

  self->mode = EASEL_MODE_SEQUENTIAL;
  easel_workload_init (&self->workload);

  gtk_widget_init_template (GTK_WIDGET (self));
  _easel_atelier_init_guess (self);

  /* The view toggles act on the timeline; the settings (if any) follow
   * the timeline through their bindings. */
  by_thread = g_property_action_new ("lanes-by-thread", self->gantt_view, "by-thread");
  show_predicted = g_property_action_new ("show-predicted", self->gantt_view, "show-predicted");
  g_action_map_add_action (G_ACTION_MAP (view), G_ACTION (by_thread));
  g_action_map_add_action (G_ACTION_MAP (view), G_ACTION (show_predicted));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "view", G_ACTION_GROUP (view));

  g_signal_connect_object (self->stack, "notify::visible-child-name", G_CALLBACK (visible_page_cb), self,
                           G_CONNECT_SWAPPED);
  easel_widget_hide_unseen (GTK_WIDGET (self));
  gtk_drop_down_set_selected (self->mode_dropdown, self->mode);
  easel_drop_down_name_button (self->mode_dropdown, _("Mode"));
  g_signal_connect_object (self->mode_dropdown, "notify::selected", G_CALLBACK (mode_dropdown_cb), self,
                           G_CONNECT_SWAPPED);
}
