// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QAction>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <optional>

#include "amp/labs/registry.h"
#include "gui/lab_page.h"
#include "gui/language_menu.h"
#include "gui/main_window.h"
#include "gui/window_host.h"
#include "i18n/translators.h"
#include "report/report.h"
#include "store/run_store.h"
#include "widgets/format.h"

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
