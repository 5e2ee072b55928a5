// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <cmath>
#include <random>
#include <vector>

#include "amp/observe/aggregator.h"

using namespace amp::observe;

namespace {
constexpr std::int64_t kS = 1000000000;  // one second in ns

Observation rec(double tS, ObsKind kind, std::uint64_t entity, double value = 0.0, std::uint16_t station = 0,
                std::int16_t core = -1) {
  return Observation{static_cast<std::int64_t>(std::llround(tS * 1e9)), entity, value, station, core, kind};
}

// One job through one station: arrive and queue at a, start at s, finish at f.
void job(Aggregator& agg, std::uint64_t id, double a, double s, double f, std::int16_t core = 0) {
  agg.add(rec(a, ObsKind::Arrive, id));
  agg.add(rec(a, ObsKind::Enqueue, id));
  agg.add(rec(s, ObsKind::Start, id, (s - a) * 1e9, 0, core));
  agg.add(rec(f, ObsKind::Finish, id, (f - s) * 1e9, 0, core));
  agg.add(rec(f, ObsKind::Depart, id, (f - a) * 1e9));
}

bool near(double a, double b, double tol = 1e-9) {
  return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}
}  // namespace

class TestAggregator : public QObject {
  Q_OBJECT
 private slots:
  void queueLengthAndUtilization();
  void warmupExcluded();
  void multiServerAndCores();
  void gaugesDropsHandoffs();
  void latencyAndQueueSeries();
  void seriesRecorderFlatMemory();
  void unknownStationGrows();
  void mm1StreamMatchesTheory();
};

void TestAggregator::queueLengthAndUtilization() {
  Aggregator agg({1});
  // Interleaved as an engine would emit them (time-ordered).
  agg.add(rec(0, ObsKind::Arrive, 1));
  agg.add(rec(0, ObsKind::Enqueue, 1));
  agg.add(rec(0, ObsKind::Start, 1, 0.0, 0, 0));
  agg.add(rec(1, ObsKind::Arrive, 2));
  agg.add(rec(1, ObsKind::Enqueue, 2));
  agg.add(rec(2, ObsKind::Finish, 1, 2e9, 0, 0));
  agg.add(rec(2, ObsKind::Depart, 1, 2e9));
  agg.add(rec(2, ObsKind::Start, 2, 1e9, 0, 0));
  agg.add(rec(5, ObsKind::Finish, 2, 3e9, 0, 0));
  agg.add(rec(5, ObsKind::Depart, 2, 4e9));
  QCOMPARE(agg.endNs(), 5 * kS);  // live view before finish()
  agg.finish(10 * kS);

  const StationStats& st = agg.station(0);
  QCOMPARE(st.arrivals, std::uint64_t(2));
  QCOMPARE(st.starts, std::uint64_t(2));
  QCOMPARE(st.finishes, std::uint64_t(2));
  QCOMPARE(st.queueLen.count(), std::int64_t(0));
  QCOMPARE(st.busy.count(), std::int64_t(0));
  QVERIFY(near(agg.meanQueueLength(0), 0.1));  // one job waiting during [1,2] of [0,10]
  QVERIFY(near(st.queueLen.average(10.0 * kS), 0.1));
  QVERIFY(near(agg.utilization(0), 0.5));  // busy during [0,5]
  QVERIFY(near(st.wait.mean(), 0.5e9));
  QVERIFY(near(st.service.mean(), 2.5e9));
  QCOMPARE(agg.departures(), std::uint64_t(2));
  QVERIFY(near(agg.sojourn().mean(), 3e9));
  QCOMPARE(agg.sojournHist().count(), std::uint64_t(2));
  QCOMPARE(agg.sojournHist().max(), 4e9);
  QCOMPARE(agg.sojournBatches().count(), std::uint64_t(2));
  QVERIFY(near(agg.observedSeconds(), 10.0));
  QVERIFY(near(agg.throughput(), 0.2));
  QCOMPARE(st.waitHist.count(), std::uint64_t(2));
  QCOMPARE(st.waitHist.quantile(0.0), 0.0);
}

