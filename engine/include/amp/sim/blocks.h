// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <algorithm>
#include <cstdint>
#include <functional>
#include <vector>

#include "amp/sim/distribution.h"
#include "amp/sim/simulator.h"

namespace amp::sim {

/// A request flowing through the blocks.
struct Job {
  std::uint64_t id = 0;
  double arrival = 0.0;    ///< time it entered the system
  double enqueued = 0.0;   ///< time it joined the current queue
  double size = 1.0;       ///< work multiplier or lab-defined size
  double size2 = 0.0;      ///< a second stage's size (pre-drawn for twin runs)
  std::uint32_t flow = 0;  ///< flow / class id (routing by hash)
  std::uint32_t tag = 0;   ///< lab-defined
  std::uint8_t cls = 0;    ///< request class for per-class statistics (see run::Lab::classes)
};

/// Jobs live in a pool and travel as indices: no allocation per job in steady state.
class JobPool {
 public:
  /// A fresh job (all fields at their defaults).
  std::uint32_t acquire() {
    if (!free_.empty()) [[likely]] {
      const std::uint32_t idx = free_.back();
      free_.pop_back();
      jobs_[idx] = Job{};
      return idx;
    }
    jobs_.emplace_back();
    return static_cast<std::uint32_t>(jobs_.size() - 1);
  }
  void release(std::uint32_t idx) { free_.push_back(idx); }
  Job& operator[](std::uint32_t idx) { return jobs_[idx]; }
  std::size_t live() const { return jobs_.size() - free_.size(); }

 private:
  std::vector<Job> jobs_;
  std::vector<std::uint32_t> free_;
};

/// Anything a job can be handed to.
class Block {
 public:
  virtual ~Block() = default;
  virtual void accept(std::uint32_t job) = 0;
};

/// Arrival process: Poisson, deterministic, or on/off (Poisson at `rate/onFraction` during on
/// periods, silent during off periods; both exponential, the first on period starts at 0).
/// Emits Arrive at its station, then hands the job to `next`.
/// Per arrival it draws the gap to the next arrival from its Rng, then calls the job init.
/// (Twin runs, whose arrivals the real engine must replay, use StreamSource instead.)
class Source final : public EventHandler {
 public:
  enum class Process { Poisson, Deterministic, OnOff };
  Source(Simulator& sim, JobPool& pool, std::uint16_t station, Process process, double rate, Rng rng,
         Block* next);
  void setOnOff(double meanOnS, double meanOffS);
  /// Optional: set job fields (size, flow) on creation; called before the job is handed on.
  void setJobInit(std::function<void(Job&, Rng&)> init) { init_ = std::move(init); }
  void start();  ///< schedule the first arrival
  void handle(const Event& e) override;
  std::uint64_t generated() const { return nextId_; }

 private:
  double nextArrivalTime() {
    if (process_ == Process::Poisson) [[likely]]
      return sim_.now() + rng_.exponential() * meanGap_;
    return nextArrivalOther();
  }
  double nextArrivalOther();
  Simulator& sim_;
  JobPool& pool_;
  std::uint16_t station_;
  Process process_;
  double rate_;
  double meanGap_;  // 1/rate: a multiply on the per-arrival path instead of a divide
  Rng rng_;
  Block* next_;
  std::uint32_t self_ = 0;
  std::uint64_t nextId_ = 0;
  double meanOn_ = 1.0, meanOff_ = 0.0, onUntil_ = -1.0;
  std::function<void(Job&, Rng&)> init_;
};

/// c servers, one FIFO queue with capacity K (0 = unbounded; the queue cap still applies), a
/// service distribution (scaled by the job's size when `scaleBySize`). Emits Enqueue, Start
/// (value = wait ns), Finish (value = service ns) and Drop, with core = server index + coreBase.
/// K counts waiting places only, so the station is M/M/c/(c+K) in Kendall's notation.
/// Every accepted job gets Enqueue, then Start (at once when a server is free), then Finish; a
/// rejected job gets only Drop and is released to the pool.
class Station final : public EventHandler, public Block {
 public:
  Station(Simulator& sim, JobPool& pool, std::uint16_t station, int servers, std::size_t capacity,
          Distribution service, Rng rng, Block* next);
  void setCoreBase(int base) { coreBase_ = base; }
  void setScaleBySize(bool on) { scaleBySize_ = on; }
  /// Optional: custom service time (replaces the distribution).
  void setServiceFn(std::function<double(Job&, Rng&)> fn) { serviceFn_ = std::move(fn); }
  void setNext(Block* next) { next_ = next; }
  /// Drop arrivals beyond this many waiting jobs, whatever K is (pass SimControl::queueCap).
  void setQueueCap(std::size_t cap) {
    queueCap_ = cap;
    limit_ = capacity_ == 0 ? queueCap_ : std::min(capacity_, queueCap_);
  }
  std::size_t queueCap() const { return queueCap_; }
  void accept(std::uint32_t job) override;
  void handle(const Event& e) override;
  std::size_t queued() const { return qSize_; }  ///< waiting, not in service
  int busy() const { return busy_; }
  std::size_t load() const { return queued() + static_cast<std::size_t>(busy_); }  ///< for JSQ
  std::uint64_t drops() const { return drops_; }

