// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "amp/real/doorbell.h"
#include "amp/real/harness.h"
#include "amp/sim/arrival_stream.h"

namespace amp::real {

/// What a load generator did.
struct LoadStats {
  std::uint64_t emitted = 0;
  std::uint64_t late = 0;       ///< emitted more than the threshold after their scheduled time
  double meanLatenessNs = 0.0;  ///< over all emitted requests
  double maxLatenessNs = 0.0;
  std::uint64_t rejected = 0;  ///< the submit callback refused (dropped or stopping)
  bool stopped = false;        ///< ended by the stop flag, not by the schedule or the clock
  /// The runner ended the load early (RunFeed::endLoad) at `endedAtNs` since the epoch: the
  /// schedule after it was never emitted.
  bool endedEarly = false;
  std::int64_t endedAtNs = -1;
};

/// When a run's load ended [ns since the epoch]: where the runner ended it early, else at its
/// full length `durationS`.
inline std::int64_t loadEndNs(const LoadStats& s, double durationS) {
  return s.endedEarly ? s.endedAtNs : static_cast<std::int64_t>(durationS * 1e9);
}

/// The arrival times of a precomputed schedule in ns since the run's epoch.
std::vector<std::int64_t> scheduleNs(const std::vector<sim::ArrivalDraw>& draws);

/// Open loop: requests arrive at precomputed times whatever the system does. An arrival the
/// generator could not emit on time is emitted as soon as it can and counted as late; its
/// scheduled time stays the one the schedule says (never silently shifted).
class OpenLoopGenerator {
 public:
  OpenLoopGenerator(std::vector<std::int64_t> scheduleNs, std::chrono::steady_clock::time_point epoch,
                    std::int64_t lateThresholdNs = 200'000);
  /// Busy-wait this long before each arrival instead of sleeping into it: the kernel's timer
  /// wake-up is tens of µs late on a VM. 0 = sleep only.
  void setSpinNs(std::int64_t ns) { spinNs_ = ns; }
  /// Stop emitting at the next scheduled arrival once `*flag` is set (a precision-driven run
  /// that has seen enough); null = run the whole schedule.
  void endWhen(const std::atomic<bool>* flag) { end_ = flag; }
  /// On the calling thread: emit(i, lateness ns) at each scheduled time, in order; emit returns
  /// false when the request was refused (counted in `rejected`). Returns early when `stop` is
  /// set (checked at least every 10 ms).
  LoadStats run(const std::function<bool(std::size_t index, std::int64_t latenessNs)>& emit,
                const std::atomic<bool>& stop);

 private:
  std::vector<std::int64_t> schedule_;
  std::chrono::steady_clock::time_point epoch_;
  std::int64_t lateThresholdNs_;
  std::int64_t spinNs_ = 20'000;
  const std::atomic<bool>* end_ = nullptr;
};

/// How an open-loop seat runs besides its schedule.
struct OpenLoopOptions {
  /// Once set, the schedule ends early (a precision-driven run's RunFeed::endFlag); null = never.
  const std::atomic<bool>* endLoad = nullptr;
  /// Runs on the generator's thread when it stops emitting, however it stopped (schedule done,
  /// ended early, cancelled): where the seats close their input, so a load ended early drains at
  /// once instead of waiting for an arrival that will never come.
  std::function<void()> onEnd;
  /// The busy-wait before each arrival (OpenLoopGenerator::setSpinNs). 0 where the generator
  /// shares its CPU with a busy seat: at 20 000 arrivals/s a 20 µs window is a third of that CPU,
  /// taken from the seat, and the seat's turns on the CPU make the generator late in return.
  std::int64_t spinNs = 20'000;
};

/// A helper seat named "generator" that replays `scheduleNs` (ns since `epoch`; a default
/// time point = the harness's epoch) with an OpenLoopGenerator: emit(i, lateness) at each
/// instant, raised above busy seats where a real-time policy allows. `*stats` is complete once
/// the seat has returned.
SeatSpec openLoopSeat(std::vector<std::int64_t> scheduleNs, std::chrono::steady_clock::time_point epoch,
                      std::int64_t lateThresholdNs, std::function<bool(std::size_t, std::int64_t)> emit,
                      LoadStats* stats, OpenLoopOptions options = {});

/// Closed loop: N clients, each thinks (exponential, mean `thinkMeanS`), sends one request and
/// waits for its answer before thinking again. Think times come from the seed's own streams.
class ClosedLoopGenerator {
 public:
  ClosedLoopGenerator(int clients, double thinkMeanS, std::uint64_t seed,
                      std::chrono::steady_clock::time_point epoch, std::int64_t lateThresholdNs = 200'000);
  /// On the calling thread, until `untilNs` (since the epoch) or `stop`: submit(client,
  /// scheduledNs) sends a request (false = it was refused; the client then thinks again).
  LoadStats run(const std::function<bool(int client, std::int64_t scheduledNs)>& submit, std::int64_t untilNs,
                const std::atomic<bool>& stop);
  /// From any thread: the client's request finished at `finishNs` (since the epoch).
  void complete(int client, std::int64_t finishNs);
  int clients() const { return clients_; }

 private:
  int clients_;
  double thinkMeanNs_;
  std::uint64_t seed_;
  std::chrono::steady_clock::time_point epoch_;
  std::int64_t lateThresholdNs_;
  std::unique_ptr<std::atomic<std::int64_t>[]> doneNs_;  // per client, -1 = nothing new
  Doorbell bell_;
};

}  // namespace amp::real
