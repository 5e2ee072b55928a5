// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <dirent.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QtTest>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "amp/real/harness.h"
#include "amp/real/load_generator.h"
#include "amp/real/spsc_ring.h"

using namespace amp::real;
using amp::observe::Observation;
using amp::observe::ObsKind;
using namespace std::chrono_literals;

namespace {

#if defined(__SANITIZE_THREAD__)
constexpr std::uint64_t kMessages = 100'000;
constexpr int kCycles = 40;
#else
constexpr std::uint64_t kMessages = 1'000'000;
constexpr int kCycles = 200;
#endif

double msSince(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

/// Our children that still exist in any state (zombies included): /proc/*/stat whose ppid is us.
std::vector<int> childrenOfThisProcess() {
  std::vector<int> out;
  DIR* d = opendir("/proc");
  if (d == nullptr) return out;
  while (dirent* e = readdir(d)) {
    const int pid = std::atoi(e->d_name);
    if (pid <= 0) continue;
    std::ifstream f("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(f, line)) continue;
    // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ')'.
    const auto close = line.rfind(')');
    if (close == std::string::npos) continue;
    char state = 0;
    int ppid = 0;
    if (std::sscanf(line.c_str() + close + 1, " %c %d", &state, &ppid) == 2 && ppid == getpid())
      out.push_back(pid);
  }
  closedir(d);
  return out;
}

int countEntries(const char* dir) {
  int n = 0;
  if (DIR* d = opendir(dir)) {
    while (readdir(d) != nullptr) ++n;
    closedir(d);
  }
  return n;
}

bool processGone(pid_t pid) {
  std::ifstream f("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(f, line)) return true;
  const auto close = line.rfind(')');
  return close != std::string::npos && line.size() > close + 2 &&
         line[close + 2] == 'Z';  // dead, not yet reaped by init
}

/// A seat that sleeps in short naps until asked to stop.
void napUntilStopped(Seat& seat) {
  while (!seat.stopping()) std::this_thread::sleep_for(1ms);
}

/// CPU time this process has used, in ms.
double cpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

SeatSpec logged(SeatSpec s, std::size_t capacity) {
  s.logCapacity = capacity;
  return s;
}

Observation stateAt(std::int64_t t, std::uint64_t entity) {
  Observation o;
  o.timeNs = t;
  o.entity = entity;
  o.kind = ObsKind::State;
  return o;
}

HarnessConfig quietConfig() {
  HarnessConfig c;
  c.host = HostState::probe();
  c.lead = 5ms;
  return c;
}

}  // namespace

class TestRealHarness : public QObject {
  Q_OBJECT
 private slots:
  void threadAndProcessSeatsExchangeMessages();
  void seatsRunWherePlacedAndStartAtTheEpoch();
  void killedProcessSeatIsDetectedAtOnce();
  void scheduledKillIsObservedOnTime();
  void stallFaultPausesAThreadSeat();
  void dropFaultLosesTheAskedFraction();
  void cancelStopsEverySeatAndLeavesNoChild();
  void startCancelCyclesLeakNothing();
  void forbiddenSyscallKillsAFilteredSeat();
  void childrenDieWithTheirParent();
  void throwingSeatFailsTheRunWithItsMessage();
  void logsMergeInTimeOrder();
  void everyWakeMechanismWakesAndTimesOut_data();
  void everyWakeMechanismWakesAndTimesOut();
  void sameHostGivesTheSameWarnings();
  void backgroundLoadIsSaidInTheOutcome();
};

void TestRealHarness::threadAndProcessSeatsExchangeMessages() {
  // producer (thread) -> echo (process) -> consumer (thread), through rings in shared memory.
  HarnessConfig cfg = quietConfig();
  cfg.sharedBytes = 2 * SharedArena::ringBytes<std::uint64_t>(4096) + 256;
  Harness h(std::move(cfg));
  auto* toEcho = h.arena().makeRing<std::uint64_t>(4096);
  auto* back = h.arena().makeRing<std::uint64_t>(4096);
  auto* received = h.arena().make<std::atomic<std::uint64_t>>(0);
  auto* outOfOrder = h.arena().make<std::atomic<std::uint64_t>>(0);
  h.addSeat(threadSeat(
      "producer",
      [&](Seat& s) {
        for (std::uint64_t i = 0; i < kMessages && !s.stopping(); ++i)
          toEcho->push(i, FullPolicy::Wait, &s.stopFlag());
      },
      kUnpinned));
  h.addSeat(processSeat(
      "echo",
      [&](Seat& s) {
        std::uint64_t v = 0, n = 0;
        while (n < kMessages && !s.stopping()) {
          if (!toEcho->tryPop(v)) {
            cpuRelax();
            continue;
          }
          back->push(v, FullPolicy::Wait, &s.stopFlag());
          ++n;
        }
      },
      kUnpinned));
  h.addSeat(threadSeat(
      "consumer",
      [&](Seat& s) {
        std::uint64_t v = 0, expect = 0;
        while (expect < kMessages && !s.stopping()) {
          if (!back->tryPop(v)) {
            cpuRelax();
            continue;
          }
          if (v != expect) outOfOrder->fetch_add(1);
          ++expect;
        }
        received->store(expect);
      },
      kUnpinned));
  h.start();
  QVERIFY(h.waitFor(120'000'000'000));
  const HarnessEnd end = h.finish(1.0);
  QVERIFY2(!end.failed, h.error().c_str());
  QCOMPARE(received->load(), kMessages);
  QCOMPARE(outOfOrder->load(), std::uint64_t{0});
  QVERIFY(childrenOfThisProcess().empty());
}

void TestRealHarness::seatsRunWherePlacedAndStartAtTheEpoch() {
  const auto usable = CpuTopology::probe().usableCpus();
  if (usable.size() < 2) QSKIP("needs two CPUs");
  HarnessConfig cfg = quietConfig();
  cfg.lead = 30ms;
  Harness h(std::move(cfg));
  h.addSeat(logged(threadSeat("a",
                              [](Seat& s) {
                                s.noteCpu();
                                s.record(stateAt(s.nowNs(), 0));
                              }),
                   1));
  h.addSeat(logged(processSeat("b",
                               [](Seat& s) {
                                 s.noteCpu();
                                 s.record(stateAt(s.nowNs(), 0));
                               }),
                   1));
  h.start();
  QVERIFY(h.waitFor(10'000'000'000));
  h.finish(1.0);
  const RunReport r = h.outcome().finish();
  QCOMPARE(r.placements.size(), std::size_t{2});
  for (const auto& p : r.placements) {
    QVERIFY2(p.requestedCpu >= 0, p.thread.c_str());
    QVERIFY2(p.pinned, (p.thread + " not pinned").c_str());
    QCOMPARE(p.cpusSeen, std::vector<int>{p.requestedCpu});
  }
  QVERIFY(r.placements[0].requestedCpu != r.placements[1].requestedCpu);  // busy seats apart
  // Both bodies began at (not before) the shared epoch, a thread and a process alike.
  for (int s = 0; s < 2; ++s) {
    QCOMPARE(h.logSize(s), std::size_t{1});
    QVERIFY(h.log(s)[0].timeNs >= 0);
  }
}

void TestRealHarness::killedProcessSeatIsDetectedAtOnce() {
  Harness h(quietConfig());
  const int victim = h.addSeat(processSeat("victim", napUntilStopped, kUnpinned));
  h.start();
  QVERIFY(!h.waitFor(20'000'000));  // still running
  const pid_t pid = h.pid(victim);
  QVERIFY(pid > 0);
  const auto t0 = Clock::now();
  kill(pid, SIGKILL);
  QVERIFY(!h.waitFor(5'000'000'000));  // ends at once: the run failed
  const double ms = msSince(t0);
  qInfo("killed process seat noticed after %.3f ms", ms);
  QVERIFY2(ms < 100.0, "detection bound 10 ms, with the tests' ×10 margin");
  QVERIFY2(h.error().find("victim: killed by signal 9") != std::string::npos, h.error().c_str());
  h.finish(0);
  QVERIFY(childrenOfThisProcess().empty());
}

void TestRealHarness::scheduledKillIsObservedOnTime() {
  std::vector<double> errorsMs;
  for (int rep = 0; rep < 5; ++rep) {
    HarnessConfig cfg = quietConfig();
    cfg.faults = amp::sim::FaultSchedule::parse("kill master@0.05");
    cfg.horizonS = 1;
    Harness h(std::move(cfg));
    h.addSeat(processSeat("master", napUntilStopped, kUnpinned));
    h.addSeat(threadSeat("worker", napUntilStopped, kUnpinned));
    h.start();
    h.waitFor(300'000'000);
    h.finish(0);
    QVERIFY2(h.error().empty(), h.error().c_str());  // a scheduled kill is an incident, not a failure
    struct Collect : amp::observe::ObservationSink {
      std::vector<Observation> all;
      void observe(const Observation& o) override { all.push_back(o); }
    } sink;
    amp::observe::Recorder rec(nullptr, &sink);
    h.mergeLogs(rec);
    auto fault = std::find_if(sink.all.begin(), sink.all.end(),
                              [](const Observation& o) { return o.kind == ObsKind::Fault; });
    auto detect = std::find_if(sink.all.begin(), sink.all.end(),
                               [](const Observation& o) { return o.kind == ObsKind::Detect; });
    QVERIFY(fault != sink.all.end());
    QVERIFY(detect != sink.all.end());
    QCOMPARE(fault->entity, std::uint64_t{0});
    QVERIFY(detect->timeNs >= fault->timeNs);
    errorsMs.push_back(std::abs(fault->timeNs / 1e6 - 50.0));
  }
  std::sort(errorsMs.begin(), errorsMs.end());
  qInfo("scheduled kill: median |error| %.3f ms", errorsMs[errorsMs.size() / 2]);
  QVERIFY2(errorsMs[errorsMs.size() / 2] < 50.0, "bound 5 ms, with the tests' ×10 margin");
}

void TestRealHarness::stallFaultPausesAThreadSeat() {
  HarnessConfig cfg = quietConfig();
  cfg.faults = amp::sim::FaultSchedule::parse("stall worker@0.02+0.1");
  cfg.horizonS = 1;
  Harness h(std::move(cfg));
  std::atomic<std::int64_t> longestGapNs{0};
  h.addSeat(threadSeat(
      "worker",
      [&](Seat& s) {
        std::int64_t last = s.nowNs();
        while (s.nowNs() < 250'000'000 && !s.stopping()) {
          s.checkpoint();
          const std::int64_t now = s.nowNs();
          longestGapNs.store(std::max(longestGapNs.load(), now - last));
          last = now;
          std::this_thread::sleep_for(200us);
        }
      },
      kUnpinned));
  h.start();
  QVERIFY(h.waitFor(5'000'000'000));
  h.finish(0);
  qInfo("longest gap %.1f ms", longestGapNs.load() / 1e6);
  QVERIFY(longestGapNs.load() >= 80'000'000);  // the 100 ms stall, less the supervisor's lateness
}

void TestRealHarness::dropFaultLosesTheAskedFraction() {
  HarnessConfig cfg = quietConfig();
  cfg.faults = amp::sim::FaultSchedule::parse("drop acks 0.2");
  Harness h(std::move(cfg));
  std::atomic<int> dropped{0}, other{0};
  constexpr int kN = 20000;
  h.addSeat(threadSeat(
      "sender",
      [&](Seat& s) {
        for (int i = 0; i < kN; ++i) {
          if (s.dropMessage("acks")) dropped.fetch_add(1);
          if (s.dropMessage("data")) other.fetch_add(1);
        }
      },
      kUnpinned));
  h.start();
  QVERIFY(h.waitFor(5'000'000'000));
  h.finish(0);
  QCOMPARE(other.load(), 0);
  // Binomial(20000, 0.2): sd 57, so ±400 is 7 sd.
  QVERIFY2(std::abs(dropped.load() - kN / 5) < 400, std::to_string(dropped.load()).c_str());
}

void TestRealHarness::cancelStopsEverySeatAndLeavesNoChild() {
  std::atomic<bool> cancel{false};
  HarnessConfig cfg = quietConfig();
  cfg.cancel = &cancel;
  Harness h(std::move(cfg));
  // A process seat that never looks at its flag, and thread seats that do.
  h.addSeat(processSeat(
      "stubborn",
      [](Seat&) {
        for (;;) std::this_thread::sleep_for(1ms);
      },
      kUnpinned));
  for (int w = 0; w < 2; ++w)
    h.addSeat(threadSeat(
        "worker " + std::to_string(w),
        [](Seat& s) {
          while (!s.stopping()) cpuRelax();
        },
        kUnpinned));
  h.start();
  QVERIFY(!h.waitFor(30'000'000));
  cancel.store(true);
  const auto t0 = Clock::now();
  QVERIFY(!h.waitFor(5'000'000'000));
  const HarnessEnd end = h.cancel();
  const double ms = msSince(t0);
  qInfo("cancel with a stubborn process seat took %.2f ms", ms);
  QVERIFY(end.cancelled);
  QVERIFY2(ms < 1000.0, "bound 100 ms, with the tests' ×10 margin");
  QVERIFY(childrenOfThisProcess().empty());
}

void TestRealHarness::startCancelCyclesLeakNothing() {
  auto run = [] {
    Harness h(quietConfig());
    h.addSeat(processSeat("p", napUntilStopped, kUnpinned));
    h.addSeat(threadSeat("t", napUntilStopped, kUnpinned));
    h.start();
    h.cancel();
  };
  run();  // warm: the first run loads what stays loaded
  const int fds = countEntries("/proc/self/fd"), threads = countEntries("/proc/self/task");
  for (int i = 0; i < kCycles; ++i) run();
  QCOMPARE(countEntries("/proc/self/fd"), fds);
  QCOMPARE(countEntries("/proc/self/task"), threads);
  QVERIFY(childrenOfThisProcess().empty());
}

void TestRealHarness::forbiddenSyscallKillsAFilteredSeat() {
  if (!seccompAvailable()) QSKIP("built without libseccomp");
  Harness h(quietConfig());
  ProcessLimits lim;
  lim.allowSyscalls = {"brk"};
  SeatSpec seat = processSeat(
      "sandboxed",
      [](Seat&) {
        ::socket(AF_INET, SOCK_STREAM, 0);  // not on the list
      },
      kUnpinned);
  seat.limits = lim;
  h.addSeat(std::move(seat));
  h.start();
  QVERIFY(!h.waitFor(5'000'000'000));
  h.finish(0);
  QVERIFY2(h.error().find("sandboxed: killed by its syscall filter") != std::string::npos, h.error().c_str());
  QVERIFY(childrenOfThisProcess().empty());
}

void TestRealHarness::childrenDieWithTheirParent() {
  int fds[2];
  QVERIFY(pipe(fds) == 0);
  const pid_t parent = fork();
  QVERIFY(parent >= 0);
  if (parent == 0) {
    // A parent with one process seat and no threads of its own (fork of a threaded test).
    close(fds[0]);
    HarnessConfig cfg;
    cfg.lead = 1ms;
    Harness h(std::move(cfg));
    const int s = h.addSeat(processSeat("orphan", napUntilStopped, kUnpinned));
    h.start();
    const pid_t child = h.pid(s);
    (void)!write(fds[1], &child, sizeof child);
    for (;;) pause();
  }
  close(fds[1]);
  pid_t child = -1;
  QCOMPARE(read(fds[0], &child, sizeof child), static_cast<ssize_t>(sizeof child));
  close(fds[0]);
  QVERIFY(child > 0 && !processGone(child));
  kill(parent, SIGKILL);
  waitpid(parent, nullptr, 0);
  const auto t0 = Clock::now();
  while (!processGone(child) && msSince(t0) < 2000) std::this_thread::sleep_for(1ms);
  QVERIFY2(processGone(child), "the seat outlived its parent");
}

void TestRealHarness::throwingSeatFailsTheRunWithItsMessage() {
  Harness h(quietConfig());
  h.addSeat(threadSeat(
      "worker 3", [](Seat&) { throw std::runtime_error("disk full"); }, kUnpinned));
  h.addSeat(threadSeat("worker 4", napUntilStopped, kUnpinned));
  h.addSeat(processSeat("gatekeeper", napUntilStopped, kUnpinned));
  h.start();
  QVERIFY(!h.waitFor(5'000'000'000));
  const HarnessEnd end = h.finish(0);
  QVERIFY(end.failed);
  QCOMPARE(QString::fromStdString(h.error()), QStringLiteral("worker 3: disk full"));
  QCOMPARE(QString::fromStdString(h.outcome().finish().error), QStringLiteral("worker 3: disk full"));
}

void TestRealHarness::logsMergeInTimeOrder() {
  Harness h(quietConfig());
  for (int s = 0; s < 3; ++s) {
    auto body = [s](Seat& seat) {
      for (int i = 0; i < 600; ++i)  // 100 more than fit: counted, not written
        seat.record(stateAt(seat.nowNs(), static_cast<std::uint64_t>(s * 1000 + i)));
    };
    const std::string name = "w" + std::to_string(s);
    h.addSeat(logged(s == 1 ? processSeat(name, body, kUnpinned) : threadSeat(name, body, kUnpinned), 500));
  }
  h.start();
  QVERIFY(h.waitFor(5'000'000'000));
  h.finish(0);
  struct Check : amp::observe::ObservationSink {
    std::int64_t last = INT64_MIN;
    int n = 0, backwards = 0;
    void observe(const Observation& o) override {
      backwards += o.timeNs < last;
      last = o.timeNs;
      ++n;
    }
  } check;
  amp::observe::Recorder rec(nullptr, &check);
  h.mergeLogs(rec);
  QCOMPARE(check.n, 1500);
  QCOMPARE(check.backwards, 0);
  for (int s = 0; s < 3; ++s) QCOMPARE(h.logDropped(s), std::uint64_t{100});
}

void TestRealHarness::everyWakeMechanismWakesAndTimesOut_data() {
  QTest::addColumn<int>("mechanism");
  for (WakeMechanism m :
       {WakeMechanism::Spin, WakeMechanism::Futex, WakeMechanism::EventFd, WakeMechanism::CondVar})
    QTest::newRow(wakeName(m)) << static_cast<int>(m);
}

void TestRealHarness::everyWakeMechanismWakesAndTimesOut() {
  QFETCH(int, mechanism);
  const auto m = static_cast<WakeMechanism>(mechanism);
  WakeMechanism parsed{};
  QVERIFY(parseWake(wakeName(m), parsed) && parsed == m);
  Wakeup ping(m), pong(m);
  std::atomic<int> turn{0};
  constexpr int kRounds = 2000;
  std::thread other([&] {
    for (int i = 0; i < kRounds; ++i) {
      ping.wait([&] { return turn.load(std::memory_order_acquire) == 2 * i + 1; }, 5'000'000'000);
      turn.store(2 * i + 2, std::memory_order_release);
      pong.notify();
    }
  });
  for (int i = 0; i < kRounds; ++i) {
    turn.store(2 * i + 1, std::memory_order_release);
    ping.notify();
    QVERIFY(pong.wait([&] { return turn.load(std::memory_order_acquire) == 2 * i + 2; }, 5'000'000'000));
  }
  other.join();
  const auto t0 = Clock::now();
  QVERIFY(!pong.wait([] { return false; }, 20'000'000));
  QVERIFY(msSince(t0) >= 19.0);
}

void TestRealHarness::sameHostGivesTheSameWarnings() {
  HostState host;
  host.topo.hypervisor = true;
  host.topo.modelName = "Test CPU";
  host.otherRunnable = 3.0;
  for (int c = 0; c < 2; ++c) {
    CpuInfo info;
    info.id = info.core = c;
    info.siblings = {c};
    info.capacity = c == 0 ? 1024 : 512;
    host.topo.cpus.push_back(info);
  }
  auto outcomeOf = [&](const std::string& lab) {
    HonestOutcome o(host);
    o.setPlacements({{"master", 0, true, {0}}, {"worker 0", 1, true, {1}}, {"worker 1", 1, true, {1}}},
                    {{"generator", 1, true, {1}}});
    o.report().warnings.push_back(lab + " says something of its own");
    return o.finish();
  };
  const RunReport a = outcomeOf("journal"), b = outcomeOf("tcp");
  QCOMPARE(a.labels, b.labels);
  QCOMPARE(a.labels.at("asymmetry"), std::string("real big/little"));  // read from the topology
  QCOMPARE(a.labels.at("cpu_model"), std::string("Test CPU"));
  QVERIFY(a.oversubscribed);
  QCOMPARE(a.warnings.size(), b.warnings.size());
  for (std::size_t i = 0; i + 1 < a.warnings.size(); ++i) QCOMPARE(a.warnings[i], b.warnings[i]);
  auto has = [&](const std::string& w) {
    return std::any_of(a.warnings.begin(), a.warnings.end(),
                       [&](const std::string& s) { return s.find(w) != std::string::npos; });
  };
  QVERIFY(has("3 threads on 2 cores: oversubscribed"));
  QVERIFY(has("virtual machine"));
  QVERIFY(has("3.0 threads of other programs"));
  QVERIFY(has("generator shares CPU 1 with worker 0"));
  QCOMPARE(a.warnings.back(), std::string("journal says something of its own"));
}

void TestRealHarness::backgroundLoadIsSaidInTheOutcome() {
  HarnessConfig cfg = quietConfig();
  cfg.background.hogs = 2;
  cfg.background.pinned = false;
  Harness h(std::move(cfg));
  h.addSeat(threadSeat(
      "worker",
      [&](Seat& s) {
        const auto until = s.nowNs() + 50'000'000;
        while (s.nowNs() < until) std::this_thread::sleep_for(1ms);
      },
      kUnpinned));
  const double cpuBefore = cpuMs();
  h.start();
  QVERIFY(h.waitFor(5'000'000'000));
  h.finish(0);
  const RunReport r = h.outcome().finish();
  QCOMPARE(r.facts.at("background_hogs"), 2.0);
  QVERIFY(std::any_of(r.warnings.begin(), r.warnings.end(), [](const std::string& w) {
    return w.find("2 background CPU-spinning") != std::string::npos;
  }));
  QCOMPARE(r.placements.size(), std::size_t{1});  // hogs are load, not the lab's seats
  // The hogs really computed: the worker only slept, yet the process burnt CPU time.
  QVERIFY2(cpuMs() - cpuBefore > 25.0, qPrintable(QString("%1 ms of CPU").arg(cpuMs() - cpuBefore)));
}

QTEST_GUILESS_MAIN(TestRealHarness)
#include "test_real_harness.moc"
