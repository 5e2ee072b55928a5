// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include "amp/observe/stats.h"

using namespace amp::observe;

class TestStats : public QObject {
  Q_OBJECT
 private slots:
  void welfordMatchesTwoPass();
  void welfordMerge();
  void timeAverage();
  void countAverage();
  void countAverageLongRunMatchesExactArea();
  void welfordShiftFarFromLaterValues();
  void histogramExponentialQuantiles();
  void histogramRelativeErrorBound();
  void histogramMemoryFollowsRange();
  void histogramBucketsFromBits();
  void histogramMergeAndEdges();
  void studentTTable();
  void tIntervalKnownSample();
  void batchMeansBoundedMemory();
  void batchMeansCoversAr1Mean();
  void mser5FindsPlantedTransient();
};

void TestStats::welfordMatchesTwoPass() {
  // A large offset is where naive sum-of-squares loses every digit; Welford must not.
  std::mt19937_64 rng(7);
  std::normal_distribution<double> nd(1e9, 3.0);
  std::vector<double> xs(100000);
  for (double& x : xs) x = nd(rng);
  Welford w;
  for (double x : xs) w.add(x);
  long double sum = 0;
  for (double x : xs) sum += x;
  const long double mean = sum / xs.size();
  long double ss = 0;
  for (double x : xs) ss += (x - mean) * (x - mean);
  const double var = static_cast<double>(ss / (xs.size() - 1));
  QCOMPARE(w.count(), std::uint64_t(xs.size()));
  QVERIFY(std::abs(w.mean() - static_cast<double>(mean)) < 1e-13 * 1e9);
  QVERIFY(std::abs(w.variance() - var) / var < 1e-6);
  QVERIFY(std::abs(w.stddev() - std::sqrt(var)) / std::sqrt(var) < 1e-6);

  Welford one;
  one.add(5.0);
  QCOMPARE(one.variance(), 0.0);
  QCOMPARE(Welford{}.variance(), 0.0);
}

void TestStats::welfordMerge() {
  std::mt19937_64 rng(11);
  std::exponential_distribution<double> ed(0.25);
  Welford all, a, b, c;
  for (int i = 0; i < 30000; ++i) {
    const double x = ed(rng);
    all.add(x);
    (i < 1000 ? a : i < 21000 ? b : c).add(x);
  }
  Welford m = a;
  m.merge(b);
  m.merge(c);
  m.merge(Welford{});
  QCOMPARE(m.count(), all.count());
  QVERIFY(std::abs(m.mean() - all.mean()) < 1e-12 * all.mean());
  QVERIFY(std::abs(m.variance() - all.variance()) < 1e-10 * all.variance());
  Welford e;
  e.merge(a);
  QCOMPARE(e.mean(), a.mean());
  QCOMPARE(e.count(), a.count());
}

void TestStats::timeAverage() {
  TimeAverage ta;
  ta.reset(0.0);
  ta.set(0.0, 2.0);
  ta.set(3.0, 0.0);  // 2 over [0,3]
  ta.set(5.0, 4.0);  // 0 over [3,5], then 4 from 5 on
  QCOMPARE(ta.average(10.0), (2.0 * 3 + 4.0 * 5) / 10.0);
  QCOMPARE(ta.value(), 4.0);
  ta.reset(10.0);  // keeps the current value
  QCOMPARE(ta.average(12.0), 4.0);
  QCOMPARE(ta.average(10.0), 4.0);  // empty span: the current value
}

void TestStats::countAverage() {
  CountAverage c;
  c.up(1.0);  // before averaging starts: the count moves, the area does not
  c.reset(2.0);
  QCOMPARE(c.count(), std::int64_t(1));
  c.up(4.0);    // 1 over [2,4]
  c.down(5.0);  // 2 over [4,5]
  c.down(8.0);  // 1 over [5,8], then 0
  QCOMPARE(c.count(), std::int64_t(0));
  QCOMPARE(c.average(10.0), (1.0 * 2 + 2.0 * 1 + 1.0 * 3) / 8.0);
  QCOMPARE(c.average(8.0), (1.0 * 2 + 2.0 * 1 + 1.0 * 3) / 6.0);
  c.reset(10.0);
  QCOMPARE(c.average(10.0), 0.0);  // empty span: the current count
  c.up(11.0);
  QCOMPARE(c.average(12.0), 0.5);
}

