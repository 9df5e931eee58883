/* easel-preferences-window.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences, each row bound to a key of the GSettings schema.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "easel-preferences-window.h"

/* A combo row offers a few values of an unsigned key. Whatever value the
 * key holds (set by hand with gsettings, say), the row shows the nearest
 * choice rather than nothing. */
typedef struct
{
  const char  *key;
  const guint *values;
  guint        n_values;
} Choices;

/* Must match the items of the rows in easel-preferences-window.ui. */
static const guint sample_intervals[] = { 100, 250, 500, 1000 };
static const guint hammer_timeouts[] = { 30, 60, 120, 300, 600, 1800 };

static const Choices sample_interval_choices = {
  "sample-interval", sample_intervals, G_N_ELEMENTS (sample_intervals)
};
static const Choices hammer_timeout_choices = {
  "hammer-timeout", hammer_timeouts, G_N_ELEMENTS (hammer_timeouts)
};

struct _EaselPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *sample_interval_row;
  AdwComboRow          *hammer_timeout_row;
  AdwEntryRow          *machine_label_row;
  GtkButton            *host_name_button;
};

G_DEFINE_FINAL_TYPE (EaselPreferencesWindow, easel_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

EaselPreferencesWindow *
easel_preferences_window_new (GtkWindow *transient_for)
{
  g_return_val_if_fail (transient_for == NULL || GTK_IS_WINDOW (transient_for), NULL);

  return g_object_new (EASEL_TYPE_PREFERENCES_WINDOW,
                       "transient-for", transient_for,
                       NULL);
}

static gboolean
choice_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const Choices *choices = user_data;
  guint stored = g_variant_get_uint32 (variant);
  guint nearest = 0;

  for (guint i = 1; i < choices->n_values; i++)
    {
      guint d_i = ABS ((int) choices->values[i] - (int) stored);
      guint d_nearest = ABS ((int) choices->values[nearest] - (int) stored);

      if (d_i < d_nearest)
        nearest = i;
    }

  g_value_set_uint (value, nearest);

  return TRUE;
}

static GVariant *
choice_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const Choices *choices = user_data;
  guint selected = g_value_get_uint (value);

  if (selected >= choices->n_values)
    return NULL;

  return g_variant_new_uint32 (choices->values[selected]);
}

static void
bind_choices (EaselPreferencesWindow *self,
              AdwComboRow            *row,
              const Choices          *choices)
{
  g_assert (g_list_model_get_n_items (adw_combo_row_get_model (row)) == choices->n_values);

  g_settings_bind_with_mapping (self->settings, choices->key,
                                row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                choice_get_mapping,
                                choice_set_mapping,
                                (gpointer) choices, NULL);
}

static void
easel_preferences_window_dispose (GObject *object)
{
  EaselPreferencesWindow *self = EASEL_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), EASEL_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (easel_preferences_window_parent_class)->dispose (object);
}

static void
use_host_name_cb (EaselPreferencesWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->machine_label_row), g_get_host_name ());
}

static void
easel_preferences_window_class_init (EaselPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = easel_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/easel-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EaselPreferencesWindow, sample_interval_row);
  gtk_widget_class_bind_template_child (widget_class, EaselPreferencesWindow, hammer_timeout_row);
  gtk_widget_class_bind_template_child (widget_class, EaselPreferencesWindow, machine_label_row);
  gtk_widget_class_bind_template_child (widget_class, EaselPreferencesWindow, host_name_button);
}

static void
easel_preferences_window_init (EaselPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);

  bind_choices (self, self->sample_interval_row, &sample_interval_choices);
  bind_choices (self, self->hammer_timeout_row, &hammer_timeout_choices);
  /* No name unless the user gives one: the host name only on request. */
  g_settings_bind (self->settings, "machine-label", self->machine_label_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->host_name_button, "clicked", G_CALLBACK (use_host_name_cb), self, G_CONNECT_SWAPPED);
}
