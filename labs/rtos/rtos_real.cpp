// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Cyclictest-style: the master sleeps until each command is due, hands it over, and the worker
// wakes with the chosen mechanism, runs the handler and acts. Every moment is stamped, so the
// run says how much of the latency was the master's timer, the wake-up and the handler.
#include <sched.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "amp/real/harness.h"
#include "amp/real/spsc_ring.h"
#include "amp/real/wakeup.h"
#include "amp/real/work_kernel.h"
#include "amp/run/phrase.h"
#include "rtos/rtos_lab.h"
#include "rtos/rtos_tasks.h"

namespace amp::labs::rtos {

namespace {

using observe::ObsKind;

// Commands a run keeps (a record each, stamped by both seats); past this the load ends early.
constexpr std::size_t kMaxCommands = 1'000'000;
// The master sleeps at most this long at a time, so that a cancel is seen within it.
constexpr std::int64_t kSleepSliceNs = 50'000'000;
// Commands that may wait for the worker: a second of them at 1 ms.
constexpr std::size_t kRingSlots = 1024;
// The timeline shows the first commands only.
constexpr std::uint64_t kTimelineCommands = 8;

/// One command as the master sent it: ns since the epoch.
struct Command {
  std::uint64_t index = 0;
  std::int64_t due = 0, woke = 0, posted = 0;
};

/// One command as the worker handled it.
struct Record {
  Command cmd;
  std::int64_t running = 0, handled = 0, acted = 0;
};

double percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  const auto k = static_cast<std::size_t>(std::ceil(q * static_cast<double>(v.size()))) - 1;
  return v[std::min(k, v.size() - 1)];
}

bool underFifo() { return sched_getscheduler(0) == SCHED_FIFO; }

/// Sleep on CLOCK_MONOTONIC (steady_clock's clock) until `until`, as cyclictest does: the
/// kernel's timer decides when the master wakes.
void sleepUntil(std::chrono::steady_clock::time_point until, const real::Seat& seat) {
  for (;;) {
    const auto now = std::chrono::steady_clock::now();
    if (now >= until || seat.stopping()) return;
    const auto slice = std::min(until, now + std::chrono::nanoseconds(kSleepSliceNs));
    const std::int64_t ns = slice.time_since_epoch().count();
    timespec ts{static_cast<time_t>(ns / 1'000'000'000), static_cast<long>(ns % 1'000'000'000)};
    clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr);
  }
}

}  // namespace

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec) {
  const System s = systemOf(p);
  const Analysis a = analyse(s);
  const model::RtaTask& handler = s.tasks[static_cast<std::size_t>(s.handler)];
  real::WakeMechanism mechanism = real::WakeMechanism::Futex;
  real::parseWake(p.text("wake"), mechanism);
  const bool fifo = p.text("fifo") == "on";
  const std::int64_t periodNs = static_cast<std::int64_t>(handler.t * 1e3);
  const std::int64_t loadNs = static_cast<std::int64_t>(ctl.durationS * 1e9);
  const std::size_t planned = std::min<std::size_t>(
      kMaxCommands, static_cast<std::size_t>(loadNs / std::max<std::int64_t>(1, periodNs)));
  const real::WorkKernel kernel = real::WorkKernel::calibrated().withClock(ctl.serviceClock);

  real::HarnessConfig cfg;
  cfg.host = real::HostState::probe();  // before our own threads exist
  cfg.cancel = ctl.cancel;
  cfg.seed = ctl.seed;
  cfg.background.hogs = p.integer("load_threads");
  cfg.background.pinned = true;  // on the master's and the worker's cores: what a busy host does
  real::Harness harness(std::move(cfg));

  // The ring carries the command, the wake-up mechanism wakes the worker: the ring's own doorbell
  // is not used, so the mechanism under test is the only way the worker learns of a command.
  real::SpscRing<Command> ring(kRingSlots);
  real::Wakeup wakeup(mechanism);
  std::vector<Record> records;
  records.reserve(planned);
  std::atomic<int> masterFifo{0}, workerFifo{0};
  std::atomic<bool> masterDone{false};
  std::atomic<int> handling{0};  // the worker runs the handler or the actuator: for the animation
  std::uint64_t lost = 0, sent = 0;

  real::SeatSpec master = real::threadSeat("master", [&](real::Seat& seat) {
    masterFifo.store(underFifo() ? 1 : 0, std::memory_order_relaxed);
    seat.noteCpu();
    for (std::uint64_t k = 1; k <= planned && !seat.stopping(); ++k) {
      const auto due = seat.epoch() + std::chrono::nanoseconds(static_cast<std::int64_t>(k) * periodNs);
      sleepUntil(due, seat);
      if (seat.stopping()) break;
      Command c;
      c.index = k - 1;
      c.due = (due - seat.epoch()).count();
      c.woke = seat.nowNs();
      c.posted = seat.nowNs();
      ++sent;
      if (!ring.push(c, real::FullPolicy::Drop)) ++lost;  // a worker a whole ring behind
      wakeup.notify();
      if ((k & 255) == 0) seat.noteCpu();
    }
    masterDone.store(true, std::memory_order_release);  // release: after the last push
    wakeup.notify();
    seat.noteCpu();
  });
  master.realtime = fifo;
  real::SeatSpec worker = real::threadSeat("worker", [&](real::Seat& seat) {
    workerFifo.store(underFifo() ? 1 : 0, std::memory_order_relaxed);
    seat.noteCpu();
    const auto ready = [&] {
      return ring.readable() || seat.stopping() || masterDone.load(std::memory_order_acquire);
    };
    while (!seat.stopping()) {
      if (!wakeup.wait(ready, 20'000'000)) continue;
      if (!ring.readable() && masterDone.load(std::memory_order_acquire)) break;
      Record r;
      r.running = seat.nowNs();
      while (ring.tryPop(r.cmd)) {
        handling.store(1, std::memory_order_relaxed);  // relaxed: a gauge, sampled now and then
        kernel.run(static_cast<std::int64_t>(handler.c * 1e3), &seat.stopFlag());
        r.handled = seat.nowNs();
        kernel.run(static_cast<std::int64_t>(s.actuator * 1e3), &seat.stopFlag());
        r.acted = seat.nowNs();
        records.push_back(r);
        r.running = r.acted;  // a command that waited in the ring starts when the last one ends
      }
      handling.store(0, std::memory_order_relaxed);
      if ((records.size() & 255) == 0) seat.noteCpu();
    }
    seat.noteCpu();
  });
  worker.realtime = fifo;
  if (ctl.live != nullptr) {
    // The animation: commands waiting in the ring for the worker, and whether it is handling one.
    harness.setSampler(ctl.live, [&ring, &handling](std::int64_t t, observe::ObservationSink& live) {
      live.observe(real::gauge(t, RtosLab::kWorker, static_cast<double>(ring.sizeApprox())));
      live.observe(real::gauge(t, RtosLab::kWorker, handling.load(std::memory_order_relaxed), 0));
    });
  }
  harness.addSeat(std::move(master));
  harness.addSeat(std::move(worker));
  harness.start();
  harness.waitFor(loadNs + 5'000'000'000LL);
  const real::HarnessEnd end = harness.finish(0.5);
  if (!harness.error().empty()) {
    run::RealOutcome failed;
    failed.error = harness.error();
    return failed;
  }

  // ---- the stream and the outcome ------------------------------------------------------------
  observe::LabOutputs& out = rec.outputs();
  out.add("bound_violations", 0.0);
  out.add("jitter_violations", 0.0);
  std::vector<observe::Observation> stream;
  stream.reserve(records.size() * 10);
  std::vector<double> latency, wake, late;
  double worstHandler = 0.0;
  std::int64_t last = 0;
  for (const Record& r : records) {
    const std::uint64_t id = r.cmd.index;
    const auto obs = [&](std::int64_t ns, std::uint16_t station, std::int16_t core, ObsKind kind, double v) {
      stream.push_back({ns, id, v, station, core, kind, 0});
    };
    const std::int64_t running = std::max(r.running, r.cmd.posted);
    obs(r.cmd.due, RtosLab::kMaster, -1, ObsKind::Arrive, 0.0);
    obs(r.cmd.due, RtosLab::kMaster, 0, ObsKind::Start, 0.0);
    obs(r.cmd.posted, RtosLab::kMaster, 0, ObsKind::Finish, double(r.cmd.posted - r.cmd.due));
    obs(r.cmd.posted, RtosLab::kIpc, -1, ObsKind::Start, 0.0);
    obs(running, RtosLab::kIpc, -1, ObsKind::Finish, double(running - r.cmd.posted));
    obs(running, RtosLab::kWorker, -1, ObsKind::Enqueue, 0.0);
    obs(running, RtosLab::kWorker, 0, ObsKind::Start, 0.0);
    obs(r.handled, RtosLab::kWorker, 0, ObsKind::Finish, double(r.handled - running));
    obs(r.handled, RtosLab::kActuator, 0, ObsKind::Start, 0.0);
    obs(r.acted, RtosLab::kActuator, 0, ObsKind::Finish, double(r.acted - r.handled));
    obs(r.acted, RtosLab::kActuator, -1, ObsKind::Depart, double(r.acted - r.cmd.due));
    last = std::max(last, r.acted);

    const double latencyUs = double(r.acted - r.cmd.due) / 1e3;
    const double wakeUs = double(running - r.cmd.posted) / 1e3;
    const double lateUs = double(r.cmd.woke - r.cmd.due) / 1e3;
    latency.push_back(latencyUs);
    wake.push_back(wakeUs);
    late.push_back(lateUs);
    out.sample("wakeup_us", wakeUs);
    out.sample("master_late_us", lateUs);
    if (std::isfinite(a.bound) && latencyUs > a.bound) out.add("bound_violations");
    if (lateUs > s.jitterMax) out.add("jitter_violations");
    worstHandler = std::max(worstHandler, double(r.handled - r.cmd.posted) / 1e3);
    if (id < kTimelineCommands) {
      out.event(kTimeline, {"master", double(r.cmd.due) / 1e9, double(r.cmd.posted) / 1e9, "timer late"});
      out.event(kTimeline, {"IPC and wake-up", double(r.cmd.posted) / 1e9, double(running) / 1e9, "wake-up"});
      out.event(kTimeline, {taskName(s, s.handler), double(running) / 1e9, double(r.handled) / 1e9, "run"});
      out.event(kTimeline, {"actuator", double(r.handled) / 1e9, double(r.acted) / 1e9, "act"});
    }
  }
  std::stable_sort(
      stream.begin(), stream.end(),
      [](const observe::Observation& x, const observe::Observation& y) { return x.timeNs < y.timeNs; });
  for (const auto& o : stream) rec.record(o);
  out.set("wcrt_us", worstHandler);
  out.set("wakeup_p99_us", percentile(wake, 0.99));
  for (std::size_t i = 0; i < s.tasks.size(); ++i)
    if (a.rta.schedulable[i]) out.point(kWcrtSeries, double(i + 1), a.rta.response[i]);
  out.point(kSeenSeries, double(s.handler + 1), worstHandler);

  // ---- in words --------------------------------------------------------------------------------
  real::HonestOutcome& honest = harness.outcome();
  real::RunReport& report = honest.report();
  const auto us = [](double v) { return real::formatFixed(v, v < 10 ? 2 : 0) + " µs"; };
  report.facts["commands"] = static_cast<double>(records.size());
  report.facts["commands_lost"] = static_cast<double>(lost);
  report.facts["commands_sent"] = static_cast<double>(sent);
  const std::pair<const char*, const std::vector<double>*> measured[] = {
      {"latency", &latency}, {"wakeup", &wake}, {"master_late", &late}};
  for (const auto& [name, v] : measured) {
    report.facts[std::string(name) + "_p50_us"] = percentile(*v, 0.5);
    report.facts[std::string(name) + "_p99_us"] = percentile(*v, 0.99);
    report.facts[std::string(name) + "_p99.9_us"] = percentile(*v, 0.999);
    report.facts[std::string(name) + "_max_us"] = percentile(*v, 1.0);
  }
  report.facts["bound_us"] = a.bound;
  report.facts["fifo_granted"] = masterFifo.load() == 1 && workerFifo.load() == 1 ? 1.0 : 0.0;
  report.labels["wake"] =
      std::string(real::wakeName(mechanism)) + ": " +
      (mechanism == real::WakeMechanism::Spin ? "the worker polls and burns its core"
                                              : "the worker sleeps until the master wakes it");
  if (!fifo)
    report.labels["priority"] =
        "normal priority (SCHED_OTHER), as asked: the load threads compete on equal terms";
  else if (masterFifo.load() == 1 && workerFifo.load() == 1)
    report.labels["priority"] =
        "SCHED_FIFO for the master and the worker: the load threads run only when they idle";
  else
    report.labels["priority"] =
        "SCHED_FIFO was asked for but not allowed here: the master and the worker ran at normal priority, "
        "beside the load";
  const double n = static_cast<double>(records.size());
  const double overJitter = out.counters().at("jitter_violations");
  report.labels["assumption"] = "the bound assumes the master is at most " + us(s.jitterMax) +
                                " late: an assumption about Linux, not a "
                                "guarantee. Here its timer was later " +
                                real::formatFixed(overJitter, 0) + " times in " + real::formatFixed(n, 0) +
                                " (worst " + us(percentile(late, 1.0)) + ")";
  report.labels["what_runs"] =
      "the worker runs the handler's C and the actuator's time as real computation; the other tasks of the set are "
      "left out here (the simulation schedules them), so the real latency is the master's timer, the hand-over, "
      "the wake-up and the handler";
  if (honest.host().topo.hypervisor)
    report.warnings.push_back(run::phrase(
        "a virtual machine's tail is long: a virtual CPU can be descheduled by the hypervisor at any moment, so "
        "p99.9 and max wake-up latencies here say more about the host than about the mechanism"));
  if (fifo && mechanism == real::WakeMechanism::Spin && masterFifo.load() == 1)
    report.warnings.push_back(run::phrase(
        "a spinning SCHED_FIFO thread is throttled by the kernel for a share of every second (sched_rt_runtime_us), "
        "which shows as rare, very long wake-ups"));
  if (lost > 0)
    report.warnings.push_back(
        run::phrase("%1 commands were lost: the worker fell a whole ring behind", {std::to_string(lost)}));
  if (records.empty())
    report.warnings.push_back(run::phrase(
        "no command was handled: the handler's period (%1) is longer than the run, or the run was cancelled",
        {us(handler.t)}));
  if (!std::isfinite(a.bound))
    report.warnings.push_back(
        run::phrase("the task set is unschedulable: there is no bound to compare with"));
  run::RealOutcome result(honest.finish());
  result.endNs = end.cancelled ? harness.nowNs() : last;
  return result;
}

}  // namespace amp::labs::rtos
