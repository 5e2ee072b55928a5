// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// A report in the reader's language: German or Spanish headings, the lab's own texts translated,
// decimal commas; its CSV and JSON the same bytes in every language, and its run configuration
// read back by `batch --from-report` whatever the language it was written in.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include "amp/labs/registry.h"
#include "amp/run/compare.h"
#include "amp/run/runner.h"
#include "amp/run/sweep.h"
#include "i18n/translators.h"
#include "report/report.h"
#include "report/run_config.h"
#include "short_run.h"

using namespace amp;

namespace {

const run::Lab& foundations() { return *labs::findLab("foundations"); }

run::RunResult shortRun() {
  return test::shortFoundationsRun(100, 5, 7, "0000-lang", "2026-12-03T10:00:00Z");
}

QByteArray exported(const run::RunResult& r, const char* format) {
  QByteArray bytes;
  const QString e = app::exportRunData(foundations(), r, QString::fromLatin1(format), QString(), &bytes);
  return e.isEmpty() ? bytes : e.toUtf8();
}

}  // namespace

class TestReportLanguage : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  run::RunResult run_ = shortRun();

 private slots:
  void initTestCase() {
    // The .qm files lrelease wrote into the build (the interface's and the labs' strings).
    app::setTranslationDirs({QStringLiteral(AMP_QM_DIR)});
  }
  void cleanup() { app::useLanguage(QStringLiteral("en")); }

  void aGermanReportHasGermanHeadingsAndDecimalCommas() {
    app::useLanguage(QStringLiteral("de"));
    const QString md = app::reportMarkdown(foundations(), run_, {});
    for (const char* heading :
         {"## Befund", "## Modell und Messung (Simulation), mit 95-%-Konfidenzintervallen", "## Das Modell",
          "## Aufgaben", "## Parameter und Startwerte", "## Rechner", "## Erneut ausführen"})
      QVERIFY2(md.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(!md.contains(QLatin1String("## Verdict")) && !md.contains(QLatin1String("## Host")));
    // The lab's own texts as the German GUI shows them: title, question, a metric's label.
    QVERIFY(md.startsWith(QStringLiteral("# Master und Worker\n")));
    QVERIFY(md.contains(QStringLiteral("Frage: Wo liegt der Engpass")));
    QVERIFY(md.contains(QStringLiteral("| Verweilzeit (sojourn\\_ms) | ms | 918,16 |")));
    // The measured mean with a decimal comma, its interval split by a semicolon.
    const auto& m = run_.metrics.at(foundations().keyMetric());
    QLocale de(QLocale::German);
    de.setNumberOptions(QLocale::OmitGroupSeparator);
    QVERIFY2(md.contains(de.toString(m.mean, 'g', 5)), qPrintable(de.toString(m.mean, 'g', 5)));
    QVERIFY(md.contains(
        QStringLiteral("\\[%1; %2\\]").arg(de.toString(m.ciLo, 'g', 5), de.toString(m.ciHi, 'g', 5))));
    // HTML says which language it is in, numbers its figures in it, and breaks a long German label
    // between words (the table stays on the page) but never a key.
    const QString html = app::reportHtml(foundations(), run_, {QStringLiteral("chart.png")});
    QVERIFY(html.contains(QLatin1String("<html lang=\"de")));
    QVERIFY(html.contains(QStringLiteral("Abbildung 1. ")) && !html.contains(QStringLiteral("Figure 1.")));
    QVERIFY2(html.contains(QStringLiteral(
                 "<td>Wartezeit in der<br>Warteschlange des<br>Masters<br>(master_wait_ms)</td>")),
             qPrintable(html));
  }

  void aSpanishReportIsSpanish() {
    app::useLanguage(QStringLiteral("es"));
    const QString md = app::reportMarkdown(foundations(), run_, {});
    QVERIFY(md.contains(QStringLiteral("## Veredicto")) && md.contains(QStringLiteral("## Equipo")));
    QVERIFY(md.contains(QStringLiteral("| 918,16 |")));
  }

  void csvAndJsonAreTheSameBytesInEveryLanguage() {
    app::useLanguage(QStringLiteral("en"));
    const QByteArray csv = exported(run_, "csv"), json = exported(run_, "json");
    QVERIFY(csv.startsWith("metric,unit,model,mean,"));
    QVERIFY(QJsonDocument::fromJson(json).isObject());
    for (const char* lang : {"de", "es"}) {
      app::useLanguage(QString::fromLatin1(lang));
      QCOMPARE(exported(run_, "csv"), csv);
      QCOMPARE(exported(run_, "json"), json);
    }
  }

  void aGermanReportCarriesTheSameConfiguration() {
    app::useLanguage(QStringLiteral("de"));
    for (const char* format : {"md", "html", "pdf"}) {
      const QString file = dir_.filePath(QStringLiteral("de.%1").arg(format));
      QCOMPARE(app::exportReport(foundations(), run_, file), QString());
      QByteArray json;
      QCOMPARE(app::configFromReport(file, &json), QString());
      QCOMPARE(QJsonDocument::fromJson(json).object()["runs"].toArray().at(0).toObject(),
               app::runConfig(foundations(), run_));
    }
  }

  void sweepAndComparisonReportsFollowTheLanguage() {
    app::useLanguage(QStringLiteral("de"));
    run::SweepSpec sweep;
    sweep.key = "arrival_rate";
    sweep.from = 2;
    sweep.to = 8;
    sweep.steps = 3;
    sweep.base.lab = "foundations";
    sweep.base.mode = run::Mode::Model;
    sweep.base.params = run::defaults(foundations().params());
    const auto points = run::runSweep(foundations(), sweep, {});
    QTextDocument sweepDoc;
    app::previewSweepReport(foundations(), "arrival_rate", points, {}, &sweepDoc);
    const QString sweepText = sweepDoc.toPlainText();
    QVERIFY(sweepText.contains(QStringLiteral("Punkt für Punkt")));
    QVERIFY(sweepText.contains(QStringLiteral("918,16")));

    run::RunResult b = run_;
    b.runId = 8;
    b.params.set("workers", 7);
    app::ComparedRuns c{run_, b, {}, {}, run::compareUnpaired(run_, b, foundations().keyMetric())};
    QTextDocument compareDoc;
    app::previewComparisonReport(foundations(), c, {}, &compareDoc);
    const QString text = compareDoc.toPlainText();
    QVERIFY(text.contains(QStringLiteral("Was sich unterscheidet")));
    QVERIFY(text.contains(QStringLiteral("Lauf 7 (A) gegen Lauf 8 (B)")));
    QVERIFY(!text.contains(QStringLiteral("What differs")));
  }
};

QTEST_MAIN(TestReportLanguage)
#include "test_report_language.moc"
