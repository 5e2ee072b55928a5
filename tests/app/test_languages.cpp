// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QAction>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <optional>

#include "amp/labs/registry.h"
#include "gui/exercise_panel.h"
#include "gui/history_dock.h"
#include "gui/lab_page.h"
#include "gui/lab_session.h"
#include "gui/language_menu.h"
#include "gui/lesson_menu.h"
#include "gui/lesson_player.h"
#include "gui/main_window.h"
#include "gui/sweep_panel.h"
#include "gui/window_host.h"
#include "i18n/translators.h"
#include "report/report.h"
#include "short_run.h"
#include "store/run_store.h"
#include "widgets/chart_widget.h"
#include "widgets/format.h"
#include "widgets/lab_text_file.h"
#include "widgets/metric_table.h"
#include "widgets/page_view.h"

using amp::app::LabPage;
using amp::app::LanguageMenu;
using amp::app::MainWindow;
using amp::app::WindowHost;

namespace {
// The menu bar's titles as shown, mnemonics removed: "File", "Run", "View", …
QStringList menuTitles(const MainWindow* w) {
  QStringList titles;
  for (const QAction* a : w->menuBar()->actions()) titles << QString(a->text()).remove(QLatin1Char('&'));
  return titles;
}

QAction* languageAction(const MainWindow* w, const QString& code) {
  auto* menu = w->findChild<LanguageMenu*>();
  if (menu == nullptr) return nullptr;
  for (QAction* a : menu->actions())
    if (a->data().toString() == code) return a;
  return nullptr;
}

/// Chooses the language in the window's menu and waits for the window built in it.
MainWindow* switchTo(WindowHost& host, const QString& code) {
  MainWindow* before = host.window();
  languageAction(before, code)->trigger();
  if (!QTest::qWaitFor([&] { return host.window() != before; }, 5000)) return nullptr;
  return host.window();
}

/// What every chart of the page draws from measurements: per layer, how many points and their sum.
/// Model curves are left out: they are sampled within a time budget, so their points vary.
QStringList chartData(const LabPage* page) {
  QStringList out;
  for (const amp::widgets::ChartWidget* chart : page->charts())
    for (const auto& layer : chart->plot().layers) {
      if (layer.name.contains(QLatin1String("model"))) continue;
      double sum = 0;
      for (double y : layer.y) sum += y;
      for (double z : layer.z)
        if (z == z) sum += z;
      out << QStringLiteral("%1 %2: %3 points, %4")
                 .arg(chart->exportName(), layer.name)
                 .arg(layer.y.size())
                 .arg(sum, 0, 'g', 12);
    }
  return out;
}
}  // namespace

class TestLanguages : public QObject {
  Q_OBJECT

