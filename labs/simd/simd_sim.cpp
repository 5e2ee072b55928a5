// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <string>

#include "amp/sim/blocks.h"
#include "amp/sim/rng.h"
#include "amp/sim/simulator.h"
#include "simd/simd_lab.h"

namespace amp::labs {

using observe::ObsKind;

namespace {

constexpr double kUs = 1e-6;  // the simulation runs in seconds

/// One strategy's pass: every little runs its tasks one after the other (a closed loop), built
/// from the engine's blocks: the little's own work is a delay (one task per little at a time, so
/// it never queues), the hand-offs or migrations are delays, the big core is a one-server FCFS
/// station, and a task that is done starts the little's next one.
class Pass final : public sim::Block {
 public:
  Pass(const run::Params& p, SimdLab::Strategy s, std::uint64_t seed, observe::Recorder& rec, bool timeline)
      : strategy_(s),
        tasks_(std::max(1, p.integer("tasks"))),
        littles_(std::max(1, p.integer("littles"))),
        timeline_(timeline),
        sim_(rec),
        sink_(sim_, pool_, SimdLab::kSink) {
    const double task = p.num("task_us") * kUs;
    const double f = p.num("vector_fraction");
    const double vectorBig = f * task / (p.num("simd_speedup") * p.num("big_factor"));
    switch (s) {
      case SimdLab::kLocal:
        littleS_ = task;
        break;
      case SimdLab::kOffload:
        littleS_ = (1.0 - f) * task;
        wayS_ = p.num("handoff_us") * kUs;
        bigS_ = vectorBig;
        break;
      case SimdLab::kMigrate:
        wayS_ = p.num("migrate_us") * kUs;
        bigS_ = (1.0 - f) * task / p.num("big_factor") + vectorBig;
        break;
    }
    const bool usesBig = s != SimdLab::kLocal;
    back_ = std::make_unique<sim::Delay>(sim_, pool_, SimdLab::kBack, sim::Distribution::det(wayS_),
                                         sim::Rng(seed, 4), this);
    big_ = std::make_unique<sim::Station>(sim_, pool_, SimdLab::kBig, 1, 0, sim::Distribution::det(bigS_),
                                          sim::Rng(seed, 3), back_.get());
    there_ = std::make_unique<sim::Delay>(sim_, pool_, SimdLab::kThere, sim::Distribution::det(wayS_),
                                          sim::Rng(seed, 2), big_.get());
    little_ = std::make_unique<sim::Delay>(sim_, pool_, SimdLab::kLittles, sim::Distribution::det(littleS_),
                                           sim::Rng(seed, 1),
                                           usesBig ? static_cast<sim::Block*>(there_.get()) : this);
    // Migration has no work on the little: the thread leaves for the big core at once.
    first_ = s == SimdLab::kMigrate ? static_cast<sim::Block*>(there_.get()) : little_.get();
    started_.assign(static_cast<std::size_t>(littles_), 0);
  }

  std::int64_t run(const run::SimControl& ctl) {
    big_->setQueueCap(ctl.queueCap);
    for (int l = 0; l < littles_; ++l) startTask(l);
    return sim_.run(ctl);
  }

  bool complete() const { return done_ == static_cast<std::uint64_t>(tasks_) * littles_; }

  simd::PassTimes times() const {
    simd::PassTimes t;
    t.tasks = done_;
    if (done_ == 0) return t;
    t.taskUs = sumS_ / static_cast<double>(done_) / kUs;
    t.littleUs = littleS_ / kUs;
    t.bigUs = bigS_ / kUs;
    t.overheadUs = t.taskUs - t.littleUs - t.bigUs;
    // Rounding of the sums leaves ~1e-13 µs where nothing waited: that is no wait.
    t.waitUs = t.overheadUs - 2.0 * wayS_ / kUs;
    if (t.waitUs < 1e-9 * t.taskUs) t.waitUs = 0.0;
    return t;
  }

  /// A task is done: its result is back on its little.
  void accept(std::uint32_t idx) override {
    const sim::Job job = pool_[idx];
    const double now = sim_.now();
    sumS_ += now - job.arrival;
    ++done_;
    if (timeline_ && job.id % static_cast<std::uint64_t>(tasks_) < SimdLab::kTimelineTasks)
      drawTask(static_cast<int>(job.tag), job.arrival, now);
    sink_.accept(idx);
    startTask(static_cast<int>(job.tag));
  }

