// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "amp/sim/distribution.h"
#include "amp/sim/rng.h"
#include "amp/sim/simulator.h"

using amp::sim::Distribution;
using amp::sim::Rng;

Q_DECLARE_METATYPE(Distribution)

class TestSimRandom : public QObject {
  Q_OBJECT

 private slots:
  // Qt's start-up leaves the vector state dirty, which slows the sampling loops several-fold.
  void init() { amp::sim::clearUpperVectorState(); }

  void sameSeedSameStream() {
    Rng a(42, 7), b(42, 7);
    for (int i = 0; i < 1000; ++i) QCOMPARE(a.next(), b.next());
  }

  void streamsAndSeedsDiffer() {
    // Swapped (seed, stream) pairs and neighbouring seeds must give unrelated streams.
    const std::vector<std::pair<std::uint64_t, std::uint64_t>> ids{{1, 2}, {2, 1}, {1, 0},
                                                                   {0, 1}, {2, 0}, {1, 1}};
    std::vector<std::vector<std::uint64_t>> firsts;
    for (auto [seed, stream] : ids) {
      Rng r(seed, stream);
      std::vector<std::uint64_t> v;
      for (int i = 0; i < 4; ++i) v.push_back(r.next());
      firsts.push_back(v);
    }
    for (std::size_t i = 0; i < firsts.size(); ++i)
      for (std::size_t j = i + 1; j < firsts.size(); ++j)
        for (int k = 0; k < 4; ++k) QVERIFY(firsts[i][k] != firsts[j][k]);
  }

  void streamsUncorrelated() {
    Rng a(9, 0), b(9, 1);
    const int n = 200000;
    double sa = 0, sb = 0, sab = 0, saa = 0, sbb = 0;
    for (int i = 0; i < n; ++i) {
      const double x = a.uniform01(), y = b.uniform01();
      sa += x;
      sb += y;
      sab += x * y;
      saa += x * x;
      sbb += y * y;
    }
    const double cov = sab / n - (sa / n) * (sb / n);
    const double r = cov / std::sqrt((saa / n - (sa / n) * (sa / n)) * (sbb / n - (sb / n) * (sb / n)));
    QVERIFY2(std::abs(r) < 5.0 / std::sqrt(n), qPrintable(QString::number(r)));
  }

  void uniformOpenInterval() {
    Rng r(3);
    double sum = 0;
    const int n = 1000000;
    bool inside = true;
    for (int i = 0; i < n; ++i) {
      const double u = r.uniform01();
      inside = inside && u > 0.0 && u < 1.0;
      sum += u;
    }
    QVERIFY(inside);
    QVERIFY(std::abs(sum / n - 0.5) < 0.002);
  }

  void belowSmallIsUniform() {
    Rng r(5);
    const int n = 600000;
    int counts[6] = {};
    bool inRange = true;
    for (int i = 0; i < n; ++i) {
      const auto v = r.below(6);
      inRange = inRange && v < 6;
      ++counts[std::min<std::uint64_t>(v, 5)];
    }
    QVERIFY(inRange);
    double chi2 = 0;
    for (int c : counts) chi2 += (c - n / 6.0) * (c - n / 6.0) / (n / 6.0);
    QVERIFY2(chi2 < 20.5, qPrintable(QString::number(chi2)));  // chi2(5) 99.9% point
    QCOMPARE(r.below(1), std::uint64_t{0});
    QCOMPARE(r.below(0), std::uint64_t{0});
  }

  void belowLargeIsUnbiased() {
    // For n = 2/3 of 2^64, plain `next() % n` puts 2/3 of the mass below n/2; unbiased gives 1/2.
    const std::uint64_t n = 0xAAAAAAAAAAAAAAAAULL;
    Rng r(11);
    const int draws = 200000;
    int low = 0;
    bool inRange = true;
    for (int i = 0; i < draws; ++i) {
      const auto v = r.below(n);
      inRange = inRange && v < n;
      if (v < n / 2) ++low;
    }
    QVERIFY(inRange);
    QVERIFY2(std::abs(static_cast<double>(low) / draws - 0.5) < 0.006, qPrintable(QString::number(low)));
  }

  void exponentialShape() {
    // The ziggurat's layers, wedges and tail (beyond 7.697) must all follow exp(-x).
    Rng r(21);
    const int n = 2000000;
    const double edges[] = {0.01, 0.1, 0.5, 1.0, 2.0, 4.0, 7.0, 8.0, 10.0};
    long above[9] = {};
    for (int i = 0; i < n; ++i) {
      const double x = r.exponential();
      for (int k = 0; k < 9; ++k) above[k] += x > edges[k] ? 1 : 0;
    }
    for (int k = 0; k < 9; ++k) {
      const double p = std::exp(-edges[k]);
      const double sd = std::sqrt(p * (1 - p) / n);
      const double got = static_cast<double>(above[k]) / n;
      QVERIFY2(std::abs(got - p) < 4.5 * sd,
               qPrintable(QString("P(X > %1) = %2, want %3").arg(edges[k]).arg(got).arg(p)));
    }
  }

