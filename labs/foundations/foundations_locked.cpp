// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "foundations/foundations_locked.h"

namespace amp::labs::foundations {

using observe::ObsKind;

LockedWorkers::LockedWorkers(sim::Simulator& sim, sim::JobPool& pool, int workers, double lockHandoffS,
                             std::uint16_t lockStation, std::uint16_t workersStation, sim::Block* next)
    : sim_(sim),
      pool_(pool),
      lockHandoffS_(lockHandoffS),
      lockStation_(lockStation),
      workersStation_(workersStation),
      next_(next),
      workers_(static_cast<std::size_t>(workers)) {
  self_ = sim_.addHandler(this);
}

void LockedWorkers::accept(std::uint32_t idx) {
  sim::Job& job = pool_[idx];
  job.enqueued = sim_.now();
  sim_.emit(ObsKind::Enqueue, job.id, workersStation_, -1, 0.0, job.cls);
  waiting_.push_back(idx);
  takeWork();
}

void LockedWorkers::takeWork() {
  for (std::size_t w = 0; w < workers_.size() && !waiting_.empty(); ++w) {
    if (workers_[w].busy) continue;
    const std::uint32_t idx = waiting_.front();
    waiting_.pop_front();
    sim::Job& job = pool_[idx];
    workers_[w] = Worker{idx, true, 0.0};
    sim_.emit(ObsKind::Start, job.id, workersStation_, static_cast<std::int16_t>(w),
              (sim_.now() - job.enqueued) * 1e9, job.cls);
    requestLock(static_cast<int>(w));
  }
}

void LockedWorkers::requestLock(int w) {
  const sim::Job& job = pool_[workers_[static_cast<std::size_t>(w)].job];
  sim_.emit(ObsKind::Enqueue, job.id, lockStation_, -1, 0.0, job.cls);
  lockQueue_.push_back(w);
  lockAsked_.push_back(sim_.now());
  grantLock();
}

void LockedWorkers::grantLock() {
  if (lockHeld_ || lockQueue_.empty()) return;
  const int w = lockQueue_.front();
  const double asked = lockAsked_.front();
  lockQueue_.pop_front();
  lockAsked_.pop_front();
  lockHeld_ = true;
  const sim::Job& job = pool_[workers_[static_cast<std::size_t>(w)].job];
  // The lock's cache line (and the data it guards) moves when another core held it last.
  const double step = job.size + (lastHolder_ >= 0 && lastHolder_ != w ? lockHandoffS_ : 0.0);
  lastHolder_ = w;
  workers_[static_cast<std::size_t>(w)].step = step;
  sim_.emit(ObsKind::Start, job.id, lockStation_, static_cast<std::int16_t>(w), (sim_.now() - asked) * 1e9,
            job.cls);
  sim_.schedule(step, self_, kStepDone, static_cast<std::uint64_t>(w));
}

void LockedWorkers::handle(const sim::Event& e) {
  const auto w = static_cast<std::size_t>(e.data);
  sim::Job& job = pool_[workers_[w].job];
  if (e.type == kStepDone) {
    sim_.emit(ObsKind::Finish, job.id, lockStation_, static_cast<std::int16_t>(w), workers_[w].step * 1e9,
              job.cls);
    lockHeld_ = false;
    grantLock();
    sim_.schedule(job.size2, self_, kPartDone, w);
    return;
  }
  // The worker's own part is done: it counts as the worker's service; the request moves on.
  sim_.emit(ObsKind::Finish, job.id, workersStation_, static_cast<std::int16_t>(w), job.size2 * 1e9, job.cls);
  const std::uint32_t idx = workers_[w].job;
  workers_[w].busy = false;
  next_->accept(idx);
  takeWork();
}

}  // namespace amp::labs::foundations
