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

#include "easel-atelier.h"
#include "easel-comparison-view.h"
#include "easel-cores.h"
#include "easel-export.h"
#include "easel-gantt-view.h"
#include "easel-gantt.h"
#include "easel-paintings-view.h"
#include "easel-schedule.h"
#include "easel-style.h"

struct _EaselAtelier
{
  GtkWidget            parent_instance;

  GSettings           *settings;
  char                *mode;
  /* A standalone atelier (on a slide) keeps its own parameters. */
  gboolean             standalone;
  EaselWorkload        workload;

  EaselRunner         *runner;
  EaselTrace          *predicted;
  GCancellable        *cancellable;
  /* The modes "Run all" has still to run, in order. */
  GArray              *queue;
  gboolean             running_all;

  /* Template widgets */
  GtkWidget           *box;
  GtkWidget           *modes;
  GtkWidget           *parameters_button;
  GtkWidget           *parameters_grid;
  GtkAdjustment       *paintings_adjustment;
  GtkAdjustment       *coats_adjustment;
  GtkAdjustment       *paint_adjustment;
  GtkAdjustment       *dry_adjustment;
  GtkAdjustment       *workers_adjustment;
  GtkSpinButton       *workers_spin;
  EaselPaintingsView  *paintings_view;
  EaselGanttView      *gantt_view;
  EaselComparisonView *comparison_view;
  AdwViewStack        *stack;
};

G_DEFINE_FINAL_TYPE (EaselAtelier, easel_atelier, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODE,
  PROP_RUNNING,
  PROP_STANDALONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_run       (EaselAtelier *self,
                             EaselMode     mode);
static void show_parameters (EaselAtelier *self);
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
                       "mode", easel_mode_to_string (mode),
                       NULL);
  self->workload = *workload;
  show_parameters (self);

  return GTK_WIDGET (self);
}

EaselComparisonView *
easel_atelier_get_comparison_view (EaselAtelier *self)
{
  g_return_val_if_fail (EASEL_IS_ATELIER (self), NULL);

  return self->comparison_view;
}

gboolean
easel_atelier_is_running (EaselAtelier *self)
{
  g_return_val_if_fail (EASEL_IS_ATELIER (self), FALSE);

  return self->runner != NULL;
}

/* The run going on, or NULL. */
EaselRunner *
easel_atelier_get_runner (EaselAtelier *self)
{
  g_return_val_if_fail (EASEL_IS_ATELIER (self), NULL);

  return self->runner;
}

