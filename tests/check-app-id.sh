#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every file that carries the application ID carries exactly the same one,
# in its dotted form (io.github.easel_app.Easel) or as a path
# (/io/github/easel_app/Easel), and nothing that resembles it.
set -eu

srcdir=${1:?usage: check-app-id.sh SRCDIR APP_ID}
app_id=${2:?usage: check-app-id.sh SRCDIR APP_ID}
app_path=/$(printf '%s' "$app_id" | tr . /)
cd "$srcdir"

status=0

# The files that must name the application.
for f in \
  meson.build \
  data/io.github.easel_app.Easel.desktop.in.in \
  data/io.github.easel_app.Easel.metainfo.xml.in.in \
  data/io.github.easel_app.Easel.gschema.xml \
  flatpak/io.github.easel_app.Easel.json \
  ui/easel.gresource.xml
do
  if ! grep -q -e "$app_id" -e "$app_path" -e '@APP_ID@' "$f"; then
    echo "$f: does not carry the application ID" >&2
    status=1
  fi
done

# Anything shaped like an ID of ours, anywhere, must be exactly ours. A
# reverse-DNS ID may follow a slash (data/io.github….desktop) and be
# followed by a suffix after a dot or dash (.desktop, -symbolic.svg).
found=$(git ls-files 2>/dev/null || find . -type f ! -path './_build*' ! -path './.git/*')
for f in $found; do
  [ -f "$f" ] || continue
  grep -I -o -i -E '/?io[./]github[./][a-z0-9_-]*easel[a-z0-9_-]*[./][a-z0-9_]+' "$f" 2>/dev/null |
  while read -r hit; do
    case "$hit" in
      "$app_id"|"/$app_id"|"$app_path") ;;
      *)
        echo "$f: '$hit' differs from $app_id" >&2
        exit 1 ;;
    esac
  done || status=1
done

# The files named after the ID exist under exactly that name.
for f in \
  "data/$app_id.gschema.xml" \
  "data/$app_id.desktop.in.in" \
  "data/$app_id.metainfo.xml.in.in" \
  "data/icons/hicolor/scalable/apps/$app_id.svg" \
  "data/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
  "flatpak/$app_id.json"
do
  [ -f "$f" ] || { echo "$f: missing" >&2; status=1; }
done

[ $status -eq 0 ] && echo "one application ID everywhere: $app_id"
exit $status
