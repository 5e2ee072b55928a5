// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <atomic>
#include <chrono>
#include <cmath>
#include <string>
#include <thread>

#include "amp/run/runner.h"
#include "tiny_lab.h"

using namespace amp;
using tiny::tinySpec;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

double relHalfWidth(const run::MetricValue& m) { return (m.ciHi - m.ciLo) / 2.0 / std::abs(m.mean); }

/// Every number of two results that a seed decides.
void compareNumbers(const run::RunResult& a, const run::RunResult& b) {
  QCOMPARE(a.reps, b.reps);
  QCOMPARE(a.metrics.size(), b.metrics.size());
  for (const auto& [key, m] : a.metrics) {
    QVERIFY2(b.metrics.count(key) == 1, key.c_str());
    const run::MetricValue& n = b.metrics.at(key);
    // Bit for bit, not within a tolerance.
    QVERIFY2(m.mean == n.mean && m.ciLo == n.ciLo && m.ciHi == n.ciHi, key.c_str());
    QCOMPARE(m.samples, n.samples);
    QVERIFY2(m.percentiles == n.percentiles, key.c_str());
  }
}

}  // namespace

/// The runner on a lab small enough to know every answer: validation, the three ways of
/// choosing a run's length, the statistics of a replication set, cancel and determinism.
class TestRunner : public QObject {
  Q_OBJECT
 private slots:
  void validateAcceptsTheDefaults();
  void validateNamesAnUnknownKey();
  void validateNamesTheRangeOfAValueOutsideIt();
  void validateNamesAMissingValue();
  void validateRejectsBadLengths();
  void validateRejectsAFaceTheLabLacks();
  void validateChecksTextsAndKinds();
  void anInvalidSpecFailsWithTheSameMessage();
  void modelModeGivesTheModelAlone();
  void fixedRepsAndDurationGiveExactlyThat();
  void precisionDrivenLengthStopsAtTheTarget();
  void precisionDrivenLengthRespectsMaxReps();
  void fixedWarmupIsRecordedInTheLengthRule();
  void mserWarmupIsRecordedInTheLengthRule();
  void modelLiesInsideTheSimulationsInterval();
  void cancelReturnsQuickly_data();
  void cancelReturnsQuickly();
  void runThreadHandsOverTheResult();
  void sameSeedGivesIdenticalResults();
  void differentSeedsDiffer();
  void percentilesOnlyWhereDeclared();
  void customMetricArrives();
  void unstableModelIsSaidUnstable();
};

void TestRunner::validateAcceptsTheDefaults() {
  const tiny::TinyLab lab;
  const std::string err = run::validate(lab, tinySpec(lab, 10, 2));
  QVERIFY2(err.empty(), err.c_str());
}

void TestRunner::validateNamesAnUnknownKey() {
  const tiny::TinyLab lab;
  run::RunSpec spec = tinySpec(lab, 10, 2);
  spec.params.set("arrival_rte", 3);
  const std::string err = run::validate(lab, spec);
  QVERIFY2(contains(err, "unknown parameter 'arrival_rte'"), err.c_str());
  QVERIFY2(contains(err, "'tiny'"), err.c_str());
}

void TestRunner::validateNamesTheRangeOfAValueOutsideIt() {
  const tiny::TinyLab lab;
  run::RunSpec spec = tinySpec(lab, 10, 2);
  spec.params.set("service_ms", 250);
  const std::string err = run::validate(lab, spec);
  QVERIFY2(contains(err, "service_ms = 250 is out of range"), err.c_str());
  QVERIFY2(contains(err, "[0.01, 100] ms"), err.c_str());
  // Below the minimum, and for an integer, too.
  spec = tinySpec(lab, 10, 2);
  spec.params.set("servers", 0);
  const std::string low = run::validate(lab, spec);
  QVERIFY2(contains(low, "servers = 0 is out of range"), low.c_str());
  QVERIFY2(contains(low, "an integer in [1, 4]"), low.c_str());
}

void TestRunner::validateNamesAMissingValue() {
  const tiny::TinyLab lab;
  run::RunSpec spec = tinySpec(lab, 10, 2);
  spec.params = run::Params();
  spec.params.set("arrival_rate", 100);
  spec.params.set("servers", 1);
  spec.params.setText("service_dist", "exp");
  const std::string err = run::validate(lab, spec);
  QCOMPARE(err, std::string("parameter 'service_ms' has no value"));
}

