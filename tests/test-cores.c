/* test-cores.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parsers of CPU lists, cgroup quotas and /proc/self/cgroup on good
 * and broken text, the reader on whole fake machines built in a temporary
 * directory (through $EASEL_SYS_ROOT and $EASEL_AFFINITY), and on this
 * machine.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "easel-cores.h"

/* Stands for "not reset" in out parameters that must be reset. */
static guint8 mask_sentinel;
static char path_sentinel[] = "x";

static char *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "cores", name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return contents;
}

/* Names the case in the log, on one line whatever the text holds. */
static void
note (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static void
note (const char *format,
      ...)
{
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  escaped = g_strescape (text, NULL);
  g_test_message ("%s", escaped);
}

/* A fake system root, removed with everything in it. */
static char *
fake_root_new (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("easel-cores-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static void
fake_write (const char *root,
            const char *path,
            const char *text)
{
  g_autofree char *full = g_build_filename (root, path, NULL);
  g_autofree char *dir = g_path_get_dirname (full);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (full, text, -1, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_assert_cmpint (g_rmdir (path), ==, 0);
    }
  else
    {
      g_assert_cmpint (g_unlink (path), ==, 0);
    }
}

/* Reads the fake machine at @root, with @affinity (a CPU list) as the
 * affinity mask, or the real one when NULL. The hooks are unset again so
 * that no other test reads the fake machine by mistake. */
static void
read_fake (const char *root,
           const char *affinity,
           EaselCores *cores)
{
  g_assert_true (g_setenv ("EASEL_SYS_ROOT", root, TRUE));
  if (affinity != NULL)
    g_assert_true (g_setenv ("EASEL_AFFINITY", affinity, TRUE));
  else
    g_unsetenv ("EASEL_AFFINITY");

  easel_cores_read (cores);

  g_unsetenv ("EASEL_SYS_ROOT");
  g_unsetenv ("EASEL_AFFINITY");

  /* Whatever the files say, these hold. */
  g_assert_cmpuint (cores->affinity, >=, 1);
  g_assert_cmpuint (cores->affinity, <=, cores->online);
  g_assert_cmpfloat (cores->usable, >=, 0.01);
  g_assert_cmpfloat (cores->usable, <=, cores->affinity);
}

static void
test_cpu_list (void)
{
  static const struct {
    const char *text;
    guint       count;
    guint       mask_len;
    const char *bits;
  } good[] = {
    { "0-3,5,7-8\n", 7, 9, "111101011" },
    { "0\n", 1, 1, "1" },
    { "0,2-3\n", 3, 4, "1011" },
    { "3\n", 1, 4, "0001" },
    { "0-1,1-2,0\n", 3, 3, "111" },
    { "  0-1  \n", 2, 2, "11" },
    { "8191", 1, 8192, NULL },
  };
  static const char * const garbage[] = {
    "hello", "0-", "-1", "3-1", "0,,1", "0,", ",0", "1 2", "0-3:2", "+1", "0x1",
    "1-2-3", "0\n1", "8192", "0-8192", "4294967296", "99999999999999999999999",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree guint8 *mask = NULL;
      guint mask_len = 0;
      guint count = 0;

      note ("%s", good[i].text);
      g_assert_true (easel_cores_parse_cpu_list (good[i].text, &mask, &mask_len, &count));
      g_assert_cmpuint (count, ==, good[i].count);
      g_assert_cmpuint (mask_len, ==, good[i].mask_len);
      g_assert_nonnull (mask);

      for (guint cpu = 0; good[i].bits != NULL && cpu < mask_len; cpu++)
        g_assert_cmpuint (mask[cpu], ==, good[i].bits[cpu] == '1');
    }

  /* Only the count is wanted. */
  {
    guint count = 0;

    g_assert_true (easel_cores_parse_cpu_list ("0-63\n", NULL, NULL, &count));
    g_assert_cmpuint (count, ==, 64);
  }

  /* Empty, as an empty cpuset or "offline" reads: valid, and no CPU. */
  for (guint i = 0; i < 3; i++)
    {
      static const char * const empty[] = { "", "\n", "  \n" };
      guint8 *mask = &mask_sentinel;
      guint mask_len = 7;
      guint count = 7;

      g_assert_true (easel_cores_parse_cpu_list (empty[i], &mask, &mask_len, &count));
      g_assert_null (mask);
      g_assert_cmpuint (mask_len, ==, 0);
      g_assert_cmpuint (count, ==, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      guint8 *mask = &mask_sentinel;
      guint mask_len = 7;
      guint count = 7;

      note ("%s", garbage[i]);
      g_assert_false (easel_cores_parse_cpu_list (garbage[i], &mask, &mask_len, &count));
      g_assert_null (mask);
      g_assert_cmpuint (mask_len, ==, 0);
      g_assert_cmpuint (count, ==, 0);
    }

  g_assert_false (easel_cores_parse_cpu_list (NULL, NULL, NULL, NULL));
}

static void
test_cpu_max (void)
{
  static const struct {
    const char *text;
    double      quota;
  } good[] = {
    { "max 100000\n", 0 },
    { "max\n", 0 },
    { "50000 100000\n", 0.5 },
    { "150000 100000\n", 1.5 },
    { "200000 100000", 2 },
    { "1000 1000000\n", 0.001 },
    /* Far more than any machine: a quota, but one that never binds. */
    { "18446744073709551615 1000\n", 18446744073709551615.0 / 1000 },
  };
  static const char * const garbage[] = {
    /* The kernel refuses a quota of 0, so it means nothing. */
    "0 100000\n",
    "", "\n", "hello", "50000", "50000\n", "50000 0", "max 0", "-1 100000", "50000 -100000",
    "50000 100000 7", "max x", "maxi 100000", "1e5 100000", "0x10 100000", "50000,100000",
    "99999999999999999999999 100000", "50000 99999999999999999999999",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      double quota = -1;

      note ("%s", good[i].text);
      g_assert_true (easel_cores_parse_cpu_max (good[i].text, &quota));
      g_assert_cmpfloat_with_epsilon (quota, good[i].quota, 1e-9);
    }

  for (guint i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      double quota = -1;

      note ("%s", garbage[i]);
      g_assert_false (easel_cores_parse_cpu_max (garbage[i], &quota));
      g_assert_cmpfloat (quota, ==, 0);
    }
}

static void
test_cfs (void)
{
  static const struct {
    const char *quota;
    const char *period;
    gboolean    ok;
    double      cores;
  } cases[] = {
    { "-1\n", "100000\n", TRUE, 0 },
    /* No quota: the period is not even needed. */
    { "-1\n", NULL, TRUE, 0 },
    { "-1\n", "garbage", TRUE, 0 },
    { "50000\n", "100000\n", TRUE, 0.5 },
    { "250000\n", "100000\n", TRUE, 2.5 },
    { "0\n", "100000\n", FALSE, 0 },
    { "-2\n", "100000\n", FALSE, 0 },
    { "-10\n", "100000\n", FALSE, 0 },
    { "50000\n", "0\n", FALSE, 0 },
    { "50000\n", "-100000\n", FALSE, 0 },
    { "50000\n", NULL, FALSE, 0 },
    { "50000\n", "", FALSE, 0 },
    { "hello", "100000\n", FALSE, 0 },
    { "", "100000\n", FALSE, 0 },
    { NULL, "100000\n", FALSE, 0 },
    { "99999999999999999999999\n", "100000\n", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double quota = -1;

      note ("%s / %s",
            cases[i].quota != NULL ? cases[i].quota : "(none)",
            cases[i].period != NULL ? cases[i].period : "(none)");
      g_assert_cmpint (easel_cores_parse_cfs (cases[i].quota, cases[i].period, &quota), ==, cases[i].ok);
      g_assert_cmpfloat_with_epsilon (quota, cases[i].cores, 1e-9);
    }
}

static void
test_cgroup_path (void)
{
  static const char * const garbage[] = {
    "", "\n", "hello\n", "0:/\n", "x::/a\n", "-1::/a\n", "0::relative\n",
    /* No v2 line and no cpu among the v1 controllers. */
    "3:cpuset:/a\n2:cpuacct:/b\n1:name=systemd:/c\n",
    /* Controllers in the v2 line's place. */
    "0:cpu:/a\n",
  };
  g_autofree char *v2_text = fixture ("cgroup-v2.txt");
  g_autofree char *v1_text = fixture ("cgroup-v1.txt");
  g_autofree char *hybrid_text = fixture ("cgroup-hybrid.txt");
  char *v2 = NULL;
  char *v1 = NULL;

  /* A systemd desktop on cgroup v2 only. */
  g_assert_true (easel_cores_parse_cgroup_path (v2_text, &v2, &v1));
  g_assert_cmpstr (v2, ==, "/user.slice/user-1000.slice/user@1000.service/app.slice/"
                           "app-gnome-io.github.easel_app.Easel-4242.scope");
  g_assert_null (v1);
  g_clear_pointer (&v2, g_free);

  /* cgroup v1, cpu joined with cpuacct. */
  g_assert_true (easel_cores_parse_cgroup_path (v1_text, &v2, &v1));
  g_assert_null (v2);
  g_assert_cmpstr (v1, ==, "/user.slice");
  g_clear_pointer (&v1, g_free);

  /* Hybrid, with cpu and cpuacct on their own mounts (as on the machine
   * this was written on). */
  g_assert_true (easel_cores_parse_cgroup_path (hybrid_text, &v2, &v1));
  g_assert_cmpstr (v2, ==, "/");
  g_assert_cmpstr (v1, ==, "/");
  g_clear_pointer (&v2, g_free);
  g_clear_pointer (&v1, g_free);

  /* cpuacct and cpuset are not cpu, whatever comes first. */
  g_assert_true (easel_cores_parse_cgroup_path ("3:cpuset:/set\n2:cpuacct:/acct\n1:cpu:/cpu\n", NULL, &v1));
  g_assert_cmpstr (v1, ==, "/cpu");
  g_clear_pointer (&v1, g_free);
  g_assert_true (easel_cores_parse_cgroup_path ("4:cpuacct,cpu:/both", NULL, &v1));
  g_assert_cmpstr (v1, ==, "/both");
  g_clear_pointer (&v1, g_free);

  /* A colon in the path stays in the path; odd lines are skipped. */
  g_assert_true (easel_cores_parse_cgroup_path ("garbage\n0::/a:b\n", &v2, NULL));
  g_assert_cmpstr (v2, ==, "/a:b");
  g_clear_pointer (&v2, g_free);

  /* Outside the namespace: kept as is, for the reader to refuse. */
  g_assert_true (easel_cores_parse_cgroup_path ("0::/../../x\n", &v2, NULL));
  g_assert_cmpstr (v2, ==, "/../../x");
  g_clear_pointer (&v2, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      v1 = v2 = path_sentinel;
      note ("%s", garbage[i]);
      g_assert_false (easel_cores_parse_cgroup_path (garbage[i], &v2, &v1));
      g_assert_null (v2);
      g_assert_null (v1);
    }

  g_assert_false (easel_cores_parse_cgroup_path (NULL, NULL, NULL));
}

/* A systemd desktop with CPUQuota=50% on the slice: the slice binds the
 * scope inside it, whose own cpu.max says "max". */
static void
test_read_quota (void)
{
  g_autofree char *root = fake_root_new ();
  EaselCores cores;

  fake_write (root, "proc/self/cgroup", "0::/user.slice/app.scope\n");
  fake_write (root, "sys/devices/system/cpu/online", "0-3\n");
  fake_write (root, "sys/fs/cgroup/user.slice/app.scope/cpu.max", "max 100000\n");
  fake_write (root, "sys/fs/cgroup/user.slice/cpu.max", "50000 100000\n");

  read_fake (root, "0-3", &cores);
  g_assert_cmpuint (cores.online, ==, 4);
  g_assert_cmpuint (cores.affinity, ==, 4);
  g_assert_cmpfloat_with_epsilon (cores.quota, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (cores.usable, 0.5, 1e-9);
  g_assert_cmpint (cores.limit, ==, EASEL_CORES_LIMIT_QUOTA);
  g_assert_cmpstr (easel_cores_limit_to_string (cores.limit), ==, "quota");
  for (guint cpu = 0; cpu < 4; cpu++)
    g_assert_true (easel_cores_in_mask (&cores, cpu));
  g_assert_false (easel_cores_in_mask (&cores, 4));
  easel_cores_clear (&cores);
  g_assert_null (cores.mask);

  /* The smallest level binds, wherever it is. */
  fake_write (root, "sys/fs/cgroup/user.slice/app.scope/cpu.max", "150000 100000\n");
  fake_write (root, "sys/fs/cgroup/user.slice/cpu.max", "300000 100000\n");
  read_fake (root, "0-3", &cores);
  g_assert_cmpfloat_with_epsilon (cores.usable, 1.5, 1e-9);
  g_assert_cmpint (cores.limit, ==, EASEL_CORES_LIMIT_QUOTA);
  easel_cores_clear (&cores);

  /* A quota above the affinity does not bind: the affinity does. */
  read_fake (root, "0", &cores);
  g_assert_cmpfloat_with_epsilon (cores.quota, 1.5, 1e-9);
  g_assert_cmpfloat (cores.usable, ==, 1);
  g_assert_cmpint (cores.limit, ==, EASEL_CORES_LIMIT_AFFINITY);
  easel_cores_clear (&cores);

  /* Equal is not smaller: nothing binds more than the cores do. */
  fake_write (root, "sys/fs/cgroup/user.slice/app.scope/cpu.max", "400000 100000\n");
  fake_write (root, "sys/fs/cgroup/user.slice/cpu.max", "max 100000\n");
  read_fake (root, "0-3", &cores);
  g_assert_cmpfloat (cores.usable, ==, 4);
  g_assert_cmpint (cores.limit, ==, EASEL_CORES_LIMIT_NONE);
  g_assert_null (easel_cores_limit_to_string (cores.limit));
  easel_cores_clear (&cores);

  /* A thousandth of a core is a hundredth, never 0. */
  fake_write (root, "sys/fs/cgroup/user.slice/app.scope/cpu.max", "1000 1000000\n");
  read_fake (root, "0-3", &cores);
  g_assert_cmpfloat_with_epsilon (cores.quota, 0.001, 1e-9);
  g_assert_cmpfloat (cores.usable, ==, 0.01);
  g_assert_cmpint (cores.limit, ==, EASEL_CORES_LIMIT_QUOTA);
  easel_cores_clear (&cores);

  remove_tree (root);
}

/* Docker on cgroup v1, cpu joined with cpuacct, with --cpus=1.5. */
static void
test_read_v1 (void)
{
  g_autofree char *root = fake_root_new ();
  EaselCores cores;

  fake_write (root, "proc/self/cgroup", "5:cpuacct,cpu:/docker/abc\n4:memory:/docker/abc\n1:name=systemd:/\n");
  fake_write (root, "sys/devices/system/cpu/online", "0-7\n");
  fake_write (root, "sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us", "150000\n");
  fake_write (root, "sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us", "100000\n");
  fake_write (root, "sys/fs/cgroup/cpu,cpuacct/docker/cpu.cfs_quota_us", "-1\n");
  fake_write (root, "sys/fs/cgroup/cpu,cpuacct/docker/cpu.cfs_period_us", "100000\n");
  fake_write (root, "sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us", "-1\n");
  fake_write (root, "sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us", "100000\n");

  read_fake (root, "0-7", &cores);
  g_assert_cmpuint (cores.online, ==, 8);
  g_assert_cmpuint (cores.affinity, ==, 8);
  g_assert_cmpfloat_with_epsilon (cores.usable, 1.5, 1e-9);
  g_assert_cmpint (cores.limit, ==, EASEL_CORES_LIMIT_QUOTA);
  easel_cores_clear (&cores);

  /* -1: no limit. */
  fake_write (root, "sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us", "-1\n");
  read_fake (root, "0-7", &cores);
  g_assert_cmpfloat (cores.quota, ==, 0);
  g_assert_cmpfloat (cores.usable, ==, 8);
  g_assert_cmpint (cores.limit, ==, EASEL_CORES_LIMIT_NONE);
  easel_cores_clear (&cores);

  remove_tree (root);
  g_free (root);

  /* cpu mounted alone, in a hybrid layout whose v2 half has no cpu. */
  root = fake_root_new ();
  fake_write (root, "proc/self/cgroup", "2:cpuacct:/\n1:cpu:/slow\n0::/\n");
  fake_write (root, "sys/devices/system/cpu/online", "0-1\n");
  fake_write (root, "sys/fs/cgroup/cpu/slow/cpu.cfs_quota_us", "50000\n");
  fake_write (root, "sys/fs/cgroup/cpu/slow/cpu.cfs_period_us", "100000\n");
  fake_write (root, "sys/fs/cgroup/cpu/cpu.cfs_quota_us", "-1\n");
  fake_write (root, "sys/fs/cgroup/cpu/cpu.cfs_period_us", "100000\n");
  fake_write (root, "sys/fs/cgroup/unified/cgroup.controllers", "\n");

  read_fake (root, "0-1", &cores);
  g_assert_cmpfloat_with_epsilon (cores.usable, 0.5, 1e-9);
  g_assert_cmpint (cores.limit, ==, EASEL_CORES_LIMIT_QUOTA);
  easel_cores_clear (&cores);

  remove_tree (root);
}

/* In a container the quota sits at the root of the mount, whether
 * /proc/self/cgroup says "/" (a cgroup namespace) or the host's path (no
 * namespace, or one the process has left). */
static void
test_read_container (void)
{
  static const char * const paths[] = {
    "0::/\n",
    "0::/system.slice/docker-0123abcd.scope\n",
    "0::/../../system.slice/docker-0123abcd.scope\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *root = fake_root_new ();
      EaselCores cores;

      note ("%s", paths[i]);
      fake_write (root, "proc/self/cgroup", paths[i]);
      fake_write (root, "sys/devices/system/cpu/online", "0-3\n");
      fake_write (root, "sys/fs/cgroup/cpu.max", "200000 100000\n");

      read_fake (root, "0-3", &cores);
      g_assert_cmpfloat_with_epsilon (cores.usable, 2, 1e-9);
      g_assert_cmpint (cores.limit, ==, EASEL_CORES_LIMIT_QUOTA);
      easel_cores_clear (&cores);

      remove_tree (root);
    }
}

/* taskset -c 0 on a two-core machine. */
static void
test_read_affinity (void)
{
  g_autofree char *root = fake_root_new ();
  EaselCores cores;

  fake_write (root, "proc/self/cgroup", "0::/\n");
  fake_write (root, "sys/devices/system/cpu/online", "0-1\n");

  read_fake (root, "0", &cores);
  g_assert_cmpuint (cores.online, ==, 2);
  g_assert_cmpuint (cores.affinity, ==, 1);
  g_assert_cmpfloat (cores.usable, ==, 1);
  g_assert_cmpfloat (cores.quota, ==, 0);
  g_assert_cmpint (cores.limit, ==, EASEL_CORES_LIMIT_AFFINITY);
  g_assert_cmpstr (easel_cores_limit_to_string (cores.limit), ==, "affinity");
  g_assert_true (easel_cores_in_mask (&cores, 0));
  g_assert_false (easel_cores_in_mask (&cores, 1));
  g_assert_false (easel_cores_in_mask (&cores, 1000));
  easel_cores_clear (&cores);

  /* A hook that is no CPU list is ignored: the real mask is read, as
   * without a hook (not the one-CPU mask above). */
  {
    EaselCores real;

    read_fake (root, NULL, &real);
    read_fake (root, "garbage", &cores);
    g_assert_cmpuint (cores.online, ==, 2);
    g_assert_cmpuint (cores.affinity, ==, real.affinity);
    g_assert_cmpfloat (cores.usable, ==, real.usable);
    g_assert_cmpint (cores.limit, ==, real.limit);
    easel_cores_clear (&cores);
    easel_cores_clear (&real);
  }

  remove_tree (root);
}

/* CPU 1 is offline (hot-unplugged): in the mask, but runs nothing. */
static void
test_read_offline (void)
{
  g_autofree char *root = fake_root_new ();
  EaselCores cores;

  fake_write (root, "proc/self/cgroup", "0::/\n");
  fake_write (root, "sys/devices/system/cpu/online", "0,2-3\n");

  read_fake (root, "0-1", &cores);
  g_assert_cmpuint (cores.online, ==, 3);
  g_assert_cmpuint (cores.affinity, ==, 1);
  g_assert_cmpint (cores.limit, ==, EASEL_CORES_LIMIT_AFFINITY);
  g_assert_true (easel_cores_in_mask (&cores, 0));
  g_assert_false (easel_cores_in_mask (&cores, 1));
  g_assert_false (easel_cores_in_mask (&cores, 2));
  easel_cores_clear (&cores);

  /* Every CPU of the mask offline cannot be: the online ones count. */
  read_fake (root, "1,9", &cores);
  g_assert_cmpuint (cores.online, ==, 3);
  g_assert_cmpuint (cores.affinity, ==, 3);
  g_assert_cmpint (cores.limit, ==, EASEL_CORES_LIMIT_NONE);
  easel_cores_clear (&cores);

  remove_tree (root);
}

/* No file at all: the affinity, and no quota. */
static void
test_read_missing (void)
{
  g_autofree char *root = fake_root_new ();
  EaselCores cores;

  read_fake (root, "0", &cores);
  g_assert_cmpuint (cores.affinity, ==, 1);
  g_assert_cmpuint (cores.online, ==, MAX (1, sysconf (_SC_NPROCESSORS_ONLN)));
  g_assert_cmpfloat (cores.quota, ==, 0);
  g_assert_cmpfloat (cores.usable, ==, 1);
  easel_cores_clear (&cores);

  /* The real affinity mask, with the same fallbacks. */
  read_fake (root, NULL, &cores);
  g_assert_cmpfloat (cores.quota, ==, 0);
  g_assert_cmpfloat (cores.usable, ==, cores.affinity);
  g_assert_cmpint (cores.limit, !=, EASEL_CORES_LIMIT_QUOTA);
  easel_cores_clear (&cores);

  /* A cgroup whose directory has no cpu.max (no cpu controller). */
  fake_write (root, "proc/self/cgroup", "0::/user.slice\n");
  fake_write (root, "sys/fs/cgroup/user.slice/cgroup.procs", "1\n");
  read_fake (root, "0", &cores);
  g_assert_cmpfloat (cores.quota, ==, 0);
  g_assert_cmpfloat (cores.usable, ==, 1);
  easel_cores_clear (&cores);

  remove_tree (root);
}

/* Odd files of every kind: the affinity, and no crash. */
static void
test_read_odd (void)
{
  static const struct {
    const char *cgroup;
    const char *online;
    const char *cpu_max;
  } cases[] = {
    { "0::/\n", "0-3\n", "garbage\n" },
    { "0::/\n", "0-3\n", "0 100000\n" },
    { "0::/\n", "0-3\n", "50000 0\n" },
    { "0::/\n", "0-3\n", "-50000 100000\n" },
    { "0::/\n", "0-3\n", "99999999999999999999999 100000\n" },
    { "0::/\n", "0-3\n", "max\n" },
    { "0::/\n", "0-3\n", "" },
    { "garbage\n", "0-3\n", "50000 100000\n" },
    { "", "0-3\n", "50000 100000\n" },
    { "0::/\n", "garbage\n", "max 100000\n" },
    { "0::/\n", "\n", "max 100000\n" },
    { "0::/\n", "0-99999\n", "max 100000\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *root = fake_root_new ();
      EaselCores cores;

      note ("%s | %s | %s", cases[i].cgroup, cases[i].online, cases[i].cpu_max);
      fake_write (root, "proc/self/cgroup", cases[i].cgroup);
      fake_write (root, "sys/devices/system/cpu/online", cases[i].online);
      fake_write (root, "sys/fs/cgroup/cpu.max", cases[i].cpu_max);

      read_fake (root, "0", &cores);
      g_assert_cmpuint (cores.affinity, ==, 1);
      g_assert_cmpfloat (cores.quota, ==, 0);
      g_assert_cmpfloat (cores.usable, ==, 1);
      g_assert_cmpint (cores.limit, !=, EASEL_CORES_LIMIT_QUOTA);
      easel_cores_clear (&cores);

      remove_tree (root);
    }

  /* Zero period in v1, then a quota file without its period. */
  {
    g_autofree char *root = fake_root_new ();
    g_autofree char *period = g_build_filename (root, "sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us", NULL);
    EaselCores cores;

    fake_write (root, "proc/self/cgroup", "4:cpu,cpuacct:/\n");
    fake_write (root, "sys/devices/system/cpu/online", "0-1\n");
    fake_write (root, "sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us", "50000\n");
    fake_write (root, "sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us", "0\n");
    read_fake (root, "0-1", &cores);
    g_assert_cmpfloat (cores.usable, ==, 2);
    easel_cores_clear (&cores);

    g_assert_cmpint (g_unlink (period), ==, 0);
    read_fake (root, "0-1", &cores);
    g_assert_cmpfloat (cores.usable, ==, 2);
    g_assert_cmpint (cores.limit, ==, EASEL_CORES_LIMIT_NONE);
    easel_cores_clear (&cores);

    remove_tree (root);
  }
}

static void
fake_topology (const char *root,
               guint       cpu,
               const char *name,
               const char *siblings)
{
  g_autofree char *path = g_strdup_printf ("sys/devices/system/cpu/cpu%u/topology/%s", cpu, name);

  fake_write (root, path, siblings);
}

/* A laptop with SMT: four hardware threads on two cores, numbered as
 * Intel's are (0 and 2 share a core, 1 and 3 the other). */
static void
test_read_topology (void)
{
  static const char * const siblings[] = { "0,2\n", "1,3\n", "0,2\n", "1,3\n" };
  g_autofree char *root = fake_root_new ();
  g_autofree char *text = NULL;
  EaselCores cores;

  fake_write (root, "sys/devices/system/cpu/online", "0-3\n");
  for (guint cpu = 0; cpu < 4; cpu++)
    fake_topology (root, cpu, "core_cpus_list", siblings[cpu]);

  read_fake (root, "0-3", &cores);
  g_assert_cmpuint (cores.affinity, ==, 4);
  g_assert_cmpfloat (cores.usable, ==, 4);
  g_assert_cmpuint (cores.physical, ==, 2);
  g_assert_true (easel_cores_has_smt (&cores));
  g_assert_cmpint (cores.siblings[0], ==, 0);
  g_assert_cmpint (cores.siblings[1], ==, 2);
  text = easel_cores_dup_description (&cores);
  g_assert_cmpstr (text, ==, "4 hardware threads on 2 cores");
  g_clear_pointer (&text, g_free);
  easel_cores_clear (&cores);

  /* Both threads of one core usable: one core. */
  read_fake (root, "0,2", &cores);
  g_assert_cmpuint (cores.affinity, ==, 2);
  g_assert_cmpuint (cores.physical, ==, 1);
  text = easel_cores_dup_description (&cores);
  g_assert_cmpstr (text, ==, "2 of 4 hardware threads usable (CPU affinity), on 1 core");
  g_clear_pointer (&text, g_free);
  easel_cores_clear (&cores);

  /* One thread of each core: two cores, no sharing. */
  read_fake (root, "0-1", &cores);
  g_assert_cmpuint (cores.physical, ==, 2);
  g_assert_false (easel_cores_has_smt (&cores));
  g_assert_cmpint (cores.siblings[0], ==, -1);
  easel_cores_clear (&cores);

  /* Older kernels name the siblings thread_siblings_list only. */
  for (guint cpu = 0; cpu < 4; cpu++)
    {
      g_autofree char *path = g_strdup_printf ("%s/sys/devices/system/cpu/cpu%u/topology/core_cpus_list", root, cpu);

      g_assert_cmpint (g_unlink (path), ==, 0);
      fake_topology (root, cpu, "thread_siblings_list", siblings[cpu]);
    }
  read_fake (root, "0-3", &cores);
  g_assert_cmpuint (cores.physical, ==, 2);
  easel_cores_clear (&cores);

  /* A CPU whose topology is missing or garbage: nothing is claimed, every
   * hardware thread counts as a core. */
  fake_topology (root, 3, "thread_siblings_list", "garbage\n");
  read_fake (root, "0-3", &cores);
  g_assert_cmpuint (cores.physical, ==, 4);
  g_assert_cmpint (cores.siblings[0], ==, -1);
  g_assert_false (easel_cores_has_smt (&cores));
  easel_cores_clear (&cores);

  /* A list that leaves out the CPU it belongs to is garbage too. */
  fake_topology (root, 3, "thread_siblings_list", "0,2\n");
  read_fake (root, "0-3", &cores);
  g_assert_cmpuint (cores.physical, ==, 4);
  easel_cores_clear (&cores);

  /* A directory where the file should be is read as missing, and
   * nothing blocks. */
  {
    g_autofree char *path = g_build_filename (root, "sys/devices/system/cpu/cpu3/topology/thread_siblings_list", NULL);

    g_assert_cmpint (g_unlink (path), ==, 0);
    g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
    read_fake (root, "0-3", &cores);
    g_assert_cmpuint (cores.physical, ==, 4);
    easel_cores_clear (&cores);
  }

  remove_tree (root);
}

/* This machine, as it is: nothing is known but the invariants. */
static void
test_read_real (void)
{
  const EaselCores *cores;
  const char *limit;
  EaselCores again;
  guint in_mask = 0;

  g_unsetenv ("EASEL_SYS_ROOT");
  g_unsetenv ("EASEL_AFFINITY");

  cores = easel_cores_get_default ();
  g_assert_nonnull (cores);
  g_assert_true (cores == easel_cores_get_default ());

  limit = easel_cores_limit_to_string (cores->limit);
  g_test_message ("online %u, affinity %u, physical %u, quota %g, usable %g, limit %s",
                  cores->online, cores->affinity, cores->physical, cores->quota, cores->usable,
                  limit != NULL ? limit : "none");
  g_assert_cmpuint (cores->physical, >=, 1);
  g_assert_cmpuint (cores->physical, <=, cores->affinity);

  g_assert_cmpuint (cores->affinity, >=, 1);
  g_assert_cmpuint (cores->affinity, <=, cores->online);
  g_assert_cmpfloat (cores->usable, >=, 0.01);
  g_assert_cmpfloat (cores->usable, <=, cores->affinity);
  g_assert_cmpuint (cores->online, ==, sysconf (_SC_NPROCESSORS_ONLN));

  if (cores->mask != NULL)
    {
      for (guint cpu = 0; cpu < cores->mask_len; cpu++)
        in_mask += easel_cores_in_mask (cores, cpu);
      g_assert_cmpuint (in_mask, ==, cores->affinity);
    }

  easel_cores_read (&again);
  g_assert_cmpuint (again.online, ==, cores->online);
  g_assert_cmpuint (again.affinity, ==, cores->affinity);
  g_assert_cmpfloat (again.usable, ==, cores->usable);
  g_assert_cmpuint (again.physical, ==, cores->physical);
  easel_cores_clear (&again);

  /* Where CPU 0 names no sibling (this build machine: each vCPU its own
   * core), no usable core is counted twice. */
  {
    g_autofree char *text = NULL;
    guint count = 0;

    if (g_file_get_contents ("/sys/devices/system/cpu/cpu0/topology/thread_siblings_list", &text, NULL, NULL) &&
        easel_cores_parse_cpu_list (text, NULL, NULL, &count) && count == 1 && cores->online <= 2)
      g_assert_cmpuint (cores->physical, ==, cores->affinity);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/easel/cores/cpu-list", test_cpu_list);
  g_test_add_func ("/easel/cores/cpu-max", test_cpu_max);
  g_test_add_func ("/easel/cores/cfs", test_cfs);
  g_test_add_func ("/easel/cores/cgroup-path", test_cgroup_path);
  g_test_add_func ("/easel/cores/read-quota", test_read_quota);
  g_test_add_func ("/easel/cores/read-v1", test_read_v1);
  g_test_add_func ("/easel/cores/read-container", test_read_container);
  g_test_add_func ("/easel/cores/read-affinity", test_read_affinity);
  g_test_add_func ("/easel/cores/read-offline", test_read_offline);
  g_test_add_func ("/easel/cores/read-missing", test_read_missing);
  g_test_add_func ("/easel/cores/read-odd", test_read_odd);
  g_test_add_func ("/easel/cores/read-topology", test_read_topology);
  g_test_add_func ("/easel/cores/read-real", test_read_real);

  return g_test_run ();
}
