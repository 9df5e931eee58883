/* easel-walkthrough.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The two lectures as slides, each with its live demonstration, driven by
 * a presentation clicker: Page Down and Page Up (and the arrows, Space,
 * Home, End), N for the speaker's notes, F5 to present, Escape to go back.
 * The type follows the window's height, so a 1280×720 projector shows body
 * text of at least 28 pixels while presenting.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "easel-atelier.h"
#include "easel-cores.h"
#include "easel-cpu-panel.h"
#include "easel-cpu-sampler.h"
#include "easel-question-view.h"
#include "easel-slide-view.h"
#include "easel-style.h"
#include "easel-walkthrough.h"

struct _EaselWalkthrough
{
  GtkWidget    parent_instance;

  GListModel  *slides;
  /* The slides' type, as CSS, so that labels measure in the same font;
   * scoped to this walkthrough by a class of its own. */
  GtkCssProvider *css;
  char           *css_class;
  /* The slide shown or being scrolled to: quick presses of a clicker
   * count from here, not from where an animation happens to be. */
  guint        position;
  /* The body text's size on screen, and the size the last allocation
   * asked for, applied at the next idle. */
  double       text_size;
  double       wanted_text_size;
  /* Presenting, no text of a demonstration is smaller than this: 2.2 %
   * of the screen's height, 16 pixels on a 720-line projector. */
  double       min_text_size;
  double       wanted_min_text_size;
  /* The text's column: the same on every slide, so that the figures do
   * not jump from slide to slide. */
  double       text_width;
  double       wanted_text_width;
  guint        layout_idle;
  gboolean     presenting;
  /* A carousel places its pages when it is first allocated; a slide asked
   * for before then is scrolled to at that allocation. */
  gboolean     scroll_pending;

  /* Template widgets */
  GtkWidget   *box;
  AdwCarousel *carousel;
  GtkRevealer *notes_revealer;
  GtkLabel    *notes_label;
  GtkLabel    *counter;

  /* The comparison slide's atelier, which "What this machine measured"
   * reports on and can start. */
  EaselAtelier *compare;
  /* "What this machine measured": its stack of pages (see
   * easel-slide-view.c). */
  GtkStack     *measured;

  /* Other programs' share of the machine, sampled while the slides are
   * shown, for the slides to say when it would muddy their picture. */
  EaselCpuSampler *sampler;
};

