// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>
#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "amp/labs/registry.h"
#include "amp/run/runner.h"
#include "failover/failover_lab.h"
#include "lab_params.h"

using namespace amp;

namespace {
using testing::paramsFor;
using testing::relNear;

run::RunSpec spec(const run::Lab& lab, run::Params p, run::Mode mode, int reps, std::uint64_t seed) {
  run::RunSpec s;
  s.lab = lab.info().id;
  s.mode = mode;
  s.params = std::move(p);
  s.reps = reps;
  s.seed = seed;
  s.jobs = 1;
  s.maxReps = std::max(s.maxReps, reps);
  return s;
}

bool covers(const run::MetricValue& v, double model) {
  // A CI of width 0 (every incident safe) covers a model of 1 up to rounding.
  return v.ciLo - 1e-9 <= model && model <= v.ciHi + 1e-9;
}
}  // namespace

class TestFailover : public QObject {
  Q_OBJECT
 private:
  const run::Lab* lab_ = labs::findLab("failover");

 private slots:
  void registered() {
    QVERIFY(lab_ != nullptr);
    QCOMPARE(int(lab_->runKind()), int(run::RunKind::Transient));
    for (const char* key : {"heartbeat_ms", "miss_limit", "hb_loss", "workers", "quorum", "worker_fail_rate",
                            "steps", "step_dist"})
      QVERIFY2(run::findSpec(lab_->params(), key) != nullptr, key);
    std::vector<std::string> metrics;
    for (const auto& m : lab_->metrics()) metrics.push_back(m.key);
    for (const char* key : {"detect_ms", "time_to_safe_ms", "p_safe", "false_alarms_per_hour"})
      QVERIFY2(std::find(metrics.begin(), metrics.end(), key) != metrics.end(), key);
    int bySim = 0, byReal = 0;
    for (const auto& e : lab_->exercises()) {
      bySim += e.answerFrom == run::Mode::Sim ? 1 : 0;
      byReal += e.answerFrom == run::Mode::Real ? 1 : 0;
    }
    QVERIFY(bySim >= 1 && byReal >= 1);
  }

  void modelByHand() {
    // Defaults: H = 20 ms, k = 3, ℓ = 0.05: 20·(2.5 − 0.05 − 0.0025) ms; (1 − ℓ)·ℓ³ per interval.
    const auto m = lab_->model(run::defaults(lab_->params()));
    QVERIFY(relNear(m.values.at("detect_ms"), 20 * (2.5 - 0.05 - 0.0025), 1e-12));
    QVERIFY(relNear(m.values.at("false_alarms_per_hour"), 0.95 * std::pow(0.05, 3) * 3600 / 0.02, 1e-12));
    // Fixed steps of 70 ms in all, μ = 2/s, 2 of 3 workers: p = e^(−0.14), P = p³ + 3p²(1 − p).
    const double p = std::exp(-2 * 0.07);
    QVERIFY(relNear(m.values.at("p_safe"), p * p * p + 3 * p * p * (1 - p), 1e-12));
    QVERIFY(relNear(m.values.at("time_to_safe_ms"), m.values.at("detect_ms") + 70, 1e-12));
    // No losses: exactly (k − ½)·H.
    const auto clean = lab_->model(paramsFor(*lab_, {{"hb_loss", "0"}, {"miss_limit", "5"}}));
    QVERIFY(relNear(clean.values.at("detect_ms"), 4.5 * 20, 1e-12));
    QCOMPARE(clean.values.at("false_alarms_per_hour"), 0.0);
    // Exponential steps, one worker, quorum 1: each step is a race of rate 1/s against μ, won with
    // probability 1/(1 + μ·s) in a time of mean s/(1 + μ·s).
    const auto e = lab_->model(paramsFor(
        *lab_, {{"step_dist", "exp"}, {"workers", "1"}, {"quorum", "1"}, {"worker_fail_rate", "5"}}));
    double pSafe = 1, t = 0;
    for (double s : {0.02, 0.03, 0.02}) {
      pSafe /= 1 + 5 * s;
      t += s / (1 + 5 * s);
    }
    QVERIFY(relNear(e.values.at("p_safe"), pSafe, 1e-12));
    QVERIFY(relNear(e.values.at("time_to_safe_ms"), e.values.at("detect_ms") + 1000 * t, 1e-12));
    QVERIFY(e.exact.at("p_safe") && e.exact.at("time_to_safe_ms"));
  }

