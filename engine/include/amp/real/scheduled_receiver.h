// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <limits>
#include <optional>
#include <vector>

namespace amp::real {

/// A NIC's receive ring, emulated from a schedule: item i arrives at `scheduleNs[i]` (ns since the
/// run's epoch) and the one consuming thread takes the items in order once they are due. No
/// thread has to wake to deliver them, so an arrival is never late — on a small host a generator
/// thread shares a busy worker's CPU and wakes hundreds of µs late, which is then counted as
/// queueing. An arrival that finds `capacity` items waiting is dropped (tail drop), judged
/// exactly from the times the consumer took the earlier ones.
class ScheduledReceiver {
 public:
  /// `capacity` 0 = unbounded (never drops).
  ScheduledReceiver(std::vector<std::int64_t> scheduleNs, std::size_t capacity);

  // ---- the consumer thread ---------------------------------------------------------------
  /// The next accepted item due by `nowNs`, recording `nowNs` as when it was taken; arrivals
  /// dropped on the way are counted. None when nothing is due yet (or all were decided).
  std::optional<std::uint64_t> take(std::int64_t nowNs);
  /// When the next undecided item arrives; max() when every arrival has been decided.
  std::int64_t nextDueNs() const;
  bool exhausted() const { return nextDueNs() == std::numeric_limits<std::int64_t>::max(); }
  /// When the last arrival that comes at all arrives; min() when none comes.
  std::int64_t lastDueNs() const {
    const std::size_t end = end_.load(std::memory_order_relaxed);
    return end > 0 ? schedule_[end - 1] : std::numeric_limits<std::int64_t>::min();
  }
  /// How many arrivals come at all (the schedule, or up to where the load ended).
  std::uint64_t comingTotal() const { return end_.load(std::memory_order_relaxed); }
  /// When item `i` arrives [ns since the epoch].
  std::int64_t dueNs(std::uint64_t i) const { return schedule_[i]; }
  /// The load ends at `nowNs`: arrivals after it never come.
  void endAt(std::int64_t nowNs);

  // ---- any thread --------------------------------------------------------------------------
  /// Items due by `nowNs` and not yet taken or dropped (approximate while running).
  std::size_t waiting(std::int64_t nowNs) const;
  std::uint64_t drops() const { return drops_.load(std::memory_order_relaxed); }
  /// Arrivals decided so far (taken or dropped).
  std::uint64_t decided() const { return next_.load(std::memory_order_relaxed); }

 private:
  std::vector<std::int64_t> schedule_;
  std::size_t capacity_;
  std::atomic<std::size_t> end_;      // arrivals [0, end_) come at all; written by the consumer only
  std::atomic<std::size_t> next_{0};  // written by the consumer only
  std::atomic<std::uint64_t> drops_{0};
  std::deque<std::int64_t>
      takenAfter_;  // take times of accepted items, oldest first, pruned as arrivals pass them
};

}  // namespace amp::real
