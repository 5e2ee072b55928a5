// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "foundations/foundations_real.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <queue>
#include <thread>

#include "amp/real/cpu_topology.h"
#include "amp/real/load_generator.h"
#include "amp/real/pin.h"
#include "amp/real/placement.h"
#include "amp/real/runtime.h"
#include "amp/real/speed_model.h"
#include "amp/real/work_kernel.h"
#include "amp/sim/arrival_stream.h"
#include "amp/sim/distribution.h"

namespace amp::labs::foundations {
namespace {

using Clock = std::chrono::steady_clock;
using observe::Observation;
using observe::ObsKind;

// Stations, as in the simulation (FoundationsLab::Station).
constexpr std::uint16_t kSource = 0, kMaster = 1, kWorkers = 2, kSink = 3;
// A schedule longer than this is cut (4 M requests keep the per-request log near 300 MB).
constexpr std::size_t kMaxRequests = std::size_t{1} << 22;
// An arrival emitted later than this after its scheduled time counts as late.
constexpr std::int64_t kLateNs = 200'000;
// Time between creating the threads and the first scheduled instant, so no arrival is late
// only because the threads were still starting.
constexpr auto kLead = std::chrono::milliseconds(50);

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

real::Dispatch dispatchOf(const std::string& q) {
  if (q == "per_worker_rr") return real::Dispatch::RoundRobin;
  if (q == "per_worker_jsq") return real::Dispatch::ShortestQueue;
  return real::Dispatch::Shared;
}

std::string cpuList(const std::vector<int>& cpus) {
  std::string s;
  for (int c : cpus) s += (s.empty() ? "" : ", ") + std::to_string(c);
  return s;
}

/// A request's records in order; times made non-decreasing so the stream stays ordered even if
/// two CPUs' clocks disagree by a few ns.
struct RequestEvents {
  std::array<Observation, 9> ev;
  std::uint8_t n = 0, next = 0;