 private:
  void startTask(int little) {
    int& n = started_[static_cast<std::size_t>(little)];
    if (n >= tasks_) return;
    const std::uint32_t idx = pool_.acquire();
    sim::Job& job = pool_[idx];
    job.id = static_cast<std::uint64_t>(little) * static_cast<std::uint64_t>(tasks_) +
             static_cast<std::uint64_t>(n);
    job.tag = static_cast<std::uint32_t>(little);
    job.arrival = sim_.now();
    ++n;
    sim_.emit(ObsKind::Arrive, job.id, SimdLab::kSource, -1, 0.0);
    first_->accept(idx);
  }

  /// The task's steps on its little's lane and the big core's, worked back from its end: every
  /// step but the wait for the big core has a constant length.
  void drawTask(int little, double start, double end) {
    observe::LabOutputs& out = sim_.recorder().outputs();
    const std::string lane = "little " + std::to_string(little);
    const auto event = [&](const std::string& on, double a, double b, const char* kind) {
      if (b > a) out.event(SimdLab::kTimeline, {on, a, b, kind});
    };
    if (strategy_ == SimdLab::kLocal) {
      event(lane, start, end, "task");
      return;
    }
    const char* way = strategy_ == SimdLab::kOffload ? "hand-off" : "migrate";
    const double bigEnd = end - wayS_, bigStart = bigEnd - bigS_, arrived = start + littleS_ + wayS_;
    event(lane, start, start + littleS_, "scalar");
    event(lane, start + littleS_, arrived, way);
    event(lane, arrived, bigStart, "wait");
    event("big core", bigStart, bigEnd, strategy_ == SimdLab::kOffload ? "vector" : "task");
    event(lane, bigEnd, end, way);
  }

  SimdLab::Strategy strategy_;
  int tasks_, littles_;
  bool timeline_;
  double littleS_ = 0.0, wayS_ = 0.0, bigS_ = 0.0;
  sim::Simulator sim_;
  sim::JobPool pool_;
  sim::Sink sink_;
  std::unique_ptr<sim::Delay> little_, there_, back_;
  std::unique_ptr<sim::Station> big_;
  sim::Block* first_ = nullptr;
  std::vector<int> started_;  // tasks each little has begun
  std::uint64_t done_ = 0;
  double sumS_ = 0.0;
};

}  // namespace

std::int64_t SimdLab::simulate(const run::Params& p, const run::SimControl& ctl,
                               observe::Recorder& rec) const {
  const Strategy chosen = simd::strategyOf(p.text("strategy"));
  std::array<simd::PassTimes, 3> passes;
  std::int64_t end = 0;
  // The other two strategies run unrecorded (and unpaced) first; the chosen one last, into the
  // stream the flow, the timeline and the aggregator see.
  run::SimControl quiet = ctl;
  quiet.pacer = nullptr;
  for (Strategy s : {kLocal, kOffload, kMigrate}) {
    if (s == chosen) continue;
    observe::Recorder silent(nullptr);
    Pass pass(p, s, ctl.seed, silent, false);
    pass.run(quiet);
    if (!pass.complete()) return 0;  // cancelled or cut by the horizon: no outcome
    passes[s] = pass.times();
  }
  Pass pass(p, chosen, ctl.seed, rec, true);
  end = pass.run(ctl);
  if (!pass.complete()) return end;
  passes[chosen] = pass.times();
  simd::setOutcomes(rec.outputs(), passes, chosen, 1.0 / (p.num("simd_speedup") * p.num("big_factor")));
  return end;
}

double SimdLab::suggestedHorizonS(const run::Params& p) const {
  // A pass ends by itself; the horizon only guards a runaway. No task takes longer than every
  // little's whole task at the big core in turn plus the ways there and back.
  const double perTask =
      p.num("task_us") * (1 + p.num("littles")) + 2 * (p.num("handoff_us") + p.num("migrate_us"));
  return 10.0 * p.num("tasks") * perTask * kUs + 1.0;
}

}  // namespace amp::labs