void TestStats::countAverageLongRunMatchesExactArea() {
  // A queue's steps at nanosecond times over a long run, starting late (a warm-up of 1000 s):
  // the running sum grows to count x time, and the average must still match the exact area,
  // summed here in integers.
  std::mt19937_64 rng(21);
  std::uniform_int_distribution<std::int64_t> gap(1, 2'000'000'000);
  CountAverage c;
  std::int64_t t = 1'000'000'000'000;
  c.reset(static_cast<double>(t));
  const std::int64_t start = t;
  std::int64_t count = 0;
  __int128 area = 0;
  for (int i = 0; i < 2'000'000; ++i) {
    const std::int64_t next = t + gap(rng);
    area += static_cast<__int128>(count) * (next - t);
    t = next;
    // A random walk kept between 0 and 40, so the count is often far from its mean.
    if (count == 0 || (count < 40 && (rng() & 1) != 0)) {
      ++count;
      c.up(static_cast<double>(t));
    } else {
      --count;
      c.down(static_cast<double>(t));
    }
  }
  QCOMPARE(c.count(), count);
  const double exact = static_cast<double>(area) / static_cast<double>(t - start);
  const double got = c.average(static_cast<double>(t));
  QVERIFY2(std::abs(got - exact) <= 1e-9 * exact,
           qPrintable(QStringLiteral("%1 vs %2").arg(got, 0, 'g', 17).arg(exact, 0, 'g', 17)));
}

void TestStats::welfordShiftFarFromLaterValues() {
  // The sums are centred on the first value; one that lies many standard deviations away from
  // the rest (a long first wait, then short ones) must still give the two-pass answer.
  std::mt19937_64 rng(13);
  std::normal_distribution<double> nd(5e6, 2e3);
  Welford w;
  std::vector<double> xs{9e9};
  for (int i = 0; i < 50000; ++i) xs.push_back(nd(rng));
  for (double x : xs) w.add(x);
  long double sum = 0;
  for (double x : xs) sum += x;
  const long double mean = sum / xs.size();
  long double ss = 0;
  for (double x : xs) ss += (x - mean) * (x - mean);
  const double var = static_cast<double>(ss / (xs.size() - 1));
  // Off by n^1.5·2^-53 standard deviations at most (see Welford); here ~1e-3 of one.
  QVERIFY(std::abs(w.mean() - static_cast<double>(mean)) < 1e-3 * std::sqrt(var));
  QVERIFY2(std::abs(w.variance() - var) / var < 1e-9, qPrintable(QString::number(w.variance() / var - 1)));
  Welford same;
  for (int i = 0; i < 1000; ++i) same.add(0.1);
  QCOMPARE(same.variance(), 0.0);
  QCOMPARE(same.mean(), 0.1);
}

void TestStats::histogramExponentialQuantiles() {
  std::mt19937_64 rng(42);
  std::exponential_distribution<double> ed(1.0 / 250.0);  // mean 250 "ns"
  LogHistogram h;
  std::vector<double> xs(1000000);
  for (double& x : xs) {
    x = ed(rng);
    h.add(x);
  }
  std::sort(xs.begin(), xs.end());
  QCOMPARE(h.count(), std::uint64_t(xs.size()));
  QCOMPARE(h.min(), xs.front());
  QCOMPARE(h.max(), xs.back());
  for (double q : {0.5, 0.95, 0.99, 0.999}) {
    const double exact = -250.0 * std::log(1.0 - q);
    const double got = h.quantile(q);
    QVERIFY2(std::abs(got - exact) / exact < 0.01,
             qPrintable(QString("q=%1 got %2 exact %3").arg(q).arg(got).arg(exact)));
    const double empirical = xs[static_cast<std::size_t>(q * (xs.size() - 1))];
    QVERIFY2(std::abs(got - empirical) / empirical <= h.relError() + 1e-12,
             qPrintable(QString("q=%1 got %2 empirical %3").arg(q).arg(got).arg(empirical)));
  }
  QCOMPARE(h.quantile(0.0), xs.front());
  QCOMPARE(h.quantile(1.0), xs.back());
}

void TestStats::histogramRelativeErrorBound() {
  // Values spread over 12 decades, and a coarse relError so a violated bound would show.
  for (double rel : {0.005, 0.02}) {
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> ex(-14.0, 14.0);
    LogHistogram h(rel);
    std::vector<double> xs(20000);
    for (double& x : xs) {
      x = std::exp(ex(rng));
      h.add(x);
    }
    std::sort(xs.begin(), xs.end());
    for (int k = 1; k < 1000; ++k) {
      const double q = k / 1000.0;
      const double empirical = xs[static_cast<std::size_t>(q * (xs.size() - 1))];
      const double got = h.quantile(q);
      QVERIFY2(std::abs(got - empirical) / empirical <= rel + 1e-12, qPrintable(QString::number(q)));
    }
  }
  LogHistogram z;
  for (int i = 0; i < 60; ++i) z.add(0.0);
  for (int i = 0; i < 40; ++i) z.add(100.0);
  QCOMPARE(z.quantile(0.5), 0.0);
  QVERIFY(std::abs(z.quantile(0.7) - 100.0) <= 0.5);
  QCOMPARE(LogHistogram{}.quantile(0.5), 0.0);
  QCOMPARE(LogHistogram{}.min(), 0.0);
}

void TestStats::histogramMemoryFollowsRange() {
  LogHistogram h;
  std::mt19937_64 rng(9);
  std::uniform_real_distribution<double> u(1.0, 1000.0);
  // 2^m buckets per octave and log2(1000) ~ 9.97 octaves cover the range, however many values
  // come.
  const double bound = std::log2(1000.0) * std::ldexp(1.0, h.mantissaBits()) + 2;
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 1000000; ++i) h.add(u(rng));
    QVERIFY(h.buckets().size() <= bound);
    QVERIFY(h.buckets().size() > bound - 10);  // and the range is fully used
  }
}

