// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Paired comparisons: two systems fed the same random numbers, their difference with its own CI.
#include <QTest>

#include "amp/run/compare.h"
#include "amp/run/sweep.h"
#include "tiny_lab.h"

using namespace amp;

namespace {

run::RunSpec tinySpec(double serviceMs) {
  tiny::TinyLab lab;
  run::RunSpec s;
  s.lab = "tiny";
  s.mode = run::Mode::Sim;
  s.params = run::defaults(lab.params());
  s.params.set("service_ms", serviceMs);
  s.seed = 7;
  s.duration = 20.0;  // simulated seconds per replication: 10,000 requests
  s.warmup = 0.5;
  return s;
}

}  // namespace

class TestCompare : public QObject {
  Q_OBJECT
 private slots:
  void aSystemComparedWithItselfDiffersByExactlyNothing() {
    // The same input through the same system: every pair is equal, so the CI is the point 0. Were
    // the two runs of a pair given different random numbers, this would fail.
    const tiny::TinyLab lab;
    const run::Difference d = run::comparePaired(lab, tinySpec(1.0), tinySpec(1.0), "sojourn_ms", 4);
    QVERIFY2(d.error.empty(), d.error.c_str());
    QCOMPARE(d.diff, 0.0);
    QCOMPARE(d.ciLo, 0.0);
    QCOMPARE(d.ciHi, 0.0);
    QVERIFY(d.unpairedHi > d.unpairedLo);  // the same replications read unpaired still scatter
  }

  void pairingNarrowsTheIntervalAroundTheTrueDifference() {
    // M/M/1 at λ = 500/s: S = 1 ms gives T = S/(1 − λS) = 2 ms, S = 1.01 ms gives 2.0404 ms: a
    // difference of 2%, which eight pairs of 10,000 requests decide and eight unpaired ones do not.
    const tiny::TinyLab lab;
    const double exact = 1.01 / (1 - 0.505) - 1.0 / (1 - 0.5);
    const run::Difference d = run::comparePaired(lab, tinySpec(1.0), tinySpec(1.01), "sojourn_ms", 8);
    QVERIFY2(d.error.empty(), d.error.c_str());
    QCOMPARE(d.pairs, 8);
    QVERIFY2(d.ciLo <= exact && exact <= d.ciHi,
             qPrintable(QString("exact %1 outside [%2, %3]").arg(exact).arg(d.ciLo).arg(d.ciHi)));
    const double paired = d.ciHi - d.ciLo, unpaired = d.unpairedHi - d.unpairedLo;
    QVERIFY2(paired < unpaired / 3,
             qPrintable(QString("paired width %1, unpaired %2").arg(paired).arg(unpaired)));
    QVERIFY(d.ciLo > 0.0);  // paired, "B is slower" is decided; unpaired it is not
    QVERIFY(d.unpairedLo < 0.0);
  }

  void aSweepsNeighbouringPointsPairByReplication() {
    // The same 2% step as above, now as two points of a sweep: no new run, the points' own
    // replications pair (same seed, replication i = same input).
    const tiny::TinyLab lab;
    run::SweepSpec sweep;
    sweep.base = tinySpec(1.0);
    sweep.base.reps = 8;
    sweep.key = "service_ms";
    sweep.from = 1.0;
    sweep.to = 1.01;
    sweep.steps = 2;
    sweep.jobs = 2;
    const std::vector<run::SweepPoint> points = run::runSweep(lab, sweep);
    QCOMPARE(points.size(), std::size_t{2});
    QCOMPARE(points[1].result.metrics.at("sojourn_ms").perRep.size(), std::size_t{8});
    const run::Difference d = run::compareReplications(points[0].result, points[1].result, "sojourn_ms");
    QVERIFY2(d.error.empty(), d.error.c_str());
    QVERIFY(d.paired);
    QCOMPARE(d.pairs, 8);
    const double exact = 1.01 / (1 - 0.505) - 1.0 / (1 - 0.5);
    QVERIFY2(d.ciLo <= exact && exact <= d.ciHi,
             qPrintable(QString("exact %1 outside [%2, %3]").arg(exact).arg(d.ciLo).arg(d.ciHi)));
    QVERIFY2(d.ciHi - d.ciLo < (d.unpairedHi - d.unpairedLo) / 3,
             qPrintable(QString("paired [%1, %2], unpaired [%3, %4]")
                            .arg(d.ciLo)
                            .arg(d.ciHi)
                            .arg(d.unpairedLo)
                            .arg(d.unpairedHi)));
    // The same replications as the dedicated paired comparison gives, so the same difference.
    const run::Difference direct = run::comparePaired(lab, tinySpec(1.0), tinySpec(1.01), "sojourn_ms", 8);
    QCOMPARE(d.diff, direct.diff);

    // Other seeds do not pair: each point's own CI is all there is.
    run::RunResult other = points[1].result;
    other.seed = 8;
    QVERIFY(!run::compareReplications(points[0].result, other, "sojourn_ms").paired);
  }

  void onlySimulationsArePaired() {
    const tiny::TinyLab lab;
    run::RunSpec real = tinySpec(1.0);
    real.mode = run::Mode::Real;
    QVERIFY(!run::comparePaired(lab, real, tinySpec(1.0), "sojourn_ms", 4).error.empty());
    QVERIFY(!run::comparePaired(lab, tinySpec(1.0), tinySpec(1.0), "sojourn_ms", 1).error.empty());
  }

  void unpairedAddsTheHalfWidthsInQuadrature() {
    run::RunResult a, b;
    a.metrics["x"] = run::MetricValue{10.0, 7.0, 13.0, "ms", {}, 100, {}};
    b.metrics["x"] = run::MetricValue{14.0, 10.0, 18.0, "ms", {}, 100, {}};
    const run::Difference d = run::compareUnpaired(a, b, "x");
    QCOMPARE(d.diff, 4.0);
    QCOMPARE(d.ciLo, -1.0);  // half-widths 3 and 4 → 5
    QCOMPARE(d.ciHi, 9.0);
    QVERIFY(!d.paired);
    QVERIFY(!run::compareUnpaired(a, b, "y").error.empty());
  }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "test_compare.moc"
