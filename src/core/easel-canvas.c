/* easel-canvas.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A painting's picture and the real CPU work that paints it. Each painting
 * shows its own landscape, fixed by its index; each coat brings the whole
 * picture a step closer to it, row by row. A coat is over when the painting
 * thread has used its CPU budget by its own clock: the rows share the
 * budget, and a row is brushed over again until its share is spent, so the
 * work takes the same CPU time on any machine and the picture comes out the
 * same.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include "easel-canvas.h"
#include "easel-cpu-ledger.h"

typedef struct
{
  double r, g, b;
} Rgb;

typedef struct
{
  guint  seed;
  Rgb    sky_top;
  Rgb    sky_horizon;
  Rgb    sun;
  double sun_x, sun_y, sun_r;
  /* Three ranges of hills, far to near. */
  double hill_base[3];
  double hill_amp[3];
  double hill_freq[3];
  double hill_phase[3];
  Rgb    hill[3];
} Scene;

struct _EaselCanvas
{
  gatomicrefcount ref_count;
  guint           painting;
  Scene           scene;

  /* Readers copy under the lock while the painter writes whole rows. */
  GMutex          lock;
  guint32         pixels[EASEL_CANVAS_WIDTH * EASEL_CANVAS_HEIGHT];
};

G_DEFINE_BOXED_TYPE (EaselCanvas, easel_canvas, easel_canvas_ref, easel_canvas_unref)

/* The primed canvas every painting starts from. */
static const Rgb gesso = { 0.93, 0.90, 0.84 };

gint64
easel_thread_cpu_time_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static Rgb
hsv (double h,
     double s,
     double v)
{
  double c = v * s;
  double hp = fmod (h, 1.0) * 6.0;
  double x = c * (1.0 - fabs (fmod (hp, 2.0) - 1.0));
  double m = v - c;
  Rgb rgb;

  if (hp < 1) rgb = (Rgb) { c, x, 0 };
  else if (hp < 2) rgb = (Rgb) { x, c, 0 };
  else if (hp < 3) rgb = (Rgb) { 0, c, x };
  else if (hp < 4) rgb = (Rgb) { 0, x, c };
  else if (hp < 5) rgb = (Rgb) { x, 0, c };
  else rgb = (Rgb) { c, 0, x };

  return (Rgb) { rgb.r + m, rgb.g + m, rgb.b + m };
}

static void
scene_init (Scene *scene,
            guint  painting)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (0x45a5e1 + painting * 7919);
  /* Skies from dawn to dusk; hills from spring to autumn. */
  double sky_hue = 0.52 + 0.12 * g_rand_double (rand);
  double land_hue = 0.12 + 0.22 * g_rand_double (rand);
  double evening = g_rand_double (rand);

  scene->seed = g_rand_int (rand);
  scene->sky_top = hsv (sky_hue + 0.05, 0.55, 0.75 - 0.35 * evening);
  scene->sky_horizon = hsv (0.08 + 0.9 * evening * 0.1, 0.25 + 0.4 * evening, 0.97);
  scene->sun = hsv (0.10 + 0.05 * g_rand_double (rand), 0.65 + 0.3 * evening, 1.0);
  scene->sun_x = g_rand_double_range (rand, 0.15, 0.85);
  scene->sun_y = g_rand_double_range (rand, 0.12, 0.40);
  scene->sun_r = g_rand_double_range (rand, 0.06, 0.11);

  for (guint i = 0; i < 3; i++)
    {
      scene->hill_base[i] = 0.50 + 0.12 * i + g_rand_double_range (rand, -0.03, 0.03);
      scene->hill_amp[i] = g_rand_double_range (rand, 0.04, 0.10);
      scene->hill_freq[i] = g_rand_double_range (rand, 1.5, 4.0) * (1 + i * 0.6);
      scene->hill_phase[i] = g_rand_double_range (rand, 0, 2 * G_PI);
      scene->hill[i] = hsv (land_hue + 0.04 * i, 0.45 + 0.15 * i, 0.75 - 0.18 * i);
    }
}

/* A hash of a lattice point, in [0, 1). */
static inline double
lattice (int   x,
         int   y,
         guint seed)
{
  guint32 h = (guint32) x * 0x8da6b343u ^ (guint32) y * 0xd8163841u ^ seed * 0xcb1ab31fu;

  h ^= h >> 13;
  h *= 0x5bd1e995u;
  h ^= h >> 15;

  return (h & 0xffffff) / (double) 0x1000000;
}

