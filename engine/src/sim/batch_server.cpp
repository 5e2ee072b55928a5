// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/batch_server.h"

#include <algorithm>

namespace amp::sim {

using observe::ObsKind;

BatchServer::BatchServer(Simulator& sim, JobPool& pool, Config config, Block* next)
    : sim_(sim), pool_(pool), cfg_(config), next_(next), itemTime_([](const Job& j) { return j.size2; }) {
  cfg_.maxBatch = std::max<std::size_t>(1, cfg_.maxBatch);
  self_ = sim_.addHandler(this);
  batch_.reserve(cfg_.maxBatch);
  done_.reserve(cfg_.maxBatch);
}

void BatchServer::accept(std::uint32_t idx) {
  Job& job = pool_[idx];
  if (waiting_.size() >= cfg_.queueCap) {
    ++drops_;
    sim_.emit(ObsKind::Drop, job.id, cfg_.station, -1, 0.0, job.cls);
    pool_.release(idx);
    return;
  }
  job.enqueued = sim_.now();
  sim_.emit(ObsKind::Enqueue, job.id, cfg_.station, -1, 0.0, job.cls);
  waiting_.push_back(idx);
  if (!busy_) consider();
}

void BatchServer::consider() {
  if (waiting_.empty()) return;
  const bool greedy =
      cfg_.policy == Policy::Greedy || (cfg_.policy == Policy::Timeout && cfg_.timeoutS <= 0.0);
  if (greedy || waiting_.size() >= cfg_.maxBatch) {
    startBatch();
    return;
  }
  if (cfg_.policy == Policy::Full || timerArmed_) return;
  // The server is free and a job waits: the timer starts now.
  timerArmed_ = true;
  sim_.schedule(cfg_.timeoutS, self_, kTimer, ++timerGeneration_);
}

void BatchServer::startBatch() {
  timerArmed_ = false;
  ++timerGeneration_;  // a timer still in the calendar is stale now
  busy_ = true;
  const std::size_t k = std::min(cfg_.maxBatch, waiting_.size());
  for (std::size_t i = 0; i < k; ++i) {
    batch_.push_back(waiting_.front());
    waiting_.pop_front();
  }
  nextItem_ = 0;
  startItem();
}

void BatchServer::startItem() {
  const Job& job = pool_[batch_[nextItem_]];
  sim_.emit(ObsKind::Start, job.id, cfg_.station, 0, (sim_.now() - job.enqueued) * 1e9, job.cls);
  itemS_ = std::max(0.0, itemTime_(job));
  sim_.schedule(itemS_, self_, kItemDone);
}

void BatchServer::startFixed() {
  if (cfg_.batchStation >= 0) {
    const auto st = static_cast<std::uint16_t>(cfg_.batchStation);
    const std::uint64_t leader = pool_[batch_.back()].id;
    sim_.emit(ObsKind::Enqueue, leader, st, -1, 0.0);
    sim_.emit(ObsKind::Start, leader, st, 0, 0.0);
  }
  sim_.schedule(cfg_.fixedS, self_, kBatchDone);
}

void BatchServer::handle(const Event& e) {
  if (e.type == kTimer) {
    if (!timerArmed_ || e.data != timerGeneration_ || busy_) return;
    startBatch();
    return;
  }
  if (e.type == kItemDone) {
    const Job& job = pool_[batch_[nextItem_]];
    sim_.emit(ObsKind::Finish, job.id, cfg_.station, 0, itemS_ * 1e9, job.cls);
    if (++nextItem_ < batch_.size()) {
      startItem();
    } else {
      startFixed();
    }
    return;
  }
  // The batch is done: settle before handing its jobs on (`next_` may lead back here).
  if (cfg_.batchStation >= 0)
    sim_.emit(ObsKind::Finish, pool_[batch_.back()].id, static_cast<std::uint16_t>(cfg_.batchStation), 0,
              cfg_.fixedS * 1e9);
  ++batches_;
  done_.swap(batch_);
  batch_.clear();
  busy_ = false;
  for (std::uint32_t idx : done_) {
    if (next_ != nullptr) {
      next_->accept(idx);
    } else {
      pool_.release(idx);
    }
  }
  done_.clear();
  if (!busy_) consider();
}

}  // namespace amp::sim
