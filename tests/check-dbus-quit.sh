#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Start the real application on the session bus, wait until it owns its
# name, ask it to quit with `gapplication action … quit`, and check that it
# exits by itself, with status 0, soon after.
set -eu

easel=${1:?usage: check-dbus-quit.sh EASEL APP_ID}
app_id=${2:?}

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] || [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "needs a D-Bus session and a display (build-aux/test provides both)"
  exit 77
fi

"$easel" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT

has_owner () {
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner "$app_id" 2>/dev/null | grep -q true
}

tries=0
until has_owner; do
  tries=$((tries + 1))
  if [ $tries -gt 200 ] || ! kill -0 $pid 2>/dev/null; then
    echo "$app_id never appeared on the session bus" >&2
    exit 1
  fi
  sleep 0.05
done
echo "$app_id owns its name after $((tries * 50)) ms"

gapplication action "$app_id" quit

tries=0
while kill -0 $pid 2>/dev/null; do
  tries=$((tries + 1))
  if [ $tries -gt 200 ]; then
    echo "still running 10 s after app.quit" >&2
    exit 1
  fi
  sleep 0.05
done

wait $pid && rc=0 || rc=$?
trap - EXIT
echo "quit over D-Bus after ~$((tries * 50)) ms, exit status $rc"
[ $rc -eq 0 ]
