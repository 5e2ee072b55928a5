// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <cstdint>

namespace amp::real {

/// What a real run tells its runner while it goes on, so the runner can end it once the key
/// metric is known well enough: each completion's value of that metric (a sojourn in ns, the
/// bytes of a delivered segment), and a flag the load generators read to stop emitting.
/// Thread seats only: a process seat's writes stay in its own address space.
class RunFeed {
 public:
  /// From any seat, after each completion. Relaxed: the runner reads a running total every
  /// hundred milliseconds, and one completion more or less in a window does not matter.
  void add(std::int64_t value) {
    sum_.fetch_add(value, std::memory_order_relaxed);
    count_.fetch_add(1, std::memory_order_relaxed);
  }
  std::uint64_t count() const { return count_.load(std::memory_order_relaxed); }
  std::int64_t sum() const { return sum_.load(std::memory_order_relaxed); }

  /// The runner has seen enough: generators stop emitting; what is in the system drains.
  void endLoad() { end_.store(true, std::memory_order_relaxed); }
  bool loadEnded() const { return end_.load(std::memory_order_relaxed); }
  const std::atomic<bool>& endFlag() const { return end_; }

 private:
  std::atomic<std::int64_t> sum_{0};
  std::atomic<std::uint64_t> count_{0};
  std::atomic<bool> end_{false};
};

}  // namespace amp::real