void TestRunner::validateRejectsBadLengths() {
  const tiny::TinyLab lab;
  run::RunSpec spec = tinySpec(lab, -1, 2);
  QVERIFY2(contains(run::validate(lab, spec), "duration must be in [0, 1e7] s"),
           run::validate(lab, spec).c_str());
  spec.duration = 2e7;
  QVERIFY(contains(run::validate(lab, spec), "duration must be"));
  spec.duration = 0;  // automatic: fine
  QVERIFY(run::validate(lab, spec).empty());
  spec.reps = -1;
  QVERIFY2(contains(run::validate(lab, spec), "reps must be in [0, 10000]"),
           run::validate(lab, spec).c_str());
  spec.reps = 10001;
  QVERIFY(contains(run::validate(lab, spec), "reps must be"));
}

void TestRunner::validateRejectsAFaceTheLabLacks() {
  const tiny::TinyLabWithoutSim noSim;
  run::RunSpec spec = tinySpec(noSim, 10, 2);
  QCOMPARE(run::validate(noSim, spec), std::string("the lab 'tiny' has no simulation"));
  spec.mode = run::Mode::Model;
  QVERIFY(run::validate(noSim, spec).empty());
  const tiny::TinyLab lab;
  spec.mode = run::Mode::Real;
  QCOMPARE(run::validate(lab, spec), std::string("the lab 'tiny' has no real mode"));
}

void TestRunner::validateChecksTextsAndKinds() {
  const tiny::TinyLab lab;
  run::RunSpec spec = tinySpec(lab, 10, 2);
  spec.params.setText("service_dist", "pareto");
  const std::string err = run::validate(lab, spec);
  QCOMPARE(err, std::string("service_dist = 'pareto' is not allowed: allowed is one of exp|det|lognormal"));
  // A text for a key the lab does not have is as unknown as a number for one.
  spec = tinySpec(lab, 10, 2);
  spec.params.setText("colour", "red");
  const std::string unknown = run::validate(lab, spec);
  QCOMPARE(unknown, std::string("unknown parameter 'colour' for lab 'tiny'"));
  // A number where a choice belongs, a text where a number belongs, a fraction of a server.
  spec = tinySpec(lab, 10, 2);
  spec.params = run::Params();
  spec.params.set("arrival_rate", 100);
  spec.params.set("service_ms", 1);
  spec.params.set("servers", 1);
  spec.params.set("service_dist", 0);
  const std::string number = run::validate(lab, spec);
  QVERIFY2(contains(number, "service_dist = 0 is not allowed: allowed is one of"), number.c_str());
  spec = tinySpec(lab, 10, 2);
  spec.params = run::Params();
  spec.params.set("arrival_rate", 100);
  spec.params.setText("service_ms", "fast");
  spec.params.set("servers", 1);
  spec.params.setText("service_dist", "exp");
  const std::string text = run::validate(lab, spec);
  QCOMPARE(text, std::string("service_ms = 'fast' is not allowed: allowed is a number in [0.01, 100] ms"));
  spec = tinySpec(lab, 10, 2);
  spec.params.set("servers", 1.5);
  const std::string fraction = run::validate(lab, spec);
  QCOMPARE(fraction, std::string("servers = 1.5 is not an integer: allowed is an integer in [1, 4]"));
}

void TestRunner::anInvalidSpecFailsWithTheSameMessage() {
  const tiny::TinyLab lab;
  run::RunSpec spec = tinySpec(lab, 10, 2);
  spec.params.set("arrival_rate", 5000);
  const run::RunResult r = run::execute(lab, spec);
  QCOMPARE(r.status, run::RunStatus::Failed);
  QCOMPARE(r.error, run::validate(lab, spec));
  QVERIFY(r.metrics.empty());
}

void TestRunner::modelModeGivesTheModelAlone() {
  const tiny::TinyLab lab;
  run::RunSpec spec = tinySpec(lab, 10, 2);
  spec.mode = run::Mode::Model;
  const run::RunResult r = run::execute(lab, spec);
  QCOMPARE(r.status, run::RunStatus::Ok);
  QVERIFY(r.metrics.empty());
  QCOMPARE(r.reps, 0);
  QCOMPARE(r.lengthRule, std::string("analytic model"));
  // M/M/1 at λ = 500/s, S = 1 ms: T = 1/(μ−λ) = 2 ms, Wq = ρ/(μ−λ) = 1 ms, L = ρ/(1−ρ) = 1.
  QCOMPARE(r.model.values.at("sojourn_ms"), 2.0);
  QCOMPARE(r.model.values.at("wait_ms"), 1.0);
  QCOMPARE(r.model.values.at("util"), 0.5);
  QCOMPARE(r.model.values.at("in_system"), 1.0);
  QVERIFY(r.model.exact.at("sojourn_ms"));
  QCOMPARE(r.verdict, std::string("model only: run a simulation to compare"));
  QCOMPARE(r.bottleneck, std::string("server"));
}

