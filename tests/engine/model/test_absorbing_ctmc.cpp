// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <cmath>
#include <stdexcept>

#include "amp/model/absorbing_ctmc.h"

using namespace amp::model;

class TestAbsorbingCtmc : public QObject {
  Q_OBJECT
 private slots:
  void twoCompetingClocks() {
    // One state, left at rate 3 for A and 1 for B: P(A) = 3/4, E[T] = E[T | A] = E[T | B] = 1/4.
    AbsorbingCtmc c(1, 2);
    c.addAbsorbingRate(0, 0, 3.0);
    c.addAbsorbingRate(0, 1, 1.0);
    const auto r = c.solve();
    QVERIFY(std::abs(r.probability[0][0] - 0.75) < 1e-12);
    QVERIFY(std::abs(r.probability[0][1] - 0.25) < 1e-12);
    QVERIFY(std::abs(r.meanTime[0] - 0.25) < 1e-12);
    QVERIFY(std::abs(r.meanTimeGiven[0][0] - 0.25) < 1e-12);
  }

  void erlangChain() {
    // k stages of rate λ in a row: E[T] = k/λ, absorbed for sure.
    const int k = 5;
    AbsorbingCtmc c(k, 1);
    for (int i = 0; i + 1 < k; ++i) c.addRate(i, i + 1, 2.0);
    c.addAbsorbingRate(k - 1, 0, 2.0);
    const auto r = c.solve();
    QVERIFY(std::abs(r.meanTime[0] - 2.5) < 1e-12);
    QVERIFY(std::abs(r.probability[0][0] - 1.0) < 1e-12);
    QVERIFY(std::abs(r.meanTimeGiven[2][0] - 1.5) < 1e-12);
  }

  void raceOfTwoStagesAgainstAFailure() {
    // Two stages of rate a each, racing one failure of rate f: P(done) = (a/(a+f))², and given
    // done, each stage lasts 1/(a+f) (the minimum of the two clocks), so E[T | done] = 2/(a+f).
    const double a = 3.0, f = 0.5;
    AbsorbingCtmc c(2, 2);
    c.addRate(0, 1, a);
    c.addAbsorbingRate(1, 0, a);
    c.addAbsorbingRate(0, 1, f);
    c.addAbsorbingRate(1, 1, f);
    const auto r = c.solve();
    QVERIFY(std::abs(r.probability[0][0] - std::pow(a / (a + f), 2)) < 1e-12);
    QVERIFY(std::abs(r.meanTimeGiven[0][0] - 2.0 / (a + f)) < 1e-12);
    QVERIFY(std::abs(r.meanTime[0] - (1 + a / (a + f)) / (a + f)) < 1e-12);
  }

  void aTrapIsRefused() {
    // State 1 only goes back to 0 and 0 only to 1: never absorbed.
    AbsorbingCtmc c(3, 1);
    c.addRate(0, 1, 1.0);
    c.addRate(1, 0, 1.0);
    c.addAbsorbingRate(2, 0, 1.0);
    QVERIFY_THROWS_EXCEPTION(std::domain_error, c.solve());
  }
};

QTEST_APPLESS_MAIN(TestAbsorbingCtmc)
#include "test_absorbing_ctmc.moc"
