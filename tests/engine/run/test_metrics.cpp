// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "metric_values.h"  // the runner's private collection function (see CMakeLists.txt)
#include "tiny_lab.h"

using namespace amp;
using observe::ObsKind;
using run::MetricSource;

namespace {

constexpr std::int64_t kMsNs = 1'000'000;

/// The tiny lab's stations with one metric of every source, each with a scale of its own so that
/// a scale left out shows.
class AllSourcesLab final : public tiny::TinyLab {
 public:
  std::vector<run::MetricSpec> metrics() const override {
    return {
        run::metricSpec("sojourn_ms", "", "ms", MetricSource::Sojourn).scaledBy(1e-6).withPercentiles(),
        run::metricSpec("wait_us", "", "us", MetricSource::Wait, tiny::kServer)
            .scaledBy(1e-3)
            .withPercentiles(),
        run::metricSpec("service_s", "", "s", MetricSource::Service, tiny::kServer).scaledBy(1e-9),
        run::metricSpec("util_pct", "", "%", MetricSource::Utilization, tiny::kServer)
            .scaledBy(100)
            .withPercentiles(),  // a time average has no histogram to give
        run::metricSpec("queue", "", "", MetricSource::QueueLength, tiny::kServer),
        run::metricSpec("per_ms", "", "1/ms", MetricSource::Throughput).scaledBy(1e-3),
        run::metricSpec("drop_pct", "", "%", MetricSource::DropRate).scaledBy(100),
        run::metricSpec("gauge_half", "", "", MetricSource::Gauge, tiny::kServer).scaledBy(0.5),
        run::metricSpec("gauge_time_twice", "", "", MetricSource::GaugeTime, tiny::kServer).scaledBy(2),
        run::metricSpec("handoff_ms", "", "ms", MetricSource::Handoff, tiny::kServer)
            .scaledBy(1e-6)
            .realModeOnly(),
        // No one starts service at the sink, and station 9 does not exist: no value for either.
        run::metricSpec("sink_wait", "", "ns", MetricSource::Wait, tiny::kSink),
        run::metricSpec("nowhere_util", "", "", MetricSource::Utilization, 9),
        run::metricSpec("departed", "", "", MetricSource::Custom),
    };
  }
  void customMetrics(const run::Params&, const observe::Aggregator& agg, run::Mode mode,
                     std::map<std::string, double>& out) const override {
    out["departed"] = static_cast<double>(agg.departures()) + (mode == run::Mode::Real ? 100 : 0);
  }
};

void record(observe::Aggregator& agg, std::int64_t t, ObsKind kind, std::uint64_t entity,
            std::uint16_t station, double value = 0.0) {
  agg.add(observe::Observation{
      t, entity, value, station,
      kind == ObsKind::Start || kind == ObsKind::Finish ? std::int16_t{0} : std::int16_t{-1}, kind});
}

/// Two requests through one server and a third dropped, with a gauge on the server, ending at
/// 10 ms:
///   A arrives at 0, served 0–4 ms (wait 0, service 4, sojourn 4);
///   B arrives at 1 ms, waits until 4, served 4–6 ms (wait 3, service 2, sojourn 5);
///   C arrives at 7 ms and is dropped;
///   the gauge reads 2 from 0, 6 from 2 ms, 4 from 8 ms; B's hand-off took 0.5 ms.
void feed(observe::Aggregator& agg) {
  using tiny::kServer;
  using tiny::kSink;
  using tiny::kSource;
  record(agg, 0, ObsKind::Arrive, 1, kSource);
  record(agg, 0, ObsKind::Enqueue, 1, kServer);
  record(agg, 0, ObsKind::Start, 1, kServer, 0);
  record(agg, 0, ObsKind::State, 0, kServer, 2);
  record(agg, 1 * kMsNs, ObsKind::Arrive, 2, kSource);
  record(agg, 1 * kMsNs, ObsKind::Enqueue, 2, kServer);
  record(agg, 2 * kMsNs, ObsKind::State, 0, kServer, 6);
  record(agg, 4 * kMsNs, ObsKind::Finish, 1, kServer, 4.0 * kMsNs);
  record(agg, 4 * kMsNs, ObsKind::Depart, 1, kSink, 4.0 * kMsNs);
  record(agg, 4 * kMsNs, ObsKind::Handoff, 2, kServer, 0.5 * kMsNs);
  record(agg, 4 * kMsNs, ObsKind::Start, 2, kServer, 3.0 * kMsNs);
  record(agg, 6 * kMsNs, ObsKind::Finish, 2, kServer, 2.0 * kMsNs);
  record(agg, 6 * kMsNs, ObsKind::Depart, 2, kSink, 5.0 * kMsNs);
  record(agg, 7 * kMsNs, ObsKind::Arrive, 3, kSource);
  record(agg, 7 * kMsNs, ObsKind::Drop, 3, kServer);
  record(agg, 8 * kMsNs, ObsKind::State, 0, kServer, 4);
  agg.finish(10 * kMsNs);
}

struct Collected {
  std::map<std::string, double> values;
  std::map<std::string, observe::LogHistogram> hists;
};

Collected collect(run::Mode mode, std::int64_t warmupNs = 0) {
  const AllSourcesLab lab;
  observe::Aggregator agg({1, 1, 1}, warmupNs);
  feed(agg);
  Collected c;
  run::collectMetrics(lab, run::defaults(lab.params()), agg, mode, 10 * kMsNs, c.values, c.hists);
  return c;
}

void compareValues(const std::map<std::string, double>& got, const std::map<std::string, double>& expected) {
  for (const auto& [key, v] : expected) {
    QVERIFY2(got.count(key) == 1, ("no value for " + key).c_str());
    QVERIFY2(std::abs(got.at(key) - v) <= 1e-9 * std::max(1.0, std::abs(v)),
             (key + " = " + std::to_string(got.at(key)) + ", by hand " + std::to_string(v)).c_str());
  }
  for (const auto& [key, v] : got)
    QVERIFY2(expected.count(key) == 1, ("unexpected value for " + key).c_str());
}

}  // namespace

