// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <vector>

#include "amp/observe/aggregator.h"
#include "amp/real/runtime.h"

namespace amp::real {

/// The lab's stations an item of the Runtime passes: source -> master -> worker -> sink.
struct RuntimeStations {
  std::uint16_t source = 0, master = 1, worker = 2, sink = 3;
  /// Each worker is its own station (worker + w) rather than one station of N servers.
  bool perWorker = false;
  /// Put a State record at the sink just before each Depart; the lab fills in its value in
  /// completion order (steering's reorder verdict).
  bool sinkState = false;
};

/// Turn the Runtime's per-item log into the observation stream, in time order: arrive (at its
/// scheduled time, so waits count from the schedule), master wait and service, hand-off, worker
/// wait and service, depart — and drops where a ring was full (see replayItems).
/// One item's records in the order they happened (at most ten). Times are made non-decreasing so
/// the stream stays ordered even if two CPUs' clocks disagree by a few ns; values below zero
/// (the same disagreement) become zero.
struct ItemRecords {
  std::array<observe::Observation, 10> ev;
  std::uint8_t n = 0, next = 0;
  void add(std::int64_t t, std::uint64_t id, observe::ObsKind kind, std::uint16_t station, double value,
           int core);
};

/// Merge the items' records into `rec` in time order: item i's records are `recordsOf(i)`, the
/// first of them at `scheduleNs[i]` (its arrival), so items enter in schedule order. A heap
/// holds the next record of each item in flight, so memory follows the items in the system, not
/// the run length. `adjust` may change a record just before it is recorded. Returns the last
/// record's time.
std::int64_t replayItems(const std::vector<std::int64_t>& scheduleNs, std::size_t items,
                         const std::function<ItemRecords(std::size_t)>& recordsOf, observe::Recorder& rec,
                         const std::function<void(observe::Observation&)>& adjust = {});

std::int64_t replayRuntime(const std::vector<std::int64_t>& scheduleNs, const std::vector<ItemTimes>& log,
                           const RuntimeStations& stations, observe::Recorder& rec,
                           const std::function<void(observe::Observation&)>& adjust = {});

}  // namespace amp::real