void TestStats::histogramBucketsFromBits() {
  // The fewest mantissa bits whose buckets stay within gamma: 7 for the default 0.5%.
  QCOMPARE(LogHistogram(0.005).mantissaBits(), 7);
  QCOMPARE(LogHistogram(0.02).mantissaBits(), 5);
  QCOMPARE(LogHistogram(0.4).mantissaBits(), 0);  // gamma 2.33: whole octaves will do
  for (double rel : {1e-6, 0.001, 0.005, 0.01, 0.02, 0.1, 0.3, 0.49}) {
    LogHistogram h(rel);
    const double gamma = (1 + rel) / (1 - rel);
    QVERIFY(std::ldexp(1.0, -h.mantissaBits()) <= gamma - 1);
    QVERIFY(h.mantissaBits() == 0 || std::ldexp(1.0, 1 - h.mantissaBits()) > gamma - 1);
    std::mt19937_64 rng(17);
    std::uniform_real_distribution<double> ex(-20.0, 20.0);
    for (int i = 0; i < 2000; ++i) h.add(std::exp(ex(rng)));
    for (const auto& b : h.buckets()) QVERIFY(b.hi / b.lo <= gamma * (1 + 1e-15));
  }
  // Edges fall on powers of two and on 1/128ths of an octave, exactly.
  LogHistogram h;
  h.add(1.0);
  h.add(std::nextafter(1.0 + 1.0 / 128, 0.0));
  h.add(1.0 + 1.0 / 128);
  h.add(std::nextafter(2.0, 0.0));
  h.add(2.0);
  const auto bs = h.buckets();
  QCOMPARE(bs.size(), std::size_t(4));
  QCOMPARE(bs[0].lo, 1.0);
  QCOMPARE(bs[0].hi, 1.0 + 1.0 / 128);
  QCOMPARE(bs[0].count, std::uint64_t(2));
  QCOMPARE(bs[1].lo, 1.0 + 1.0 / 128);
  QCOMPARE(bs[2].hi, 2.0);
  QCOMPARE(bs[3].lo, 2.0);
  QCOMPARE(bs[3].hi, 2.0 + 2.0 / 128);
}