/// The runner's metric collection on a stream small enough to work out by hand.
class TestMetrics : public QObject {
  Q_OBJECT
 private slots:
  void everySourceMatchesTheHandValue();
  void realOnlyMetricsOnlyInRealMode();
  void histogramsOnlyForPercentileMetricsWithOne();
  void warmupRecordsAreLeftOut();
};

void TestMetrics::everySourceMatchesTheHandValue() {
  const Collected c = collect(run::Mode::Sim);
  compareValues(c.values, {
                              {"sojourn_ms", 4.5},        // (4 + 5) / 2 ms
                              {"wait_us", 1500},          // (0 + 3) / 2 ms
                              {"service_s", 0.003},       // (4 + 2) / 2 ms
                              {"util_pct", 60},           // busy 6 of 10 ms
                              {"queue", 0.3},             // B waited 1–4 ms: 3 of 10 ms
                              {"per_ms", 0.2},            // 2 departures in 10 ms
                              {"drop_pct", 100.0 / 3},    // 1 drop of 3 outcomes
                              {"gauge_half", 2},          // mean of 2, 6, 4, halved
                              {"gauge_time_twice", 9.6},  // (2·2 + 6·6 + 4·2) / 10, doubled
                              {"departed", 2},            // the lab's own
                          });
}

void TestMetrics::realOnlyMetricsOnlyInRealMode() {
  const Collected sim = collect(run::Mode::Sim);
  QVERIFY(sim.values.count("handoff_ms") == 0);
  const Collected real = collect(run::Mode::Real);
  QVERIFY(real.values.count("handoff_ms") == 1);
  QCOMPARE(real.values.at("handoff_ms"), 0.5);
  QCOMPARE(real.values.at("departed"), 102.0);  // the mode reaches the lab's custom metrics
  // Everything else is what the simulation gets.
  for (const auto& [key, v] : sim.values)
    if (key != "departed") QVERIFY2(real.values.at(key) == v, key.c_str());
}

void TestMetrics::histogramsOnlyForPercentileMetricsWithOne() {
  const Collected c = collect(run::Mode::Sim);
  QCOMPARE(c.hists.size(), std::size_t{2});
  QCOMPARE(c.hists.at("sojourn_ms").count(), std::uint64_t{2});
  QCOMPARE(c.hists.at("wait_us").count(), std::uint64_t{2});
  // Histograms stay in stream units (ns); the runner scales the percentiles it reads from them.
  QCOMPARE(c.hists.at("sojourn_ms").max(), 5.0 * kMsNs);
  QCOMPARE(c.hists.at("wait_us").min(), 0.0);
}

void TestMetrics::warmupRecordsAreLeftOut() {
  // With the first 5 ms deleted only B's departure, the drop and the last gauge sample count;
  // the signals carry their values at 5 ms over the deletion.
  const Collected c = collect(run::Mode::Sim, 5 * kMsNs);
  compareValues(c.values, {
                              {"sojourn_ms", 5},
                              {"service_s", 0.002},
                              {"util_pct", 20},  // busy 5–6 of 5–10 ms
                              {"queue", 0},
                              {"per_ms", 0.2},  // 1 departure in 5 ms
                              {"drop_pct", 50},
                              {"gauge_half", 2},
                              {"gauge_time_twice", 10.4},  // (6·3 + 4·2) / 5, doubled
                              {"departed", 1},
                          });
  QVERIFY(c.hists.count("wait_us") == 0);  // B started before 5 ms: no wait measured
}

QTEST_APPLESS_MAIN(TestMetrics)
#include "test_metrics.moc"
