// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <cmath>
#include <set>
#include <string>

#include "amp/labs/registry.h"
#include "amp/run/runner.h"

using namespace amp;

namespace {

run::RunSpec lightRealRun(const std::string& labId, int reps) {
  const run::Lab* lab = labs::findLab(labId);
  run::RunSpec spec;
  spec.lab = labId;
  spec.mode = run::Mode::Real;
  spec.params = run::defaults(lab->params());
  spec.duration = 0.6;
  spec.reps = reps;
  spec.seed = 3;
  spec.timeScale = 1.0;  // the lab's own time: these checks are about replications and verdicts
  return spec;
}

}  // namespace

/// The runner's real face: replications, the verdict's interval, the model at measured service.
class TestRunReal : public QObject {
  Q_OBJECT
 private slots:
  void realReplicationsGiveEveryMetricAnInterval();
  void oneRunNeverJudgesAZeroWidthInterval();
  void everyLabReportsTheSameHostLabels();
  void oneRunsIntervalIsCentredOnItsMean();
};

void TestRunReal::realReplicationsGiveEveryMetricAnInterval() {
  const run::Lab* lab = labs::findLab("foundations");
  run::RunSpec spec = lightRealRun("foundations", 3);
  spec.params.set("arrival_rate", 40);
  spec.params.set("master_ms", 2);
  spec.params.set("worker_ms", 4);
  spec.params.set("workers", 1);
  const run::RunResult r = run::execute(*lab, spec, {});
  QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
  QCOMPARE(r.reps, 3);
  const run::MetricValue& x = r.metrics.at("throughput");
  QCOMPARE(x.samples, std::uint64_t{3});
  QVERIFY2(x.ciHi > x.ciLo, "three runs give a real interval, not a point");
  // The model at the service the run measured: as many values as the model has, and the
  // measured service times named with what was asked.
  QVERIFY(r.modelAtMeasured.count("sojourn_ms") == 1);
  QVERIFY(r.modelAtMeasured.at("sojourn_ms") > 0);
  QVERIFY2(r.labels.count("service_measured") == 1, "the measured service times are named");
  QVERIFY2(r.labels.at("service_measured").find("master service time 2 → ") == 0,
           r.labels.at("service_measured").c_str());
  // foundations times each service against what its schedule drew, so sampling and the host
  // are told apart.
  QVERIFY2(r.labels.at("service_measured").find(": the schedule drew ") != std::string::npos &&
               r.labels.at("service_measured").find(", the host added ") != std::string::npos,
           r.labels.at("service_measured").c_str());
  QVERIFY(r.facts.at("master_ms_host_stretch") > 0.5 && r.facts.at("master_ms_host_stretch") < 10);
  QVERIFY2(r.verdict.find("at the measured service") != std::string::npos, r.verdict.c_str());
  QVERIFY(r.lengthRule.find("3 real runs") == 0);
}

void TestRunReal::oneRunNeverJudgesAZeroWidthInterval() {
  // tcp's key metric (throughput) has no batch means: one run gives a point, not an interval.
  const run::Lab* lab = labs::findLab("tcp");
  run::RunSpec spec = lightRealRun("tcp", 1);
  spec.params.set("workers", 1);
  const run::RunResult r = run::execute(*lab, spec, {});
  QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
  const run::MetricValue& key = r.metrics.at(lab->keyMetric());
  QCOMPARE(key.ciLo, key.ciHi);
  QVERIFY2(r.verdict.find("one real run gives no confidence interval") == 0, r.verdict.c_str());
  QVERIFY(r.verdict.find("outside") == std::string::npos);
}

void TestRunReal::everyLabReportsTheSameHostLabels() {
  // The honest outcome is computed in one place: every lab names asymmetry, CPU and placement,
  // and the host's own warnings (the VM, here) are worded the same.
  std::set<std::string> vmWarnings;
  for (const char* id : {"foundations", "journal", "tcp", "steering", "mapreduce"}) {
    const run::Lab* lab = labs::findLab(id);
    run::RunSpec spec = lightRealRun(id, 1);
    spec.duration = 0.3;
    const run::RunResult r = run::execute(*lab, spec, {});
    QVERIFY2(r.status == run::RunStatus::Ok, (std::string(id) + ": " + r.error).c_str());
    for (const char* label : {"asymmetry", "cpu_model", "placement"})
      QVERIFY2(r.labels.count(label) == 1, (std::string(id) + " lacks " + label).c_str());
    QCOMPARE(r.labels.at("asymmetry"), r.host.asymmetry);
    QVERIFY(!r.placements.empty());
    QVERIFY(r.facts.count("calibration_error") == 1);
    for (const auto& w : r.warnings)
      if (w.rfind("virtual machine", 0) == 0) vmWarnings.insert(w);
  }
  QVERIFY(vmWarnings.size() <= 1);  // one wording (or none, off a VM)
}

void TestRunReal::oneRunsIntervalIsCentredOnItsMean() {
  // One real run: batch means give the sojourn's spread, and the interval shown beside the mean
  // must be around that mean (the batches leave a remainder out, so their own centre differs).
  const run::Lab* lab = labs::findLab("foundations");
  run::RunSpec spec = lightRealRun("foundations", 1);
  spec.duration = 1.5;
  spec.params.set("workers", 1);
  spec.params.set("arrival_rate", 400);
  spec.params.set("master_ms", 0.5);
  spec.params.set("worker_ms", 1);
  const run::RunResult r = run::execute(*lab, spec, {});
  QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
  const run::MetricValue& s = r.metrics.at("sojourn_ms");
  QVERIFY2(s.ciHi > s.ciLo, "the batch means give an interval");
  QVERIFY(std::abs(0.5 * (s.ciLo + s.ciHi) - s.mean) <= 1e-9 * s.mean);
}

QTEST_GUILESS_MAIN(TestRunReal)
#include "test_run_real.moc"
