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
inline std::size_t ringCapacity(std::size_t wanted) {
  std::size_t c = 2;
  while (c < wanted) c <<= 1;
  return c;
}

/// Bounded single-producer/single-consumer ring. One thread pushes, one thread pops.
///
/// Indices count up forever (64 bits do not wrap in practice) and map to slots with a mask.
/// Each side keeps a private copy of the other side's index and re-reads the shared one only
/// when the copy says "full" (producer) or "empty" (consumer), so in steady state a push or pop
/// touches the other core's cache line about once per lap instead of once per item.
template <class T>
class SpscRing {
  static_assert(std::is_trivially_copyable_v<T>, "items are copied by value across threads");

 public:
  explicit SpscRing(std::size_t capacity)
      : mask_(ringCapacity(capacity) - 1), owned_(std::make_unique<T[]>(mask_ + 1)), slots_(owned_.get()) {}
  /// A ring over `ringCapacity(capacity)` slots the caller owns, e.g. in a SharedArena so that a
  /// process seat and its parent share it; the doorbell then wakes across processes too.
  SpscRing(std::size_t capacity, T* cells, bool processShared)
      : mask_(ringCapacity(capacity) - 1), slots_(cells), bell_(processShared) {}
  SpscRing(const SpscRing&) = delete;
  SpscRing& operator=(const SpscRing&) = delete;

  std::size_t capacity() const { return mask_ + 1; }

  // ---- producer side -------------------------------------------------------------------------
  bool tryPush(const T& item) {
    // relaxed: only this thread writes head_.
    const std::uint64_t head = head_.load(std::memory_order_relaxed);
    if (head - cachedTail_ > mask_) {
      // acquire: the consumer finished reading the slot we are about to overwrite before it
      // published the tail that frees it.
      cachedTail_ = tail_.load(std::memory_order_acquire);
      if (head - cachedTail_ > mask_) return false;
    }
    slots_[head & mask_] = item;
    // release: the slot's contents become visible no later than the index that exposes it.
    head_.store(head + 1, std::memory_order_release);
    return true;
  }

  /// Push up to `n` items with one index publication; returns how many went in.
  std::size_t tryPushBatch(const T* items, std::size_t n) {
    const std::uint64_t head = head_.load(std::memory_order_relaxed);  // relaxed: we own head_
    std::uint64_t space = capacity() - (head - cachedTail_);
    if (space < n) {
      cachedTail_ = tail_.load(std::memory_order_acquire);  // acquire: as in tryPush
      space = capacity() - (head - cachedTail_);
    }
    const std::size_t k = std::min<std::size_t>(n, space);
    for (std::size_t i = 0; i < k; ++i) slots_[(head + i) & mask_] = items[i];
    if (k > 0) head_.store(head + k, std::memory_order_release);  // release: as in tryPush
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
    if (tail == cachedHead_) {
      // acquire: pairs with the producer's release of head_, so the slot's contents are visible.
      cachedHead_ = head_.load(std::memory_order_acquire);
      if (tail == cachedHead_) return false;
    }
    out = slots_[tail & mask_];
    // release: our read of the slot is done before the producer may reuse it.
    tail_.store(tail + 1, std::memory_order_release);
    return true;
  }

  /// Pop up to `max` items with one index publication; returns how many came out.
  std::size_t tryPopBatch(T* out, std::size_t max) {
    const std::uint64_t tail = tail_.load(std::memory_order_relaxed);  // relaxed: we own tail_
    std::uint64_t avail = cachedHead_ - tail;
    if (avail < max) {
      cachedHead_ = head_.load(std::memory_order_acquire);  // acquire: as in tryPop
      avail = cachedHead_ - tail;
    }
    const std::size_t k = std::min<std::size_t>(max, avail);
    for (std::size_t i = 0; i < k; ++i) out[i] = slots_[(tail + i) & mask_];
    if (k > 0) tail_.store(tail + k, std::memory_order_release);  // release: as in tryPop
    return k;
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
  // Producer's line: head_ is written per push and read by the consumer only when its cached
  // copy runs out; cachedTail_ and drops_ are producer-private.
  alignas(kCacheLine) std::atomic<std::uint64_t> head_{0};
  std::uint64_t cachedTail_ = 0;
  std::atomic<std::uint64_t> drops_{0};
  // Consumer's line, kept apart so a push never invalidates the consumer's private state.
  alignas(kCacheLine) std::atomic<std::uint64_t> tail_{0};
  std::uint64_t cachedHead_ = 0;
  // Read-only after construction: shared by both sides without contention.
  alignas(kCacheLine) const std::uint64_t mask_;
  std::unique_ptr<T[]> owned_;  // null when the slots are the caller's
  T* slots_;
  Doorbell bell_;
};

}  // namespace amp::real