 private:
  struct Server {
    std::uint32_t job = 0;
    double service = 0.0;  // kept so Finish reports the drawn time exactly
  };
  void startService(std::uint32_t job, std::uint32_t server);
  Simulator& sim_;
  JobPool& pool_;
  std::uint16_t station_;
  int servers_;
  std::size_t capacity_;
  Distribution service_;
  Rng rng_;
  Block* next_;
  std::uint32_t self_ = 0;
  int coreBase_ = 0;
  bool scaleBySize_ = false;
  int busy_ = 0;
  std::size_t queueCap_ = run::SimControl{}.queueCap;
  std::size_t limit_ = 0;                   // min(K, queue cap): waiting places
  std::vector<std::uint32_t> freeServers_;  // a stack: the server freed last serves next
  std::vector<Server> inService_;
  std::vector<std::uint32_t> queue_;  // ring buffer of job indices, power-of-two size
  std::size_t qMask_ = 0;             // queue_.size() - 1
  std::size_t qHead_ = 0, qSize_ = 0;
  std::uint64_t drops_ = 0;
  std::function<double(Job&, Rng&)> serviceFn_;
};

/// Sends each job to one of several stations. JSQ picks the least load() (queued + busy), ties
/// broken round-robin; Hash maps job.flow through a fixed 64-bit mixer, modulo the target count.
class Router final : public Block {
 public:
  enum class Policy { RoundRobin, JoinShortestQueue, Random, Hash };
  Router(Policy policy, std::vector<Station*> targets, Rng rng, JobPool& pool);
  void accept(std::uint32_t job) override;
  /// Which target the last accept() chose (for labs that track per-target facts).
  std::size_t lastChoice() const { return last_; }

 private:
  Policy policy_;
  std::vector<Station*> targets_;
  Rng rng_;
  JobPool& pool_;
  std::size_t next_ = 0, last_ = 0;
};

/// Leaves the system: emits Depart (value = sojourn ns) at its station and frees the job.
class Sink final : public Block {
 public:
  Sink(Simulator& sim, JobPool& pool, std::uint16_t station) : sim_(sim), pool_(pool), station_(station) {}
  /// Depart's value from the moment the job joined its last queue (Job::enqueued) instead of
  /// its arrival: a lab whose question is one stage's window (data done → durable).
  void setMeasureFromEnqueue(bool on) { fromEnqueue_ = on; }
  void accept(std::uint32_t job) override;
  std::uint64_t departed() const { return departed_; }

 private:
  Simulator& sim_;
  JobPool& pool_;
  std::uint16_t station_;
  std::uint64_t departed_ = 0;
  bool fromEnqueue_ = false;
};

/// Holds each job for a fixed or random time (infinite server), then passes it on. Emits Enqueue,
/// Start (value 0) and Finish (value = delay ns) with core -1, so the aggregator's busy count at
/// its station is the number of jobs held.
class Delay final : public EventHandler, public Block {
 public:
  Delay(Simulator& sim, JobPool& pool, std::uint16_t station, Distribution delay, Rng rng, Block* next);
  void accept(std::uint32_t job) override;
  void handle(const Event& e) override;

 private:
  Simulator& sim_;
  JobPool& pool_;
  std::uint16_t station_;
  Distribution delay_;
  Rng rng_;
  Block* next_;
  std::uint32_t self_ = 0;
};

}  // namespace amp::sim
