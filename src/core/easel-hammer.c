/* easel-hammer.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CPU hammer: the lecture's `x = 1; while True: x += 1` on as many
 * workers as asked. Threads count freely; under the GIL they must hold one
 * lock to count and take turns every 5 ms, as CPython's threads do; as
 * processes (this same program, started with a hidden option) they escape
 * the lock. Each worker keeps its counter in a register and publishes it,
 * with its own CPU clock and the core it is on, every 2^20 increments.
 * Stopping joins every thread or reaps every process at once.
 */

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <math.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <time.h>
#include <unistd.h>

#include "easel-canvas.h"
#include "easel-cores.h"
#include "easel-cpu-ledger.h"
#include "easel-enum.h"
#include "easel-gil.h"
#include "easel-hammer.h"

#define PUBLISH_EVERY (1u << 20)
/* How often a worker process reports. */
#define REPORT_INTERVAL_US (100 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  EaselHammer  *hammer;
  GThread      *thread;
  GSubprocess  *process;
  GDataInputStream *reports;
  GCancellable *cancellable;
  gint          stop;

  GMutex        lock;
  EaselHammerStats stats;
} Worker;

struct _EaselHammer
{
  GObject          parent_instance;

  EaselHammerMode  mode;
  guint            threads;
  guint            timeout_s;
  char            *worker_binary;

  GPtrArray       *workers;
  EaselGil        *gil;
  gint64           started_at;
  /* The time limit, on the main context of the thread that started the
   * hammer. */
  GSource         *timeout;
  GMainContext    *context;
  gboolean         running;
  /* What the run that stopped last did, taken as it stopped. */
  EaselHammerStats last_total;
  double           last_seconds;
};

G_DEFINE_FINAL_TYPE (EaselHammer, easel_hammer, G_TYPE_OBJECT)

enum {
  STARTED,
  STOPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
easel_hammer_mode_to_string (EaselHammerMode mode)
{
  const char *nick = easel_enum_to_nick (EASEL_TYPE_HAMMER_MODE, mode);

  g_return_val_if_fail (nick != NULL, NULL);

  return nick;
}

gboolean
easel_hammer_mode_from_string (const char      *text,
                               EaselHammerMode *mode)
{
  int value;

  if (!easel_enum_from_nick (EASEL_TYPE_HAMMER_MODE, text, &value))
    return FALSE;

  *mode = value;

  return TRUE;
}

EaselHammer *
easel_hammer_new (void)
{
  return g_object_new (EASEL_TYPE_HAMMER, NULL);
}

/* At most twice as many workers as the cores Easel may use. */
guint
easel_hammer_get_max_threads (void)
{
  return 2 * MAX (1, (guint) ceil (easel_cores_get_default ()->usable));
}

/* The loop itself: count in a register, publish now and then, and stop
 * when told. The empty asm keeps the compiler from folding the loop. */
static inline guint64
count_a_while (guint64 x)
{
  for (guint i = 0; i < PUBLISH_EVERY; i++)
    {
      x += 1;
      __asm__ volatile ("" : "+r" (x));
    }

  return x;
}

static gpointer
worker_thread (gpointer data)
{
  Worker *worker = data;
  EaselGil *gil = worker->hammer->gil;
  guint64 x = 1;
  gint64 counted_ns = easel_thread_cpu_time_ns ();
  gint64 cpu_ns;

  if (gil != NULL && !easel_gil_acquire (gil, worker->cancellable))
    return NULL;

  while (!g_atomic_int_get (&worker->stop))
    {
      x = count_a_while (x);

      cpu_ns = easel_thread_cpu_time_ns ();
      easel_cpu_ledger_add_work (cpu_ns - counted_ns);
      counted_ns = cpu_ns;

      g_mutex_lock (&worker->lock);
      worker->stats.count = x - 1;
      worker->stats.cpu_ns = cpu_ns;
      worker->stats.core = sched_getcpu ();
      g_mutex_unlock (&worker->lock);

      if (gil != NULL && easel_gil_should_yield (gil) && !easel_gil_yield (gil, worker->cancellable))
        return NULL;
    }

  if (gil != NULL)
    easel_gil_release (gil);

  return NULL;
}

static void read_report (Worker *worker);

static void
report_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Worker *worker = user_data;
  g_autofree char *line = NULL;
  guint64 count;
  gint64 cpu_ns;
  int core;