  void add(std::int64_t t, std::uint64_t id, ObsKind kind, std::uint16_t station, double value, int core) {
    if (n > 0) t = std::max(t, ev[n - 1].timeNs);
    Observation& o = ev[n++];
    o.timeNs = t;
    o.entity = id;
    o.kind = kind;
    o.station = station;
    o.value = std::max(0.0, value);
    o.core = static_cast<std::int16_t>(core);
  }
};

RequestEvents eventsOf(std::uint64_t id, std::int64_t sched, const real::ItemTimes& it) {
  RequestEvents r;
  if (it.submitted < 0) return r;  // never emitted: the run ended before its arrival
  r.add(sched, id, ObsKind::Arrive, kSource, 0, it.submitCpu);
  if (it.dropped == 1) {
    r.add(it.submitted, id, ObsKind::Drop, kMaster, 0, it.submitCpu);
    return r;
  }
  r.add(sched, id, ObsKind::Enqueue, kMaster, 0, it.submitCpu);
  if (it.masterStart < 0) return r;
  r.add(it.masterStart, id, ObsKind::Start, kMaster, static_cast<double>(it.masterStart - sched),
        it.masterCpu);
  if (it.masterFinish < 0) return r;
  r.add(it.masterFinish, id, ObsKind::Finish, kMaster, static_cast<double>(it.masterFinish - it.masterStart),
        it.masterCpu);
  if (it.dropped == 2) {
    r.add(it.handedOff, id, ObsKind::Drop, kWorkers, 0, it.masterCpu);
    return r;
  }
  if (it.handedOff < 0) return r;
  // A worker can take the item before the master's clock read after the push (and its wake-up
  // call) returns: the item is in the worker's hands from whichever came first. Ending the
  // hand-off there keeps the five stages adding up to the sojourn; the master's whole cost per
  // push, wake-up included, is the master_handoff_ns fact.
  const std::int64_t enq = it.workerStart >= 0 ? std::min(it.handedOff, it.workerStart) : it.handedOff;
  r.add(enq, id, ObsKind::Handoff, kWorkers, static_cast<double>(enq - it.masterFinish), it.masterCpu);
  r.add(enq, id, ObsKind::Enqueue, kWorkers, 0, it.masterCpu);
  if (it.workerStart < 0) return r;
  r.add(it.workerStart, id, ObsKind::Start, kWorkers, static_cast<double>(it.workerStart - enq),
        it.workerCpu);
  if (it.workerFinish < 0) return r;
  r.add(it.workerFinish, id, ObsKind::Finish, kWorkers, static_cast<double>(it.workerFinish - it.workerStart),
        it.workerCpu);
  r.add(it.workerFinish, id, ObsKind::Depart, kSink, static_cast<double>(it.workerFinish - sched),
        it.workerCpu);
  return r;
}

/// Merge every request's records into one time-ordered stream. Requests enter in arrival order;
/// a heap holds the next record of each request still in the system, so memory follows the
/// number in the system, not the run length. Returns the last record's time.
std::int64_t replay(const std::vector<std::int64_t>& sched, const std::vector<real::ItemTimes>& log,
                    observe::Recorder& rec) {
  struct Head {
    std::int64_t time;
    std::uint64_t seq;
    std::size_t slot;
    bool operator>(const Head& o) const { return time != o.time ? time > o.time : seq > o.seq; }
  };
  std::priority_queue<Head, std::vector<Head>, std::greater<>> heap;
  std::vector<RequestEvents> slots;
  std::vector<std::size_t> freeSlots;
  std::uint64_t seq = 0;
  std::int64_t last = 0;
  std::size_t next = 0;
  const std::size_t n = std::min(sched.size(), log.size());
  for (;;) {
    if (next < n && (heap.empty() || sched[next] <= heap.top().time)) {
      RequestEvents r = eventsOf(next, sched[next], log[next]);
      ++next;
      if (r.n == 0) continue;
      std::size_t slot;
      if (freeSlots.empty()) {
        slot = slots.size();
        slots.push_back(r);
      } else {
        slot = freeSlots.back();
        freeSlots.pop_back();
        slots[slot] = r;
      }
      heap.push({r.ev[0].timeNs, seq++, slot});
      continue;
    }
    if (heap.empty()) break;
    const Head h = heap.top();
    heap.pop();
    RequestEvents& r = slots[h.slot];
    const Observation& o = r.ev[r.next++];
    rec.record(o);
    last = std::max(last, o.timeNs);
    if (r.next < r.n) {
      heap.push({r.ev[r.next].timeNs, seq++, h.slot});
    } else {
      freeSlots.push_back(h.slot);
    }
  }
  return last;
}

}  // namespace

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec) {
  run::RealOutcome out;
  const double slow = ctl.slowMotion > 0 ? ctl.slowMotion : 1.0;
  const int workers = std::max(1, p.integer("workers"));

  // The same schedule the simulation draws for this seed: arrival times and both job sizes.
  sim::ArrivalStream stream(ctl.seed, sim::ArrivalStream::Process::Poisson, p.num("arrival_rate"),
                            {sim::serviceDist(p.text("master_dist"), p.num("master_ms") / 1000.0),
                             sim::serviceDist(p.text("worker_dist"), p.num("worker_ms") / 1000.0)});
  std::vector<sim::ArrivalDraw> draws = stream.until(ctl.durationS);
  if (draws.size() > kMaxRequests) {
    out.warnings.push_back("the schedule had " + std::to_string(draws.size()) + " requests; only the first " +
                           std::to_string(kMaxRequests) + " were run");
    draws.resize(kMaxRequests);
  }
  const std::size_t n = draws.size();
  const std::vector<std::int64_t> sched = real::scheduleNs(draws, slow);
  std::vector<std::int64_t> masterNs(n), workerNs(n);
  for (std::size_t i = 0; i < n; ++i) {
    masterNs[i] = std::llround(draws[i].sizes[0] * slow * 1e9);
    workerNs[i] = std::llround(draws[i].sizes[1] * slow * 1e9);
  }
  draws = {};

  // Before our own threads exist: how busy the host already is.
  const double busyHost = real::otherRunnableThreads();
  const real::WorkKernel& kernel = real::WorkKernel::calibrated();
  const real::CpuTopology topo = real::CpuTopology::probe();
  const int cores = static_cast<int>(topo.usableCpus().size());
  real::Placement placement = real::planPlacement(topo, workers, real::PlacementPolicy::MasterApart);
  const real::SpeedModel speed;  // this lab has no little workers; the label says so

  std::vector<run::ThreadPlacement> planned;
  planned.push_back({"master", placement.masterCpu, false, {}});
  for (int w = 0; w < workers; ++w)
    planned.push_back(
        {"worker " + std::to_string(w), placement.workerCpus[static_cast<std::size_t>(w)], false, {}});
  const real::Oversubscription over = real::checkOversubscription(planned, cores);

  real::RuntimeConfig cfg;
  cfg.workers = workers;
  cfg.dispatch = dispatchOf(p.text("worker_queue"));
  // The model's queues are unbounded: the master's input holds the whole schedule, so the
  // generator never blocks or drops; worker rings are large and push back only when a worker is
  // tens of thousands of requests behind (an unstable system).
  cfg.inputCapacity = n + 1;
  cfg.ringCapacity = cfg.dispatch == real::Dispatch::Shared ? n + 1 : std::min<std::size_t>(n + 1, 1 << 16);
  cfg.placement = placement;
  cfg.logCapacity = n;
  // Polling threads sharing a core would steal it from the thread doing the work.
  cfg.spinNs = over.oversubscribed ? 0 : 500'000;
  cfg.epoch = Clock::now() + kLead;
  const Clock::time_point epoch = cfg.epoch;

  const std::atomic<bool>* stop = nullptr;  // set before start(): thread creation publishes it
  real::RuntimeHooks hooks;
  hooks.master = [&](std::uint64_t id) { kernel.run(masterNs[id], stop); };
  hooks.worker = [&](int w, std::uint64_t id) { kernel.run(workerNs[id], stop, speed.factor(w)); };
  if (ctl.cancelled()) return out;  // cancelled while calibrating: nothing ran
  real::Runtime runtime(cfg, hooks);
  stop = &runtime.stopFlag();
  runtime.start();

  // Generator: replays the schedule on its own (light) thread.
  std::atomic<bool> genStop{false}, genDone{false};
  real::LoadStats gen;
  run::ThreadPlacement genPlace{"generator", placement.lightCpu, false, {}};
  real::CpusSeen genSeen;
  std::thread generator([&] {
    if (placement.lightCpu >= 0) genPlace.pinned = real::pinThread(placement.lightCpu).ok;
    real::raiseRealtimePriority();  // under chrt: wake on time even next to a busy worker
    genSeen.noteCurrent();
    real::OpenLoopGenerator g(sched, epoch, kLateNs);
    gen = g.run(
        [&](std::size_t i, std::int64_t) {
          genSeen.noteCurrent();
          return runtime.submit(i);
        },
        genStop);
    genDone.store(true, std::memory_order_release);  // release: `gen` is complete
  });

  // Sampler: live queue depths for the animation (the full stream comes after the run).
  std::atomic<bool> samplerStop{false};
  std::thread sampler;
  if (ctl.live != nullptr) {
    sampler = std::thread([&] {
      while (!samplerStop.load(std::memory_order_relaxed)) {
        const real::Runtime::Depths d = runtime.depths();
        const std::int64_t t = runtime.nowNs();
        Observation o;
        o.timeNs = t;
        o.kind = ObsKind::State;
        o.station = kMaster;
        o.value = static_cast<double>(d.master);
        ctl.live->observe(o);
        o.station = kWorkers;
        o.value = static_cast<double>(d.workersQueued);
        ctl.live->observe(o);
        std::this_thread::sleep_for(std::chrono::milliseconds(16));
      }
    });
  }

  auto pollSleep = [] { std::this_thread::sleep_for(std::chrono::milliseconds(2)); };
  bool cancelled = false;
  while (!genDone.load(std::memory_order_acquire)) {
    if (ctl.cancelled()) {
      cancelled = true;
      break;
    }
    if (runtime.stopping()) break;  // a hook failed
    pollSleep();
  }
  std::uint64_t unfinished = 0;
  const double drainLimitS = std::max(1.0, ctl.durationS) * slow;
  if (cancelled || runtime.stopping()) {
    genStop.store(true, std::memory_order_relaxed);
    runtime.cancel();
    generator.join();
  } else {
    generator.join();
    runtime.closeInput();
    // Let the requests in the system finish, up to a limit: an overloaded system never drains.
    const auto deadline = Clock::now() + std::chrono::duration<double>(drainLimitS);
    while (!runtime.waitFor(2'000'000)) {
      if (ctl.cancelled()) {
        cancelled = true;
        break;
      }
      if (Clock::now() > deadline) break;
    }
    runtime.cancel();  // joins; a no-op stop when everything already ended
    if (!cancelled && runtime.completed() < gen.emitted) unfinished = gen.emitted - runtime.completed();
  }
  samplerStop.store(true, std::memory_order_relaxed);
  if (sampler.joinable()) sampler.join();

  // ---- outcome -------------------------------------------------------------------------------
  out.error = runtime.error();
  out.placements = runtime.placements();
  genPlace.cpusSeen = genSeen.cpus();
  if (genPlace.pinned && genPlace.cpusSeen != std::vector<int>{genPlace.requestedCpu})
    genPlace.pinned = false;
  out.placements.push_back(genPlace);
  const real::Oversubscription seen =
      real::checkOversubscription({out.placements.begin(), out.placements.end() - 1}, cores);
  out.oversubscribed = seen.oversubscribed || over.oversubscribed;
  if (out.oversubscribed) out.warnings.push_back(seen.oversubscribed ? seen.message : over.message);
  for (const auto& pl : out.placements) {
    if (pl.requestedCpu >= 0 && !pl.pinned)
      out.warnings.push_back(pl.thread + " asked for CPU " + std::to_string(pl.requestedCpu) +
                             " but ran on CPU " + cpuList(pl.cpusSeen));
  }
  if (gen.late > 0) {
    out.warnings.push_back(std::to_string(gen.late) + " of " + std::to_string(gen.emitted) +
                           " arrivals left the generator more than " + fmt("%.0f", kLateNs / 1e3) +
                           " µs after their scheduled time (worst " + fmt("%.0f", gen.maxLatenessNs / 1e3) +
                           " µs); their waits still count from the scheduled time");
  }
  if (topo.hypervisor)
    out.warnings.push_back(
        "virtual machine: the hypervisor can stop any thread at any time, so real timings "
        "include its noise");
  if (busyHost >= 1.0)
    out.warnings.push_back(
        fmt("%.1f", busyHost) + " threads of other programs were ready to run on " + std::to_string(cores) +
        " CPUs when the run started: they compete with the pinned threads, so real timings "
        "include their interference");
  if (kernel.calibrationError() > 0.1)
    out.warnings.push_back("the work kernel missed its requested durations by " +
                           fmt("%.0f", kernel.calibrationError() * 100) + "% in calibration");
  if (unfinished > 0)
    out.warnings.push_back(std::to_string(unfinished) + " requests were still in the system " +
                           fmt("%.1f", drainLimitS) + " s after the last arrival: the system is overloaded");

  // The master's effective ceiling: its own measured work plus what each hand-off costs it.
  double masterServiceNs = 0.0;
  std::uint64_t served = 0;
  for (const auto& it : runtime.log()) {
    if (it.masterFinish >= 0 && it.masterStart >= 0) {
      masterServiceNs += static_cast<double>(it.masterFinish - it.masterStart);
      ++served;
    }
  }
  if (served > 0) masterServiceNs /= static_cast<double>(served);
  out.facts["master_handoff_ns"] = runtime.meanHandoffNs();
  out.facts["late_arrivals"] = static_cast<double>(gen.late);
  out.facts["late_arrival_max_us"] = gen.maxLatenessNs / 1e3;
  out.facts["calibration_error"] = kernel.calibrationError();
  if (busyHost >= 0) out.facts["host_other_runnable"] = busyHost;
  out.facts["work_ns_per_unit"] = kernel.nsPerUnit();
  out.facts["requests_scheduled"] = static_cast<double>(n);
  out.facts["requests_emitted"] = static_cast<double>(gen.emitted);
  out.facts["requests_completed"] = static_cast<double>(runtime.completed());
  out.facts["requests_unfinished"] = static_cast<double>(unfinished);
  if (served > 0) {
    out.facts["master_service_measured_ns"] = masterServiceNs;
    out.facts["master_ceiling_per_s"] = 1e9 / (masterServiceNs + runtime.meanHandoffNs());
  }
  out.labels["asymmetry"] = speed.label();
  if (topo.heterogeneous()) {
    // Cores of unequal capacity in use make this real asymmetry, whether the lab asked or not.
    std::vector<int> used{placement.masterCpu};
    used.insert(used.end(), placement.workerCpus.begin(), placement.workerCpus.end());
    int lo = 1 << 30, hi = -1;
    for (int c : used)
      if (const real::CpuInfo* info = topo.find(c); info != nullptr && info->capacity > 0) {
        lo = std::min(lo, info->capacity);
        hi = std::max(hi, info->capacity);
      }
    if (hi > lo) out.labels["asymmetry"] = "real big/little";
  }
  std::string where = "master CPU " + std::to_string(placement.masterCpu) + "; workers CPU";
  for (std::size_t w = 0; w < placement.workerCpus.size(); ++w)
    where += (w == 0 ? " " : ", ") + std::to_string(placement.workerCpus[w]);
  where += "; generator CPU " + std::to_string(placement.lightCpu);
  out.labels["placement"] = where;
  out.labels["cpu_model"] = topo.modelName;

  const std::int64_t last = replay(sched, runtime.log(), rec);
  out.endNs =
      std::max<std::int64_t>(last, static_cast<std::int64_t>(std::llround(ctl.durationS * slow * 1e9)));
  if (cancelled) out.endNs = std::max<std::int64_t>(last, 0);
  return out;
}

}  // namespace amp::labs::foundations
