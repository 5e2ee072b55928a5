// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The worker core under preemptive fixed priorities, fed by the master's commands.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <limits>
#include <unordered_map>
#include <vector>

#include "amp/sim/rng.h"
#include "amp/sim/simulator.h"
#include "rtos/rtos_lab.h"
#include "rtos/rtos_tasks.h"

namespace amp::labs {

namespace {

using observe::ObsKind;
using rtos::System;

enum EventType : std::uint32_t {
  kPeriodic,
  kRelease,
  kCommand,
  kSent,
  kDelivered,
  kDone,
  kSectionEnd,
  kActuated
};

// Past this many waiting jobs of one task (an overloaded set) new releases are dropped and counted.
constexpr std::size_t kMaxWaiting = 100000;
// Latencies within this of the bound are on it, not over it (the schedule adds seconds in doubles).
constexpr double kBoundSlackUs = 1e-6;

struct Job {
  double arrival = 0.0;  // when the analysis starts its response time (s)
  double release = 0.0;  // when it became ready (s)
  double remaining = 0.0;
  std::uint64_t command = 0;
  bool started = false;
};

struct Command {
  double nominal = 0.0;  // when the master should have sent it (s)
  double sentAfter = 0.0;
};

/// The master's periodic commands, the IPC, and the worker's scheduler in one handler: the
/// command handler's releases come from the commands, every other task releases itself.
class Worker final : public sim::EventHandler {
 public:
  Worker(sim::Simulator& sim, const System& s, double bound, std::uint64_t seed, observe::Recorder& rec,
         double timelineUntilS)
      : sim_(sim),
        s_(s),
        bound_(bound),
        rng_(seed, 1),
        masterRng_(seed, 2),
        rec_(rec),
        timelineUntil_(timelineUntilS),
        queues_(s.tasks.size()),
        seen_(s.tasks.size(), 0.0),
        done_(s.tasks.size(), 0) {
    self_ = sim.addHandler(this);
  }

  void start() {
    rec_.outputs().add("bound_violations", 0.0);
    for (std::size_t i = 0; i < s_.tasks.size(); ++i)
      if (static_cast<int>(i) != s_.handler) sim_.scheduleAt(0.0, self_, kPeriodic, i);
    sim_.scheduleAt(0.0, self_, kCommand, 0);
  }

  void handle(const sim::Event& e) override {
    switch (e.type) {
      case kPeriodic: {
        const std::size_t i = e.data;
        const auto& t = s_.tasks[i];
        Job j;
        j.arrival = sim_.now();
        j.release = sim_.now() + jitter(t.j);
        j.remaining = t.c * 1e-6;
        sim_.scheduleAt(j.release, self_, kRelease, park(j, i));
        sim_.schedule(t.t * 1e-6, self_, kPeriodic, i);
        break;
      }
      case kCommand: {
        const std::uint64_t k = e.data;
        const double mean = s_.jitterMean * 1e-6, cap = s_.jitterMax * 1e-6;
        Command c{sim_.now(), mean > 0 ? std::min(cap, mean * masterRng_.exponential()) : 0.0};
        commands_.emplace(k, c);
        sim_.emit(ObsKind::Arrive, k, RtosLab::kMaster, -1, 0.0);
        sim_.emit(ObsKind::Start, k, RtosLab::kMaster, 0, 0.0);
        sim_.schedule(c.sentAfter, self_, kSent, k);
        sim_.schedule(handler().t * 1e-6, self_, kCommand, k + 1);
        timeline("master", sim_.now(), sim_.now() + c.sentAfter, "late");
        break;
      }
      case kSent:
        sim_.emit(ObsKind::Finish, e.data, RtosLab::kMaster, 0, commands_.at(e.data).sentAfter * 1e9);
        sim_.emit(ObsKind::Start, e.data, RtosLab::kIpc, -1, 0.0);
        sim_.schedule(s_.ipc * 1e-6, self_, kDelivered, e.data);
        break;
      case kDelivered: {
        sim_.emit(ObsKind::Finish, e.data, RtosLab::kIpc, -1, s_.ipc * 1e3);
        Job j;
        j.arrival = sim_.now() - commands_.at(e.data).sentAfter;  // due + IPC: the analysis's arrival
        j.release = sim_.now() + jitter(s_.handlerOwnJitter);
        j.remaining = handler().c * 1e-6;
        j.command = e.data;
        sim_.scheduleAt(j.release, self_, kRelease, park(j, static_cast<std::size_t>(s_.handler)));
        break;
      }
      case kRelease:
        release(static_cast<std::uint32_t>(e.data));
        break;
      case kDone:
        if (e.data == stamp_) complete();
        break;
      case kSectionEnd:
        dispatch();
        break;
      case kActuated: {
        const double latency = sim_.now() - commands_.at(e.data).nominal;
        commands_.erase(e.data);  // its last use: the run keeps only the commands in flight
        sim_.emit(ObsKind::Finish, e.data, RtosLab::kActuator, 0, s_.actuator * 1e3);
        sim_.emit(ObsKind::Depart, e.data, RtosLab::kActuator, -1, latency * 1e9);
        const double us = latency * 1e6;
        latencyMax_ = std::max(latencyMax_, us);
        if (us > bound_ + kBoundSlackUs)
          rec_.outputs().addAt("bound_violations", sim::Simulator::toNs(sim_.now()));
        break;
      }
      default:
        break;
    }
  }

