// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>

#include "amp/real/doorbell.h"

namespace amp::real {

/// A reusable barrier for a fixed number of threads that a run's stop flag can break: every
/// waiter returns false soon after the flag turns true, so no seat hangs at a barrier whose other
/// parties have left. Waiters spin briefly (the barrier usually opens within microseconds when
/// the parties are on their own cores), then yield `yields` times (a waiter that shares a CPU with
/// a party that has work hands it the CPU), then sleep in steps of `nap`. Many yields suit barriers
/// that open within a millisecond or so (a waking sleeper may take far longer on a busy host); few
/// suit long waits, where yielding would keep a CPU busy for nothing. A longer nap wakes a
/// sharing party's CPU less often, and notices the opening later.
/// Stop-the-world collectors, passes that must not overlap and level-synchronous traversals use it.
class PhaseBarrier {
 public:
  explicit PhaseBarrier(int parties, int yields = 200,
                        std::chrono::microseconds nap = std::chrono::microseconds(20))
      : parties_(parties), yields_(yields), nap_(nap) {}
  PhaseBarrier(const PhaseBarrier&) = delete;
  PhaseBarrier& operator=(const PhaseBarrier&) = delete;

  int parties() const { return parties_; }

  /// Arrive and wait until all parties have arrived in this phase. True when the barrier opened,
  /// false when `stop` turned true first (the barrier is then broken for good: leave the run).
  bool arriveAndWait(const std::atomic<bool>& stop) {
    // acquire: a waiter that sees the phase advance also sees what every party wrote before
    // arriving; acq_rel on the count so the last arriver sees the others' writes to pass on.
    const std::uint64_t phase = phase_.load(std::memory_order_acquire);
    if (arrived_.fetch_add(1, std::memory_order_acq_rel) + 1 == parties_) {
      arrived_.store(0, std::memory_order_relaxed);  // before the release below: the next phase starts clean
      phase_.fetch_add(1, std::memory_order_release);
      return true;
    }
    for (int spins = 0; phase_.load(std::memory_order_acquire) == phase; ++spins) {
      if (stop.load(std::memory_order_relaxed)) return false;
      if (spins < kSpins)
        cpuRelax();
      else if (spins < kSpins + yields_)
        std::this_thread::yield();
      else
        std::this_thread::sleep_for(nap_);
    }
    return true;
  }

 private:
  static constexpr int kSpins = 2000;
  const int parties_, yields_;
  const std::chrono::microseconds nap_;
  // On separate cache lines: arrivals hammer the count while waiters poll the phase.
  alignas(64) std::atomic<int> arrived_{0};
  alignas(64) std::atomic<std::uint64_t> phase_{0};
};

}  // namespace amp::real
