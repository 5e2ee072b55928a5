// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>

#include "widgets/live_stats.h"
#include "widgets/topology_layout.h"

using amp::observe::Observation;
using amp::observe::ObsKind;
using amp::run::StationRole;

namespace {
// source -> queue (2 servers) -> sink
amp::run::Topology tandem() {
  amp::run::Topology g;
  auto a = boost::add_vertex({"in", StationRole::Source, 1, 0, NAN, NAN, false}, g);
  auto q = boost::add_vertex({"queue", StationRole::Queue, 2, 0, NAN, NAN, true}, g);
  auto z = boost::add_vertex({"out", StationRole::Sink, 1, 0, NAN, NAN, false}, g);
  boost::add_edge(a, q, {"", 1.0}, g);
  boost::add_edge(q, z, {"", 1.0}, g);
  return g;
}

Observation ob(std::int64_t t, ObsKind k, std::uint64_t e, int station, int core = -1, double value = 0) {
  Observation o;
  o.timeNs = t;
  o.kind = k;
  o.entity = e;
  o.station = static_cast<std::uint16_t>(station);
  o.core = static_cast<std::int16_t>(core);
  o.value = value;
  return o;
}
}  // namespace

class TestLiveStats : public QObject {
  Q_OBJECT

 private slots:
  void countsQueuesLanesAndTokens() {
    amp::widgets::LiveStats s;
    s.reset(tandem(), false);
    QCOMPARE(s.stations().size(), std::size_t(3));
    QCOMPARE(s.masterStation(), 1);
    QCOMPARE(s.stations()[1].lanes.size(), std::size_t(2));
    for (int e = 0; e < 3; ++e) {
      s.add(ob(e * 10, ObsKind::Arrive, e, 1));
      s.add(ob(e * 10, ObsKind::Enqueue, e, 1));
    }
    QCOMPARE(s.stations()[1].queue, std::int64_t(3));
    s.add(ob(30, ObsKind::Start, 0, 1, 0, 30));
    s.add(ob(30, ObsKind::Start, 1, 1, 1, 20));
    QCOMPARE(s.stations()[1].queue, std::int64_t(1));
    QCOMPARE(s.stations()[1].busyLanes(), 2);
    s.add(ob(130, ObsKind::Finish, 0, 1, 0, 100));
    s.add(ob(130, ObsKind::Depart, 0, 1, -1, 130));
    QCOMPARE(s.stations()[1].busyLanes(), 1);
    QCOMPARE(s.arrivals(), std::uint64_t(3));
    QCOMPARE(s.departures(), std::uint64_t(1));
    const auto t = s.takeTransfers();
    // Three tokens into the queue, one out to the sink.
    int in = 0, out = 0;
    for (const auto& x : t) {
      in += (x.from == 0 && x.to == 1) ? 1 : 0;
      out += (x.from == 1 && x.to == 2) ? 1 : 0;
    }
    QCOMPARE(in, 3);
    QCOMPARE(out, 1);
    QVERIFY(s.takeTransfers().empty());
  }

  void utilizationFollowsBusyTime() {
    amp::widgets::LiveStats s;
    s.reset(tandem(), false);
    // Server 0 busy the whole time, server 1 idle: the station is 50% busy.
    s.add(ob(0, ObsKind::Start, 1, 1, 0, 0));
    for (int i = 1; i <= 400; ++i) {
      s.add(ob(i * 1000, ObsKind::State, 99, 0, -1, 0));  // time passes
      s.tick();
    }
    QVERIFY2(std::fabs(s.stations()[1].lanes[0].utilization - 1.0) < 0.02,
             qPrintable(QString::number(s.stations()[1].lanes[0].utilization)));
    QVERIFY(s.stations()[1].lanes[1].utilization < 0.02);
    QVERIFY(std::fabs(s.stations()[1].utilization - 0.5) < 0.02);
    QVERIFY(!s.utilizationSeries(1).points().empty());
  }

