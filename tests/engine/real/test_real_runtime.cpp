// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <thread>
#include <vector>

#include "amp/real/cpu_topology.h"
#include "amp/real/honest_outcome.h"
#include "amp/real/host_stretch.h"
#include "amp/real/pin.h"
#include "amp/real/runtime.h"
#include "amp/real/scheduled_receiver.h"
#include "amp/real/work_kernel.h"

using namespace amp::real;
using namespace std::chrono_literals;

namespace {
double msSince(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}
}  // namespace

class TestRealRuntime : public QObject {
  Q_OBJECT
 private slots:
  void pinReadBackOnCpu0And1();
  void runtimeThreadsRunWherePlaced();
  void everyItemOnceInEachDispatchMode_data();
  void everyItemOnceInEachDispatchMode();
  void shortestQueueAvoidsTheBusyWorker();
  void fullWorkerRingDropsAreCounted();
  void cancelUnderFullLoadReturnsWithin100ms();
  void throwingWorkItemFailsTheRun();
  void throwingMasterFailsTheRun();
  void workKernelStopsWhenAsked();
  void serviceClocksMeanWhatTheySay();
  void calibrationIsTakenOnEachCpu();
  void workServicesAreCountedWhereTheyRan();
  void honestOutcomeReportsDriftPerSeat();
  void hostStretchComparesWithWhatWasDrawn();
  void receiverDropsWhatArrivesToAFullRing();
  void receiverEndedEarlyTakesNoLaterArrival();
  void receivingMasterTakesEveryItemOnTime();
};

void TestRealRuntime::pinReadBackOnCpu0And1() {
  const auto usable = CpuTopology::probe().usableCpus();
  if (usable.size() < 2 || usable[0] != 0 || usable[1] != 1) QSKIP("needs CPUs 0 and 1 in the affinity mask");
  const auto before = threadAffinity();
  for (int cpu : {0, 1, 0}) {
    const PinResult r = pinThread(cpu);
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(r.cpuSeen, cpu);
    QCOMPARE(currentCpu(), cpu);
    QCOMPARE(threadAffinity(), std::vector<int>{cpu});
  }
  QVERIFY(setThreadAffinity(before));
  const PinResult bad = pinThread(100000);
  QVERIFY(!bad.ok);
  QVERIFY(!bad.error.empty());
}

