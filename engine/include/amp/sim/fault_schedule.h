// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace amp::sim {

/// What goes wrong. The simulator and the real harness read the same schedule, so a twin run
/// replays the same incident on both engines.
enum class FaultKind : std::uint8_t {
  Kill,      ///< the seat stops for good at `atS` (a process seat gets SIGKILL)
  Stall,     ///< the seat stops for `durationS` from `atS`, then goes on (SIGSTOP/SIGCONT)
  Drop,      ///< each message on channel `target` is lost with `probability`
  FailRate,  ///< each seat matching `target` is killed after an exponential time of rate `ratePerS`
};

struct Fault {
  FaultKind kind = FaultKind::Kill;
  /// A seat name ("master", "worker 2"), a prefix ending in '*' ("worker*"), or for Drop a
  /// channel name ("acks").
  std::string target;
  double atS = 0.0;
  double durationS = 0.0;
  double probability = 0.0;
  double ratePerS = 0.0;

  bool matches(const std::string& name) const;
  bool operator==(const Fault&) const = default;
};

/// A list of faults, written as text for `--set` and saved runs:
///   "kill master@2; stall worker 1@1.5+0.05; drop acks 0.01; fail worker* 0.5/s"
/// (times in seconds since the run's epoch, a stall's length after '+').
class FaultSchedule {
 public:
  FaultSchedule() = default;
  explicit FaultSchedule(std::vector<Fault> faults) : faults_(std::move(faults)) {}

  /// Throws std::invalid_argument naming the item that is wrong and what is allowed.
  static FaultSchedule parse(const std::string& text);
  std::string text() const;

  const std::vector<Fault>& faults() const { return faults_; }
  bool empty() const { return faults_.empty(); }
  void add(Fault f) { faults_.push_back(std::move(f)); }

  /// Probability that a message on `channel` is lost (the largest that names it; 0 if none).
  double dropProbability(const std::string& channel) const;

  /// The incident as both engines execute it: every Kill and Stall that hits one of `seats`,
  /// with FailRate turned into Kills at exponential times drawn from `seed` (same seed, same
  /// times), up to `horizonS`; targets are exact seat names, sorted by time.
  std::vector<Fault> timeline(const std::vector<std::string>& seats, std::uint64_t seed,
                              double horizonS) const;

 private:
  std::vector<Fault> faults_;
};

}  // namespace amp::sim
