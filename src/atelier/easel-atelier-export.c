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
#include "easel-style.h"

typedef struct
{
  EaselRenderStyle  style;
  /* Copies that hold their own references: finished traces, which no
   * thread writes any more. */
  EaselRunResult   *results;
  guint             n_results;
  /* The curve's prediction, for the scaling page. */
  EaselScalingPrediction *scaling;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  easel_render_style_clear (&job->style);
  easel_run_results_free (job->results, job->n_results);
  g_clear_pointer (&job->scaling, easel_scaling_prediction_free);
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
  EaselFigure figure = { job->results, job->n_results, job->scaling, &job->style };

  g_debug ("Exporting %u run(s) to %s", job->n_results, g_file_peek_path (file));

  return easel_export_to_file (file, EASEL_EXPORT_DEFAULT_WIDTH, EASEL_EXPORT_DEFAULT_HEIGHT,
                               easel_figure_draw_cb, &figure, cancellable, error);
}

static void
export_done (GObject      *source,
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

/* The finished runs shown: every row of the comparison, the points of
 * the scaling curve, or the timeline's run beside its prediction (in
 * @timeline). */
static const EaselRunResult *
get_shown_results (EaselAtelier   *self,
                   EaselRunResult *timeline,
                   guint          *n_results)
{
  if (_easel_atelier_showing (self, "comparison"))
    return easel_comparison_view_get_rows (self->comparison_view, n_results);

  if (_easel_atelier_showing (self, "scaling"))
    return easel_scaling_view_get_results (self->scaling_view, n_results);

  timeline->measured = easel_gantt_view_get_trace (self->gantt_view);
  timeline->predicted = easel_gantt_view_get_predicted (self->gantt_view);
  *n_results = timeline->measured != NULL ? 1 : 0;

  return timeline;
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(EaselAtelier) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  EaselExportFormat format;
  ExportJob *job;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  /* A run that started while the dialog was open is still being
   * written: its trace must not go to the export's thread. */
  if (self->series != NULL)
    {
      _easel_atelier_toast (self, _("Export when the run is over"));
      goto out;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (!easel_export_format_for_file (file, &format, &error))
    {
      _easel_atelier_toast (self, error->message);
      goto out;
    }

  job = g_new0 (ExportJob, 1);
  {
    EaselRunResult timeline;
    const EaselRunResult *shown = get_shown_results (self, &timeline, &job->n_results);

    job->results = easel_run_results_dup (shown, job->n_results);
  }
  if (job->n_results == 0)
    {
      export_job_free (job);
      _easel_atelier_toast (self, _("Nothing to export yet: run the paintings first"));
      goto out;
    }
  if (_easel_atelier_showing (self, "scaling"))
    job->scaling = easel_scaling_prediction_copy (easel_scaling_view_get_prediction (self->scaling_view));
  easel_widget_get_render_style (GTK_WIDGET (self->gantt_view), &job->style);

  easel_file_job_start (G_OBJECT (self), file, export_write, job, (GDestroyNotify) export_job_free, export_done);

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

void
_easel_atelier_export_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  EaselAtelier *self = EASEL_ATELIER (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;
  EaselRunResult timeline;
  guint n_shown;

  get_shown_results (self, &timeline, &n_shown);
  if (n_shown == 0)
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
  else
    name = g_strdup_printf ("easel-%s.png", easel_mode_to_string (easel_trace_get_mode (timeline.measured)));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter_new (_("PNG image"), "image/png", "png"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter_new (_("SVG image"), "image/svg+xml", "svg"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter_new (_("PDF document"), "application/pdf", "pdf"));

  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
