// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "amp/run/sweep.h"
#include "tiny_lab.h"

using namespace amp;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

run::SweepSpec tinySweep(const tiny::TinyLab& lab, run::Mode mode) {
  run::SweepSpec s;
  s.base = tiny::tinySpec(lab, 4, 2, 11);
  s.base.mode = mode;
  s.jobs = 2;
  return s;
}

}  // namespace

/// Sweeps on the tiny lab: the --vary text, the values, choices and integers, shards, and
/// common random numbers across the points.
class TestSweep : public QObject {
  Q_OBJECT
 private slots:
  void parseVaryAcceptsALinearRange();
  void parseVaryAcceptsALogRange();
  void parseVaryRejectsMalformedText_data();
  void parseVaryRejectsMalformedText();
  void linearValues();
  void logValues();
  void oneStepIsTheStart();
  void integerParameterIsRounded();
  void choiceParameterIsVariedByIndex();
  void shardsPartitionThePoints();
  void everyPointUsesTheSameSeeds();
  void progressCoversTheSweep();
};

void TestSweep::parseVaryAcceptsALinearRange() {
  run::SweepSpec s;
  const std::string err = run::parseVary("arrival_rate=1:5:5", s);
  QVERIFY2(err.empty(), err.c_str());
  QCOMPARE(s.key, std::string("arrival_rate"));
  QCOMPARE(s.from, 1.0);
  QCOMPARE(s.to, 5.0);
  QCOMPARE(s.steps, 5);
  QVERIFY(!s.log);
}

void TestSweep::parseVaryAcceptsALogRange() {
  run::SweepSpec s;
  const std::string err = run::parseVary("k=1:100:3:log", s);
  QVERIFY2(err.empty(), err.c_str());
  QCOMPARE(s.key, std::string("k"));
  QCOMPARE(s.from, 1.0);
  QCOMPARE(s.to, 100.0);
  QCOMPARE(s.steps, 3);
  QVERIFY(s.log);
  // Decimals and a falling range are numbers like any other.
  run::SweepSpec falling;
  QVERIFY(run::parseVary("k=2.5:0.5:3", falling).empty());
  QCOMPARE(falling.from, 2.5);
  QCOMPARE(falling.to, 0.5);
  // A second --vary on the same spec is its second parameter, not a replacement.
  QVERIFY(run::parseVary("j=0:1:2", s).empty());
  QCOMPARE(s.key, std::string("k"));
  QVERIFY(s.second.has_value());
  QCOMPARE(s.second->key, std::string("j"));
}

void TestSweep::parseVaryRejectsMalformedText_data() {
  QTest::addColumn<QString>("text");
  QTest::addColumn<QString>("said");
  QTest::newRow("no =") << "k1:5:5"
                        << "expects key=from:to:steps[:log], got 'k1:5:5'";
  QTest::newRow("no key") << "=1:5:5"
                          << "expects key=from:to:steps[:log]";
  QTest::newRow("two fields") << "k=1:5"
                              << "expects key=from:to:steps[:log]";
  QTest::newRow("five fields") << "k=1:5:5:log:x"
                               << "expects key=from:to:steps[:log]";
  QTest::newRow("trailing colon") << "k=1:5:5:"
                                  << "the optional fourth field must be 'log'";
  QTest::newRow("not a number") << "k=a:5:5"
                                << "from and to must be numbers";
  QTest::newRow("empty field") << "k=1::5"
                               << "from and to must be numbers";
  QTest::newRow("fractional steps") << "k=1:5:2.5"
                                    << "steps an integer in [1, 1000]";
  QTest::newRow("zero steps") << "k=1:5:0"
                              << "steps an integer in [1, 1000]";
  QTest::newRow("too many steps") << "k=1:5:1001"
                                  << "steps an integer in [1, 1000]";
  QTest::newRow("infinite") << "k=1:inf:5"
                            << "from and to must be numbers";
  QTest::newRow("not log") << "k=1:5:5:lin"
                           << "the optional fourth field must be 'log'";
  QTest::newRow("log from zero") << "k=0:5:5:log"
                                 << "a log sweep needs from and to > 0";
}

