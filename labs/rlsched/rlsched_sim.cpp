// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

#include "amp/sim/arrival_stream.h"
#include "amp/sim/blocks.h"
#include "rlsched/rlsched_lab.h"
#include "rlsched/rlsched_model.h"
#include "rlsched/rlsched_tasks.h"

namespace amp::labs {

namespace rlsched {

std::vector<Task> drawTasks(const Config& c, std::uint64_t seed, double horizonS, std::size_t maxTasks) {
  // Stage 0: the size class, 1: a unit exponential, 2: the random policy's coin.
  sim::ArrivalStream stream(
      seed, sim::ArrivalStream::Process::Poisson, c.arrivalRate,
      {sim::Distribution::uniform(0, 1), sim::Distribution::exp(1.0), sim::Distribution::uniform(0, 1)});
  std::vector<Task> tasks;
  for (;;) {
    const sim::ArrivalDraw d = stream.next();
    if (d.time >= horizonS || tasks.size() >= maxTasks) break;
    const int cls = d.sizes[0] < c.taskMix ? kLarge : kSmall;
    tasks.push_back({d.time, cls, d.sizes[1] * c.classMeanS(cls), d.sizes[2]});
  }
  return tasks;
}

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kMaxTasks = 4'000'000;  // keeps a long run's per-task arrays bounded
constexpr int kCurvePoints = 100;

/// Feeds the master from the drawn tasks.
class TaskSource final : public sim::EventHandler {
 public:
  TaskSource(sim::Simulator& sim, sim::JobPool& pool, const std::vector<Task>& tasks, sim::Block* next)
      : sim_(sim), pool_(pool), tasks_(tasks), next_(next) {
    self_ = sim_.addHandler(this);
  }
  void start() {
    if (!tasks_.empty()) sim_.scheduleAt(tasks_[0].arrivalS, self_);
  }
  void handle(const sim::Event&) override {
    const Task& t = tasks_[i_];
    const std::uint32_t j = pool_.acquire();
    sim::Job& job = pool_[j];
    job.id = i_;
    job.arrival = job.enqueued = sim_.now();
    job.size = t.fastS;
    job.size2 = t.coin;
    job.cls = static_cast<std::uint8_t>(t.cls);
    sim_.emit(observe::ObsKind::Arrive, job.id, RlschedLab::kSource, -1, 0.0, job.cls);
    next_->accept(j);
    if (++i_ < tasks_.size()) sim_.scheduleAt(tasks_[i_].arrivalS, self_);
  }

 private:
  sim::Simulator& sim_;
  sim::JobPool& pool_;
  const std::vector<Task>& tasks_;
  sim::Block* next_;
  std::uint32_t self_ = 0;
  std::size_t i_ = 0;
};

/// The master: asks the Dispatcher for a cluster with what it observes, and remembers the state
/// and action on the task for the lesson at its completion.
class Master final : public sim::Block {
 public:
  Master(sim::Simulator& sim, sim::JobPool& pool, Dispatcher& d, std::array<sim::Station*, 2> clusters)
      : sim_(sim), pool_(pool), d_(d), clusters_(clusters), out_(sim.recorder().outputs()) {}
  void accept(std::uint32_t j) override {
    sim::Job& job = pool_[j];
    const int action = d_.choose(job.cls, static_cast<int>(clusters_[kFast]->load()),
                                 static_cast<int>(clusters_[kSlow]->load()), job.size2);
    job.tag = static_cast<std::uint32_t>(d_.lastState());
    job.flow = static_cast<std::uint32_t>(action);
    const std::int64_t now = sim::Simulator::toNs(sim_.now());
    out_.addAt(RlschedLab::kDecided, now);
    out_.addAt(RlschedLab::kToFast, now, action == kFast ? 1.0 : 0.0);
    clusters_[static_cast<std::size_t>(action)]->accept(j);
  }

