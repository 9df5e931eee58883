/* easel-load-plot-text.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The load in words: the headline over the plot (the work's own share
 * first, the machine's second, the lecture's two scales), and what other
 * programs change in it. The panel, the slides, the command line and
 * screen readers say the same.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "easel-load-plot.h"
#include "easel-series.h"

/* "52 % of the machine — 1.04 of 2 cores busy", every figure a share of the
 * @usable_cores; @detail (if not NULL) gets who uses them: "hammer 50 % ·
 * Easel 1 % · other programs 1 %". */
char *
easel_load_plot_headline (const EaselCpuSplit  *split,
                          double                usable_cores,
                          const char           *work_label,
                          char                **detail)
{
  double usable = MAX (usable_cores, 0.01);

  g_return_val_if_fail (split != NULL, NULL);

  if (detail != NULL && work_label != NULL && split->work >= 0.005)
    /* Translators: who uses the machine, under the panel's headline:
     * "hammer 50 % · Easel 1 % · other programs 1 %"; %s names the work
     * ("hammer", "paintings") */
    *detail = g_strdup_printf (_("%s %.0f %% · Easel %.0f %% · other programs %.0f %%"), work_label,
                               100.0 * split->work / usable, 100.0 * split->self / usable,
                               100.0 * split->other / usable);
  else if (detail != NULL)
    /* Translators: who uses the machine when nothing is demonstrated:
     * "Easel 1 % · other programs 2 %" */
    *detail = g_strdup_printf (_("Easel %.0f %% · other programs %.0f %%"),
                               100.0 * split->self / usable, 100.0 * split->other / usable);

  /* Translators: the panel's headline, "52 % of the machine — 1.04 of 2
   * cores busy"; the core count may be a fraction ("0.5") where a CPU
   * quota limits Easel. "% of the machine" and "cores busy" are the two
   * measures Easel uses everywhere: keep them the same throughout. */
  return g_strdup_printf (_("%.0f %% of the machine — %.2f of %g cores busy"),
                          100.0 * split->machine / usable, split->machine, round (usable * 100) / 100);
}

/* A share of the machine in per cent: "50", "8.3" (a small share keeps
 * its tenth, as the lecture's 8.3 % of twelve cores does). */
static char *
format_percent (double percent)
{
  return g_strdup_printf (percent >= 9.95 || percent < 0.05 ? "%.0f" : "%.1f", percent);
}

/* The work's own share first, by its own clocks: "The hammer: 1.00 core —
 * 1/2 = 50 % of this machine" (@work_title names it: "The hammer"). The
 * fraction is named where the work is within 0.03 of whole cores, as one
 * busy thread is. @whole (if not NULL) gets the machine's total second,
 * other programs named: "Whole machine 100 %: hammer 50 %, other programs
 * 48 %, Easel 2 %"; @scales (if not NULL) the lecture's two scales side
 * by side, as top counts a process and as the machine is counted: "100 %
 * of one core = 50 % of this machine (1 of 2 cores)". */
char *
easel_load_plot_work_headline (const EaselCpuSplit  *split,
                               double                usable_cores,
                               const char           *work_title,
                               const char           *work_label,
                               char                **whole,
                               char                **scales)
{
  double usable = MAX (usable_cores, 0.01);
  double work = MAX (split->work, 0.0);
  double whole_cores = round (work);
  g_autofree char *share = format_percent (100.0 * work / usable);
  g_autofree char *cores = g_strdup_printf ("%.2f", work);
  g_autofree char *unit = NULL;
  char *headline;

  g_return_val_if_fail (split != NULL && work_title != NULL, NULL);

  /* Translators: "1.00 core", "2.00 cores" */
  unit = g_strdup_printf (ngettext ("%s core", "%s cores", work < 1.005 ? 1 : 2), cores);

  if (whole_cores >= 1 && fabs (work - whole_cores) <= 0.03 && fabs (usable - round (usable)) < 0.005)
    {
      g_autofree char *exact = format_percent (100.0 * whole_cores / usable);

      /* Translators: the work's own share, first: "The hammer: 1.00 core —
       * 1/2 = 50 % of this machine"; the fraction is its cores over the
       * machine's */
      headline = g_strdup_printf (_("%s: %s — %.0f/%.0f = %s %% of this machine"),
                                  work_title, unit, whole_cores, round (usable), exact);
    }
  else
    {
      /* Translators: the work's own share, first: "The hammer: 0.80 core —
       * 40 % of this machine" */
      headline = g_strdup_printf (_("%s: %s — %s %% of this machine"), work_title, unit, share);
    }

  if (whole != NULL)
    {
      g_autofree char *machine = format_percent (100.0 * split->machine / usable);
      g_autofree char *self = format_percent (100.0 * split->self / usable);
      g_autofree char *other = format_percent (100.0 * split->other / usable);

      /* Translators: the machine's total, second, with who uses it:
       * "Whole machine 100 %: hammer 50 %, other programs 48 %, Easel 2 %" */
      *whole = g_strdup_printf (_("Whole machine %s %%: %s %s %%, other programs %s %%, Easel %s %%"),
                                machine, work_label != NULL ? work_label : work_title, share, other, self);
    }

  if (scales != NULL)
    {
      g_autofree char *of_core = format_percent (100.0 * work);
      g_autofree char *busy = easel_cores_format (work);
      g_autofree char *all = easel_cores_format (usable);

      /* Translators: the lecture's two scales side by side: a process row
       * in top or htop counts one core as 100 %; the machine counts all of
       * them. "100 % of one core = 50 % of this machine (1 of 2 cores)" */
      *scales = g_strdup_printf (_("%s %% of one core = %s %% of this machine (%s of %s cores)"),
                                 of_core, share, busy, all);
    }

  return headline;
}

/* Where other programs change the machine's figure by more than
 * EASEL_RUN_OTHERS_CHANGE of it, what it changes: "Other programs took
 * 0.96 cores: the whole machine reads 99 % where the hammer alone uses
 * 50 %" (@work_name names the work: "the hammer"); else NULL. */
char *
easel_load_plot_dup_others_note (const EaselCpuSplit *split,
                                 double               usable_cores,
                                 const char          *work_name)
{
  double usable = MAX (usable_cores, 0.01);
  g_autofree char *other = NULL;
  g_autofree char *machine = NULL;
  g_autofree char *work = NULL;

  g_return_val_if_fail (split != NULL && work_name != NULL, NULL);

  if (split->other <= EASEL_RUN_OTHERS_CHANGE * usable)
    return NULL;

  other = g_strdup_printf ("%.2f", split->other);
  machine = format_percent (100.0 * split->machine / usable);
  work = format_percent (100.0 * MAX (split->work, 0.0) / usable);

  /* Translators: when other programs are busy, "Other programs took 0.96
   * cores: the whole machine reads 99 % where the hammer alone uses 50 %" */
  return g_strdup_printf (_("Other programs took %s cores: the whole machine reads %s %% where %s alone uses %s %%"),
                          other, machine, work_name, work);
}