G_DEFINE_FINAL_TYPE (EaselWalkthrough, easel_walkthrough, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
easel_walkthrough_new (void)
{
  return g_object_new (EASEL_TYPE_WALKTHROUGH, NULL);
}

guint
easel_walkthrough_get_n_slides (EaselWalkthrough *self)
{
  g_return_val_if_fail (EASEL_IS_WALKTHROUGH (self), 0);

  return adw_carousel_get_n_pages (self->carousel);
}

/* The slide shown, from 0. */
guint
easel_walkthrough_get_position (EaselWalkthrough *self)
{
  g_return_val_if_fail (EASEL_IS_WALKTHROUGH (self), 0);

  return self->position;
}

GtkWidget *
easel_walkthrough_get_slide_view (EaselWalkthrough *self,
                                  guint             position)
{
  g_return_val_if_fail (EASEL_IS_WALKTHROUGH (self), NULL);
  g_return_val_if_fail (position < easel_walkthrough_get_n_slides (self), NULL);

  return adw_carousel_get_nth_page (self->carousel, position);
}

static void tell_other_programs (EaselWalkthrough *self);

static void
update_slide (EaselWalkthrough *self,
              guint             position)
{
  EaselSlideView *view = EASEL_SLIDE_VIEW (adw_carousel_get_nth_page (self->carousel, position));
  g_autofree char *counter = NULL;
  g_autofree char *notes = easel_slide_dup_speaker_notes (easel_slide_view_get_slide (view));

  /* Translators: the slide counter, "3 / 12" */
  counter = g_strdup_printf (_("%u / %u"), position + 1, easel_walkthrough_get_n_slides (self));
  gtk_label_set_label (self->counter, counter);
  gtk_label_set_label (self->notes_label, notes);
  tell_other_programs (self);

  /* Where the keys are (on the walkthrough, as Page Down was pressed),
   * focus follows the slide: a screen reader says which slide it is. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      (gtk_widget_get_state_flags (GTK_WIDGET (self)) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0)
    gtk_widget_grab_focus (GTK_WIDGET (view));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

static void
page_changed_cb (EaselWalkthrough *self,
                 guint             index)
{
  /* Also when swiped by hand; not for the carousel's own first page
   * while a slide it cannot place yet is waiting. */
  if (self->scroll_pending)
    return;

  self->position = index;
  update_slide (self, index);
}

/* Only the slides the carousel shows, one or two while it scrolls, are
 * live. */
static void
carousel_position_cb (EaselWalkthrough *self)
{
  double position = adw_carousel_get_position (self->carousel);

  for (guint i = 0; i < adw_carousel_get_n_pages (self->carousel); i++)
    easel_slide_view_set_in_view (EASEL_SLIDE_VIEW (adw_carousel_get_nth_page (self->carousel, i)),
                                  fabs (i - position) < 1.0);
}

/* Shows slide @position (clamped to the deck). */
void
easel_walkthrough_go_to (EaselWalkthrough *self,
                         guint             position,
                         gboolean          animate)
{
  guint n;

  g_return_if_fail (EASEL_IS_WALKTHROUGH (self));

  n = easel_walkthrough_get_n_slides (self);
  if (n == 0)
    return;

  position = MIN (position, n - 1);
  self->position = position;
  self->scroll_pending = gtk_widget_get_width (GTK_WIDGET (self->carousel)) == 0;
  if (!self->scroll_pending)
    adw_carousel_scroll_to (self->carousel, adw_carousel_get_nth_page (self->carousel, position),
                            animate && gtk_widget_get_mapped (GTK_WIDGET (self)));
  update_slide (self, position);
}

static void
navigate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EaselWalkthrough *self = EASEL_WALKTHROUGH (widget);
  guint position = easel_walkthrough_get_position (self);
  guint n = easel_walkthrough_get_n_slides (self);

  if (g_str_equal (action_name, "walkthrough.next"))
    position = MIN (position + 1, n - 1);
  else if (g_str_equal (action_name, "walkthrough.previous"))
    position = position > 0 ? position - 1 : 0;
  else if (g_str_equal (action_name, "walkthrough.first"))
    position = 0;
  else if (g_str_equal (action_name, "walkthrough.last"))
    position = n - 1;

  easel_walkthrough_go_to (self, position, TRUE);
}

static void
notes_revealed_cb (EaselWalkthrough *self)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->notes_label), GTK_ACCESSIBLE_STATE_HIDDEN,
                               !gtk_revealer_get_reveal_child (self->notes_revealer), -1);
}

static void
toggle_notes_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EaselWalkthrough *self = EASEL_WALKTHROUGH (widget);

  gtk_revealer_set_reveal_child (self->notes_revealer, !gtk_revealer_get_reveal_child (self->notes_revealer));
}

gboolean
easel_walkthrough_get_presenting (EaselWalkthrough *self)
{
  g_return_val_if_fail (EASEL_IS_WALKTHROUGH (self), FALSE);

  return self->presenting;
}

/* Presenting, the type is larger (the window decides fullscreen). */
void
easel_walkthrough_set_presenting (EaselWalkthrough *self,
                                  gboolean          presenting)
{
  g_return_if_fail (EASEL_IS_WALKTHROUGH (self));

  self->presenting = !!presenting;
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  /* Presenting, the hammer slides add each core's load as bars. */
  for (guint i = 0; i < easel_walkthrough_get_n_slides (self); i++)
    {
      EaselSlideView *view = EASEL_SLIDE_VIEW (adw_carousel_get_nth_page (self->carousel, i));
      GtkWidget *demo = easel_slide_view_get_demo (view);

      if (EASEL_IS_CPU_PANEL (demo))
        easel_cpu_panel_set_show_bars (EASEL_CPU_PANEL (demo), self->presenting);
    }
}

