// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "foundations/foundations_real.h"

#include <algorithm>
#include <cmath>

#include "amp/real/runtime.h"
#include "amp/real/runtime_replay.h"
#include "amp/real/speed_model.h"
#include "amp/real/work_kernel.h"
#include "amp/sim/arrival_stream.h"
#include "amp/sim/distribution.h"

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

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec) {
  if (p.text("design") != "amp") {
    run::RealOutcome out;
    out.error =
        "the real face runs design=amp only so far; the locked design is in the model and the simulation";
    return out;
  }
  const int workers = std::max(1, p.integer("workers"));

  // The same schedule the simulation draws for this seed: arrival times and both job sizes.
  sim::ArrivalStream stream(ctl.seed, sim::ArrivalStream::Process::Poisson, p.num("arrival_rate"),
                            {sim::serviceDist(p.text("master_dist"), p.num("master_ms") / 1000.0),
                             sim::serviceDist(p.text("worker_dist"), p.num("worker_ms") / 1000.0)});
  std::vector<sim::ArrivalDraw> draws = stream.until(ctl.durationS);
  const std::size_t scheduled = draws.size();
  if (draws.size() > kMaxRequests) draws.resize(kMaxRequests);
  const std::size_t n = draws.size();
  std::vector<std::int64_t> sched = real::scheduleNs(draws);
  std::vector<std::int64_t> masterNs(n), workerNs(n);
  for (std::size_t i = 0; i < n; ++i) {
    masterNs[i] = std::llround(draws[i].sizes[0] * 1e9);
    workerNs[i] = std::llround(draws[i].sizes[1] * 1e9);
  }
  draws = {};

  const real::WorkKernel kernel = real::WorkKernel::calibrated().withClock(ctl.serviceClock);
  const real::SpeedModel speed;  // this lab has no little workers; the label says so
  real::RuntimeConfig cfg;
  cfg.placeOn(real::HostState::probe(), workers, kLead);  // the host probed before our threads exist
  cfg.dispatch = dispatchOf(p.text("worker_queue"));
  // The model's queues are unbounded: the master's input holds the whole schedule, so the
  // generator never blocks or drops; worker rings are large and push back only when a worker is
  // tens of thousands of requests behind (an unstable system).
  cfg.inputCapacity = n + 1;
  cfg.ringCapacity = cfg.dispatch == real::Dispatch::Shared ? n + 1 : std::min<std::size_t>(n + 1, 1 << 16);
  cfg.logCapacity = n;
  cfg.harness.cancel = ctl.cancel;
  cfg.harness.feed = ctl.feed;
  cfg.harness.seed = ctl.seed;

  const std::atomic<bool>* stop = nullptr;  // set before start(): thread creation publishes it
  real::RuntimeHooks hooks;
  hooks.master = [&](std::uint64_t id) { kernel.run(masterNs[id], stop); };
  hooks.worker = [&](int w, std::uint64_t id) { kernel.run(workerNs[id], stop, speed.factor(w)); };
  if (ctl.cancelled()) return {};  // cancelled while calibrating: nothing ran
  real::Runtime runtime(std::move(cfg), hooks);
  stop = &runtime.stopFlag();
  runtime.sampleDepths(ctl.live, kMaster, kWorkers);
  runtime.addGenerator(sched, kLateNs);
  runtime.start();
  const double drainLimitS = std::max(1.0, ctl.durationS);
  const real::DriveResult end = runtime.drive(drainLimitS);

  real::HonestOutcome& honest = runtime.harness().outcome();
  honest.noteLoad(end.load, kLateNs);
  honest.noteKernel(kernel);
  honest.noteSpeed(speed);
  honest.noteUnfinished(end.unfinished, "requests", drainLimitS);
  real::RunReport& r = honest.report();
  if (scheduled > n && !end.load.endedEarly)
    r.warnings.push_back("the schedule had " + std::to_string(scheduled) + " requests; only the first " +
                         std::to_string(n) + " were run");
  runtime.reportMasterFacts(r);
  r.facts["requests_scheduled"] = static_cast<double>(n);
  r.facts["requests_emitted"] = static_cast<double>(end.load.emitted);
  r.facts["requests_completed"] = static_cast<double>(runtime.completed());
  r.facts["requests_unfinished"] = static_cast<double>(end.unfinished);
  run::RealOutcome out(honest.finish());

  const std::int64_t last = real::replayRuntime(sched, runtime.log(), {}, rec);
  out.endNs =
      end.cancelled
          ? std::max<std::int64_t>(last, 0)
          : std::max<std::int64_t>(
                last, real::loadEndNs(
                          end.load, scheduled > n ? static_cast<double>(sched.back()) / 1e9 : ctl.durationS));
  return out;
}

}  // namespace amp::labs::foundations