void TestRunner::fixedRepsAndDurationGiveExactlyThat() {
  const tiny::TinyLab lab;
  const run::RunResult r = run::execute(lab, tinySpec(lab, 4, 3));
  QCOMPARE(r.status, run::RunStatus::Ok);
  QCOMPARE(r.reps, 3);
  QCOMPARE(r.simSecondsPerRep, 4.0);
  QCOMPARE(r.warmupSeconds, 0.0);
  QCOMPARE(r.metrics.at("sojourn_ms").samples, std::uint64_t{3});
  QCOMPARE(r.metrics.at("throughput").samples, std::uint64_t{3});
  QVERIFY2(contains(r.lengthRule, "3 replications of 4 simulated s"), r.lengthRule.c_str());
  QVERIFY2(!contains(r.lengthRule, "precision target"), r.lengthRule.c_str());
  // About 2000 arrivals per replication at 500/s: the throughput says the horizon was 4 s.
  const double x = r.metrics.at("throughput").mean;
  QVERIFY2(x > 450 && x < 550, std::to_string(x).c_str());
}

void TestRunner::precisionDrivenLengthStopsAtTheTarget() {
  const tiny::TinyLab lab;
  run::RunSpec spec = tinySpec(lab, 10, 0, 5);
  spec.targetRelHalfWidth = 0.015;
  spec.minReps = 4;
  spec.maxReps = 64;
  const run::RunResult r = run::execute(lab, spec);
  QCOMPARE(r.status, run::RunStatus::Ok);
  const double hw = relHalfWidth(r.metrics.at("sojourn_ms"));
  QVERIFY2(hw <= spec.targetRelHalfWidth, std::to_string(hw).c_str());
  QVERIFY2(r.reps > spec.minReps && r.reps < spec.maxReps, std::to_string(r.reps).c_str());
  QVERIFY2(contains(r.lengthRule, "precision target: sojourn_ms 95% CI half-width within 1.5%"),
           r.lengthRule.c_str());
  QVERIFY(r.warnings.empty());
  // It stopped at the first batch that reached the target: the same seeds one batch (two
  // replications, one per job) earlier had not.
  run::RunSpec fewer = spec;
  fewer.reps = r.reps - 2;
  const run::RunResult before = run::execute(lab, fewer);
  QCOMPARE(before.reps, r.reps - 2);
  const double hwBefore = relHalfWidth(before.metrics.at("sojourn_ms"));
  QVERIFY2(hwBefore > spec.targetRelHalfWidth, std::to_string(hwBefore).c_str());
}

void TestRunner::precisionDrivenLengthRespectsMaxReps() {
  const tiny::TinyLab lab;
  run::RunSpec spec = tinySpec(lab, 2, 0);
  spec.targetRelHalfWidth = 1e-6;  // out of reach
  spec.minReps = 3;
  spec.maxReps = 6;
  const run::RunResult r = run::execute(lab, spec);
  QCOMPARE(r.status, run::RunStatus::Ok);
  QCOMPARE(r.reps, 6);
  QCOMPARE(r.metrics.at("sojourn_ms").samples, std::uint64_t{6});
  QVERIFY(std::find(r.warnings.begin(), r.warnings.end(),
                    "precision target not reached within the maximum length") != r.warnings.end());
  QVERIFY2(contains(r.lengthRule, "min 3, max 6 replications"), r.lengthRule.c_str());
}

void TestRunner::fixedWarmupIsRecordedInTheLengthRule() {
  const tiny::TinyLab lab;
  run::RunSpec spec = tinySpec(lab, 4, 2);
  spec.warmup = 0.5;
  const run::RunResult r = run::execute(lab, spec);
  QCOMPARE(r.warmupSeconds, 0.5);
  QVERIFY2(r.lengthRule.rfind("fixed warm-up 0.5 s; ", 0) == 0, r.lengthRule.c_str());
  QVERIFY(!contains(r.lengthRule, "MSER"));
  // The deleted half second is not counted: 3.5 s of about 500 departures per second.
  const run::RunResult none = run::execute(lab, tinySpec(lab, 4, 2));
  const double sojournsWith = r.metrics.at("throughput").mean * 3.5;
  const double sojournsWithout = none.metrics.at("throughput").mean * 4.0;
  QVERIFY2(sojournsWith < sojournsWithout - 100,
           (std::to_string(sojournsWith) + " vs " + std::to_string(sojournsWithout)).c_str());
}

