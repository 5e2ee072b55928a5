// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QStringList>

namespace amp::app {

/// `amplab lesson FILE --check`: reads and checks a lesson script without running it; prints a
/// one-line summary (exit 0) or every problem with its step (exit 2). Without --check the GUI
/// steps through the script (main.cpp sends it there), so this answers only --check.
int cmdLesson(const QStringList& args);

}  // namespace amp::app
