// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/blocks.h"

#include <cmath>
#include <stdexcept>
#include <utility>

namespace amp::sim {

using observe::ObsKind;

// ---- Source ----------------------------------------------------------------------------------

Source::Source(Simulator& sim, JobPool& pool, std::uint16_t station, Process process, double rate, Rng rng,
               Block* next)
    : sim_(sim),
      pool_(pool),
      station_(station),
      process_(process),
      rate_(rate),
      meanGap_(1.0 / rate),
      rng_(rng),
      next_(next) {
  self_ = sim_.addHandler(this);
}

void Source::setOnOff(double meanOnS, double meanOffS) {
  meanOn_ = meanOnS;
  meanOff_ = meanOffS;
}

double Source::nextArrivalOther() {
  const double t0 = sim_.now();
  switch (process_) {
    case Process::Deterministic:
      return t0 + 1.0 / rate_;
    case Process::Poisson:
      return t0 + rng_.exponential() * meanGap_;
    case Process::OnOff: {
      const double onFraction = meanOn_ / (meanOn_ + meanOff_);
      const double peak = rate_ / onFraction;
      if (onUntil_ < 0) onUntil_ = rng_.exponential() * meanOn_;
      double t = t0 + rng_.exponential() / peak;
      while (t > onUntil_) {  // the gap crosses an off period: skip it, restart from the next on
        const double nextOn = onUntil_ + rng_.exponential() * meanOff_;
        onUntil_ = nextOn + rng_.exponential() * meanOn_;
        t = nextOn + rng_.exponential() / peak;
      }
      return t;
    }
  }
  return t0;
}

void Source::start() {
  if (!(rate_ > 0.0)) return;  // a silent source
  sim_.scheduleAt(nextArrivalTime(), self_);
}

void Source::handle(const Event& /*e*/) {
  const std::uint32_t idx = pool_.acquire();
  Job& job = pool_[idx];
  job.id = nextId_++;
  job.arrival = sim_.now();
  job.enqueued = job.arrival;
  sim_.scheduleAt(nextArrivalTime(), self_);
  if (init_) init_(pool_[idx], rng_);
  sim_.emit(ObsKind::Arrive, pool_[idx].id, station_, -1, 0.0);
  if (next_ != nullptr) {
    next_->accept(idx);
  } else {
    pool_.release(idx);
  }
}

// ---- Station ---------------------------------------------------------------------------------

Station::Station(Simulator& sim, JobPool& pool, std::uint16_t station, int servers, std::size_t capacity,
                 Distribution service, Rng rng, Block* next)
    : sim_(sim),
      pool_(pool),
      station_(station),
      servers_(servers),
      capacity_(capacity),
      service_(std::move(service)),
      rng_(rng),
      next_(next) {
  if (servers < 1) throw std::invalid_argument("a station needs at least one server");
  self_ = sim_.addHandler(this);
  inService_.resize(static_cast<std::size_t>(servers));
  freeServers_.reserve(static_cast<std::size_t>(servers));
  for (int s = servers - 1; s >= 0; --s) freeServers_.push_back(static_cast<std::uint32_t>(s));
  queue_.resize(16);
  qMask_ = queue_.size() - 1;
  setQueueCap(queueCap_);
}

// Forced inline into its two callers: it runs once per job, and the call was a measurable share.
[[gnu::always_inline]] inline void Station::startService(std::uint32_t idx, std::uint32_t server) {
  Job& job = pool_[idx];
  ++busy_;
  const double now = sim_.now();
  sim_.emit(ObsKind::Start, job.id, station_, static_cast<std::int16_t>(coreBase_ + static_cast<int>(server)),
            (now - job.enqueued) * 1e9, job.cls);
  double s = 0.0;
  if (serviceFn_) {
    s = serviceFn_(job, rng_);
  } else {
    s = service_.sample(rng_);
    if (scaleBySize_) s *= job.size;
  }
  inService_[server] = Server{idx, s};
  sim_.scheduleAt(now + s, self_, 0, server);
}

void Station::accept(std::uint32_t idx) {
  Job& job = pool_[idx];
  if (!freeServers_.empty()) {
    job.enqueued = sim_.now();
    sim_.emit(ObsKind::Enqueue, job.id, station_, -1, 0.0);
    const std::uint32_t server = freeServers_.back();
    freeServers_.pop_back();
    startService(idx, server);
    return;
  }
  if (qSize_ >= limit_) {
    ++drops_;
    sim_.emit(ObsKind::Drop, job.id, station_, -1, 0.0);
    pool_.release(idx);
    return;
  }
  job.enqueued = sim_.now();
  sim_.emit(ObsKind::Enqueue, job.id, station_, -1, 0.0);
  if (qSize_ > qMask_) {
    // Grow by doubling and unwrap the ring, so the size stays a power of two.
    std::vector<std::uint32_t> bigger(queue_.size() * 2);
    for (std::size_t i = 0; i < qSize_; ++i) bigger[i] = queue_[(qHead_ + i) & qMask_];
    queue_.swap(bigger);
    qMask_ = queue_.size() - 1;
    qHead_ = 0;
  }
  queue_[(qHead_ + qSize_) & qMask_] = idx;
  ++qSize_;
}

void Station::handle(const Event& e) {
  const auto server = static_cast<std::uint32_t>(e.data);
  const Server done = inService_[server];
  sim_.emit(ObsKind::Finish, pool_[done.job].id, station_,
            static_cast<std::int16_t>(coreBase_ + static_cast<int>(server)), done.service * 1e9);
  --busy_;
  // Settle this station before handing the job on: `next_` may lead back here.
  if (qSize_ > 0) {
    const std::uint32_t head = queue_[qHead_];
    qHead_ = (qHead_ + 1) & qMask_;
    --qSize_;
    startService(head, server);
  } else {
    freeServers_.push_back(server);
  }
  if (next_ != nullptr) {
    next_->accept(done.job);
  } else {
    pool_.release(done.job);
  }
}

// ---- Router ----------------------------------------------------------------------------------

Router::Router(Policy policy, std::vector<Station*> targets, Rng rng, JobPool& pool)
    : policy_(policy), targets_(std::move(targets)), rng_(rng), pool_(pool) {
  if (targets_.empty()) throw std::invalid_argument("a router needs at least one target");
}

void Router::accept(std::uint32_t idx) {
  const std::size_t n = targets_.size();
  std::size_t choice = 0;
  switch (policy_) {
    case Policy::RoundRobin:
      choice = next_;
      next_ = next_ + 1 == n ? 0 : next_ + 1;
      break;
    case Policy::JoinShortestQueue: {
      // Scan from a rotating start so ties spread evenly instead of favouring target 0.
      choice = next_;
      std::size_t best = targets_[choice]->load();
      for (std::size_t k = 1; k < n && best > 0; ++k) {
        std::size_t i = next_ + k;
        if (i >= n) i -= n;
        const std::size_t l = targets_[i]->load();
        if (l < best) {
          best = l;
          choice = i;
        }
      }
      next_ = next_ + 1 == n ? 0 : next_ + 1;
      break;
    }
    case Policy::Random:
      choice = static_cast<std::size_t>(rng_.below(n));
      break;
    case Policy::Hash: {
      // splitmix64's finaliser: consecutive flow ids land on unrelated targets.
      choice = static_cast<std::size_t>(mix64(pool_[idx].flow + 0x9e3779b97f4a7c15ULL) % n);
      break;
    }
  }
  last_ = choice;
  targets_[choice]->accept(idx);
}

// ---- Sink ------------------------------------------------------------------------------------

void Sink::accept(std::uint32_t idx) {
  const Job& job = pool_[idx];
  ++departed_;
  const double since = fromEnqueue_ ? job.enqueued : job.arrival;
  sim_.emit(ObsKind::Depart, job.id, station_, -1, (sim_.now() - since) * 1e9, job.cls);
  pool_.release(idx);
}

// ---- Delay -----------------------------------------------------------------------------------

Delay::Delay(Simulator& sim, JobPool& pool, std::uint16_t station, Distribution delay, Rng rng, Block* next)
    : sim_(sim), pool_(pool), station_(station), delay_(std::move(delay)), rng_(rng), next_(next) {
  self_ = sim_.addHandler(this);
}

void Delay::accept(std::uint32_t idx) {
  Job& job = pool_[idx];
  const double now = sim_.now();
  job.enqueued = now;
  sim_.emit(ObsKind::Enqueue, job.id, station_, -1, 0.0);
  sim_.emit(ObsKind::Start, job.id, station_, -1, 0.0);
  sim_.scheduleAt(now + delay_.sample(rng_), self_, 0, idx);
}

void Delay::handle(const Event& e) {
  const auto idx = static_cast<std::uint32_t>(e.data);
  const Job& job = pool_[idx];
  sim_.emit(ObsKind::Finish, job.id, station_, -1, (sim_.now() - job.enqueued) * 1e9);
  if (next_ != nullptr) {
    next_->accept(idx);
  } else {
    pool_.release(idx);
  }
}

}  // namespace amp::sim