void TestRealRuntime::runtimeThreadsRunWherePlaced() {
  const auto usable = CpuTopology::probe().usableCpus();
  if (usable.size() < 2) QSKIP("needs two CPUs");
  RuntimeConfig cfg;
  cfg.workers = 2;
  cfg.placement.masterCpu = usable[0];
  cfg.placement.workerCpus = {usable[1], usable[1]};
  cfg.spinNs = 0;
  RuntimeHooks hooks;
  hooks.worker = [](int, std::uint64_t) { WorkKernel::runUnits(100); };
  Runtime rt(cfg, hooks);
  rt.start();
  for (std::uint64_t i = 0; i < 2000; ++i) QVERIFY(rt.submit(i));
  rt.closeInput();
  QVERIFY(rt.waitFor(20'000'000'000));
  rt.join();
  QVERIFY(!rt.failed());
  QCOMPARE(rt.completed(), std::uint64_t(2000));
  const auto pl = rt.placements();
  QCOMPARE(pl.size(), std::size_t(3));
  QCOMPARE(pl[0].thread, std::string("master"));
  QCOMPARE(pl[0].requestedCpu, usable[0]);
  QVERIFY(pl[0].pinned);
  QCOMPARE(pl[0].cpusSeen, std::vector<int>{usable[0]});
  for (int w = 1; w <= 2; ++w) {
    QCOMPARE(pl[static_cast<std::size_t>(w)].requestedCpu, usable[1]);
    QVERIFY(pl[static_cast<std::size_t>(w)].pinned);
    QCOMPARE(pl[static_cast<std::size_t>(w)].cpusSeen, std::vector<int>{usable[1]});
  }
}

void TestRealRuntime::everyItemOnceInEachDispatchMode_data() {
  QTest::addColumn<int>("mode");
  QTest::newRow("shared") << static_cast<int>(Dispatch::Shared);
  QTest::newRow("round robin") << static_cast<int>(Dispatch::RoundRobin);
  QTest::newRow("shortest queue") << static_cast<int>(Dispatch::ShortestQueue);
}

void TestRealRuntime::everyItemOnceInEachDispatchMode() {
  QFETCH(int, mode);
  constexpr std::uint64_t kN = 20'000;
  constexpr int kWorkers = 3;
  RuntimeConfig cfg;
  cfg.workers = kWorkers;
  cfg.dispatch = static_cast<Dispatch>(mode);
  cfg.ringCapacity = 16;  // small, so back-pressure happens too
  cfg.inputCapacity = 64;
  cfg.logCapacity = kN;
  cfg.spinNs = 0;  // threads outnumber the CPUs here
  std::vector<std::atomic<int>> doneCount(kN);
  RuntimeHooks hooks;
  hooks.done = [&](int, std::uint64_t id, std::int64_t) {
    doneCount[id].fetch_add(1, std::memory_order_relaxed);
  };
  Runtime rt(cfg, hooks);
  rt.start();
  for (std::uint64_t i = 0; i < kN; ++i) QVERIFY(rt.submit(i));
  rt.closeInput();
  QVERIFY(rt.waitFor(60'000'000'000));
  rt.join();
  QVERIFY(!rt.failed());
  QCOMPARE(rt.completed(), kN);
  QCOMPARE(rt.handoffs(), kN);
  std::vector<int> perWorker(kWorkers, 0);
  for (std::uint64_t i = 0; i < kN; ++i) {
    QCOMPARE(doneCount[i].load(), 1);
    const ItemTimes& it = rt.log()[i];
    QVERIFY(it.submitted >= 0);
    QVERIFY(it.submitted <= it.masterStart);
    QVERIFY(it.masterStart <= it.masterFinish);
    QVERIFY(it.masterFinish <= it.handedOff);
    QVERIFY(it.workerStart <= it.workerFinish);
    QVERIFY(it.worker >= 0 && it.worker < kWorkers);
    QCOMPARE(it.dropped, std::uint8_t(0));
    ++perWorker[static_cast<std::size_t>(it.worker)];
  }
  if (cfg.dispatch == Dispatch::RoundRobin)
    for (int w = 0; w < kWorkers; ++w)
      QCOMPARE(perWorker[static_cast<std::size_t>(w)],
               static_cast<int>(kN / kWorkers) + (w < static_cast<int>(kN % kWorkers) ? 1 : 0));
}

void TestRealRuntime::shortestQueueAvoidsTheBusyWorker() {
  // Worker 0 is stuck on item 0 until released; the shortest-queue master must send the rest
  // to worker 1, whose queue drains.
  RuntimeConfig cfg;
  cfg.workers = 2;
  cfg.dispatch = Dispatch::ShortestQueue;
  cfg.logCapacity = 50;
  cfg.spinNs = 0;
  std::atomic<bool> release{false};
  RuntimeHooks hooks;
  hooks.worker = [&](int, std::uint64_t id) {
    if (id == 0)
      while (!release.load()) std::this_thread::sleep_for(1ms);
  };
  Runtime rt(cfg, hooks);
  rt.start();
  QVERIFY(rt.submit(0));
  while (rt.depths().workersBusy == 0) std::this_thread::sleep_for(1ms);
  for (std::uint64_t i = 1; i < 50; ++i) {
    QVERIFY(rt.submit(i));
    std::this_thread::sleep_for(2ms);  // time for worker 1 to finish each one
  }
  release = true;
  rt.closeInput();
  QVERIFY(rt.waitFor(20'000'000'000));
  rt.join();
  int onBusy = 0;
  for (std::uint64_t i = 1; i < 50; ++i) onBusy += rt.log()[i].worker == 0 ? 1 : 0;
  // With worker 0 holding item 0 its outstanding count is >= 1, so it only wins ties it cannot
  // have: every later item goes to worker 1 unless worker 1 had a backlog of two or more.
  QVERIFY2(onBusy < 5, qPrintable(QString("%1 items went to the blocked worker").arg(onBusy)));
}

void TestRealRuntime::fullWorkerRingDropsAreCounted() {
  RuntimeConfig cfg;
  cfg.workers = 1;
  cfg.ringCapacity = 4;
  cfg.ringFull = FullPolicy::Drop;
  cfg.logCapacity = 100;
  cfg.spinNs = 0;
  std::atomic<bool> release{false};
  RuntimeHooks hooks;
  hooks.worker = [&](int, std::uint64_t) {
    while (!release.load()) std::this_thread::sleep_for(1ms);
  };
  Runtime rt(cfg, hooks);
  rt.start();
  for (std::uint64_t i = 0; i < 100; ++i) QVERIFY(rt.submit(i));
  // Wait until the master has dispatched or dropped everything, then let the worker go.
  while (rt.processed() < 100) std::this_thread::sleep_for(1ms);
  release = true;
  rt.closeInput();
  QVERIFY(rt.waitFor(20'000'000'000));
  rt.join();
  std::uint64_t dropped = 0;
  for (const auto& it : rt.log()) dropped += it.dropped == 2 ? 1 : 0;
  QVERIFY(rt.ringDrops() > 0);
  QCOMPARE(dropped, rt.ringDrops());
  QCOMPARE(rt.completed() + rt.ringDrops(), std::uint64_t(100));
}

void TestRealRuntime::cancelUnderFullLoadReturnsWithin100ms() {
  const WorkKernel& kernel = WorkKernel::calibrated();
  RuntimeConfig cfg;
  cfg.workers = 2;
  cfg.inputCapacity = 4;
  cfg.ringCapacity = 4;
  cfg.spinNs = 0;
  const std::atomic<bool>* stop = nullptr;
  RuntimeHooks hooks;
  hooks.master = [&](std::uint64_t) { kernel.run(1'000'000, stop); };
  hooks.worker = [&](int, std::uint64_t) { kernel.run(60'000'000'000, stop); };  // minute-long items
  Runtime rt(cfg, hooks);
  stop = &rt.stopFlag();
  rt.start();
  std::atomic<std::uint64_t> submitted{0};
  std::thread producer([&] {
    for (std::uint64_t i = 0; rt.submit(i); ++i) submitted = i + 1;  // blocks on the full input ring
  });
  // Full load: every ring full, both workers inside long items, the producer blocked. Waited
  // for rather than slept for, so a busy machine only makes the test slower.
  const auto t0 = Clock::now();
  auto full = [&] {
    const Runtime::Depths d = rt.depths();
    return d.master == 4 && d.workersQueued == 8 && d.workersBusy == 2;
  };
  while (!full() && msSince(t0) < 20'000) std::this_thread::sleep_for(1ms);
  QVERIFY(full());
  const auto c0 = Clock::now();
  rt.cancel();
  const double cancelMs = msSince(c0);
  producer.join();
  const double allMs = msSince(c0);
  QVERIFY2(cancelMs < 100.0, qPrintable(QString("cancel took %1 ms").arg(cancelMs)));
  QVERIFY2(allMs < 100.0, qPrintable(QString("the blocked producer returned after %1 ms").arg(allMs)));
  QVERIFY(!rt.failed());
  QCOMPARE(rt.completed(), std::uint64_t(0));  // nothing finished: the minute-long items were cut short
}

void TestRealRuntime::throwingWorkItemFailsTheRun() {
  RuntimeConfig cfg;
  cfg.workers = 2;
  cfg.spinNs = 0;
  RuntimeHooks hooks;
  hooks.worker = [](int, std::uint64_t id) {
    if (id == 7) throw std::runtime_error("boom at 7");
  };
  Runtime rt(cfg, hooks);
  rt.start();
  for (std::uint64_t i = 0; i < 1000; ++i)
    if (!rt.submit(i)) break;  // refused once the run is failing
  rt.closeInput();
  QVERIFY(rt.waitFor(20'000'000'000));  // no hang
  rt.join();
  QVERIFY(rt.failed());
  QVERIFY2(rt.error().find("boom at 7") != std::string::npos, rt.error().c_str());
  QVERIFY2(rt.error().rfind("worker ", 0) == 0, rt.error().c_str());
  QVERIFY(rt.completed() < 1000);
}

void TestRealRuntime::throwingMasterFailsTheRun() {
  RuntimeConfig cfg;
  cfg.workers = 1;
  cfg.spinNs = 0;
  RuntimeHooks hooks;
  hooks.master = [](std::uint64_t id) {
    if (id == 3) throw std::logic_error("master gave up");
  };
  Runtime rt(cfg, hooks);
  rt.start();
  for (std::uint64_t i = 0; i < 10; ++i) rt.submit(i);
  QVERIFY(rt.waitFor(20'000'000'000));  // input still open: the failure alone ends the run
  rt.join();
  QCOMPARE(rt.error(), std::string("master: master gave up"));
  QVERIFY(rt.completed() <= 3);  // items after the failing one never reach a worker
}

void TestRealRuntime::serviceClocksMeanWhatTheySay() {
  ServiceClock c{};
  QVERIFY(parseServiceClock("time", c) && c == ServiceClock::Time);
  QVERIFY(parseServiceClock("work", c) && c == ServiceClock::Work);
  QVERIFY(!parseServiceClock("wall", c));
  const WorkKernel& k = WorkKernel::calibrated();
  QCOMPARE(k.clock(), ServiceClock::Time);
  QCOMPARE(k.withClock(ServiceClock::Work).clock(), ServiceClock::Work);
  // Every usable CPU was calibrated on itself.
  for (int cpu : CpuTopology::probe().usableCpus()) QVERIFY(k.nsPerUnit(cpu) > 0);
  // The time clock never ends a service before its requested time (it may end later when the
  // host takes the CPU away at the deadline).
  for (std::int64_t ns : {50'000LL, 300'000LL, 2'000'000LL}) {
    const auto t0 = Clock::now();
    k.run(ns);
    QVERIFY(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count() >= ns);
  }
  // Under the work clock a request is computation in proportion to its length, on any CPU.
  const WorkKernel w = k.withClock(ServiceClock::Work);
  for (int cpu : CpuTopology::probe().usableCpus())
    QVERIFY(w.unitsFor(2'000'000, cpu) >= 2 * w.unitsFor(1'000'000, cpu) - 1);
}

void TestRealRuntime::workKernelStopsWhenAsked() {
  const WorkKernel& k = WorkKernel::calibrated();
  QVERIFY(k.nsPerUnit() > 0);
  QVERIFY(k.calibrationError() >= 0);
  QCOMPARE(k.unitsFor(0), std::uint64_t(0));
  QVERIFY(k.unitsFor(2'000'000) >= 2 * k.unitsFor(1'000'000) - 1);
  std::atomic<bool> stop{true};
  const auto t0 = Clock::now();
  k.run(60'000'000'000, &stop);  // a minute of work, stopped at the first check
  QVERIFY(msSince(t0) < 1000.0);
  // Fresh threads start at the same buffer position: the same units give the same checksum,
  // so the work is real computation, not a timed spin.
  std::uint64_t a = 0, b = 0;
  std::thread ta([&] { a = WorkKernel::runUnits(1000); });
  ta.join();
  std::thread tb([&] { b = WorkKernel::runUnits(1000); });
  tb.join();
  QCOMPARE(a, b);
  QVERIFY(a != 0);
}

void TestRealRuntime::calibrationIsTakenOnEachCpu() {
  const WorkKernel& k = WorkKernel::calibrated();
  const std::vector<int> usable = CpuTopology::probe().usableCpus();
  // Each usable CPU was measured by a thread pinned there, and a seat on it gets that CPU's speed.
  QCOMPARE(k.calibratedCpus(), usable);
  for (int cpu : usable) {
    const KernelCheck c = k.calibrationOn(cpu);
    QCOMPARE(c.cpu, cpu);
    QVERIFY(c.nsPerUnit > 0);
    QCOMPARE(k.nsPerUnit(cpu), c.nsPerUnit);
    QVERIFY(c.spread >= 0);
    QVERIFY(c.preempted >= 0 && c.preempted <= 1);
  }
  QCOMPARE(k.calibrationOn(100000).cpu, -1);
  QVERIFY(k.calibrationPreempted() >= 0 && k.calibrationPreempted() <= 1);
  // The central value of the per-CPU speeds lies between the slowest and the fastest CPU.
  double lo = 1e300, hi = 0;
  for (int cpu : usable) {
    lo = std::min(lo, k.nsPerUnit(cpu));
    hi = std::max(hi, k.nsPerUnit(cpu));
  }
  QVERIFY(k.nsPerUnit() >= lo && k.nsPerUnit() <= hi);
}

void TestRealRuntime::workServicesAreCountedWhereTheyRan() {
  const std::vector<int> usable = CpuTopology::probe().usableCpus();
  const int cpu = usable.back();
  const WorkKernel w = WorkKernel::calibrated().withClock(ServiceClock::Work);
  const WorkKernel t = WorkKernel::calibrated().withClock(ServiceClock::Time);
  const WorkKernel copy = w;  // a copy counts into the same record, as a lab's seats do
  std::thread seat([&] {
    if (!pinThread(cpu).ok) return;
    w.run(100'000);
    copy.run(300'000);
    t.run(100'000);
  });
  seat.join();
  if (threadAffinity().size() > 1 && w.services(cpu) == 0) QSKIP("pinning refused");
  QCOMPARE(w.services(cpu), std::uint64_t(2));
  QCOMPARE(w.meanServiceNs(cpu), std::int64_t(200'000));
  QCOMPARE(t.services(cpu), std::uint64_t(0));  // the time clock needs no record
  for (int other : usable)
    if (other != cpu) QCOMPARE(w.services(other), std::uint64_t(0));
  // A fresh withClock() starts a fresh record.
  QCOMPARE(WorkKernel::calibrated().withClock(ServiceClock::Work).services(cpu), std::uint64_t(0));
  // The re-check measures on that CPU, at the run's own service time unless told otherwise.
  const KernelCheck c = w.recheck(cpu);
  QCOMPARE(c.cpu, cpu);
  QCOMPARE(c.serviceNs, std::int64_t(200'000));
  QVERIFY(c.nsPerUnit > 0);
  QVERIFY(c.error >= 0);
  QCOMPARE(w.recheck(cpu, 50'000).serviceNs, std::int64_t(50'000));
}

void TestRealRuntime::honestOutcomeReportsDriftPerSeat() {
  const std::vector<int> usable = CpuTopology::probe().usableCpus();
  const int cpu = usable.back();
  for (ServiceClock clock : {ServiceClock::Work, ServiceClock::Time}) {
    const WorkKernel k = WorkKernel::calibrated().withClock(clock);
    std::thread seat([&] {
      if (pinThread(cpu).ok) k.run(200'000);
    });
    seat.join();
    HonestOutcome honest(HostState::probe());
    honest.setPlacements({amp::run::ThreadPlacement{"worker 1", cpu, true, {cpu}}});
    honest.noteKernel(k);
    const RunReport r = honest.finish();
    // The host record keeps the calibration of the seat's CPU under either clock.
    QVERIFY(r.facts.count("work_ns_per_unit_worker_1") == 1);
    QCOMPARE(r.facts.at("work_ns_per_unit_worker_1"), k.nsPerUnit(cpu));
    QVERIFY(r.facts.count("work_ns_per_unit_spread_worker_1") == 1);
    QVERIFY(r.facts.count("calibration_preempted") == 1);
    QVERIFY(r.labels.count("work_calibration") == 1);
    const std::string& record = r.labels.at("work_calibration");
    QVERIFY2(record.find("worker 1 CPU " + std::to_string(cpu)) == 0, record.c_str());
    if (clock == ServiceClock::Time) {
      // Nothing to re-check: the calibration does not decide a time-clock service's length.
      QVERIFY(r.facts.count("work_drift") == 0);
      QVERIFY(r.facts.count("work_drift_worker_1") == 0);
      continue;
    }
    // The work clock's seat CPU was measured again after the run, at the run's service time.
    for (const char* key :
         {"work_drift", "work_error_at_service", "work_drift_worker_1", "work_error_worker_1",
          "work_recheck_ns_per_unit_worker_1", "work_service_ms_worker_1"})
      QVERIFY2(r.facts.count(key) == 1, key);
    QCOMPARE(r.facts.at("work_service_ms_worker_1"), 0.2);
    QCOMPARE(r.facts.at("work_drift"), r.facts.at("work_drift_worker_1"));
    QCOMPARE(r.facts.at("work_drift_worker_1"),
             r.facts.at("work_recheck_ns_per_unit_worker_1") / k.nsPerUnit(cpu) - 1.0);
    QVERIFY2(record.find("after the run") != std::string::npos, record.c_str());
    // Past the threshold the drift is a warning that names the CPU and the seat.
    const bool warned = std::any_of(r.warnings.begin(), r.warnings.end(), [&](const std::string& w) {
      return w.find("CPU " + std::to_string(cpu) + " (worker 1)") != std::string::npos;
    });
    QCOMPARE(warned, std::abs(r.facts.at("work_drift")) > 0.05);
  }
}

void TestRealRuntime::hostStretchComparesWithWhatWasDrawn() {
  // Three items drew 2, 4 and 6 ms; the first two ran 3 and 5 ms, the third never finished.
  std::vector<ItemTimes> log(3);
  log[0].masterStart = 0, log[0].masterFinish = 3'000'000;
  log[1].masterStart = 10'000'000, log[1].masterFinish = 15'000'000;
  log[2].masterStart = 20'000'000;  // still running: neither its time nor its draw counts
  const std::vector<std::int64_t> drawn{2'000'000, 4'000'000, 6'000'000};
  const double s = hostStretch(log, drawn, &ItemTimes::masterStart, &ItemTimes::masterFinish);
  QCOMPARE(s, 8.0 / 6.0);
  // A stage no item reached has no stretch to report.
  QCOMPARE(hostStretch(log, drawn, &ItemTimes::workerStart, &ItemTimes::workerFinish), 0.0);
}

void TestRealRuntime::receiverDropsWhatArrivesToAFullRing() {
  // Five arrivals 10 ns apart into a ring of 2; the consumer is away until t = 100. A NIC's ring
  // then holds the first two; the three that came while it was full are dropped.
  ScheduledReceiver away({0, 10, 20, 30, 40}, 2);
  QVERIFY(!away.take(-1));  // nothing is due before the first arrival
  QCOMPARE(away.waiting(35), std::size_t(4));
  QCOMPARE(*away.take(100), std::uint64_t(0));
  QCOMPARE(*away.take(100), std::uint64_t(1));
  QVERIFY(!away.take(100));
  QCOMPARE(away.drops(), std::uint64_t(3));
  QVERIFY(away.exhausted());
  QCOMPARE(away.decided(), std::uint64_t(5));

  // Taken at t = 15 and 25, the ring holds at most one at each later arrival: nothing drops, and
  // an arrival after the ring drained again is accepted.
  ScheduledReceiver keeping({0, 10, 20, 30, 40}, 2);
  QCOMPARE(*keeping.take(15), std::uint64_t(0));
  QCOMPARE(*keeping.take(25), std::uint64_t(1));
  QCOMPARE(*keeping.take(25), std::uint64_t(2));
  QCOMPARE(*keeping.take(50), std::uint64_t(3));
  QCOMPARE(*keeping.take(50), std::uint64_t(4));
  QCOMPARE(keeping.drops(), std::uint64_t(0));

  // Unbounded: the same late consumer loses nothing.
  ScheduledReceiver unbounded({0, 10, 20, 30, 40}, 0);
  for (std::uint64_t i = 0; i < 5; ++i) QCOMPARE(*unbounded.take(100), i);
  QCOMPARE(unbounded.drops(), std::uint64_t(0));
}

void TestRealRuntime::receiverEndedEarlyTakesNoLaterArrival() {
  ScheduledReceiver rx({0, 10, 20, 30, 40}, 0);
  QCOMPARE(*rx.take(5), std::uint64_t(0));
  rx.endAt(25);  // the load ends: 10 and 20 still come, 30 and 40 never do
  QCOMPARE(rx.comingTotal(), std::uint64_t(3));
  QCOMPARE(rx.lastDueNs(), std::int64_t(20));
  QCOMPARE(rx.waiting(100), std::size_t(2));  // what never comes never waits
  QCOMPARE(*rx.take(100), std::uint64_t(1));
  QCOMPARE(*rx.take(100), std::uint64_t(2));
  QVERIFY(!rx.take(100));
  QVERIFY(rx.exhausted());
}

void TestRealRuntime::receivingMasterTakesEveryItemOnTime() {
  // 400 items 50 µs apart, received by the master itself: every one is served once, none before
  // its time, no generator seat exists, and the load's record counts them with nothing late.
  constexpr std::uint64_t kN = 400;
  RuntimeConfig cfg;
  cfg.workers = 1;
  cfg.logCapacity = kN;
  cfg.spinNs = 0;  // CI may have fewer cores than seats
  cfg.epoch = Clock::now() + 20ms;
  std::vector<std::int64_t> at;
  for (std::uint64_t i = 0; i < kN; ++i) at.push_back(static_cast<std::int64_t>(i) * 50'000);
  Runtime rt(cfg, RuntimeHooks{});
  rt.receiveOnMaster(at);
  rt.start();
  const DriveResult end = rt.drive(5.0);
  QVERIFY(!end.cancelled);
  QVERIFY(!rt.failed());
  QCOMPARE(rt.completed(), kN);
  QCOMPARE(end.load.emitted, kN);
  QCOMPARE(end.load.late, std::uint64_t(0));
  QCOMPARE(end.unfinished, std::uint64_t(0));
  for (std::uint64_t i = 0; i < kN; ++i) {
    const ItemTimes& it = rt.log()[i];
    QCOMPARE(it.submitted, at[i]);  // it arrived when the schedule says
    QVERIFY(it.masterStart >= at[i]);
    QVERIFY(it.workerFinish >= it.masterFinish);
  }
  for (const auto& p : rt.harness().placements()) QVERIFY(p.thread != "generator");
}

QTEST_APPLESS_MAIN(TestRealRuntime)
#include "test_real_runtime.moc"