  std::shared_ptr<amp::app::RunStore> store_;

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AMP Lab tests"));
    QCoreApplication::setApplicationName(QStringLiteral("amplab-test-languages"));
    QSettings().clear();
    // The .qm files lrelease wrote into the build, where the binary has them as :/i18n resources.
    amp::app::setTranslationDirs({QStringLiteral(AMP_QM_DIR)});
    const QString db = amp::app::RunStore::defaultPath();
    QFile::remove(db);
    store_ = std::make_shared<amp::app::RunStore>();
    QCOMPARE(store_->open(db), QString());
  }

  void cleanup() { amp::app::useLanguage(QStringLiteral("en")); }

  void germanAndSpanishFilesLoad() {
    const QStringList de = amp::app::useLanguage(QStringLiteral("de"));
    QVERIFY2(!de.filter(QStringLiteral("amplab_de.qm")).isEmpty(), qPrintable(de.join(' ')));
    QCOMPARE(QLocale().language(), QLocale::German);
    const QStringList es = amp::app::useLanguage(QStringLiteral("es"));
    QVERIFY2(!es.filter(QStringLiteral("amplab_es.qm")).isEmpty(), qPrintable(es.join(' ')));
    QVERIFY(es.filter(QStringLiteral("_de.qm")).isEmpty());
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    QVERIFY(amp::app::useLanguage(QStringLiteral("en")).isEmpty());
  }

  void menusReadTheChosenLanguage() {
    amp::app::useLanguage(QStringLiteral("de"));
    {
      WindowHost host(store_, QString());
      const QStringList titles = menuTitles(host.window());
      QVERIFY2(titles.contains(QStringLiteral("Datei")) && titles.contains(QStringLiteral("Ansicht")) &&
                   titles.contains(QStringLiteral("Hilfe")),
               qPrintable(titles.join(", ")));
    }
    amp::app::useLanguage(QStringLiteral("es"));
    {
      WindowHost host(store_, QString());
      const QStringList titles = menuTitles(host.window());
      QVERIFY2(titles.contains(QStringLiteral("Archivo")) && titles.contains(QStringLiteral("Ver")) &&
                   titles.contains(QStringLiteral("Ayuda")),
               qPrintable(titles.join(", ")));
      // Plural forms: one and several.
      QCOMPARE(QCoreApplication::translate("amp::app::HistoryDock", "%n run(s) restored.", nullptr, 1),
               QStringLiteral("1 ejecución restaurada."));
      QCOMPARE(QCoreApplication::translate("amp::app::HistoryDock", "%n run(s) restored.", nullptr, 3),
               QStringLiteral("3 ejecuciones restauradas."));
    }
  }

  void switchingAtRunTimeKeepsTheLab() {
    amp::app::useLanguage(QStringLiteral("en"));
    WindowHost host(store_, QString());
    MainWindow* first = host.window();
    QVERIFY(menuTitles(first).contains(QStringLiteral("File")));
    const auto& labs = amp::labs::allLabs();
    QVERIFY(!labs.empty());
    const QString id = QString::fromStdString(labs.front()->info().id);
    QVERIFY(first->openLab(id));
    // A parameter off its default and another face: both must survive the new window.
    amp::run::Params p = first->page()->params();
    std::optional<amp::run::ParamSpec> spec;  // a copy: the lab hands its specs out by value
    for (const auto& s : first->page()->lab().params())
      if (s.kind == amp::run::ParamKind::Real || s.kind == amp::run::ParamKind::Integer) {
        spec = s;
        break;
      }
    QVERIFY(spec.has_value());
    // A modest step off the default (a parameter at its maximum may ask for a very large system).
    double changed = spec->kind == amp::run::ParamKind::Integer ? spec->def + 1 : spec->def * 1.25;
    if (changed > spec->max || changed == spec->def) changed = (spec->min + spec->def) / 2;
    p.set(spec->key, changed);
    first->page()->setParams(p);
    first->page()->setMode(LabPage::PageMode::Model);
    first->show();

    QAction* deutsch = languageAction(first, QStringLiteral("de"));
    QVERIFY(deutsch != nullptr);
    QCOMPARE(deutsch->text(), QStringLiteral("Deutsch"));
    deutsch->trigger();
    QTRY_VERIFY(host.window() != first);
    MainWindow* second = host.window();
    QVERIFY2(menuTitles(second).contains(QStringLiteral("Datei")), qPrintable(menuTitles(second).join(", ")));
    QVERIFY(second->isVisible());
    QCOMPARE(LanguageMenu::savedLanguage(), QStringLiteral("de"));
    QVERIFY(languageAction(second, QStringLiteral("de"))->isChecked());
    QVERIFY(second->page() != nullptr);
    QCOMPARE(second->page()->labId(), id);
    QCOMPARE(second->page()->params().num(spec->key), changed);
    QCOMPARE(second->page()->mode(), LabPage::PageMode::Model);

    languageAction(second, QStringLiteral("es"))->trigger();
    QTRY_VERIFY(host.window() != second);
    QVERIFY2(menuTitles(host.window()).contains(QStringLiteral("Archivo")),
             qPrintable(menuTitles(host.window()).join(", ")));
    QCOMPARE(host.window()->page()->labId(), id);

    languageAction(host.window(), QStringLiteral("en"))->trigger();
    QTRY_VERIFY(menuTitles(host.window()).contains(QStringLiteral("File")));
    QCOMPARE(LanguageMenu::savedLanguage(), QStringLiteral("en"));
  }

  void aSwitchKeepsTheRunTheTabsAndTheSweep() {
    amp::app::useLanguage(QStringLiteral("en"));
    WindowHost host(store_, QString());
    host.window()->resize(1280, 800);
    host.window()->show();
    QVERIFY(host.window()->openLab(QStringLiteral("foundations")));
    LabPage* page = host.window()->page();
    page->setMode(LabPage::PageMode::Sim);
    page->setRunLength(10.0, 2);
    page->setSpeedIndex(LabPage::flatOutSpeedIndex());
    page->run();
    QTRY_VERIFY_WITH_TIMEOUT(!page->running() && page->simResult().has_value(), 60000);
    const std::string key = page->lab().keyMetric();
    const QString simCell = page->metricTable()->cellText(key, amp::widgets::MetricTable::SimColumn);
    QVERIFY(!simCell.isEmpty());
    QCoreApplication::processEvents();
    const QStringList charts = chartData(page);
    QVERIFY(!charts.isEmpty());
    const double mean = page->simResult()->metrics.at(key).mean;

    // A short sweep, still running when German is chosen: the switch waits for its points.
    // (A light load: the sweep's points simulate the lab's whole horizon.)
    page->sweepPanel()->setSweep("arrival_rate", 0.5, 1.0, 2, false, 1);
    page->sweepPanel()->startSweep();
    QVERIFY(page->sweepPanel()->running());
    page->showTab(1);  // the lab's text
    page->showMessage(QStringLiteral("A warning of the run"), LabPage::Severity::Warning);
    host.window()->history()->raise();
    MainWindow* english = host.window();
    // Chosen as the menu chooses it, before the sweep's thread can report (through the event loop).
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    host.setLanguage(QStringLiteral("de"));
    QCOMPARE(host.pendingLanguage(), QStringLiteral("de"));
    QCOMPARE(host.window(), english);
    QVERIFY(english->statusBar()->currentMessage().contains(QLatin1String("sweep")));
    QTRY_VERIFY_WITH_TIMEOUT(host.window() != english, 120000);
    QVERIFY(host.pendingLanguage().isEmpty());

    MainWindow* german = host.window();
    QVERIFY(menuTitles(german).contains(QStringLiteral("Datei")));
    LabPage* kept = german->page();
    QVERIFY(kept != nullptr && kept != page);
    QVERIFY(kept->simResult().has_value());
    QCOMPARE(kept->simResult()->metrics.at(key).mean, mean);
    QCOMPARE(kept->metricTable()->cellText(key, amp::widgets::MetricTable::SimColumn),
             QString(simCell).replace(QLatin1Char('.'), QLatin1Char(',')));
    QCOMPARE(kept->currentTab(), 1);
    QVERIFY(german->history()->isVisible());
    QCOMPARE(kept->messageText(), QStringLiteral("A warning of the run"));
    QCOMPARE(static_cast<int>(kept->sweepPanel()->points().size()), 2);
    // For a look at the window after the switch: AMP_LANGUAGE_SHOTS=DIR.
    if (const QString dir = qEnvironmentVariable("AMP_LANGUAGE_SHOTS"); !dir.isEmpty()) {
      kept->showTab(3);
      QTest::qWait(300);
      QVERIFY(german->grab().save(dir + QStringLiteral("/switched-de.png")));
      kept->showTab(1);
    }

    MainWindow* back = switchTo(host, QStringLiteral("en"));
    QVERIFY(back != nullptr);
    QVERIFY(menuTitles(back).contains(QStringLiteral("File")));
    LabPage* again = back->page();
    QCOMPARE(again->metricTable()->cellText(key, amp::widgets::MetricTable::SimColumn), simCell);
    QCoreApplication::processEvents();
    const QStringList chartsAgain = chartData(again);
    for (const QString& c : charts)
      QVERIFY2(chartsAgain.contains(c), qPrintable(c + " in " + chartsAgain.join('\n')));
    QCOMPARE(again->currentTab(), 1);
    QVERIFY(back->history()->isVisible());
    QCOMPARE(static_cast<int>(again->sweepPanel()->points().size()), 2);
    QCOMPARE(again->sweepPanel()->sweptKey(), std::string("arrival_rate"));
  }

  void aRunGoingOnGoesOnInTheNewLanguage() {
    amp::app::useLanguage(QStringLiteral("en"));
    WindowHost host(store_, QString());
    host.window()->show();
    QVERIFY(host.window()->openLab(QStringLiteral("foundations")));
    LabPage* page = host.window()->page();
    page->setMode(LabPage::PageMode::Sim);
    page->setRunLength(5.0, 1);
    page->setSpeedIndex(0);  // 1×: still running after the switch
    page->run();
    QVERIFY(page->running());
    amp::app::LabSession* session = page->session();
    MainWindow* german = switchTo(host, QStringLiteral("de"));
    QVERIFY(german != nullptr);
    QCOMPARE(german->page()->session(), session);
    QVERIFY(german->page()->running());
    QCOMPARE(german->page()->speedIndex(), 0);
    const double t = session->simTime();
    QTRY_VERIFY(session->simTime() > t);  // the animation goes on, not from the start
    german->page()->setSpeedIndex(LabPage::flatOutSpeedIndex());
    QTRY_VERIFY_WITH_TIMEOUT(!german->page()->running(), 60000);
    QVERIFY(german->page()->simResult().has_value());
    QVERIFY(!german->page()
                 ->metricTable()
                 ->cellText(german->page()->lab().keyMetric(), amp::widgets::MetricTable::SimColumn)
                 .isEmpty());
  }

  void exercisesAndHistoryGoOverASwitch() {
    amp::app::useLanguage(QStringLiteral("en"));
    // Two saved runs; one is deleted before the switch, and Undo must still bring it back after.
    std::vector<qint64> ids;
    for (int i = 0; i < 2; ++i) {
      auto r = amp::test::shortFoundationsRun(5.0, 11 + i, 0, {}, {});
      QCOMPARE(store_->save(r), QString());
      ids.push_back(r.runId);
    }
    WindowHost host(store_, QString());
    host.window()->show();
    QVERIFY(host.window()->openLab(QStringLiteral("foundations")));
    amp::app::HistoryDock* history = host.window()->history();
    history->refresh();
    history->deleteRuns({ids[0]});
    history->selectRuns({ids[1]});

    // Exercise 2 (the model grades it at once) checked and its answer opened; exercise 1 typed only.
    amp::app::ExercisePanel* panel = host.window()->page()->exercisePanel();
    QCOMPARE(host.window()->page()->lab().exercises().at(1).answerFrom, amp::run::Mode::Model);
    panel->setPrediction(1, 2.5);
    panel->check(1);
    QTRY_VERIFY(panel->answerAvailable(1));
    panel->showAnswer(1);
    const QString englishGrade = panel->gradeText(1);
    QVERIFY(englishGrade.contains(QLatin1String("You predicted 2.5")));
    panel->setPrediction(0, 1.5);

    MainWindow* german = switchTo(host, QStringLiteral("de"));
    QVERIFY(german != nullptr);
    amp::app::ExercisePanel* kept = german->page()->exercisePanel();
    QVERIFY(kept != panel);
    // The grade and the answer again, in German, with decimal commas; the typed number in German too.
    QVERIFY2(kept->gradeText(1).contains(QStringLiteral("2,5")), qPrintable(kept->gradeText(1)));
    QVERIFY(kept->gradeText(1) != englishGrade);
    QVERIFY(!kept->gradeText(1).contains(QLatin1String("You predicted")));
    QVERIFY(kept->answerAvailable(1));
    QVERIFY(!kept->answerText(1).isEmpty());
    QVERIFY(!kept->answerAvailable(0));
    kept->check(0);  // 1,5 is read as one and a half, not refused
    QTRY_VERIFY(kept->answerAvailable(0));
    QVERIFY2(kept->gradeText(0).contains(QStringLiteral("1,5")), qPrintable(kept->gradeText(0)));

    amp::app::HistoryDock* again = german->history();
    QVERIFY(again != history);
    QCOMPARE(again->selectedIds(), std::vector<qint64>{ids[1]});
    QVERIFY(again->canUndo());
    again->undoDelete();
    QVERIFY(store_->load(ids[0]).has_value());
  }

  void aLessonStaysAtItsStep() {
    amp::app::useLanguage(QStringLiteral("en"));
    WindowHost host(store_, QString());
    host.window()->show();
    QCOMPARE(host.lessons()->open(QStringLiteral("foundations"), 2.0, 2), QString());
    amp::app::LessonPlayer* player = host.lessons()->player();
    QSignalSpy settled(player, &amp::app::LessonPlayer::stepSettled);
    player->goTo(2);
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 60000);
    QVERIFY(player->barText().contains(QLatin1String("step 3 of")));

    MainWindow* german = switchTo(host, QStringLiteral("de"));
    QVERIFY(german != nullptr);
    QCOMPARE(host.lessons()->player(), player);
    QCOMPARE(player->current(), 2);
    QVERIFY(german->presentation());
    QVERIFY2(player->barText().contains(QLatin1String("Schritt 3 von")), qPrintable(player->barText()));
    // The teacher's keys reach the lesson in the new window.
    QTest::keyClick(german, Qt::Key_Right);
    QCOMPARE(player->current(), 3);
    QTest::keyClick(german, Qt::Key_Left);
    QCOMPARE(player->current(), 2);

    MainWindow* back = switchTo(host, QStringLiteral("en"));
    QVERIFY(back != nullptr);
    QCOMPARE(player->current(), 2);
    QVERIFY(player->barText().contains(QLatin1String("step 3 of")));
    back->setPresentation(false);
  }

  void everyLabsTextKeepsItsSubscripts() {
    // c_s², S_m, ρ_w: Markdown must not take a subscript's underscore for emphasis, in any language.
    static const QRegularExpression subscript(QStringLiteral("[A-Za-zρλ]+_[A-Za-z0-9]+"));
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{[^}]*\\}\\}"));
    QStringList lost;
    amp::widgets::PageView view;
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")})
      for (const auto& lab : amp::labs::allLabs()) {
        QString md = amp::widgets::labTextFile(lab->info().id, lang);
        std::string problems;
        view.setPage(amp::widgets::fillModelNumbersLocalized(*lab, md, problems));
        const QString shown = view.toPlainText();
        md.remove(placeholder);
        for (auto it = subscript.globalMatch(md); it.hasNext();)
          if (const QString s = it.next().captured(); !shown.contains(s))
            lost << QStringLiteral("%1 %2: %3").arg(lang, QString::fromStdString(lab->info().id), s);
      }
    lost.removeDuplicates();
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join('\n')));
  }

  void numbersFollowTheLocaleInTheGui() {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(amp::widgets::formatValue(0.5), QStringLiteral("0,5"));
    QCOMPARE(amp::widgets::formatValue(12.25), QStringLiteral("12,25"));
    QCOMPARE(amp::widgets::formatValue(123456), QStringLiteral("123456"));  // never grouped
    QCOMPARE(amp::widgets::formatValue(2.0), QStringLiteral("2"));
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    QCOMPARE(amp::widgets::formatValue(0.125), QStringLiteral("0,125"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(amp::widgets::formatValue(0.5), QStringLiteral("0.5"));
    QCOMPARE(amp::widgets::formatValue(123456), QStringLiteral("123456"));
  }

  void csvAndJsonNeverFollowTheLocaleReportsDo() {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const amp::run::Lab& lab = *amp::labs::allLabs().front();
    amp::run::RunResult r;
    r.lab = lab.info().id;
    const std::string key = lab.metrics().front().key;
    amp::run::MetricValue m;
    m.mean = 0.5;
    m.ciLo = 0.25;
    m.ciHi = 0.75;
    r.metrics[key] = m;
    QByteArray csv, json;
    QCOMPARE(amp::app::exportRunData(lab, r, QStringLiteral("csv"), QString(), &csv), QString());
    QVERIFY2(csv.contains(",0.5,0.25,0.75,"), csv.constData());
    QCOMPARE(amp::app::exportRunData(lab, r, QStringLiteral("json"), QString(), &json), QString());
    QVERIFY2(json.contains("\"mean\": 0.5"), json.constData());
    QVERIFY2(!json.contains("0,5") && !json.contains("0,25"), json.constData());
    // A report is read by a person: the decimal comma, and an interval that stays unambiguous.
    const QString md = amp::app::reportMarkdown(lab, r, {});
    QVERIFY2(md.contains(QStringLiteral("0,25; 0,75")), qPrintable(md));
    QLocale::setDefault(QLocale::c());
    QVERIFY(amp::app::reportMarkdown(lab, r, {}).contains(QStringLiteral("0.25, 0.75")));
  }
};

QTEST_MAIN(TestLanguages)
#include "test_languages.moc"
