#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The run files' MIME type as the desktop reads it: the shared-mime-info
# entry builds into a database, where *.easel-run.json is
# application/x-easel-run+json, a kind of JSON; and the desktop file says
# Easel opens it.
set -eu

xml=$1
desktop=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

mkdir -p "$dir/packages"
cp "$xml" "$dir/packages/easel.xml"
update-mime-database "$dir" >/dev/null

grep -q '^60:application/x-easel-run+json:\*\.easel-run\.json$' "$dir/globs2" || {
  echo "no glob *.easel-run.json in the MIME database" >&2
  exit 1
}
grep -q '^application/x-easel-run+json application/json$' "$dir/subclasses" || {
  echo "application/x-easel-run+json is not a kind of JSON" >&2
  exit 1
}
grep -q '^MimeType=.*application/x-easel-run+json;' "$desktop" || {
  echo "the desktop file does not open run files" >&2
  exit 1
}
grep -q '^Exec=.*%[fF]' "$desktop" || {
  echo "the desktop file's Exec takes no files" >&2
  exit 1
}
echo "run files: *.easel-run.json is application/x-easel-run+json, opened by Easel"
