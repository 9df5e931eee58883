/* easel-slide-view.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One slide on screen: its title and text beside its live demonstration.
 * The demonstrations are the app's own widgets — an atelier or a CPU
 * panel of their own, set up for the slide — not pictures of them.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "easel-atelier.h"
#include "easel-comparison-view.h"
#include "easel-cores.h"
#include "easel-cpu-panel.h"
#include "easel-question-view.h"
#include "easel-scaling.h"
#include "easel-slide-view.h"
#include "easel-style.h"

struct _EaselSlideView
{
  GtkWidget   parent_instance;

  EaselSlide *slide;
  GtkWidget  *box;
  GtkWidget  *title;
  GtkWidget  *body;
  GtkWidget  *demo;
  /* Says when other programs would muddy the demonstration. */
  GtkWidget  *busy;
  /* The question before the demonstration, if it asks one. */
  GtkWidget  *question;
};

G_DEFINE_FINAL_TYPE (EaselSlideView, easel_slide_view, GTK_TYPE_WIDGET)

/* Small enough that a demonstration takes seconds on a projector. */

static GtkWidget *
atelier (EaselMode mode)
{
  return easel_atelier_new_standalone (mode, easel_demo_get_class_workload ());
}

/* An atelier of one mode, as @demo has it: its paintings may not dry,
 * its lanes may be threads. */
static GtkWidget *
atelier_for (const EaselDemo *demo)
{
  EaselWorkload workload;
  GtkWidget *atelier;

  easel_demo_get_workload (demo, easel_demo_get_class_workload (), &workload);
  atelier = easel_atelier_new_standalone (demo->mode, &workload);
  easel_atelier_set_lanes_by_thread (EASEL_ATELIER (atelier), demo->by_thread);

  return atelier;
}

/* "What this machine measured": the comparison slide's results, and until
 * there are any, a way to make them without leaving the slide. The pages
 * are "empty", "measuring" and "results"; the walkthrough switches them. */
static void
measured_page_cb (GtkStack   *stack,
                  GParamSpec *pspec,
                  GtkSpinner *spinner)
{
  gtk_spinner_set_spinning (spinner, g_strcmp0 (gtk_stack_get_visible_child_name (stack), "measuring") == 0);
}

static GtkWidget *
measured (void)
{
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *measure = gtk_button_new_with_mnemonic (_("_Measure Now"));
  GtkWidget *measuring = adw_status_page_new ();
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *results = easel_comparison_view_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *recorded = gtk_label_new (NULL);

  gtk_widget_add_css_class (stack, "card");
  gtk_stack_set_transition_type (GTK_STACK (stack), GTK_STACK_TRANSITION_TYPE_CROSSFADE);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "easel-comparison-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nothing Measured Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Press R to run every mode once on this computer: it takes about ten seconds"));
  gtk_widget_add_css_class (measure, "pill");
  gtk_widget_add_css_class (measure, "suggested-action");
  gtk_widget_set_halign (measure, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (measure), "walkthrough.measure");
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), measure);

  adw_status_page_set_title (ADW_STATUS_PAGE (measuring), _("Measuring…"));
  adw_status_page_set_description (ADW_STATUS_PAGE (measuring),
                                   _("The paintings are being made in every mode"));
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  adw_status_page_set_child (ADW_STATUS_PAGE (measuring), spinner);

  /* Runs opened from a file say where and when they were measured. */
  gtk_widget_set_vexpand (results, TRUE);
  gtk_label_set_wrap (GTK_LABEL (recorded), TRUE);
  gtk_label_set_xalign (GTK_LABEL (recorded), 0.0);
  gtk_widget_add_css_class (recorded, "heading");
  gtk_widget_set_visible (recorded, FALSE);
  gtk_widget_set_margin_start (recorded, 12);
  gtk_widget_set_margin_top (recorded, 6);
  gtk_box_append (GTK_BOX (box), recorded);
  gtk_box_append (GTK_BOX (box), results);

  gtk_stack_add_named (GTK_STACK (stack), empty, "empty");
  gtk_stack_add_named (GTK_STACK (stack), measuring, "measuring");
  gtk_stack_add_named (GTK_STACK (stack), box, "results");
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "empty");
  easel_stack_hide_unseen_pages (stack);
  /* A spinning spinner asks for every frame, even hidden in a stack. */
  g_signal_connect_object (stack, "notify::visible-child-name", G_CALLBACK (measured_page_cb), spinner, 0);

  return stack;
}

