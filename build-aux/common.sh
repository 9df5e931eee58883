# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared by build-aux/run and build-aux/test (sourced, not run): install the
# Debian packages that are missing, and configure the build directory once.

# Everything to build Easel, run it, and run its whole test suite.
EASEL_PACKAGES="
  gcc libc6-dev meson ninja-build pkg-config python3
  libglib2.0-dev libglib2.0-dev-bin libglib2.0-bin
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  gettext desktop-file-utils appstream appstream-util flatpak-builder shared-mime-info
  adwaita-icon-theme hicolor-icon-theme librsvg2-common fonts-cantarell at-spi2-core
  xvfb xauth dbus mutter python3-pyatspi
"

say () {
  printf '%s: %s\n' "${0##*/}" "$*" >&2
}

easel_missing_packages () {
  # shellcheck disable=SC2086
  dpkg-query -W -f='${Package} ${db:Status-Status}\n' $EASEL_PACKAGES 2>/dev/null |
    awk '$2 == "installed" { print $1 }' > "${TMPDIR:-/tmp}/easel-installed.$$"
  for p in $EASEL_PACKAGES; do
    grep -qx "$p" "${TMPDIR:-/tmp}/easel-installed.$$" || printf '%s ' "$p"
  done
  rm -f "${TMPDIR:-/tmp}/easel-installed.$$"
}

easel_install_packages () {
  missing=$(easel_missing_packages)
  [ -z "$missing" ] && return 0

  if ! command -v apt-get >/dev/null; then
    say "these packages are missing and there is no apt-get to install them: $missing"
    exit 1
  fi

  if [ "$(id -u)" -eq 0 ]; then
    sudo=
  elif command -v sudo >/dev/null; then
    sudo=sudo
  else
    say "installing needs root or sudo; missing: $missing"
    exit 1
  fi

  say "installing: $missing"
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends $missing
}

# easel_configure BUILDDIR [MESON OPTIONS…]: set up BUILDDIR once; after
# that ninja reconfigures by itself when a meson.build changes. Warnings
# are errors here, so that no warning lands unnoticed.
easel_configure () {
  builddir=$1
  shift
  set -- -Dwerror=true "$@"
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" --prefix="$PWD/$builddir/prefix" "$@" >/dev/null ||
      meson setup --wipe "$builddir" --prefix="$PWD/$builddir/prefix" "$@"
  fi
}
