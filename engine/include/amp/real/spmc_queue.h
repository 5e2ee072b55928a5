// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <type_traits>

#include "amp/real/doorbell.h"
#include "amp/real/spsc_ring.h"

namespace amp::real {

/// Bounded single-producer/multi-consumer FIFO: the master's one shared queue in front of all
/// workers (an M/M/c queue: whichever worker is free takes the oldest item). Consumers claim an
/// index with a compare-and-swap on the shared tail; there is one producer, so no MPMC slot
/// sequencing is needed. Items must fit a lock-free atomic (ids, pointers).
template <class T>
class SpmcQueue {
  static_assert(std::is_trivially_copyable_v<T> && std::atomic<T>::is_always_lock_free,
                "slots are read speculatively, so they are atomics");

 public:
  explicit SpmcQueue(std::size_t capacity)
      : mask_(ringCapacity(capacity) - 1), slots_(std::make_unique<std::atomic<T>[]>(mask_ + 1)) {}
  SpmcQueue(const SpmcQueue&) = delete;
  SpmcQueue& operator=(const SpmcQueue&) = delete;

  std::size_t capacity() const { return mask_ + 1; }

  // ---- producer (one thread) ---------------------------------------------------------------------
  bool tryPush(const T& item) {
    const std::uint64_t head = head_.load(std::memory_order_relaxed);  // relaxed: we own head_
    if (head - cachedTail_ > mask_) {
      // acquire: the consumer that claimed the old slot read it before its CAS released the tail.
      cachedTail_ = tail_.load(std::memory_order_acquire);
      if (head - cachedTail_ > mask_) return false;
    }
    // relaxed: published by the release store of head_ below.
    slots_[head & mask_].store(item, std::memory_order_relaxed);
    head_.store(head + 1, std::memory_order_release);  // release: the slot is written first
    return true;
  }

  bool push(const T& item, FullPolicy policy, const std::atomic<bool>* stop = nullptr) {
    if (tryPush(item)) return true;
    if (policy == FullPolicy::Drop) {
      drops_.store(drops_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);  // producer-only
      return false;
    }
    Backoff backoff;
    while (!tryPush(item)) {
      if (stop != nullptr && stop->load(std::memory_order_relaxed)) return false;
      backoff.pause();
    }
    return true;
  }
  std::uint64_t drops() const { return drops_.load(std::memory_order_relaxed); }

  // ---- consumers (any thread) ------------------------------------------------------------------
  bool tryPop(T& out) {
    std::uint64_t tail = tail_.load(std::memory_order_relaxed);  // relaxed: the CAS validates it
    for (;;) {
      // acquire: pairs with the producer's release, so slot `tail` holds the item for index tail.
      const std::uint64_t head = head_.load(std::memory_order_acquire);
      if (tail >= head) return false;
      // Read before claiming: the producer cannot reuse this slot until the tail passes it, and
      // only a successful claim below moves the tail past it.
      const T item = slots_[tail & mask_].load(std::memory_order_relaxed);
      // acq_rel: release orders our slot read before the producer's reuse; acquire keeps later
      // claims ordered after earlier ones. On failure `tail` is reloaded and we retry.
      if (tail_.compare_exchange_weak(tail, tail + 1, std::memory_order_acq_rel, std::memory_order_relaxed)) {
        out = item;
        return true;
      }
    }
  }

  std::size_t sizeApprox() const {
    const std::uint64_t tail = tail_.load(std::memory_order_acquire);  // acquire: monitoring read
    const std::uint64_t head = head_.load(std::memory_order_acquire);
    return head >= tail ? static_cast<std::size_t>(head - tail) : 0;
  }
  bool emptyApprox() const { return sizeApprox() == 0; }

  /// All consumers sleep on this one doorbell.
  Doorbell& doorbell() { return bell_; }

 private:
  alignas(kCacheLine) std::atomic<std::uint64_t> head_{0};  // producer writes, consumers read
  std::uint64_t cachedTail_ = 0;                            // producer-private
  std::atomic<std::uint64_t> drops_{0};
  alignas(kCacheLine) std::atomic<std::uint64_t> tail_{0};  // consumers claim with CAS
  alignas(kCacheLine) const std::uint64_t mask_;
  std::unique_ptr<std::atomic<T>[]> slots_;
  Doorbell bell_;
};

}  // namespace amp::real
