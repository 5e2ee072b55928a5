// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "amp/model/dag_path.h"
#include "amp/model/rta.h"

using namespace amp::model;

namespace {
/// Tasks in row order (the first is the highest priority): {C, T}, deadlines at the periods.
std::vector<RtaTask> periodic(const std::vector<std::pair<double, double>>& ct) {
  std::vector<RtaTask> tasks;
  int prio = 1;
  for (const auto& [c, t] : ct) tasks.push_back({c, t, t, 0.0, 0.0, prio++});
  return tasks;
}
}  // namespace

class TestRta : public QObject {
  Q_OBJECT
 private slots:
  void burnsAndWellingsExample() {
    // Burns & Wellings, "Real-Time Systems and Programming Languages", the response-time example:
    // a (T 7, C 3), b (T 12, C 3), c (T 20, C 5) give R = 3, 6, 20.
    const RtaResult r = responseTimes(periodic({{3, 7}, {3, 12}, {5, 20}}));
    QCOMPARE(r.response, (std::vector<double>{3, 6, 20}));
    QVERIFY(r.allSchedulable);
    QVERIFY(std::abs(r.utilization - (3.0 / 7 + 3.0 / 12 + 5.0 / 20)) < 1e-12);
  }

  void buttazzoExample() {
    // Buttazzo, "Hard Real-Time Computing Systems", rate-monotonic response times: (C 1, T 4),
    // (C 2, T 6), (C 3, T 10) give R = 1, 3, 10; the last one needs four steps (3, 6, 7, 9, 10).
    const RtaResult r = responseTimes(periodic({{1, 4}, {2, 6}, {3, 10}}));
    QCOMPARE(r.response, (std::vector<double>{1, 3, 10}));
    QVERIFY(r.iterations[2] >= 4);
  }

  void jitterAndBlockingByHand() {
    // τ1 (C 2, T 10, J 1, B 1): w = 2 + 1 = 3, R = 1 + 3 = 4.
    // τ2 (C 3, T 15, J 2, B 2): w = 3 + 2 + ⌈(w + 1)/10⌉·2 = 7, R = 2 + 7 = 9.
    // τ3 (C 5, T 30): w = 5 + ⌈(w + 1)/10⌉·2 + ⌈(w + 2)/15⌉·3: 5 → 10 → 12 → 12, R = 12.
    std::vector<RtaTask> tasks{{2, 10, 10, 1, 1, 1}, {3, 15, 15, 2, 2, 2}, {5, 30, 30, 0, 0, 3}};
    const RtaResult r = responseTimes(tasks);
    QCOMPARE(r.response, (std::vector<double>{4, 9, 12}));
    QCOMPARE(r.busy, (std::vector<double>{3, 7, 12}));
    // The higher task's jitter matters to the lower one: without it τ3's w stops at 10.
    tasks[0].j = tasks[1].j = 0;
    QCOMPARE(responseTimes(tasks).response[2], 10.0);
  }

  void prioritiesNotRowOrder() {
    // The same set listed lowest first, with priorities saying so.
    std::vector<RtaTask> tasks{{5, 20, 20, 0, 0, 3}, {3, 12, 12, 0, 0, 2}, {3, 7, 7, 0, 0, 1}};
    QCOMPARE(responseTimes(tasks).response, (std::vector<double>{20, 6, 3}));
  }

  void unschedulableHasNoResponse() {
    // (C 3, T 4), (C 3, T 6): the second one's w goes 3 → 6 → 9 > D = 6.
    const RtaResult r = responseTimes(periodic({{3, 4}, {3, 6}}));
    QVERIFY(r.schedulable[0] && !r.schedulable[1]);
    QVERIFY(std::isinf(r.response[1]));
    QVERIFY(!r.allSchedulable);
    // A deadline shorter than the period cuts it off earlier.
    std::vector<RtaTask> tight{{1, 4, 4, 0, 0, 1}, {2, 8, 2, 0, 0, 2}};
    QVERIFY(!responseTimes(tight).schedulable[1]);
  }

  void longestPathOfAChainIsItsSum() {
    Dag g;
    auto a = boost::add_vertex({"a"}, g);
    auto b = boost::add_vertex({"b"}, g);
    auto c = boost::add_vertex({"c"}, g);
    auto d = boost::add_vertex({"d"}, g);
    boost::add_edge(a, b, {"ab", 2.0}, g);
    boost::add_edge(b, c, {"bc", 3.5}, g);
    boost::add_edge(c, d, {"cd", 0.0}, g);
    const DagPath p = longestPath(g);
    QCOMPARE(p.length, 5.5);
    QCOMPARE(p.stages, (std::vector<std::size_t>{0, 1, 2, 3}));
    QCOMPARE(p.steps, (std::vector<std::string>{"ab", "bc", "cd"}));
  }

  void longestPathTakesTheLongerBranch() {
    // a → b → d (1 + 1) and a → c → d (1 + 4): the bound is the longer one.
    Dag g;
    for (const char* n : {"a", "b", "c", "d"}) boost::add_vertex({n}, g);
    boost::add_edge(0, 1, {"ab", 1.0}, g);
    boost::add_edge(1, 3, {"bd", 1.0}, g);
    boost::add_edge(0, 2, {"ac", 1.0}, g);
    boost::add_edge(2, 3, {"cd", 4.0}, g);
    const DagPath p = longestPath(g);
    QCOMPARE(p.length, 5.0);
    QCOMPARE(p.stages, (std::vector<std::size_t>{0, 2, 3}));
    boost::add_edge(3, 0, {"back", 1.0}, g);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, longestPath(g));
  }
};

QTEST_APPLESS_MAIN(TestRta)
#include "test_rta.moc"