void TestStats::histogramMergeAndEdges() {
  std::mt19937_64 rng(21);
  std::lognormal_distribution<double> ld(3.0, 2.0);
  LogHistogram all, a, b;
  for (int i = 0; i < 50000; ++i) {
    const double x = ld(rng);
    all.add(x);
    (i % 3 == 0 ? a : b).add(x);
  }
  a.add(0.0);
  all.add(0.0);
  a.merge(b);
  QCOMPARE(a.count(), all.count());
  QCOMPARE(a.min(), all.min());
  QCOMPARE(a.max(), all.max());
  for (double q : {0.01, 0.25, 0.5, 0.9, 0.999}) QCOMPARE(a.quantile(q), all.quantile(q));
  const auto bs = a.buckets();
  QVERIFY(!bs.empty());
  QCOMPARE(bs.front().lo, 0.0);
  QCOMPARE(bs.front().count, std::uint64_t(1));
  std::uint64_t total = 0;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    total += bs[i].count;
    QVERIFY(bs[i].lo < bs[i].hi);
    if (i > 0) QVERIFY(bs[i].lo >= bs[i - 1].hi * (1 - 1e-12));
  }
  QCOMPARE(total, a.count());
  LogHistogram other(0.01);
  QVERIFY_THROWS_EXCEPTION(std::invalid_argument, a.merge(other));
}

void TestStats::studentTTable() {
  QVERIFY(std::abs(studentT975(1) - 12.706) < 5e-4);
  QVERIFY(std::abs(studentT975(10) - 2.228) < 5e-4);
  QVERIFY(std::abs(studentT975(30) - 2.042) < 5e-4);
  QVERIFY(std::abs(studentT975(1000000000) - 1.960) < 5e-4);
  // The expansion beyond the table, against values from numerical integration of the density.
  const std::pair<int, double> ref[] = {
      {31, 2.039513446}, {40, 2.021075390}, {60, 2.000297822}, {100, 1.983971519}, {1000, 1.962339081}};
  for (auto [dof, t] : ref) QVERIFY2(std::abs(studentT975(dof) - t) < 1e-5, qPrintable(QString::number(dof)));
  for (std::uint64_t d = 1; d < 200; ++d) QVERIFY(studentT975(d + 1) < studentT975(d));
  QVERIFY(std::isinf(studentT975(0)));
}

void TestStats::tIntervalKnownSample() {
  const Interval ci = tInterval(std::vector<double>{1, 2, 3, 4, 5});
  QCOMPARE(ci.n, std::uint64_t(5));
  QCOMPARE(ci.mean, 3.0);
  const double hw = 2.776445105 * std::sqrt(2.5) / std::sqrt(5.0);
  QVERIFY(std::abs(ci.halfWidth() - hw) < 1e-8);
  QVERIFY(ci.covers(3.0 + hw * 0.99) && !ci.covers(3.0 + hw * 1.01));
  const Interval single = tInterval(std::vector<double>{7});
  QCOMPARE(single.lo, 7.0);
  QCOMPARE(single.hi, 7.0);
}