static inline double
smooth_noise (double x,
              double y,
              guint  seed)
{
  int ix = (int) floor (x);
  int iy = (int) floor (y);
  double fx = x - ix;
  double fy = y - iy;
  double sx = fx * fx * (3 - 2 * fx);
  double sy = fy * fy * (3 - 2 * fy);
  double a = lattice (ix, iy, seed);
  double b = lattice (ix + 1, iy, seed);
  double c = lattice (ix, iy + 1, seed);
  double d = lattice (ix + 1, iy + 1, seed);

  return a + (b - a) * sx + (c - a) * sy + (a - b - c + d) * sx * sy;
}

/* Brush texture: a few octaves of noise. */
static inline double
texture (double x,
         double y,
         guint  seed)
{
  double sum = 0.0;
  double amp = 0.5;

  for (guint octave = 0; octave < 4; octave++)
    {
      sum += amp * smooth_noise (x, y, seed + octave);
      x *= 2.03;
      y *= 2.03;
      amp *= 0.5;
    }

  return sum;
}

static inline Rgb
mix (Rgb    a,
     Rgb    b,
     double t)
{
  return (Rgb) { a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t };
}

/* The finished picture at (u, v), both in [0, 1). */
static Rgb
scene_color (const Scene *scene,
             double       u,
             double       v)
{
  double grain = texture (u * 24.0, v * 18.0, scene->seed);
  double du = u - scene->sun_x;
  double dv = (v - scene->sun_y) * 0.75;
  double sun_d = sqrt (du * du + dv * dv);
  Rgb color;

  color = mix (scene->sky_top, scene->sky_horizon, CLAMP (v / 0.6, 0.0, 1.0));
  if (sun_d < scene->sun_r)
    color = mix (color, scene->sun, CLAMP ((scene->sun_r - sun_d) * 60.0, 0.0, 1.0));

  for (guint i = 0; i < 3; i++)
    {
      double ridge = scene->hill_base[i] +
                     scene->hill_amp[i] * sin (u * scene->hill_freq[i] * 2 * G_PI + scene->hill_phase[i]) +
                     0.03 * (texture (u * 6.0, i * 3.7, scene->seed + 17) - 0.5);

      if (v > ridge)
        color = mix (scene->hill[i], (Rgb) { 0.1, 0.12, 0.1 }, CLAMP ((v - ridge) * 0.8, 0.0, 0.35));
    }

  /* Visible brush strokes. */
  return mix (color, (Rgb) { grain, grain, grain }, 0.12);
}

static inline guint32
pack (Rgb c)
{
  guint r = (guint) (CLAMP (c.r, 0.0, 1.0) * 255.0 + 0.5);
  guint g = (guint) (CLAMP (c.g, 0.0, 1.0) * 255.0 + 0.5);
  guint b = (guint) (CLAMP (c.b, 0.0, 1.0) * 255.0 + 0.5);

  return 0xff000000u | r << 16 | g << 8 | b;
}

/* One pass of the brush over a row, for coat @coat of @n_coats. */
static void
paint_row (const Scene *scene,
           guint        row,
           guint        coat,
           guint        n_coats,
           guint32     *out)
{
  double v = (row + 0.5) / EASEL_CANVAS_HEIGHT;
  double t = (double) (coat + 1) / n_coats;

  for (guint x = 0; x < EASEL_CANVAS_WIDTH; x++)
    {
      double u = (x + 0.5) / EASEL_CANVAS_WIDTH;

      out[x] = pack (mix (gesso, scene_color (scene, u, v), t));
    }
}

EaselCanvas *
easel_canvas_new (guint painting)
{
  EaselCanvas *canvas = g_new0 (EaselCanvas, 1);

  g_atomic_ref_count_init (&canvas->ref_count);
  g_mutex_init (&canvas->lock);
  canvas->painting = painting;
  scene_init (&canvas->scene, painting);

  for (guint i = 0; i < G_N_ELEMENTS (canvas->pixels); i++)
    canvas->pixels[i] = pack (gesso);

  return canvas;
}

EaselCanvas *
easel_canvas_ref (EaselCanvas *canvas)
{
  g_return_val_if_fail (canvas != NULL, NULL);

  g_atomic_ref_count_inc (&canvas->ref_count);

  return canvas;
}

