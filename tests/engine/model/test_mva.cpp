// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <cmath>
#include <vector>

#include "amp/model/mva.h"

using namespace amp::model;

namespace {
bool near(double a, double b, double tol = 1e-12) {
  return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

/// Throughput of N customers, exponential think Z and exponential service D at one FCFS server,
/// from the birth–death chain of the number at the server (the exact answer MVA must give).
double birthDeathThroughput(int customers, double think, double demand) {
  std::vector<double> p{1.0};
  for (int n = 1; n <= customers; ++n) p.push_back(p.back() * ((customers - n + 1) / think) * demand);
  double total = 0.0, busy = 0.0;
  for (std::size_t n = 0; n < p.size(); ++n) {
    total += p[n];
    if (n > 0) busy += p[n];
  }
  return busy / total / demand;
}
}  // namespace

class TestMva : public QObject {
  Q_OBJECT
 private slots:
  void oneCustomerNeverWaits() {
    const MvaResult r = mva({3.0, {1.0, 0.5}}, 1);
    QVERIFY(near(r.response, 1.5));
    QVERIFY(near(r.cycle, 4.5));
    QVERIFY(near(r.throughput, 1 / 4.5));
    QVERIFY(near(r.utilization[0], 1 / 4.5));
  }

  void byHand() {
    // Z = 1, D = 1: n = 1: R = 1, X = 1/2, Q = 1/2; n = 2: R = 1.5, X = 2/2.5, Q = 1.2.
    const MvaResult r = mva({1.0, {1.0}}, 2);
    QCOMPARE(r.customers, 2);
    QVERIFY(near(r.residence[0], 1.5));
    QVERIFY(near(r.throughput, 0.8));
    QVERIFY(near(r.queue[0], 1.2));
    QVERIFY(near(r.cycle, 2.5));
  }

  void equalsTheBirthDeathChainForExponentialService() {
    for (int n : {1, 2, 5, 12, 40})
      for (double z : {0.5, 4.0, 20.0}) {
        const double d = 1.0;
        const MvaResult r = mva({z, {d}}, n);
        QVERIFY2(near(r.throughput, birthDeathThroughput(n, z, d), 1e-9),
                 qPrintable(QString("N %1 Z %2: %3 vs %4")
                                .arg(n)
                                .arg(z)
                                .arg(r.throughput)
                                .arg(birthDeathThroughput(n, z, d))));
        QVERIFY(near(r.cycle, n / r.throughput, 1e-12));
      }
  }

  void curveMatchesEachPopulationAndStaysUnderTheBounds() {
    const ClosedNetwork net{10.0, {2.0, 0.5}};
    const auto curve = mvaCurve(net, 30);
    QCOMPARE(int(curve.size()), 31);
    QCOMPARE(curve[0].throughput, 0.0);
    for (int n = 1; n <= 30; ++n) {
      const MvaResult one = mva(net, n);
      QVERIFY(near(curve[static_cast<std::size_t>(n)].throughput, one.throughput));
      const ClosedBounds b = closedBounds(net, n);
      QVERIFY(one.throughput <= b.throughput * (1 + 1e-12));
      QVERIFY(one.cycle >= b.cycle * (1 - 1e-12));
      QVERIFY(one.utilization[0] < 1.0);
    }
    // Far past the knee the bottleneck is saturated: X → 1/D_max.
    QVERIFY(std::abs(curve.back().throughput - 0.5) < 1e-3);
    const ClosedBounds b = closedBounds(net, 30);
    QVERIFY(near(b.knee, 12.5 / 2.0));
    QVERIFY(near(b.cycle, 60.0));
  }

  void emptyNetwork() {
    const MvaResult r = mva({2.0, {1.0}}, 0);
    QCOMPARE(r.throughput, 0.0);
    QCOMPARE(r.queue[0], 0.0);
    QVERIFY(std::isinf(closedBounds({2.0, {}}, 3).knee));
  }
};

QTEST_APPLESS_MAIN(TestMva)
#include "test_mva.moc"
