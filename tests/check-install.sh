#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `meson install` into a DESTDIR yields everything a desktop needs; with
# --version, the installed binary also runs from there and says its version.
set -eu

builddir=${1:?usage: check-install.sh BUILDDIR PREFIX APP_ID VERSION [--version]}
prefix=${2:?}
app_id=${3:?}
version=${4:?}
mode=${5:-files}

destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT

meson install -C "$builddir" --no-rebuild --quiet --destdir "$destdir" >/dev/null
root="$destdir$prefix"

if [ "$mode" = --version ]; then
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/bin/easel" --version)
  echo "installed binary says: $out"
  [ "$out" = "easel $version" ] || { echo "expected 'easel $version'" >&2; exit 1; }
  exit 0
fi

status=0
for f in \
  bin/easel \
  "share/applications/$app_id.desktop" \
  "share/metainfo/$app_id.metainfo.xml" \
  "share/icons/hicolor/scalable/apps/$app_id.svg" \
  "share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
  "share/glib-2.0/schemas/$app_id.gschema.xml" \
  share/locale/de/LC_MESSAGES/easel.mo
do
  if [ -s "$root/$f" ]; then
    echo "ok: $f"
  else
    echo "missing: $f" >&2
    status=1
  fi
done

[ -x "$root/bin/easel" ] || { echo "bin/easel is not executable" >&2; status=1; }

# The installed translation really is German.
if ! LC_ALL=C msgunfmt "$root/share/locale/de/LC_MESSAGES/easel.mo" | grep -q 'Einstellungen'; then
  echo "easel.mo does not hold the German translation" >&2
  status=1
fi

exit $status