  /// After the run: the worst responses seen, against the analysis.
  void report(const rtos::Analysis& a) {
    observe::LabOutputs& out = rec_.outputs();
    for (std::size_t i = 0; i < s_.tasks.size(); ++i) {
      const double row = static_cast<double>(i + 1);
      out.point(rtos::kSeenSeries, row, seen_[i]);
      if (a.rta.schedulable[i]) out.point(rtos::kWcrtSeries, row, a.rta.response[i]);
    }
    out.set("wcrt_us", seen_[static_cast<std::size_t>(s_.handler)]);
    out.set("latency_max_us", latencyMax_);
    out.set("dropped_jobs", static_cast<double>(dropped_));
    for (std::size_t i = 0; i < s_.tasks.size(); ++i)
      out.set("response_max_row" + std::to_string(i + 1) + "_us", seen_[i]);
  }

 private:
  const model::RtaTask& handler() const { return s_.tasks[static_cast<std::size_t>(s_.handler)]; }

  /// Release jitter in [0, J]: none, all of it, or uniform in between, each a third of the time, so
  /// that the extremes the analysis assumes come up often.
  double jitter(double jUs) {
    if (jUs <= 0) return 0.0;
    switch (rng_.next() % 3) {
      case 0:
        return 0.0;
      case 1:
        return jUs * 1e-6;
      default:
        return rng_.uniform01() * jUs * 1e-6;
    }
  }

  std::uint64_t park(const Job& j, std::size_t task) {
    std::uint32_t slot = 0;
    if (free_.empty()) {
      slot = static_cast<std::uint32_t>(jobs_.size());
      jobs_.push_back(j);
      owner_.push_back(task);
    } else {
      slot = free_.back();
      free_.pop_back();
      jobs_[slot] = j;
      owner_[slot] = task;
    }
    return slot;
  }

  bool higher(std::size_t a, std::size_t b) const {
    const auto& ta = s_.tasks[a];
    const auto& tb = s_.tasks[b];
    return ta.priority < tb.priority || (ta.priority == tb.priority && a < b);
  }

  void release(std::uint32_t slot) {
    const std::size_t i = owner_[slot];
    const bool isHandler = static_cast<int>(i) == s_.handler;
    if (queues_[i].size() >= kMaxWaiting) {
      ++dropped_;
      if (isHandler) {
        sim_.emit(ObsKind::Drop, jobs_[slot].command, RtosLab::kWorker, -1, 0.0);
        commands_.erase(jobs_[slot].command);
      }
      free_.push_back(slot);
      return;
    }
    queues_[i].push_back(slot);
    if (isHandler) sim_.emit(ObsKind::Enqueue, jobs_[slot].command, RtosLab::kWorker, -1, 0.0);
    // Blocking: a lower-priority job that runs when a task is released holds a resource that task
    // needs and keeps the core for up to that task's B (the least B of all tasks released meanwhile),
    // inside its own execution time. So each job is blocked at most once, by at most its B.
    if (running_ >= 0 && higher(i, static_cast<std::size_t>(running_))) {
      const double until = sim_.now() + s_.tasks[i].b * 1e-6;
      sectionUntil_ = sectionUntil_ > sim_.now() ? std::min(sectionUntil_, until) : until;
      if (sectionUntil_ > sim_.now()) sim_.scheduleAt(sectionUntil_, self_, kSectionEnd);
    }
    dispatch();
  }

