/* easel-cores.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How many cores this process may really use: the online CPUs, narrowed
 * by the affinity mask (taskset, cpusets) and by the cgroup CPU quota
 * (containers, systemd's CPUQuota=). A count of cores alone overstates a
 * container's share, and the predictions are only as good as this number.
 *
 * The parsers read text, not files, so that the tests can feed them any
 * kernel's output. The reader takes its files under $EASEL_SYS_ROOT when
 * that is set, so that the tests can build a whole fake machine.
 */

#include "config.h"

#include <glib/gi18n.h>

#include <errno.h>
#include <math.h>
#include <sched.h>
#include <string.h>
#include <unistd.h>

#include "easel-cores.h"
#include "easel-enum.h"

/* Linux's own upper bound on NR_CPUS; a bigger CPU number is garbage. */
#define MAX_CPUS 8192

/* A quota can be as small as 1 ms per second; below a hundredth of a core
 * the number only makes the predictions absurd. */
#define MIN_USABLE 0.01

/* Where the kernel mounts the cgroup hierarchies, under the system root. */
#define CGROUP_MOUNT "sys/fs/cgroup"

typedef gboolean (*ReadQuotaFunc) (const char *dir,
                                   double     *quota);

/* Reads one unsigned decimal number at *@p and moves past it. A sign or
 * anything but a digit first is refused, which strtoull alone would
 * accept. */
static gboolean
parse_number (const char **p,
              guint64     *value)
{
  char *end;

  if (!g_ascii_isdigit (**p))
    return FALSE;

  errno = 0;
  *value = g_ascii_strtoull (*p, &end, 10);
  if (errno != 0 || end == *p)
    return FALSE;

  *p = end;

  return TRUE;
}

static const char *
skip_blanks (const char *p)
{
  while (*p == ' ' || *p == '\t')
    p++;

  return p;
}

/* Whether only the newline (or other white space) the kernel ends its
 * files with is left. */
static gboolean
at_end (const char *p)
{
  while (g_ascii_isspace (*p))
    p++;

  return *p == '\0';
}

static gboolean
parse_cpu_number (const char **p,
                  guint       *cpu)
{
  guint64 value;

  if (!parse_number (p, &value) || value >= MAX_CPUS)
    return FALSE;

  *cpu = (guint) value;

  return TRUE;
}

/* Parses the kernel's CPU list format ("0-3,5,7-8\n"), as in
 * /sys/devices/system/cpu/online and the cpuset files. An empty list is
 * valid (an empty cpuset, or "offline" with every CPU online) and gives
 * no mask and a count of 0. Every out parameter may be NULL. */
gboolean
easel_cores_parse_cpu_list (const char  *text,
                            guint8     **mask,
                            guint       *mask_len,
                            guint       *count)
{
  g_autoptr(GArray) ranges = NULL;
  g_autofree guint8 *bits = NULL;
  const char *p;
  guint len = 0;
  guint n = 0;

  if (mask != NULL)
    *mask = NULL;
  if (mask_len != NULL)
    *mask_len = 0;
  if (count != NULL)
    *count = 0;

  if (text == NULL)
    return FALSE;

  p = text;
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '\0')
    return TRUE;

  /* First the ranges, to know how long the mask must be. */
  ranges = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  for (;;)
    {
      guint range[2];

      if (!parse_cpu_number (&p, &range[0]))
        return FALSE;

      range[1] = range[0];
      if (*p == '-')
        {
          p++;
          if (!parse_cpu_number (&p, &range[1]) || range[1] < range[0])
            return FALSE;
        }

      g_array_append_val (ranges, range);
      len = MAX (len, range[1] + 1);

      if (*p != ',')
        break;
      p++;
    }

  if (!at_end (p))
    return FALSE;

  bits = g_new0 (guint8, len);
  for (guint i = 0; i < ranges->len; i++)
    {
      const guint *range = &g_array_index (ranges, guint, i * 2);

      for (guint cpu = range[0]; cpu <= range[1]; cpu++)
        bits[cpu] = 1;
    }

  /* Counted from the mask, so that "0,0-1" is two CPUs, not three. */
  for (guint cpu = 0; cpu < len; cpu++)
    n += bits[cpu];

  if (mask != NULL)
    *mask = g_steal_pointer (&bits);
  if (mask_len != NULL)
    *mask_len = len;
  if (count != NULL)
    *count = n;

  return TRUE;
}