void TestRunner::mserWarmupIsRecordedInTheLengthRule() {
  const tiny::TinyLab lab;
  run::RunSpec spec = tinySpec(lab, 4, 2);
  spec.warmup = -1;
  const run::RunResult r = run::execute(lab, spec);
  QCOMPARE(r.status, run::RunStatus::Ok);
  QVERIFY2(r.lengthRule.rfind("warm-up by MSER-5 on a pilot replication: ", 0) == 0, r.lengthRule.c_str());
  QVERIFY2(contains(r.lengthRule, run::formatNumber(r.warmupSeconds) + " s deleted"), r.lengthRule.c_str());
  QVERIFY(r.warmupSeconds >= 0.0 && r.warmupSeconds <= 2.0);  // at most half the horizon
}

void TestRunner::modelLiesInsideTheSimulationsInterval() {
  // M/M/1 at ρ = 0.5: 10 replications of 100 s at 500/s, half a million customers in all. The
  // seed is fixed, so the outcome is too; the half-width (about 1%) leaves the model well inside.
  const tiny::TinyLab lab;
  run::RunSpec spec = tinySpec(lab, 100, 10, 2026);
  spec.warmup = 1.0;
  const run::RunResult r = run::execute(lab, spec);
  QCOMPARE(r.status, run::RunStatus::Ok);
  for (const char* key : {"sojourn_ms", "wait_ms", "util", "queue_len", "in_system", "throughput"}) {
    const run::MetricValue& m = r.metrics.at(key);
    const double model = r.model.values.at(key);
    QVERIFY2(m.ciLo <= model && model <= m.ciHi,
             (std::string(key) + ": model " + std::to_string(model) + " outside [" + std::to_string(m.ciLo) +
              ", " + std::to_string(m.ciHi) + "]")
                 .c_str());
    QVERIFY2(relHalfWidth(m) < 0.03, key);  // a real interval, not a wide net
  }
  QVERIFY2(r.verdict.rfind("model inside the simulation's 95% CI", 0) == 0, r.verdict.c_str());
  QCOMPARE(r.metrics.at("drop_rate").mean, 0.0);
}

void TestRunner::cancelReturnsQuickly_data() {
  QTest::addColumn<double>("warmup");
  QTest::newRow("during the replications") << 0.0;
  QTest::newRow("during the MSER-5 pilot") << -1.0;
}

