// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "amp/real/runtime.h"
#include "amp/real/runtime_replay.h"
#include "amp/real/speed_model.h"
#include "amp/real/work_kernel.h"
#include "rlsched/rlsched_lab.h"
#include "rlsched/rlsched_tasks.h"

namespace amp::labs {

namespace rlsched {

namespace {
constexpr std::size_t kMaxTasks = std::size_t{1} << 20;
constexpr std::int64_t kLateNs = 1'000'000;  // a task emitted 1 ms after its time is late
constexpr auto kLead = std::chrono::milliseconds(50);
// The runtime's per-worker stations start here; the replay folds them into the two clusters.
constexpr std::uint16_t kWorkerStations = 8;
constexpr int kCurvePoints = 50;

/// The master's memory of one task between its decision and its lesson.
struct Decided {
  int state = 0, action = 0;
};
}  // namespace

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec,
                         DecisionLog* log) {
  const Config c = Config::from(p);
  const int workers = c.fastCores + c.slowCores;
  const std::vector<Task> tasks = drawTasks(c, ctl.seed, ctl.durationS, kMaxTasks);
  const std::size_t n = tasks.size();
  std::vector<std::int64_t> at(n), workNs(n);
  for (std::size_t i = 0; i < n; ++i) {
    at[i] = std::llround(tasks[i].arrivalS * 1e9);
    workNs[i] = std::llround(tasks[i].fastS * 1e9);
  }
  const real::WorkKernel kernel = real::WorkKernel::calibrated().withClock(ctl.serviceClock);
  real::RuntimeConfig cfg;
  const real::HostState host = real::HostState::probe();  // before our own threads exist
  cfg.placeOn(host, workers, kLead);
  // The slow cluster is the last slow_cores workers: real little cores where the host has them,
  // else fast cores that do slow_factor times the work (emulated, and the outcome says so).
  const real::SpeedModel speed =
      real::SpeedModel::choose(host.topo, cfg.placement, c.slowCores, c.slowFactor);
  cfg.dispatch = real::Dispatch::Chosen;
  cfg.inputCapacity = n + 1;  // unbounded queues, as in the model: the generator never blocks
  cfg.ringCapacity = n + 1;
  cfg.logCapacity = n;
  cfg.harness.cancel = ctl.cancel;
  cfg.harness.feed = ctl.feed;
  cfg.harness.seed = ctl.seed;

  // Completions travel back to the master, one SPSC ring per worker; the finish time is written
  // before the push (release) and read after the pop (acquire).
  std::vector<std::unique_ptr<real::SpscRing<std::uint64_t>>> doneRings;
  for (int w = 0; w < workers; ++w)
    doneRings.push_back(std::make_unique<real::SpscRing<std::uint64_t>>(n + 1));
  std::vector<std::int64_t> finishNs(n, -1);
  std::vector<Decided> decided(n);
  Dispatcher dispatcher(c, agentSeed(ctl.seed), log);
  std::uint64_t toFast = 0, decisions = 0;

  real::Runtime* rt = nullptr;              // set before start(): thread creation publishes it
  const std::atomic<bool>* stop = nullptr;  // likewise
  auto learnFinished = [&] {
    std::uint64_t id = 0;
    for (auto& ring : doneRings)
      while (ring->tryPop(id)) {
        const double costMs = static_cast<double>(finishNs[id] - at[id]) / 1e6;
        dispatcher.learn(decided[id].state, decided[id].action, costMs);
      }
  };
  real::RuntimeHooks hooks;
  hooks.master = [](std::uint64_t) {};  // the master's work is its decision, in route
  hooks.route = [&](std::uint64_t id) {
    learnFinished();
    int tasksAt[2] = {0, 0};
    for (int w = 0; w < workers; ++w)
      tasksAt[w < c.fastCores ? kFast : kSlow] += static_cast<int>(rt->outstanding(w));
    const Task& t = tasks[id];
    const int action = dispatcher.choose(t.cls, tasksAt[kFast], tasksAt[kSlow], t.coin);
    decided[id] = {dispatcher.lastState(), action};
    ++decisions;
    toFast += action == kFast ? 1 : 0;
    // Within a cluster, the core with the fewest tasks (each core has its own queue).
    const int first = action == kFast ? 0 : c.fastCores;
    const int last = action == kFast ? c.fastCores : workers;
    int best = first;
    for (int w = first + 1; w < last; ++w)
      if (rt->outstanding(w) < rt->outstanding(best)) best = w;
    return best;
  };
  hooks.worker = [&](int w, std::uint64_t id) { kernel.run(workNs[id], stop, speed.factor(w)); };
  hooks.done = [&](int w, std::uint64_t id, std::int64_t finish) {
    finishNs[id] = finish;
    doneRings[static_cast<std::size_t>(w)]->tryPush(id);  // room for every task: never full
  };
  if (ctl.cancelled()) return {};
  real::Runtime runtime(std::move(cfg), hooks);
  rt = &runtime;
  stop = &runtime.stopFlag();
  runtime.sampleDepths(ctl.live, RlschedLab::kMaster, RlschedLab::kFastStation);
  runtime.addGenerator(at, kLateNs);
  runtime.start();
  const double drainLimitS = std::max(1.0, ctl.durationS);
  const real::DriveResult end = runtime.drive(drainLimitS);
  learnFinished();  // the last lessons, now on this thread (the threads are joined)

  real::HonestOutcome& honest = runtime.harness().outcome();
  honest.noteLoad(end.load, kLateNs, "tasks");
  honest.noteKernel(kernel);
  honest.noteSpeed(speed);
  honest.noteUnfinished(end.unfinished, "tasks", drainLimitS);
  real::RunReport& r = honest.report();
  runtime.reportMasterFacts(r);
  r.facts["tasks_scheduled"] = static_cast<double>(n);
  r.facts["tasks_completed"] = static_cast<double>(runtime.completed());
  r.labels["agent"] = "the master thread runs the simulation's own dispatcher and agent code";
  r.labels["clusters"] = std::to_string(c.fastCores) + " fast + " + std::to_string(c.slowCores) +
                         " slow worker threads, slow ones " + speed.label();
  if (c.learning())
    r.warnings.push_back(
        "regret and explore_overhead_ms need a twin run on the same tasks: they come from the simulation only");
  run::RealOutcome out(honest.finish());

  observe::LabOutputs& outputs = rec.outputs();
  outputs.set(RlschedLab::kToFast, static_cast<double>(toFast));
  outputs.set(RlschedLab::kDecided, static_cast<double>(decisions));
  if (const Agent* agent = dispatcher.agent()) reportAgent(*agent, outputs);
  // The learning curve: mean latency of the tasks finished in each window of the run.
  const double windowNs = ctl.durationS * 1e9 / kCurvePoints;
  std::vector<double> sum(kCurvePoints + 1, 0.0), count(kCurvePoints + 1, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    if (finishNs[i] < 0) continue;
    const auto w = static_cast<std::size_t>(
        std::clamp(static_cast<double>(finishNs[i]) / windowNs, 0.0, double(kCurvePoints)));
    sum[w] += static_cast<double>(finishNs[i] - at[i]) / 1e6;
    count[w] += 1;
  }
  for (std::size_t w = 0; w < static_cast<std::size_t>(kCurvePoints); ++w)
    if (count[w] > 0)
      outputs.point(RlschedLab::kLearningCurve, (static_cast<double>(w) + 0.5) * windowNs / 1e9,
                    sum[w] / count[w]);

  real::RuntimeStations st;
  st.source = RlschedLab::kSource;
  st.master = RlschedLab::kMaster;
  st.worker = kWorkerStations;
  st.sink = RlschedLab::kSink;
  st.perWorker = true;
  const int fastCores = c.fastCores;
  const std::int64_t last = real::replayRuntime(at, runtime.log(), st, rec, [&](observe::Observation& o) {
    if (o.station >= kWorkerStations)
      o.station =
          o.station - kWorkerStations < fastCores ? RlschedLab::kFastStation : RlschedLab::kSlowStation;
    if (o.entity < n) o.cls = static_cast<std::uint8_t>(tasks[o.entity].cls);
  });
  out.endNs = end.cancelled ? last : std::max(last, real::loadEndNs(end.load, ctl.durationS));
  return out;
}

}  // namespace rlsched

run::RealOutcome RlschedLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                     observe::Recorder& rec) const {
  return rlsched::runReal(p, ctl, rec, nullptr);
}

}  // namespace amp::labs