/* Parses cgroup v2's cpu.max: "$QUOTA $PERIOD" in microseconds, or
 * "max $PERIOD" for no limit (*@quota is then 0). The kernel refuses a
 * quota of 0, so one is garbage here. */
gboolean
easel_cores_parse_cpu_max (const char *text,
                           double     *quota)
{
  const char *p;
  guint64 runtime = 0;
  guint64 period;
  gboolean unlimited = FALSE;

  g_return_val_if_fail (quota != NULL, FALSE);

  *quota = 0;

  if (text == NULL)
    return FALSE;

  p = skip_blanks (text);
  if (g_str_has_prefix (p, "max"))
    {
      unlimited = TRUE;
      p += strlen ("max");
    }
  else if (!parse_number (&p, &runtime) || runtime == 0)
    {
      return FALSE;
    }

  /* Kernels before 5.x could print a bare "max". */
  if (unlimited && at_end (p))
    return TRUE;

  if (*p != ' ' && *p != '\t')
    return FALSE;
  p = skip_blanks (p);
  if (!parse_number (&p, &period) || period == 0 || !at_end (p))
    return FALSE;

  if (!unlimited)
    *quota = (double) runtime / (double) period;

  return TRUE;
}

/* Parses cgroup v1's cpu.cfs_quota_us and cpu.cfs_period_us. A quota of
 * -1 is no limit (*@quota is then 0), whatever the period says. */
gboolean
easel_cores_parse_cfs (const char *quota_text,
                       const char *period_text,
                       double     *quota)
{
  const char *p;
  guint64 runtime;
  guint64 period;

  g_return_val_if_fail (quota != NULL, FALSE);

  *quota = 0;

  if (quota_text == NULL)
    return FALSE;

  p = skip_blanks (quota_text);
  if (g_str_has_prefix (p, "-1") && at_end (p + 2))
    return TRUE;

  if (!parse_number (&p, &runtime) || runtime == 0 || !at_end (p))
    return FALSE;

  if (period_text == NULL)
    return FALSE;

  p = skip_blanks (period_text);
  if (!parse_number (&p, &period) || period == 0 || !at_end (p))
    return FALSE;

  *quota = (double) runtime / (double) period;

  return TRUE;
}

static gboolean
controllers_have_cpu (const char *controllers)
{
  g_auto(GStrv) names = g_strsplit (controllers, ",", -1);

  /* Exactly "cpu": cpuacct and cpuset are other controllers. */
  return g_strv_contains ((const char * const *) names, "cpu");
}

/* Parses /proc/self/cgroup: "0::$PATH" is the cgroup v2 one, and
 * "$ID:$CONTROLLERS:$PATH" with "cpu" among the controllers is the cgroup
 * v1 one (alone as "cpu" or joined as "cpu,cpuacct"). A hybrid system
 * has both. Lines that fit neither are skipped, so a line a future kernel
 * adds cannot hide the others; FALSE when neither is found. */