/* The body text's size in pixels now. */
double
easel_walkthrough_get_text_size (EaselWalkthrough *self)
{
  g_return_val_if_fail (EASEL_IS_WALKTHROUGH (self), 0.0);

  return self->text_size;
}

/* Applies what the last allocation asked for: the type size (a CSS
 * provider scoped to this walkthrough). */
static gboolean
apply_layout_cb (gpointer user_data)
{
  EaselWalkthrough *self = user_data;
  g_autoptr(GString) css = NULL;

  self->layout_idle = 0;
  self->text_size = self->wanted_text_size;
  self->text_width = self->wanted_text_width;
  self->min_text_size = self->wanted_min_text_size;
  easel_widget_set_min_text_size (GTK_WIDGET (self), self->min_text_size);

  css = g_string_new (NULL);
  g_string_append_printf (css,
                          ".%s .slide-title { font-size: %.0fpx; font-weight: bold; }\n"
                          ".%s .slide-body { font-size: %.0fpx; }\n"
                          ".%s .slide-notes { font-size: %.0fpx; }\n"
                          ".%s .slide-number { font-size: %.0fpx; font-weight: bold; }\n"
                          ".%s .slide-counter { font-size: %.0fpx; font-weight: bold; }\n"
                          ".%s .slide-text { min-width: %.0fpx; }\n"
                          /* The charts' own text, with the slide's type. */
                          ".%s ganttview, .%s loadplot, .%s comparisonview, .%s scalingview { font-size: %.0fpx; }\n"
                          ".%s statuspage .title { font-size: %.0fpx; }\n"
                          ".%s statuspage .description, .%s statuspage button { font-size: %.0fpx; }\n"
                          /* A slide's question, its choices and the reveal. */
                          ".%s .slide-question { font-size: %.0fpx; font-weight: bold; }\n"
                          ".%s .slide-choice, .%s .slide-reveal { font-size: %.0fpx; }\n",
                          self->css_class, self->text_size * 1.6,
                          self->css_class, self->text_size,
                          self->css_class, self->text_size * 0.75,
                          self->css_class, self->text_size,
                          self->css_class, self->text_size * 0.75,
                          self->css_class, self->text_width,
                          self->css_class, self->css_class, self->css_class, self->css_class, self->text_size * 0.7,
                          self->css_class, self->text_size * 1.2,
                          self->css_class, self->css_class, self->text_size * 0.75,
                          self->css_class, self->text_size * 0.7,
                          self->css_class, self->css_class, self->text_size * 0.62);
  /* Presenting, the demonstrations' own controls and labels too. */
  if (self->min_text_size > 0)
    g_string_append_printf (css, ".%s .slide-demo, .%s .slide-demo .heading { font-size: %.0fpx; }\n",
                            self->css_class, self->css_class, MAX (self->min_text_size, self->text_size * 0.6));
  gtk_css_provider_load_from_data (self->css, css->str, -1);

  return G_SOURCE_REMOVE;
}

