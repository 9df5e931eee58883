/* easel-atelier-export.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The atelier's "Export…": what is shown (the timeline of the last run,
 * or the comparison) is drawn again as PNG, SVG or PDF on a thread of its
 * own, from finished runs only, and written so that no file is lost.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-atelier-private.h"
#include "easel-export.h"
#include "easel-figure.h"
#include "easel-file-job.h"
#include "easel-machines.h"
#include "easel-style.h"

typedef struct
{
  EaselRenderStyle  style;
  /* A finished record, which no thread changes any more, and whether
   * only its last run is drawn (the timeline's). */
  EaselRecord      *record;
  gboolean          last_run;
  /* The curve's prediction, for the scaling page. */
  EaselScalingPrediction *scaling;
  /* Machines side by side (finished records, from run files), drawn
   * instead where the comparison shows them. */
  GPtrArray        *machines;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  easel_render_style_clear (&job->style);
  g_clear_object (&job->record);
  g_clear_pointer (&job->scaling, easel_scaling_prediction_free);
  g_clear_pointer (&job->machines, g_ptr_array_unref);
  g_free (job);
}

/* On a worker: the figure drawn again from the copies, and written. */
static gboolean
export_write (GFile         *file,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  ExportJob *job = data;
  EaselFigure figure = { NULL, 0, job->scaling, &job->style };
  EaselRunResult last;

  if (job->machines != NULL)
    {
      EaselMachinesFigure machines = { (EaselRecord * const *) job->machines->pdata, job->machines->len, &job->style };

      return easel_export_to_file (file, EASEL_EXPORT_DEFAULT_WIDTH, EASEL_EXPORT_DEFAULT_HEIGHT,
                                   easel_machines_draw_cb, &machines, cancellable, error);
    }

  if (job->last_run && easel_record_get_last_run (job->record, &last))
    {
      figure.results = &last;
      figure.n_results = 1;
    }
  else
    {
      figure.results = easel_record_get_results (job->record, &figure.n_results);
    }

  g_debug ("Exporting %u run(s) to %s", figure.n_results, g_file_peek_path (file));

  return easel_export_to_file (file, EASEL_EXPORT_DEFAULT_WIDTH, EASEL_EXPORT_DEFAULT_HEIGHT,
                               easel_figure_draw_cb, &figure, cancellable, error);
}

/* A file job of the atelier's ended: a toast says it is saved, or why
 * not. */
void
_easel_atelier_file_done (GObject      *source,
                          GFile        *file,
                          const GError *error)
{
  g_autofree char *message = NULL;

  if (error == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      message = g_strdup_printf (_("Saved “%s”"), name);
    }
  else
    {
      message = g_strdup (error->message);
    }

  _easel_atelier_toast (EASEL_ATELIER (source), message);
}

/* The record shown: the comparison's, the scaling curve's, or the
 * timeline's (of which only the last run shows: @last_run is set).
 * NULL when it has no run to export. */
static EaselRecord *
get_shown_record (EaselAtelier *self,
                  gboolean     *last_run)
{
  EaselRecord *record;
  EaselRunResult run;
  guint n_results = 0;

  *last_run = FALSE;
  if (_easel_atelier_showing (self, "comparison"))
    record = self->comparison;
  else if (_easel_atelier_showing (self, "scaling"))
    record = self->scaling;
  else
    record = self->timeline, *last_run = TRUE;

  if (record == NULL)
    return NULL;
  if (*last_run)
    n_results = easel_record_get_last_run (record, &run) ? 1 : 0;
  else
    easel_record_get_results (record, &n_results);

  return n_results > 0 ? record : NULL;
}

/* Writes what is shown (the timeline's last run, the comparison or the
 * scaling curve) to @file, as its name's format, on a thread of its own;
 * a toast says when it is saved, or why not. */
void
easel_atelier_export (EaselAtelier *self,
                      GFile        *file)
{
  g_autoptr(GError) error = NULL;
  EaselExportFormat format;
  EaselRecord *record;
  gboolean last_run;
  ExportJob *job;

  g_return_if_fail (EASEL_IS_ATELIER (self));
  g_return_if_fail (G_IS_FILE (file));

  /* A run that started while the dialog was open is still being
   * written: its trace must not go to the export's thread. */
  if (self->series != NULL)
    {
      _easel_atelier_toast (self, _("Export when the run is over"));
      return;
    }

  if (!easel_export_format_for_file (file, &format, &error))
    {
      _easel_atelier_toast (self, error->message);
      return;
    }

  record = get_shown_record (self, &last_run);
  if (record == NULL)
    {
      _easel_atelier_toast (self, _("Nothing to export yet: run the paintings first"));
      return;
    }

  /* Only a finished record goes to the export's thread: none of it
   * changes any more. */
  g_assert (easel_record_is_finished (record));
  job = g_new0 (ExportJob, 1);
  job->record = g_object_ref (record);
  job->last_run = last_run;
  if (_easel_atelier_showing (self, "comparison") && easel_comparison_view_get_machines (self->comparison_view) != NULL)
    job->machines = g_ptr_array_ref (easel_comparison_view_get_machines (self->comparison_view));
  if (easel_record_get_scaling_params (record) != NULL)
    job->scaling = easel_scaling_prediction_new (easel_record_get_scaling_params (record),
                                                 easel_record_get_capacity (record));
  easel_widget_get_render_style (GTK_WIDGET (self->gantt_view), &job->style);

  easel_file_job_start (G_OBJECT (self), file, export_write, job, (GDestroyNotify) export_job_free, _easel_atelier_file_done);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(EaselAtelier) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      easel_atelier_export (self, file);
    }

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

void
_easel_atelier_export_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  EaselAtelier *self = EASEL_ATELIER (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;
  EaselRecord *record;
  EaselRunResult timeline;
  gboolean last_run;

  record = get_shown_record (self, &last_run);
  if (record == NULL)
    {
      _easel_atelier_toast (self, _("Nothing to export yet: run the paintings first"));
      return;
    }

  dialog = gtk_file_chooser_native_new (_("Export Chart"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  if (_easel_atelier_showing (self, "comparison"))
    name = g_strdup (_("easel-comparison.png"));
  else if (_easel_atelier_showing (self, "scaling"))
    name = g_strdup (_("easel-scaling.png"));
  else if (easel_record_get_last_run (record, &timeline))
    name = g_strdup_printf ("easel-%s.png", easel_mode_to_string (easel_trace_get_mode (timeline.measured)));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter_new (_("PNG image"), "image/png", "png"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter_new (_("SVG image"), "image/svg+xml", "svg"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter_new (_("PDF document"), "application/pdf", "pdf"));

  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