gboolean
easel_cores_parse_cgroup_path (const char  *proc_self_cgroup_text,
                               char       **v2_path,
                               char       **v1_cpu_path)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *v2 = NULL;
  g_autofree char *v1 = NULL;

  if (v2_path != NULL)
    *v2_path = NULL;
  if (v1_cpu_path != NULL)
    *v1_cpu_path = NULL;

  if (proc_self_cgroup_text == NULL)
    return FALSE;

  lines = g_strsplit (proc_self_cgroup_text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* Three fields at most: a path may itself hold a colon. */
      g_auto(GStrv) fields = g_strsplit (lines[i], ":", 3);
      const char *p = fields[0];
      guint64 id;

      if (g_strv_length (fields) != 3
          || !parse_number (&p, &id) || *p != '\0'
          || fields[2][0] != '/')
        continue;

      if (id == 0 && fields[1][0] == '\0')
        {
          if (v2 == NULL)
            v2 = g_strdup (fields[2]);
        }
      else if (id != 0 && controllers_have_cpu (fields[1]))
        {
          if (v1 == NULL)
            v1 = g_strdup (fields[2]);
        }
    }

  if (v2 == NULL && v1 == NULL)
    return FALSE;

  if (v2_path != NULL)
    *v2_path = g_steal_pointer (&v2);
  if (v1_cpu_path != NULL)
    *v1_cpu_path = g_steal_pointer (&v1);

  return TRUE;
}

static char *
read_file (const char *path,
           const char *what)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, &error))
    {
      g_debug ("%s unreadable: %s", what, error->message);
      return NULL;
    }

  return text;
}

static gboolean
read_cpu_max (const char *dir,
              double     *quota)
{
  g_autofree char *path = g_build_filename (dir, "cpu.max", NULL);
  g_autofree char *text = read_file (path, "cpu.max");

  if (text == NULL)
    return FALSE;

  if (!easel_cores_parse_cpu_max (text, quota))
    {
      g_debug ("cpu.max unreadable: %s: garbage “%s”", path, g_strstrip (text));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_cfs (const char *dir,
          double     *quota)
{
  g_autofree char *quota_path = g_build_filename (dir, "cpu.cfs_quota_us", NULL);
  g_autofree char *period_path = g_build_filename (dir, "cpu.cfs_period_us", NULL);
  g_autofree char *quota_text = read_file (quota_path, "cpu.cfs_quota_us");
  g_autofree char *period_text = NULL;

  if (quota_text == NULL)
    return FALSE;

  /* Without a quota the period does not matter, and need not exist. */
  if (!easel_cores_parse_cfs (quota_text, NULL, quota))
    {
      period_text = read_file (period_path, "cpu.cfs_period_us");
      if (period_text == NULL)
        return FALSE;

      if (!easel_cores_parse_cfs (quota_text, period_text, quota))
        {
          g_debug ("cpu.cfs_quota_us unreadable: %s: garbage “%s” over “%s”",
                   dir, g_strstrip (quota_text), g_strstrip (period_text));
          return FALSE;
        }
    }

  return TRUE;
}

/* The smallest quota from @cgroup_path in the hierarchy mounted at @mount
 * up to its root, as a parent's quota binds its children too; 0 for none.
 *
 * Without a cgroup namespace, a container sees the host's path in
 * /proc/self/cgroup while its mount holds only its own cgroup, which is
 * then the root of the mount: when the path is not there, the root is the
 * only level to read. A path that leaves the namespace ("/../x") is the
 * same case. */
static double
read_quota_up (const char    *mount,
               const char    *cgroup_path,
               ReadQuotaFunc  read_quota)
{
  g_auto(GStrv) names = g_strsplit (cgroup_path, "/", -1);
  g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
  double smallest = 0;

  /* From the root of the mount down to the leaf. */
  g_ptr_array_add (dirs, g_strdup (mount));
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *parent = g_ptr_array_index (dirs, dirs->len - 1);

      if (names[i][0] == '\0' || g_str_equal (names[i], "."))
        continue;

      if (g_str_equal (names[i], ".."))
        {
          g_debug ("cgroup %s is outside this namespace: reading %s only", cgroup_path, mount);
          g_ptr_array_set_size (dirs, 1);
          break;
        }

      g_ptr_array_add (dirs, g_build_filename (parent, names[i], NULL));
    }

  if (dirs->len > 1 && !g_file_test (g_ptr_array_index (dirs, dirs->len - 1), G_FILE_TEST_IS_DIR))
    {
      g_debug ("cgroup %s not under %s: reading the root only", cgroup_path, mount);
      g_ptr_array_set_size (dirs, 1);
    }

  for (guint i = 0; i < dirs->len; i++)
    {
      double quota = 0;

      if (read_quota (g_ptr_array_index (dirs, i), &quota) && quota > 0)
        smallest = smallest > 0 ? MIN (smallest, quota) : quota;
    }

  return smallest;
}

/* The cgroup CPU quota in cores, the smallest of cgroup v2's and v1's
 * (a hybrid system may have either); 0 for none. */
static double
read_cgroup_quota (const char *root)
{
  /* Both spellings of the v1 cpu mount: joined with cpuacct (systemd),
   * or alone. */
  static const char * const v1_mounts[] = { "cpu,cpuacct", "cpu" };
  g_autofree char *cgroup_file = g_build_filename (root, "proc/self/cgroup", NULL);
  g_autofree char *cgroup_text = read_file (cgroup_file, "/proc/self/cgroup");
  g_autofree char *v2_path = NULL;
  g_autofree char *v1_path = NULL;
  double quota = 0;

  if (cgroup_text == NULL)
    return 0;

  if (!easel_cores_parse_cgroup_path (cgroup_text, &v2_path, &v1_path))
    {
      g_debug ("/proc/self/cgroup unreadable: no cgroup v2 or cpu line");
      return 0;
    }

  if (v2_path != NULL)
    {
      g_autofree char *mount = g_build_filename (root, CGROUP_MOUNT, NULL);

      quota = read_quota_up (mount, v2_path, read_cpu_max);
    }

  if (v1_path != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (v1_mounts); i++)
        {
          g_autofree char *mount = g_build_filename (root, CGROUP_MOUNT, v1_mounts[i], NULL);
          double v1_quota;

          if (!g_file_test (mount, G_FILE_TEST_IS_DIR))
            continue;

          v1_quota = read_quota_up (mount, v1_path, read_cfs);
          if (v1_quota > 0)
            quota = quota > 0 ? MIN (quota, v1_quota) : v1_quota;
          break;
        }
    }

  return quota;
}

