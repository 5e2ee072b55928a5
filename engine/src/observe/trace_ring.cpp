// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/observe/trace_ring.h"

#include <algorithm>
#include <bit>

namespace amp::observe {

TraceRing::TraceRing(std::size_t capacity)
    : slots_(std::bit_ceil(std::max<std::size_t>(1, capacity))), mask_(slots_.size() - 1) {}

void TraceRing::observe(const Observation& o) {
  // relaxed: head_ is written only by this thread, so it reads its own latest value.
  const std::uint64_t head = head_.load(std::memory_order_relaxed);
  if (head - tailCache_ >= slots_.size()) {
    // acquire: pairs with the consumer's release of tail_, so its reads of the slots it freed
    // happen before we overwrite them.
    tailCache_ = tail_.load(std::memory_order_acquire);
    if (head - tailCache_ >= slots_.size()) {
      // relaxed load + store, not fetch_add: only this thread writes dropped_, and readers only
      // need an eventually current count, not ordering with the slots.
      dropped_.store(dropped_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
      return;
    }
  }
  slots_[head & mask_] = o;
  // release: publishes the slot written above to the consumer's acquire load of head_.
  head_.store(head + 1, std::memory_order_release);
}

std::size_t TraceRing::drain(std::vector<Observation>& out, std::size_t max) {
  // relaxed: tail_ is written only by this thread.
  const std::uint64_t tail = tail_.load(std::memory_order_relaxed);
  // acquire: pairs with the producer's release of head_, so the slots up to head are visible.
  const std::uint64_t head = head_.load(std::memory_order_acquire);
  const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(head - tail, max));
  if (n == 0) {
    return 0;
  }
  out.reserve(out.size() + n);
  // Copy in at most two runs: up to the end of the buffer, then from its start.
  const auto first = static_cast<std::size_t>(tail & mask_);
  const std::size_t run1 = std::min(n, slots_.size() - first);
  out.insert(out.end(), slots_.begin() + static_cast<std::ptrdiff_t>(first),
             slots_.begin() + static_cast<std::ptrdiff_t>(first + run1));
  out.insert(out.end(), slots_.begin(), slots_.begin() + static_cast<std::ptrdiff_t>(n - run1));
  // release: our reads of these slots happen before the producer may reuse them (it acquires).
  tail_.store(tail + n, std::memory_order_release);
  return n;
}

}  // namespace amp::observe
