// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// Runs the real amplab binary, as a user would, on a fresh database.
class TestCli : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

  struct Result {
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
  };

  Result amplab(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("AMPLAB_DB", dir_.filePath("cli.db"));
    env.insert("QT_QPA_PLATFORM", "offscreen");
    p.setProcessEnvironment(env);
    p.start(AMPLAB_BIN, args);
    if (!p.waitForFinished(120000)) qFatal("amplab %s did not finish", qPrintable(args.join(' ')));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
  }

 private slots:
  void labsJson() {
    const Result r = amplab({"labs", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonArray labs = r.json()["labs"].toArray();
    QVERIFY(!labs.isEmpty());
    QCOMPARE(labs[0].toObject()["id"].toString(), QString("foundations"));
  }

  void describeListsEveryKey() {
    const Result r = amplab({"describe", "foundations", "--json"});
    QCOMPARE(r.code, 0);
    QStringList keys;
    for (const auto& p : r.json()["parameters"].toArray()) keys << p.toObject()["key"].toString();
    for (const char* k : {"arrival_rate", "master_ms", "master_dist", "worker_ms", "worker_dist", "workers",
                          "worker_queue"}) {
      QVERIFY2(keys.contains(k), k);
    }
  }

  void runJsonMatchesTheContractAndIsSaved() {
    const Result r = amplab({"run", "foundations", "--seed", "11", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json();
    for (const char* k :
         {"lab", "mode", "seed", "run_id", "params", "metrics", "model", "verdict", "bottleneck", "host"}) {
      QVERIFY2(o.contains(k), k);
    }
    QCOMPARE(o["seed"].toInt(), 11);
    QCOMPARE(o["params"].toObject()["workers"].toDouble(), 4.0);  // defaults filled in
    QCOMPARE(o["params"].toObject()["worker_queue"].toString(), QString("shared"));
    const QJsonObject soj = o["metrics"].toObject()["sojourn_ms"].toObject();
    QCOMPARE(soj["unit"].toString(), QString("ms"));
    QCOMPARE(soj["ci95"].toArray().size(), 2);
    for (const char* p : {"mean", "p50", "p95", "p99"}) QVERIFY2(soj.contains(p), p);
    const double model = o["model"].toObject()["sojourn_ms"].toDouble();
    QVERIFY(soj["ci95"].toArray()[0].toDouble() <= model && model <= soj["ci95"].toArray()[1].toDouble());
    QCOMPARE(o["verdict"].toString(), QString("model inside the simulation's 95% CI"));
    QVERIFY(o["host"].toObject()["cores"].toInt() >= 1);

    const Result list = amplab({"runs", "list", "--json"});
    QCOMPARE(list.code, 0);
    bool found = false;
    for (const auto& run : list.json()["runs"].toArray())
      found |= run.toObject()["run_id"].toInt() == o["run_id"].toInt();
    QVERIFY(found);
  }

  void badInputExitsTwoNamingTheProblem_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown lab") << QStringList{"run", "nosuchlab"} << "unknown lab 'nosuchlab'";
    QTest::newRow("unknown key") << QStringList{"run", "foundations", "--set", "speed=3"}
                                 << "unknown parameter 'speed'";
    QTest::newRow("not a number") << QStringList{"run", "foundations", "--set", "workers=four"} << "workers";
    QTest::newRow("out of range") << QStringList{"run", "foundations", "--set", "workers=65"} << "[1, 64]";
    QTest::newRow("bad choice") << QStringList{"run", "foundations", "--set", "worker_queue=lifo"}
                                << "shared|per_worker_rr|per_worker_jsq";
    QTest::newRow("bad mode") << QStringList{"run", "foundations", "--mode", "fast"} << "model|sim|real";
    QTest::newRow("bad vary") << QStringList{"sweep", "foundations", "--vary", "workers=1:x:3"} << "--vary";
    QTest::newRow("vary out of range")
        << QStringList{"sweep", "foundations", "--vary", "workers=1:100:3"} << "[1, 64]";
    QTest::newRow("bad chart") << QStringList{"run", "foundations", "--chart", "x.gif"}
                               << ".png, .svg or .pdf";
  }
  void badInputExitsTwoNamingTheProblem() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Result r = amplab(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY(r.out.isEmpty());
  }

  void unstableRunWarnsAndExitsZero() {
    const Result r = amplab(
        {"run", "foundations", "--set", "arrival_rate=12", "--duration", "100", "--reps", "2", "--json"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.json()["unstable"].toBool());
    QVERIFY(r.json()["verdict"].toString().startsWith("unstable"));
    QVERIFY(!r.json()["model"].toObject().contains("sojourn_ms"));  // no negative or infinite value
    QVERIFY(QString::fromUtf8(r.err).contains("unstable"));
  }

  void modelModeIsInstant() {
    const Result r = amplab({"run", "foundations", "--mode", "model", "--json"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json()["model"].toObject()["master_util"].toDouble(), 0.8);
  }

  void sweepCsvHasOneRowPerPoint() {
    const Result r = amplab({"sweep", "foundations", "--vary", "arrival_rate=2:8:3", "--reps", "3",
                             "--duration", "300", "--csv"});
    QCOMPARE(r.code, 0);
    const QStringList lines = QString::fromUtf8(r.out).trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith("arrival_rate,sojourn_ms,"));
    QVERIFY(lines[3].startsWith("8,"));
  }

  void runsShowExportDelete() {
    const Result run = amplab({"run", "foundations", "--duration", "200", "--reps", "2", "--json"});
    const QString id = QString::number(run.json()["run_id"].toInt());
    QCOMPARE(amplab({"runs", "show", id, "--json"}).json()["run_id"].toInt(), run.json()["run_id"].toInt());
    const Result csv = amplab({"runs", "export", id, "--format", "csv"});
    QCOMPARE(csv.code, 0);
    QVERIFY(csv.out.startsWith("metric,unit,model,mean"));
    const QString pdf = dir_.filePath("r.pdf");
    QCOMPARE(amplab({"runs", "export", id, "--format", "pdf", "--output", pdf}).code, 0);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QCOMPARE(amplab({"runs", "delete", id}).code, 0);
    QCOMPARE(amplab({"runs", "show", id}).code, 2);
  }

  void chartAndReportFiles() {
    const QString png = dir_.filePath("c.png"), svg = dir_.filePath("c.svg"), html = dir_.filePath("r.html");
    QCOMPARE(
        amplab({"run", "foundations", "--duration", "200", "--reps", "2", "--chart", png, "--report", html})
            .code,
        0);
    QCOMPARE(amplab({"run", "foundations", "--duration", "200", "--reps", "2", "--chart", svg}).code, 0);
    QFile p(png), s(svg), h(html);
    QVERIFY(p.open(QIODevice::ReadOnly) && p.read(8).startsWith("\x89PNG"));
    QVERIFY(s.open(QIODevice::ReadOnly) && s.readAll().contains("<svg"));
    QVERIFY(h.open(QIODevice::ReadOnly));
    const QByteArray report = h.readAll();
    QVERIFY(report.contains("sojourn_ms") && report.contains("data:image/png;base64,"));
  }

  void corruptDatabaseIsNeverOverwritten() {
    const QString path = dir_.filePath("corrupt.db");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("garbage garbage garbage");
    f.close();
    const Result r = amplab({"runs", "list", "--db", path});
    QCOMPARE(r.code, 1);
    QVERIFY(QString::fromUtf8(r.err).contains("left untouched"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("garbage garbage garbage"));
  }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