/* The online CPUs; the mask is NULL when only their number is known. */
static guint
read_online (const char  *root,
             guint8     **mask,
             guint       *mask_len)
{
  g_autofree char *path = g_build_filename (root, "sys/devices/system/cpu/online", NULL);
  g_autofree char *text = read_file (path, "online CPU list");
  long n;
  guint count = 0;

  if (text != NULL)
    {
      if (easel_cores_parse_cpu_list (text, mask, mask_len, &count) && count > 0)
        return count;

      g_debug ("online CPU list unreadable: garbage “%s”", g_strstrip (text));
      g_clear_pointer (mask, g_free);
      *mask_len = 0;
    }

  n = sysconf (_SC_NPROCESSORS_ONLN);

  return n > 0 ? (guint) MIN (n, MAX_CPUS) : 1;
}

/* The affinity mask, one byte a CPU; NULL when it cannot be had. */
static guint8 *
read_affinity (guint *mask_len)
{
  const char *hook = g_getenv ("EASEL_AFFINITY");
  guint8 *mask = NULL;
  guint n_cpus;

  *mask_len = 0;

  if (hook != NULL)
    {
      guint count;

      if (easel_cores_parse_cpu_list (hook, &mask, mask_len, &count) && count > 0)
        return mask;

      g_debug ("EASEL_AFFINITY ignored: “%s” is not a CPU list", hook);
      g_clear_pointer (&mask, g_free);
      *mask_len = 0;
    }

  /* The kernel refuses a set smaller than its own, so grow until it
   * fits: past 1024 CPUs the static cpu_set_t is too small. */
  for (n_cpus = 1024; n_cpus <= MAX_CPUS; n_cpus *= 2)
    {
      cpu_set_t *set = CPU_ALLOC (n_cpus);
      gsize size = CPU_ALLOC_SIZE (n_cpus);
      int saved_errno;

      if (set == NULL)
        break;

      CPU_ZERO_S (size, set);
      if (sched_getaffinity (0, size, set) == 0)
        {
          mask = g_new0 (guint8, n_cpus);
          for (guint cpu = 0; cpu < n_cpus; cpu++)
            mask[cpu] = CPU_ISSET_S (cpu, size, set) ? 1 : 0;
          *mask_len = n_cpus;
          CPU_FREE (set);

          return mask;
        }

      saved_errno = errno;
      CPU_FREE (set);
      if (saved_errno != EINVAL)
        {
          g_debug ("sched_getaffinity failed: %s", g_strerror (saved_errno));
          break;
        }
    }

  return NULL;
}