void TestStats::batchMeansBoundedMemory() {
  BatchMeans bm(1024);
  const std::size_t cap = bm.means().capacity();
  std::uint64_t lastSize = 1;
  for (std::uint64_t i = 0; i < 10000000; ++i) {
    bm.add(static_cast<double>(i % 97));
    if ((i & 0xFFFF) == 0) {
      QVERIFY(bm.means().size() <= 1024);
      QCOMPARE(bm.means().capacity(), cap);
      QVERIFY(bm.batchSize() >= lastSize);
      lastSize = bm.batchSize();
    }
  }
  QCOMPARE(bm.count(), std::uint64_t(10000000));
  QVERIFY(bm.means().size() >= 512);  // halving leaves the store at least half full
  QVERIFY(bm.batchSize() >= 10000000 / 1024);
  // Every stored mean is a mean of batchSize() consecutive values.
  const auto& m = bm.means();
  double sum = 0;
  for (double x : m) sum += x * static_cast<double>(bm.batchSize());
  const std::uint64_t covered = m.size() * bm.batchSize();
  double direct = 0;
  for (std::uint64_t i = 0; i < covered; ++i) direct += static_cast<double>(i % 97);
  QVERIFY(std::abs(sum - direct) / direct < 1e-9);
}

void TestStats::batchMeansCoversAr1Mean() {
  // AR(1) with phi = 0.9: strongly correlated, so a naive iid interval would be far too narrow.
  const double mu = 5.0, phi = 0.9;
  int covered = 0;
  double naiveCovered = 0;
  for (int seed = 1; seed <= 50; ++seed) {
    std::mt19937_64 rng(1000 + seed);
    std::normal_distribution<double> nd(0.0, 1.0);
    double x = mu + nd(rng) / std::sqrt(1 - phi * phi);  // a stationary start
    BatchMeans bm;
    Welford naive;
    for (int i = 0; i < 200000; ++i) {
      x = mu + phi * (x - mu) + nd(rng);
      bm.add(x);
      naive.add(x);
    }
    const Interval ci = bm.interval(20);
    QCOMPARE(ci.n, std::uint64_t(20));
    if (ci.covers(mu)) ++covered;
    if (tInterval(naive).covers(mu)) ++naiveCovered;
  }
  QVERIFY2(covered >= 44, qPrintable(QString("%1/50").arg(covered)));
  QVERIFY2(naiveCovered < covered, "the iid interval should under-cover correlated data");

  BatchMeans few(8);
  for (int i = 0; i < 5; ++i) few.add(i);
  const Interval ci = few.interval(20);  // fewer stored than asked: one group per batch
  QCOMPARE(ci.n, std::uint64_t(5));
  QCOMPARE(ci.mean, 2.0);
  QCOMPARE(few.interval(20, 5).n, std::uint64_t(0));
}

void TestStats::mser5FindsPlantedTransient() {
  std::mt19937_64 rng(17);
  std::normal_distribution<double> nd(0.0, 1.0);
  std::vector<double> step(4000);
  for (std::size_t i = 0; i < step.size(); ++i) step[i] = (i < 300 ? 10.0 : 0.0) + nd(rng);
  const std::size_t d = mser5Truncation(step);
  QVERIFY2(d >= 295 && d <= 320, qPrintable(QString::number(d)));
  QCOMPARE(d % 5, std::size_t(0));

  std::vector<double> decay(5000);
  for (std::size_t i = 0; i < decay.size(); ++i)
    decay[i] = 1.0 + 8.0 * std::exp(-double(i) / 80.0) + 0.5 * nd(rng);
  const std::size_t d2 = mser5Truncation(decay);
  QVERIFY2(d2 >= 150 && d2 <= 800, qPrintable(QString::number(d2)));
  QVERIFY(mser5Truncation(decay) <= decay.size() / 2);
  QCOMPARE(mser5Truncation({1.0, 2.0, 3.0}), std::size_t(0));
}

QTEST_APPLESS_MAIN(TestStats)
#include "test_stats.moc"