void
easel_canvas_unref (EaselCanvas *canvas)
{
  g_return_if_fail (canvas != NULL);

  if (g_atomic_ref_count_dec (&canvas->ref_count))
    {
      g_mutex_clear (&canvas->lock);
      g_free (canvas);
    }
}

guint
easel_canvas_get_painting (EaselCanvas *canvas)
{
  g_return_val_if_fail (canvas != NULL, 0);

  return canvas->painting;
}

/* Copies the picture as it is now, in cairo's ARGB32 format, into
 * @pixels rows of @stride bytes. Safe while another thread paints. */
void
easel_canvas_copy_pixels (EaselCanvas *canvas,
                          guint32     *pixels,
                          gsize        stride)
{
  g_return_if_fail (canvas != NULL);
  g_return_if_fail (pixels != NULL);
  g_return_if_fail (stride >= EASEL_CANVAS_WIDTH * sizeof (guint32));

  g_mutex_lock (&canvas->lock);
  for (guint y = 0; y < EASEL_CANVAS_HEIGHT; y++)
    memcpy ((guchar *) pixels + y * stride,
            canvas->pixels + y * EASEL_CANVAS_WIDTH,
            EASEL_CANVAS_WIDTH * sizeof (guint32));
  g_mutex_unlock (&canvas->lock);
}

/* A digest of the picture, for telling pictures apart. */
guint
easel_canvas_get_checksum (EaselCanvas *canvas)
{
  guint hash = 5381;

  g_return_val_if_fail (canvas != NULL, 0);

  g_mutex_lock (&canvas->lock);
  for (guint i = 0; i < G_N_ELEMENTS (canvas->pixels); i++)
    hash = hash * 33 + canvas->pixels[i];
  g_mutex_unlock (&canvas->lock);

  return hash;
}

void
easel_core_log_init (EaselCoreLog *log)
{
  log->on_core = g_array_new (FALSE, FALSE, 2 * sizeof (gint64));
  log->core_waits = g_array_new (FALSE, FALSE, 2 * sizeof (gint64));
  log->on_since = 0;
}

void
easel_core_log_clear (EaselCoreLog *log)
{
  g_clear_pointer (&log->on_core, g_array_unref);
  g_clear_pointer (&log->core_waits, g_array_unref);
}

static void
append_interval (GArray *intervals,
                 gint64  start,
                 gint64  end)
{
  gint64 pair[2] = { start, end };

  if (end > start)
    g_array_append_val (intervals, pair);
}

/* Where the last step (from @wall_before, @cpu_before) went: a step whose
 * wall time exceeds its CPU time by EASEL_CORE_WAIT_MIN_US or more had
 * the thread off its core for the difference, taken to be at the step's
 * start (a thread is preempted between two reads of its clock, and the
 * step is a few µs of work). Ends the on-core interval there. */
static void
log_step (EaselCoreLog *log,
          gint64       *on_since,
          gint64        wall_before,
          gint64        cpu_before_ns,
          gint64        wall_now,
          gint64        cpu_now_ns)
{
  gint64 off = (wall_now - wall_before) - (cpu_now_ns - cpu_before_ns) / 1000;

  if (log == NULL || off < EASEL_CORE_WAIT_MIN_US)
    return;

  append_interval (log->on_core, *on_since, wall_before);
  append_interval (log->core_waits, wall_before, wall_before + off);
  *on_since = wall_before + off;
}

/* The clocks of a coat being painted: the thread's CPU time and the wall
 * clock now, at the last step, and since it was last on a core. */
typedef struct
{
  gint64 cpu_start;
  gint64 cpu_now;
  gint64 cpu_counted;
  gint64 cpu_step;
  gint64 wall_step;
  gint64 wall_now;
  gint64 on_since;
} Clocks;

/* Paints @row again and again until the thread's CPU time reaches
 * @row_end, stepping @c and @log, and under a GIL taking turns (waiting
 * for the lock is no wait for a core: the interval on a core ends at the
 * turn and starts again with the next). FALSE when cancelled; *@gil is
 * then NULL if it was cancelled while waiting for its turn (the lock is
 * not held). */
