// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The lab contract beyond scalar metrics: parameter kinds, lab outputs, classes, transient runs
// and two-parameter sweeps.
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "amp/observe/aggregator.h"
#include "amp/run/runner.h"
#include "amp/run/sweep.h"
#include "job_lab/job_lab.h"

using namespace amp;

class TestLabContract : public QObject {
  Q_OBJECT

 private:
  fixtures::JobLab lab_;

  run::ParamSpec tasksSpec() const { return *run::findSpec(lab_.params(), "tasks"); }

 private slots:
  void numbersPrintInPlainDigitsAndReadBack() {
    QCOMPARE(QString::fromStdString(run::formatNumber(300000)), QString("300000"));
    QCOMPARE(QString::fromStdString(run::formatNumber(0.0001)), QString("0.0001"));
    QCOMPARE(QString::fromStdString(run::formatNumber(-2.5)), QString("-2.5"));
    QCOMPARE(QString::fromStdString(run::formatNumber(0.0)), QString("0"));
    QCOMPARE(QString::fromStdString(run::formatNumber(1e20)), QString("1e+20"));
    for (double v : {0.1 + 0.2, 1.0 / 3.0, 123456.789, 2.5e-6, 7e14, 1e-7})
      QCOMPARE(std::stod(run::formatNumber(v)), v);
  }