  line = g_data_input_stream_read_line_finish (G_DATA_INPUT_STREAM (object), result, NULL, NULL);
  if (line == NULL)
    return;

  if (sscanf (line, "%" G_GUINT64_FORMAT " %" G_GINT64_FORMAT " %d", &count, &cpu_ns, &core) == 3)
    {
      g_mutex_lock (&worker->lock);
      easel_cpu_ledger_add_child_work (cpu_ns - worker->stats.cpu_ns);
      worker->stats = (EaselHammerStats) { count, cpu_ns, core };
      g_mutex_unlock (&worker->lock);
    }

  read_report (worker);
}

static void
read_report (Worker *worker)
{
  g_data_input_stream_read_line_async (worker->reports, G_PRIORITY_DEFAULT, worker->cancellable,
                                       report_cb, worker);
}

static Worker *
worker_new (EaselHammer *self)
{
  Worker *worker = g_new0 (Worker, 1);

  worker->hammer = self;
  worker->cancellable = g_cancellable_new ();
  worker->stats.core = -1;
  g_mutex_init (&worker->lock);

  return worker;
}

static gboolean
worker_start (Worker   *worker,
              GError  **error)
{
  EaselHammer *self = worker->hammer;

  if (self->mode != EASEL_HAMMER_PROCESSES)
    {
      worker->thread = g_thread_try_new ("easel-hammer", worker_thread, worker, error);
      return worker->thread != NULL;
    }

  worker->process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                      error, self->worker_binary, "--hammer-worker", NULL);
  if (worker->process == NULL)
    return FALSE;

  worker->reports = g_data_input_stream_new (g_subprocess_get_stdout_pipe (worker->process));
  read_report (worker);

  return TRUE;
}

/* Stops the worker and waits for its thread or process to end. */
static void
worker_free (gpointer data)
{
  Worker *worker = data;

  g_atomic_int_set (&worker->stop, 1);
  g_cancellable_cancel (worker->cancellable);

  if (worker->thread != NULL)
    g_thread_join (worker->thread);

  if (worker->process != NULL)
    {
      /* It exits when its stdin closes; a signal makes sure. */
      g_output_stream_close (g_subprocess_get_stdin_pipe (worker->process), NULL, NULL);
      g_subprocess_send_signal (worker->process, SIGTERM);
      g_subprocess_wait (worker->process, NULL, NULL);
    }

  g_clear_object (&worker->reports);
  g_clear_object (&worker->process);
  g_clear_object (&worker->cancellable);
  g_mutex_clear (&worker->lock);
  g_free (worker);
}

static void
clear_timeout (EaselHammer *self)
{
  if (self->timeout != NULL)
    g_source_destroy (self->timeout);
  g_clear_pointer (&self->timeout, g_source_unref);
}

static gboolean
timeout_cb (gpointer user_data)
{
  EaselHammer *self = user_data;

  clear_timeout (self);
  easel_hammer_stop (self);

  return G_SOURCE_REMOVE;
}

static void
set_timeout (EaselHammer *self,
             guint        seconds)
{
  clear_timeout (self);
  if (seconds == 0)
    return;

  self->timeout = g_timeout_source_new_seconds (seconds);
  g_source_set_callback (self->timeout, timeout_cb, self, NULL);
  g_source_set_static_name (self->timeout, "[easel] hammer time limit");
  g_source_attach (self->timeout, self->context);
}

/* Adds or removes workers until there are as many as asked. */
static gboolean
adjust_workers (EaselHammer  *self,
                GError      **error)
{
  while (self->workers->len > self->threads)
    g_ptr_array_remove_index (self->workers, self->workers->len - 1);

  while (self->workers->len < self->threads)
    {
      Worker *worker = worker_new (self);

      if (!worker_start (worker, error))
        {
          worker_free (worker);
          return FALSE;
        }
      g_ptr_array_add (self->workers, worker);
    }

  return TRUE;
}

/* Starts hammering; stops by itself after the timeout, if one is set. */
gboolean
easel_hammer_start (EaselHammer  *self,
                    GError      **error)
{
  g_return_val_if_fail (EASEL_IS_HAMMER (self), FALSE);

  if (self->running)
    return TRUE;

  if (self->mode == EASEL_HAMMER_GIL)
    self->gil = easel_gil_new (EASEL_GIL_SWITCH_INTERVAL_US);

  self->running = TRUE;
  self->started_at = g_get_monotonic_time ();

  if (!adjust_workers (self, error))
    {
      easel_hammer_stop (self);
      return FALSE;
    }

  /* The limit goes to the caller's thread-default main context. */
  g_clear_pointer (&self->context, g_main_context_unref);
  self->context = g_main_context_ref_thread_default ();
  set_timeout (self, self->timeout_s);
  g_signal_emit (self, signals[STARTED], 0);

  return TRUE;
}