static gboolean
paint_row_until (EaselCanvas   *canvas,
                 guint          row,
                 guint          coat,
                 guint          n_coats,
                 gint64         row_end,
                 EaselGil     **gil,
                 GCancellable  *cancellable,
                 EaselCoreLog  *log,
                 Clocks        *c,
                 guint32       *row_pixels)
{
  gboolean completed = TRUE;

  do
    {
      paint_row (&canvas->scene, row, coat, n_coats, row_pixels);
      c->cpu_now = easel_thread_cpu_time_ns ();
      c->wall_now = g_get_monotonic_time ();
      log_step (log, &c->on_since, c->wall_step, c->cpu_step, c->wall_now, c->cpu_now);
      c->wall_step = c->wall_now;
      c->cpu_step = c->cpu_now;

      if (g_cancellable_is_cancelled (cancellable))
        {
          completed = FALSE;
          break;
        }

      if (*gil != NULL && easel_gil_should_yield (*gil))
        {
          if (log != NULL)
            append_interval (log->on_core, c->on_since, c->wall_now);

          if (!easel_gil_yield (*gil, cancellable))
            {
              *gil = NULL;
              completed = FALSE;
              c->on_since = c->wall_now;
              break;
            }

          c->cpu_step = easel_thread_cpu_time_ns ();
          c->wall_step = g_get_monotonic_time ();
          c->wall_now = c->wall_step;
          c->on_since = c->wall_step;
        }
    }
  while (c->cpu_now < row_end);

  /* The panel splits the machine's load by this ledger. */
  easel_cpu_ledger_add_work (c->cpu_now - c->cpu_counted);
  c->cpu_counted = c->cpu_now;

  return completed;
}

/* Paints coat @coat (of @n_coats) until this thread has used
 * @cpu_budget_ns of CPU time. With a @gil, the work holds it and hands it
 * over when its turn is up. Returns FALSE if cancelled; @cpu_used_ns gets
 * the CPU time spent either way, and @log (if any) when the thread was on
 * a core and when it waited for one. */
gboolean
easel_canvas_paint_coat (EaselCanvas            *canvas,
                         guint                   coat,
                         guint                   n_coats,
                         gint64                  cpu_budget_ns,
                         EaselGil               *gil,
                         GCancellable           *cancellable,
                         EaselPaintProgressFunc  progress,
                         gpointer                user_data,
                         EaselCoreLog           *log,
                         gint64                 *cpu_used_ns)
{
  guint32 row_pixels[EASEL_CANVAS_WIDTH];
  gboolean completed = TRUE;
  Clocks c;

  g_return_val_if_fail (canvas != NULL, FALSE);
  g_return_val_if_fail (coat < n_coats, FALSE);
  g_return_val_if_fail (cpu_budget_ns >= 0, FALSE);

  if (gil != NULL && !easel_gil_acquire (gil, cancellable))
    {
      if (cpu_used_ns != NULL)
        *cpu_used_ns = 0;
      return FALSE;
    }

  c.cpu_start = easel_thread_cpu_time_ns ();
  c.cpu_now = c.cpu_start;
  c.cpu_counted = c.cpu_start;
  c.cpu_step = c.cpu_start;
  c.wall_now = g_get_monotonic_time ();
  c.wall_step = c.wall_now;
  c.on_since = c.wall_now;

  for (guint row = 0; row < EASEL_CANVAS_HEIGHT && completed; row++)
    {
      /* This row is done once the CPU used reaches its share of the budget. */
      gint64 row_end = c.cpu_start + cpu_budget_ns * (row + 1) / EASEL_CANVAS_HEIGHT;

      completed = paint_row_until (canvas, row, coat, n_coats, row_end, &gil, cancellable, log, &c, row_pixels);
      if (!completed)
        break;

      g_mutex_lock (&canvas->lock);
      memcpy (canvas->pixels + row * EASEL_CANVAS_WIDTH, row_pixels, sizeof row_pixels);
      g_mutex_unlock (&canvas->lock);

      if (log != NULL)
        log->on_since = c.on_since;
      if (progress != NULL)
        progress (canvas, (double) (row + 1) / EASEL_CANVAS_HEIGHT, c.cpu_now - c.cpu_start, user_data);
    }

  if (gil != NULL)
    easel_gil_release (gil);

  if (log != NULL)
    append_interval (log->on_core, c.on_since, c.wall_now);

  easel_cpu_ledger_add_work (c.cpu_now - c.cpu_counted);
  if (cpu_used_ns != NULL)
    *cpu_used_ns = c.cpu_now - c.cpu_start;

  return completed;
}
