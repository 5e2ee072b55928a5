// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <vector>

#include "amp/real/runtime.h"
#include "amp/real/runtime_replay.h"
#include "amp/real/speed_model.h"
#include "amp/real/work_kernel.h"
#include "amp/run/phrase.h"
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
  const std::vector<int> cpus = host.topo.usableCpus();
  if (!speed.realAsymmetry() && static_cast<int>(cpus.size()) == workers) {
    // One core short of a master apart (1 fast + 1 slow on two cores): each worker keeps a core of
    // its own, and the master (a decision of well under a microsecond per task) and the generator
    // sit beside the last slow worker, the least busy seat. The outcome names the sharing.
    cfg.placement.workerCpus.assign(cpus.begin(), cpus.end());
    cfg.placement.masterCpu = cpus.back();
    cfg.placement.lightCpu = cpus.back();
    cfg.spinNs = 0;  // a polling master would take the slow worker's core
  }
  cfg.dispatch = real::Dispatch::Chosen;
  cfg.inputCapacity = n + 1;  // unbounded queues, as in the model: the generator never blocks
  // A worker tens of thousands of tasks behind (an unstable cluster) makes the master wait.
  cfg.ringCapacity = std::min<std::size_t>(n + 1, std::size_t{1} << 16);
  cfg.logCapacity = n;
  cfg.harness.cancel = ctl.cancel;
  cfg.harness.feed = ctl.feed;
  cfg.harness.seed = ctl.seed;

  // Completions travel back to the master, one SPSC ring per worker; the finish time is written
  // before the push (release) and read after the pop (acquire).
  std::vector<std::unique_ptr<real::SpscRing<std::uint64_t>>> doneRings;
  const std::size_t doneCapacity = std::min<std::size_t>(n + 1, std::size_t{1} << 16);
  for (int w = 0; w < workers; ++w)
    doneRings.push_back(std::make_unique<real::SpscRing<std::uint64_t>>(doneCapacity));
  std::atomic<std::uint64_t> lessonsLost{0};  // a full ring: the master was far behind
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
    // relaxed: a count read after the threads are joined
    if (!doneRings[static_cast<std::size_t>(w)]->tryPush(id))
      lessonsLost.fetch_add(1, std::memory_order_relaxed);
  };
  if (ctl.cancelled()) return {};
  real::Runtime runtime(std::move(cfg), hooks);
  rt = &runtime;
  stop = &runtime.stopFlag();
  std::vector<std::uint16_t> workerStations;  // the fast cluster first, then the slow one
  for (int w = 0; w < workers; ++w)
    workerStations.push_back(w < c.fastCores ? RlschedLab::kFastStation : RlschedLab::kSlowStation);
  runtime.setWorkerStations(std::move(workerStations));
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
  r.facts["lessons_lost"] = static_cast<double>(lessonsLost.load(std::memory_order_relaxed));
  r.labels["agent"] = "the master thread runs the simulation's own dispatcher and agent code";
  r.labels["clusters"] = std::to_string(c.fastCores) + " fast + " + std::to_string(c.slowCores) +
                         " slow worker threads, slow ones " + speed.label();
  r.labels["regret"] = "against the best fixed threshold policy simulated on the same tasks";
  if (c.learning())
    r.warnings.push_back(run::phrase(
        "explore_overhead_ms needs a twin of the same learner that never explores, on the same tasks: it comes from "
        "the simulation only"));
  run::RealOutcome out(honest.finish());

  observe::LabOutputs& outputs = rec.outputs();
  outputs.set(RlschedLab::kToFast, static_cast<double>(toFast));
  outputs.set(RlschedLab::kDecided, static_cast<double>(decisions));
  if (const Agent* agent = dispatcher.agent()) reportAgent(*agent, outputs);
  // The learning curve: mean latency of the tasks finished in each window of the run. The regret
  // so far: against the best fixed threshold policy simulated on the same tasks (the real run's
  // own overheads count against it, and the outcome says so).
  const std::vector<double> best = bestThresholdLatenciesMs(c, tasks, ctl.seed, 2 * ctl.durationS + 10);
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < n; ++i)
    if (finishNs[i] >= 0) order.push_back(i);
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return finishNs[a] < finishNs[b]; });
  const double windowNs = ctl.durationS * 1e9 / kCurvePoints;
  double windowEnd = windowNs, sum = 0, count = 0, regretSum = 0, paired = 0;
  auto closeWindow = [&] {
    if (count > 0) outputs.point(RlschedLab::kLearningCurve, (windowEnd - windowNs / 2) / 1e9, sum / count);
    if (paired > 0) outputs.point(RlschedLab::kRegretCurve, windowEnd / 1e9, regretSum / paired);
    sum = count = 0;
    windowEnd += windowNs;
  };
  for (const std::size_t i : order) {
    while (static_cast<double>(finishNs[i]) >= windowEnd) closeWindow();
    const double ms = static_cast<double>(finishNs[i] - at[i]) / 1e6;
    sum += ms;
    ++count;
    if (!std::isnan(best[i])) {
      regretSum += ms - best[i];
      ++paired;
    }
  }
  if (count > 0) closeWindow();
  outputs.set(RlschedLab::kRegretSum, regretSum);
  outputs.set(RlschedLab::kPaired, paired);

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
