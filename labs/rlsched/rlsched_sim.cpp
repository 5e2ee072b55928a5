// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

#include "amp/sim/arrival_stream.h"
#include "amp/sim/blocks.h"
#include "rlsched/rlsched_lab.h"
#include "rlsched/rlsched_model.h"
#include "rlsched/rlsched_tasks.h"

namespace amp::labs {

namespace rlsched {

TaskStream::TaskStream(const Config& c, std::uint64_t seed, double horizonS, std::size_t maxTasks)
    // Stage 0: the size class, 1: a unit exponential, 2: the random policy's coin.
    : stream_(
          seed, sim::ArrivalStream::Process::Poisson, c.arrivalRate,
          {sim::Distribution::uniform(0, 1), sim::Distribution::exp(1.0), sim::Distribution::uniform(0, 1)}),
      taskMix_(c.taskMix),
      meanS_{c.classMeanS(kSmall), c.classMeanS(kLarge)},
      horizonS_(horizonS),
      left_(maxTasks) {}

bool TaskStream::next(Task& t) {
  if (left_ == 0) return false;
  const sim::ArrivalDraw d = stream_.next();
  if (d.time >= horizonS_) {
    left_ = 0;
    return false;
  }
  --left_;
  const int cls = d.sizes[0] < taskMix_ ? kLarge : kSmall;
  t = Task{d.time, cls, d.sizes[1] * meanS_[cls], d.sizes[2]};
  return true;
}

std::vector<Task> drawTasks(const Config& c, std::uint64_t seed, double horizonS, std::size_t maxTasks) {
  TaskStream stream(c, seed, horizonS, maxTasks);
  std::vector<Task> tasks;
  for (Task t; stream.next(t);) tasks.push_back(t);
  return tasks;
}

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kCurvePoints = 100;

/// Hands a pass its tasks in arrival order: false when there are no more.
using TaskFeed = std::function<bool(Task&)>;

/// Feeds the master from the task feed; a task's id is its place in the arrival order.
class TaskSource final : public sim::EventHandler {
 public:
  TaskSource(sim::Simulator& sim, sim::JobPool& pool, TaskFeed feed, sim::Block* next)
      : sim_(sim), pool_(pool), feed_(std::move(feed)), next_(next) {
    self_ = sim_.addHandler(this);
  }
  void start() {
    if (feed_(pending_)) sim_.scheduleAt(pending_.arrivalS, self_);
  }
  void handle(const sim::Event&) override {
    const std::uint32_t j = pool_.acquire();
    sim::Job& job = pool_[j];
    job.id = id_++;
    job.arrival = job.enqueued = sim_.now();
    job.size = pending_.fastS;
    job.size2 = pending_.coin;
    job.cls = static_cast<std::uint8_t>(pending_.cls);
    sim_.emit(observe::ObsKind::Arrive, job.id, RlschedLab::kSource, -1, 0.0, job.cls);
    next_->accept(j);
    if (feed_(pending_)) sim_.scheduleAt(pending_.arrivalS, self_);
  }

 private:
  sim::Simulator& sim_;
  sim::JobPool& pool_;
  TaskFeed feed_;
  sim::Block* next_;
  std::uint32_t self_ = 0;
  std::uint64_t id_ = 0;
  Task pending_;
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

/// What a pass does with each finished task besides teaching its agent.
class Finishes {
 public:
  virtual ~Finishes() = default;
  virtual void finished(std::uint64_t id, double nowS, double latencyMs) = 0;
};

/// Where a finished task reports back: the lesson for the agent, then its latency, then the sink.
class Learner final : public sim::Block {
 public:
  Learner(sim::Simulator& sim, sim::JobPool& pool, Dispatcher& d, Finishes* finishes, sim::Block* sink)
      : sim_(sim), pool_(pool), d_(d), finishes_(finishes), sink_(sink) {}
  void accept(std::uint32_t j) override {
    const sim::Job& job = pool_[j];
    const double now = sim_.now();
    const double ms = (now - job.arrival) * 1000.0;
    d_.learn(static_cast<int>(job.tag), static_cast<int>(job.flow), ms);
    if (finishes_ != nullptr) finishes_->finished(job.id, now, ms);
    sink_->accept(j);
  }

