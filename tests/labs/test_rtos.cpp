// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "amp/labs/registry.h"
#include "amp/run/lab_text.h"
#include "amp/run/runner.h"
#include "lab_params.h"
#include "rtos/rtos_lab.h"

using namespace amp;

namespace {
using testing::paramsFor;

// A heavier set than the defaults: release jitter and blocking on several rows, the handler third.
constexpr const char* kJitteryBlocked = "[[100,500,0,60,30],[80,800,0,40,40],[150,1000,0,30,100],[700,5000]]";

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

run::RunResult realRun(const run::Lab& lab, const char* wake) {
  run::RunSpec s;
  s.lab = "rtos";
  s.mode = run::Mode::Real;
  s.params = paramsFor(lab, {{"wake", wake}});
  s.duration = 0.3;
  s.reps = 1;
  s.warmup = 0;
  s.seed = 5;
  return run::execute(lab, s);
}
}  // namespace

class TestRtos : public QObject {
  Q_OBJECT
 private:
  const run::Lab* lab_ = labs::findLab("rtos");

  /// One replication straight from the lab, so every command counts (no warm-up deleted).
  observe::LabOutputs simulateOnce(const run::Params& p, std::uint64_t seed) const {
    observe::Recorder rec(nullptr);
    run::SimControl ctl;
    ctl.seed = seed;
    ctl.horizonS = 2.0;
    lab_->simulate(p, ctl, rec);
    return rec.outputs();
  }

 private slots:
  void registered() {
    QVERIFY(lab_ != nullptr);
    for (const char* key : {"ipc_us", "master_jitter_us", "master_jitter_max_us", "task_set", "handler_row",
                            "load_threads", "wake", "fifo"})
      QVERIFY2(run::findSpec(lab_->params(), key) != nullptr, key);
    std::vector<std::string> metrics;
    for (const auto& m : lab_->metrics()) metrics.push_back(m.key);
    for (const char* key : {"latency_us", "wcrt_us", "bound_us", "bound_violations"})
      QVERIFY2(std::find(metrics.begin(), metrics.end(), key) != metrics.end(), key);
    // The exercises follow the teaching pattern: test_lab_texts checks every lab's.
  }

  void modelByHand() {
    // Defaults: row 1 (C 100, T 500) above the handler (C 150, T 1000, B 50); the master adds
    // up to 200 µs of release jitter to the handler. w_h = 150 + 50 + ⌈w/500⌉·100 = 300,
    // R_h = 200 + 300 = 500; bound = 200 + 20 (IPC) + 300 + 10 (actuator) = 530.
    const auto m = lab_->model(run::defaults(lab_->params()));
    QCOMPARE(m.values.at("handler_busy_us"), 300.0);
    QCOMPARE(m.values.at("handler_jitter_us"), 200.0);
    QCOMPARE(m.values.at("wcrt_us"), 500.0);
    QCOMPARE(m.values.at("bound_us"), 530.0);
    QCOMPARE(m.values.at("latency_us"), 530.0);
    // Row 3 (C 300, T 2000) sees row 1 and the jittery handler: 300 → 550 → 650 → 650.
    QCOMPARE(m.values.at("wcrt_row3_us"), 650.0);
    // Row 4 (C 900, T 5000): 900 → 1700 → 1900 → 2050 → 2450 → 2450.
    QCOMPARE(m.values.at("wcrt_row4_us"), 2450.0);
    QCOMPARE(m.values.at("schedulable"), 1.0);
    QVERIFY(std::abs(m.values.at("utilization") - 0.68) < 1e-12);
    QVERIFY(m.exact.at("wcrt_us") && m.exact.at("bound_us"));
  }

  void dagBoundEqualsTheChainByHand() {
    // Handler with its own J 30: w = 150 + 50 + ⌈w/500⌉·100 = 300 (row 1 has no jitter).
    // Chain: master 120 + IPC 35 + (30 + 300) + actuator 15 = 500.
    const auto p = paramsFor(*lab_, {{"task_set", "[[100,500],[150,1000,0,30,50],[300,2000],[900,5000]]"},
                                     {"ipc_us", "35"},
                                     {"master_jitter_max_us", "120"},
                                     {"actuator_us", "15"}});
    const auto m = lab_->model(p);
    QCOMPARE(m.values.at("bound_us"), 500.0);
    QCOMPARE(m.values.at("wcrt_us"), 450.0);  // J 30 + 120, w 300
    QCOMPARE(m.values.at("linux_share_us"), 155.0);
    bool said = false;
    for (const auto& n : m.notes) said = said || (contains(n, "bound 500 µs") && contains(n, "IPC 35 µs"));
    QVERIFY(said);
  }