 private:
  sim::Simulator& sim_;
  sim::JobPool& pool_;
  Dispatcher& d_;
  std::array<sim::Station*, 2> clusters_;
  observe::LabOutputs& out_;
};

/// Where a finished task reports back: the lesson for the agent, its latency for the twins and
/// the curves, then the sink.
class Learner final : public sim::Block {
 public:
  Learner(sim::Simulator& sim, sim::JobPool& pool, Dispatcher& d, std::vector<double>& latencyMs,
          sim::Block* sink)
      : sim_(sim), pool_(pool), d_(d), latencyMs_(latencyMs), out_(sim.recorder().outputs()), sink_(sink) {}
  /// Pair each task with the same task's latency in a twin pass: regret against `best`, the
  /// cost of exploring against `greedy` (either may be null). Curves every `windowS`.
  void compareWith(const std::vector<double>* best, const std::vector<double>* greedy, double windowS) {
    best_ = best;
    greedy_ = greedy;
    windowS_ = windowS;
    windowEnd_ = windowS;
  }
  void accept(std::uint32_t j) override {
    const sim::Job& job = pool_[j];
    const double now = sim_.now();
    const double ms = (now - job.arrival) * 1000.0;
    d_.learn(static_cast<int>(job.tag), static_cast<int>(job.flow), ms);
    latencyMs_[job.id] = ms;
    if (windowS_ > 0) curves(job.id, now, ms);
    sink_->accept(j);
  }

