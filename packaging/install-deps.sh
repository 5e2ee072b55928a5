#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages AMP Lab builds and runs with. Idempotent: quiet and quick when
# everything is present.
set -e
PKGS="build-essential cmake ninja-build pkg-config git \
 qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-svg-dev libqt6sql6-sqlite qt6-qpa-plugins libqcustomplot-dev \
 libboost-graph-dev libbenchmark-dev libsqlite3-dev libssl-dev libseccomp-dev libsodium-dev libeigen3-dev parallel \
 xvfb xauth fonts-dejavu-core imagemagick poppler-utils help2man desktop-file-utils appstream"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "Installing:$missing" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 $missing >/dev/null
