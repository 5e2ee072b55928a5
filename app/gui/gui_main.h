// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once

namespace amp::app {

/// Starts the GUI (creates the QApplication, the main window, runs the event loop).
/// Understands --db PATH and --perf-probe, and for demonstrations, screenshots and
/// measurements: --lab ID, --mode model|sim|real|compare, --set key=value (repeatable),
/// --speed 1|10|100|1000|fit|max, --duration S, --reps N, --run, --presentation,
/// --screenshot FILE [--screenshot-after S], --quit-after S, --lang CODE. Without --lab, or an
/// option that acts on a lab page (--set, --mode, --run, --tab, --speed, --perf-probe), the window
/// opens on the start page ("Continue where I stopped"); with one, on the last lab as before.
int runGui(int argc, char** argv);

}  // namespace amp::app