  void simulationCoversTheModel_data() {
    QTest::addColumn<QString>("dist");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("loss");
    QTest::addColumn<QString>("misses");
    QTest::newRow("defaults (binomial)") << "det"
                                         << "2"
                                         << "0.05"
                                         << "3";
    QTest::newRow("harsh failures, binomial") << "det"
                                              << "10"
                                              << "0"
                                              << "4";
    QTest::newRow("harsh failures, CTMC") << "exp"
                                          << "10"
                                          << "0.2"
                                          << "3";
    QTest::newRow("lossy link, CTMC") << "exp"
                                      << "1"
                                      << "0.3"
                                      << "2";
  }
  void simulationCoversTheModel() {
    QFETCH(QString, dist);
    QFETCH(QString, rate);
    QFETCH(QString, loss);
    QFETCH(QString, misses);
    const auto p = paramsFor(*lab_, {{"step_dist", dist.toUtf8().constData()},
                                     {"worker_fail_rate", rate.toUtf8().constData()},
                                     {"hb_loss", loss.toUtf8().constData()},
                                     {"miss_limit", misses.toUtf8().constData()}});
    const auto m = lab_->model(p);
    const auto r = run::execute(*lab_, spec(*lab_, p, run::Mode::Sim, 300, 7));
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    for (const char* key : {"detect_ms", "time_to_safe_ms", "p_safe", "false_alarms_per_hour"}) {
      QVERIFY2(m.exact.at(key), key);
      const auto& v = r.metrics.at(key);
      QVERIFY2(covers(v, m.values.at(key)),
               (std::string(key) + ": model " + std::to_string(m.values.at(key)) + " outside [" +
                std::to_string(v.ciLo) + ", " + std::to_string(v.ciHi) + "]")
                   .c_str());
    }
  }

  void badInputNamesTheKey() {
    run::Params p = run::defaults(lab_->params());
    const std::string empty = run::applySetting(lab_->params(), p, "steps", "[]");
    QVERIFY2(empty.find("steps") != std::string::npos, empty.c_str());
    const std::string loss = run::applySetting(lab_->params(), p, "hb_loss", "1");
    QVERIFY2(loss.find("hb_loss") != std::string::npos, loss.c_str());
    const std::string problem = lab_->paramsProblem(paramsFor(*lab_, {{"workers", "2"}, {"quorum", "3"}}));
    QVERIFY2(problem.find("quorum") != std::string::npos, problem.c_str());
    QVERIFY(lab_->paramsProblem(run::defaults(lab_->params())).empty());
  }

  void realIncidentReachesTheSafeState() {
    // No worker failures: the model says every incident ends safe. The master is a process that
    // is really killed; every step must end once, with every worker having done it once.
    const auto p = paramsFor(*lab_, {{"worker_fail_rate", "0"}, {"hb_loss", "0"}, {"heartbeat_ms", "10"}});
    const auto r = run::execute(*lab_, spec(*lab_, p, run::Mode::Real, 2, 3));
    QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
    QCOMPARE(r.metrics.at("p_safe").mean, 1.0);
    QCOMPARE(r.metrics.at("steps_ok").mean, 1.0);
    QVERIFY(r.metrics.at("detect_ms").mean > 0);  // detected after the panic, never before
    QVERIFY(r.metrics.at("time_to_safe_ms").mean > r.metrics.at("detect_ms").mean);
    QVERIFY(r.facts.at("beats_sent") >= 1);
    QCOMPARE(r.timelines.size(), std::size_t(1));
    std::set<std::string> kinds;
    for (const auto& e : r.timelines.front().events) kinds.insert(e.kind);
    for (const char* k : {"beat", "panic", "miss", "detect", "step", "safe"})
      QVERIFY2(kinds.count(k) == 1, k);
  }

  void realFailuresLoseNoStep() {
    // Workers fail fast: whether or not the quorum holds, no step is lost or run twice.
    const auto p = paramsFor(*lab_, {{"worker_fail_rate", "15"}, {"heartbeat_ms", "10"}, {"workers", "3"}});
    const auto r = run::execute(*lab_, spec(*lab_, p, run::Mode::Real, 2, 11));
    QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
    QCOMPARE(r.metrics.at("steps_ok").mean, 1.0);
  }
};

QTEST_APPLESS_MAIN(TestFailover)
#include "test_failover.moc"