void TestSweep::parseVaryRejectsMalformedText() {
  QFETCH(QString, text);
  QFETCH(QString, said);
  run::SweepSpec s;
  const std::string err = run::parseVary(text.toStdString(), s);
  QVERIFY2(!err.empty(), qPrintable(text));
  QVERIFY2(contains(err, said.toStdString()), err.c_str());
}

void TestSweep::linearValues() {
  run::SweepSpec s;
  s.from = 1;
  s.to = 5;
  s.steps = 5;
  QCOMPARE(run::sweepValues(s), (std::vector<double>{1, 2, 3, 4, 5}));
  s.from = 10;
  s.to = 0;
  s.steps = 3;
  QCOMPARE(run::sweepValues(s), (std::vector<double>{10, 5, 0}));
}

void TestSweep::logValues() {
  run::SweepSpec s;
  s.from = 1;
  s.to = 100;
  s.steps = 3;
  s.log = true;
  const std::vector<double> v = run::sweepValues(s);
  QCOMPARE(v.size(), std::size_t{3});
  QCOMPARE(v[0], 1.0);
  QVERIFY(std::abs(v[1] - 10.0) < 1e-12);
  QVERIFY(std::abs(v[2] - 100.0) < 1e-12);
  s.from = 2;
  s.to = 32;
  s.steps = 5;
  const std::vector<double> w = run::sweepValues(s);
  for (std::size_t i = 0; i < w.size(); ++i) QVERIFY(std::abs(w[i] - std::pow(2.0, i + 1.0)) < 1e-12);
}

void TestSweep::oneStepIsTheStart() {
  run::SweepSpec s;
  s.from = 7;
  s.to = 9;
  s.steps = 1;
  QCOMPARE(run::sweepValues(s), (std::vector<double>{7}));
}

void TestSweep::integerParameterIsRounded() {
  const tiny::TinyLab lab;
  run::SweepSpec s = tinySweep(lab, run::Mode::Model);
  QVERIFY(run::parseVary("servers=1:4:3", s).empty());  // 1, 2.5, 4
  const std::vector<run::SweepPoint> points = run::runSweep(lab, s);
  QCOMPARE(points.size(), std::size_t{3});
  const std::vector<double> expected{1, 3, 4};  // 2.5 rounds away from zero
  for (std::size_t i = 0; i < points.size(); ++i) {
    QCOMPARE(points[i].value, expected[i]);
    QCOMPARE(points[i].result.status, run::RunStatus::Ok);
    QCOMPARE(points[i].result.params.num("servers"), expected[i]);
  }
  // The model saw the rounded count: ρ = λ·S/c.
  QCOMPARE(points[1].result.model.values.at("util"), 0.5 / 3);
}

void TestSweep::choiceParameterIsVariedByIndex() {
  const tiny::TinyLab lab;
  run::SweepSpec s = tinySweep(lab, run::Mode::Sim);
  QVERIFY(run::parseVary("service_dist=0:2:3", s).empty());
  const std::vector<run::SweepPoint> points = run::runSweep(lab, s);
  QCOMPARE(points.size(), std::size_t{3});
  const std::vector<std::string> names{"exp", "det", "lognormal"};
  for (std::size_t i = 0; i < points.size(); ++i) {
    const run::RunResult& r = points[i].result;
    QCOMPARE(points[i].value, double(i));
    QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
    QCOMPARE(r.params.text("service_dist"), names[i]);
    QVERIFY(r.params.nums().count("service_dist") == 0);  // a text, not a number
  }
  // The choice reached the simulation: deterministic service has no spread, so its interval
  // over replications is a point at 1 ms; the others vary.
  const run::MetricValue& det = points[1].result.metrics.at("service_time_ms");
  QVERIFY(std::abs(det.mean - 1.0) < 1e-9);
  QCOMPARE(det.ciLo, det.ciHi);
  QVERIFY(points[0].result.metrics.at("service_time_ms").ciHi >
          points[0].result.metrics.at("service_time_ms").ciLo);
  // and the model: P-K wait 1 ms (exp), 0.5 ms (det), 2.5 ms (lognormal, cv 2).
  QCOMPARE(points[0].result.model.values.at("wait_ms"), 1.0);
  QCOMPARE(points[1].result.model.values.at("wait_ms"), 0.5);
  QCOMPARE(points[2].result.model.values.at("wait_ms"), 2.5);
}

