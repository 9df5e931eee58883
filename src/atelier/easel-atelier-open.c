/* easel-atelier-open.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs kept: a record opened from a run file is shown as it was measured
 * — on the timeline its last run, in the comparison every mode it ran,
 * on the Scaling page its curve — under a banner that says where and
 * when ("Recorded on the lab machine, 32 cores, 2026-12-08"). Any run
 * (or Back to Live) returns to measuring here. Save Run writes the
 * record of the page shown.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-atelier-private.h"
#include "easel-file-job.h"
#include "easel-run-file.h"
#include "easel-trace-events.h"

/* The record the page shown holds: what Save Run writes. */
EaselRecord *
easel_atelier_get_shown_record (EaselAtelier *self)
{
  g_return_val_if_fail (EASEL_IS_ATELIER (self), NULL);

  if (_easel_atelier_showing (self, "scaling"))
    return self->scaling;
  if (_easel_atelier_showing (self, "comparison"))
    return self->comparison;

  return self->timeline;
}

/* How many modes @record ran. */
static guint
count_modes (EaselRecord *record)
{
  guint modes = 0;

  for (EaselMode mode = 0; mode < EASEL_N_MODES; mode++)
    modes += easel_record_get_mode_ms (record, mode) > 0.0;

  return modes;
}

/* "Recorded on the lab machine, 32 cores, 2026-12-08". */
static char *
dup_banner (EaselRecord *record)
{
  g_autofree char *machine = easel_machine_dup_name (easel_record_get_machine (record));
  g_autofree char *date = g_date_time_format (easel_record_get_date (record), "%Y-%m-%d");

  /* Translators: over an opened run, "Recorded on the lab machine, 32 cores, 2026-12-08" */
  return g_strdup_printf (_("Recorded on %s, %s"), machine, date);
}

/* Shows @record, read from a run file (finished, with its machine), as
 * it was measured, on the page it fits, with the banner; nothing while
 * a run goes on (the caller says so). */
void
easel_atelier_show_record (EaselAtelier *self,
                           EaselRecord  *record)
{
  g_autofree char *banner = NULL;
  guint n;

  g_return_if_fail (EASEL_IS_ATELIER (self));
  g_return_if_fail (EASEL_IS_RECORD (record) && easel_record_is_finished (record));
  g_return_if_fail (self->series == NULL);

  if (easel_record_get_scaling_params (record) != NULL)
    {
      g_set_object (&self->scaling, record);
      easel_scaling_view_set_record (self->scaling_view, record);
      adw_view_stack_set_visible_child_name (self->stack, "scaling");
    }
  else
    {
      const EaselRunResult *results = easel_record_get_results (record, &n);

      g_set_object (&self->timeline, record);
      easel_gantt_view_show_record (self->gantt_view, record);
      if (n > 0)
        easel_paintings_view_reset (self->paintings_view, easel_trace_get_workload (results[0].measured)->paintings);
      if (count_modes (record) > 1)
        {
          g_set_object (&self->comparison, record);
          easel_comparison_view_set_record (self->comparison_view, record);
        }
      adw_view_stack_set_visible_child_name (self->stack, count_modes (record) > 1 ? "comparison" : "timeline");
    }

  g_set_object (&self->opened, record);
  banner = dup_banner (record);
  gtk_label_set_label (self->opened_label, banner);
  gtk_widget_set_visible (self->opened_bar, TRUE);
}

/* Returns: (nullable): the record opened from a file that the atelier
 * shows, until a run measures here again. */
EaselRecord *
easel_atelier_get_opened (EaselAtelier *self)
{
  g_return_val_if_fail (EASEL_IS_ATELIER (self), NULL);

  return self->opened;
}

/* Back to measuring here: the banner goes; what the views show stays
 * until a run replaces it. */
void
_easel_atelier_close_opened (EaselAtelier *self)
{
  /* Other machines' runs leave the comparison with the banner. */
  if (self->opened != NULL &&
      (self->comparison == self->opened || easel_comparison_view_get_machines (self->comparison_view) != NULL))
    {
      g_clear_object (&self->comparison);
      easel_comparison_view_set_record (self->comparison_view, NULL);
    }
  g_clear_object (&self->opened);
  gtk_widget_set_visible (self->opened_bar, FALSE);
}

