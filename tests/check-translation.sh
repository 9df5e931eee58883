#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A translation compiles with msgfmt --check and is complete against the
# current sources: no untranslated or fuzzy message once merged with a
# template extracted afresh (into a temporary file, not the source tree).
set -eu

srcdir=${1:?usage: check-translation.sh SRCDIR LANG}
lang=${2:?usage: check-translation.sh SRCDIR LANG}
po="$srcdir/po/$lang.po"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

msgfmt --check --output-file=/dev/null "$po"

# The same keywords as meson's i18n 'glib' preset.
xgettext --package-name=easel --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --directory="$srcdir" --files-from="$srcdir/po/POTFILES.in" \
  --output="$tmp/easel.pot"

msgmerge --quiet --no-fuzzy-matching --output-file="$tmp/$lang.po" "$po" "$tmp/easel.pot"

stats=$(LC_ALL=C msgfmt --statistics --output-file=/dev/null "$tmp/$lang.po" 2>&1)
echo "$lang.po: $stats"
case "$stats" in
  *untranslated*|*fuzzy*)
    echo "$lang.po is incomplete against the sources" >&2
    exit 1 ;;
esac

# French typography: a no-break space (U+00A0 or U+202F) before : ; ? ! and
# %, and inside « »; never a plain space there.
if [ "$lang" = fr ]; then
  bad=$(msgattrib --no-wrap --no-obsolete "$tmp/$lang.po" | grep '^msgstr' |
        grep -n -e ' [:;?!»]' -e '« ' -e ' %%' || true)
  if [ -n "$bad" ]; then
    echo "$lang.po: a plain space where French typography wants a no-break space:" >&2
    echo "$bad" >&2
    exit 1
  fi
fi