 private:
  void curves(std::uint64_t id, double now, double ms) {
    while (now >= windowEnd_) {
      if (windowCount_ > 0)
        out_.point(RlschedLab::kLearningCurve, windowEnd_ - windowS_ / 2, windowSum_ / windowCount_);
      if (paired_ > 0) out_.point(RlschedLab::kRegretCurve, windowEnd_, regretSum_ / paired_);
      windowSum_ = windowCount_ = 0;
      windowEnd_ += windowS_;
    }
    windowSum_ += ms;
    ++windowCount_;
    const std::int64_t ns = sim::Simulator::toNs(now);
    if (best_ != nullptr && !std::isnan((*best_)[id])) {
      regretSum_ += ms - (*best_)[id];
      ++paired_;
      out_.addAt(RlschedLab::kRegretSum, ns, ms - (*best_)[id]);
      out_.addAt(RlschedLab::kPaired, ns);
      if (greedy_ != nullptr && !std::isnan((*greedy_)[id])) {
        out_.addAt(RlschedLab::kOverheadSum, ns, ms - (*greedy_)[id]);
        out_.addAt(RlschedLab::kOverheadPaired, ns);
      }
    }
  }
  sim::Simulator& sim_;
  sim::JobPool& pool_;
  Dispatcher& d_;
  std::vector<double>& latencyMs_;
  observe::LabOutputs& out_;
  sim::Block* sink_;
  const std::vector<double>* best_ = nullptr;
  const std::vector<double>* greedy_ = nullptr;
  double windowS_ = 0, windowEnd_ = 0, windowSum_ = 0, windowCount_ = 0, regretSum_ = 0, paired_ = 0;
};

struct Pass {
  std::vector<double> latencyMs;  ///< per task, NaN where it did not finish
  std::int64_t endNs = 0;
};

/// One pass of the system over `tasks` under `c`'s policy. The main pass (`rec` the run's own)
/// also compares itself with the twins and reports the agent.
Pass runPass(const Config& c, const std::vector<Task>& tasks, const run::SimControl& ctl,
             observe::Recorder& rec, DecisionLog* log, const std::vector<double>* best,
             const std::vector<double>* greedy) {
  sim::Simulator sim(rec);
  sim::JobPool pool;
  Pass pass;
  pass.latencyMs.assign(tasks.size(), kNaN);
  Dispatcher dispatcher(c, agentSeed(ctl.seed), log);
  sim::Sink sink(sim, pool, RlschedLab::kSink);
  Learner learner(sim, pool, dispatcher, pass.latencyMs, &sink);
  const sim::Distribution unused = sim::Distribution::det(0.0);
  sim::Station fast(sim, pool, RlschedLab::kFastStation, c.fastCores, 0, unused, sim::Rng(ctl.seed, 20),
                    &learner);
  sim::Station slow(sim, pool, RlschedLab::kSlowStation, c.slowCores, 0, unused, sim::Rng(ctl.seed, 21),
                    &learner);
  fast.setServiceFn([](sim::Job& j, sim::Rng&) { return j.size; });
  const double k = c.slowFactor;
  slow.setServiceFn([k](sim::Job& j, sim::Rng&) { return j.size * k; });
  slow.setCoreBase(c.fastCores);
  fast.setQueueCap(ctl.queueCap);
  slow.setQueueCap(ctl.queueCap);
  Master master(sim, pool, dispatcher, {&fast, &slow});
  TaskSource source(sim, pool, tasks, &master);
  if (best != nullptr) learner.compareWith(best, greedy, ctl.horizonS / kCurvePoints);
  source.start();
  pass.endNs = sim.run(ctl);
  if (best != nullptr && dispatcher.agent() != nullptr) reportAgent(*dispatcher.agent(), rec.outputs());
  return pass;
}

}  // namespace

std::vector<double> bestThresholdLatenciesMs(const Config& c, const std::vector<Task>& tasks,
                                             std::uint64_t seed, double horizonS) {
  Config best = c;
  best.policy = Policy::Threshold;
  best.threshold = bestThreshold(c).threshold;
  observe::Recorder silent(nullptr);
  run::SimControl ctl;
  ctl.seed = seed;
  ctl.horizonS = horizonS;
  return runPass(best, tasks, ctl, silent, nullptr, nullptr, nullptr).latencyMs;
}

std::int64_t simulate(const run::Params& p, const run::SimControl& ctl, observe::Recorder& rec,
                      DecisionLog* log) {
  const Config c = Config::from(p);
  const std::vector<Task> tasks = drawTasks(c, ctl.seed, ctl.horizonS, kMaxTasks);
  // The twins run the same tasks silently (no recorder), and unpaced.
  observe::Recorder silent(nullptr);
  run::SimControl twinCtl = ctl;
  twinCtl.pacer = nullptr;
  Config best = c;
  best.policy = Policy::Threshold;
  best.threshold = bestThreshold(c).threshold;
  const Pass bestPass = runPass(best, tasks, twinCtl, silent, nullptr, nullptr, nullptr);
  Pass greedyPass;
  if (c.learning()) {
    Config greedy = c;
    greedy.epsilon = 0;
    greedy.ucbC = 0;
    greedyPass = runPass(greedy, tasks, twinCtl, silent, nullptr, nullptr, nullptr);
  }
  return runPass(c, tasks, ctl, rec, log, &bestPass.latencyMs, c.learning() ? &greedyPass.latencyMs : nullptr)
      .endNs;
}

void reportAgent(const Agent& agent, observe::LabOutputs& out) {
  observe::Table& t =
      out.table(RlschedLab::kQTable, {{"state", "State (size, tasks per core at fast, at slow)", "", true},
                                      {"q_fast", "Q(fast)", "ms", false},
                                      {"q_slow", "Q(slow)", "ms", false},
                                      {"n_fast", "Sent fast", "tasks", false},
                                      {"n_slow", "Sent slow", "tasks", false},
                                      {"greedy", "Greedy choice", "", true}});
  for (int s = 0; s < kStates; ++s) {
    const std::uint64_t nf = agent.tries(s, kFast), ns = agent.tries(s, kSlow);
    if (nf + ns == 0) continue;
    const bool both = agent.samples(s, kFast) > 0 && agent.samples(s, kSlow) > 0;
    auto qCell = [&](int a) {
      return agent.samples(s, a) > 0 ? observe::numberCell(agent.q(s, a)) : observe::textCell("untried");
    };
    t.addRow({observe::textCell(stateName(s)), qCell(kFast), qCell(kSlow),
              observe::numberCell(static_cast<double>(nf)), observe::numberCell(static_cast<double>(ns)),
              observe::textCell(agent.greedy(s) == kFast ? "fast" : "slow")});
    if (both) out.point(RlschedLab::kQGap, s, agent.q(s, kSlow) - agent.q(s, kFast));
  }
}

}  // namespace rlsched

std::int64_t RlschedLab::simulate(const run::Params& p, const run::SimControl& ctl,
                                  observe::Recorder& rec) const {
  return rlsched::simulate(p, ctl, rec, nullptr);
}

double RlschedLab::suggestedHorizonS(const run::Params& p) const {
  // Enough tasks for the agent to visit its states many times and settle.
  return std::clamp(40000.0 / p.num("arrival_rate"), 10.0, 4000.0);
}

}  // namespace amp::labs
