// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/locked_servers.h"

namespace amp::sim {

using observe::ObsKind;

LockedServers::LockedServers(Simulator& sim, JobPool& pool, const Config& config, Block* next)
    : sim_(sim),
      pool_(pool),
      cfg_(config),
      next_(next),
      pick_(config.seed, 0x5e1ec7),  // its own stream: arrivals and sizes draw from others
      servers_(static_cast<std::size_t>(config.servers)) {
  self_ = sim_.addHandler(this);
}

void LockedServers::accept(std::uint32_t idx) {
  Job& job = pool_[idx];
  job.enqueued = sim_.now();
  sim_.emit(ObsKind::Enqueue, job.id, cfg_.serversStation, -1, 0.0, job.cls);
  waiting_.push_back(idx);
  takeWork();
}

void LockedServers::takeWork() {
  while (!waiting_.empty()) {
    // Any free server alike: with the lowest-numbered one first, the lock would seldom change
    // core at light load, which no pool of sleeping workers promises.
    int free = 0;
    for (const Server& server : servers_) free += server.busy ? 0 : 1;
    if (free == 0) return;
    auto nth = static_cast<int>(pick_.below(static_cast<std::uint64_t>(free)));
    std::size_t s = 0;
    for (;; ++s)
      if (!servers_[s].busy && nth-- == 0) break;
    const std::uint32_t idx = waiting_.front();
    waiting_.pop_front();
    Job& job = pool_[idx];
    servers_[s] = Server{idx, true, false, 0.0};
    sim_.emit(ObsKind::Start, job.id, cfg_.serversStation, static_cast<std::int16_t>(s),
              (sim_.now() - job.enqueued) * 1e9, job.cls);
    if (cfg_.order == Order::StepFirst) {
      requestLock(static_cast<int>(s));
    } else {
      startPart(static_cast<int>(s));
    }
  }
}

void LockedServers::requestLock(int s) {
  Job& job = pool_[servers_[static_cast<std::size_t>(s)].job];
  if (cfg_.measureFromStep) job.arrival = sim_.now();
  sim_.emit(ObsKind::Enqueue, job.id, cfg_.lockStation, -1, 0.0, job.cls);
  lockQueue_.push_back({s, sim_.now()});
  grantLock();
}

void LockedServers::grantLock() {
  if (lockHeld_ || lockQueue_.empty()) return;
  const auto [s, asked] = lockQueue_.front();
  lockQueue_.pop_front();
  lockHeld_ = true;
  Server& server = servers_[static_cast<std::size_t>(s)];
  const Job& job = pool_[server.job];
  // The lock's cache line (and the data it guards) moves when another core held it last.
  server.step =
      job.size2 + cfg_.stepFixedS + (lastHolder_ >= 0 && lastHolder_ != s ? cfg_.lockHandoffS : 0.0);
  lastHolder_ = s;
  sim_.emit(ObsKind::Start, job.id, cfg_.lockStation, static_cast<std::int16_t>(s),
            (sim_.now() - asked) * 1e9, job.cls);
  sim_.schedule(server.step, self_, kStepDone, static_cast<std::uint64_t>(s));
}

void LockedServers::startPart(int s) {
  sim_.schedule(pool_[servers_[static_cast<std::size_t>(s)].job].size, self_, kPartDone,
                static_cast<std::uint64_t>(s));
}

void LockedServers::handle(const Event& e) {
  const int s = static_cast<int>(e.data);
  Server& server = servers_[static_cast<std::size_t>(s)];
  const Job& job = pool_[server.job];
  if (e.type == kStepDone) {
    sim_.emit(ObsKind::Finish, job.id, cfg_.lockStation, static_cast<std::int16_t>(s), server.step * 1e9,
              job.cls);
    server.stepDone = true;
    lockHeld_ = false;
    grantLock();
    if (cfg_.order == Order::StepFirst) {
      startPart(s);
    } else {
      finish(s);
    }
    return;
  }
  if (cfg_.order == Order::PartFirst && !server.stepDone) {
    requestLock(s);
  } else {
    finish(s);
  }
}

void LockedServers::finish(int s) {
  Server& server = servers_[static_cast<std::size_t>(s)];
  const std::uint32_t idx = server.job;
  // The job's own part counts as the server's service; the lock wait and step are the lock's.
  sim_.emit(ObsKind::Finish, pool_[idx].id, cfg_.serversStation, static_cast<std::int16_t>(s),
            pool_[idx].size * 1e9, pool_[idx].cls);
  server.busy = false;
  next_->accept(idx);
  takeWork();
}

}  // namespace amp::sim
