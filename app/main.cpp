// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <unistd.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTextStream>

#include "cli/cli.h"
#include "cli/cli_words.h"
#include "gui/gui_main.h"
#include "i18n/translators.h"

int main(int argc, char** argv) {
  QStringList args;
  for (int i = 1; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
  QCoreApplication::setApplicationName(QStringLiteral("amplab"));
  QCoreApplication::setApplicationVersion(QStringLiteral(AMPLAB_VERSION));

  // The offscreen platform wants a runtime folder and warns on every start without one.
  if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-%1").arg(getuid());
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", dir.toLocal8Bit());
  }
  // `amplab lesson FILE` steps through a script in the GUI; with --check (or --help) it is headless.
  const bool lessonGui = args.value(0) == QLatin1String("lesson") &&
                         !args.contains(QStringLiteral("--check")) &&
                         !args.contains(QStringLiteral("--help")) && !args.contains(QStringLiteral("-h"));
  if (amp::app::isCliCommand(args) && !lessonGui) {
    // Headless commands never need a display; charts and PDF reports render offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Human output in the language of LANG (LC_ALL, LC_MESSAGES); --json and --csv never change.
    amp::app::useLanguage(amp::app::languageFromEnvironment());
    return amp::app::runCli(args);
  }
  const bool haveDisplay = !qEnvironmentVariableIsEmpty("DISPLAY") ||
                           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
                           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
  // Without a display the message comes in the environment's language: a translator needs an
  // application object, so it is made before the message is printed.
  if (!haveDisplay && lessonGui) {
    QCoreApplication app(argc, argv);
    amp::app::useLanguage(amp::app::languageFromEnvironment());
    QTextStream(stderr) << amp::app::CliWords::tr(
                               "No display found, so the lesson cannot be shown; 'amplab lesson FILE "
                               "--check' validates it headless.")
                        << "\n";
    return 1;
  }
  if (!haveDisplay) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    amp::app::useLanguage(amp::app::languageFromEnvironment());
    QTextStream(stderr) << amp::app::CliWords::tr(
                               "No display found, so the GUI cannot open. Running a headless "
                               "'foundations' simulation instead; see 'amplab help' for the command "
                               "line.")
                        << "\n";
    return amp::app::runCli({QStringLiteral("run"), QStringLiteral("foundations")});
  }
  return amp::app::runGui(argc, argv);
}