static void
easel_walkthrough_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  gtk_widget_measure (EASEL_WALKTHROUGH (widget)->box, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* No layout manager: the allocation is where the type is sized. */
static void
easel_walkthrough_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  EaselWalkthrough *self = EASEL_WALKTHROUGH (widget);
  /* A 720-pixel projector gets 30-pixel body text while presenting; a
   * narrow screen or window gets less, so that the slides still fit it. */
  double size = self->presenting ? CLAMP (MIN (height / 24.0, width / 40.0), 14.0, 60.0)
                                 : CLAMP (MIN (height / 34.0, width / 40.0), 14.0, 30.0);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
  if (self->scroll_pending)
    {
      self->scroll_pending = FALSE;
      adw_carousel_scroll_to (self->carousel, adw_carousel_get_nth_page (self->carousel, self->position), FALSE);
      gtk_widget_allocate (self->box, width, height, baseline, NULL);
    }

  /* Labels change size outside of the allocation: right after it, at a
   * priority that frames being drawn cannot starve. */
  self->wanted_text_size = round (size);
  self->wanted_min_text_size = self->presenting ? ceil (height * 0.022) : 0.0;
  self->wanted_text_width = round (width * 0.34);
  if ((fabs (self->wanted_text_size - self->text_size) >= 0.5 || fabs (self->wanted_text_width - self->text_width) >= 1.0 ||
       self->wanted_min_text_size != self->min_text_size) &&
      self->layout_idle == 0)
    self->layout_idle = g_idle_add_full (G_PRIORITY_DEFAULT, apply_layout_cb, self, NULL);
}

/* "What this machine measured" shows the comparison slide's runs: while
 * they run, that they are running; after, their results, if any. */
static void
compare_running_cb (EaselAtelier *compare,
                    GParamSpec   *pspec,
                    GtkStack     *measured)
{
  GtkWidget *box = gtk_stack_get_child_by_name (measured, "results");
  EaselComparisonView *results = EASEL_COMPARISON_VIEW (gtk_widget_get_last_child (box));
  EaselRecord *record = easel_atelier_get_comparison (compare);
  guint n_rows = 0;

  if (easel_atelier_is_running (compare))
    {
      gtk_stack_set_visible_child_name (measured, "measuring");
      return;
    }

  /* The very record the comparison slide shows. Stopped before any
   * mode finished: what was there stays. */
  if (record != NULL)
    easel_record_get_results (record, &n_rows);
  if (n_rows > 0)
    {
      easel_comparison_view_set_record (results, record);
      /* Measured here now: no longer the recorded runs. */
      gtk_widget_set_visible (gtk_widget_get_first_child (box), FALSE);
    }

  record = easel_comparison_view_get_record (results);
  easel_record_get_results (record, &n_rows);
  gtk_stack_set_visible_child_name (measured, n_rows > 0 ? "results" : "empty");
}

/* Runs opened from a file (every mode of one machine's, say the lab
 * machine's) stand on "What this machine measured" — with where and
 * when they were recorded — until the comparison slide measures here.
 * NULL takes them off. */
void
easel_walkthrough_show_recorded (EaselWalkthrough *self,
                                 EaselRecord      *record)
{
  GtkWidget *box, *label;
  EaselComparisonView *results;
  const EaselMachine *machine;

  g_return_if_fail (EASEL_IS_WALKTHROUGH (self));
  g_return_if_fail (record == NULL || EASEL_IS_RECORD (record));

  if (self->measured == NULL || (self->compare != NULL && easel_atelier_get_comparison (self->compare) != NULL))
    return;

  box = gtk_stack_get_child_by_name (self->measured, "results");
  label = gtk_widget_get_first_child (box);
  results = EASEL_COMPARISON_VIEW (gtk_widget_get_last_child (box));
  machine = record != NULL ? easel_record_get_machine (record) : NULL;
  if (machine == NULL)
    {
      gtk_widget_set_visible (label, FALSE);
      easel_comparison_view_set_record (results, NULL);
      gtk_stack_set_visible_child_name (self->measured, "empty");
      return;
    }

  {
    g_autofree char *name = easel_machine_dup_name (machine);
    g_autofree char *date = g_date_time_format (easel_record_get_date (record), "%Y-%m-%d");
    /* Translators: over the last slide's results when they come from a run file, whose text speaks of
     * this computer: "Recorded on the lab machine, 32 cores, 2026-12-08 — not on this computer" */
    g_autofree char *text = g_strdup_printf (_("Recorded on %s, %s — not on this computer"), name, date);

    gtk_label_set_label (GTK_LABEL (label), text);
  }
  gtk_widget_set_visible (label, TRUE);
  easel_comparison_view_set_record (results, record);
  gtk_stack_set_visible_child_name (self->measured, "results");
}