/* The live demonstration @demo describes, or NULL for none. */
static GtkWidget *
create_demo (const EaselDemo *demo)
{
  switch (demo->kind)
    {
    case EASEL_DEMO_HAMMER:
      {
        GtkWidget *panel = easel_cpu_panel_new_standalone (demo->threads, demo->hammer_mode);

        easel_cpu_panel_set_show_top (EASEL_CPU_PANEL (panel), demo->show_top);
        return panel;
      }
    case EASEL_DEMO_ATELIER:
      /* Its timeline has every core's load under it. */
      return atelier_for (demo);
    case EASEL_DEMO_COMPARE:
      return atelier (demo->mode);
    case EASEL_DEMO_SCALING:
      {
        GtkWidget *scaling = atelier (demo->mode);

        easel_atelier_show_only_scaling (EASEL_ATELIER (scaling));
        return scaling;
      }
    case EASEL_DEMO_MEASURED:
      return measured ();
    case EASEL_DEMO_NONE:
    default:
      return NULL;
    }
}

/* The question before @demo, under the slide's text, following the
 * demonstration to reveal its answer. */
static void
add_question (EaselSlideView  *self,
              const EaselDemo *demo)
{
  EaselWorkload workload;
  EaselCapacity capacity;
  EaselQuestion *question;

  if (self->demo == NULL)
    return;

  easel_demo_get_workload (demo, easel_demo_get_class_workload (), &workload);
  easel_capacity_init_default (&capacity);
  question = easel_question_new_for_demo (demo, &workload, &capacity);
  if (question == NULL)
    return;

  self->question = easel_question_view_new (question);
  easel_question_view_follow (EASEL_QUESTION_VIEW (self->question), self->demo, demo->kind);
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (self->body)), self->question);
}

/* The slide's question, or NULL for none. */
GtkWidget *
easel_slide_view_get_question (EaselSlideView *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE_VIEW (self), NULL);

  return self->question;
}

/* What R (and H) do on a slide with @demo, shown under its text; NULL
 * for a slide without a demonstration. */
static const char *
get_key_hint (const EaselDemo *demo)
{
  switch (demo->kind)
    {
    case EASEL_DEMO_HAMMER:
      /* The cores slide shows the machine at rest: nothing to start. */
      return demo->threads > 0 ? _("Press R or H to start or stop the hammer") : NULL;
    case EASEL_DEMO_ATELIER:
      return _("Press R to run the paintings");
    case EASEL_DEMO_SCALING:
      return _("Press R to measure the curve");
    case EASEL_DEMO_COMPARE:
    case EASEL_DEMO_MEASURED:
      return _("Press R to run every mode");
    case EASEL_DEMO_NONE:
    default:
      return NULL;
    }
}

GtkWidget *
easel_slide_view_new (EaselSlide *slide)
{
  EaselSlideView *self;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (EASEL_IS_SLIDE (slide), NULL);

  self = g_object_new (EASEL_TYPE_SLIDE_VIEW, NULL);
  self->slide = g_object_ref (slide);

  title = easel_slide_dup_title (slide);
  gtk_label_set_label (GTK_LABEL (self->title), title);
  body = easel_slide_dup_body (slide);
  gtk_label_set_label (GTK_LABEL (self->body), body);

  {
    EaselDemo demo = easel_slide_get_demo_info (slide);
    const char *hint = get_key_hint (&demo);

    self->demo = create_demo (&demo);
    add_question (self, &demo);
    if (hint != NULL)
      {
        GtkWidget *label = gtk_label_new (hint);

        gtk_label_set_wrap (GTK_LABEL (label), TRUE);
        gtk_label_set_xalign (GTK_LABEL (label), 0.0);
        gtk_widget_set_vexpand (label, TRUE);
        gtk_widget_set_valign (label, GTK_ALIGN_END);
        gtk_widget_add_css_class (label, "slide-notes");
        gtk_box_append (GTK_BOX (gtk_widget_get_parent (self->body)), label);
      }
    if (self->demo != NULL)
      {
        self->busy = gtk_label_new (NULL);
        gtk_label_set_wrap (GTK_LABEL (self->busy), TRUE);
        gtk_label_set_xalign (GTK_LABEL (self->busy), 0.0);
        gtk_widget_set_visible (self->busy, FALSE);
        gtk_widget_add_css_class (self->busy, "slide-notes");
        gtk_widget_add_css_class (self->busy, "warning");
        gtk_box_append (GTK_BOX (gtk_widget_get_parent (self->body)), self->busy);
      }
  }
  if (self->demo != NULL)
    {
      gtk_widget_add_css_class (self->demo, "slide-demo");
      gtk_widget_set_hexpand (self->demo, TRUE);
      gtk_widget_set_vexpand (self->demo, TRUE);
      gtk_box_append (GTK_BOX (self->box), self->demo);
    }
  else
    {
      /* A slide of text alone has the whole width. */
      gtk_label_set_max_width_chars (GTK_LABEL (self->body), 60);
      gtk_widget_set_hexpand (gtk_widget_get_parent (self->body), TRUE);
    }

  return GTK_WIDGET (self);
}

