#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every source, template or data file with translatable strings is listed in
# po/POTFILES.in, and everything listed there exists.
set -eu

srcdir=${1:?usage: check-potfiles.sh SRCDIR}
cd "$srcdir"

listed=$(mktemp)
needed=$(mktemp)
trap 'rm -f "$listed" "$needed"' EXIT

grep -v -e '^#' -e '^[[:space:]]*$' po/POTFILES.in | sort -u > "$listed"

{
  # C: _("…"), N_("…"), C_("…", …), NC_(…), g_dngettext and ngettext.
  grep -l -E '(^|[^A-Za-z0-9_])(N?C?_|ngettext|g_dngettext)[[:space:]]*\(' \
    $(find src -name '*.c' | sort) 2>/dev/null || true
  # GtkBuilder templates.
  grep -l 'translatable="yes"' $(find ui -name '*.ui' | sort) 2>/dev/null || true
  # Data files with strings for translators.
  find data -name '*.desktop.in*' -o -name '*.metainfo.xml.in*' -o -name '*.gschema.xml' | sort
} | sort -u > "$needed"

status=0
for f in $(comm -13 "$listed" "$needed"); do
  echo "po/POTFILES.in: $f has translatable strings but is not listed" >&2
  status=1
done
while read -r f; do
  [ -f "$f" ] || { echo "po/POTFILES.in: $f does not exist" >&2; status=1; }
done < "$listed"

[ $status -eq 0 ] && echo "POTFILES.in lists all $(wc -l < "$needed") files with translatable strings"
exit $status
