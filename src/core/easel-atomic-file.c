/* easel-atomic-file.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Replacing a file so that it is never lost: the new content goes to a
 * temporary file in the target's folder, created before any work starts
 * (so that a bad target fails at once), written, synced to disk and only
 * then renamed over the target. Any failure, a full disk or a file size
 * limit included, leaves the old file byte for byte and removes the
 * temporary one. GLib 2.74's g_file_replace_contents() moves a partial
 * file into place when the write fails, which is why this exists.
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "easel-atomic-file.h"

/* Symbolic links followed at most, as the kernel does. */
#define MAX_LINKS 40

struct _EaselAtomicFile
{
  /* The file to replace: symbolic links already followed. */
  char     *target;
  char     *temp;
  int       fd;
  gboolean  committed;
};

static char *
display_name (const char *path)
{
  return g_filename_display_name (path);
}

static void
set_error_from_errno (GError     **error,
                      int          saved_errno,
                      const char  *path)
{
  g_autofree char *name = display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: "Cannot write “out.png”: No space left on device" */
               _("Cannot write “%s”: %s"), name, g_strerror (saved_errno));
}

/* Follows symbolic links from @path to the file they end at, which need
 * not exist yet: replacing a link replaces what it points to. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_canonicalize_filename (path, NULL);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *link = NULL;
      g_autofree char *dir = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      link = g_file_read_link (current, NULL);
      if (link == NULL)
        return g_steal_pointer (&current);

      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_canonicalize_filename (link, dir);
    }

  set_error_from_errno (error, ELOOP, path);

  return NULL;
}

/* The mode the new file gets into @mode: the old one's permissions, or
 * the usual ones under the umask where there is none. FALSE with @error
 * set where @target is a folder or not a regular file. */
static gboolean
target_mode (const char  *target,
             mode_t      *mode,
             GError     **error)
{
  g_autofree char *name = display_name (target);
  GStatBuf st;
  mode_t mask;

  if (g_stat (target, &st) != 0)
    {
      mask = umask (0);
      umask (mask);
      *mode = 0666 & ~mask;
      return TRUE;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Cannot write “%s”: it is a folder"), name);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Cannot write “%s”: it is not a regular file"), name);
      return FALSE;
    }

  *mode = st.st_mode & 07777;

  return TRUE;
}

/* Prepares to replace @file: follows links, refuses what is not a regular
 * file (a folder, a device, a FIFO), and creates the temporary file. A
 * target that cannot be written fails here, before any work. */
EaselAtomicFile *
easel_atomic_file_new (GFile   *file,
                       GError **error)
{
  g_autoptr(EaselAtomicFile) self = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  mode_t mode;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Cannot write “%s”: only local files can be written"), uri);
      return NULL;
    }

  self = g_new0 (EaselAtomicFile, 1);
  self->fd = -1;
  self->target = resolve_links (path, error);
  if (self->target == NULL)
    return NULL;

  if (!target_mode (self->target, &mode, error))
    return NULL;

  dir = g_path_get_dirname (self->target);
  {
    g_autofree char *base = g_path_get_basename (self->target);
    long name_max = pathconf (dir, _PC_NAME_MAX);

    /* The temporary name is short: a name too long for the folder would
     * only fail at the rename, after all the work. */
    if (strlen (base) > (gsize) (name_max > 0 ? name_max : 255))
      {
        set_error_from_errno (error, ENAMETOOLONG, path);
        return NULL;
      }
  }
  self->temp = g_build_filename (dir, ".easel-XXXXXX", NULL);
  self->fd = g_mkstemp_full (self->temp, O_RDWR | O_CLOEXEC, 0600);
  if (self->fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp, g_free);
      /* Say what the user asked for, not where it led. */
      set_error_from_errno (error, saved_errno, path);
      return NULL;
    }

  if (fchmod (self->fd, mode) != 0)
    g_debug ("Cannot set the mode of %s: %s", self->temp, g_strerror (errno));

  g_debug ("Writing %s through %s", self->target, self->temp);

  return g_steal_pointer (&self);
}

/* The file that will be replaced, links followed. */
const char *
easel_atomic_file_get_target (EaselAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->target;
}

/* Appends @data to the temporary file. */
gboolean
easel_atomic_file_write (EaselAtomicFile  *self,
                         const void       *data,
                         gsize             length,
                         GError          **error)
{
  const guint8 *p = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0 && !self->committed, FALSE);

  while (length > 0)
    {
      gssize n = write (self->fd, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          set_error_from_errno (error, n < 0 ? errno : ENOSPC, self->target);
          return FALSE;
        }

      p += n;
      length -= n;
    }

  return TRUE;
}

/* Syncs the temporary file and renames it over the target, then syncs
 * the folder so that the rename itself survives a crash. */
gboolean
easel_atomic_file_commit (EaselAtomicFile  *self,
                          GError          **error)
{
  g_autofree char *dir = NULL;
  int dir_fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0 && !self->committed, FALSE);

  if (fsync (self->fd) != 0 || close (self->fd) != 0)
    {
      set_error_from_errno (error, errno, self->target);
      self->fd = -1;
      return FALSE;
    }
  self->fd = -1;

  if (g_rename (self->temp, self->target) != 0)
    {
      set_error_from_errno (error, errno, self->target);
      return FALSE;
    }

  self->committed = TRUE;

  dir = g_path_get_dirname (self->target);
  dir_fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }

  return TRUE;
}

/* Frees @self; a file not committed is removed, and the target stays as
 * it was. */
void
easel_atomic_file_free (EaselAtomicFile *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);

  if (self->temp != NULL && !self->committed)
    g_unlink (self->temp);

  g_free (self->temp);
  g_free (self->target);
  g_free (self);
}