EaselSlide *
easel_slide_view_get_slide (EaselSlideView *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE_VIEW (self), NULL);

  return self->slide;
}

/* Names the slide as a screen reader says it when it comes into view,
 * "Slide 3 of 14: Every core busy". */
void
easel_slide_view_set_position (EaselSlideView *self,
                               guint           position,
                               guint           n_slides)
{
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (EASEL_IS_SLIDE_VIEW (self));

  title = easel_slide_dup_title (self->slide);
  /* Translators: a slide as a screen reader names it, "Slide 3 of 14: Every core busy" */
  name = g_strdup_printf (_("Slide %u of %u: %s"), position + 1, n_slides, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* The slide's demonstration widget, or NULL. */
GtkWidget *
easel_slide_view_get_demo (EaselSlideView *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE_VIEW (self), NULL);

  return self->demo;
}

/* The slide's demonstration if it is a @type, or the @type within it (an
 * atelier with its load plot), or NULL. */
GtkWidget *
easel_slide_view_find_demo (EaselSlideView *self,
                            GType           type)
{
  g_return_val_if_fail (EASEL_IS_SLIDE_VIEW (self), NULL);

  if (self->demo == NULL || G_TYPE_CHECK_INSTANCE_TYPE (self->demo, type))
    return self->demo;

  return NULL;
}

/* Whether any of the slide is in view. A carousel keeps every page mapped;
 * a slide out of view is unmapped here, so that its demonstration stops
 * sampling and hammering and animates nothing — a run it started goes
 * on, unseen, and a hammer stops as a slide's should when the slide goes. */
void
easel_slide_view_set_in_view (EaselSlideView *self,
                              gboolean        in_view)
{
  g_return_if_fail (EASEL_IS_SLIDE_VIEW (self));

  in_view = !!in_view;
  if (in_view == gtk_widget_get_child_visible (self->box))
    return;

  gtk_widget_set_child_visible (self->box, in_view);
  /* Screen readers, too, see only the slide in view. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_HIDDEN, !in_view, -1);
  /* GTK does not restyle what is out of view: a change of class makes the
   * slide pick up type sizes set meanwhile (see EaselWalkthrough). */
  if (in_view)
    gtk_widget_add_css_class (self->box, "in-view");
  else
    gtk_widget_remove_css_class (self->box, "in-view");
  /* A child out of view has no allocation; it needs one again. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Whether @free differs from @usable by more than EASEL_RUN_OTHERS_CHANGE
 * of it: a figure on the slide would change that much. */
static gboolean
changes (double usable,
         double free)
{
  return fabs (free - usable) > EASEL_RUN_OTHERS_CHANGE * usable;
}

/* The hammer slides: the machine's total counts the others too. */
static char *
forecast_hammer (const EaselDemo *demo,
                 const char      *other,
                 double           other_cores,
                 double           usable)
{
  g_autofree char *share = NULL;

  if (other_cores <= EASEL_RUN_OTHERS_CHANGE * usable)
    return NULL;
  if (demo->threads == 0)
    /* Translators: on the slide of the cores at rest, "Other programs are using 0.9 cores: the cores
     * will not look idle" */
    return g_strdup_printf (_("Other programs are using %s cores: the cores will not look idle"), other);

  share = g_strdup_printf ("%.0f", 100.0 * other_cores / usable);
  /* Translators: on a hammer slide, "Other programs are using 0.9 cores: the whole machine will read
   * 45 % above the hammer's own share, which the headline gives" */
  return g_strdup_printf (_("Other programs are using %s cores: the whole machine will read %s %% above the hammer’s own share, which the headline gives"),
                          other, share);
}

/* A slide that runs the paintings in one mode: their time. */
static char *
forecast_atelier (const EaselDemo     *demo,
                  const char          *other,
                  const EaselCapacity *capacity,
                  const EaselCapacity *free)
{
  EaselWorkload workload;
  double usable_ms, free_ms;
  g_autofree char *usable_text = NULL;
  g_autofree char *free_text = NULL;

  /* The slide's own workload: the first has no drying. */
  easel_demo_get_workload (demo, easel_demo_get_class_workload (), &workload);
  usable_ms = easel_schedule_predict_ms (demo->mode, &workload, capacity);
  free_ms = easel_schedule_predict_ms (demo->mode, &workload, free);

  if (!changes (usable_ms, free_ms))
    return NULL;
  usable_text = easel_format_seconds (usable_ms, 10);
  free_text = easel_format_seconds (free_ms, 10);
  /* Translators: on a slide that runs the paintings, "Other programs are using 0.9 cores: Parallel will
   * take about 1.40 s instead of 0.80 s" */
  return g_strdup_printf (_("Other programs are using %s cores: %s will take about %s instead of %s"),
                          other, easel_mode_get_title (demo->mode), free_text, usable_text);
}

/* The comparison slide: parallel's speed-up. */
static char *
forecast_compare (const char          *other,
                  const EaselCapacity *capacity,
                  const EaselCapacity *free)
{
  double usable_speedup = easel_schedule_predict_ms (EASEL_MODE_SEQUENTIAL, easel_demo_get_class_workload (), capacity) /
                          easel_schedule_predict_ms (EASEL_MODE_PARALLEL, easel_demo_get_class_workload (), capacity);
  double free_speedup = easel_schedule_predict_ms (EASEL_MODE_SEQUENTIAL, easel_demo_get_class_workload (), free) /
                        easel_schedule_predict_ms (EASEL_MODE_PARALLEL, easel_demo_get_class_workload (), free);

  if (!changes (usable_speedup, free_speedup))
    return NULL;
  /* Translators: on the comparison slide, "Other programs are using 0.9 cores: Parallel's speed-up
   * will read about 1.6× instead of 2.3×" */
  return g_strdup_printf (_("Other programs are using %s cores: %s’s speed-up will read about %.1f× instead of %.1f×"),
                          other, easel_mode_get_title (EASEL_MODE_PARALLEL), free_speedup, usable_speedup);
}

/* The scaling slide: the speed-up where the workers fill the cores. */
static char *
forecast_scaling (const char          *other,
                  const EaselCapacity *capacity,
                  const EaselCapacity *free)
{
  EaselScalingParams params;
  guint workers = MAX (2, (guint) ceil (capacity->usable));
  double usable_speedup, free_speedup;

  easel_scaling_params_init (&params, capacity->usable);
  workers = MIN (workers, params.max_workers);
  usable_speedup = easel_scaling_predict (&params, EASEL_MODE_PARALLEL, 1, capacity) /
                   easel_scaling_predict (&params, EASEL_MODE_PARALLEL, workers, capacity);
  free_speedup = easel_scaling_predict (&params, EASEL_MODE_PARALLEL, 1, free) /
                 easel_scaling_predict (&params, EASEL_MODE_PARALLEL, workers, free);
  if (!changes (usable_speedup, free_speedup))
    return NULL;

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: on the scaling slide, "Other programs are using
                                        * 0.9 cores: Parallel with 2 workers will read about 1.1× instead
                                        * of 2.0×" */
                                       "Other programs are using %s cores: %s with %u worker will read about %.1f× instead of %.1f×",
                                       "Other programs are using %s cores: %s with %u workers will read about %.1f× instead of %.1f×",
                                       workers),
                          other, easel_mode_get_title (EASEL_MODE_PARALLEL), workers, free_speedup, usable_speedup);
}

