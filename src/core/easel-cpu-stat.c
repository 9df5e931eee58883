/* easel-cpu-stat.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pure parser of /proc/stat's "cpu" lines and the busy fraction between
 * two readings. It reads text, not files, so that the tests can feed it
 * any machine's, and anything odd in it.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "easel-cpu-stat.h"

/* More cores than any machine Easel will meet; a bigger number is garbage. */
#define MAX_CORES 8192

EaselCpuStat *
easel_cpu_stat_new (void)
{
  EaselCpuStat *stat = g_new0 (EaselCpuStat, 1);

  stat->cores = g_array_new (FALSE, TRUE, sizeof (EaselCpuTimes));
  stat->present = g_array_new (FALSE, TRUE, sizeof (gboolean));

  return stat;
}

void
easel_cpu_stat_free (EaselCpuStat *stat)
{
  if (stat == NULL)
    return;

  g_array_unref (stat->cores);
  g_array_unref (stat->present);
  g_free (stat);
}

/* Reads up to eight counters after "cpu" or "cpuN"; at least the first
 * four (user, nice, system, idle) must be there, as on every kernel. */
static gboolean
parse_times (const char    *fields,
             EaselCpuTimes *times)
{
  guint64 values[8] = { 0 };
  const char *p = fields;
  guint n = 0;

  while (n < G_N_ELEMENTS (values))
    {
      char *end;

      while (*p == ' ' || *p == '\t')
        p++;
      if (*p < '0' || *p > '9')
        break;

      values[n] = g_ascii_strtoull (p, &end, 10);
      if (end == p)
        break;
      p = end;
      n++;
    }

  if (n < 4)
    return FALSE;

  *times = (EaselCpuTimes) { values[0], values[1], values[2], values[3],
                             values[4], values[5], values[6], values[7] };

  return TRUE;
}

/* Parses @text (the contents of /proc/stat) into @stat. Lines that are not
 * "cpu" lines, or are garbled, are skipped; only a text without a usable
 * "cpu " total line is an error. */
gboolean
easel_cpu_stat_parse (EaselCpuStat  *stat,
                      const char    *text,
                      gsize          length,
                      GError       **error)
{
  const char *line = text;
  const char *end = text + length;
  gboolean have_total = FALSE;

  g_return_val_if_fail (stat != NULL, FALSE);
  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  g_array_set_size (stat->cores, 0);
  g_array_set_size (stat->present, 0);

  while (line < end)
    {
      const char *newline = memchr (line, '\n', end - line);
      gsize line_length = (newline ? newline : end) - line;
      char buffer[512];

      /* Only the cpu lines at the top matter; they are short. */
      if (line_length > 3 && line_length < sizeof buffer && memcmp (line, "cpu", 3) == 0)
        {
          EaselCpuTimes times;

          memcpy (buffer, line, line_length);
          buffer[line_length] = '\0';

          if (buffer[3] == ' ')
            {
              if (parse_times (buffer + 3, &times))
                {
                  stat->total = times;
                  have_total = TRUE;
                }
            }
          else if (g_ascii_isdigit (buffer[3]))
            {
              char *after;
              guint64 core = g_ascii_strtoull (buffer + 3, &after, 10);

              if (core < MAX_CORES && *after == ' ' && parse_times (after, &times))
                {
                  gboolean yes = TRUE;

                  if (core >= stat->cores->len)
                    {
                      g_array_set_size (stat->cores, core + 1);
                      g_array_set_size (stat->present, core + 1);
                    }
                  g_array_index (stat->cores, EaselCpuTimes, core) = times;
                  g_array_index (stat->present, gboolean, core) = yes;
                }
            }
        }

      line = newline ? newline + 1 : end;
    }

  if (!have_total)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("No CPU totals in /proc/stat"));
      return FALSE;
    }

  return TRUE;
}

/* How many core slots there are: one past the highest core number. */
guint
easel_cpu_stat_get_n_cores (const EaselCpuStat *stat)
{
  g_return_val_if_fail (stat != NULL, 0);

  return stat->cores->len;
}