  /// Give the core to the highest-priority waiting job, unless the running one is in a section.
  void dispatch() {
    const double now = sim_.now();
    int best = -1;
    for (std::size_t i = 0; i < queues_.size(); ++i)
      if (!queues_[i].empty() && (best < 0 || higher(i, static_cast<std::size_t>(best))))
        best = static_cast<int>(i);
    if (running_ >= 0) {
      Job& j = jobs_[queues_[static_cast<std::size_t>(running_)].front()];
      j.remaining = std::max(0.0, j.remaining - (now - runFrom_));
      runFrom_ = now;
      if (sectionUntil_ > now) best = running_;
      if (best != running_) {
        timeline(rtos::taskName(s_, running_), sliceFrom_, now, "run");
        sliceFrom_ = now;
      }
    }
    if (best != running_) sliceFrom_ = now;
    running_ = best;
    if (best < 0) return;
    runFrom_ = now;
    Job& j = jobs_[queues_[static_cast<std::size_t>(best)].front()];
    if (!j.started) {
      j.started = true;
      if (best == s_.handler)
        sim_.emit(ObsKind::Start, j.command, RtosLab::kWorker, 0, (now - j.release) * 1e9);
    }
    sim_.scheduleAt(now + j.remaining, self_, kDone, ++stamp_);
  }

  void complete() {
    const double now = sim_.now();
    const auto i = static_cast<std::size_t>(running_);
    const std::uint32_t slot = queues_[i].front();
    queues_[i].pop_front();
    const Job j = jobs_[slot];
    free_.push_back(slot);
    seen_[i] = std::max(seen_[i], (now - j.arrival) * 1e6);
    ++done_[i];
    timeline(rtos::taskName(s_, running_), sliceFrom_, now, "run");
    sliceFrom_ = now;
    running_ = -1;
    sectionUntil_ = -1.0;  // the section ends with its job
    if (static_cast<int>(i) == s_.handler) {
      sim_.emit(ObsKind::Finish, j.command, RtosLab::kWorker, 0, (now - j.release) * 1e9);
      sim_.emit(ObsKind::Start, j.command, RtosLab::kActuator, 0, 0.0);
      sim_.schedule(s_.actuator * 1e-6, self_, kActuated, j.command);
    }
    dispatch();
  }

  void timeline(const std::string& lane, double from, double to, const char* kind) {
    if (from >= timelineUntil_ || to <= from) return;
    rec_.outputs().event(rtos::kTimeline, {lane, from, to, kind});
  }

  sim::Simulator& sim_;
  const System& s_;
  double bound_;
  sim::Rng rng_, masterRng_;
  observe::Recorder& rec_;
  double timelineUntil_;
  std::uint32_t self_ = 0;
  std::vector<std::deque<std::uint32_t>> queues_;  // waiting jobs per task, oldest first
  std::vector<Job> jobs_;
  std::vector<std::size_t> owner_;
  std::vector<std::uint32_t> free_;
  std::unordered_map<std::uint64_t, Command> commands_;  ///< in flight, by number
  std::vector<double> seen_;
  std::vector<std::uint64_t> done_;
  int running_ = -1;
  double runFrom_ = 0.0, sliceFrom_ = 0.0;
  double sectionUntil_ = -1.0;
  std::uint64_t stamp_ = 0;
  std::uint64_t dropped_ = 0;
  double latencyMax_ = 0.0;
};

}  // namespace

std::int64_t RtosLab::simulate(const run::Params& p, const run::SimControl& ctl,
                               observe::Recorder& rec) const {
  const System s = rtos::systemOf(p);
  const rtos::Analysis a = rtos::analyse(s);
  sim::Simulator sim(rec);
  // The timeline shows the first few commands: enough to see preemption and blocking.
  const double timelineUntil = 4.0 * s.tasks[static_cast<std::size_t>(s.handler)].t * 1e-6;
  Worker worker(sim, s, a.bound, ctl.seed, rec, timelineUntil);
  worker.start();
  const std::int64_t end = sim.run(ctl);
  worker.report(a);
  return end;
}

double RtosLab::suggestedHorizonS(const run::Params& p) const {
  // About 2000 commands, and at least 20 periods of the slowest task, but no more than about two
  // million jobs (a 10 µs task beside a 10 s one).
  const System s = rtos::systemOf(p);
  double longest = 0.0, jobsPerS = 0.0;
  for (const auto& t : s.tasks) {
    longest = std::max(longest, t.t);
    jobsPerS += 1e6 / t.t;
  }
  const double wanted =
      std::max(2000.0 * s.tasks[static_cast<std::size_t>(s.handler)].t, 20.0 * longest) * 1e-6;
  return std::min(wanted, 2e6 / jobsPerS);
}

}  // namespace amp::labs