/* A to D on a slide with a question: the room's answer, as its show of
 * hands gave it. */
static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  EaselWalkthrough *self = EASEL_WALKTHROUGH (widget);
  EaselSlideView *view = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (self, self->position));
  GtkWidget *question = easel_slide_view_get_question (view);

  if (question != NULL)
    easel_question_view_choose (EASEL_QUESTION_VIEW (question), g_variant_get_int32 (parameter));
}

static void
measure_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EaselWalkthrough *self = EASEL_WALKTHROUGH (widget);

  if (self->compare != NULL && !easel_atelier_is_running (self->compare))
    gtk_widget_activate_action (GTK_WIDGET (self->compare), "atelier.run-all", NULL);
}

/* R on a slide: its demonstration. The hammer starts or stops, an
 * atelier runs (on the comparison slide, every mode; on the scaling
 * slide, the curve), and the measured slide measures. */
static void
run_demo_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  EaselWalkthrough *self = EASEL_WALKTHROUGH (widget);
  EaselSlideView *view = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (self, self->position));
  GtkWidget *demo = easel_slide_view_get_demo (view);

  switch (easel_slide_get_demo_info (easel_slide_view_get_slide (view)).kind)
    {
    case EASEL_DEMO_HAMMER:
      gtk_widget_activate_action (demo, "cpu.toggle-hammer", NULL);
      break;
    case EASEL_DEMO_ATELIER:
    case EASEL_DEMO_SCALING:
      gtk_widget_activate_action (demo, "atelier.run", NULL);
      break;
    case EASEL_DEMO_COMPARE:
    case EASEL_DEMO_MEASURED:
      measure_action (widget, NULL, NULL);
      break;
    case EASEL_DEMO_NONE:
    default:
      break;
    }
}

static void
tell_other_programs (EaselWalkthrough *self)
{
  EaselSlideView *view = EASEL_SLIDE_VIEW (easel_walkthrough_get_slide_view (self, self->position));
  EaselCpuSplit split;

  if (easel_cpu_sampler_get_n_samples (self->sampler) == 0)
    return;

  easel_cpu_sampler_get_split (self->sampler, &split);
  easel_slide_view_set_other_programs (view, split.other);
}

static void
easel_walkthrough_map (GtkWidget *widget)
{
  EaselWalkthrough *self = EASEL_WALKTHROUGH (widget);

  GTK_WIDGET_CLASS (easel_walkthrough_parent_class)->map (widget);
  easel_cpu_sampler_start (self->sampler);
}

static void
easel_walkthrough_unmap (GtkWidget *widget)
{
  EaselWalkthrough *self = EASEL_WALKTHROUGH (widget);

  easel_cpu_sampler_stop (self->sampler);
  GTK_WIDGET_CLASS (easel_walkthrough_parent_class)->unmap (widget);
}

static void
easel_walkthrough_dispose (GObject *object)
{
  EaselWalkthrough *self = EASEL_WALKTHROUGH (object);

  g_clear_object (&self->sampler);
  g_clear_handle_id (&self->layout_idle, g_source_remove);
  if (self->css != NULL)
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                   GTK_STYLE_PROVIDER (self->css));
  g_clear_object (&self->css);
  g_clear_pointer (&self->css_class, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), EASEL_TYPE_WALKTHROUGH);
  g_clear_object (&self->slides);

  G_OBJECT_CLASS (easel_walkthrough_parent_class)->dispose (object);
}