void TestAggregator::warmupExcluded() {
  Aggregator agg({1}, 3 * kS);
  job(agg, 1, 0, 0, 2);  // wholly inside the warm-up
  agg.add(rec(1, ObsKind::Arrive, 2));
  agg.add(rec(1, ObsKind::Enqueue, 2));
  agg.add(rec(2, ObsKind::Start, 2, 1e9, 0, 0));           // in service across the warm-up boundary
  QCOMPARE(agg.station(0).busy.count(), std::int64_t(1));  // live counts move during warm-up
  QCOMPARE(agg.station(0).starts, std::uint64_t(0));       // statistics do not
  agg.add(rec(5, ObsKind::Finish, 2, 3e9, 0, 0));
  agg.add(rec(5, ObsKind::Depart, 2, 4e9));
  job(agg, 3, 6, 6, 8);
  agg.finish(10 * kS);

  const StationStats& st = agg.station(0);
  QCOMPARE(st.arrivals, std::uint64_t(1));
  QCOMPARE(st.starts, std::uint64_t(1));
  QCOMPARE(st.finishes, std::uint64_t(2));
  QCOMPARE(st.wait.count(), std::uint64_t(1));
  QCOMPARE(st.service.count(), std::uint64_t(2));
  QCOMPARE(agg.departures(), std::uint64_t(2));
  QVERIFY(near(agg.sojourn().mean(), 3e9));  // (4 + 2) / 2 seconds
  // Busy over [3,5] (carried in from the warm-up) and [6,8] out of the observed [3,10].
  QVERIFY(near(agg.utilization(0), 4.0 / 7.0));
  QVERIFY(near(agg.meanQueueLength(0), 0.0));
  QVERIFY(near(agg.observedSeconds(), 7.0));
  QVERIFY(near(agg.throughput(), 2.0 / 7.0));
  QCOMPARE(agg.warmupNs(), 3 * kS);

  // A run that ends before its warm-up has no observed time and no statistics.
  Aggregator early({1}, 5 * kS);
  job(early, 1, 0, 0, 1);
  early.finish(2 * kS);
  QCOMPARE(early.departures(), std::uint64_t(0));
  QCOMPARE(early.throughput(), 0.0);
  QCOMPARE(early.utilization(0), 0.0);

  // finish() at the warm-up boundary with a busy server still starts the time averages there.
  Aggregator quiet({1}, 2 * kS);
  quiet.add(rec(1, ObsKind::Enqueue, 1));
  quiet.add(rec(1, ObsKind::Start, 1, 0.0, 0, 0));
  quiet.finish(6 * kS);
  QVERIFY(near(quiet.utilization(0), 1.0));
}

void TestAggregator::multiServerAndCores() {
  Aggregator agg({2});
  // Two servers: jobs on cores 0 and 1 overlap during [1,3].
  agg.add(rec(0, ObsKind::Enqueue, 1));
  agg.add(rec(0, ObsKind::Start, 1, 0, 0, 0));
  agg.add(rec(1, ObsKind::Enqueue, 2));
  agg.add(rec(1, ObsKind::Start, 2, 0, 0, 1));
  agg.add(rec(3, ObsKind::Finish, 1, 3e9, 0, 0));
  agg.add(rec(4, ObsKind::Finish, 2, 3e9, 0, 1));
  agg.add(rec(4, ObsKind::Enqueue, 3));
  agg.add(rec(4, ObsKind::Start, 3, 0, 0, 0));
  agg.add(rec(5, ObsKind::Finish, 3, 1e9, 0, 0));
  // Real mode reports CPUs, which may lie beyond the server count; -1 means unknown.
  agg.add(rec(5, ObsKind::Enqueue, 4));
  agg.add(rec(5, ObsKind::Start, 4, 0, 0, 5));
  agg.add(rec(6, ObsKind::Finish, 4, 1e9, 0, 5));
  agg.add(rec(6, ObsKind::Enqueue, 5));
  agg.add(rec(6, ObsKind::Start, 5, 0, 0, -1));
  agg.add(rec(7, ObsKind::Finish, 5, 1e9, 0, -1));
  agg.finish(8 * kS);
  const StationStats& st = agg.station(0);
  QCOMPARE(st.servers, 2);
  // Busy-server area: 3 + 3 + 1 + 1 + 1 = 9 over 8 s, two servers.
  QVERIFY(near(agg.utilization(0), 9.0 / 16.0));
  QVERIFY(near(st.busy.average(8.0 * kS), 9.0 / 8.0));
  QCOMPARE(st.finishesByCore.size(), std::size_t(6));
  QCOMPARE(st.finishesByCore[0], std::uint64_t(2));
  QCOMPARE(st.finishesByCore[1], std::uint64_t(1));
  QCOMPARE(st.finishesByCore[5], std::uint64_t(1));
  QCOMPARE(st.finishes, std::uint64_t(5));
}

