// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "amp/real/phase_barrier.h"

using namespace amp;

class TestPhaseBarrier : public QObject {
  Q_OBJECT
 private slots:
  void noThreadPassesBeforeAllArrive() {
    // Four threads, 200 phases: in each phase every thread adds 1, and after the barrier every
    // thread must see all four additions of that phase (the barrier orders memory too).
    constexpr int kThreads = 4, kPhases = 200;
    real::PhaseBarrier barrier(kThreads);
    std::atomic<bool> stop{false};
    std::atomic<int> sum{0};
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&] {
        for (int phase = 0; phase < kPhases; ++phase) {
          sum.fetch_add(1, std::memory_order_relaxed);
          if (!barrier.arriveAndWait(stop)) return;
          if (sum.load(std::memory_order_relaxed) < kThreads * (phase + 1)) wrong.fetch_add(1);
          if (!barrier.arriveAndWait(stop)) return;  // nobody adds for the next phase before all have looked
        }
      });
    for (auto& t : threads) t.join();
    QCOMPARE(wrong.load(), 0);
    QCOMPARE(sum.load(), kThreads * kPhases);
  }

  void stopBreaksTheBarrier() {
    // One party never comes: the waiters leave once the stop flag is set.
    real::PhaseBarrier barrier(3);
    std::atomic<bool> stop{false};
    std::atomic<int> left{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t)
      threads.emplace_back([&] {
        if (!barrier.arriveAndWait(stop)) left.fetch_add(1);
      });
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    QCOMPARE(left.load(), 0);  // still waiting for the third party
    stop.store(true);
    for (auto& t : threads) t.join();
    QCOMPARE(left.load(), 2);
  }

  void onePartyNeverWaits() {
    real::PhaseBarrier barrier(1);
    const std::atomic<bool> stop{false};
    for (int i = 0; i < 10; ++i) QVERIFY(barrier.arriveAndWait(stop));
  }
};

QTEST_APPLESS_MAIN(TestPhaseBarrier)
#include "test_phase_barrier.moc"
