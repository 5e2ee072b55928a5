// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <string>

#include "amp/run/runner.h"
#include "tiny_lab.h"

using namespace amp;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}
bool startsWith(const std::string& text, const std::string& part) { return text.rfind(part, 0) == 0; }

/// A result of the tiny lab at its defaults with the model's values, and a measured sojourn of
/// `mean` in [lo, hi] ms (the model says 2 ms).
run::RunResult resultWith(run::Mode mode, double mean, double lo, double hi) {
  const tiny::TinyLab lab;
  run::RunResult r;
  r.lab = "tiny";
  r.mode = mode;
  r.params = run::defaults(lab.params());
  r.model = lab.model(r.params);
  run::MetricValue m;
  m.mean = mean;
  m.ciLo = lo;
  m.ciHi = hi;
  m.unit = "ms";
  m.samples = 5;
  r.metrics["sojourn_ms"] = m;
  return r;
}

}  // namespace

/// judge() on hand-built results: which words each situation gets.
class TestVerdict : public QObject {
  Q_OBJECT
 private slots:
  void modelInsideTheInterval();
  void modelInsideButApproximate();
  void outsideWithAnExactModelGivesTheLabsReason();
  void outsideWithAnApproximateModelNamesIt();
  void zeroWidthRealIntervalJudgesNothing();
  void zeroWidthSimulationIntervalSpeaksOfReplications();
  void lightLoadRealRunBlamesTheEngine();
  void heavierLoadRealRunGivesTheLabsRealReason();
  void hostSlowdownExplainsARealGap();
  void measuredCausesComeBeforeTheLabsReason();
  void modelOnlyWording();
  void unstableRunWording();
  void noModelValueToCompare();
};

void TestVerdict::modelInsideTheInterval() {
  const tiny::TinyLab lab;
  run::RunResult r = resultWith(run::Mode::Sim, 2.02, 1.95, 2.09);
  run::judge(lab, r);
  QCOMPARE(r.verdict, std::string("model inside the simulation's 95% CI"));
  QCOMPARE(r.bottleneck, std::string("server"));
  // Exactly on an edge still counts as inside.
  run::RunResult edge = resultWith(run::Mode::Sim, 2.1, 2.0, 2.2);
  run::judge(lab, edge);
  QVERIFY2(startsWith(edge.verdict, "model inside"), edge.verdict.c_str());
}

void TestVerdict::modelInsideButApproximate() {
  const tiny::TinyLab lab;
  run::RunResult r = resultWith(run::Mode::Sim, 2.02, 1.95, 2.09);
  r.model.exact["sojourn_ms"] = false;
  r.model.approximation = tiny::kApproximation;
  run::judge(lab, r);
  QCOMPARE(r.verdict, "model inside the simulation's 95% CI (the model is an approximation: " +
                          tiny::kApproximation + ")");
}

void TestVerdict::outsideWithAnExactModelGivesTheLabsReason() {
  const tiny::TinyLab lab;
  run::RunResult r = resultWith(run::Mode::Sim, 2.4, 2.3, 2.5);
  run::judge(lab, r);
  QCOMPARE(r.verdict, "model outside the simulation's 95% CI for sojourn_ms (model 2, measured 2.4, +20%): " +
                          tiny::kDeviationSim);
  // Below the interval: the sign turns.
  run::RunResult low = resultWith(run::Mode::Sim, 1.8, 1.7, 1.9);
  run::judge(lab, low);
  QVERIFY2(contains(low.verdict, "(model 2, measured 1.8, -10%)"), low.verdict.c_str());
}