/* Stops every worker: threads are joined and processes reaped before this
 * returns. */
void
easel_hammer_stop (EaselHammer *self)
{
  g_return_if_fail (EASEL_IS_HAMMER (self));

  if (!self->running)
    return;

  easel_hammer_get_total (self, &self->last_total);
  self->last_seconds = easel_hammer_get_elapsed (self);

  /* Tell them all first, then wait: they stop together. */
  for (guint i = 0; i < self->workers->len; i++)
    {
      Worker *worker = g_ptr_array_index (self->workers, i);

      g_atomic_int_set (&worker->stop, 1);
      g_cancellable_cancel (worker->cancellable);
    }
  g_ptr_array_set_size (self->workers, 0);

  g_clear_pointer (&self->gil, easel_gil_free);
  clear_timeout (self);
  self->running = FALSE;

  g_signal_emit (self, signals[STOPPED], 0);
}

gboolean
easel_hammer_is_running (EaselHammer *self)
{
  g_return_val_if_fail (EASEL_IS_HAMMER (self), FALSE);

  return self->running;
}

EaselHammerMode
easel_hammer_get_mode (EaselHammer *self)
{
  g_return_val_if_fail (EASEL_IS_HAMMER (self), 0);

  return self->mode;
}

/* Changing the mode of a running hammer restarts it in the new one. */
void
easel_hammer_set_mode (EaselHammer     *self,
                       EaselHammerMode  mode)
{
  gboolean was_running;

  g_return_if_fail (EASEL_IS_HAMMER (self));
  g_return_if_fail (easel_enum_to_nick (EASEL_TYPE_HAMMER_MODE, mode) != NULL);

  if (mode == self->mode)
    return;

  was_running = self->running;
  easel_hammer_stop (self);
  self->mode = mode;
  if (was_running)
    easel_hammer_start (self, NULL);
}

guint
easel_hammer_get_threads (EaselHammer *self)
{
  g_return_val_if_fail (EASEL_IS_HAMMER (self), 0);

  return self->threads;
}

/* Sets how many workers hammer (clamped to 0…2 × cores), also while
 * running. */
void
easel_hammer_set_threads (EaselHammer *self,
                          guint        threads)
{
  g_return_if_fail (EASEL_IS_HAMMER (self));

  self->threads = MIN (threads, easel_hammer_get_max_threads ());

  if (self->running)
    adjust_workers (self, NULL);
}

/* Stops by itself after @seconds (0: never). */
void
easel_hammer_set_timeout (EaselHammer *self,
                          guint        seconds)
{
  g_return_if_fail (EASEL_IS_HAMMER (self));

  self->timeout_s = seconds;

  if (self->running)
    set_timeout (self, seconds);
}

/* The program to start as worker processes (default: this one). */
void
easel_hammer_set_worker_binary (EaselHammer *self,
                                const char  *path)
{
  g_return_if_fail (EASEL_IS_HAMMER (self));

  g_free (self->worker_binary);
  self->worker_binary = path ? g_strdup (path) : g_file_read_link ("/proc/self/exe", NULL);
}

guint
easel_hammer_get_n_workers (EaselHammer *self)
{
  g_return_val_if_fail (EASEL_IS_HAMMER (self), 0);

  return self->workers->len;
}

gboolean
easel_hammer_get_stats (EaselHammer      *self,
                        guint             index,
                        EaselHammerStats *stats)
{
  Worker *worker;

  g_return_val_if_fail (EASEL_IS_HAMMER (self), FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);

  if (index >= self->workers->len)
    return FALSE;

  worker = g_ptr_array_index (self->workers, index);
  g_mutex_lock (&worker->lock);
  *stats = worker->stats;
  g_mutex_unlock (&worker->lock);

  return TRUE;
}

/* All workers together; core is the number of distinct cores in use. */
void
easel_hammer_get_total (EaselHammer      *self,
                        EaselHammerStats *total)
{
  g_return_if_fail (EASEL_IS_HAMMER (self));
  g_return_if_fail (total != NULL);

  *total = (EaselHammerStats) { 0, 0, 0 };

  for (guint i = 0; i < self->workers->len; i++)
    {
      EaselHammerStats stats;

      easel_hammer_get_stats (self, i, &stats);
      total->count += stats.count;
      total->cpu_ns += stats.cpu_ns;
    }
}

