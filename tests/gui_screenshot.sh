#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 AMP Lab authors
# Starts amplab under Xvfb on the foundations lab, runs the simulation and saves a screenshot.
# usage: gui_screenshot.sh AMPLAB_BINARY OUT.png [SECONDS_BEFORE_SHOT]
set -eu
bin=$1
out=$2
after=${3:-10}

if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "SKIP: xvfb-run is not installed (apt-get install xvfb xauth); no screenshot taken."
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$out"
# A fresh database and settings, so the shot shows what a first-time student sees.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
unset QT_QPA_PLATFORM

xvfb-run -a -s "-screen 0 1280x800x24" \
  "$bin" --db "$work/runs.db" --lab foundations --mode sim --speed fit --run \
  --screenshot "$out" --screenshot-after "$after" 2>"$work/stderr" || {
  cat "$work/stderr"
  echo "FAIL: amplab exited with an error"
  exit 1
}
cat "$work/stderr"
if [ ! -s "$out" ]; then
  echo "FAIL: no screenshot at $out"
  exit 1
fi
# The PNG signature, and a size that a blank screen would not reach.
if [ "$(head -c 4 "$out" | od -An -c | tr -d ' ')" != "211PNG" ]; then
  echo "FAIL: $out is not a PNG"
  exit 1
fi
size=$(wc -c <"$out")
if [ "$size" -lt 30000 ]; then
  echo "FAIL: $out is only $size bytes: the window looks empty"
  exit 1
fi
echo "screenshot: $out ($size bytes)"