gboolean
easel_cpu_stat_has_core (const EaselCpuStat *stat,
                         guint               core)
{
  g_return_val_if_fail (stat != NULL, FALSE);

  return core < stat->present->len && g_array_index (stat->present, gboolean, core);
}

/* The load of @core (of every core, where it is negative) between two
 * readings, 0…1; a core that is (or was) offline reads idle. */
double
easel_cpu_stat_busy (const EaselCpuStat *before,
                     const EaselCpuStat *after,
                     int                 core)
{
  g_return_val_if_fail (before != NULL && after != NULL, 0.0);

  if (core < 0)
    return easel_cpu_times_busy (&before->total, &after->total);

  if (!easel_cpu_stat_has_core (before, core) || !easel_cpu_stat_has_core (after, core))
    return 0.0;

  return easel_cpu_times_busy (&g_array_index (before->cores, EaselCpuTimes, core),
                               &g_array_index (after->cores, EaselCpuTimes, core));
}

static guint64
sum (const EaselCpuTimes *t)
{
  return t->user + t->nice + t->system + t->idle + t->iowait + t->irq + t->softirq + t->steal;
}

/* The busy fraction (0…1) between two readings:
 * 1 − Δ(idle + iowait) / Δ(all eight). Counters that went backwards (a
 * core that went offline and came back) or did not move give 0, not
 * nonsense. */
double
easel_cpu_times_busy (const EaselCpuTimes *before,
                      const EaselCpuTimes *after)
{
  guint64 total_before, total_after, idle_before, idle_after;
  double busy;

  g_return_val_if_fail (before != NULL && after != NULL, 0.0);

  total_before = sum (before);
  total_after = sum (after);
  idle_before = before->idle + before->iowait;
  idle_after = after->idle + after->iowait;

  if (total_after <= total_before || idle_after < idle_before)
    return 0.0;

  busy = 1.0 - (double) (idle_after - idle_before) / (double) (total_after - total_before);

  return CLAMP (busy, 0.0, 1.0);
}

/* More than any /proc/stat: 4 MiB. */
#define MAX_READ (4 * 1024 * 1024)

void
easel_proc_file_init (EaselProcFile *file,
                      const char    *path)
{
  file->path = g_strdup (path);
  file->fd = -1;
  file->buffer = g_byte_array_sized_new (65536);
}

static void
close_fd (EaselProcFile *file)
{
  if (file->fd >= 0)
    g_close (file->fd, NULL);
  file->fd = -1;
}

void
easel_proc_file_clear (EaselProcFile *file)
{
  close_fd (file);
  g_clear_pointer (&file->path, g_free);
  g_clear_pointer (&file->buffer, g_byte_array_unref);
}

/* Reads the whole file into @file's buffer (its length is the file's);
 * the descriptor is opened on the first read, and closed on a failure so
 * that the next read opens it again. */
static gboolean
proc_file_read (EaselProcFile  *file,
                      GError        **error)
{
  gssize n;

  if (file->fd < 0)
    {
      file->fd = g_open (file->path, O_RDONLY | O_CLOEXEC, 0);
      if (file->fd < 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Cannot read %s: %s"), file->path, g_strerror (saved_errno));
          return FALSE;
        }
    }

  g_byte_array_set_size (file->buffer, MAX (file->buffer->len, 65536));

  /* One pread() from the start; grow the buffer if the file filled it. */
  for (;;)
    {
      n = pread (file->fd, file->buffer->data, file->buffer->len, 0);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0 || (gsize) n < file->buffer->len || file->buffer->len >= MAX_READ)
        break;
      g_byte_array_set_size (file->buffer, file->buffer->len * 2);
    }

  if (n < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot read %s: %s"), file->path, g_strerror (saved_errno));
      close_fd (file);
      return FALSE;
    }

  g_byte_array_set_size (file->buffer, n);

  return TRUE;
}

/* Reads and parses @file (a /proc/stat) into @stat. */
gboolean
easel_cpu_stat_read (EaselCpuStat   *stat,
                     EaselProcFile  *file,
                     GError        **error)
{
  return proc_file_read (file, error) &&
         easel_cpu_stat_parse (stat, (const char *) file->buffer->data, file->buffer->len, error);
}