void TestVerdict::outsideWithAnApproximateModelNamesIt() {
  const tiny::TinyLab lab;
  run::RunResult r = resultWith(run::Mode::Sim, 2.4, 2.3, 2.5);
  r.model.exact["sojourn_ms"] = false;
  r.model.approximation = tiny::kApproximation;
  run::judge(lab, r);
  QVERIFY2(startsWith(r.verdict, "model outside the simulation's 95% CI"), r.verdict.c_str());
  QVERIFY2(contains(r.verdict, "the model is an approximation here (" + tiny::kApproximation + ")"),
           r.verdict.c_str());
  QVERIFY2(!contains(r.verdict, tiny::kDeviationSim), r.verdict.c_str());
  // A model without a value marked exact counts as an approximation, named or not.
  run::RunResult unmarked = resultWith(run::Mode::Sim, 2.4, 2.3, 2.5);
  unmarked.model.exact.clear();
  run::judge(lab, unmarked);
  QVERIFY2(contains(unmarked.verdict, "the model is an approximation here"), unmarked.verdict.c_str());
}

void TestVerdict::zeroWidthRealIntervalJudgesNothing() {
  const tiny::TinyLab lab;
  run::RunResult r = resultWith(run::Mode::Real, 2.4, 2.4, 2.4);
  run::judge(lab, r);
  QVERIFY2(startsWith(r.verdict,
                      "one real run gives no confidence interval for sojourn_ms (measured 2.4, model 2)"),
           r.verdict.c_str());
  QVERIFY2(contains(r.verdict, "--reps 2 or more"), r.verdict.c_str());
  QVERIFY2(!contains(r.verdict, "inside") && !contains(r.verdict, "outside"), r.verdict.c_str());
}

void TestVerdict::zeroWidthSimulationIntervalSpeaksOfReplications() {
  // One replication of a simulation has a zero-width interval too; it is not a real run.
  const tiny::TinyLab lab;
  run::RunResult r = resultWith(run::Mode::Sim, 2.4, 2.4, 2.4);
  r.metrics["sojourn_ms"].samples = 1;
  run::judge(lab, r);
  const std::string one =
      "one replication gives no confidence interval for sojourn_ms (measured 2.4, model 2): run with --reps 2 or more to judge the model";
  QCOMPARE(r.verdict, one);
  // Several replications that agree exactly (a deterministic system) need no more of them.
  run::RunResult same = resultWith(run::Mode::Sim, 2.4, 2.4, 2.4);
  run::judge(lab, same);
  const std::string all =
      "all 5 replications measured the same sojourn_ms (measured 2.4, model 2): no confidence interval to judge the model by";
  QCOMPARE(same.verdict, all);
}

void TestVerdict::lightLoadRealRunBlamesTheEngine() {
  const tiny::TinyLab lab;
  run::RunResult r = resultWith(run::Mode::Real, 1.2, 1.15, 1.25);
  r.params.set("arrival_rate", 50);  // ρ = 0.05
  r.model = lab.model(r.params);     // sojourn 1/(1000 − 50) s ≈ 1.053 ms
  run::judge(lab, r);
  QVERIFY2(startsWith(r.verdict, "model outside the real run's 95% CI"), r.verdict.c_str());
  QVERIFY2(contains(r.verdict, "at this light load (utilization ≤ 0.05) the gap is the real engine's own"),
           r.verdict.c_str());
  QVERIFY2(!contains(r.verdict, tiny::kDeviationReal), r.verdict.c_str());
}

void TestVerdict::heavierLoadRealRunGivesTheLabsRealReason() {
  const tiny::TinyLab lab;
  run::RunResult r = resultWith(run::Mode::Real, 2.4, 2.3, 2.5);  // ρ = 0.5: not light
  run::judge(lab, r);
  QVERIFY2(startsWith(r.verdict, "model outside the real run's 95% CI"), r.verdict.c_str());
  QVERIFY2(contains(r.verdict, tiny::kDeviationReal), r.verdict.c_str());
  QVERIFY2(!contains(r.verdict, "light load"), r.verdict.c_str());
}