  void aShortRunSettlesOnItsMean() {
    amp::widgets::LiveStats s;
    s.reset(tandem(), false);
    // Server 0 busy 30% of each frame for 5 frames: the smoothed value is still far from 0.3 (a run
    // that ended within a few frames); settle() puts the mean over the whole stream on display.
    for (int i = 0; i < 5; ++i) {
      s.add(ob(i * 1000, ObsKind::Start, i, 1, 0, 0));
      s.add(ob(i * 1000 + 300, ObsKind::Finish, i, 1, 0, 300));
      s.add(ob((i + 1) * 1000, ObsKind::State, 99, 0, -1, 0));
      s.tick();
    }
    QVERIFY(s.stations()[1].lanes[0].utilization < 0.2);
    s.settle();
    QVERIFY2(std::fabs(s.stations()[1].lanes[0].utilization - 0.3) < 0.01,
             qPrintable(QString::number(s.stations()[1].lanes[0].utilization)));
    QVERIFY(std::fabs(s.stations()[1].utilization - 0.15) < 0.01);  // two servers
    s.tick();                                                       // settled values stay
    QVERIFY(std::fabs(s.stations()[1].lanes[0].utilization - 0.3) < 0.01);
    s.setUtilization(1, 0.4);  // a measured value still wins
    QCOMPARE(s.stations()[1].utilization, 0.4);
  }

  void gapHealsQueueCount() {
    amp::widgets::LiveStats s;
    s.reset(tandem(), false);
    s.add(ob(0, ObsKind::Enqueue, 1, 1));
    s.add(ob(5, ObsKind::Enqueue, 2, 1));
    s.noteGap();  // records were lost; counts restart
    QCOMPARE(s.stations()[1].queue, std::int64_t(0));
    s.add(ob(20, ObsKind::Enqueue, 3, 1));
    // Entity 1 was enqueued (t=0) before the gap: its Start must not take entity 3 off the count.
    s.add(ob(21, ObsKind::Start, 1, 1, 0, 21));
    QCOMPARE(s.stations()[1].queue, std::int64_t(1));
    s.add(ob(22, ObsKind::Start, 3, 1, 1, 2));
    QCOMPARE(s.stations()[1].queue, std::int64_t(0));
    QCOMPARE(s.gaps(), std::uint64_t(1));
  }

  void sampledModeTakesDepthsAndCpus() {
    amp::widgets::LiveStats s;
    s.reset(tandem(), true);
    QVERIFY(s.stations()[1].lanes.empty());
    s.add(ob(10, ObsKind::State, 0, 1, -1, 7));
    s.add(ob(10, ObsKind::State, 0, 1, 3, 1));
    QCOMPARE(s.stations()[1].queue, std::int64_t(7));
    QCOMPARE(s.stations()[1].lanes.size(), std::size_t(1));
    QCOMPARE(s.stations()[1].lanes[0].core, 3);
    QVERIFY(s.stations()[1].lanes[0].busy);
  }

  void sojournSeriesAndHistogram() {
    amp::widgets::LiveStats s;
    s.reset(tandem(), false);
    for (int i = 1; i <= 100; ++i) s.add(ob(i * 1000000, ObsKind::Depart, i, 1, -1, 2e6));
    s.tick();
    QCOMPARE(s.sojournSeries().points().size(), std::size_t(1));
    QCOMPARE(s.sojournSeries().points()[0].second, 2e6);
    QCOMPARE(s.sojournHistogram().count(), std::uint64_t(100));
    QVERIFY(std::fabs(s.sojournHistogram().quantile(0.5) / 2e6 - 1.0) < 0.03);
  }

  void layoutUsesHintsElseLayers() {
    auto g = tandem();
    auto pos = amp::widgets::layoutStations(g);
    QCOMPARE(pos.size(), std::size_t(3));
    QVERIFY(pos[0].x() < pos[1].x() && pos[1].x() < pos[2].x());  // flow left to right
    g[1].x = 0.9;
    g[1].y = 0.1;
    pos = amp::widgets::layoutStations(g);
    QCOMPARE(pos[1], QPointF(0.9, 0.1));
  }
};

QTEST_APPLESS_MAIN(TestLiveStats)
#include "test_live_stats.moc"
