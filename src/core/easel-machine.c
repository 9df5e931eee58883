/* easel-machine.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The machine a record was measured on: its cores, the CPU's model name
 * from /proc/cpuinfo, and a label the user may give it. A run file
 * carries it, so that a class's files can be told apart.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <sys/stat.h>
#include <unistd.h>

#include "easel-cores.h"
#include "easel-machine.h"

/* /proc/cpuinfo of a machine with hundreds of CPUs is a few hundred
 * KiB; the model is on its first lines. */
#define CPUINFO_READ_MAX (64 * 1024)

/* The CPU's model name in the cpuinfo file at @path ("model name", or
 * "Model" on some ARM machines), or NULL. Never blocks: a FIFO or a
 * device is refused, and the file is read without waiting. */
char *
easel_machine_read_model (const char *path)
{
  g_autofree char *buffer = NULL;
  g_auto(GStrv) lines = NULL;
  struct stat st;
  ssize_t length;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0)
    return NULL;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      return NULL;
    }

  buffer = g_malloc (CPUINFO_READ_MAX + 1);
  do
    length = read (fd, buffer, CPUINFO_READ_MAX);
  while (length < 0 && errno == EINTR);
  close (fd);
  if (length <= 0)
    return NULL;
  buffer[length] = '\0';

  lines = g_strsplit (buffer, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *colon = strchr (lines[i], ':');
      g_autofree char *key = NULL;

      if (colon == NULL)
        continue;
      key = g_strstrip (g_strndup (lines[i], colon - lines[i]));
      if (g_str_equal (key, "model name") || g_str_equal (key, "Model"))
        {
          g_autofree char *model = g_strstrip (g_strdup (colon + 1));

          if (*model != '\0' && g_utf8_validate (model, -1, NULL))
            return g_steal_pointer (&model);
        }
    }

  return NULL;
}

/* @label as a run file keeps it: one line, valid UTF-8, at most
 * EASEL_MACHINE_LABEL_MAX bytes cut at a character; NULL for none. */
char *
easel_machine_clean_label (const char *label)
{
  g_autofree char *valid = NULL;
  const char *end;

  if (label == NULL)
    return NULL;

  valid = g_strstrip (g_strdelimit (g_utf8_make_valid (label, -1), "\n\r\t", ' '));
  if (*valid == '\0')
    return NULL;

  end = valid + MIN (strlen (valid), EASEL_MACHINE_LABEL_MAX);
  if (*end != '\0')
    end = g_utf8_find_prev_char (valid, end + 1);

  return g_strndup (valid, end - valid);
}

/* This machine, as Easel sees it now, with @label (or none). */
void
easel_machine_init_here (EaselMachine *machine,
                         const char   *label)
{
  const EaselCores *cores = easel_cores_get_default ();
  const char *cpuinfo = g_getenv ("EASEL_PROC_CPUINFO");

  g_return_if_fail (machine != NULL);

  machine->cores = g_get_num_processors ();
  machine->online = cores->online;
  machine->usable = cores->usable;
  machine->limit = g_strdup (easel_cores_limit_to_string (cores->limit));
  machine->physical = cores->physical;
  machine->model = easel_machine_read_model (cpuinfo != NULL ? cpuinfo : "/proc/cpuinfo");
  machine->label = easel_machine_clean_label (label);
  machine->version = g_strdup (PACKAGE_VERSION);
}

void
easel_machine_copy (EaselMachine       *dest,
                    const EaselMachine *src)
{
  g_return_if_fail (dest != NULL && src != NULL);

  *dest = *src;
  dest->model = g_strdup (src->model);
  dest->limit = g_strdup (src->limit);
  dest->label = g_strdup (src->label);
  dest->version = g_strdup (src->version);
}

void
easel_machine_clear (EaselMachine *machine)
{
  g_return_if_fail (machine != NULL);

  g_clear_pointer (&machine->model, g_free);
  g_clear_pointer (&machine->limit, g_free);
  g_clear_pointer (&machine->label, g_free);
  g_clear_pointer (&machine->version, g_free);
}

/* How to call the machine: its label, else its CPU model with its cores
 * ("Intel(R) Core(TM) i5-8250U, 8 cores"), else its cores alone. */
char *
easel_machine_dup_name (const EaselMachine *machine)
{
  g_autofree char *cores = NULL;
  gulong plural;

  g_return_val_if_fail (machine != NULL, NULL);

  cores = easel_cores_format (machine->usable);
  plural = machine->usable == 1.0 ? 1 : 2;
  if (machine->label != NULL || machine->model != NULL)
    /* Translators: a machine a run file was measured on, "the lab machine, 32 cores" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s core", "%s, %s cores", plural),
                            machine->label != NULL ? machine->label : machine->model, cores);

  /* Translators: a machine known only by its cores, "a machine with 4 cores" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "a machine with %s core", "a machine with %s cores", plural),
                          cores);
}