static void
toast (EaselAtelier *self,
       const char   *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static void
update_actions (EaselAtelier *self)
{
  gboolean running = self->runner != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.run", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.run-all", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.stop", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.mode", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.reset-parameters", !running && !self->standalone);
  /* The export draws on another thread: only finished runs, which no
   * thread writes to any more, go there. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atelier.export", !running);

  /* Parameters cannot change under a run. */
  gtk_widget_set_sensitive (self->parameters_grid, !running);
}

/* The workload the parameters describe. */
static void
get_workload (EaselAtelier  *self,
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
  EaselWorkload workload;
  EaselMode mode = EASEL_MODE_SEQUENTIAL;

  if (self->runner != NULL || (self->settings == NULL && !self->standalone))
    return;

  easel_mode_from_string (self->mode, &mode);
  get_workload (self, &workload);

  /* Before a run, the paintings are blank and the timeline shows what
   * the chosen mode should do. */
  g_clear_pointer (&self->predicted, easel_trace_unref);
  self->predicted = easel_schedule_predict (mode, &workload, easel_cores_get_default ()->usable);
  easel_paintings_view_reset (self->paintings_view, workload.paintings);
  easel_gantt_view_show_result (self->gantt_view, NULL, self->predicted);
}

static void
run_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(EaselAtelier) self = user_data;
  g_autoptr(EaselTrace) trace = NULL;
  g_autoptr(GError) error = NULL;
  EaselRunner *runner = EASEL_RUNNER (object);

  trace = easel_runner_run_finish (runner, result, &error);

  /* A runner that was replaced or stopped has nothing more to say. */
  if (runner != self->runner)
    return;

  easel_paintings_view_stop (self->paintings_view);
  g_clear_object (&self->runner);
  g_clear_object (&self->cancellable);

  if (trace == NULL)
    {
      g_array_set_size (self->queue, 0);
      self->running_all = FALSE;
      easel_gantt_view_show_result (self->gantt_view, easel_runner_get_trace (runner), self->predicted);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
      return;
    }

  g_debug ("run finished: mode=%s makespan_ms=%.1f predicted_ms=%.1f cpu_ms=%.1f",
           easel_mode_to_string (easel_trace_get_mode (trace)), easel_trace_get_makespan (trace),
           easel_trace_get_makespan (self->predicted), easel_trace_get_cpu_ms (trace));
  easel_gantt_view_show_result (self->gantt_view, trace, self->predicted);

  if (self->running_all)
    {
      easel_comparison_view_add (self->comparison_view, trace, self->predicted);

      if (self->queue->len > 0)
        {
          EaselMode next = g_array_index (self->queue, EaselMode, 0);

          g_array_remove_index (self->queue, 0);
          start_run (self, next);
          return;
        }

      self->running_all = FALSE;
      adw_view_stack_set_visible_child_name (self->stack, "comparison");
    }

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void
start_run (EaselAtelier *self,
           EaselMode     mode)
{
  EaselWorkload workload;

  g_assert (self->runner == NULL);

  get_workload (self, &workload);

  g_clear_pointer (&self->predicted, easel_trace_unref);
  self->predicted = easel_schedule_predict (mode, &workload, easel_cores_get_default ()->usable);
  self->runner = easel_runner_new (mode, &workload);
  self->cancellable = g_cancellable_new ();

  easel_runner_run_async (self->runner, self->cancellable, run_done_cb, g_object_ref (self));
  easel_paintings_view_follow (self->paintings_view, self->runner);
  easel_gantt_view_follow (self->gantt_view, self->runner, self->predicted);
  adw_view_stack_set_visible_child_name (self->stack, "timeline");

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EaselAtelier *self = EASEL_ATELIER (widget);
  EaselMode mode = EASEL_MODE_SEQUENTIAL;

  if (self->runner != NULL)
    return;

  easel_mode_from_string (self->mode, &mode);
  g_array_set_size (self->queue, 0);
  self->running_all = FALSE;
  start_run (self, mode);
}

static void
run_all_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EaselAtelier *self = EASEL_ATELIER (widget);

  if (self->runner != NULL)
    return;

  easel_comparison_view_clear (self->comparison_view);
  g_array_set_size (self->queue, 0);
  for (EaselMode mode = EASEL_MODE_ASYNC; mode < EASEL_N_MODES; mode++)
    g_array_append_val (self->queue, mode);
  self->running_all = TRUE;

  start_run (self, EASEL_MODE_SEQUENTIAL);
}

/* Stops the run (and a "Run all"); its threads are joined before it
 * reports back. */
void
easel_atelier_stop (EaselAtelier *self)
{
  g_return_if_fail (EASEL_IS_ATELIER (self));

  g_array_set_size (self->queue, 0);
  self->running_all = FALSE;
  g_cancellable_cancel (self->cancellable);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  easel_atelier_stop (EASEL_ATELIER (widget));
}

static void
reset_parameters_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  EaselAtelier *self = EASEL_ATELIER (widget);
  static const char *keys[] = { "paintings", "coats", "paint-ms", "dry-ms", "workers" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (self->settings, keys[i]);

  toast (self, _("Parameters reset to their defaults"));
}

typedef struct
{
  EaselRenderStyle    style;
  EaselTrace         *trace;
  EaselTrace         *predicted;
  EaselComparisonRow *rows;
  guint               n_rows;
  GFile              *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  easel_render_style_clear (&job->style);
  g_clear_pointer (&job->trace, easel_trace_unref);
  g_clear_pointer (&job->predicted, easel_trace_unref);
  for (guint i = 0; i < job->n_rows; i++)
    {
      g_clear_pointer (&job->rows[i].measured, easel_trace_unref);
      g_clear_pointer (&job->rows[i].predicted, easel_trace_unref);
    }
  g_free (job->rows);
  g_clear_object (&job->file);
  g_free (job);
}

