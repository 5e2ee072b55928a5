// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/gui_main.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <memory>

#include "amp/labs/registry.h"
#include "gui/lab_page.h"
#include "gui/language_menu.h"
#include "gui/lesson_menu.h"
#include "gui/main_window.h"
#include "gui/perf_probe.h"
#include "gui/window_host.h"
#include "i18n/translators.h"
#include "store/run_store.h"

namespace amp::app {

namespace {
int speedIndexFor(const QString& s) {
  if (s == QLatin1String("1")) return 0;
  if (s == QLatin1String("10")) return 1;
  if (s == QLatin1String("100")) return 2;
  if (s == QLatin1String("1000")) return 3;
  if (s == QLatin1String("fit")) return 4;
  if (s == QLatin1String("max") || s == QLatin1String("flat")) return LabPage::flatOutSpeedIndex();
  return -1;
}
}  // namespace

int runGui(int argc, char** argv) {
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("AMP Lab"));
  QCoreApplication::setApplicationName(QStringLiteral("amplab"));
  QGuiApplication::setApplicationDisplayName(QStringLiteral("AMP Lab"));

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QStringLiteral("AMP Lab: asymmetric multiprocessing, model vs simulation vs reality"));
  parser.addHelpOption();
  const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Run database (SQLite file)."),
                                 QStringLiteral("path"));
  const QCommandLineOption probeOpt(
      QStringLiteral("perf-probe"),
      QStringLiteral("Print frames/s, event-loop latency and memory every second."));
  const QCommandLineOption labOpt(QStringLiteral("lab"), QStringLiteral("Open this lab."),
                                  QStringLiteral("id"));
  const QCommandLineOption modeOpt(QStringLiteral("mode"), QStringLiteral("model, sim, real or compare."),
                                   QStringLiteral("mode"));
  const QCommandLineOption setOpt(QStringLiteral("set"), QStringLiteral("Set a parameter (repeatable)."),
                                  QStringLiteral("key=value"));
  const QCommandLineOption speedOpt(QStringLiteral("speed"), QStringLiteral("1, 10, 100, 1000, fit or max."),
                                    QStringLiteral("speed"));
  const QCommandLineOption durationOpt(QStringLiteral("duration"), QStringLiteral("Seconds per replication."),
                                       QStringLiteral("s"));
  const QCommandLineOption warmupOpt(
      QStringLiteral("warmup"), QStringLiteral("Warm-up seconds (default: MSER-5)."), QStringLiteral("s"));
  const QCommandLineOption repsOpt(QStringLiteral("reps"), QStringLiteral("Replications."),
                                   QStringLiteral("n"));
  const QCommandLineOption runOpt(QStringLiteral("run"),
                                  QStringLiteral("Start a run once the window is up."));
  const QCommandLineOption presentOpt(QStringLiteral("presentation"),
                                      QStringLiteral("Start in presentation mode."));
  const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
                                   QStringLiteral("Save a screenshot of the window."),
                                   QStringLiteral("file"));
  const QCommandLineOption shotAfterOpt(QStringLiteral("screenshot-after"),
                                        QStringLiteral("Seconds before the screenshot (default 8)."),
                                        QStringLiteral("s"), QStringLiteral("8"));
  const QCommandLineOption quitOpt(QStringLiteral("quit-after"),
                                   QStringLiteral("Quit after this many seconds."), QStringLiteral("s"));
  const QCommandLineOption tabOpt(QStringLiteral("tab"),
                                  QStringLiteral("Left tab: parameters, about, exercises or sweep."),
                                  QStringLiteral("name"));
  const QCommandLineOption langOpt(
      QStringLiteral("lang"), QStringLiteral("User interface language, e.g. de."), QStringLiteral("code"));
  parser.addOptions({dbOpt, probeOpt, labOpt, modeOpt, setOpt, speedOpt, durationOpt, warmupOpt, repsOpt,
                     runOpt, presentOpt, shotOpt, shotAfterOpt, quitOpt, tabOpt, langOpt});
  if (!parser.parse(QCoreApplication::arguments())) QTextStream(stderr) << parser.errorText() << "\n";
  if (parser.isSet(QStringLiteral("help"))) parser.showHelp(0);

  // --lang holds for this start only; View → Language is remembered.
  useLanguage(parser.isSet(langOpt) ? parser.value(langOpt) : LanguageMenu::savedLanguage());

  // `amplab lesson FILE`: a script that does not read or check is refused before any window opens.
  lesson::Lesson lesson;
  const bool lessonMode = parser.positionalArguments().value(0) == QLatin1String("lesson");
  if (lessonMode) {
    QString problem = lesson::loadLesson(parser.positionalArguments().value(1), lesson);
    if (problem.isEmpty()) problem = lesson::checkLesson(lesson).join(QStringLiteral("\n"));
    if (!problem.isEmpty()) {
      QTextStream(stderr) << "error: " << problem << "\n";
      return 2;
    }
  }

  auto store = std::make_shared<RunStore>();
  const QString storeError = store->open(parser.isSet(dbOpt) ? parser.value(dbOpt) : RunStore::defaultPath());

  // The host builds the window again when the language changes: `window` serves the start-up
  // below, anything later asks the host for the window of the moment.
  WindowHost host(store, storeError);
  MainWindow& window = *host.window();
  PerfProbe probe;
  if (parser.isSet(probeOpt)) {
    host.attachProbe(&probe);
    // Started once the window is up: its first layout and paint are start-up, not a stall.
    QTimer::singleShot(500, &probe, [&probe] { probe.start(true); });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &probe,
                     [&probe] { QTextStream(stderr) << probe.summaryText() << "\n"; });
  }
  if (parser.isSet(labOpt)) {
    if (!window.openLab(parser.value(labOpt)))
      window.showWindowError(QObject::tr("There is no lab '%1'.").arg(parser.value(labOpt)));
  }
  // Without a lab or anything to do on one, the student starts where they stopped.
  const bool pageWanted = parser.isSet(setOpt) || parser.isSet(modeOpt) || parser.isSet(runOpt) ||
                          parser.isSet(tabOpt) || parser.isSet(speedOpt) || parser.isSet(probeOpt) ||
                          lessonMode;
  if (window.page() == nullptr) {
    if (pageWanted || parser.isSet(labOpt))
      window.openInitialLab();
    else
      window.showStartPage();
  }

  if (LabPage* page = window.page()) {
    if (parser.isSet(setOpt)) {
      run::Params p = page->params();
      const auto specs = page->lab().params();
      for (const QString& s : parser.values(setOpt)) {
        const std::string err = run::applySetting(specs, p, s.toStdString());
        if (!err.empty()) window.showWindowError(QString::fromStdString(err));
      }
      page->setParams(p);
    }
    if (parser.isSet(modeOpt)) {
      const QString m = parser.value(modeOpt);
      const LabPage::PageMode mode = m == QLatin1String("model")     ? LabPage::PageMode::Model
                                     : m == QLatin1String("real")    ? LabPage::PageMode::Real
                                     : m == QLatin1String("compare") ? LabPage::PageMode::Compare
                                                                     : LabPage::PageMode::Sim;
      page->setMode(mode);
    }
    if (parser.isSet(speedOpt)) {
      const int i = speedIndexFor(parser.value(speedOpt));
      if (i >= 0) page->setSpeedIndex(i);
    }
    page->setRunLength(parser.value(durationOpt).toDouble(), parser.value(repsOpt).toInt());
    if (parser.isSet(warmupOpt)) page->setWarmup(parser.value(warmupOpt).toDouble());
    if (parser.isSet(tabOpt)) {
      const QStringList tabs{QStringLiteral("parameters"), QStringLiteral("about"),
                             QStringLiteral("exercises"), QStringLiteral("sweep")};
      page->showTab(std::max(0, static_cast<int>(tabs.indexOf(parser.value(tabOpt)))));
    }
  }
  window.show();
  if (parser.isSet(presentOpt)) window.setPresentation(true);
  if (lessonMode)
    host.lessons()->play(lesson, parser.value(durationOpt).toDouble(), parser.value(repsOpt).toInt());
  if (parser.isSet(runOpt))
    QTimer::singleShot(500, &host, [&host] {
      if (host.window()->page() != nullptr) host.window()->page()->run();
    });
  if (parser.isSet(shotOpt)) {
    const QString file = parser.value(shotOpt);
    const int after = static_cast<int>(parser.value(shotAfterOpt).toDouble() * 1000);
    QTimer::singleShot(after, &host, [&host, file, quit = !parser.isSet(quitOpt)] {
      // grab() renders the widget tree itself, so it works without a window manager too.
      const bool ok = host.window()->grab().save(file);
      QTextStream(stderr) << (ok ? "screenshot saved: " : "screenshot FAILED: ") << file << "\n";
      if (quit) QCoreApplication::exit(ok ? 0 : 1);
    });
  }
  if (parser.isSet(quitOpt))
    QTimer::singleShot(static_cast<int>(parser.value(quitOpt).toDouble() * 1000), &app,
                       &QCoreApplication::quit);
  return app.exec();
}

}  // namespace amp::app