void TestSweep::shardsPartitionThePoints() {
  const tiny::TinyLab lab;
  run::SweepSpec s = tinySweep(lab, run::Mode::Model);
  QVERIFY(run::parseVary("arrival_rate=100:700:7", s).empty());
  const std::vector<double> all = run::sweepValues(s);
  std::multiset<double> seen;
  for (int k = 0; k < 3; ++k) {
    s.shardIndex = k;
    s.shardCount = 3;
    const std::vector<run::SweepPoint> mine = run::runSweep(lab, s);
    QCOMPARE(mine.size(), std::size_t(k == 0 ? 3 : 2));  // 7 = 3 + 2 + 2
    for (std::size_t j = 0; j < mine.size(); ++j) {
      // Slice k holds points k, k+3, k+6 of the whole sweep, in order.
      QCOMPARE(mine[j].value, all[static_cast<std::size_t>(k) + 3 * j]);
      QCOMPARE(mine[j].result.params.num("arrival_rate"), mine[j].value);
      seen.insert(mine[j].value);
    }
  }
  QCOMPARE(seen, std::multiset<double>(all.begin(), all.end()));
}

void TestSweep::everyPointUsesTheSameSeeds() {
  const tiny::TinyLab lab;
  run::SweepSpec s = tinySweep(lab, run::Mode::Sim);
  QVERIFY(run::parseVary("service_ms=0.5:1.5:3", s).empty());
  const std::vector<run::SweepPoint> points = run::runSweep(lab, s);
  QCOMPARE(points.size(), std::size_t{3});
  for (const run::SweepPoint& pt : points) {
    QCOMPARE(pt.result.seed, s.base.seed);
    // A point is the run one would get alone at that value with the same seed.
    run::RunSpec alone = s.base;
    alone.params.set("service_ms", pt.value);
    const run::RunResult single = run::execute(lab, alone);
    QCOMPARE(pt.result.reps, single.reps);
    QCOMPARE(pt.result.metrics.size(), single.metrics.size());
    for (const auto& [key, m] : single.metrics) {
      const run::MetricValue& swept = pt.result.metrics.at(key);
      QVERIFY2(swept.mean == m.mean && swept.ciLo == m.ciLo && swept.ciHi == m.ciHi, key.c_str());
    }
  }
  // Common random numbers: every point serves the same arrivals with the same draws, scaled by
  // the mean, so the measured mean service triples from 0.5 to 1.5 ms up to the few customers
  // still inside at the end. Independent draws of ~2000 services per replication would miss
  // by about 2%.
  const double ratio = points[2].result.metrics.at("service_time_ms").mean /
                       points[0].result.metrics.at("service_time_ms").mean;
  QVERIFY2(std::abs(ratio / 3.0 - 1.0) < 0.002, std::to_string(ratio).c_str());
  QCOMPARE(points[0].result.metrics.at("throughput").samples, std::uint64_t{2});
}

void TestSweep::progressCoversTheSweep() {
  const tiny::TinyLab lab;
  run::SweepSpec s = tinySweep(lab, run::Mode::Model);
  QVERIFY(run::parseVary("service_ms=0.5:1.5:4", s).empty());
  s.shardCount = 2;
  s.shardIndex = 1;
  std::vector<double> fractions;
  std::vector<std::string> stages;
  run::RunHooks hooks;
  hooks.progress = [&](double f, const std::string& stage) {
    fractions.push_back(f);
    stages.push_back(stage);
  };
  const std::vector<run::SweepPoint> points = run::runSweep(lab, s, hooks);
  QCOMPARE(points.size(), std::size_t{2});
  QCOMPARE(fractions.size(), std::size_t{2});
  QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
  QCOMPARE(fractions.back(), 1.0);
  QVERIFY(std::count_if(stages.begin(), stages.end(),
                        [](const std::string& st) { return st.rfind("service_ms = ", 0) == 0; }) == 2);
}

QTEST_APPLESS_MAIN(TestSweep)
#include "test_sweep.moc"
