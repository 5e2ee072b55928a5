// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>

#include "amp/sim/arrival_stream.h"
#include "amp/sim/blocks.h"

namespace amp::sim {

/// A source driven by an ArrivalStream: arrival times and per-stage job sizes come from the
/// shared schedule (sizes[0] → Job::size, sizes[1] → Job::size2), so the real load generator
/// can replay exactly the same input for the same seed (twin runs).
class StreamSource final : public EventHandler {
 public:
  StreamSource(Simulator& sim, JobPool& pool, std::uint16_t station, ArrivalStream stream, Block* next);
  void start();
  void handle(const Event& e) override;
  std::uint64_t generated() const { return nextId_; }

 private:
  Simulator& sim_;
  JobPool& pool_;
  std::uint16_t station_;
  ArrivalStream stream_;
  Block* next_;
  std::uint32_t self_ = 0;
  std::uint64_t nextId_ = 0;
  ArrivalDraw pending_;
};

}  // namespace amp::sim
