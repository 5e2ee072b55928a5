// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <chrono>
#include <cmath>
#include <mutex>
#include <string>
#include <thread>

#include "amp/run/real_length.h"
#include "amp/run/runner.h"
#include "amp/run/time_scale.h"
#include "tiny_lab.h"

using namespace amp;
using Rule = run::RealLengthRule;

namespace {

/// The tiny lab with a "real" face that replays its own simulation at the parameters it is given:
/// a fake clock, so the runner's time scale and length rule are checked without timing anything.
/// It remembers the parameters its real face received, and feeds the live feed like a real lab.
class FakeRealLab final : public tiny::TinyLab {
 public:
  bool hasReal() const override { return true; }
  std::optional<run::TimeScale> timeScale() const override {
    return run::TimeScale{10, {"service_ms"}, {"arrival_rate"}};
  }
  run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl,
                           observe::Recorder& rec) const override {
    {
      std::lock_guard lock(mu_);
      received_ = p;
      sawFeed_ = ctl.feed != nullptr;
    }
    if (ctl.feed != nullptr) {
      // A live feed of completions until the runner has seen enough: a steady value with a
      // little noise, so the rule's CI narrows.
      const auto start = std::chrono::steady_clock::now();
      for (int i = 0; !ctl.feed->loadEnded(); ++i) {
        ctl.feed->add(1000 + (i % 2 == 0 ? 10 : -10));
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        if (std::chrono::steady_clock::now() - start > std::chrono::seconds(30)) break;  // a broken runner
      }
    }
    run::SimControl sim;
    sim.seed = ctl.seed;
    sim.horizonS = ctl.feed != nullptr ? 20.0 : ctl.durationS;
    run::RealOutcome out;
    out.endNs = simulate(p, sim, rec);
    return out;
  }
  run::Params received() const {
    std::lock_guard lock(mu_);
    return received_;
  }
  bool sawFeed() const {
    std::lock_guard lock(mu_);
    return sawFeed_;
  }

 private:
  mutable std::mutex mu_;
  mutable run::Params received_;
  mutable bool sawFeed_ = false;
};

/// Feeds `rule` windows of `dt` seconds from `from` to `to`, each with `n` completions of value v(i).
template <class Value>
void feed(Rule& rule, double from, double to, double dt, std::uint64_t n, Value v, std::uint64_t& count,
          double& sum) {
  int i = 0;
  for (double t = from; t <= to + 1e-9; t += dt, ++i) {
    count += n;
    sum += static_cast<double>(n) * v(i);
    rule.observe(t, count, sum);
  }
}

}  // namespace

class TestRealLength : public QObject {
  Q_OBJECT
 private slots:
  /// A steady feed is enough once the warm-up, the minimum time and the minimum count are behind.
  void steadyFeedEndsAfterTheMinimums() {
    Rule::Settings s;
    s.warmupS = 1.0;
    s.minMeasuredS = 2.0;
    s.minCompletions = 200;
    Rule rule(s);
    std::uint64_t count = 0;
    double sum = 0;
    // Nothing happens for the first half second (a lab preparing): the warm-up starts later.
    rule.observe(0.25, 0, 0);
    rule.observe(0.5, 0, 0);
    feed(
        rule, 0.6, 1.5, 0.1, 20, [](int i) { return 5.0 + (i % 2) * 0.01; }, count, sum);
    QVERIFY(!rule.enough());                     // still in its warm-up (it began at 0.5 s)
    QCOMPARE(rule.measuredCompletions(), 0ull);  // the warm-up's completions are deleted
    feed(
        rule, 1.6, 3.4, 0.1, 20, [](int i) { return 5.0 + (i % 2) * 0.01; }, count, sum);
    QVERIFY(!rule.enough());  // precise, but under 2 s measured
    feed(
        rule, 3.5, 4.0, 0.1, 20, [](int i) { return 5.0 + (i % 2) * 0.01; }, count, sum);
    QVERIFY(rule.enough());
    QVERIFY(std::abs(rule.estimate() - 5.005) < 0.001);
    QVERIFY(rule.relHalfWidth() < 0.01);
  }

  /// A feed whose batches disagree by far more than the target never is enough; the maximum ends it.
  void noisyFeedRunsToTheMaximum() {
    Rule::Settings s;
    s.warmupS = 0.0;
    s.maxS = 10.0;
    Rule rule(s);
    std::uint64_t count = 0;
    double sum = 0;
    rule.observe(0.0, 1, 1.0);
    // Long swings: a batch of 0.5 s sees 1, the next 100.
    feed(
        rule, 0.1, 9.9, 0.1, 10, [](int i) { return (i / 5) % 2 == 0 ? 1.0 : 100.0; }, count, sum);
    QVERIFY(!rule.enough());
    QVERIFY(!rule.timeUp());
    QVERIFY(rule.relHalfWidth() > 0.3);
    rule.observe(10.0, count + 10, sum + 10);
    QVERIFY(rule.timeUp());
  }

  /// A throughput is a rate: value per second of the windows, not per completion.
  void rateEstimateIsPerSecond() {
    Rule::Settings s;
    s.warmupS = 0.0;
    s.estimate = Rule::Estimate::Rate;
    Rule rule(s);
    std::uint64_t count = 0;
    double sum = 0;
    rule.observe(0.0, 1, 0.0);
    // 10 completions of 300 segments each per 0.1 s: 30000 segments/s.
    feed(
        rule, 0.1, 4.0, 0.1, 10, [](int) { return 300.0; }, count, sum);
    QVERIFY(std::abs(rule.estimate() - 30000.0) < 1.0);
    QVERIFY(rule.enough());
  }