static void
draw_export_cb (cairo_t  *cr,
                double    width,
                double    height,
                gpointer  user_data)
{
  ExportJob *job = user_data;

  easel_render_style_fit_to_size (&job->style, width, height);

  if (job->n_rows > 0)
    {
      easel_comparison_draw (job->rows, job->n_rows, &job->style, cr, width, height);
    }
  else
    {
      EaselGantt gantt = {
        .trace = job->trace,
        .predicted = job->predicted,
        .now_ms = -1,
        .lanes = EASEL_GANTT_LANES_PAINTING,
        .show_predicted = TRUE,
        .finished = TRUE,
      };

      easel_gantt_draw (&gantt, &job->style, cr, width, height);
    }
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  /* Drawing and writing leave the main thread; the job owns copies. */
  if (easel_export_to_file (job->file, EASEL_EXPORT_DEFAULT_WIDTH, EASEL_EXPORT_DEFAULT_HEIGHT,
                            draw_export_cb, job, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  EaselAtelier *self = EASEL_ATELIER (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *name = g_file_get_basename (job->file);

      message = g_strdup_printf (_("Saved “%s”"), name);
    }
  else
    {
      message = g_strdup (error->message);
    }

  toast (self, message);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(EaselAtelier) self = user_data;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  EaselExportFormat format;
  ExportJob *job;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  /* A run that started while the dialog was open is still being
   * written: its trace must not go to the export's thread. */
  if (self->runner != NULL)
    {
      toast (self, _("Export when the run is over"));
      goto out;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (!easel_export_format_for_file (file, &format, &error))
    {
      toast (self, error->message);
      goto out;
    }

  job = g_new0 (ExportJob, 1);
  job->file = g_steal_pointer (&file);
  easel_widget_get_render_style (GTK_WIDGET (self->gantt_view), &job->style);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "comparison") == 0)
    {
      const EaselComparisonRow *rows = easel_comparison_view_get_rows (self->comparison_view, &job->n_rows);

      job->rows = g_new0 (EaselComparisonRow, job->n_rows);
      for (guint i = 0; i < job->n_rows; i++)
        job->rows[i] = (EaselComparisonRow) { easel_trace_ref (rows[i].measured),
                                              rows[i].predicted ? easel_trace_ref (rows[i].predicted) : NULL };
    }
  else
    {
      EaselTrace *trace = easel_gantt_view_get_trace (self->gantt_view);
      EaselTrace *predicted = easel_gantt_view_get_predicted (self->gantt_view);

      job->trace = trace ? easel_trace_ref (trace) : NULL;
      job->predicted = predicted ? easel_trace_ref (predicted) : NULL;
    }

  task = g_task_new (self, NULL, export_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);

out:
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static GtkFileFilter *
filter_new (const char *name,
            const char *mime_type,
            const char *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, pattern);

  return filter;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EaselAtelier *self = EASEL_ATELIER (widget);
  gboolean comparison = g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "comparison") == 0;
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;
  guint n_rows = 0;

  easel_comparison_view_get_rows (self->comparison_view, &n_rows);
  if ((comparison && n_rows == 0) || (!comparison && easel_gantt_view_get_trace (self->gantt_view) == NULL))
    {
      toast (self, _("Nothing to export yet: run the paintings first"));
      return;
    }

  dialog = gtk_file_chooser_native_new (_("Export Chart"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  if (comparison)
    name = g_strdup (_("easel-comparison.png"));
  else
    name = g_strdup_printf ("easel-%s.png",
                            easel_mode_to_string (easel_trace_get_mode (easel_gantt_view_get_trace (self->gantt_view))));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter_new (_("PNG image"), "image/png", "png"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter_new (_("SVG image"), "image/svg+xml", "svg"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter_new (_("PDF document"), "application/pdf", "pdf"));

  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
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
  /* The comparison needs the height more than finished paintings do. */
  gtk_widget_set_visible (GTK_WIDGET (self->paintings_view),
                          g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "comparison") != 0);
}

static void
parameters_changed_cb (EaselAtelier *self)
{
  show_parameters (self);
}

static void
easel_atelier_set_mode (EaselAtelier *self,
                        const char   *mode)
{
  EaselMode parsed;

  /* An odd value from outside falls back to the first mode. */
  if (mode == NULL || !easel_mode_from_string (mode, &parsed))
    mode = "sequential";

  if (g_strcmp0 (self->mode, mode) == 0)
    return;

  g_free (self->mode);
  self->mode = g_strdup (mode);

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
  g_clear_object (&self->runner);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->predicted, easel_trace_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), EASEL_TYPE_ATELIER);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (easel_atelier_parent_class)->dispose (object);
}