static void
unref_or_null (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

typedef struct
{
  /* The files, and what reading each gave: a record, or NULL and the
   * message why not. */
  GPtrArray *files;
  GPtrArray *records;
  GPtrArray *errors;
} OpenJob;

static void
open_job_free (OpenJob *job)
{
  g_ptr_array_unref (job->files);
  g_ptr_array_unref (job->records);
  g_ptr_array_unref (job->errors);
  g_free (job);
}

/* On a worker: reading and checking files of up to 16 MiB each leaves
 * the main thread; the records are finished, and only read from now. */
static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  OpenJob *job = data;

  for (guint i = 0; i < job->files->len; i++)
    {
      g_autoptr(GError) error = NULL;
      EaselRecord *record = easel_run_file_load (g_ptr_array_index (job->files, i), cancellable, &error);

      g_ptr_array_add (job->records, record);
      g_ptr_array_add (job->errors, record == NULL ? g_strdup (error->message) : NULL);
    }
  g_task_return_boolean (task, TRUE);
}

/* Several machines' runs: side by side in the comparison, where their
 * workloads match the first's; the others named. */
static void
show_machines (EaselAtelier *self,
               GPtrArray    *records,
               GPtrArray    *names)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autoptr(GString) left_out = g_string_new (NULL);
  g_autofree char *banner = NULL;
  EaselRecord *reference = g_ptr_array_index (records, 0);

  for (guint i = 0; i < records->len; i++)
    {
      g_autofree char *mismatch = easel_run_file_dup_mismatch (reference, g_ptr_array_index (records, i),
                                                               g_ptr_array_index (names, i));

      if (mismatch == NULL)
        g_ptr_array_add (shown, g_ptr_array_index (records, i));
      else
        g_string_append_printf (left_out, "%s%s", left_out->len > 0 ? "; " : "", mismatch);
    }

  easel_atelier_show_record (self, reference);
  if (easel_record_get_scaling_params (reference) == NULL && shown->len > 1)
    {
      easel_comparison_view_set_machines (self->comparison_view, (EaselRecord * const *) shown->pdata, shown->len);
      adw_view_stack_set_visible_child_name (self->stack, "comparison");
      /* Translators: over machines opened side by side, "Recorded on 3 machines" */
      banner = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Recorded on %u machine", "Recorded on %u machines",
                                             shown->len), shown->len);
      gtk_label_set_label (self->opened_label, banner);
    }
  else if (shown->len > 1)
    /* Translators: opening several scaling curves at once */
    _easel_atelier_toast (self, _("Showing the first curve; easel --compare sets several machines side by side"));
  if (left_out->len > 0)
    _easel_atelier_toast (self, left_out->str);
}

static void
open_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  EaselAtelier *self = EASEL_ATELIER (source);
  OpenJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < job->files->len; i++)
    {
      g_autofree char *name = g_file_get_basename (g_ptr_array_index (job->files, i));

      if (g_ptr_array_index (job->records, i) == NULL)
        {
          /* Translators: "Could not open “me.json”: This is not an Easel run file" */
          g_autofree char *message = g_strdup_printf (_("Could not open “%s”: %s"), name,
                                                      (char *) g_ptr_array_index (job->errors, i));

          _easel_atelier_toast (self, message);
          continue;
        }
      g_ptr_array_add (records, g_ptr_array_index (job->records, i));
      g_ptr_array_add (names, g_steal_pointer (&name));
    }
  if (records->len == 0)
    return;

  /* A run started meanwhile: it goes on, and the files are not shown. */
  if (self->series != NULL)
    {
      _easel_atelier_toast (self, _("A run is going on: open the file again when it ends"));
      return;
    }

  show_machines (self, records, names);
}

/* Opens the run files @files (@n_files of them) and shows them: one as
 * it was measured, several machines side by side; a bad file gets one
 * message and changes nothing. */
