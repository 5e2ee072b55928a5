// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>
#include <cmath>
#include <map>

#include "amp/model/mva.h"
#include "amp/sim/closed_source.h"

using namespace amp;
using observe::Observation;
using observe::ObsKind;

namespace {

/// Checks the closed loop's promise while it runs: no client ever has two requests out.
class Watch final : public observe::ObservationSink {
 public:
  void observe(const Observation& o) override {
    if (o.station != 0) return;
    if (o.kind == ObsKind::Arrive) maxOut = std::max(maxOut, ++out);
    if (o.kind == ObsKind::Depart) {
      --out;
      ++departs;
      responseSum += o.value;
    }
    if (o.kind == ObsKind::Finish) thinkSum += o.value, ++thinks;
  }
  int out = 0, maxOut = 0;
  long departs = 0, thinks = 0;
  double responseSum = 0, thinkSum = 0;
};

}  // namespace

class TestClosedSource : public QObject {
  Q_OBJECT
 private slots:
  void constantTimesCycleExactly() {
    // One client, think 2 s, service 1 s: a request every 3 s, each answered in 1 s.
    Watch w;
    observe::Recorder rec(nullptr, &w);
    sim::Simulator sim(rec);
    sim::JobPool pool;
    sim::Station server(sim, pool, 1, 1, 0, sim::Distribution::det(1.0), sim::Rng(1, 2), nullptr);
    sim::ClosedSource clients(sim, pool, 0, 1, sim::Distribution::det(2.0), sim::Rng(1, 1), &server);
    server.setNext(&clients);
    clients.start();
    run::SimControl ctl;
    ctl.horizonS = 30.5;
    sim.run(ctl);
    QCOMPARE(clients.answered(), std::uint64_t(10));
    QCOMPARE(w.maxOut, 1);
    QCOMPARE(w.responseSum / w.departs, 1e9);
  }

  void neverMoreThanTheClientsOutAndTheMvaHolds() {
    // 8 clients, exponential think 4 and service 1: the MVA is exact; a long run lands near it.
    Watch w;
    observe::Recorder rec(nullptr, &w);
    sim::Simulator sim(rec);
    sim::JobPool pool;
    sim::Station server(sim, pool, 1, 1, 0, sim::Distribution::exp(1.0), sim::Rng(7, 2), nullptr);
    sim::ClosedSource clients(sim, pool, 0, 8, sim::Distribution::exp(4.0), sim::Rng(7, 1), &server);
    server.setNext(&clients);
    clients.start();
    run::SimControl ctl;
    ctl.horizonS = 200000;
    sim.run(ctl);
    QVERIFY(w.maxOut <= 8);
    QVERIFY(pool.live() <= 8);  // every job is a client's: thinking or asking
    const model::MvaResult m = model::mva({4.0, {1.0}}, 8);
    const double x = static_cast<double>(clients.answered()) / ctl.horizonS;
    const double r = w.responseSum / w.departs / 1e9;
    QVERIFY2(std::abs(x - m.throughput) < 0.01 * m.throughput, qPrintable(QString::number(x)));
    QVERIFY2(std::abs(r - m.response) < 0.03 * m.response, qPrintable(QString::number(r)));
    QVERIFY(std::abs(w.thinkSum / w.thinks / 1e9 - 4.0) < 0.05);
  }
};

QTEST_APPLESS_MAIN(TestClosedSource)
#include "test_closed_source.moc"