/* The physical cores among the usable CPUs: hardware threads that name
 * the same siblings (core_cpus_list on newer kernels, else
 * thread_siblings_list) share one core, known by its lowest CPU; the
 * first two of one core go into @cores->siblings. 0 when a usable CPU's
 * topology cannot be read: then nothing is claimed. */
static guint
read_physical (const char *root,
               EaselCores *cores)
{
  static const char * const names[] = { "core_cpus_list", "thread_siblings_list" };
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint n_cpus = cores->mask != NULL ? cores->mask_len : cores->online;

  for (guint cpu = 0; cpu < n_cpus; cpu++)
    {
      g_autofree guint8 *siblings = NULL;
      guint len = 0;
      guint count = 0;
      guint first = 0;
      gboolean read = FALSE;

      if (!easel_cores_in_mask (cores, cpu))
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (names) && !read; i++)
        {
          g_autofree char *file = g_strdup_printf ("cpu%u", cpu);
          g_autofree char *path = g_build_filename (root, "sys/devices/system/cpu", file, "topology", names[i], NULL);
          g_autofree char *text = NULL;

          if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
            continue;
          text = read_file (path, names[i]);
          read = text != NULL && easel_cores_parse_cpu_list (text, &siblings, &len, &count) && count > 0 &&
                 cpu < len && siblings[cpu];
          if (text != NULL && !read)
            g_debug ("%s unreadable: garbage “%s”", path, g_strstrip (text));
        }

      if (!read)
        {
          g_debug ("no topology for CPU %u: counting every hardware thread as a core", cpu);
          cores->siblings[0] = cores->siblings[1] = -1;
          return 0;
        }

      while (first < len && !siblings[first])
        first++;
      g_hash_table_add (seen, GUINT_TO_POINTER (first + 1));

      for (guint other = 0; other < len && cores->siblings[0] < 0; other++)
        if (other != cpu && siblings[other] && easel_cores_in_mask (cores, other))
          {
            cores->siblings[0] = (int) cpu;
            cores->siblings[1] = (int) other;
          }
    }

  return g_hash_table_size (seen);
}

/* The CPUs that may run this process into @cores: online and in the
 * affinity mask (an affinity CPU that is offline runs nothing), or
 * whichever of the two is known. Takes the masks. */
static void
combine_masks (EaselCores  *cores,
               guint8     **online_mask,
               guint        online_len,
               guint8     **affinity_mask,
               guint        affinity_len)
{
  if (*affinity_mask != NULL && *online_mask != NULL)
    {
      cores->mask_len = MIN (affinity_len, online_len);
      cores->mask = g_new0 (guint8, cores->mask_len);
      for (guint cpu = 0; cpu < cores->mask_len; cpu++)
        cores->mask[cpu] = (*affinity_mask)[cpu] && (*online_mask)[cpu];
    }
  else if (*affinity_mask != NULL)
    {
      cores->mask_len = affinity_len;
      cores->mask = g_steal_pointer (affinity_mask);
    }
  else if (*online_mask != NULL)
    {
      cores->mask_len = online_len;
      cores->mask = g_steal_pointer (online_mask);
    }
  g_clear_pointer (online_mask, g_free);
  g_clear_pointer (affinity_mask, g_free);
}

