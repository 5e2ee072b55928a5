// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <type_traits>

#include "amp/real/doorbell.h"

namespace amp::real {

/// What a producer does when its ring is full; the lab chooses.
enum class FullPolicy {
  Wait,  ///< back-pressure: wait for space (or until stopped)
  Drop,  ///< give up on the item and count it
};

/// Round up to a power of two (at least 2), so an index maps to a slot with a mask.
constexpr std::size_t ringCapacity(std::size_t wanted) {
  std::size_t c = 2;
  while (c < wanted) c <<= 1;
  return c;
}

/// Bounded single-producer/single-consumer ring. One thread pushes, one thread pops.
///
/// Indices count up forever (64 bits do not wrap in practice) and map to cells with a mask. Each
/// cell carries a stamp the producer writes after the item (index + 1): the consumer polls the
/// cell it will read next, so handing over one item moves one cache line, the cell's, and the
/// consumer never reads the producer's index. The producer keeps a private copy of the
/// consumer's index and re-reads the shared one only when the copy says "full", about once per
/// lap.
template <class T>
class SpscRing {
  static_assert(std::is_trivially_copyable_v<T>, "items are copied by value across threads");

 public:
  /// One slot: the item and the producer's stamp beside it, in one cache line for small items.
  struct Cell {
    std::atomic<std::uint64_t> stamp{0};  ///< index + 1 of the item in it; older = not yet written
    T item;
  };

  explicit SpscRing(std::size_t capacity)
      : mask_(ringCapacity(capacity) - 1),
        owned_(std::make_unique<Cell[]>(mask_ + 1)),
        cells_(owned_.get()) {}
  /// A ring over `ringCapacity(capacity)` cells the caller owns, e.g. in a SharedArena so that a
  /// process seat and its parent share it; the doorbell then wakes across processes too.
  SpscRing(std::size_t capacity, Cell* cells, bool processShared)
      : mask_(ringCapacity(capacity) - 1), cells_(cells), bell_(processShared) {}
  SpscRing(const SpscRing&) = delete;
  SpscRing& operator=(const SpscRing&) = delete;

  std::size_t capacity() const { return mask_ + 1; }

  // ---- producer side -------------------------------------------------------------------------
  bool tryPush(const T& item) {
    // relaxed: only this thread writes head_.
    const std::uint64_t head = head_.load(std::memory_order_relaxed);
    if (head - cachedTail_ > mask_) {
      // acquire: the consumer finished reading the cell we are about to overwrite before it
      // published the tail that frees it.
      cachedTail_ = tail_.load(std::memory_order_acquire);
      if (head - cachedTail_ > mask_) return false;
    }
    Cell& c = cells_[head & mask_];
    c.item = item;
    // release: the item becomes visible no later than the stamp that exposes it.
    c.stamp.store(head + 1, std::memory_order_release);
    // relaxed: head_ is for monitors (sizeApprox) and the producer itself; consumers poll stamps.
    head_.store(head + 1, std::memory_order_relaxed);
    return true;
  }

  /// Push up to `n` items; returns how many went in.
  std::size_t tryPushBatch(const T* items, std::size_t n) {
    const std::uint64_t head = head_.load(std::memory_order_relaxed);  // relaxed: we own head_
    std::uint64_t space = capacity() - (head - cachedTail_);
    if (space < n) {
      cachedTail_ = tail_.load(std::memory_order_acquire);  // acquire: as in tryPush
      space = capacity() - (head - cachedTail_);
    }
    const std::size_t k = std::min<std::size_t>(n, space);
    for (std::size_t i = 0; i < k; ++i) {
      Cell& c = cells_[(head + i) & mask_];
      c.item = items[i];
      c.stamp.store(head + i + 1, std::memory_order_release);  // release: as in tryPush
    }
    if (k > 0) head_.store(head + k, std::memory_order_relaxed);
    return k;
  }

  /// Push with the chosen full-ring policy. Wait: back off until there is space or `stop` is
  /// set (then false). Drop: false at once, and the drop is counted.
  bool push(const T& item, FullPolicy policy, const std::atomic<bool>* stop = nullptr) {
    if (tryPush(item)) return true;
    if (policy == FullPolicy::Drop) {
      // relaxed: a statistic, read by others only after the producer is joined or as a hint.
      drops_.store(drops_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
      return false;
    }
    Backoff backoff;
    while (!tryPush(item)) {
      if (stop != nullptr && stop->load(std::memory_order_relaxed)) return false;
      backoff.pause();
    }
    return true;
  }

  /// Items dropped by push(..., Drop); exact once the producer has stopped.
  std::uint64_t drops() const { return drops_.load(std::memory_order_relaxed); }

  // ---- consumer side -------------------------------------------------------------------------
  bool tryPop(T& out) {
    // relaxed: only this thread writes tail_.
    const std::uint64_t tail = tail_.load(std::memory_order_relaxed);
    const Cell& c = cells_[tail & mask_];
    // acquire: pairs with the producer's release of the stamp, so the item is visible.
    if (c.stamp.load(std::memory_order_acquire) != tail + 1) return false;
    out = c.item;
    // release: our read of the cell is done before the producer may reuse it.
    tail_.store(tail + 1, std::memory_order_release);
    return true;
  }

  /// Pop up to `max` items with one index publication; returns how many came out.
  std::size_t tryPopBatch(T* out, std::size_t max) {
    const std::uint64_t tail = tail_.load(std::memory_order_relaxed);  // relaxed: we own tail_
    std::size_t k = 0;
    for (; k < max; ++k) {
      const Cell& c = cells_[(tail + k) & mask_];
      if (c.stamp.load(std::memory_order_acquire) != tail + k + 1) break;  // acquire: as in tryPop
      out[k] = c.item;
    }
    if (k > 0) tail_.store(tail + k, std::memory_order_release);  // release: as in tryPop
    return k;
  }

  /// True when the consumer's next pop would succeed (consumer side: one look at its next cell).
  bool readable() const {
    const std::uint64_t tail = tail_.load(std::memory_order_relaxed);
    return cells_[tail & mask_].stamp.load(std::memory_order_acquire) == tail + 1;
  }

  // ---- either side -----------------------------------------------------------------------------
  /// Items in the ring at some recent moment; exact only when both sides are quiet.
  std::size_t sizeApprox() const {
    // acquire on both: a monitoring read that must not see a tail beyond its head.
    const std::uint64_t tail = tail_.load(std::memory_order_acquire);
    const std::uint64_t head = head_.load(std::memory_order_acquire);
    return head >= tail ? static_cast<std::size_t>(head - tail) : 0;
  }
  bool emptyApprox() const { return sizeApprox() == 0; }

  /// Wakes a consumer that sleeps on this ring (see Doorbell).
  Doorbell& doorbell() { return bell_; }

 private:
  // Producer's line: head_ is read by monitors only; cachedTail_ and drops_ are producer-private.
  alignas(kCacheLine) std::atomic<std::uint64_t> head_{0};
  std::uint64_t cachedTail_ = 0;
  std::atomic<std::uint64_t> drops_{0};
  // Consumer's line, kept apart so a push never invalidates it; the producer reads tail_ about
  // once per lap.
  alignas(kCacheLine) std::atomic<std::uint64_t> tail_{0};
  // Read-only after construction: shared by both sides without contention.
  alignas(kCacheLine) const std::uint64_t mask_;
  std::unique_ptr<Cell[]> owned_;  // null when the cells are the caller's
  Cell* cells_;
  Doorbell bell_;
};

}  // namespace amp::real