void TestAggregator::gaugesDropsHandoffs() {
  Aggregator agg({1, 1}, 1 * kS);
  agg.add(rec(0, ObsKind::State, 0, 99.0, 1));  // warm-up: sets the live value only
  agg.add(rec(0.5, ObsKind::Drop, 9, 0, 0));    // warm-up: not counted
  agg.add(rec(2, ObsKind::State, 0, 4.0, 1));
  agg.add(rec(3, ObsKind::Drop, 10, 0, 0));
  agg.add(rec(4, ObsKind::Drop, 11, 0, 1));
  agg.add(rec(5, ObsKind::Handoff, 12, 800.0, 1));
  agg.add(rec(6, ObsKind::Handoff, 13, 1200.0, 1));
  agg.add(rec(7, ObsKind::State, 0, 10.0, 1));
  agg.finish(9 * kS);
  const StationStats& g = agg.station(1);
  QCOMPARE(g.gauge.count(), std::uint64_t(2));
  QVERIFY(near(g.gauge.mean(), 7.0));
  // 99 over [1,2], 4 over [2,7], 10 over [7,9], out of [1,9].
  QVERIFY(near(g.gaugeTime.average(9.0 * kS), (99.0 + 4.0 * 5 + 10.0 * 2) / 8.0));
  QCOMPARE(agg.station(0).drops, std::uint64_t(1));
  QCOMPARE(g.drops, std::uint64_t(1));
  QCOMPARE(agg.drops(), std::uint64_t(2));
  QCOMPARE(g.handoff.count(), std::uint64_t(2));
  QVERIFY(near(g.handoff.mean(), 1000.0));
}

void TestAggregator::latencyAndQueueSeries() {
  Aggregator agg({1}, 0, 1.0);
  // Window [0,1): sojourns 10 ms and 30 ms; window [1,2): none; window [2,3): 50 ms.
  agg.add(rec(0.1, ObsKind::Enqueue, 1));
  agg.add(rec(0.2, ObsKind::Depart, 1, 10e6));
  agg.add(rec(0.3, ObsKind::Enqueue, 2));
  agg.add(rec(0.4, ObsKind::Depart, 2, 30e6));
  agg.add(rec(2.5, ObsKind::Depart, 3, 50e6));
  agg.add(rec(3.0, ObsKind::Start, 1, 0, 0, 0));  // a record exactly on a boundary comes after it
  agg.add(rec(3.5, ObsKind::Start, 2, 0, 0, 0));
  agg.finish(4 * kS);
  const auto& lat = agg.latencySeries().points();
  QCOMPARE(lat.size(), std::size_t(2));
  QVERIFY(near(lat[0].first, 1.0) && near(lat[0].second, 20.0));
  QVERIFY(near(lat[1].first, 3.0) && near(lat[1].second, 50.0));
  const auto& q = agg.queueSeries(0).points();
  QCOMPARE(q.size(), std::size_t(4));
  for (int i = 0; i < 3; ++i) QVERIFY(near(q[i].first, i + 1.0) && near(q[i].second, 2.0));
  QVERIFY(near(q[3].first, 4.0) && near(q[3].second, 0.0));

  // A long quiet gap is drawn by its two ends, not one point per window.
  Aggregator gap({1}, 0, 0.001);
  gap.add(rec(0.0005, ObsKind::Enqueue, 1));
  gap.add(rec(100.0, ObsKind::Start, 1, 0, 0, 0));
  const auto& gq = gap.queueSeries(0).points();
  QCOMPARE(gq.size(), std::size_t(2));
  QVERIFY(near(gq[0].first, 0.001) && near(gq[1].first, 100.0) && near(gq[1].second, 1.0));

  // A gauge is sampled at the same points from its first State record on.
  Aggregator g({1, 1}, 0, 1.0);
  g.add(rec(0.5, ObsKind::State, 0, 3.0, 1));
  g.add(rec(1.5, ObsKind::State, 0, 7.0, 1));
  g.finish(3 * kS);
  QVERIFY(g.gaugeSeries(0).points().empty());
  const auto& gs = g.gaugeSeries(1).points();
  QCOMPARE(gs.size(), std::size_t(3));
  QVERIFY(near(gs[0].second, 3.0) && near(gs[1].second, 7.0) && near(gs[2].first, 3.0));

  Aggregator none({1});
  job(none, 1, 0, 0, 1);
  none.finish(5 * kS);
  QVERIFY(none.latencySeries().points().empty());
  QVERIFY(none.queueSeries(0).points().empty());
}

