// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <vector>

#include "amp/labs/registry.h"
#include "amp/run/runner.h"
#include "captured_stream.h"
#include "lab_params.h"
#include "rlsched/rlsched_agent.h"
#include "rlsched/rlsched_lab.h"
#include "rlsched/rlsched_tasks.h"

using namespace amp;
using labs::RlschedLab;
using testing::paramsFor;

namespace {

constexpr std::size_t kAllTasks = std::numeric_limits<std::size_t>::max();

/// `tasks` per replication (the warm-up 5% of it).
run::RunSpec simSpec(const run::Params& p, double tasks, int reps) {
  run::RunSpec s;
  s.lab = "rlsched";
  s.mode = run::Mode::Sim;
  s.params = p;
  s.seed = 24;
  s.duration = tasks / p.num("arrival_rate");
  s.warmup = s.duration * 0.05;
  s.reps = reps;
  s.jobs = 2;
  return s;
}

/// Feeds a fresh agent the lessons of `log` in order and checks that it makes every decision of
/// `log` the same way: the decisions are this Agent's, and nothing else's.
int replayMismatches(const run::Params& p, std::uint64_t seed, const labs::rlsched::DecisionLog& log) {
  const labs::rlsched::Config c = labs::rlsched::Config::from(p);
  labs::rlsched::Agent agent(c.policy == labs::rlsched::Policy::Ucb, c.epsilon, c.alpha, c.ucbC,
                             labs::rlsched::agentSeed(seed));
  int mismatches = 0;
  for (const auto& step : log) {
    if (step.decision)
      mismatches += agent.choose(step.state) == step.action ? 0 : 1;
    else
      agent.learn(step.state, step.action, step.costMs);
  }
  return mismatches;
}

std::size_t decisions(const labs::rlsched::DecisionLog& log) {
  return static_cast<std::size_t>(
      std::count_if(log.begin(), log.end(), [](const auto& s) { return s.decision; }));
}

}  // namespace

class TestRlsched : public QObject {
  Q_OBJECT
 private:
  const run::Lab* lab_ = labs::findLab("rlsched");

 private slots:
  void registered() {
    QVERIFY(lab_ != nullptr);
    for (const char* key : {"arrival_rate", "task_mix", "small_ms", "large_ms", "fast_cores", "slow_cores",
                            "slow_factor", "policy", "threshold", "epsilon", "alpha", "ucb_c", "budget_ms"})
      QVERIFY2(run::findSpec(lab_->params(), key) != nullptr, key);
    std::vector<std::string> metrics;
    for (const auto& m : lab_->metrics()) metrics.push_back(m.key);
    for (const char* key : {"latency_ms", "regret", "explore_overhead_ms"})
      QVERIFY2(std::find(metrics.begin(), metrics.end(), key) != metrics.end(), key);
    bool qTable = false;
    for (const auto& o : lab_->outputs())
      qTable = qTable || (o.key == "q_table" && o.kind == run::OutputKind::Table);
    QVERIFY(qTable);
    const auto exercises = lab_->exercises();
    QVERIFY(exercises.size() >= 3 && exercises.size() <= 4);
    int bySim = 0, byReal = 0;
    for (const auto& e : exercises) {
      bySim += e.answerFrom == run::Mode::Sim;
      byReal += e.answerFrom == run::Mode::Real;
      QVERIFY2(std::find(metrics.begin(), metrics.end(), e.metric) != metrics.end(), e.metric.c_str());
    }
    QVERIFY(bySim >= 1 && byReal >= 1);
  }

  // The static baselines where the model is exact: a Bernoulli split into Poisson streams, each
  // cluster M/H₂/1 (Pollaczek–Khinchine) or M/M/c; the threshold and jsq chains with one task size.
  void simulationCoversTheModel_data() {
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("mix");
    QTest::addColumn<QString>("cores");
    QTest::newRow("always_fast, M/H₂/1 (defaults)") << "always_fast"
                                                    << "200"
                                                    << "0.2"
                                                    << "1";
    QTest::newRow("random, two M/H₂/1") << "random"
                                        << "120"
                                        << "0.2"
                                        << "1";
    QTest::newRow("random, two M/M/2") << "random"
                                       << "400"
                                       << "0"
                                       << "2";
    QTest::newRow("threshold, chain, one size") << "threshold"
                                                << "300"
                                                << "0"
                                                << "1";
    QTest::newRow("jsq, chain, one size") << "jsq"
                                          << "300"
                                          << "1"
                                          << "1";
  }
  void simulationCoversTheModel() {
    QFETCH(QString, policy);
    QFETCH(QString, rate);
    QFETCH(QString, mix);
    QFETCH(QString, cores);
    const run::Params p = paramsFor(*lab_, {{"policy", qPrintable(policy)},
                                            {"arrival_rate", qPrintable(rate)},
                                            {"task_mix", qPrintable(mix)},
                                            {"large_ms", mix == "1" ? "3" : "10"},
                                            {"fast_cores", qPrintable(cores)},
                                            {"slow_cores", qPrintable(cores)}});
    const auto r = run::execute(*lab_, simSpec(p, 60000, 8));
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    for (const char* key : {"latency_ms", "fast_util", "slow_util"}) {
      QVERIFY2(r.model.exact.at(key), key);
      const auto& m = r.metrics.at(key);
      const double model = r.model.values.at(key);
      qInfo("%s: sim %.5g [%.5g, %.5g], model %.5g", key, m.mean, m.ciLo, m.ciHi, model);
      QVERIFY2(m.ciLo <= model && model <= m.ciHi, key);
    }
  }

