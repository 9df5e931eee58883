/* fuzz-cores.c
 *
 * Copyright 2026 The Easel developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds any bytes to the cgroup and affinity parsers: the CPU list, cgroup
 * v2's cpu.max, /proc/self/cgroup, and cgroup v1's cpu.cfs_quota_us and
 * cpu.cfs_period_us (the input split at its first NUL or newline). They
 * read NUL-terminated text, so each gets a copy up to the first NUL. Then
 * checks what each promises, and that nothing leaks.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "easel-cores.h"
#include "easel-fuzz.h"

/* The parsers' own bound on CPU numbers (MAX_CPUS). */
#define MAX_CPUS 8192

/* "0-3,5": a mask as long as the highest CPU listed, of 0s and 1s, which
 * count to @count; no mask for the empty list. */
static void
fuzz_cpu_list (const char *text)
{
  g_autofree guint8 *mask = NULL;
  guint mask_len = G_MAXUINT;
  guint count = G_MAXUINT;
  guint count_alone = G_MAXUINT;
  guint n = 0;
  gboolean ok;

  ok = easel_cores_parse_cpu_list (text, &mask, &mask_len, &count);
  if (!ok)
    {
      g_assert_null (mask);
      g_assert_cmpuint (mask_len, ==, 0);
      g_assert_cmpuint (count, ==, 0);
    }

  g_assert_cmpuint (mask_len, <=, MAX_CPUS);
  g_assert_cmpuint (count, <=, mask_len);
  g_assert_true ((mask == NULL) == (mask_len == 0));
  g_assert_true ((count == 0) == (mask_len == 0));
  for (guint cpu = 0; cpu < mask_len; cpu++)
    {
      g_assert_cmpuint (mask[cpu], <=, 1);
      n += mask[cpu];
    }
  g_assert_cmpuint (n, ==, count);
  /* The highest CPU listed sets the length. */
  if (mask_len > 0)
    g_assert_cmpuint (mask[mask_len - 1], ==, 1);

  /* Every out parameter may be NULL, and the answer is the same. */
  g_assert_true (easel_cores_parse_cpu_list (text, NULL, NULL, &count_alone) == ok);
  g_assert_cmpuint (count_alone, ==, count);
  g_assert_true (easel_cores_parse_cpu_list (text, NULL, NULL, NULL) == ok);
}

/* "$QUOTA $PERIOD" or "max [$PERIOD]": a quota in cores, 0 only for "max". */
static void
fuzz_cpu_max (const char *text)
{
  double quota = -1;
  gboolean unlimited;

  unlimited = g_str_has_prefix (text + strspn (text, " \t"), "max");

  if (!easel_cores_parse_cpu_max (text, &quota))
    {
      g_assert_cmpfloat (quota, ==, 0);
      return;
    }

  g_assert_true (isfinite (quota));
  if (unlimited)
    g_assert_cmpfloat (quota, ==, 0);
  else
    g_assert_cmpfloat (quota, >, 0);
}

/* cpu.cfs_quota_us over cpu.cfs_period_us: "-1" is no limit (0) and needs
 * no period; any other quota is above 0 and needs one. */
static void
fuzz_cfs (const char *quota_text,
          const char *period_text)
{
  double alone = -1;
  double quota = -1;
  gboolean ok_alone;
  gboolean ok;

  ok_alone = easel_cores_parse_cfs (quota_text, NULL, &alone);
  g_assert_cmpfloat (alone, ==, 0);

  ok = easel_cores_parse_cfs (quota_text, period_text, &quota);
  g_assert_true (isfinite (quota));
  if (!ok)
    {
      g_assert_false (ok_alone);
      g_assert_cmpfloat (quota, ==, 0);
    }
  else if (quota == 0)
    {
      /* No limit, which the quota alone says. */
      g_assert_true (ok_alone);
    }
  else
    {
      g_assert_cmpfloat (quota, >, 0);
      g_assert_false (ok_alone);
      g_assert_nonnull (period_text);
    }
}

/* A path from a line of the text, which starts with "/"; FALSE only when
 * neither is found. */
static void
check_cgroup_path (const char *text,
                   const char *path)
{
  if (path == NULL)
    return;

  g_assert_cmpint (path[0], ==, '/');
  g_assert_null (strchr (path, '\n'));
  g_assert_nonnull (strstr (text, path));
}

static void
fuzz_cgroup_path (const char *text)
{
  g_autofree char *v2 = NULL;
  g_autofree char *v1 = NULL;
  g_autofree char *v2_alone = NULL;
  g_autofree char *v1_alone = NULL;
  gboolean ok;

  ok = easel_cores_parse_cgroup_path (text, &v2, &v1);
  g_assert_true (ok == (v2 != NULL || v1 != NULL));
  check_cgroup_path (text, v2);
  check_cgroup_path (text, v1);

  /* Either out parameter may be NULL, and the answer is the same. */
  g_assert_true (easel_cores_parse_cgroup_path (text, &v2_alone, NULL) == ok);
  g_assert_cmpstr (v2_alone, ==, v2);
  g_assert_true (easel_cores_parse_cgroup_path (text, NULL, &v1_alone) == ok);
  g_assert_cmpstr (v1_alone, ==, v1);
  g_assert_true (easel_cores_parse_cgroup_path (text, NULL, NULL) == ok);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* libFuzzer hands an empty input over as a pointer, but g_strndup()
   * would make nothing of NULL. */
  const char *bytes = size > 0 ? (const char *) data : "";
  g_autofree char *text = g_strndup (bytes, size);
  g_autofree char *quota_text = NULL;
  g_autofree char *period_text = NULL;
  gsize split = 0;

  easel_fuzz_init ();

  fuzz_cpu_list (text);
  fuzz_cpu_max (text);
  fuzz_cgroup_path (text);

  /* Two files from one input; without a second, no period file. */
  while (split < size && bytes[split] != '\0' && bytes[split] != '\n')
    split++;
  quota_text = g_strndup (bytes, split);
  if (split < size)
    period_text = g_strndup (bytes + split + 1, size - split - 1);
  fuzz_cfs (quota_text, period_text);

  return 0;
}
