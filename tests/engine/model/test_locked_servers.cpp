// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The locked servers' chain against the cases with a closed form: one server (M/G/1 with the
// step and the part in series), a lock that costs nothing (M/M/c), every server busy (the closed
// network MVA solves), and the parts of the sojourn adding up.
#include <QTest>
#include <cmath>

#include "amp/model/locked_servers.h"
#include "amp/model/mva.h"
#include "amp/model/queueing.h"

using namespace amp::model;

namespace {
bool near(double a, double b, double tol) { return std::abs(a - b) <= tol * std::max(1e-12, std::abs(b)); }
}  // namespace

class TestLockedServers : public QObject {
  Q_OBJECT
 private slots:
  void oneServerIsMg1WithBothStagesInSeries() {
    // c = 1: the lock is never contended; the server's service is step + part, two exponentials:
    // E[S] = s + p, E[S²] = s² + p² + (s + p)².
    for (bool stepFirst : {true, false}) {
      const double lambda = 3.0, s = 0.1, p = 0.15;
      const auto m = lockedServers({lambda, 1, s, 0.0, p, stepFirst});
      QVERIFY(m.stable);
      const double es = s + p, es2 = s * s + p * p + es * es, rho = lambda * es;
      const double expected = lambda * es2 / (2.0 * (1.0 - rho)) + es;
      QVERIFY2(near(m.sojourn, expected, 1e-9), qPrintable(QString("%1 vs %2").arg(m.sojourn).arg(expected)));
      QVERIFY(near(m.ceiling, 1.0 / es, 1e-9));
      QVERIFY(std::abs(m.lockWait) < 1e-12);
    }
  }

  void aFreeLockLeavesMmc() {
    // A step that takes (almost) nothing: c servers each busy for the part alone, M/M/c.
    const double lambda = 7.0, p = 0.5;
    const auto m = lockedServers({lambda, 5, 1e-9, 0.0, p, true});
    const auto mmc = amp::model::mmc(lambda, 1.0 / p, 5);
    QVERIFY2(near(m.sojourn, mmc.w, 1e-6), qPrintable(QString("%1 vs %2").arg(m.sojourn).arg(mmc.w)));
    QVERIFY(near(m.serverWait, mmc.wq, 1e-5));
  }

  void everyServerBusyIsTheClosedNetwork() {
    // The ceiling: c servers cycling between the lock (FCFS, demand = step) and their own part
    // (a delay, think = part): exact MVA's throughput, in either order.
    for (int c = 1; c <= 6; ++c)
      for (bool stepFirst : {true, false}) {
        const auto m = lockedServers({0.1, c, 0.05, 0.0, 0.2, stepFirst});
        const double x = mva({0.2, {0.05}}, c).throughput;
        QVERIFY2(near(m.ceiling, x, 1e-9),
                 qPrintable(QString("c=%1: %2 vs %3").arg(c).arg(m.ceiling).arg(x)));
      }
  }

  void theSojournIsTheSumOfItsParts() {
    for (double handover : {0.0, 0.01})
      for (bool stepFirst : {true, false}) {
        const LockedServersModel model{10.0, 4, 0.05, handover, 0.2, stepFirst};
        const auto m = lockedServers(model);
        QVERIFY(m.stable);
        QVERIFY(near(m.sojourn, m.serverWait + m.lockWait + m.lockHold + model.part, 1e-9));
        QVERIFY(near(m.lockUtil, model.lambda * m.lockHold, 1e-12));
        // The hold is the step plus a hand-over, paid (c−1)/c of the time or more.
        QVERIFY(m.lockHold >= model.step + handover * 3.0 / 4.0 - 1e-12);
        QVERIFY(m.lockHold <= model.step + handover + 1e-12);
        QVERIFY(m.serverUtil > 0.0 && m.serverUtil < 1.0);
      }
  }

  void atTheCeilingItIsUnstable() {
    const auto at = lockedServers({1.0, 2, 0.05, 0.0, 0.2, true});
    const auto beyond = lockedServers({at.ceiling * 1.0001, 2, 0.05, 0.0, 0.2, true});
    QVERIFY(!beyond.stable);
    const auto below = lockedServers({at.ceiling * 0.98, 2, 0.05, 0.0, 0.2, true});
    QVERIFY(below.stable);
    QVERIFY(below.sojourn > 10.0 * at.sojourn);  // the knee
  }
};

QTEST_APPLESS_MAIN(TestLockedServers)
#include "test_locked_servers.moc"