  void simulationNeverExceedsTheBound_data() {
    QTest::addColumn<QString>("taskSet");
    QTest::addColumn<QString>("handlerRow");
    QTest::newRow("defaults") << "[[100,500],[150,1000,0,0,50],[300,2000],[900,5000]]"
                              << "2";
    QTest::newRow("jitter and blocking, handler third") << kJitteryBlocked << "3";
  }
  void simulationNeverExceedsTheBound() {
    QFETCH(QString, taskSet);
    QFETCH(QString, handlerRow);
    const auto p = paramsFor(*lab_, {{"task_set", qPrintable(taskSet)},
                                     {"handler_row", qPrintable(handlerRow)},
                                     {"master_jitter_us", "60"}});
    const auto m = lab_->model(p);
    QCOMPARE(m.values.at("schedulable"), 1.0);
    const double bound = m.values.at("bound_us");
    const std::size_t rows = p.table("task_set").size();
    double worst = 0.0;
    std::vector<double> seenWorst(rows, 0.0);
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
      const observe::LabOutputs out = simulateOnce(p, seed);
      QCOMPARE(out.counters().at("bound_violations"), 0.0);
      QVERIFY2(out.counters().at("latency_max_us") <= bound + 1e-6, qPrintable(QString::number(seed)));
      worst = std::max(worst, out.counters().at("latency_max_us"));
      for (std::size_t i = 0; i < rows; ++i) {
        const std::string row = "row" + std::to_string(i + 1);
        const double seen = out.counters().at("response_max_" + row + "_us");
        QVERIFY2(seen <= m.values.at("wcrt_" + row + "_us") + 1e-6, row.c_str());
        seenWorst[i] = std::max(seenWorst[i], seen);
      }
    }
    qInfo("bound %.1f µs, worst latency seen over 20 seeds %.1f µs", bound, worst);
    for (std::size_t i = 0; i < rows; ++i)
      qInfo("row %zu: WCRT %.1f µs, worst seen %.1f µs", i + 1,
            m.values.at("wcrt_row" + std::to_string(i + 1) + "_us"), seenWorst[i]);
    // The simulation reaches into the bound's neighbourhood: it is not trivially far below.
    QVERIFY(worst > 0.5 * bound);
  }

  void runnerReportsEveryMetric() {
    run::RunSpec s;
    s.lab = "rtos";
    s.mode = run::Mode::Sim;
    s.params = run::defaults(lab_->params());
    s.reps = 3;
    s.jobs = 1;
    s.seed = 3;
    const auto r = run::execute(*lab_, s);
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    const auto& lat = r.metrics.at("latency_us");
    QVERIFY(lat.percentiles.count("p99.9") == 1 && lat.percentiles.at("max") <= 530.0 + 1e-3);
    QCOMPARE(r.metrics.at("bound_us").mean, 530.0);
    QCOMPARE(r.metrics.at("bound_violations").mean, 0.0);
    QVERIFY(r.metrics.at("wcrt_us").mean <= 500.0);
    QVERIFY(contains(r.verdict, "bound"));
    bool bars = false, timeline = !r.timelines.empty();
    for (const auto& series : r.series)
      bars = bars || (series.name == "wcrt_us" && series.points.size() == 4);
    QVERIFY(bars && timeline);
  }

  void unschedulableIsReportedNotAnError() {
    // Row 2's w goes 300 → 600 → 900 > D = 600: no fixed point below its deadline.
    const auto p = paramsFor(*lab_, {{"task_set", "[[300,400],[300,600]]"}});
    run::RunSpec s;
    s.lab = "rtos";
    s.mode = run::Mode::Model;
    s.params = p;
    const auto r = run::execute(*lab_, s);
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    QCOMPARE(r.model.values.at("schedulable"), 0.0);
    QVERIFY(r.model.values.count("bound_us") == 0 && r.model.values.count("wcrt_us") == 0);
    QVERIFY(contains(r.model.notes.front(), "UNSCHEDULABLE"));
  }

  void badInputNamesKeyRowAndColumn() {
    run::Params p = run::defaults(lab_->params());
    const std::string err = run::applySetting(lab_->params(), p, "task_set", "[[100,500],[1500,1000]]");
    QVERIFY2(contains(err, "task_set row 2, column C_us") && contains(err, "T_us"), err.c_str());
    const std::string d = run::applySetting(lab_->params(), p, "task_set", "[[100,500,600]]");
    QVERIFY2(contains(d, "task_set row 1, column D_us"), d.c_str());
    QCOMPARE(p.text("task_set"), run::defaults(lab_->params()).text("task_set"));  // nothing changed
    const std::string w = run::applySetting(lab_->params(), p, "wake", "poll");
    QVERIFY2(contains(w, "wake"), w.c_str());
  }

  void realRunWithEachWakeMechanism_data() {
    QTest::addColumn<QString>("wake");
    for (const char* w : {"spin", "futex", "eventfd", "condvar"}) QTest::newRow(w) << w;
  }
  void realRunWithEachWakeMechanism() {
    QFETCH(QString, wake);
    const auto r = realRun(*lab_, qPrintable(wake));
    QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
    QVERIFY(r.facts.at("commands") > 10);
    // Every command the master sent was handled, or counted as lost in a full ring.
    QCOMPARE(r.facts.at("commands") + r.facts.at("commands_lost"), r.facts.at("commands_sent"));
    QVERIFY(r.metrics.at("latency_us").samples >= 1 && r.metrics.at("latency_us").mean > 0);
    QVERIFY(r.metrics.at("wakeup_us").percentiles.count("p99.9") == 1);
    QVERIFY(r.metrics.count("bound_violations") == 1 && r.metrics.count("jitter_violations") == 1);
    QVERIFY(contains(r.labels.at("assumption"), "not a guarantee"));
    // The master and the worker ran where they were pinned.
    int pinned = 0;
    for (const auto& pl : r.placements)
      if ((pl.thread == "master" || pl.thread == "worker") && pl.pinned) ++pinned;
    QCOMPARE(pinned, 2);
    qInfo("%s: %g commands, wake-up p50 %.2f p99 %.2f max %.1f µs; latency p99 %.1f µs; SCHED_FIFO %g",
          qPrintable(wake), r.facts.at("commands"), r.facts.at("wakeup_p50_us"), r.facts.at("wakeup_p99_us"),
          r.facts.at("wakeup_max_us"), r.facts.at("latency_p99_us"), r.facts.at("fifo_granted"));
  }

  void textsFillFromTheModel() {
    const std::string e = lab_->exercises().front().explanation;
    QVERIFY2(contains(e, "530") && contains(e, "500"), e.c_str());
  }
};

QTEST_APPLESS_MAIN(TestRtos)
#include "test_rtos.moc"