  void tableParameterParsesAndNamesRowAndColumn() {
    const run::ParamSpec spec = tasksSpec();
    run::TableRows rows;
    QCOMPARE(run::parseTable(spec, " [[2, 5.5], [1,40]] ", rows), std::string());
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0][1], 5.5);
    QCOMPARE(run::formatTable(rows), std::string("[[2,5.5],[1,40]]"));
    // A short row takes the column's default.
    QCOMPARE(run::parseTable(spec, "[[3]]", rows), std::string());
    QCOMPARE(rows[0][1], 10.0);
    const std::string range = run::parseTable(spec, "[[1,4],[2,0]]", rows);
    QVERIFY2(range.find("row 2") != std::string::npos && range.find("task_ms") != std::string::npos &&
                 range.find("[0.1, 1000] ms") != std::string::npos,
             range.c_str());
    const std::string whole = run::parseTable(spec, "[[1.5,4]]", rows);
    QVERIFY2(whole.find("row 1, column count") != std::string::npos, whole.c_str());
    QVERIFY(!run::parseTable(spec, "[[1,4,7]]", rows).empty());  // too many values
    QVERIFY(!run::parseTable(spec, "[]", rows).empty());         // fewer rows than allowed
    QVERIFY(!run::parseTable(spec, "[[1,4]", rows).empty());     // not JSON rows
    QVERIFY(!run::parseTable(spec, "[[1,4],[1,4],[1,4],[1,4],[1,4],[1,4],[1,4],[1,4],[1,4]]", rows).empty());
    run::Params p = run::defaults(lab_.params());
    QCOMPARE(run::applySetting(lab_.params(), p, "tasks=[[5,20]]"), std::string());
    QCOMPARE(p.table("tasks"), (run::TableRows{{5, 20}}));
    QVERIFY(!run::applySetting(lab_.params(), p, "tasks=[[0,20]]").empty());
    QCOMPARE(p.text("tasks"), std::string("[[5,20]]"));  // a rejected value changes nothing
  }

  void pathParameterAcceptsOnlyFolders() {
    std::vector<run::ParamSpec> specs{run::pathParam("data_dir", "Data folder")};
    run::Params p = run::defaults(specs);
    QCOMPARE(p.text("data_dir"), std::string());
    QTemporaryDir dir;
    QCOMPARE(run::applySetting(specs, p, "data_dir", dir.path().toStdString()), std::string());
    const std::string err = run::applySetting(specs, p, "data_dir", dir.filePath("missing").toStdString());
    QVERIFY2(err.find("not a folder") != std::string::npos, err.c_str());
    // A folder nothing can be created in is refused too, before a run fails on it. Permission
    // bits do not stop root; /proc refuses everyone.
    QString readOnly = dir.filePath("read_only");
    QVERIFY(QDir().mkdir(readOnly));
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (::geteuid() == 0) readOnly = "/proc";
    const std::string refused = run::applySetting(specs, p, "data_dir", readOnly.toStdString());
    QVERIFY2(
        refused.find("data_dir") != std::string::npos && refused.find("cannot write") != std::string::npos,
        refused.c_str());
    QFile::setPermissions(dir.filePath("read_only"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // The probe leaves nothing behind.
    QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).size() == 1);
  }

  void relevanceFollowsTheChoice() {
    const auto specs = lab_.params();
    run::Params p = run::defaults(specs);
    QVERIFY(run::isRelevant(*run::findSpec(specs, "spread"), p));
    p.setText("task_time", "exp");
    QVERIFY(!run::isRelevant(*run::findSpec(specs, "spread"), p));
    QVERIFY(run::isRelevant(*run::findSpec(specs, "workers"), p));
  }

  void transientRunGivesOneOutcomePerReplication() {
    run::RunSpec spec;
    spec.lab = "fixture_job";
    spec.mode = run::Mode::Sim;
    spec.params = run::defaults(lab_.params());
    spec.reps = 6;
    spec.jobs = 2;
    const run::RunResult r = run::execute(lab_, spec);
    QCOMPARE(r.status, run::RunStatus::Ok);
    QCOMPARE(r.reps, 6);
    QCOMPARE(r.warmupSeconds, 0.0);
    QVERIFY2(r.lengthRule.find("transient") != std::string::npos, r.lengthRule.c_str());
    const run::MetricValue& m = r.metrics.at("makespan_ms");
    QCOMPARE(m.samples, std::uint64_t(6));
    // 9 tasks (6 × 10 ms, 3 × 40 ms ± 10%) on 3 workers: at least the model's floor, and a spread.
    QVERIFY(m.mean >= r.model.values.at("makespan_floor_ms") * 0.9);
    QVERIFY(m.ciHi > m.ciLo);
    // The timeline of the first replication: the master and every worker as lanes, every task once.
    QCOMPARE(r.timelines.size(), std::size_t(1));
    const run::Timeline& t = r.timelines.front();
    QCOMPARE(t.lanes.front(), std::string("master"));
    QCOMPARE(t.lanes.size(), std::size_t(4));
    int tasks = 0;
    for (const auto& e : t.events) {
      QVERIFY(e.endS >= e.startS);
      tasks += e.kind == "task" ? 1 : 0;
    }
    QCOMPARE(tasks, 9);
    // Busy time per worker: same x in every replication, so a mean with a CI band per worker.
    const auto busy = std::find_if(r.series.begin(), r.series.end(), [](const run::Series& s) {
      return s.name == fixtures::JobLab::kWorkerBusy;
    });
    QVERIFY(busy != r.series.end());
    QCOMPARE(busy->points.size(), std::size_t(3));
    QCOMPARE(busy->band.size(), std::size_t(3));
    QCOMPARE(busy->yUnit, std::string("ms"));
    double sum = 0;
    for (const auto& [x, y] : busy->points) sum += y;
    QVERIFY(std::abs(sum - 180.0) < 180.0 * 0.1);  // 6·10 + 3·40 ms of work, ± the spread
  }

  void validateRejectsBadTablesAndChoices() {
    run::RunSpec spec;
    spec.mode = run::Mode::Sim;
    spec.params = run::defaults(lab_.params());
    spec.params.setText("tasks", "[[1,2000]]");
    QVERIFY(run::validate(lab_, spec).find("task_ms") != std::string::npos);
    spec.params = run::defaults(lab_.params());
    spec.params.setText("task_time", "gamma");
    QVERIFY(run::validate(lab_, spec).find("det|exp") != std::string::npos);
  }

  void twoParameterSweepCoversTheGrid() {
    run::SweepSpec sweep;
    QCOMPARE(run::parseVary("workers=1:3:3", sweep), std::string());
    QCOMPARE(run::parseVary("task_time=0:1:2", sweep), std::string());
    QVERIFY(!run::parseVary("dispatch_ms=0:1:2", sweep).empty());  // a third parameter
    QCOMPARE(run::sweepGrid(sweep).size(), std::size_t(6));
    sweep.base.mode = run::Mode::Sim;
    sweep.base.params = run::defaults(lab_.params());
    sweep.base.reps = 2;
    sweep.jobs = 2;
    const auto points = run::runSweep(lab_, sweep);
    QCOMPARE(points.size(), std::size_t(6));
    for (const auto& pt : points) {
      QCOMPARE(pt.result.status, run::RunStatus::Ok);
      QCOMPARE(pt.result.params.num("workers"), pt.value);
      QCOMPARE(pt.result.params.text("task_time"), std::string(pt.value2 == 0 ? "det" : "exp"));
    }
    // More workers, shorter job (same seeds, fixed task times).
    QVERIFY(points[0].result.metrics.at("makespan_ms").mean >
            points[4].result.metrics.at("makespan_ms").mean);
  }

  void countersCountOnlyTheMeasuredPart() {
    observe::LabOutputs out;
    out.setMeasuredFrom(1000);
    out.addAt("late", 999);
    out.addAt("late", 1000, 2.0);
    QCOMPARE(out.counters().at("late"), 2.0);
    out.addAt("never", 5);
    QCOMPARE(out.counters().at("never"), 0.0);  // the counter exists, at 0
  }

  void classesKeepTheirOwnSojournAndWaits() {
    observe::Aggregator agg({1, 1});
    agg.setClasses(2);
    auto rec = [&](std::int64_t t, std::uint64_t e, observe::ObsKind k, double v, std::uint8_t cls) {
      agg.add(observe::Observation{t, e, v, 1, 0, k, cls});
    };
    rec(10, 1, observe::ObsKind::Start, 100.0, 0);
    rec(20, 2, observe::ObsKind::Start, 300.0, 1);
    rec(30, 1, observe::ObsKind::Depart, 1000.0, 0);
    rec(40, 2, observe::ObsKind::Depart, 3000.0, 1);
    rec(50, 3, observe::ObsKind::Depart, 5000.0, 1);
    agg.finish(60);
    QCOMPARE(agg.sojourn().count(), std::uint64_t(3));
    QCOMPARE(agg.classStats(0).sojourn.mean(), 1000.0);
    QCOMPARE(agg.classStats(1).sojourn.mean(), 4000.0);
    QCOMPARE(agg.classStats(1).wait[1].mean(), 300.0);
    QCOMPARE(agg.classStats(0).wait[1].count(), std::uint64_t(1));
  }
};

QTEST_GUILESS_MAIN(TestLabContract)
#include "test_lab_contract.moc"