void TestRunner::cancelReturnsQuickly() {
  QFETCH(double, warmup);
  const tiny::TinyLab lab;
  // Replications far longer than the test: only cancel can end them.
  run::RunSpec spec = tinySpec(lab, 1e6, 4);
  spec.warmup = warmup;
  std::atomic<bool> cancel{false};
  run::RunHooks hooks;
  hooks.cancel = &cancel;
  run::RunResult r;
  std::atomic<std::int64_t> returnedAtNs{0};
  std::thread runner([&] {
    r = run::execute(lab, spec, hooks);
    returnedAtNs.store(std::chrono::steady_clock::now().time_since_epoch().count());
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const auto cancelledAt = std::chrono::steady_clock::now();
  cancel.store(true);
  runner.join();
  const double latencyS =
      std::chrono::duration<double>(std::chrono::steady_clock::duration(returnedAtNs.load()) -
                                    cancelledAt.time_since_epoch())
          .count();
  QCOMPARE(r.status, run::RunStatus::Cancelled);
  QCOMPARE(r.reps, 0);  // no replication was finished, and none is counted
  QVERIFY(r.metrics.empty());
  // Promised within ~100 ms; ×10 for sanitizers and a VM's tail.
  QVERIFY2(latencyS < 1.0, std::to_string(latencyS).c_str());
}

void TestRunner::runThreadHandsOverTheResult() {
  const tiny::TinyLab lab;
  std::atomic<bool> called{false};
  run::RunResult got;
  {
    run::RunThread thread;
    thread.start(lab, tinySpec(lab, 1e6, 2), {}, [&](run::RunResult r) {
      got = std::move(r);
      called.store(true);
    });
    QVERIFY(thread.running());
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    thread.cancel();
    thread.join();
    QVERIFY(!thread.running());
  }
  QVERIFY(called.load());
  QCOMPARE(got.status, run::RunStatus::Cancelled);
  QCOMPARE(got.lab, std::string("tiny"));
}

void TestRunner::sameSeedGivesIdenticalResults() {
  const tiny::TinyLab lab;
  const run::RunSpec spec = tinySpec(lab, 5, 4, 42);
  const run::RunResult a = run::execute(lab, spec);
  const run::RunResult b = run::execute(lab, spec);
  compareNumbers(a, b);
  // The number of threads decides nothing: replication i always has seed i.
  run::RunSpec oneThread = spec;
  oneThread.jobs = 1;
  compareNumbers(a, run::execute(lab, oneThread));
  QCOMPARE(a.series.size(), b.series.size());
  QVERIFY(!a.series.empty());
  QVERIFY(a.series.front().points == b.series.front().points);
}

void TestRunner::differentSeedsDiffer() {
  const tiny::TinyLab lab;
  const run::RunResult a = run::execute(lab, tinySpec(lab, 5, 4, 42));
  const run::RunResult b = run::execute(lab, tinySpec(lab, 5, 4, 43));
  QCOMPARE(a.seed, std::uint64_t{42});
  QCOMPARE(b.seed, std::uint64_t{43});
  QVERIFY(a.metrics.at("sojourn_ms").mean != b.metrics.at("sojourn_ms").mean);
  QVERIFY(a.metrics.at("wait_ms").mean != b.metrics.at("wait_ms").mean);
  QVERIFY(a.metrics.at("sojourn_ms").percentiles.at("max") !=
          b.metrics.at("sojourn_ms").percentiles.at("max"));
}

void TestRunner::percentilesOnlyWhereDeclared() {
  const tiny::TinyLab lab;
  const run::RunResult r = run::execute(lab, tinySpec(lab, 20, 3, 9));
  const auto& p = r.metrics.at("sojourn_ms").percentiles;
  QCOMPARE(p.size(), std::size_t{5});
  QVERIFY(p.at("p50") < p.at("p95"));
  QVERIFY(p.at("p95") < p.at("p99"));
  QVERIFY(p.at("p99") <= p.at("p99.9"));
  QVERIFY(p.at("p99.9") <= p.at("max"));
  // M/M/1's sojourn is exponential with mean 2 ms: median 2·ln 2, p99 2·ln 100 (scaled to ms).
  QVERIFY2(std::abs(p.at("p50") / (2 * std::log(2.0)) - 1) < 0.05, std::to_string(p.at("p50")).c_str());
  QVERIFY2(std::abs(p.at("p99") / (2 * std::log(100.0)) - 1) < 0.08, std::to_string(p.at("p99")).c_str());
  QVERIFY(r.metrics.at("wait_ms").percentiles.empty());
  QVERIFY(r.metrics.at("util").percentiles.empty());
  // The histogram goes with the percentiles.
  QCOMPARE(r.histograms.size(), std::size_t{1});
  QCOMPARE(r.histograms.front().name, std::string("sojourn_ms"));
  QCOMPARE(r.histograms.front().unit, std::string("ms"));
}

void TestRunner::customMetricArrives() {
  const tiny::TinyLab lab;
  const run::RunResult r = run::execute(lab, tinySpec(lab, 20, 3, 9));
  QVERIFY(r.metrics.count("in_system") == 1);
  const run::MetricValue& l = r.metrics.at("in_system");
  QCOMPARE(l.samples, std::uint64_t{3});
  // Little's law at ρ = 0.5: L = 1.
  QVERIFY2(std::abs(l.mean - 1.0) < 0.1, std::to_string(l.mean).c_str());
  QVERIFY(l.ciHi > l.ciLo);
  // The real-only hand-off is not measured by a simulation.
  QVERIFY(r.metrics.count("handoff_ms") == 0);
}

void TestRunner::unstableModelIsSaidUnstable() {
  const tiny::TinyLab lab;
  run::RunSpec spec = tinySpec(lab, 2, 0);
  spec.params.set("arrival_rate", 1500);  // ρ = 1.5
  spec.minReps = 3;
  const run::RunResult r = run::execute(lab, spec);
  QCOMPARE(r.status, run::RunStatus::Ok);
  QVERIFY(r.unstable);
  QVERIFY(!r.model.stable);
  QVERIFY2(r.verdict.rfind("unstable: utilization ≥ 1 at the server", 0) == 0, r.verdict.c_str());
  // No precision target is chased: the minimum number of replications, and the rule says why.
  QCOMPARE(r.reps, 3);
  QVERIFY2(contains(r.lengthRule, "the system is unstable"), r.lengthRule.c_str());
  QVERIFY(std::find(r.warnings.begin(), r.warnings.end(), "unstable: utilization ≥ 1 at the server") !=
          r.warnings.end());
  // The server is saturated: utilization near 1, throughput near the service rate.
  QVERIFY(r.metrics.at("util").mean > 0.95);
}

QTEST_APPLESS_MAIN(TestRunner)
#include "test_runner.moc"
