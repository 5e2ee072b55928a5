// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "foundations/foundations_real.h"

#include <algorithm>
#include <cmath>

#include "amp/real/host_stretch.h"
#include "amp/real/runtime.h"
#include "amp/real/runtime_replay.h"
#include "amp/real/speed_model.h"
#include "amp/real/symmetric_pool.h"
#include "amp/real/work_kernel.h"
#include "amp/run/phrase.h"
#include "amp/sim/arrival_stream.h"
#include "amp/sim/distribution.h"
#include "foundations/foundations_lab.h"

namespace amp::labs::foundations {
namespace {

using Clock = std::chrono::steady_clock;

// Stations, as in the simulation (FoundationsLab::Station).
constexpr std::uint16_t kMaster = 1, kWorkers = 2;
// A schedule longer than this is cut (4 M requests keep the per-request log near 300 MB).
constexpr std::size_t kMaxRequests = std::size_t{1} << 22;
// An arrival emitted later than this after its scheduled time counts as late.
constexpr std::int64_t kLateNs = 200'000;
// Between placing the threads and the first scheduled instant, so no arrival is late only
// because a thread was still starting.
constexpr auto kLead = std::chrono::milliseconds(50);

real::Dispatch dispatchOf(const std::string& q) {
  if (q == "per_worker_rr") return real::Dispatch::RoundRobin;
  if (q == "per_worker_jsq") return real::Dispatch::ShortestQueue;
  return real::Dispatch::Shared;
}

}  // namespace

namespace {

/// The same schedule the simulation draws for this seed: arrival times and both job sizes, in
/// ns, cut at kMaxRequests.
struct Schedule {
  std::vector<std::int64_t> at, masterNs, workerNs;
  std::size_t drawn = 0;  ///< before the cut
};
Schedule scheduleOf(const run::Params& p, const run::RealControl& ctl) {
  sim::ArrivalStream stream(ctl.seed, sim::ArrivalStream::Process::Poisson, p.num("arrival_rate"),
                            {sim::serviceDist(p.text("master_dist"), p.num("master_ms") / 1000.0),
                             sim::serviceDist(p.text("worker_dist"), p.num("worker_ms") / 1000.0)});
  std::vector<sim::ArrivalDraw> draws = stream.until(ctl.durationS);
  Schedule s;
  s.drawn = draws.size();
  if (draws.size() > kMaxRequests) draws.resize(kMaxRequests);
  s.at = real::scheduleNs(draws);
  s.masterNs.resize(draws.size());
  s.workerNs.resize(draws.size());
  for (std::size_t i = 0; i < draws.size(); ++i) {
    s.masterNs[i] = std::llround(draws[i].sizes[0] * 1e9);
    s.workerNs[i] = std::llround(draws[i].sizes[1] * 1e9);
  }
  return s;
}

void noteSchedule(real::RunReport& r, const Schedule& s, const real::DriveResult& end,
                  std::uint64_t completed) {
  const std::size_t n = s.at.size();
  if (s.drawn > n && !end.load.endedEarly)  // a precision-driven run that ended early never reached the cut
    r.warnings.push_back(run::phrase("the schedule had %1 requests; only the first %2 were run",
                                     {std::to_string(s.drawn), std::to_string(n)}));
  r.facts["requests_scheduled"] = static_cast<double>(n);
  r.facts["requests_emitted"] = static_cast<double>(end.load.emitted);
  r.facts["requests_completed"] = static_cast<double>(completed);
  r.facts["requests_unfinished"] = static_cast<double>(end.unfinished);
}

/// Where the stream ends: the last event, or the end of the load if later (the schedule's cut,
/// the runner's early end, or the run's full length).
std::int64_t streamEndNs(std::int64_t last, const Schedule& s, const real::DriveResult& end,
                         const run::RealControl& ctl) {
  if (end.cancelled) return std::max<std::int64_t>(last, 0);
  const double loadS = s.drawn > s.at.size() ? static_cast<double>(s.at.back()) / 1e9 : ctl.durationS;
  return std::max<std::int64_t>(last, real::loadEndNs(end.load, loadS));
}

/// design=locked: no master. Every worker takes the next request from the one shared queue,
/// does the master's step (the same master_ms from the same schedule) under one std::mutex, then
/// its own work outside it. The lock is the serializing station: its queue is the wait for the
/// lock, its service the step, so the master's metrics and the ceiling read the lock.
run::RealOutcome runLocked(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec) {
  const int workers = std::max(1, p.integer("workers"));
  const Schedule s = scheduleOf(p, ctl);
  const std::size_t n = s.at.size();
  const real::WorkKernel kernel = real::WorkKernel::calibrated().withClock(ctl.serviceClock);
  real::SymmetricPoolConfig cfg;
  cfg.placeOn(real::HostState::probe(), workers, kLead);
  cfg.order = real::StepOrder::StepFirst;
  cfg.inputCapacity = n + 1;  // the model's queue is unbounded: the generator never blocks
  cfg.logCapacity = n;
  cfg.harness.cancel = ctl.cancel;
  cfg.harness.feed = ctl.feed;
  cfg.harness.seed = ctl.seed;

  const std::atomic<bool>* stop = nullptr;  // set before start(): thread creation publishes it
  real::SymmetricPoolHooks hooks;
  hooks.step = [&](int, std::uint64_t id) { kernel.run(s.masterNs[id], stop); };
  const real::SpeedModel speed;  // no little workers here either; the label says so
  hooks.part = [&](int w, std::uint64_t id) { kernel.run(s.workerNs[id], stop, speed.factor(w)); };
  if (ctl.cancelled()) return {};
  real::SymmetricPool pool(std::move(cfg), hooks);
  stop = &pool.stopFlag();
  pool.sampleDepths(ctl.live, kMaster, kWorkers);
  pool.addGenerator(s.at, kLateNs);
  pool.start();
  const double drainLimitS = std::max(1.0, ctl.durationS);
  const real::DriveResult end = pool.drive(drainLimitS);

  real::HonestOutcome& honest = pool.harness().outcome();
  honest.noteLoad(end.load, kLateNs);
  honest.noteKernel(kernel);
  honest.noteSpeed(speed);
  honest.noteUnfinished(end.unfinished, "requests", drainLimitS);
  real::RunReport& r = honest.report();
  noteSchedule(r, s, end, pool.completed());
  pool.reportLockFacts(r);
  r.facts["master_ms_host_stretch"] = real::hostStretch(
      pool.log(), s.masterNs, &real::PoolItemTimes::lockAcquired, &real::PoolItemTimes::lockReleased);
  r.facts["worker_ms_host_stretch"] = real::hostStretch(
      pool.log(), s.workerNs, &real::PoolItemTimes::partStart, &real::PoolItemTimes::partFinish);
  r.labels["lock"] = "one std::mutex shared by " + std::to_string(workers) +
                     (workers == 1 ? " worker" : " workers") +
                     "; a waiter sleeps in the kernel and is woken by the holder's unlock";
  run::RealOutcome out(honest.finish());

  real::PoolStations st;
  st.source = FoundationsLab::kSource;
  st.lock = kMaster;
  st.workers = kWorkers;
  st.sink = FoundationsLab::kSink;
  const std::int64_t last = real::replayPool(s.at, pool.log(), st, rec);
  out.endNs = streamEndNs(last, s, end, ctl);
  return out;
}

}  // namespace

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec) {
  if (p.text("design") == "locked") return runLocked(p, ctl, rec);
  const int workers = std::max(1, p.integer("workers"));

  const Schedule s = scheduleOf(p, ctl);
  const std::size_t n = s.at.size();
  const real::WorkKernel kernel = real::WorkKernel::calibrated().withClock(ctl.serviceClock);
  const real::SpeedModel speed;  // this lab has no little workers; the label says so
  real::RuntimeConfig cfg;
  cfg.placeOn(real::HostState::probe(), workers, kLead);  // the host probed before our threads exist
  cfg.dispatch = dispatchOf(p.text("worker_queue"));
  // The model's queues are unbounded: the master's receive queue holds the whole schedule, so no
  // arrival is ever dropped; worker rings are large and push back only when a worker is
  // tens of thousands of requests behind (an unstable system).
  cfg.inputCapacity = n + 1;
  cfg.ringCapacity = cfg.dispatch == real::Dispatch::Shared ? n + 1 : std::min<std::size_t>(n + 1, 1 << 16);
  cfg.logCapacity = n;
  cfg.harness.cancel = ctl.cancel;
  cfg.harness.feed = ctl.feed;
  cfg.harness.seed = ctl.seed;

  const std::atomic<bool>* stop = nullptr;  // set before start(): thread creation publishes it
  real::RuntimeHooks hooks;
  hooks.master = [&](std::uint64_t id) { kernel.run(s.masterNs[id], stop); };
  hooks.worker = [&](int w, std::uint64_t id) { kernel.run(s.workerNs[id], stop, speed.factor(w)); };
  if (ctl.cancelled()) return {};  // cancelled while calibrating: nothing ran
  real::Runtime runtime(std::move(cfg), hooks);
  stop = &runtime.stopFlag();
  runtime.sampleDepths(ctl.live, kMaster, kWorkers);
  // Requests arrive as from a network card: the master takes each when it is due (polling for the
  // last 0.5 ms before it where it has a core of its own), and no generator thread wakes late or
  // takes a CPU from a worker on a small machine.
  runtime.receiveOnMaster(s.at);
  runtime.start();
  const double drainLimitS = std::max(1.0, ctl.durationS);
  const real::DriveResult end = runtime.drive(drainLimitS);

  real::HonestOutcome& honest = runtime.harness().outcome();
  honest.noteLoad(end.load, kLateNs);
  honest.noteKernel(kernel);
  honest.noteSpeed(speed);
  honest.noteUnfinished(end.unfinished, "requests", drainLimitS);
  real::RunReport& r = honest.report();
  runtime.reportMasterFacts(r);
  noteSchedule(r, s, end, runtime.completed());
  r.facts["master_ms_host_stretch"] = real::hostStretch(
      runtime.log(), s.masterNs, &real::ItemTimes::masterStart, &real::ItemTimes::masterFinish);
  r.facts["worker_ms_host_stretch"] = real::hostStretch(
      runtime.log(), s.workerNs, &real::ItemTimes::workerStart, &real::ItemTimes::workerFinish);
  run::RealOutcome out(honest.finish());

  const std::int64_t last = real::replayRuntime(s.at, runtime.log(), {}, rec);
  out.endNs = streamEndNs(last, s, end, ctl);
  return out;
}

}  // namespace amp::labs::foundations
