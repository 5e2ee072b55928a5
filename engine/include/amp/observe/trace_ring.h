// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "amp/observe/observation.h"

namespace amp::observe {

/// Bounded, lossy single-producer/single-consumer ring of observations for the animation.
/// The engine never blocks on it: when the GUI has not drained it, new records are dropped and
/// counted. Capacity is rounded up to a power of two.
class TraceRing final : public ObservationSink {
 public:
  explicit TraceRing(std::size_t capacity = 1 << 16);
  void observe(const Observation& o) override;  ///< producer side; never blocks
  /// Consumer side: move up to `max` records into `out` (appended); returns how many.
  std::size_t drain(std::vector<Observation>& out, std::size_t max = SIZE_MAX);
  std::uint64_t dropped() const { return dropped_.load(std::memory_order_relaxed); }
  std::size_t capacity() const { return slots_.size(); }

 private:
  std::vector<Observation> slots_;
  std::size_t mask_;
  // Producer and consumer indices on separate cache lines so the two threads don't false-share.
  alignas(64) std::atomic<std::uint64_t> head_{0};  // written by the producer
  std::uint64_t tailCache_ = 0;  // producer's last view of tail_: re-read only when the ring looks full
  alignas(64) std::atomic<std::uint64_t> tail_{0};  // written by the consumer
  alignas(64) std::atomic<std::uint64_t> dropped_{0};
};

}  // namespace amp::observe
