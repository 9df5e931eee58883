#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Flatpak manifest parses for flatpak-builder without a warning, and
# says what the project promises: the GNOME runtime, the easel command, the
# exact sandbox holes, and a meson build of the repository directory.
set -eu

manifest=${1:?usage: check-flatpak.sh MANIFEST APP_ID}
app_id=${2:?}

shown=$(G_DEBUG=fatal-warnings flatpak-builder --show-manifest "$manifest")

printf '%s' "$shown" | python3 -c '
import json, sys
m = json.load(sys.stdin)
app_id = sys.argv[1]
errors = []
def expect(what, got, want):
    if got != want:
        errors.append("%s is %r, expected %r" % (what, got, want))
expect("id", m.get("id", m.get("app-id")), app_id)
expect("runtime", m.get("runtime"), "org.gnome.Platform")
expect("sdk", m.get("sdk"), "org.gnome.Sdk")
expect("command", m.get("command"), "easel")
expect("finish-args", m.get("finish-args"),
       ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"])
version = m.get("runtime-version", "")
if not version.isdigit() or int(version) < 47:
    errors.append("runtime-version %r is not a current GNOME runtime" % version)
app = m["modules"][-1]
expect("app module", app.get("name"), "easel")
expect("buildsystem", app.get("buildsystem"), "meson")
expect("sources", [(s.get("type"), s.get("path")) for s in app.get("sources", [])], [("dir", "..")])
for e in errors:
    print(e, file=sys.stderr)
if errors:
    sys.exit(1)
print("manifest ok: %s on org.gnome.Platform %s" % (app_id, version))
' "$app_id"