/* What @other_cores taken by other programs will change in @demo, where
 * they change a figure it shows by more than EASEL_RUN_OTHERS_CHANGE
 * (the model on the cores they leave free against the usable ones); else
 * NULL. */
static char *
dup_forecast (const EaselDemo *demo,
              double           other_cores)
{
  EaselCapacity default_capacity;
  const EaselCapacity *capacity = &default_capacity;
  g_autofree char *other = easel_cores_format (other_cores);
  EaselCapacity free;

  if (other_cores <= EASEL_CAPACITY_OTHERS_MIN)
    return NULL;
  easel_capacity_init_default (&default_capacity);
  easel_capacity_left_free (capacity, other_cores, &free);

  switch (demo->kind)
    {
    case EASEL_DEMO_HAMMER:
      return forecast_hammer (demo, other, other_cores, capacity->usable);
    case EASEL_DEMO_ATELIER:
      return forecast_atelier (demo, other, capacity, &free);
    case EASEL_DEMO_COMPARE:
      return forecast_compare (other, capacity, &free);
    case EASEL_DEMO_SCALING:
      return forecast_scaling (other, capacity, &free);
    case EASEL_DEMO_MEASURED:
    case EASEL_DEMO_NONE:
    default:
      return NULL;
    }
}

/* Other programs are using @other_cores, now: on a slide with a
 * demonstration, the slide says what they will change in it, where they
 * change a figure it shows by more than a twentieth, and is silent
 * otherwise (a warning that shows on a clean picture teaches teachers to
 * ignore it). */
