// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The report a student hands in: every part present, a person's text escaped, charts at print
// size, and the run's configuration carried in each format.
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPicture>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>
#include <cmath>

#include "amp/labs/registry.h"
#include "amp/run/compare.h"
#include "amp/run/runner.h"
#include "report/report.h"
#include "report/report_writer.h"
#include "report/run_config.h"
#include "short_run.h"

using namespace amp;

namespace {

const run::Lab& foundations() { return *labs::findLab("foundations"); }

run::RunResult shortRun() {
  return test::shortFoundationsRun(200, 11, 42, "0000-test", "2026-12-02T10:00:00Z");
}

app::ReportExtras studentExtras() {
  app::ReportExtras x;
  x.label.name = "<b>Ann</b> & Bo";
  x.label.notes = "We think *the master* | binds </pre>";
  const auto exercises = foundations().exercises();
  x.attempts.push_back(
      {"foundations", QString::fromStdString(exercises[0].id), "2026-12-01 09:00", 900, 1000, false, {}});
  x.attempts.push_back(
      {"foundations", QString::fromStdString(exercises[0].id), "2026-12-01 09:05", 990, 1000, true, {}});
  return x;
}

QByteArray readAll(const QString& file) {
  QFile f(file);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestReport : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  run::RunResult run_ = shortRun();

 private slots:

  void aWideTableIsSetSmallerRatherThanCut() {
    // A table of CIs in German ("[0,48634; 0,51263]", never broken) with as many columns as a page
    // holds at 9 pt, and one more.
    const auto withColumns = [](int columns) {
      amp::app::DrawnReport r;
      r.make = [columns](const QStringList&) {
        amp::app::ReportDoc d;
        QStringList header, row;
        for (int i = 0; i < columns; ++i) {
          header << QStringLiteral("95-%-KI");
          row << QStringLiteral("[0,48634; 0,51263]");
        }
        d.table(header, {row});
        return d;
      };
      return r;
    };
    const auto drawnRight = [](QTextDocument& doc) {
      QPicture picture;
      QPainter painter(&picture);
      doc.drawContents(&painter);
      painter.end();
      return picture.boundingRect().right();
    };
    QTextDocument probe;
    probe.setPageSize(QSizeF(10000, 1000));
    QCOMPARE(amp::app::typesetForPage(withColumns(5), &probe, 10000), 9.0);
    const double page = drawnRight(probe) + 20;  // five columns fit at 9 pt, six do not
    QTextDocument doc;
    doc.setPageSize(QSizeF(page, 1000));
    QCOMPARE(amp::app::typesetForPage(withColumns(5), &doc, page), 9.0);
    const double pt = amp::app::typesetForPage(withColumns(6), &doc, page);
    QVERIFY2(pt < 9.0 && pt >= 6.0, qPrintable(QString::number(pt)));
    QVERIFY(drawnRight(doc) <= page);
    QVERIFY(doc.toHtml().contains(QStringLiteral("%1pt").arg(pt)));
  }
  void htmlHasEveryPartAndEscapesWhatAPersonWrote() {
    const QString file = dir_.filePath("r.html");
    QCOMPARE(app::exportReport(foundations(), run_, file, studentExtras()), QString());
    const QString html = QString::fromUtf8(readAll(file));
    for (const char* part : {"The claim", "Verdict", "95% confidence intervals", "Figure 1.", "The model",
                             "Exercises", "Parameters and seeds", "Host", "Run it again"})
      QVERIFY2(html.contains(QLatin1String(part)), part);
    // The claim is the lab text's quote; the question and the date are on the title page.
    QVERIFY(html.contains("One master core serializes"));
    QVERIFY(html.contains(QString::fromStdString(foundations().info().question)));
    QVERIFY(html.contains("2026-12-02T10:00:00Z"));
    // The latest attempt is the grade; both attempts are counted.
    QVERIFY(html.contains("passed, 2026-12-01 09:05"));
    QVERIFY(html.contains("1 of " + QString::number(foundations().exercises().size()) +
                          " exercises answered, 1 passed"));
    // A person's text is text: no markup of theirs survives.
    QVERIFY(!html.contains("<b>Ann</b>"));
    QVERIFY(html.contains("&lt;b&gt;Ann&lt;/b&gt; &amp; Bo"));
    QVERIFY(!html.contains("binds </pre>"));
    QVERIFY(html.count("data:image/png;base64,") >= 3);
  }

  void chartsAreDrawnForPrint() {
    // Markdown keeps the images beside it: their size is the print size (720 × 450 drawn at 2×).
    const QString file = dir_.filePath("print.md");
    QCOMPARE(app::exportReport(foundations(), run_, file), QString());
    const QImage chart(dir_.filePath("print_latency.png"));
    QVERIFY(!chart.isNull());
    QCOMPARE(chart.size(), QSize(1440, 900));
    QVERIFY(readAll(file).contains("![Sojourn time over time](print_latency.png)"));
  }

  void everyFormatCarriesTheRunsConfiguration() {
    const QJsonObject expected = app::runConfig(foundations(), run_);
    QCOMPARE(expected["reps"].toInt(), 2);
    QCOMPARE(expected["seed"].toDouble(), 11.0);
    QCOMPARE(expected["set"].toObject()["workers"].toDouble(), 6.0);
    for (const char* format : {"pdf", "html", "md"}) {
      const QString file = dir_.filePath(QStringLiteral("config.%1").arg(format));
      QCOMPARE(app::exportReport(foundations(), run_, file, studentExtras()), QString());
      QByteArray json;
      QCOMPARE(app::configFromReport(file, &json), QString());
      const QJsonObject batch = QJsonDocument::fromJson(json).object();
      QCOMPARE(batch["runs"].toArray().size(), qsizetype(1));
      QCOMPARE(batch["runs"].toArray().at(0).toObject(), expected);
    }
    QByteArray json;
    QVERIFY(app::configFromReport(dir_.filePath("print_latency.png"), &json).contains(".pdf, .html or .md"));
  }

  void thePdfHasATitlePageAndItsAttachment() {
    const QString file = dir_.filePath("r.pdf");
    QCOMPARE(app::exportReport(foundations(), run_, file, studentExtras()), QString());
    QVERIFY(readAll(file).startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (pdftotext.isEmpty()) QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess p;
    p.start(pdftotext, {"-f", "1", "-l", "1", file, "-"});
    QVERIFY(p.waitForFinished(30000));
    const QString first = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(first.contains("<b>Ann</b> & Bo"), qPrintable(first));  // the title, as text
    QVERIFY(!first.contains("Verdict"));                             // the verdict starts on page 2
    // The whole text can be extracted: the verdict and every metric the run measured.
    QProcess all;
    all.start(pdftotext, {"-layout", file, "-"});
    QVERIFY(all.waitForFinished(30000));
    const QString text = QString::fromUtf8(all.readAllStandardOutput());
    const QString verdict = QString::fromStdString(run_.verdict).section(QLatin1String(". "), 0, 0);
    QVERIFY2(text.simplified().contains(verdict.simplified()), qPrintable(verdict));
    for (const auto& [key, value] : run_.metrics)
      QVERIFY2(text.contains(QString::fromStdString(key)), key.c_str());
  }

  void aScriptInANoteStaysText() {
    app::ReportExtras x;
    x.label.notes = "<script>alert(1)</script>";
    const QString html = app::reportHtml(foundations(), run_, {}, x);
    QVERIFY(!html.contains("<script>"));
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(!app::reportMarkdown(foundations(), run_, {}, x).contains("<script>"));
  }

  void aRunsTablesAreInTheReport() {
    // A lab's table output reaches the report under its title, its cells as the screen shows them.
    run::RunResult r = run_;
    run::Table t;
    t.name = "per_task";
    t.columns = {{"task", "task", "", true}, {"wait_ms", "wait", "ms", false}};
    t.addRow({run::TableCell{NAN, NAN, NAN, "<b>first</b>"}, run::TableCell{4.0, 3.0, 5.0, {}}});
    r.tables.push_back(t);
    const QString html = app::reportHtml(foundations(), r, {}, {});
    QVERIFY(html.contains("Table: per_task") && html.contains("wait [ms]") && html.contains("4 ± 1"));
    QVERIFY(!html.contains("<b>first</b>") && html.contains("&lt;b&gt;first"));  // escaped
    QVERIFY(app::reportMarkdown(foundations(), r, {}, {}).contains("4 ± 1"));
  }

  void thePreviewIsTheReport() {
    QTextDocument doc;
    app::previewReport(foundations(), run_, studentExtras(), &doc);
    const QString text = doc.toPlainText();
    QVERIFY(text.contains("Verdict") && text.contains("Run it again"));
    QVERIFY(!doc.resource(QTextDocument::ImageResource, QUrl("chart0.png")).value<QImage>().isNull());
  }

  void aSweepHasItsCurveAndATablePerPoint() {
    run::SweepSpec sweep;
    sweep.key = "arrival_rate";
    sweep.from = 2;
    sweep.to = 8;
    sweep.steps = 3;
    sweep.base.lab = "foundations";
    sweep.base.mode = run::Mode::Sim;
    sweep.base.params = run::defaults(foundations().params());
    sweep.base.duration = 100;
    sweep.base.reps = 2;
    const auto points = run::runSweep(foundations(), sweep, {});
    const QString file = dir_.filePath("sweep.html");
    QCOMPARE(app::exportSweepReport(foundations(), "arrival_rate", points, file), QString());
    const QString html = QString::fromUtf8(readAll(file));
    QVERIFY(html.contains("Point by point"));
    QVERIFY(html.contains("data:image/png;base64,"));
    for (const char* rate : {">2 1/s<", ">5 1/s<", ">8 1/s<"})
      QVERIFY2(html.contains(QLatin1String(rate)), rate);
    // Each point after the first says how it changed from the one before, paired by replication.
    QVERIFY(html.contains("change from the"));
    const run::Difference d =
        run::compareReplications(points[0].result, points[1].result, foundations().keyMetric());
    QVERIFY(d.paired && d.pairs == 2);
    QVERIFY(html.contains("pair by pair"));
    // The preview is the same document.
    QTextDocument doc;
    app::previewSweepReport(foundations(), "arrival_rate", points, {}, &doc);
    QVERIFY(doc.toPlainText().contains("Point by point"));
  }

  void aComparisonHasBothRunsTheirDifferenceAndBothConfigurations() {
    run::RunResult b = run_;
    b.runId = 43;
    b.params.set("workers", 7);
    b.metrics[foundations().keyMetric()].mean *= 0.9;
    app::ComparedRuns c{run_, b, "six workers", "<i>seven</i>", {}};
    c.difference = run::compareUnpaired(run_, b, foundations().keyMetric());
    const QString file = dir_.filePath("compare.html");
    QCOMPARE(app::exportComparisonReport(foundations(), c, file), QString());
    const QString html = QString::fromUtf8(readAll(file));
    QVERIFY(html.contains("run 42 (A) against run 43 (B)"));
    QVERIFY(html.contains("What differs") && html.contains("(workers)"));
    QVERIFY(html.contains("B − A = ") && html.contains("Unpaired"));
    QVERIFY(!html.contains("<i>seven</i>") && html.contains("&lt;i&gt;seven"));  // a name stays text
    // `batch --from-report` gets both runs back.
    for (const char* format : {"html", "pdf", "md"}) {
      const QString f = dir_.filePath(QStringLiteral("compare.%1").arg(format));
      QCOMPARE(app::exportComparisonReport(foundations(), c, f), QString());
      QByteArray json;
      QCOMPARE(app::configFromReport(f, &json), QString());
      const QJsonArray runs = QJsonDocument::fromJson(json).object()["runs"].toArray();
      QCOMPARE(runs.size(), qsizetype(2));
      QCOMPARE(runs.at(0).toObject(), app::runConfig(foundations(), run_));
      QCOMPARE(runs.at(1).toObject()["set"].toObject()["workers"].toDouble(), 7.0);
    }
  }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