 private:
  sim::Simulator& sim_;
  sim::JobPool& pool_;
  Dispatcher& d_;
  Finishes* finishes_;
  sim::Block* sink_;
};

/// The system of one pass: tasks from `feed` through the master to the two clusters, under
/// `c`'s policy, recording to `rec`.
class System {
 public:
  System(const Config& c, std::uint64_t seed, std::size_t queueCap, observe::Recorder& rec, DecisionLog* log,
         TaskFeed feed, Finishes* finishes)
      : sim_(rec),
        dispatcher_(c, agentSeed(seed), log),
        sink_(sim_, pool_, RlschedLab::kSink),
        learner_(sim_, pool_, dispatcher_, finishes, &sink_),
        fast_(sim_, pool_, RlschedLab::kFastStation, c.fastCores, 0, unused(), sim::Rng(seed, 20), &learner_),
        slow_(sim_, pool_, RlschedLab::kSlowStation, c.slowCores, 0, unused(), sim::Rng(seed, 21), &learner_),
        master_(sim_, pool_, dispatcher_, {&fast_, &slow_}),
        source_(sim_, pool_, std::move(feed), &master_) {
    fast_.setServiceFn([](sim::Job& j, sim::Rng&) { return j.size; });
    const double k = c.slowFactor;
    slow_.setServiceFn([k](sim::Job& j, sim::Rng&) { return j.size * k; });
    slow_.setCoreBase(c.fastCores);
    fast_.setQueueCap(queueCap);
    slow_.setQueueCap(queueCap);
    source_.start();
  }
  /// Runs on to ctl.horizonS (again and again with later horizons, see Simulator::run).
  std::int64_t run(const run::SimControl& ctl) { return sim_.run(ctl); }
  double now() const { return sim_.now(); }
  bool idle() const { return sim_.pending() == 0; }
  const Dispatcher& dispatcher() const { return dispatcher_; }

 private:
  static sim::Distribution unused() { return sim::Distribution::det(0.0); }  // service comes from the task
  sim::Simulator sim_;
  sim::JobPool pool_;
  Dispatcher dispatcher_;
  sim::Sink sink_;
  Learner learner_;
  sim::Station fast_, slow_;
  Master master_;
  TaskSource source_;
};

TaskFeed feedFrom(TaskStream stream) {
  return [s = std::move(stream)](Task& t) mutable { return s.next(t); };
}

/// A twin pass: the same tasks under another policy, run silently and unpaced, and only as far
/// as the main pass has asked about: it holds the tasks finished here and not yet there, not a
/// whole run's, so a long run's memory stays flat.
class Twin final : public Finishes, public observe::ObservationSink {
 public:
  Twin(const Config& c, const run::SimControl& ctl)
      : ctl_(ctl),
        rec_(nullptr, this),
        // A step of the twin past the main pass: short, so that it stays close to it.
        step_(std::max(ctl.horizonS / 4096.0, 1e-6)),
        system_(c, ctl.seed, ctl.queueCap, rec_, nullptr, feedFrom(TaskStream(c, ctl.seed, ctl.horizonS)),
                this) {
    ctl_.pacer = nullptr;
  }
  /// Task `id`'s latency [ms] in this pass (NaN: dropped, or not done by the horizon), asked once
  /// per task when the main pass, now at `mainNowS`, finishes it.
  double latencyMs(std::uint64_t id, double mainNowS) {
    for (;;) {
      if (const auto it = done_.find(id); it != done_.end()) {
        const double ms = it->second;
        done_.erase(it);
        return ms;
      }
      if (system_.idle() || system_.now() >= horizonS() || ctl_.cancelled()) return kNaN;
      run::SimControl until = ctl_;
      until.horizonS = std::min(horizonS(), std::max(system_.now(), mainNowS) + step_);
      system_.run(until);
    }
  }
  void finished(std::uint64_t id, double, double latencyMs) override { done_.emplace(id, latencyMs); }
  void observe(const observe::Observation& o) override {
    if (o.kind == observe::ObsKind::Drop) done_.emplace(o.entity, kNaN);  // never finishes here
  }