/* Seconds since the hammer started. */
double
easel_hammer_get_elapsed (EaselHammer *self)
{
  g_return_val_if_fail (EASEL_IS_HAMMER (self), 0.0);

  if (!self->running)
    return 0.0;

  return (g_get_monotonic_time () - self->started_at) / (double) G_USEC_PER_SEC;
}

/* The cores the run that stopped last kept busy, by its own clocks,
 * and how long it ran (@seconds may be NULL): what it did, once its
 * workers are gone. FALSE before any run, and for one under a second,
 * too short to be a figure. */
gboolean
easel_hammer_get_last_cores (EaselHammer *self,
                             double      *cores,
                             double      *seconds)
{
  g_return_val_if_fail (EASEL_IS_HAMMER (self), FALSE);
  g_return_val_if_fail (cores != NULL, FALSE);

  *cores = self->last_seconds > 0 ? self->last_total.cpu_ns / 1e9 / self->last_seconds : 0.0;
  if (seconds != NULL)
    *seconds = self->last_seconds;

  return self->last_seconds >= 1.0;
}

static void
easel_hammer_dispose (GObject *object)
{
  EaselHammer *self = EASEL_HAMMER (object);

  easel_hammer_stop (self);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (easel_hammer_parent_class)->dispose (object);
}

static void
easel_hammer_finalize (GObject *object)
{
  EaselHammer *self = EASEL_HAMMER (object);

  g_ptr_array_unref (self->workers);
  g_free (self->worker_binary);

  G_OBJECT_CLASS (easel_hammer_parent_class)->finalize (object);
}

static void
easel_hammer_class_init (EaselHammerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = easel_hammer_dispose;
  object_class->finalize = easel_hammer_finalize;

  /**
   * EaselHammer::started:
   *
   * The hammer started.
   */
  signals[STARTED] =
    g_signal_new ("started",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * EaselHammer::stopped:
   *
   * The hammer stopped, when asked or by its timeout.
   */
  signals[STOPPED] =
    g_signal_new ("stopped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
easel_hammer_init (EaselHammer *self)
{
  self->workers = g_ptr_array_new_with_free_func (worker_free);
  self->threads = 1;
  easel_hammer_set_worker_binary (self, NULL);
}

static gboolean
stdin_closed_cb (gint         fd,
                 GIOCondition condition,
                 gpointer     user_data)
{
  gint *stop = user_data;

  g_atomic_int_set (stop, 1);

  return G_SOURCE_REMOVE;
}

static gpointer
watch_stdin (gpointer user_data)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GSource) source = g_unix_fd_source_new (STDIN_FILENO, G_IO_IN | G_IO_HUP | G_IO_ERR);
  gint *stop = user_data;
  char byte;

  /* Anything on stdin, or its end, means stop. */
  g_source_set_callback (source, G_SOURCE_FUNC (stdin_closed_cb), stop, NULL);
  g_source_attach (source, context);
  while (!g_atomic_int_get (stop))
    g_main_context_iteration (context, TRUE);

  (void) !read (STDIN_FILENO, &byte, 1);

  return NULL;
}

/* A worker process: count, report "count cpu_ns core" on stdout every
 * 100 ms, and stop when stdin closes or the parent dies. */
int
easel_hammer_worker_main (void)
{
  static gint stop;
  pid_t parent = getppid ();
  gint64 next_report = 0;
  guint64 x = 1;

  prctl (PR_SET_PDEATHSIG, SIGTERM);
  if (getppid () != parent)
    return EXIT_FAILURE;

  g_thread_unref (g_thread_new ("stdin", watch_stdin, &stop));

  while (!g_atomic_int_get (&stop))
    {
      gint64 now;

      x = count_a_while (x);
      now = g_get_monotonic_time ();

      if (now >= next_report)
        {
          struct timespec ts;

          clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
          printf ("%" G_GUINT64_FORMAT " %" G_GINT64_FORMAT " %d\n", x - 1,
                  (gint64) ts.tv_sec * 1000000000 + ts.tv_nsec, sched_getcpu ());
          if (fflush (stdout) != 0)
            break;
          next_report = now + REPORT_INTERVAL_US;
        }
    }

  return EXIT_SUCCESS;
}