static void
easel_atelier_finalize (GObject *object)
{
  EaselAtelier *self = EASEL_ATELIER (object);

  g_free (self->mode);
  g_array_unref (self->queue);

  G_OBJECT_CLASS (easel_atelier_parent_class)->finalize (object);
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
      g_value_set_string (value, self->mode);
      break;

    case PROP_RUNNING:
      g_value_set_boolean (value, self->runner != NULL);
      break;

    case PROP_STANDALONE:
      g_value_set_boolean (value, self->standalone);
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
      easel_atelier_set_mode (self, g_value_get_string (value));
      break;

    case PROP_STANDALONE:
      self->standalone = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
easel_atelier_class_init (EaselAtelierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = easel_atelier_constructed;
  object_class->dispose = easel_atelier_dispose;
  object_class->finalize = easel_atelier_finalize;
  object_class->get_property = easel_atelier_get_property;
  object_class->set_property = easel_atelier_set_property;

  widget_class->unroot = easel_atelier_unroot;

  properties[PROP_MODE] =
    g_param_spec_string ("mode", NULL, NULL, "sequential",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STANDALONE] =
    g_param_spec_boolean ("standalone", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (EASEL_TYPE_PAINTINGS_VIEW);
  g_type_ensure (EASEL_TYPE_GANTT_VIEW);
  g_type_ensure (EASEL_TYPE_COMPARISON_VIEW);

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
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, comparison_view);
  gtk_widget_class_bind_template_child (widget_class, EaselAtelier, stack);
  gtk_widget_class_bind_template_callback (widget_class, workers_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, workers_input_cb);

  gtk_widget_class_install_action (widget_class, "atelier.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "atelier.run-all", NULL, run_all_action);
  gtk_widget_class_install_action (widget_class, "atelier.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "atelier.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "atelier.reset-parameters", NULL, reset_parameters_action);
  gtk_widget_class_install_property_action (widget_class, "atelier.mode", "mode");

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
      /* On a slide: its mode and parameters are fixed. */
      gtk_widget_set_visible (gtk_widget_get_parent (self->modes), FALSE);
      gtk_widget_set_visible (self->parameters_button, FALSE);
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

  self->queue = g_array_new (FALSE, FALSE, sizeof (EaselMode));
  self->mode = g_strdup ("sequential");
  easel_workload_init (&self->workload);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The view toggles act on the timeline; the settings (if any) follow
   * the timeline through their bindings. */
  by_thread = g_property_action_new ("lanes-by-thread", self->gantt_view, "by-thread");
  show_predicted = g_property_action_new ("show-predicted", self->gantt_view, "show-predicted");
  g_action_map_add_action (G_ACTION_MAP (view), G_ACTION (by_thread));
  g_action_map_add_action (G_ACTION_MAP (view), G_ACTION (show_predicted));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "view", G_ACTION_GROUP (view));

  g_signal_connect_object (self->stack, "notify::visible-child-name", G_CALLBACK (visible_page_cb), self,
                           G_CONNECT_SWAPPED);
}
