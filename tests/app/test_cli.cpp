// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <signal.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

#include "amplab_process.h"
#include "sqlite_files.h"

using namespace amp::testing;

namespace {}  // namespace

/// Runs the real amplab binary, as a user would, on a fresh database.
class TestCli : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

  using Result = CliResult;

  void start(QProcess& p, const QStringList& args) { startAmplab(p, args, dir_.filePath("cli.db")); }
  static Result finish(QProcess& p, int timeoutMs) { return finishAmplab(p, timeoutMs); }
  Result amplab(const QStringList& args, int timeoutMs = 120000) {
    return runAmplab(args, dir_.filePath("cli.db"), timeoutMs);
  }

  int runCount(const QString& db) {
    const Result r = amplab({"runs", "list", "--json", "--db", db});
    return r.code == 0 ? static_cast<int>(r.json()["runs"].toArray().size()) : -1;
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
    QCOMPARE(o["params"].toObject()["workers"].toDouble(), 6.0);  // defaults filled in
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
    QTest::newRow("fractional seed") << QStringList{"run", "foundations", "--seed", "1.5"}
                                     << "--seed must be a whole number";
    QTest::newRow("option missing its value")
        << QStringList{"run", "foundations", "--mode", "--db", "x.db"} << "--mode needs a value";
  }

  void optionsMayComeBeforeTheLab() {
    const Result r = amplab({"run", "--mode", "model", "--json", "foundations"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json()["lab"].toString(), QString("foundations"));
    QCOMPARE(r.json()["mode"].toString(), QString("model"));
  }

  void runsListPagesFromTheNewestAndShowsModelValues() {
    const QString db = dir_.filePath("paged.db");
    for (const char* workers : {"6", "7", "8"})
      QCOMPARE(amplab({"run", "foundations", "--mode", "model", "--set", QString("workers=") + workers,
                       "--db", db})
                   .code,
               0);
    const Result page = amplab({"runs", "list", "--limit", "2", "--offset", "1", "--json", "--db", db});
    QCOMPARE(page.code, 0);
    const QJsonArray runs = page.json()["runs"].toArray();
    QCOMPARE(page.json()["total"].toInt(), 3);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0].toObject()["run_id"].toInt(), 1);  // skipped the newest (3), shown oldest first
    QCOMPARE(runs[1].toObject()["run_id"].toInt(), 2);
    // A model-only run is listed by its model value, marked as such, never as a measured 0.
    QCOMPARE(runs[0].toObject()["key_source"].toString(), QString("model"));
    QVERIFY(runs[0].toObject()["key_value"].toDouble() > 0.0);
    const Result text = amplab({"runs", "list", "--limit", "1", "--db", db});
    QVERIFY2(text.out.contains("(model)") && text.out.contains("showing 1 of 3 runs"), text.out.constData());
    QCOMPARE(amplab({"runs", "list", "--since", "yesterday", "--db", db}).code, 2);
    const Result future = amplab({"runs", "list", "--since", "2999-01-01", "--json", "--db", db});
    QCOMPARE(future.json()["runs"].toArray().size(), 0);
  }

  void interruptSavesTheRunAsCancelled_data() {
    QTest::addColumn<int>("signal");
    QTest::newRow("Ctrl-C") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
  }
  void interruptSavesTheRunAsCancelled() {
    QFETCH(int, signal);
    const QString db = dir_.filePath(QStringLiteral("interrupted-%1.db").arg(signal));
    QProcess p;
    // A simulation far too long to finish: only the interrupt ends it.
    start(p, {"run", "foundations", "--mode", "sim", "--duration", "10000000", "--reps", "2", "--db", db});
    QVERIFY(p.waitForStarted());
    QTest::qWait(3000);  // past start-up, into the run
    ::kill(static_cast<pid_t>(p.processId()), signal);
    const Result r = finish(p, 30000);
    QCOMPARE(r.code, 130);
    QVERIFY2(r.err.contains("saved as cancelled"), r.err.constData());
    const Result list = amplab({"runs", "list", "--json", "--db", db});
    QCOMPARE(list.json()["runs"].toArray().size(), 1);
    QCOMPARE(list.json()["runs"].toArray()[0].toObject()["status"].toString(), QString("cancelled"));
  }

  void namesAndNotesReachEveryExportEscaped() {
    const QString db = dir_.filePath("named.db");
    const QString evil = "<script>alert(1)</script>";
    QCOMPARE(
        amplab({"run", "foundations", "--mode", "model", "--name", "baseline", "--note", evil, "--db", db})
            .code,
        0);
    const Result html = amplab({"runs", "export", "1", "--format", "html", "--db", db});
    QVERIFY2(html.out.contains("baseline") && html.out.contains("&lt;script&gt;alert(1)&lt;/script&gt;") &&
                 !html.out.contains(evil.toUtf8()),
             html.out.left(2000).constData());
    const Result md = amplab({"runs", "export", "1", "--format", "md", "--db", db});
    QVERIFY2(md.out.contains("&lt;script&gt;") && !md.out.contains(evil.toUtf8()), md.out.constData());
    QCOMPARE(amplab({"runs", "rename", "1", "second", "--db", db}).code, 0);
    QCOMPARE(amplab({"runs", "note", "1", "looked fine", "--db", db}).code, 0);
    const Result json = amplab({"runs", "export", "1", "--format", "json", "--db", db});
    QCOMPARE(json.json()["name"].toString(), QString("second"));
    QCOMPARE(json.json()["notes"].toString(), QString("looked fine"));
    QCOMPARE(amplab({"runs", "rename", "7", "x", "--db", db}).code, 2);  // no such run
  }

  void compareRerunsTwoSimulationsInPairs() {
    const QString db = dir_.filePath("compare.db");
    for (const char* workers : {"6", "7"})
      QCOMPARE(amplab({"run", "foundations", "--set", QString("workers=") + workers, "--reps", "5",
                       "--duration", "1000", "--db", db})
                   .code,
               0);
    QCOMPARE(amplab({"run", "foundations", "--mode", "model", "--db", db}).code, 0);
    const Result r = amplab({"compare", "1", "2", "--json", "--db", db});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json();
    QVERIFY(o["paired"].toBool());
    QCOMPARE(o["pairs"].toInt(), 5);
    QCOMPARE(o["differs_in"].toString(), QString("workers 6 → 7"));
    QVERIFY(o["ci_lo"].toDouble() <= o["difference"].toDouble() &&
            o["difference"].toDouble() <= o["ci_hi"].toDouble());
    QVERIFY(o["ci_hi"].toDouble() - o["ci_lo"].toDouble() <
            o["unpaired_ci_hi"].toDouble() - o["unpaired_ci_lo"].toDouble());
    const Result model = amplab({"compare", "1", "3", "--db", db});
    QCOMPARE(model.code, 2);
    QVERIFY2(model.err.contains("model-only"), model.err.constData());
    QCOMPARE(amplab({"compare", "1", "2", "--metric", "speed", "--db", db}).code, 2);
    // The comparison as a report: the paired difference, and both runs to run again.
    const QString report = dir_.filePath("compare.md");
    QCOMPARE(amplab({"compare", "1", "2", "--report", report, "--db", db}).code, 0);
    QFile md(report);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    QVERIFY(text.contains("Paired: 5 replication pairs"));
    QVERIFY(text.contains("B − A = "));
    QCOMPARE(amplab({"compare", "1", "2", "--report", dir_.filePath("c.txt"), "--db", db}).code, 2);
    const Result again = amplab({"batch", "--from-report", report, "--db", dir_.filePath("again.db")});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.err.contains("[2/2]"), again.err.constData());
  }

  void samplesWriteEveryRecordOfTheFirstReplication() {
    const QString csv = dir_.filePath("samples.csv");
    const Result r = amplab({"run", "foundations", "--duration", "200", "--reps", "2", "--samples", csv,
                             "--db", dir_.filePath("samples.db")});
    QCOMPARE(r.code, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QVERIFY(lines.size() > 100);
    int departs = 0;
    for (const QByteArray& l : lines)
      if (l.contains(",depart,")) ++departs;
    // About 8 requests a second for 200 simulated seconds, each leaving once.
    QVERIFY2(departs > 1000 && departs < 2200, qPrintable(QString::number(departs)));
    QCOMPARE(amplab({"run", "foundations", "--samples", dir_.filePath("x.txt")}).code, 2);
  }

  void everyCommandHasItsOwnHelp() {
    for (const char* cmd :
         {"labs", "describe", "run", "sweep", "batch", "runs", "compare", "assignment", "grade"}) {
      const Result r = amplab({cmd, "--help"}, 30000);
      QCOMPARE(r.code, 0);
      QVERIFY2(r.out.startsWith(QByteArray("  amplab ") + cmd + " "), r.out.constData());
      QVERIFY2(!r.out.contains("amplab batch") || QByteArray(cmd) == "batch",
               r.out.constData());  // only its own
    }
  }

  void badBatchFileNamesTheJsonPathAndRunsNothing_data() {
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("text seed") << QByteArray(R"({"lab":"foundations","seed":"abc"})")
                               << R"(runs[1].seed: expected a whole number, got "abc")";
    QTest::newRow("boolean seed") << QByteArray(R"({"lab":"foundations","seed":true})")
                                  << "runs[1].seed: expected a whole number, got true";
    QTest::newRow("set as a list") << QByteArray(R"({"lab":"foundations","set":[1,2]})")
                                   << "runs[1].set: expected an object";
    QTest::newRow("unknown key") << QByteArray(R"({"lab":"foundations","seeds":3})")
                                 << R"(runs[1]: unknown key "seeds"; did you mean "seed"?)";
    QTest::newRow("text reps") << QByteArray(R"({"lab":"foundations","reps":"many"})")
                               << R"(runs[1].reps: expected a whole number, got "many")";
    QTest::newRow("boolean value") << QByteArray(R"({"lab":"foundations","set":{"workers":true}})")
                                   << "runs[1].set.workers: expected a number";
  }
  void badBatchFileNamesTheJsonPathAndRunsNothing() {
    QFETCH(QByteArray, entry);
    QFETCH(QString, mentions);
    const QString db = dir_.filePath("batch-schema.db");
    QFile f(dir_.filePath("batch.json"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"runs":[{"lab":"foundations","mode":"model"},)" + entry + "]}");
    f.close();
    const Result r = amplab({"batch", f.fileName(), "--db", db});
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY2(!QFile::exists(db), "a batch with a bad entry ran its good entries");
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
    // Each point's change from the one before, paired by replication (the first has none).
    const QStringList header = lines[0].split(',');
    const qsizetype change = header.indexOf("sojourn_ms_vs_previous");
    QVERIFY(change > 0);
    QCOMPARE(header.at(change + 3), QStringLiteral("paired"));
    QCOMPARE(lines[1].split(',').at(change), QString());
    const QStringList last = lines[3].split(',');
    QVERIFY(last.at(change).toDouble() > 0);  // a higher load waits longer
    QVERIFY(last.at(change + 1).toDouble() <= last.at(change).toDouble());
    QCOMPARE(last.at(change + 3), QStringLiteral("yes"));
  }

  void sweepOfTwoParametersAndAChoice() {
    // Every choice of the policy with every worker count: names, not indices, in the output.
    const Result r = amplab({"sweep", "steering", "--vary", "policy", "--vary", "workers=2:4:2", "--reps",
                             "2", "--duration", "0.5", "--csv"});
    QCOMPARE(r.code, 0);
    const QStringList lines = QString::fromUtf8(r.out).trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 4 * 2);
    QVERIFY(lines[0].startsWith("policy,workers,"));
    QVERIFY(lines[1].startsWith("rss_hash,2,"));
    QVERIFY(lines[8].startsWith("flowlet,4,"));
    const Result third = amplab({"sweep", "steering", "--vary", "policy", "--vary", "workers=2:4:2", "--vary",
                                 "packet_rate=1000:2000:2"});
    QCOMPARE(third.code, 2);
    QVERIFY(third.err.contains("at most twice"));
    const Result badChoice = amplab({"sweep", "steering", "--vary", "policy=0:7:2"});
    QCOMPARE(badChoice.code, 2);
    QVERIFY(badChoice.err.contains("rss_hash|round_robin"));
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

  void aReportRunsAgainExactly() {
    // A simulation run whose report is handed in comes back with the same numbers from the report
    // alone, in each format (a PDF attachment, a block in HTML and in Markdown).
    const Result first = amplab({"run", "foundations", "--duration", "300", "--reps", "3", "--seed", "7",
                                 "--set", "workers=7", "--json", "--report", dir_.filePath("again.html")});
    QCOMPARE(first.code, 0);
    const QJsonObject before = first.json()["metrics"].toObject()["sojourn_ms"].toObject();
    QVERIFY(before["mean"].toDouble() > 0);
    for (const char* format : {"pdf", "md"})
      QCOMPARE(amplab({"runs", "export", QString::number(first.json()["run_id"].toInt()), "--format", format,
                       "--output", dir_.filePath(QStringLiteral("again.%1").arg(format))})
                   .code,
               0);
    for (const char* format : {"html", "pdf", "md"}) {
      const Result again =
          amplab({"batch", "--from-report", dir_.filePath(QStringLiteral("again.%1").arg(format)), "--json"});
      QCOMPARE(again.code, 0);
      const QJsonObject after = again.json()["metrics"].toObject()["sojourn_ms"].toObject();
      QCOMPARE(after["mean"].toDouble(), before["mean"].toDouble());
      QCOMPARE(after["ci95"].toArray().at(1).toDouble(), before["ci95"].toArray().at(1).toDouble());
      QCOMPARE(again.json()["params"].toObject()["workers"].toDouble(), 7.0);
    }
    // A report without a configuration, or any other file, is bad input that says so.
    QFile plain(dir_.filePath("plain.html"));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("<html><body>no run here</body></html>");
    plain.close();
    const Result none = amplab({"batch", "--from-report", plain.fileName()});
    QCOMPARE(none.code, 2);
    QVERIFY2(none.err.contains("carries no run configuration"), none.err.constData());
  }

  void concurrentCreatorsLoseNoRuns() {
    // Processes that create one new database at once: one creates the tables, every run is saved.
    constexpr int kProcesses = 4, kTrials = 30;
    int saved = 0;
    for (int t = 0; t < kTrials; ++t) {
      const QString db = dir_.filePath(QStringLiteral("race%1.db").arg(t));
      std::vector<std::unique_ptr<QProcess>> procs;
      for (int i = 0; i < kProcesses; ++i) {
        procs.push_back(std::make_unique<QProcess>());
        start(*procs.back(), {"run", "foundations", "--mode", "model", "--db", db});
      }
      for (auto& p : procs) {
        const Result r = finish(*p, 60000);
        QVERIFY2(r.code == 0, r.err.constData());
      }
      saved += runCount(db);
    }
    QCOMPARE(saved, kProcesses * kTrials);
  }

  void anotherProgramsDatabaseIsLeftUntouched() {
    const QString path = dir_.filePath("other.db");
    execSql(path, {"CREATE TABLE foo (x)", "INSERT INTO foo VALUES (42)"});
    const QByteArray before = bytesOf(path);
    const QList<QStringList> commands{{"runs", "list", "--db", path},
                                      {"run", "foundations", "--mode", "model", "--db", path},
                                      {"runs", "merge", path, path},
                                      {"runs", "merge", dir_.filePath("into.db"), path}};
    for (const QStringList& args : commands) {
      const Result r = amplab(args);
      QCOMPARE(r.code, 1);
      QVERIFY2(QString::fromUtf8(r.err).contains("is not an AMP Lab database"), r.err.constData());
    }
    QCOMPARE(bytesOf(path), before);
    QVERIFY(!hasSideFiles(path));
  }

  void readingCommandsNeverCreateADatabase_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("list") << QStringList{"runs", "list"};
    QTest::newRow("show") << QStringList{"runs", "show", "1"};
    QTest::newRow("export") << QStringList{"runs", "export", "1", "--format", "csv"};
  }
  void readingCommandsNeverCreateADatabase() {
    QFETCH(QStringList, args);
    const QString path = dir_.filePath("missing.db");
    const Result r = amplab(args + QStringList{"--db", path});
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(path), r.err.constData());
    QVERIFY(!QFile::exists(path));
  }

  void mergeOfAMissingInputCreatesNothing() {
    const QString out = dir_.filePath("merged.db"), in = dir_.filePath("nowhere.db");
    const Result r = amplab({"runs", "merge", out, in});
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(in), r.err.constData());
    QVERIFY(!QFile::exists(in));
    QVERIFY(!QFile::exists(out));
  }

  void missingFolderIsBadInput() {
    const QString folder = dir_.filePath("no/such/folder");
    const Result r = amplab({"run", "foundations", "--mode", "model", "--db", folder + "/x.db"});
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(folder), r.err.constData());
    QVERIFY(!QDir(dir_.filePath("no")).exists());
  }

  void unsavedRunExitsOneAndIsStillShown() {
    const QString path = dir_.filePath("unsaved.db");
    QCOMPARE(amplab({"run", "foundations", "--mode", "model", "--db", path}).code, 0);
    execSql(path, {"CREATE TRIGGER full BEFORE INSERT ON runs BEGIN SELECT RAISE(ABORT, 'disk full'); END"});
    const Result r = amplab({"run", "foundations", "--mode", "model", "--json", "--db", path});
    QCOMPARE(r.code, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains("not saved"), r.err.constData());
    QCOMPARE(r.json()["lab"].toString(), QString("foundations"));
    QCOMPARE(runCount(path), 1);
  }

  void readOnlyDatabaseFileIsNotWrittenNorLittered() {
    if (!permissionsApply()) QSKIP("running as root, which ignores file permissions");
    const QString path = dir_.filePath("readonly.db");
    QCOMPARE(amplab({"run", "foundations", "--mode", "model", "--db", path}).code, 0);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    const Result r = amplab({"run", "foundations", "--mode", "model", "--db", path});
    QCOMPARE(r.code, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains("read-only"), r.err.constData());
    QVERIFY(!hasSideFiles(path));
    QCOMPARE(runCount(path), 1);
    QVERIFY(!hasSideFiles(path));
  }

  void databaseInAReadOnlyFolderCanBeRead() {
    if (!permissionsApply()) QSKIP("running as root, which ignores file permissions");
    const QString folder = dir_.filePath("readonly");
    QVERIFY(QDir(dir_.path()).mkdir("readonly"));
    const QString path = folder + "/r.db";
    QCOMPARE(amplab({"run", "foundations", "--mode", "model", "--db", path}).code, 0);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const Result run = amplab({"run", "foundations", "--mode", "model", "--db", path});
    const Result list = amplab({"runs", "list", "--json", "--db", path});
    const Result show = amplab({"runs", "show", "1", "--db", path});
    const Result csv = amplab({"runs", "export", "1", "--format", "csv", "--db", path});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(run.code, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains("read-only") && QString::fromUtf8(run.err).contains("copy"),
             run.err.constData());
    QCOMPARE(list.code, 0);
    QCOMPARE(list.json()["runs"].toArray().size(), 1);
    QCOMPARE(show.code, 0);
    QCOMPARE(csv.code, 0);
    QVERIFY(!hasSideFiles(path));
  }

  void unknownCommandIsBadInputNotTheGui() {
    const Result r = amplab({"bogus_command"}, 30000);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains("unknown command 'bogus_command'"), r.err.constData());
    QVERIFY(QString::fromUtf8(r.err).contains("labs, describe, run, sweep, batch, runs"));
  }

  void versionAndHelp() {
    const Result version = amplab({"--version"}, 30000);
    QCOMPARE(version.code, 0);
    QVERIFY2(
        QRegularExpression("^amplab \\d+\\.\\d+\\.\\d+\n$").match(QString::fromUtf8(version.out)).hasMatch(),
        version.out.constData());
    const Result help = amplab({"--help"}, 30000);
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("amplab run LAB"));
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