  void distributionMoments_data() {
    QTest::addColumn<Distribution>("dist");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("scv");
    QTest::addColumn<double>("meanTol");  // relative
    QTest::addColumn<double>("scvTol");   // absolute
    QTest::newRow("exp") << Distribution::exp(2.0) << 2.0 << 1.0 << 0.01 << 0.02;
    QTest::newRow("det") << Distribution::det(0.5) << 0.5 << 0.0 << 1e-12 << 1e-12;
    QTest::newRow("uniform") << Distribution::uniform(1.0, 3.0) << 2.0 << (4.0 / 12.0) / 4.0 << 0.005
                             << 0.005;
    QTest::newRow("lognormal cv2") << Distribution::lognormal(3.0, 2.0) << 3.0 << 4.0 << 0.02 << 0.4;
    QTest::newRow("lognormal cv0.5") << Distribution::lognormal(1.0, 0.5) << 1.0 << 0.25 << 0.01 << 0.01;
    QTest::newRow("erlang4") << Distribution::erlang(4, 1.0) << 1.0 << 0.25 << 0.01 << 0.01;
    QTest::newRow("erlang20") << Distribution::erlang(20, 2.0) << 2.0 << 1.0 / 20 << 0.005 << 0.002;
    QTest::newRow("hyperexp cv2") << Distribution::hyperexp(1.0, 2.0) << 1.0 << 4.0 << 0.02 << 0.2;
    QTest::newRow("hyperexp cv1") << Distribution::hyperexp(5.0, 1.0) << 5.0 << 1.0 << 0.01 << 0.02;
    // Population SCV of {1,2,3,10}: mean 4, variance 12.5.
    QTest::newRow("empirical") << Distribution::empirical({1, 2, 3, 10}) << 4.0 << 12.5 / 16.0 << 0.01
                               << 0.02;
  }

  void distributionMoments() {
    QFETCH(Distribution, dist);
    QFETCH(double, mean);
    QFETCH(double, scv);
    QFETCH(double, meanTol);
    QFETCH(double, scvTol);
    // The analytic values first: they are what the models use.
    QVERIFY2(std::abs(dist.mean() - mean) <= 1e-12 * std::max(1.0, mean),
             qPrintable(QString::number(dist.mean())));
    QVERIFY2(std::abs(dist.scv() - scv) <= 1e-9, qPrintable(QString::number(dist.scv())));
    Rng rng(2026, 3);
    const int n = 1000000;
    long double s = 0, ss = 0;
    bool nonNegative = true;
    for (int i = 0; i < n; ++i) {
      const double x = dist.sample(rng);
      nonNegative = nonNegative && x >= 0.0;
      s += x;
      ss += static_cast<long double>(x) * x;
    }
    QVERIFY(nonNegative);
    const double m = static_cast<double>(s / n);
    const double var = static_cast<double>((ss - s * s / n) / (n - 1));
    const double sampleScv = var / (m * m);
    QVERIFY2(std::abs(m - mean) <= meanTol * mean, qPrintable(QString("mean %1").arg(m, 0, 'g', 10)));
    QVERIFY2(std::abs(sampleScv - scv) <= scvTol, qPrintable(QString("scv %1").arg(sampleScv, 0, 'g', 10)));
  }

  void erlangLongChain() {
    // 2000 phases: the product of uniforms would underflow to 0 without renormalising.
    const Distribution d = Distribution::erlang(2000, 1.0);
    Rng rng(8);
    const int n = 20000;
    double s = 0;
    bool plausible = true;
    for (int i = 0; i < n; ++i) {
      const double x = d.sample(rng);
      plausible = plausible && std::isfinite(x) && x > 0.5 && x < 1.5;
      s += x;
    }
    QVERIFY(plausible);
    QVERIFY(std::abs(s / n - 1.0) < 0.002);
  }

  void serviceDistByName() {
    QCOMPARE(amp::sim::serviceDist("exp", 2.0).kind(), amp::sim::DistKind::Exp);
    QCOMPARE(amp::sim::serviceDist("det", 2.0).scv(), 0.0);
    const Distribution ln = amp::sim::serviceDist("lognormal", 2.0);
    QCOMPARE(ln.kind(), amp::sim::DistKind::Lognormal);
    QVERIFY(std::abs(ln.scv() - amp::sim::kLognormalCv * amp::sim::kLognormalCv) < 1e-9);
    QVERIFY(std::abs(ln.mean() - 2.0) < 1e-12);
    for (const auto& name : amp::sim::serviceDistNames())
      QCOMPARE(amp::sim::serviceDist(name, 1.0).mean(), 1.0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, amp::sim::serviceDist("gamma", 1.0));
    // A stage switched off (mean 0) samples 0 in every family.
    Rng rng(1);
    for (const auto& name : amp::sim::serviceDistNames())
      QCOMPARE(amp::sim::serviceDist(name, 0.0).sample(rng), 0.0);
  }

  void invalidParameters() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Distribution::hyperexp(1.0, 0.5));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Distribution::erlang(0, 1.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Distribution::exp(-1.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Distribution::uniform(2.0, 1.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Distribution::empirical({}));
  }

  void describe() {
    QCOMPARE(QString::fromStdString(Distribution::exp(10).describe()), QString("exp(mean 10)"));
    QCOMPARE(QString::fromStdString(Distribution::lognormal(10, 2).describe()),
             QString("lognormal(mean 10, cv 2)"));
    QCOMPARE(QString::fromStdString(Distribution::det(0.5).describe()), QString("det(0.5)"));
    QCOMPARE(QString::fromStdString(Distribution::erlang(3, 6).describe()), QString("erlang(k 3, mean 6)"));
    QCOMPARE(QString::fromStdString(Distribution::hyperexp(1, 2).describe()),
             QString("hyperexp(mean 1, cv 2)"));
  }
};

QTEST_APPLESS_MAIN(TestSimRandom)
#include "test_sim_random.moc"