void TestAggregator::seriesRecorderFlatMemory() {
  SeriesRecorder s(100);
  const std::size_t cap = s.points().capacity();
  for (int i = 0; i < 1000000; ++i) {
    s.add(i, 2.0 * i);
    QVERIFY(s.points().size() <= 100);
  }
  QCOMPARE(s.points().capacity(), cap);
  const auto& p = s.points();
  QVERIFY(p.size() >= 50);
  QCOMPARE(p.front().first, 0.0);
  const double step = p[1].first - p[0].first;
  QCOMPARE(step, static_cast<double>(s.stride()));
  for (std::size_t i = 1; i < p.size(); ++i) {
    QCOMPARE(p[i].first - p[i - 1].first, step);  // thinning keeps the points evenly spaced
    QCOMPARE(p[i].second, 2.0 * p[i].first);
  }
  QVERIFY(p.back().first > 1000000 - 2 * step);
}

void TestAggregator::unknownStationGrows() {
  Aggregator agg({1}, 1 * kS);
  agg.add(rec(2, ObsKind::Enqueue, 1, 0, 3));
  agg.add(rec(4, ObsKind::Start, 1, 2e9, 3, 0));
  agg.finish(6 * kS);
  QCOMPARE(agg.stationCount(), std::size_t(4));
  QCOMPARE(agg.station(3).starts, std::uint64_t(1));
  QVERIFY(near(agg.meanQueueLength(3), 2.0 / 5.0));
  QVERIFY(near(agg.utilization(3), 2.0 / 5.0));
}

void TestAggregator::mm1StreamMatchesTheory() {
  // An M/M/1 queue driven by hand (Lindley recursion), fed through the aggregator: lambda = 0.8,
  // mu = 1 per ms. Theory: utilization 0.8, Lq = 3.2, W = 5 ms, Wq = 4 ms.
  std::mt19937_64 rng(123);
  std::exponential_distribution<double> ia(0.8), sv(1.0);
  Aggregator agg({1}, 2000 * 1000000LL);
  struct Ev {
    double t;
    ObsKind k;
    std::uint64_t id;
    double v;
  };
  std::vector<Ev> evs;
  double t = 0, free = 0;
  for (std::uint64_t id = 0; id < 400000; ++id) {
    t += ia(rng);
    const double start = std::max(t, free), s = sv(rng);
    free = start + s;
    evs.push_back({t, ObsKind::Arrive, id, 0});
    evs.push_back({t, ObsKind::Enqueue, id, 0});
    evs.push_back({start, ObsKind::Start, id, (start - t) * 1e6});
    evs.push_back({free, ObsKind::Finish, id, s * 1e6});
    evs.push_back({free, ObsKind::Depart, id, (free - t) * 1e6});
  }
  std::stable_sort(evs.begin(), evs.end(), [](const Ev& a, const Ev& b) { return a.t < b.t; });
  const double endMs = t;
  for (const Ev& e : evs) {
    if (e.t > endMs) break;
    agg.add(Observation{static_cast<std::int64_t>(e.t * 1e6), e.id, e.v, 0, 0, e.k});
  }
  agg.finish(static_cast<std::int64_t>(endMs * 1e6));
  QVERIFY(std::abs(agg.utilization(0) - 0.8) < 0.01);
  QVERIFY(std::abs(agg.meanQueueLength(0) - 3.2) < 0.25);
  QVERIFY(std::abs(agg.sojourn().mean() / 1e6 - 5.0) < 0.35);
  QVERIFY(std::abs(agg.station(0).wait.mean() / 1e6 - 4.0) < 0.35);
  QVERIFY(std::abs(agg.throughput() / 1000.0 - 0.8) < 0.01);  // per ms
  const Interval ci = agg.sojournBatches().interval();
  QVERIFY(ci.lo < ci.hi);
  QVERIFY2(ci.covers(5e6), qPrintable(QString("%1 .. %2").arg(ci.lo).arg(ci.hi)));
  // Little's law holds on the aggregator's own numbers.
  const double lq = agg.meanQueueLength(0);
  const double lambdaPerNs = static_cast<double>(agg.station(0).arrivals) / (agg.observedSeconds() * 1e9);
  QVERIFY(std::abs(lq - lambdaPerNs * agg.station(0).wait.mean()) / lq < 0.03);
  // Sojourn in M/M/1 is exponential with mean 5 ms: p99 = 5·ln(100) ms.
  QVERIFY(std::abs(agg.sojournHist().quantile(0.99) / 1e6 - 5.0 * std::log(100.0)) / (5.0 * std::log(100.0)) <
          0.08);
}

QTEST_APPLESS_MAIN(TestAggregator)
#include "test_aggregator.moc"