/* Reads this machine, or the fake one under $EASEL_SYS_ROOT and
 * $EASEL_AFFINITY. Whatever is missing or odd falls back to what is
 * known, with a debug message; this never fails. @cores is overwritten:
 * clear it first if it holds a reading. */
void
easel_cores_read (EaselCores *cores)
{
  const char *root = g_getenv ("EASEL_SYS_ROOT");
  g_autofree guint8 *online_mask = NULL;
  g_autofree guint8 *affinity_mask = NULL;
  guint online_len = 0;
  guint affinity_len = 0;
  double quota;

  g_return_if_fail (cores != NULL);

  memset (cores, 0, sizeof *cores);

  if (root == NULL || root[0] == '\0')
    root = "/";

  cores->online = read_online (root, &online_mask, &online_len);
  affinity_mask = read_affinity (&affinity_len);
  combine_masks (cores, &online_mask, online_len, &affinity_mask, affinity_len);

  if (cores->mask != NULL)
    {
      for (guint cpu = 0; cpu < cores->mask_len; cpu++)
        cores->affinity += cores->mask[cpu];
    }
  else
    {
      cores->affinity = cores->online;
    }

  /* The process runs, so on some CPU of both: none means the two were
   * read across a hot-plug, or the hook asked for CPUs the machine lacks.
   * Trust the online CPUs then. */
  if (cores->affinity == 0)
    {
      g_debug ("no online CPU in the affinity mask: counting every online CPU");
      g_clear_pointer (&cores->mask, g_free);
      cores->mask_len = 0;
      cores->affinity = cores->online;
    }

  /* sysconf's count can lag behind a mask read a moment later. */
  cores->online = MAX (cores->online, cores->affinity);

  cores->siblings[0] = cores->siblings[1] = -1;
  cores->physical = read_physical (root, cores);
  if (cores->physical == 0 || cores->physical > cores->affinity)
    cores->physical = cores->affinity;

  quota = read_cgroup_quota (root);
  cores->quota = quota;
  cores->usable = cores->affinity;

  if (quota > 0 && quota < cores->affinity)
    {
      cores->usable = MAX (quota, MIN_USABLE);
      cores->limit = EASEL_CORES_LIMIT_QUOTA;
    }
  else if (cores->affinity < cores->online)
    {
      cores->limit = EASEL_CORES_LIMIT_AFFINITY;
    }
  else
    {
      cores->limit = EASEL_CORES_LIMIT_NONE;
    }
}

void
easel_cores_clear (EaselCores *cores)
{
  if (cores == NULL)
    return;

  g_clear_pointer (&cores->mask, g_free);
  memset (cores, 0, sizeof *cores);
}

/* This process's cores, read on first use. The affinity and the quota
 * can change while it runs, but the predictions must stay comparable
 * from one run to the next, so it is read once. */
const EaselCores *
easel_cores_get_default (void)
{
  static EaselCores *cores;

  if (g_once_init_enter (&cores))
    {
      EaselCores *read = g_new0 (EaselCores, 1);

      easel_cores_read (read);
      g_once_init_leave (&cores, read);
    }

  return cores;
}

/* Whether @cpu may run this process; TRUE when the mask is not known,
 * so that nothing is dimmed for lack of knowledge. */
gboolean
easel_cores_in_mask (const EaselCores *cores,
                     guint             cpu)
{
  g_return_val_if_fail (cores != NULL, FALSE);

  if (cores->mask == NULL)
    return TRUE;

  return cpu < cores->mask_len && cores->mask[cpu] != 0;
}