static void
easel_walkthrough_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EaselWalkthrough *self = EASEL_WALKTHROUGH (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The walkthrough's keys. Those taken before the focused widget sees
 * them (add_capture_keys()): a clicker's, and the slide's R and H. */
typedef struct
{
  guint       key;
  const char *action;
} WalkthroughKey;

static const WalkthroughKey capture_keys[] = {
  { GDK_KEY_Page_Down, "walkthrough.next" },
  { GDK_KEY_KP_Next, "walkthrough.next" },
  { GDK_KEY_space, "walkthrough.next" },
  { GDK_KEY_Page_Up, "walkthrough.previous" },
  { GDK_KEY_KP_Prior, "walkthrough.previous" },
  { GDK_KEY_r, "walkthrough.run-demo" },
  { GDK_KEY_h, "win.toggle-hammer" },
};

/* And bound to the walkthrough: Right, Left and Backspace still move the
 * text cursor in a focused spin button. */
static const WalkthroughKey bound_keys[] = {
  { GDK_KEY_Right, "walkthrough.next" },
  { GDK_KEY_Left, "walkthrough.previous" },
  { GDK_KEY_BackSpace, "walkthrough.previous" },
  { GDK_KEY_Home, "walkthrough.first" },
  { GDK_KEY_End, "walkthrough.last" },
  { GDK_KEY_n, "walkthrough.toggle-notes" },
  { GDK_KEY_Escape, "win.leave-walkthrough" },
};

static GQuark
forwarded_quark (void)
{
  return g_quark_from_static_string ("easel-walkthrough-forwarded");
}

static gboolean
forward_key_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   action)
{
  GtkWidget *walkthrough = g_object_get_qdata (G_OBJECT (widget), forwarded_quark ());

  return gtk_widget_activate_action (walkthrough, action, NULL);
}

static gboolean
forward_choice_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   choice)
{
  GtkWidget *walkthrough = g_object_get_qdata (G_OBJECT (widget), forwarded_quark ());

  return gtk_widget_activate_action (walkthrough, "walkthrough.choose", "i", GPOINTER_TO_INT (choice));
}

/* @widget (the presenter's window, while the slides are on another
 * screen) takes the walkthrough's keys, A to D and F5 among them, and
 * they act on @self, as if its own window had them. @widget keeps a
 * reference to @self. */
void
easel_walkthrough_forward_keys (EaselWalkthrough *self,
                                GtkWidget        *widget)
{
  GtkEventController *controller;
  const WalkthroughKey *tables[] = { capture_keys, bound_keys };
  const guint sizes[] = { G_N_ELEMENTS (capture_keys), G_N_ELEMENTS (bound_keys) };

  g_return_if_fail (EASEL_IS_WALKTHROUGH (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_qdata_full (G_OBJECT (widget), forwarded_quark (), g_object_ref (self), g_object_unref);
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    for (guint i = 0; i < sizes[t]; i++)
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                            gtk_shortcut_new (gtk_keyval_trigger_new (tables[t][i].key, 0),
                                                              gtk_callback_action_new (forward_key_cb,
                                                                                       (gpointer) tables[t][i].action,
                                                                                       NULL)));
  for (int i = 0; i < 4; i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_a + i, 0),
                                                            gtk_callback_action_new (forward_choice_cb,
                                                                                     GINT_TO_POINTER (i), NULL)));
  /* The walkthrough's window has F5; another window needs its own. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F5, 0),
                                                          gtk_callback_action_new (forward_key_cb, (gpointer) "win.present", NULL)));
  gtk_widget_add_controller (widget, controller);
}

static void
easel_walkthrough_class_init (EaselWalkthroughClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = easel_walkthrough_dispose;
  object_class->get_property = easel_walkthrough_get_property;
  widget_class->measure = easel_walkthrough_measure;
  widget_class->size_allocate = easel_walkthrough_size_allocate;
  widget_class->map = easel_walkthrough_map;
  widget_class->unmap = easel_walkthrough_unmap;

  /* The slide shown (or being scrolled to). */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/easel-walkthrough.ui");
  gtk_widget_class_bind_template_child (widget_class, EaselWalkthrough, box);
  gtk_widget_class_bind_template_child (widget_class, EaselWalkthrough, carousel);
  gtk_widget_class_bind_template_child (widget_class, EaselWalkthrough, notes_revealer);
  gtk_widget_class_bind_template_child (widget_class, EaselWalkthrough, notes_label);
  gtk_widget_class_bind_template_child (widget_class, EaselWalkthrough, counter);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);

  gtk_widget_class_install_action (widget_class, "walkthrough.next", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "walkthrough.previous", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "walkthrough.first", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "walkthrough.last", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "walkthrough.toggle-notes", NULL, toggle_notes_action);
  gtk_widget_class_install_action (widget_class, "walkthrough.measure", NULL, measure_action);
  gtk_widget_class_install_action (widget_class, "walkthrough.run-demo", NULL, run_demo_action);
  gtk_widget_class_install_action (widget_class, "walkthrough.choose", "i", choose_action);

  for (guint i = 0; i < G_N_ELEMENTS (bound_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, bound_keys[i].key, 0, bound_keys[i].action, NULL);

  gtk_widget_class_set_css_name (widget_class, "walkthrough");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* Keys that act before the focused widget sees them: a presentation
 * clicker's Page Down must turn the slide even when a spin button has the
 * focus, and R and H are the slide's, not a button's. */
static void
add_capture_keys (EaselWalkthrough *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (capture_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (capture_keys[i].key, 0),
                                                            gtk_named_action_new (capture_keys[i].action)));
  /* A to D: the room's answer to the slide's question. */
  for (int i = 0; i < 4; i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (GDK_KEY_a + i, 0),
                                                                           gtk_named_action_new ("walkthrough.choose"),
                                                                           "i", i));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