void
easel_slide_view_set_other_programs (EaselSlideView *self,
                                     double          other_cores)
{
  EaselDemo demo;
  g_autofree char *text = NULL;

  g_return_if_fail (EASEL_IS_SLIDE_VIEW (self));

  if (self->busy == NULL)
    return;

  demo = easel_slide_get_demo_info (self->slide);
  text = dup_forecast (&demo, other_cores);
  if (text != NULL)
    gtk_label_set_label (GTK_LABEL (self->busy), text);
  gtk_widget_set_visible (self->busy, text != NULL);
}

/* The warning of easel_slide_view_set_other_programs(), or NULL. */
const char *
easel_slide_view_get_other_programs_text (EaselSlideView *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE_VIEW (self), NULL);

  return self->busy != NULL && gtk_widget_get_visible (self->busy) ? gtk_label_get_label (GTK_LABEL (self->busy)) : NULL;
}

gboolean
easel_slide_view_get_in_view (EaselSlideView *self)
{
  g_return_val_if_fail (EASEL_IS_SLIDE_VIEW (self), FALSE);

  return gtk_widget_get_child_visible (self->box);
}

static void
easel_slide_view_dispose (GObject *object)
{
  EaselSlideView *self = EASEL_SLIDE_VIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->slide);

  G_OBJECT_CLASS (easel_slide_view_parent_class)->dispose (object);
}

static void
easel_slide_view_class_init (EaselSlideViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = easel_slide_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "slide");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* The text grew: where the question's answer appeared, it is shown. */
static void
text_grew_cb (EaselSlideView *self,
              GParamSpec     *pspec,
              GtkAdjustment  *adjustment)
{
  if (self->question != NULL && easel_question_view_get_reveal (EASEL_QUESTION_VIEW (self->question)) != NULL)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static void
easel_slide_view_init (EaselSlideView *self)
{
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *scroller;

  /* Focus moves to the slide in view, so that a screen reader says
   * which it is. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  gtk_widget_set_margin_start (self->box, 24);
  gtk_widget_set_margin_end (self->box, 24);
  gtk_widget_set_margin_top (self->box, 24);
  gtk_widget_set_margin_bottom (self->box, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  /* A heading to a screen reader, not a label. */
  self->title = g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  /* Given room, wide enough to read at a glance; without, narrower rather
   * than pushing the demonstration off a projector's screen. */
  gtk_label_set_width_chars (GTK_LABEL (self->title), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (self->title), 20);
  gtk_widget_add_css_class (self->title, "slide-title");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);

  self->body = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->body), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->body), 0);
  gtk_label_set_width_chars (GTK_LABEL (self->body), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (self->body), 30);
  gtk_widget_add_css_class (self->body, "slide-body");

  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (text, "slide-text");
  gtk_box_append (GTK_BOX (text), self->title);
  gtk_box_append (GTK_BOX (text), self->body);

  /* On a projector of 720 lines, a title, its text, a question and its
   * answer can be taller than the screen: the text scrolls rather than
   * making the window taller than the screen, which cut off its foot and
   * the slide's controls. */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), text);
  gtk_box_append (GTK_BOX (self->box), scroller);
  /* What the text grows by at the end (the answer, after a run) is
   * scrolled to. */
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), "notify::upper",
                           G_CALLBACK (text_grew_cb), self, G_CONNECT_SWAPPED);
}