 private:
  double horizonS() const { return ctl_.horizonS; }
  run::SimControl ctl_;
  observe::Recorder rec_;
  std::unordered_map<std::uint64_t, double> done_;  // finished here, not yet asked about
  double step_ = 0;
  System system_;
};

/// The main pass's finishes: curves of latency and of regret so far, each task paired with the
/// same task in the twins (regret against the best fixed threshold, the cost of exploring
/// against the learner that never explores).
class Comparison final : public Finishes {
 public:
  Comparison(observe::LabOutputs& out, Twin* best, Twin* greedy, double windowS)
      : out_(out), best_(best), greedy_(greedy), windowS_(windowS), windowEnd_(windowS) {}
  void finished(std::uint64_t id, double now, double ms) override {
    while (now >= windowEnd_) {
      if (windowCount_ > 0)
        out_.point(RlschedLab::kLearningCurve, windowEnd_ - windowS_ / 2, windowSum_ / windowCount_);
      if (paired_ > 0) out_.point(RlschedLab::kRegretCurve, windowEnd_, regretSum_ / paired_);
      windowSum_ = windowCount_ = 0;
      windowEnd_ += windowS_;
    }
    windowSum_ += ms;
    ++windowCount_;
    const double best = best_->latencyMs(id, now);
    // Both twins are asked whatever the answers, so that neither keeps a task nobody asks about.
    const double greedy = greedy_ != nullptr ? greedy_->latencyMs(id, now) : kNaN;
    if (std::isnan(best)) return;
    const std::int64_t ns = sim::Simulator::toNs(now);
    regretSum_ += ms - best;
    ++paired_;
    out_.addAt(RlschedLab::kRegretSum, ns, ms - best);
    out_.addAt(RlschedLab::kPaired, ns);
    if (std::isnan(greedy)) return;
    out_.addAt(RlschedLab::kOverheadSum, ns, ms - greedy);
    out_.addAt(RlschedLab::kOverheadPaired, ns);
  }

 private:
  observe::LabOutputs& out_;
  Twin* best_;
  Twin* greedy_;
  double windowS_, windowEnd_, windowSum_ = 0, windowCount_ = 0, regretSum_ = 0, paired_ = 0;
};

Config bestFixed(const Config& c) {
  Config best = c;
  best.policy = Policy::Threshold;
  best.threshold = bestThreshold(c).threshold;
  return best;
}

/// Records each task's latency by its id.
class LatencyTable final : public Finishes {
 public:
  explicit LatencyTable(std::size_t tasks) : ms_(tasks, kNaN) {}
  void finished(std::uint64_t id, double, double latencyMs) override {
    if (id < ms_.size()) ms_[id] = latencyMs;
  }
  std::vector<double> take() { return std::move(ms_); }

 private:
  std::vector<double> ms_;
};

}  // namespace

std::vector<double> bestThresholdLatenciesMs(const Config& c, const std::vector<Task>& tasks,
                                             std::uint64_t seed, double horizonS) {
  observe::Recorder silent(nullptr);
  LatencyTable table(tasks.size());
  std::size_t next = 0;
  System system(
      bestFixed(c), seed, run::SimControl{}.queueCap, silent, nullptr,
      [&tasks, &next](Task& t) {
        if (next == tasks.size()) return false;
        t = tasks[next++];
        return true;
      },
      &table);
  run::SimControl ctl;
  ctl.seed = seed;
  ctl.horizonS = horizonS;
  system.run(ctl);
  return table.take();
}

std::int64_t simulate(const run::Params& p, const run::SimControl& ctl, observe::Recorder& rec,
                      DecisionLog* log) {
  const Config c = Config::from(p);
  Twin best(bestFixed(c), ctl);
  std::unique_ptr<Twin> greedy;
  if (c.learning()) {
    Config g = c;
    g.epsilon = 0;
    g.ucbC = 0;
    greedy = std::make_unique<Twin>(g, ctl);
  }
  Comparison comparison(rec.outputs(), &best, greedy.get(), ctl.horizonS / kCurvePoints);
  System system(c, ctl.seed, ctl.queueCap, rec, log, feedFrom(TaskStream(c, ctl.seed, ctl.horizonS)),
                &comparison);
  const std::int64_t endNs = system.run(ctl);
  if (system.dispatcher().agent() != nullptr) reportAgent(*system.dispatcher().agent(), rec.outputs());
  return endNs;
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