  /// A lab that never feeds is found out, and only after the silent time.
  void silentFeedIsNoticed() {
    Rule rule(Rule::Settings{});
    rule.observe(run::RealLengthWatch::kSilentS - 0.5, 0, 0);
    QVERIFY(!rule.silent());
    rule.observe(run::RealLengthWatch::kSilentS + 0.1, 0, 0);
    QVERIFY(rule.silent());
    QVERIFY(!rule.enough());
  }

  /// Units decide what a time scale does to a number.
  void unitsAndTransforms() {
    QCOMPARE(run::timePower("ms"), 1);
    QCOMPARE(run::timePower("µs"), 1);
    QCOMPARE(run::timePower("1/s"), -1);
    QCOMPARE(run::timePower("Mbit/s"), -1);
    QCOMPARE(run::timePower("%"), 0);
    QCOMPARE(run::timePower("segments"), 0);
    const tiny::TinyLab lab;
    const run::Params p = run::defaults(lab.params());
    const run::Params scaled = run::scaledForReal({10, {"service_ms"}, {"arrival_rate"}}, p, 10);
    QCOMPARE(scaled.num("service_ms"), p.num("service_ms") / 10);
    QCOMPARE(scaled.num("arrival_rate"), p.num("arrival_rate") * 10);
    QCOMPARE(scaled.integer("servers"), p.integer("servers"));
    run::RunResult r;
    r.metrics["t"] = run::MetricValue{2.0, 1.0, 3.0, "ms", {{"p99", 4.0}}, 5, {}};
    r.metrics["x"] = run::MetricValue{100.0, 90.0, 110.0, "1/s", {}, 5, {}};
    r.metrics["u"] = run::MetricValue{0.5, 0.4, 0.6, "", {}, 5, {}};
    r.series.push_back({"q", "s", "", {{1.0, 3.0}}, {}});
    run::toLabTime(r, 10);
    QCOMPARE(r.metrics["t"].mean, 20.0);
    QCOMPARE(r.metrics["t"].percentiles["p99"], 40.0);
    QCOMPARE(r.metrics["x"].ciHi, 11.0);
    QCOMPARE(r.metrics["u"].mean, 0.5);
    QCOMPARE(r.series[0].points[0].first, 10.0);
    QCOMPARE(r.series[0].points[0].second, 3.0);
    QCOMPARE(run::timeScaleText(50), std::string("1:50"));
    QCOMPARE(run::timeScaleText(0.1), std::string("10:1"));
    double k = 0;
    QVERIFY(run::parseTimeScale("1:200", k) && k == 200);
    QVERIFY(run::parseTimeScale("10:1", k) && std::abs(k - 0.1) < 1e-12);
    QVERIFY(run::parseTimeScale("50", k) && k == 50);
    QVERIFY(!run::parseTimeScale("1:0", k));
    QVERIFY(!run::parseTimeScale("fast", k));
    QVERIFY(!run::parseTimeScale("1:20000", k));
  }

  /// The runner scales the real face's work and arrivals and tells the results in the lab's time.
  void runnerReportsInLabTime() {
    const FakeRealLab lab;
    run::RunSpec spec = tiny::tinySpec(lab, 40.0, 1);
    spec.mode = run::Mode::Real;
    spec.warmup = 0.0;
    const run::RunResult r = run::execute(lab, spec);
    QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
    const run::Params asked = spec.params;
    QCOMPARE(lab.received().num("service_ms"), asked.num("service_ms") / 10);
    QCOMPARE(lab.received().num("arrival_rate"), asked.num("arrival_rate") * 10);
    QVERIFY(!lab.sawFeed());  // a fixed duration needs no feed
    QCOMPARE(r.labels.at("time_scale"), std::string("1:10"));
    // M/M/1 at ρ = 0.5 with 1 ms service in the lab's time: 2 ms, 500/s, whatever ran 10× faster.
    const double sojourn = r.metrics.at("sojourn_ms").mean, rate = r.metrics.at("throughput").mean;
    QVERIFY2(std::abs(sojourn - 2.0) < 0.15, std::to_string(sojourn).c_str());
    QVERIFY2(std::abs(rate - 500.0) < 15.0, std::to_string(rate).c_str());
    QVERIFY(std::abs(r.metrics.at("util").mean - 0.5) < 0.03);
    QVERIFY(r.lengthRule.find("time scale 1:10") != std::string::npos);
    // 1:1 is the lab's own time; a lab without a time scale refuses any other.
    spec.timeScale = 1.0;
    const run::RunResult own = run::execute(lab, spec);
    QCOMPARE(lab.received().num("service_ms"), asked.num("service_ms"));
    QVERIFY(own.labels.count("time_scale") == 0);
    spec.timeScale = 0.001;
    QVERIFY(!run::validate(lab, spec).empty());
  }

  /// Without a duration the run goes on until the feed's estimate is precise enough.
  void runnerEndsAPrecisionDrivenRun() {
    const FakeRealLab lab;
    run::RunSpec spec = tiny::tinySpec(lab, 0.0, 1);
    spec.mode = run::Mode::Real;
    spec.warmup = 0.2;
    spec.realMaxS = 20.0;
    const run::RunResult r = run::execute(lab, spec);
    QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
    QVERIFY(lab.sawFeed());
    QVERIFY2(r.lengthRule.find("until sojourn_ms's 95% CI half-width was within 5%") != std::string::npos,
             r.lengthRule.c_str());
    for (const auto& w : r.warnings) QVERIFY2(w.find("precision target") == std::string::npos, w.c_str());
  }
};

QTEST_GUILESS_MAIN(TestRealLength)
#include "test_real_length.moc"
