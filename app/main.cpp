// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QApplication>
#include <QStringList>
#include <QTextStream>

#include "cli/cli.h"
#include "gui/gui_main.h"

int main(int argc, char** argv) {
  QStringList args;
  for (int i = 1; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
  QCoreApplication::setApplicationName(QStringLiteral("amplab"));
  QCoreApplication::setApplicationVersion(QStringLiteral(AMPLAB_VERSION));

  if (amp::app::isCliCommand(args)) {
    // Headless commands never need a display; charts and PDF reports render offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return amp::app::runCli(args);
  }
  const bool haveDisplay = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
                           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
  if (!haveDisplay) {
    QTextStream(stderr) << "No display found, so the GUI cannot open. Running a headless 'foundations' "
                           "simulation instead; see 'amplab help' for the command line.\n";
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return amp::app::runCli({QStringLiteral("run"), QStringLiteral("foundations")});
  }
  return amp::app::runGui(argc, argv);
}
