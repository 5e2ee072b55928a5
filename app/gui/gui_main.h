// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once

namespace amp::app {

/// Starts the GUI (creates the QApplication, the main window, runs the event loop).
/// Understands --db PATH and --perf-probe.
int runGui(int argc, char** argv);

}  // namespace amp::app
