// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/scheduled_receiver.h"

#include <algorithm>

namespace amp::real {

ScheduledReceiver::ScheduledReceiver(std::vector<std::int64_t> scheduleNs, std::size_t capacity)
    : schedule_(std::move(scheduleNs)), capacity_(capacity), end_(schedule_.size()) {}

std::optional<std::uint64_t> ScheduledReceiver::take(std::int64_t nowNs) {
  // relaxed: only this thread writes next_; others read it as a monitor.
  std::size_t j = next_.load(std::memory_order_relaxed);
  const std::size_t end = end_.load(std::memory_order_relaxed);
  for (; j < end && schedule_[j] <= nowNs; ++j) {
    // The ring just before item j arrived: the accepted items taken after it came. All earlier
    // accepted items have been taken by now (in order), so their take times say it exactly.
    while (!takenAfter_.empty() && takenAfter_.front() <= schedule_[j]) takenAfter_.pop_front();
    if (capacity_ > 0 && takenAfter_.size() >= capacity_) {
      drops_.store(drops_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
      continue;
    }
    takenAfter_.push_back(nowNs);
    next_.store(j + 1, std::memory_order_relaxed);
    return j;
  }
  next_.store(j, std::memory_order_relaxed);
  return std::nullopt;
}

std::int64_t ScheduledReceiver::nextDueNs() const {
  const std::size_t j = next_.load(std::memory_order_relaxed);
  return j < end_.load(std::memory_order_relaxed) ? schedule_[j] : std::numeric_limits<std::int64_t>::max();
}

void ScheduledReceiver::endAt(std::int64_t nowNs) {
  const auto first = schedule_.begin();
  const auto last = first + static_cast<std::ptrdiff_t>(end_.load(std::memory_order_relaxed));
  end_.store(static_cast<std::size_t>(std::upper_bound(first, last, nowNs) - first),
             std::memory_order_relaxed);
}

std::size_t ScheduledReceiver::waiting(std::int64_t nowNs) const {
  // Only arrivals that come at all: after a load ended early, the rest of the schedule never waits.
  const auto first = schedule_.begin();
  const auto last = first + static_cast<std::ptrdiff_t>(end_.load(std::memory_order_relaxed));
  const auto due = static_cast<std::size_t>(std::upper_bound(first, last, nowNs) - first);
  const std::size_t decided = next_.load(std::memory_order_relaxed);
  return due > decided ? due - decided : 0;
}

}  // namespace amp::real
