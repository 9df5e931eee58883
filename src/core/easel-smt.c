/* easel-smt.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a second hardware thread on a busy core is worth, measured: the
 * counting loop pinned alone to one hardware thread, then twice, on that
 * thread and its sibling. Two threads on one core's two hardware threads
 * share its execution units, so each counts slower for every second it
 * runs; what the second adds, as a fraction of the first, is what the
 * predictions take it to be worth. Speeds are counted per second of each
 * thread's own CPU time, not of the wall clock, so that another program
 * taking turns on the same CPUs does not pass for the sibling. A quarter
 * of a second each, once a session, and only where hardware threads
 * share cores.
 */

#include "config.h"

#include <pthread.h>
#include <sched.h>

#include "easel-canvas.h"
#include "easel-cores.h"
#include "easel-schedule.h"
#include "easel-smt.h"

typedef struct
{
  guint    cpu;
  gint    *stop;
  guint64  count;
  gint64   cpu_ns;
  gboolean pinned;
} Counter;

/* The hammer's loop: count in a register; the empty asm keeps the
 * compiler from folding it. */
static gpointer
count_thread (gpointer data)
{
  Counter *counter = data;
  cpu_set_t set;
  guint64 x = 0;
  gint64 started;

  CPU_ZERO (&set);
  CPU_SET (counter->cpu, &set);
  counter->pinned = counter->cpu < CPU_SETSIZE &&
                    pthread_setaffinity_np (pthread_self (), sizeof set, &set) == 0;
  started = easel_thread_cpu_time_ns ();

  while (counter->pinned && !g_atomic_int_get (counter->stop))
    for (guint i = 0; i < 1000000; i++)
      {
        x += 1;
        __asm__ volatile ("" : "+r" (x));
      }

  counter->count = x;
  counter->cpu_ns = easel_thread_cpu_time_ns () - started;

  return NULL;
}

/* Counts on each of @cpus (one thread each) for @duration_ms; the sum of
 * their speeds, each in counts a second of its own CPU time, or -1 when a
 * thread could not be pinned or did not run. */
static double
count_on (const guint *cpus,
          guint        n_cpus,
          guint        duration_ms)
{
  Counter counters[2] = { { 0 } };
  GThread *threads[2];
  gint stop = 0;
  double total = 0.0;
  gboolean pinned = TRUE;

  g_assert (n_cpus <= G_N_ELEMENTS (counters));

  for (guint i = 0; i < n_cpus; i++)
    {
      counters[i] = (Counter) { cpus[i], &stop, 0, 0, FALSE };
      threads[i] = g_thread_new ("easel-smt", count_thread, &counters[i]);
    }
  g_usleep (duration_ms * G_TIME_SPAN_MILLISECOND);
  g_atomic_int_set (&stop, 1);
  for (guint i = 0; i < n_cpus; i++)
    g_thread_join (threads[i]);

  for (guint i = 0; i < n_cpus; i++)
    {
      pinned &= counters[i].pinned && counters[i].cpu_ns > 0;
      if (counters[i].cpu_ns > 0)
        total += counters[i].count / (counters[i].cpu_ns / 1e9);
    }

  return pinned ? total : -1.0;
}

/* What a second counting thread on @sibling adds while one counts on
 * @cpu, as a fraction of what the first counts alone, by their own CPU
 * clocks: about 1 for two separate cores, less for hardware threads of
 * one core. -1 when the threads cannot be pinned (a CPU outside the
 * affinity, or not there at all). */
double
easel_smt_measure_sibling (guint cpu,
                           guint sibling,
                           guint duration_ms)
{
  guint one[] = { cpu };
  guint both[] = { cpu, sibling };
  double alone, together;

  alone = count_on (one, 1, duration_ms);
  if (alone <= 0.0)
    return -1.0;
  together = count_on (both, 2, duration_ms);
  if (together <= 0.0)
    return -1.0;

  g_debug ("SMT: %.3g counts a second alone on CPU %u, %.3g with CPU %u beside it", alone, cpu, together, sibling);

  return CLAMP (together / alone - 1.0, 0.0, 1.0);
}

/* Two hardware threads of one core among the usable CPUs of @cores, into
 * @cpu and @sibling (as the cores' reader found them); FALSE where no
 * core has two usable. */
gboolean
easel_smt_find_siblings (const EaselCores *cores,
                         guint            *cpu,
                         guint            *sibling)
{
  g_return_val_if_fail (cores != NULL && cpu != NULL && sibling != NULL, FALSE);

  if (cores->siblings[0] < 0)
    return FALSE;

  *cpu = cores->siblings[0];
  *sibling = cores->siblings[1];

  return TRUE;
}

/* Measures the worth of a sibling on this machine, once, where hardware
 * threads share cores and two of one core are usable (never on a machine
 * faked under $EASEL_SYS_ROOT), for the predictions to use
 * (easel_capacity_set_sibling()); elsewhere, or when the measurement
 * fails, the usual figure stays. Blocks for about
 * half a second: call it from a worker thread in the window, and apply
 * the result on the main thread. Returns the worth measured, or -1. */
double
easel_smt_measure_default (void)
{
  const EaselCores *cores = easel_cores_get_default ();
  const char *root = g_getenv ("EASEL_SYS_ROOT");
  guint cpu, sibling;

  /* A machine read from elsewhere names CPUs this one may not have, or
   * not as siblings: nothing here can measure it. */
  if (root != NULL && root[0] != '\0')
    return -1.0;

  if (!easel_cores_has_smt (cores) || !easel_smt_find_siblings (cores, &cpu, &sibling))
    return -1.0;

  return easel_smt_measure_sibling (cpu, sibling, EASEL_SMT_MEASURE_MS);
}