easel_walkthrough_init (EaselWalkthrough *self)
{
  GtkStack *measured = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  add_capture_keys (self);

  self->sampler = easel_cpu_sampler_new (g_getenv ("EASEL_PROC_STAT"));
  easel_cpu_sampler_set_interval (self->sampler, 1000);
  g_signal_connect_object (self->sampler, "sampled", G_CALLBACK (tell_other_programs), self, G_CONNECT_SWAPPED);

  self->slides = easel_slides_load ();
  for (guint i = 0; i < g_list_model_get_n_items (self->slides); i++)
    {
      g_autoptr(EaselSlide) slide = g_list_model_get_item (self->slides, i);
      GtkWidget *view = easel_slide_view_new (slide);
      EaselDemoKind demo = easel_slide_get_demo_info (slide).kind;

      adw_carousel_append (self->carousel, view);
      easel_slide_view_set_position (EASEL_SLIDE_VIEW (view), i, g_list_model_get_n_items (self->slides));

      if (demo == EASEL_DEMO_COMPARE)
        self->compare = EASEL_ATELIER (easel_slide_view_get_demo (EASEL_SLIDE_VIEW (view)));
      else if (demo == EASEL_DEMO_MEASURED)
        measured = self->measured = GTK_STACK (easel_slide_view_get_demo (EASEL_SLIDE_VIEW (view)));
    }

  g_signal_connect_object (self->carousel, "notify::position", G_CALLBACK (carousel_position_cb),
                           self, G_CONNECT_SWAPPED);
  carousel_position_cb (self);

  if (self->compare != NULL && measured != NULL)
    g_signal_connect_object (self->compare, "notify::running", G_CALLBACK (compare_running_cb), measured, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "walkthrough.measure", self->compare != NULL);

  {
    static guint last_id;

    self->css_class = g_strdup_printf ("walkthrough-%u", ++last_id);
    gtk_widget_add_css_class (GTK_WIDGET (self), self->css_class);
  }
  self->css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_widget_add_css_class (GTK_WIDGET (self->notes_label), "slide-notes");
  /* A named region to a screen reader; the notes only while shown. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Walkthrough"), -1);
  g_signal_connect_object (self->notes_revealer, "notify::reveal-child", G_CALLBACK (notes_revealed_cb), self,
                           G_CONNECT_SWAPPED);
  notes_revealed_cb (self);
  self->wanted_text_size = 20;
  apply_layout_cb (self);
  update_slide (self, 0);
  easel_widget_name_without_mnemonics (GTK_WIDGET (self));
}
