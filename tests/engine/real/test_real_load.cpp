// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <atomic>
#include <chrono>
#include <cmath>
#include <mutex>
#include <thread>
#include <vector>

#include "amp/real/load_generator.h"
#include "amp/real/runtime.h"
#include "amp/real/work_kernel.h"
#include "amp/sim/arrival_stream.h"
#include "amp/sim/distribution.h"

using namespace amp;
using namespace amp::real;
using namespace std::chrono_literals;

namespace {
sim::ArrivalStream stream(std::uint64_t seed) {
  return sim::ArrivalStream(seed, sim::ArrivalStream::Process::Poisson, 2000.0,
                            {sim::serviceDist("exp", 0.0005), sim::serviceDist("lognormal", 0.001)});
}
}  // namespace

class TestRealLoad : public QObject {
  Q_OBJECT
 private slots:
  void openLoopReplaysTheSimulatorsSchedule();
  void lateArrivalsAreCountedNotShifted();
  void stopEndsTheOpenLoopEarly();
  void closedLoopClientsWaitForTheirAnswer();
};

void TestRealLoad::openLoopReplaysTheSimulatorsSchedule() {
  // What the simulator would draw for seed 42: arrival times and both stages' sizes.
  sim::ArrivalStream simSide = stream(42);
  std::vector<sim::ArrivalDraw> expected;
  for (sim::ArrivalDraw d = simSide.next(); d.time < 0.2; d = simSide.next()) expected.push_back(d);
  const std::vector<sim::ArrivalDraw> draws = stream(42).until(0.2);
  QVERIFY(draws.size() > 200);
  QCOMPARE(draws.size(), expected.size());
  for (std::size_t i = 0; i < draws.size(); ++i) {
    QCOMPARE(draws[i].time, expected[i].time);
    QCOMPARE(draws[i].sizes[0], expected[i].sizes[0]);
    QCOMPARE(draws[i].sizes[1], expected[i].sizes[1]);
  }
  QVERIFY(stream(43).until(0.2)[0].time != draws[0].time);  // another seed, another schedule

  const std::vector<std::int64_t> sched = scheduleNs(draws);
  QCOMPARE(sched.size(), draws.size());
  const auto epoch = Clock::now() + 5ms;
  OpenLoopGenerator gen(sched, epoch);
  std::vector<std::size_t> order;
  std::vector<std::int64_t> emittedAt;
  std::atomic<bool> stop{false};
  const LoadStats s = gen.run(
      [&](std::size_t i, std::int64_t) {
        emittedAt.push_back((Clock::now() - epoch).count());
        order.push_back(i);
        return true;
      },
      stop);
  QCOMPARE(s.emitted, static_cast<std::uint64_t>(draws.size()));
  QVERIFY(!s.stopped);
  for (std::size_t i = 0; i < order.size(); ++i) {
    QCOMPARE(order[i], i);  // every arrival once, in schedule order
    QCOMPARE(sched[i], std::llround(draws[i].time * 1e9));
    QVERIFY(emittedAt[i] >= sched[i]);  // never early
  }
}