  // Exploration's first-order cost (ε/2)·Δ leaves out that an explored task also delays the
  // tasks queued behind it: at the defaults the simulation measures more than it.
  void firstOrderUnderestimatesExploration() {
    const run::Params p = paramsFor(*lab_, {{"policy", "epsilon_greedy"}, {"epsilon", "0.3"}});
    const auto r = run::execute(*lab_, simSpec(p, 30000, 5));
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    QVERIFY(!r.model.exact.at("explore_overhead_ms"));
    const auto& m = r.metrics.at("explore_overhead_ms");
    const double firstOrder = r.model.values.at("explore_overhead_ms");
    qInfo("explore overhead: sim %.4g [%.4g, %.4g] ms, (ε/2)·Δ = %.4g ms", m.mean, m.ciLo, m.ciHi,
          firstOrder);
    QVERIFY(m.ciLo > firstOrder);
    // ... but by a bounded factor at this point.
    QVERIFY(m.mean < 4 * firstOrder);
  }

  // Where the chain is approximate (two task sizes; the learned policy), its error at stated points.
  void approximationsAreBounded_data() {
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<double>("bound");
    QTest::newRow("threshold, defaults: within 10%") << "threshold"
                                                     << "200" << 0.10;
    QTest::newRow("jsq, defaults: within 10%") << "jsq"
                                               << "200" << 0.10;
    QTest::newRow("epsilon_greedy, defaults: within 10%") << "epsilon_greedy"
                                                          << "200" << 0.10;
    QTest::newRow("ucb, defaults: within 10%") << "ucb"
                                               << "200" << 0.10;
    QTest::newRow("round_robin, 120/s: within 25%") << "round_robin"
                                                    << "120" << 0.25;
  }
  void approximationsAreBounded() {
    QFETCH(QString, policy);
    QFETCH(QString, rate);
    QFETCH(double, bound);
    const run::Params p =
        paramsFor(*lab_, {{"policy", qPrintable(policy)}, {"arrival_rate", qPrintable(rate)}});
    const auto r = run::execute(*lab_, simSpec(p, 30000, 4));
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    QVERIFY(!r.model.exact.at("latency_ms"));
    const double sim = r.metrics.at("latency_ms").mean, model = r.model.values.at("latency_ms");
    qInfo("latency: sim %.4g ms, model %.4g ms (%+.1f%%)", sim, model, 100 * (model / sim - 1));
    QVERIFY(testing::relNear(model, sim, bound));
  }

  void largestEpsilonWithinBudget() {
    const run::ModelResult m = lab_->model(paramsFor(*lab_, {{"policy", "epsilon_greedy"}}));
    const double delta = m.values.at("delta_ms");
    QVERIFY(delta > 0);
    const double epsMax = m.values.at("epsilon_max");
    QVERIFY(testing::relNear(epsMax, 2 * 1.0 / delta, 1e-12));
    const run::ModelResult atMax = lab_->model(
        paramsFor(*lab_, {{"policy", "epsilon_greedy"}, {"epsilon", std::to_string(epsMax).c_str()}}));
    QVERIFY(testing::relNear(atMax.values.at("explore_overhead_ms"), 1.0, 1e-5));
  }