/* The name used in JSON and in debug output; NULL for no limit. */
const char *
easel_cores_limit_to_string (EaselCoresLimit limit)
{
  if (limit == EASEL_CORES_LIMIT_NONE)
    return NULL;

  return easel_enum_to_nick (EASEL_TYPE_CORES_LIMIT, limit);
}

/* A number of cores as the text shows it: "2", or "0.5" under a quota. */
char *
easel_cores_format (double cores)
{
  return g_strdup_printf ("%g", round (cores * 100) / 100);
}

/* The usable cores as the text shows them. */
char *
easel_cores_dup_usable_text (const EaselCores *cores)
{
  g_return_val_if_fail (cores != NULL, NULL);

  return easel_cores_format (cores->usable);
}

/* Whether some usable cores run two hardware threads or more. */
gboolean
easel_cores_has_smt (const EaselCores *cores)
{
  g_return_val_if_fail (cores != NULL, FALSE);

  return cores->physical < cores->affinity;
}

/* "on 2 cores", "on 1 core" */
static char *
dup_on_cores (guint physical)
{
  /* Translators: the end of "4 hardware threads on 2 cores" */
  return g_strdup_printf (ngettext ("on %u core", "on %u cores", physical), physical);
}

/* "4 hardware threads on 2 cores" where the usable hardware threads
 * share cores, else "2 cores". */
char *
easel_cores_dup_threads_text (const EaselCores *cores)
{
  g_autofree char *on = NULL;

  g_return_val_if_fail (cores != NULL, NULL);

  if (!easel_cores_has_smt (cores))
    return g_strdup_printf (ngettext ("%u core", "%u cores", cores->affinity), cores->affinity);

  on = dup_on_cores (cores->physical);
  /* Translators: "12 hardware threads on 6 cores": with simultaneous
   * multithreading (hyper-threading) two threads share one core; the %s
   * is "on 6 cores" */
  return g_strdup_printf (ngettext ("%u hardware thread %s", "%u hardware threads %s", cores->affinity),
                          cores->affinity, on);
}

/* "2 cores", or why fewer are usable: "1 of 2 cores usable (CPU
 * affinity)", "0.5 of 2 cores usable (CPU quota)"; where hardware
 * threads share cores, "4 hardware threads on 2 cores". */
char *
easel_cores_dup_description (const EaselCores *cores)
{
  g_autofree char *usable = NULL;

  g_return_val_if_fail (cores != NULL, NULL);

  usable = easel_cores_dup_usable_text (cores);

  switch (cores->limit)
    {
    case EASEL_CORES_LIMIT_AFFINITY:
      if (easel_cores_has_smt (cores))
        {
          g_autofree char *on = dup_on_cores (cores->physical);

          /* Translators: "4 of 8 hardware threads usable (CPU affinity), on 2 cores";
           * the last %s is "on 2 cores" */
          return g_strdup_printf (ngettext ("%s of %u hardware thread usable (CPU affinity), %s",
                                            "%s of %u hardware threads usable (CPU affinity), %s",
                                            cores->online),
                                  usable, cores->online, on);
        }
      /* Translators: "1 of 2 cores usable (CPU affinity)": the process
       * may only run on some of the machine's cores */
      return g_strdup_printf (ngettext ("%s of %u core usable (CPU affinity)",
                                        "%s of %u cores usable (CPU affinity)", cores->online),
                              usable, cores->online);

    case EASEL_CORES_LIMIT_QUOTA:
      /* Translators: "0.5 of 2 cores usable (CPU quota)": a cgroup limits
       * how much CPU time the process gets */
      return g_strdup_printf (ngettext ("%s of %u core usable (CPU quota)",
                                        "%s of %u cores usable (CPU quota)", cores->online),
                              usable, cores->online);

    case EASEL_CORES_LIMIT_NONE:
    default:
      if (easel_cores_has_smt (cores))
        return easel_cores_dup_threads_text (cores);
      return g_strdup_printf (ngettext ("%u core", "%u cores", cores->online), cores->online);
    }
}
