#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package as a student gets it: unpacked into a scratch root (dpkg -x), its files and
# metadata checked, and the installed binary run (the lab list and a headless model run).
#   packaging/test-package.sh build/package/amplab_*.deb
set -e
deb="$1"
[ -f "$deb" ] || { echo "usage: $0 amplab_VERSION_ARCH.deb" >&2; exit 2; }
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
fail() { echo "package test: $*" >&2; exit 1; }
for f in usr/bin/amplab usr/share/applications/amplab.desktop \
         usr/share/metainfo/org.amplab.AmpLab.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/amplab.svg usr/share/man/man1/amplab.1; do
  [ -e "$root/$f" ] || fail "missing /$f"
done
desktop-file-validate "$root/usr/share/applications/amplab.desktop" || fail "invalid desktop entry"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.amplab.AmpLab.metainfo.xml" >/dev/null ||
  fail "invalid AppStream metainfo"
grep -q 'amplab run' "$root/usr/share/man/man1/amplab.1" || fail "the man page lacks the help text"
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6sql6-sqlite qt6-qpa-plugins fonts-dejavu-core libsodium libqt6widgets6 libsqlite3; do
  echo "$depends" | grep -q "$d" || fail "Depends lacks $d: $depends"
done
export QT_QPA_PLATFORM=offscreen
"$root/usr/bin/amplab" labs | grep -q foundations || fail "the installed amplab lists no labs"
"$root/usr/bin/amplab" run foundations --mode model --db "$root/runs.db" | grep -q sojourn_ms ||
  fail "the installed amplab cannot run the foundations model"
echo "package test: $(basename "$deb") installs, validates and runs"