  void simulatedAgentIsTheAgent() {
    for (const char* policy : {"epsilon_greedy", "ucb"}) {
      const run::Params p = paramsFor(*lab_, {{"policy", policy}});
      observe::Recorder rec(nullptr);
      run::SimControl ctl;
      ctl.seed = 9;
      ctl.horizonS = 10;
      labs::rlsched::DecisionLog log;
      labs::rlsched::simulate(p, ctl, rec, &log);
      QVERIFY(decisions(log) > 1000);
      QCOMPARE(replayMismatches(p, ctl.seed, log), 0);
      // A different seed's agent explores differently: the replay does notice a stranger.
      if (std::string(policy) == "epsilon_greedy") QVERIFY(replayMismatches(p, ctl.seed + 1, log) > 0);
    }
  }

  // The simulation pairs each task with the same task under the best fixed threshold policy, a
  // twin it runs beside itself only as far as it needs: the regret it adds up must be the sum of
  // (latency here - latency there) over the tasks both finished, with the twin run here whole.
  void regretPairsEachTaskWithItsTwin() {
    const run::Params p = paramsFor(*lab_, {{"policy", "epsilon_greedy"}});
    testing::CapturedStream stream;
    observe::Recorder rec(nullptr, &stream);
    run::SimControl ctl;
    ctl.seed = 3;
    ctl.horizonS = 20;
    labs::rlsched::simulate(p, ctl, rec, nullptr);
    const labs::rlsched::Config c = labs::rlsched::Config::from(p);
    const auto tasks = labs::rlsched::drawTasks(c, ctl.seed, ctl.horizonS, kAllTasks);
    const std::vector<double> best =
        labs::rlsched::bestThresholdLatenciesMs(c, tasks, ctl.seed, ctl.horizonS);
    double regretMs = 0;
    double pairs = 0;
    for (const auto& o : stream.obs) {
      if (o.kind != observe::ObsKind::Depart) continue;
      QVERIFY(o.entity < best.size());
      if (std::isnan(best[o.entity])) continue;
      regretMs += o.value * 1e-6 - best[o.entity];
      ++pairs;
    }
    const auto& counters = rec.outputs().counters();
    QVERIFY(pairs > 1000);
    QCOMPARE(counters.at(RlschedLab::kPaired), pairs);
    QVERIFY(std::abs(counters.at(RlschedLab::kRegretSum) - regretMs) <= 1e-6 * pairs);
    // The learner's twin that never explores is paired too.
    QVERIFY(counters.at(RlschedLab::kOverheadPaired) > 0.9 * pairs);
  }

  // One short real run: the master thread's decisions are the same Agent's, every task is done
  // once, the worker threads are pinned and the slow cluster says how it is slow.
  void realRunIsTheSameAgent() {
    const run::Params p = paramsFor(*lab_, {{"policy", "epsilon_greedy"}, {"epsilon", "0.2"}});
    testing::CapturedStream stream;
    observe::Recorder rec(nullptr, &stream);
    run::RealControl ctl;
    ctl.seed = 5;
    ctl.durationS = 1.0;
    labs::rlsched::DecisionLog log;
    const run::RealOutcome out = labs::rlsched::runReal(p, ctl, rec, &log);
    QVERIFY2(out.error.empty(), out.error.c_str());
    const double scheduled = out.facts.at("tasks_scheduled");
    QVERIFY(scheduled > 50);
    QCOMPARE(out.facts.at("tasks_completed"), scheduled);
    QCOMPARE(double(decisions(log)), scheduled);
    QCOMPARE(replayMismatches(p, ctl.seed, log), 0);
    std::map<std::uint64_t, int> departs;
    for (const auto& o : stream.obs)
      if (o.kind == observe::ObsKind::Depart) ++departs[o.entity];
    QCOMPARE(double(departs.size()), scheduled);
    for (const auto& [id, k] : departs) QCOMPARE(k, 1);
    int workers = 0;
    for (const auto& pl : out.placements)
      if (pl.thread.rfind("worker", 0) == 0) {
        ++workers;
        QVERIFY2(pl.pinned, pl.thread.c_str());
      }
    QCOMPARE(workers, 2);
    QVERIFY(out.labels.count("clusters") == 1);
    QVERIFY(!rec.outputs().tables().empty());
  }

  void badInputNamesTheKey() {
    run::Params p = run::defaults(lab_->params());
    for (const char* bad : {"1.5", "-0.1"}) {
      const std::string err = run::applySetting(lab_->params(), p, "epsilon", bad);
      QVERIFY2(err.find("epsilon") != std::string::npos, err.c_str());
    }
    const std::string policy = run::applySetting(lab_->params(), p, "policy", "greedy");
    QVERIFY2(policy.find("policy") != std::string::npos && policy.find("ucb") != std::string::npos,
             policy.c_str());
  }
};

QTEST_APPLESS_MAIN(TestRlsched)
#include "test_rlsched.moc"
