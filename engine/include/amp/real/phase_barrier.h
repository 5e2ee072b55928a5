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
/// the parties are on their own cores), then yield, then sleep in short steps, so a waiter that
/// shares a CPU with a thread that has work does not hold the CPU from it.
/// Stop-the-world collectors, passes that must not overlap and level-synchronous traversals use it.
class PhaseBarrier {
 public:
  explicit PhaseBarrier(int parties) : parties_(parties) {}
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
      else if (spins < kSpins + kYields)
        std::this_thread::yield();
      else
        std::this_thread::sleep_for(std::chrono::microseconds(20));
    }
    return true;
  }

 private:
  static constexpr int kSpins = 2000, kYields = 200;
  const int parties_;
  // On separate cache lines: arrivals hammer the count while waiters poll the phase.
  alignas(64) std::atomic<int> arrived_{0};
  alignas(64) std::atomic<std::uint64_t> phase_{0};
};

}  // namespace amp::real
