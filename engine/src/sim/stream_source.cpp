// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/stream_source.h"

#include <utility>

namespace amp::sim {

StreamSource::StreamSource(Simulator& sim, JobPool& pool, std::uint16_t station, ArrivalStream stream,
                           Block* next)
    : sim_(sim), pool_(pool), station_(station), stream_(std::move(stream)), next_(next) {
  self_ = sim_.addHandler(this);
}

void StreamSource::start() {
  pending_ = stream_.next();
  sim_.scheduleAt(pending_.time, self_);
}

void StreamSource::handle(const Event&) {
  const std::uint32_t idx = pool_.acquire();
  Job& job = pool_[idx];
  job = Job{};
  job.id = nextId_++;
  job.arrival = sim_.now();
  job.enqueued = sim_.now();
  job.size = pending_.sizes[0];
  job.size2 = pending_.sizes[1];
  sim_.emit(observe::ObsKind::Arrive, job.id, station_, -1, 0.0);
  next_->accept(idx);
  pending_ = stream_.next();
  sim_.scheduleAt(pending_.time, self_);
}

}  // namespace amp::sim
