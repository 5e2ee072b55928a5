#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The two set-up commands of README.md:
#   packaging/setup.sh run    install, build (Release) and start AMP Lab (headless demo without a display)
#   packaging/setup.sh test   install, build and run every test (the Debian package's too)
#   packaging/setup.sh package   build the Debian package into build/package
set -e
cd "$(dirname "$0")/.."
what="${1:-run}"
packaging/install-deps.sh
case "$what" in
  run)
    cmake --preset release -DAMP_BUILD_TESTS=OFF -DAMP_BUILD_BENCHMARKS=OFF >/dev/null
    cmake --build --preset release
    bin=build/release/app/amplab
    if [ -n "$DISPLAY" ] || [ -n "$WAYLAND_DISPLAY" ]; then
      exec "$bin"
    fi
    echo "No display found: running a headless 'foundations' simulation instead of the GUI." >&2
    "$bin" run foundations --mode sim
    echo "For the GUI, run $bin on a desktop session (or: xvfb-run -a $bin)." >&2
    ;;
  test)
    cmake --preset release -DAMP_BUILD_TESTS=ON -DAMP_BUILD_BENCHMARKS=ON >/dev/null
    cmake --build --preset release
    ctest --preset release -j 2
    cpack --config build/release/CPackConfig.cmake -B build/package >/dev/null
    packaging/test-package.sh build/package/amplab_*.deb
    ;;
  package)
    cmake --preset release >/dev/null
    cmake --build --preset release
    cpack --config build/release/CPackConfig.cmake -B build/package
    ;;
  *)
    echo "usage: packaging/setup.sh run|test|package" >&2
    exit 2
    ;;
esac
