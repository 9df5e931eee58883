#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a test program inside mutter as a headless Wayland compositor, with
# its own D-Bus session, so that what needs a real compositor (fullscreen)
# is tested for real. Skips (77) when mutter is not installed.
#
#   run-under-mutter.sh [--monitor WxH]… PROGRAM [ARGS…]
#
# The virtual monitor is 1600×1000 unless --monitor says otherwise; each
# --monitor adds one (a laptop and a projector: two).
set -eu

monitors=
while [ "${1:-}" = --monitor ]; do
  monitors="$monitors ${2:?--monitor needs a size, such as 1280x720}"
  shift 2
done
monitors=${monitors:-1600x1000}
program=${1:?usage: run-under-mutter.sh [--monitor WxH]… PROGRAM [ARGS…]}
shift

command -v mutter >/dev/null || { echo "mutter is not installed"; exit 77; }

monitor_args=
for monitor in $monitors; do
  monitor_args="$monitor_args --monitor $monitor"
done

if [ -z "${EASEL_IN_MUTTER_SESSION:-}" ]; then
  export EASEL_IN_MUTTER_SESSION=1
  # shellcheck disable=SC2086 # one word per size
  exec dbus-run-session -- "$0" $monitor_args "$program" "$@"
fi

virtual=
for monitor in $monitors; do
  virtual="$virtual --virtual-monitor $monitor"
done

runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
display="easel-test-$$"

# The compositor is not under test: it must not inherit the tests' fatal
# warnings (it warns about missing session services and would abort).
env -u G_DEBUG -u DISPLAY \
  mutter --headless --wayland --no-x11 $virtual \
         --wayland-display "$display" >"$runtime/mutter.log" 2>&1 &
mutter_pid=$!
trap 'kill $mutter_pid 2>/dev/null; wait $mutter_pid 2>/dev/null; rm -rf "$runtime"' EXIT

tries=0
until [ -S "$runtime/$display" ]; do
  tries=$((tries + 1))
  if [ $tries -gt 200 ] || ! kill -0 $mutter_pid 2>/dev/null; then
    echo "mutter did not start:" >&2
    cat "$runtime/mutter.log" >&2
    exit 1
  fi
  sleep 0.05
done

unset DISPLAY
export GDK_BACKEND=wayland WAYLAND_DISPLAY="$display"
if [ -n "${EASEL_TEST_OUTPUT_DIR:-}" ]; then
  export EASEL_TEST_OUTPUT_DIR="$EASEL_TEST_OUTPUT_DIR/wayland"
fi
"$program" "$@"
