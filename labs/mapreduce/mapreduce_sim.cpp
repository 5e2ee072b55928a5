// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <deque>

#include "amp/sim/distribution.h"
#include "amp/sim/rng.h"
#include "amp/sim/simulator.h"
#include "mapreduce/mapreduce_lab.h"

namespace amp::labs {

using observe::ObsKind;

namespace {

/// One job: the master dispatches task after task (τ each), the first free worker maps each, and
/// after the barrier (the last map done) the master reduces for r·ρ.
class JobRun final : public sim::EventHandler {
 public:
  JobRun(const run::Params& p, const run::SimControl& ctl, observe::Recorder& rec)
      : sim_(rec),
        outputs_(rec.outputs()),
        tasks_(static_cast<std::size_t>(std::max(1, p.integer("tasks")))),
        workS_(p.num("work_s")),
        tauS_(p.num("schedule_ms") / 1000.0),
        reduceS_(p.num("reduce_ms_per_task") / 1000.0 * static_cast<double>(tasks_)),
        running_(static_cast<std::size_t>(std::max(1, p.integer("workers"))), kIdle),
        sizeS_(tasks_),
        readyAtS_(tasks_, 0.0) {
    // Task sizes in dispatch order from the seed: lognormal with the task's mean and task_cv, or
    // all equal (cv 0), so the same seed gives the same job at every parameter point.
    const double d = workS_ / static_cast<double>(tasks_);
    const double cv = p.num("task_cv");
    const sim::Distribution size = cv > 0 ? sim::Distribution::lognormal(d, cv) : sim::Distribution::det(d);
    sim::Rng rng(ctl.seed, 1);
    for (double& s : sizeS_) s = size.sample(rng);
    self_ = sim_.addHandler(this);
  }

  std::int64_t run(const run::SimControl& ctl) {
    for (std::uint64_t t = 0; t < tasks_; ++t) {
      sim_.emit(ObsKind::Arrive, t, MapReduceLab::kSource, -1, 0.0);
      sim_.emit(ObsKind::Enqueue, t, MapReduceLab::kMaster, -1, 0.0);
    }
    dispatchNext();
    const std::int64_t end = sim_.run(ctl);
    if (!reduced_) return end;  // cancelled or cut by the horizon: no makespan to report
    const double makespan = sim_.now();
    const auto p = static_cast<double>(running_.size());
    double work = 0.0;
    for (double s : sizeS_) work += s;
    outputs_.set("makespan_s", makespan);
    outputs_.set("speedup", workS_ / makespan);
    outputs_.set("master_util", (static_cast<double>(tasks_) * tauS_ + reduceS_) / makespan);
    outputs_.set("worker_idle_frac", std::max(0.0, 1.0 - work / (p * makespan)));
    return end;
  }

  void handle(const sim::Event& e) override {
    switch (e.type) {
      case kDispatched: {
        dispatching_ = false;
        sim_.emit(ObsKind::Finish, e.data, MapReduceLab::kMaster, 0, tauS_ * 1e9);
        outputs_.event(MapReduceLab::kTimeline, {"master", sim_.now() - tauS_, sim_.now(), "dispatch"});
        ready_.push_back(e.data);
        readyAtS_[e.data] = sim_.now();
        sim_.emit(ObsKind::Enqueue, e.data, MapReduceLab::kWorkers, -1, 0.0);
        startWork();
        dispatchNext();
        return;
      }
      case kMapped: {
        const auto w = static_cast<std::size_t>(e.data);
        const std::uint64_t task = running_[w];
        running_[w] = kIdle;
        sim_.emit(ObsKind::Finish, task, MapReduceLab::kWorkers, static_cast<std::int16_t>(w),
                  sizeS_[task] * 1e9);
        sim_.emit(ObsKind::Depart, task, MapReduceLab::kSink, -1, sim_.now() * 1e9);
        outputs_.event(MapReduceLab::kTimeline,
                       {"worker " + std::to_string(w), sim_.now() - sizeS_[task], sim_.now(), "map"});
        if (++mapped_ == tasks_) {
          // The barrier: every map is done, the master merges the results.
          sim_.emit(ObsKind::Start, tasks_, MapReduceLab::kMaster, 0, 0.0);
          sim_.schedule(reduceS_, self_, kReduced, 0);
          return;
        }
        startWork();
        return;
      }
      default:
        sim_.emit(ObsKind::Finish, tasks_, MapReduceLab::kMaster, 0, reduceS_ * 1e9);
        outputs_.event(MapReduceLab::kTimeline, {"master", sim_.now() - reduceS_, sim_.now(), "reduce"});
        reduced_ = true;
        sim_.stop();
    }
  }

 private:
  static constexpr std::uint32_t kDispatched = 0, kMapped = 1, kReduced = 2;
  static constexpr std::uint64_t kIdle = ~0ULL;

  void dispatchNext() {
    if (next_ >= tasks_ || dispatching_) return;
    dispatching_ = true;
    sim_.emit(ObsKind::Start, next_, MapReduceLab::kMaster, 0, sim_.now() * 1e9);
    sim_.schedule(tauS_, self_, kDispatched, next_);
    ++next_;
  }

  /// Free workers, lowest index first, take the ready tasks in dispatch order.
  void startWork() {
    for (std::size_t w = 0; w < running_.size() && !ready_.empty(); ++w) {
      if (running_[w] != kIdle) continue;
      const std::uint64_t task = ready_.front();
      ready_.pop_front();
      running_[w] = task;
      sim_.emit(ObsKind::Start, task, MapReduceLab::kWorkers, static_cast<std::int16_t>(w),
                (sim_.now() - readyAtS_[task]) * 1e9);
      sim_.schedule(sizeS_[task], self_, kMapped, w);
    }
  }

  sim::Simulator sim_;
  observe::LabOutputs& outputs_;
  std::size_t tasks_;
  double workS_, tauS_, reduceS_;
  std::vector<std::uint64_t> running_;
  std::vector<double> sizeS_;     // each task's map time, by task
  std::vector<double> readyAtS_;  // when each task left the master
  std::deque<std::uint64_t> ready_;
  std::uint32_t self_ = 0;
  std::uint64_t next_ = 0, mapped_ = 0;
  bool dispatching_ = false, reduced_ = false;
};

}  // namespace

std::int64_t MapReduceLab::simulate(const run::Params& p, const run::SimControl& ctl,
                                    observe::Recorder& rec) const {
  JobRun job(p, ctl, rec);
  return job.run(ctl);
}

double MapReduceLab::suggestedHorizonS(const run::Params& p) const {
  // A job ends by itself; the horizon only guards a runaway (a long lognormal tail included).
  const double r = std::max(1, p.integer("tasks"));
  const double serial = r * (p.num("schedule_ms") + p.num("reduce_ms_per_task")) / 1000.0;
  return 100.0 * (p.num("work_s") * (1.0 + p.num("task_cv")) + serial + 1.0);
}

}  // namespace amp::labs