void TestVerdict::hostSlowdownExplainsARealGap() {
  const tiny::TinyLab lab;
  run::RunResult r = resultWith(run::Mode::Real, 2.4, 2.3, 2.5);
  run::Params measured = r.params;
  measured.set("service_ms", 1.09);                // the host stretched 1 ms of work
  r.modelAtMeasured = lab.model(measured).values;  // sojourn 1.09/(1 − 0.545) ≈ 2.396 ms
  run::judge(lab, r);
  QVERIFY2(contains(r.verdict, "the service times this run measured explain the gap"), r.verdict.c_str());
  QVERIFY2(contains(r.verdict, "at the measured service the model is inside the CI"), r.verdict.c_str());
}

void TestVerdict::measuredCausesComeBeforeTheLabsReason() {
  const tiny::TinyLab lab;
  // Service 1.05 ms measured: the model moves to ≈ 2.21 ms, outside [2.3, 2.5] still, but by more
  // than the CI's half-width: that is named, not the lab's generic reason.
  run::RunResult r = resultWith(run::Mode::Real, 2.4, 2.3, 2.5);
  run::Params measured = r.params;
  measured.set("service_ms", 1.05);
  r.modelAtMeasured = lab.model(measured).values;
  run::judge(lab, r);
  QVERIFY2(contains(r.verdict, "measured, move the model by +10.5%"), r.verdict.c_str());
  QVERIFY2(!contains(r.verdict, tiny::kDeviationReal), r.verdict.c_str());
  // A host whose measured service saturates the model is named before anything else.
  run::RunResult sat = resultWith(run::Mode::Real, 40, 30, 50);
  sat.labels["saturated_at_measured"] = "server";
  sat.labels["service_measured"] = "Service time 1 → 2.1 (+110%)";
  sat.oversubscribed = true;
  run::judge(lab, sat);
  QVERIFY2(contains(sat.verdict, "(Service time 1 → 2.1 (+110%)) the server is saturated"),
           sat.verdict.c_str());
  // More threads than cores is named first of all the rest.
  r.oversubscribed = true;
  r.host.cores = 2;
  run::judge(lab, r);
  QVERIFY2(contains(r.verdict, "the run's threads outnumbered this machine's 2 cores"), r.verdict.c_str());
  // A stretch smaller than the CI's half-width is not a cause.
  run::RunResult small = resultWith(run::Mode::Real, 2.4, 2.3, 2.5);
  measured.set("service_ms", 1.01);
  small.modelAtMeasured = lab.model(measured).values;
  run::judge(lab, small);
  QVERIFY2(contains(small.verdict, tiny::kDeviationReal), small.verdict.c_str());
}

void TestVerdict::modelOnlyWording() {
  const tiny::TinyLab lab;
  run::RunResult r = resultWith(run::Mode::Model, 0, 0, 0);
  r.metrics.clear();
  run::judge(lab, r);
  QCOMPARE(r.verdict, std::string("model only: run a simulation to compare"));
  r.params.set("arrival_rate", 1200);
  r.model = lab.model(r.params);
  run::judge(lab, r);
  QCOMPARE(r.verdict, std::string("unstable: the model predicts unbounded queues at the server"));
}

void TestVerdict::unstableRunWording() {
  const tiny::TinyLab lab;
  run::RunResult r = resultWith(run::Mode::Sim, 400, 300, 500);
  r.params.set("arrival_rate", 1200);
  r.model = lab.model(r.params);
  r.unstable = true;
  run::judge(lab, r);
  QVERIFY2(startsWith(r.verdict, "unstable: utilization ≥ 1 at the server"), r.verdict.c_str());
  QVERIFY2(contains(r.verdict, "no steady-state value exists"), r.verdict.c_str());
}

void TestVerdict::noModelValueToCompare() {
  const tiny::TinyLab lab;
  run::RunResult r = resultWith(run::Mode::Sim, 2.02, 1.95, 2.09);
  r.model.values.erase("sojourn_ms");
  run::judge(lab, r);
  QCOMPARE(r.verdict, std::string("no model value for sojourn_ms to compare"));
}

QTEST_APPLESS_MAIN(TestVerdict)
#include "test_verdict.moc"