void
easel_atelier_open_files (EaselAtelier  *self,
                          GFile        **files,
                          guint          n_files)
{
  g_autoptr(GTask) task = NULL;
  OpenJob *job;

  g_return_if_fail (EASEL_IS_ATELIER (self));
  g_return_if_fail (files != NULL && n_files > 0);

  job = g_new0 (OpenJob, 1);
  job->files = g_ptr_array_new_with_free_func (g_object_unref);
  job->records = g_ptr_array_new_with_free_func (unref_or_null);
  job->errors = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (job->files, g_object_ref (files[i]));
  task = g_task_new (self, NULL, open_done, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) open_job_free);
  g_task_run_in_thread (task, open_thread);
}

static GtkFileFilter *
run_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Easel runs"));
  gtk_file_filter_add_mime_type (filter, "application/x-easel-run+json");
  gtk_file_filter_add_pattern (filter, "*" EASEL_RUN_FILE_SUFFIX);
  gtk_file_filter_add_mime_type (filter, "application/json");

  return filter;
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  g_autoptr(EaselAtelier) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      if (array->len > 0)
        easel_atelier_open_files (self, (GFile **) array->pdata, array->len);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

void
_easel_atelier_open_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = run_filter ();

  dialog = gtk_file_chooser_native_new (_("Open Run"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

typedef struct
{
  EaselRecord *record;
  char        *label;
  /* A trace for Perfetto, not a run file. */
  gboolean     trace;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_object_unref (job->record);
  g_free (job->label);
  g_free (job);
}

/* On a worker: the record is finished, so no thread writes to it. */
static gboolean
save_write (GFile         *file,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  SaveJob *job = data;

  if (job->trace)
    return easel_trace_events_save (job->record, file, error);

  return easel_run_file_save (job->record, job->label, file, error);
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  g_autoptr(EaselAtelier) self = user_data;
  /* The job the dialog was opened for: the record then shown. */
  SaveJob *job = g_object_steal_data (G_OBJECT (dialog), "job");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      /* A run file names this machine as the settings say (an empty
       * name is none). */
      if (self->settings != NULL)
        job->label = g_settings_get_string (self->settings, "machine-label");
      easel_file_job_start (G_OBJECT (self), file, save_write, g_steal_pointer (&job), (GDestroyNotify) save_job_free,
                            _easel_atelier_file_done);
    }
  g_clear_pointer (&job, save_job_free);

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/* Save Run… and Export as Trace…: the page's record, finished, to a
 * file of the user's choice. */
static void
save_dialog (EaselAtelier *self,
             gboolean      trace)
{
  EaselRecord *record = easel_atelier_get_shown_record (self);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;
  guint n_results = 0;
  SaveJob *job;

  if (record != NULL)
    easel_record_get_results (record, &n_results);
  if (record == NULL || !easel_record_is_finished (record) || n_results == 0)
    {
      _easel_atelier_toast (self, _("Nothing measured on this page yet: run it first"));
      return;
    }

  name = g_strdup_printf ("easel-%s-%s%s", easel_record_get_scaling_params (record) != NULL ? "scaling" : "run", date,
                          trace ? EASEL_TRACE_EVENTS_SUFFIX : EASEL_RUN_FILE_SUFFIX);
  dialog = gtk_file_chooser_native_new (trace ? _("Export as Trace") : _("Save Run"),
                                        GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, trace ? _("_Export") : _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  if (trace)
    {
      filter = gtk_file_filter_new ();
      /* Translators: the file filter of Export as Trace…, for Perfetto and chrome://tracing */
      gtk_file_filter_set_name (filter, _("Trace (Perfetto, Chrome)"));
      gtk_file_filter_add_pattern (filter, "*" EASEL_TRACE_EVENTS_SUFFIX);
    }
  else
    filter = run_filter ();
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  job = g_new0 (SaveJob, 1);
  job->record = g_object_ref (record);
  job->trace = trace;
  g_object_set_data_full (G_OBJECT (dialog), "job", job, (GDestroyNotify) save_job_free);
  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
_easel_atelier_save_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  save_dialog (EASEL_ATELIER (widget), g_str_equal (action_name, "atelier.export-trace"));
}