void TestRealLoad::lateArrivalsAreCountedNotShifted() {
  // Ten arrivals 1 ms apart; the emitter stalls 5 ms on the third, so the next ones are late.
  std::vector<std::int64_t> sched;
  for (int i = 0; i < 10; ++i) sched.push_back(1'000'000LL * (i + 1));
  const auto epoch = Clock::now();
  OpenLoopGenerator gen(sched, epoch, 200'000);
  std::vector<std::int64_t> lateness;
  std::atomic<bool> stop{false};
  const LoadStats s = gen.run(
      [&](std::size_t i, std::int64_t late) {
        lateness.push_back(late);
        if (i == 2) std::this_thread::sleep_for(5ms);
        return i != 9;  // the last one is refused
      },
      stop);
  QCOMPARE(s.emitted, std::uint64_t(10));
  QCOMPARE(s.rejected, std::uint64_t(1));
  std::uint64_t late = 0;
  for (std::int64_t l : lateness) late += l > 200'000 ? 1 : 0;
  QCOMPARE(s.late, late);
  QVERIFY(s.late >= 3);              // arrivals 3, 4 and 5 were due during the stall
  QVERIFY(lateness[3] > 2'000'000);  // reported against its own scheduled time
  QVERIFY(s.maxLatenessNs >= static_cast<double>(lateness[3]));
}

void TestRealLoad::stopEndsTheOpenLoopEarly() {
  const std::vector<std::int64_t> sched{1'000'000, 60'000'000'000};  // the second a minute away
  std::atomic<bool> stop{false};
  OpenLoopGenerator gen(sched, Clock::now());
  std::thread stopper([&] {
    std::this_thread::sleep_for(30ms);
    stop = true;
  });
  const auto t0 = Clock::now();
  const LoadStats s = gen.run([](std::size_t, std::int64_t) { return true; }, stop);
  stopper.join();
  QCOMPARE(s.emitted, std::uint64_t(1));
  QVERIFY(s.stopped);
  QVERIFY(Clock::now() - t0 < 1s);
}

void TestRealLoad::closedLoopClientsWaitForTheirAnswer() {
  constexpr int kClients = 4;
  constexpr std::size_t kMaxRequests = 100'000;
  WorkKernel::calibrated();  // calibrate before the clock runs, not inside the first request
  const auto epoch = Clock::now();
  ClosedLoopGenerator gen(kClients, 0.0005, 7, epoch);
  std::vector<int> clientOf(kMaxRequests, -1);
  std::vector<std::int64_t> scheduledAt(kMaxRequests, -1);
  std::uint64_t nextId = 0;

  RuntimeConfig cfg;
  cfg.workers = 2;
  cfg.spinNs = 0;
  cfg.epoch = epoch;
  cfg.logCapacity = kMaxRequests;
  RuntimeHooks hooks;
  hooks.worker = [](int, std::uint64_t) { WorkKernel::calibrated().run(100'000); };
  hooks.done = [&](int, std::uint64_t id, std::int64_t finishNs) { gen.complete(clientOf[id], finishNs); };
  Runtime rt(cfg, hooks);
  rt.start();
  std::atomic<bool> stop{false};
  const LoadStats s = gen.run(
      [&](int client, std::int64_t scheduled) {
        if (nextId >= kMaxRequests) return false;
        clientOf[nextId] = client;  // written before submit publishes the id
        scheduledAt[nextId] = scheduled;
        return rt.submit(nextId++);
      },
      500'000'000, stop);
  rt.closeInput();
  QVERIFY(rt.waitFor(20'000'000'000));
  rt.join();
  QVERIFY(s.emitted >= kClients);  // every client got to send (counts depend on the machine)
  QCOMPARE(rt.completed(), nextId);
  // Per client: each request is sent only after the previous one finished (one outstanding).
  std::vector<std::int64_t> lastFinish(kClients, -1);
  std::vector<int> perClient(kClients, 0);
  for (std::uint64_t id = 0; id < nextId; ++id) {
    const int c = clientOf[id];
    QVERIFY(c >= 0 && c < kClients);
    const ItemTimes& it = rt.log()[id];
    QVERIFY2(it.submitted >= lastFinish[static_cast<std::size_t>(c)],
             qPrintable(QString("client %1 sent request %2 before its previous answer").arg(c).arg(id)));
    QVERIFY(scheduledAt[id] >= lastFinish[static_cast<std::size_t>(c)]);  // think time starts at the answer
    lastFinish[static_cast<std::size_t>(c)] = it.workerFinish;
    ++perClient[static_cast<std::size_t>(c)];
  }
  for (int c = 0; c < kClients; ++c) QVERIFY(perClient[static_cast<std::size_t>(c)] > 0);
}

QTEST_APPLESS_MAIN(TestRealLoad)
#include "test_real_load.moc"
