// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/closed_source.h"

#include <algorithm>
#include <utility>

namespace amp::sim {

using observe::ObsKind;

ClosedSource::ClosedSource(Simulator& sim, JobPool& pool, std::uint16_t station, int customers,
                           Distribution think, Rng rng, Block* next)
    : sim_(sim),
      pool_(pool),
      station_(station),
      customers_(std::max(0, customers)),
      think_(std::move(think)),
      rng_(rng),
      next_(next) {
  self_ = sim_.addHandler(this);
}

void ClosedSource::start() {
  for (int c = 0; c < customers_; ++c) think(static_cast<std::uint32_t>(c));
}

namespace {
/// Each client is its own server of the think station: its index is the stream's core, so the
/// live view shows which clients think.
std::int16_t laneOf(std::uint32_t client) {
  return static_cast<std::int16_t>(std::min<std::uint32_t>(client, 32767));
}
}  // namespace

void ClosedSource::think(std::uint32_t client) {
  const std::uint32_t idx = pool_.acquire();
  Job& job = pool_[idx];
  job.id = nextId_++;
  job.tag = client;
  job.enqueued = sim_.now();
  sim_.emit(ObsKind::Enqueue, job.id, station_, -1, 0.0);
  sim_.emit(ObsKind::Start, job.id, station_, laneOf(client), 0.0);
  sim_.scheduleAt(job.enqueued + think_.sample(rng_), self_, 0, idx);
}

void ClosedSource::handle(const Event& e) {
  const auto idx = static_cast<std::uint32_t>(e.data);
  Job& job = pool_[idx];
  const double now = sim_.now();
  sim_.emit(ObsKind::Finish, job.id, station_, laneOf(job.tag), (now - job.enqueued) * 1e9);
  job.arrival = now;
  job.enqueued = now;
  ++sent_;
  sim_.emit(ObsKind::Arrive, job.id, station_, -1, 0.0);
  if (next_ != nullptr) {
    next_->accept(idx);
  } else {
    accept(idx);  // nothing to ask: the answer is immediate
  }
}

void ClosedSource::accept(std::uint32_t idx) {
  const Job& job = pool_[idx];
  const std::uint32_t client = job.tag;
  ++answered_;
  sim_.emit(ObsKind::Depart, job.id, station_, -1, (sim_.now() - job.arrival) * 1e9);
  pool_.release(idx);
  think(client);
}

}  // namespace amp::sim
