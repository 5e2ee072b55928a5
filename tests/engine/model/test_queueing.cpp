// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <cmath>

#include "amp/model/queueing.h"

using namespace amp::model;

namespace {
bool near(double a, double b, double tol = 1e-9) {
  return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

bool saturated(const QueueMetrics& m) {
  return !m.stable && std::isinf(m.w) && m.w > 0 && std::isinf(m.wq) && m.wq > 0 && std::isinf(m.l) &&
         m.l > 0 && std::isinf(m.lq) && m.lq > 0;
}
}  // namespace

class TestQueueing : public QObject {
  Q_OBJECT
 private slots:
  void mm1Textbook();
  void unstableIsInfiniteNeverNegative();
  void md1AndPollaczekKhinchine();
  void erlangCValues();
  void mmcValues();
  void mm1kBlocking();
  void kingmanApproximation();
  void tandem();
  void amdahlLaw();
};

void TestQueueing::mm1Textbook() {
  const QueueMetrics m = mm1(0.5, 1.0);
  QVERIFY(m.stable);
  QVERIFY(near(m.rho, 0.5));
  QVERIFY(near(m.w, 2.0));
  QVERIFY(near(m.wq, 1.0));
  QVERIFY(near(m.lq, 0.5));
  QVERIFY(near(m.l, 1.0));
  QVERIFY(near(m.throughput, 0.5));
  QCOMPARE(m.pBlock, 0.0);
  const QueueMetrics heavy = mm1(9.0, 10.0);  // rho 0.9: W = 1/(mu - lambda) = 1
  QVERIFY(near(heavy.w, 1.0));
  QVERIFY(near(heavy.lq, 8.1));
  const QueueMetrics idle = mm1(0.0, 4.0);
  QVERIFY(idle.stable && near(idle.w, 0.25) && idle.wq == 0.0);
}

void TestQueueing::unstableIsInfiniteNeverNegative() {
  QVERIFY(saturated(mm1(1.0, 1.0)));
  QVERIFY(saturated(mm1(2.0, 1.0)));
  QVERIFY(near(mm1(2.0, 1.0).throughput, 1.0));  // a saturated server still works at its rate
  QVERIFY(saturated(md1(1.5, 1.0)));
  QVERIFY(saturated(mg1(2.0, 0.5, 3.0)));
  QVERIFY(saturated(mmc(4.0, 1.0, 4)));
  QVERIFY(saturated(mmc(5.0, 1.0, 4)));
  QVERIFY(saturated(kingman(1.0, 1.0, 1.0, 1.0)));
  QVERIFY(saturated(mm1(1.0, 0.0)));
  QVERIFY(saturated(mm1(-1.0, 1.0)));
  QVERIFY(saturated(mmc(1.0, 1.0, 0)));
  QVERIFY(mm1(2.0, 1.0).rho >= 1.0);
}

void TestQueueing::md1AndPollaczekKhinchine() {
  // M/D/1: Wq = rho / (2 mu (1 - rho)).
  for (double rho : {0.1, 0.5, 0.9}) {
    const double s = 2.0, mu = 1.0 / s, lambda = rho / s;
    const QueueMetrics m = md1(lambda, s);
    QVERIFY(m.stable);
    QVERIFY(near(m.wq, rho / (2 * mu * (1 - rho))));
    QVERIFY(near(m.w, m.wq + s));
    QVERIFY(near(m.lq, lambda * m.wq));
    // Deterministic service halves the M/M/1 queueing delay.
    QVERIFY(near(m.wq, mm1(lambda, mu).wq / 2));
  }
  // P-K with scv = 1 is M/M/1.
  const QueueMetrics pk = mg1(0.7, 1.0, 1.0), mm = mm1(0.7, 1.0);
  QVERIFY(near(pk.wq, mm.wq) && near(pk.w, mm.w) && near(pk.l, mm.l) && near(pk.lq, mm.lq));
  // Hyperexponential-like scv = 4: Wq = lambda (1+4) S^2 / (2 (1 - rho)).
  QVERIFY(near(mg1(0.5, 1.0, 4.0).wq, 0.5 * 5.0 / (2 * 0.5)));
}

void TestQueueing::erlangCValues() {
  QVERIFY(near(erlangC(2, 1.0), 1.0 / 3.0));
  QVERIFY(near(erlangC(1, 0.6), 0.6));  // single server: P(wait) = rho
  QVERIFY(near(erlangC(2, 1.5), 0.6428571428571429));
  QVERIFY(near(erlangC(10, 8.0), 0.4091801507964435));
  // Large c, against exact rational arithmetic: the recursion neither overflows nor cancels.
  QVERIFY(near(erlangC(64, 60.0), 0.5068662709757633, 1e-12));
  QVERIFY(near(erlangC(100, 95.0), 0.5064568539130206, 1e-12));
  QVERIFY(near(erlangC(64, 3.0), 1.4135464947309862e-60, 1e-9));
  const double big = erlangC(1000, 990.0);
  QVERIFY(big > 0.0 && big < 1.0);
  QCOMPARE(erlangC(4, 4.0), 1.0);
  QCOMPARE(erlangC(4, 0.0), 0.0);
}

void TestQueueing::mmcValues() {
  // c = 1 is M/M/1.
  const QueueMetrics one = mmc(0.5, 1.0, 1), ref = mm1(0.5, 1.0);
  QVERIFY(near(one.w, ref.w) && near(one.lq, ref.lq));
  // c = 2, lambda = 1.5, mu = 1: C = 9/14, Wq = C / (c mu - lambda) = 9/7.
  const QueueMetrics m = mmc(1.5, 1.0, 2);
  QVERIFY(m.stable);
  QVERIFY(near(m.rho, 0.75));
  QVERIFY(near(m.wq, 9.0 / 7.0));
  QVERIFY(near(m.w, 9.0 / 7.0 + 1.0));
  QVERIFY(near(m.lq, 1.5 * 9.0 / 7.0));
  QVERIFY(near(m.l, m.lq + 1.5));
  // c = 64 at rho ~ 0.94 stays finite and positive.
  const QueueMetrics wide = mmc(60.0, 1.0, 64);
  QVERIFY(wide.stable && wide.wq > 0 && std::isfinite(wide.wq));
  QVERIFY(near(wide.wq, 0.5068662709757633 / 4.0, 1e-12));
}

void TestQueueing::mm1kBlocking() {
  // rho = 1, K = 4: uniform over 0..4, so P(block) = 1/5 and L = 2.
  const QueueMetrics a = mm1k(1.0, 1.0, 4);
  QVERIFY(a.stable);
  QVERIFY(near(a.pBlock, 0.2));
  QVERIFY(near(a.l, 2.0));
  QVERIFY(near(a.throughput, 0.8));
  QVERIFY(near(a.w, 2.5));  // Little with the accepted rate
  QVERIFY(near(a.rho, 0.8));
  // rho = 1/2, K = 2: p = (4, 2, 1)/7.
  const QueueMetrics b = mm1k(0.5, 1.0, 2);
  QVERIFY(near(b.pBlock, 1.0 / 7.0));
  QVERIFY(near(b.l, 4.0 / 7.0));
  QVERIFY(near(b.throughput, 3.0 / 7.0));
  QVERIFY(near(b.w, 4.0 / 3.0));
  QVERIFY(near(b.wq, 1.0 / 3.0));
  QVERIFY(near(b.lq, 1.0 / 7.0));
  // Textbook formula P_K = (1-rho) rho^K / (1 - rho^(K+1)) at rho = 0.8, K = 10.
  const double r = 0.8;
  QVERIFY(near(mm1k(0.8, 1.0, 10).pBlock, (1 - r) * std::pow(r, 10) / (1 - std::pow(r, 11))));
  // K = 1: an Erlang loss system with one server, P(block) = a / (1 + a).
  QVERIFY(near(mm1k(3.0, 1.0, 1).pBlock, 0.75));
  // Overload is stable with finite capacity; huge K neither overflows nor underflows.
  const QueueMetrics over = mm1k(2.0, 1.0, 2000);
  QVERIFY(over.stable && near(over.pBlock, 0.5) && near(over.throughput, 1.0) && std::isfinite(over.w));
  const QueueMetrics under = mm1k(0.5, 1.0, 2000);
  QVERIFY(near(under.l, 1.0) && near(under.w, 2.0) && under.pBlock < 1e-300 + 1e-12);
}

void TestQueueing::kingmanApproximation() {
  // With Poisson arrivals and exponential service, Kingman is exact (= M/M/1).
  QVERIFY(near(kingman(0.6, 1.0, 1.0, 1.0).wq, mm1(0.6, 1.0).wq));
  // With ca2 = 1 it is P-K exactly.
  QVERIFY(near(kingman(0.6, 1.0, 1.0, 0.0).wq, md1(0.6, 1.0).wq));
  // D/D/1 waits nothing.
  QCOMPARE(kingman(0.6, 1.0, 0.0, 0.0).wq, 0.0);
}

void TestQueueing::tandem() {
  const TandemMetrics t = jacksonTandem(0.5, {{1.0, 1}, {2.0, 1}});
  QVERIFY(t.stable);
  QCOMPARE(t.stations.size(), std::size_t(2));
  QVERIFY(near(t.sojourn, 2.0 + 1.0 / 1.5));
  QCOMPARE(t.bottleneck, 0);
  // Master then two workers: Jackson sojourn = 1/(mu_m - lambda) + Wq(M/M/2) + 1/mu_w.
  const TandemMetrics mw = jacksonTandem(1.5, {{4.0, 1}, {1.0, 2}});
  QVERIFY(near(mw.sojourn, 1.0 / 2.5 + 9.0 / 7.0 + 1.0));
  QCOMPARE(mw.bottleneck, 1);
  const TandemMetrics bad = jacksonTandem(3.0, {{4.0, 1}, {1.0, 2}});
  QVERIFY(!bad.stable && std::isinf(bad.sojourn) && bad.sojourn > 0);
  QCOMPARE(bad.bottleneck, 1);
}

void TestQueueing::amdahlLaw() {
  QVERIFY(near(amdahl(0.1, 10), 1.0 / 0.19));
  QVERIFY(near(amdahl(0.0, 8), 8.0));
  QVERIFY(near(amdahl(1.0, 8), 1.0));
  QVERIFY(near(amdahl(0.05, 1), 1.0));
  QVERIFY(amdahl(0.05, 1000000) < 20.0);  // the ceiling 1/s
}

QTEST_APPLESS_MAIN(TestQueueing)
#include "test_queueing.moc"
