// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <limits>
#include <vector>

#include "amp/sim/arrival_stream.h"
#include "rlsched/rlsched_agent.h"

namespace amp::labs::rlsched {

/// One task of a run, drawn before it starts so that the simulation's twin passes and the real
/// run see the same tasks for the same seed.
struct Task {
  double arrivalS = 0;
  int cls = kSmall;
  double fastS = 0;  ///< its service time on a fast core; a slow core takes slow_factor times it
  double coin = 0;   ///< uniform in (0, 1): the random policy's choice
};
/// The tasks arriving before `horizonS`, at most `maxTasks` of them, drawn one at a time: the
/// same tasks for the same seed, however many passes draw them.
class TaskStream {
 public:
  TaskStream(const Config& c, std::uint64_t seed, double horizonS,
             std::size_t maxTasks = std::numeric_limits<std::size_t>::max());
  /// The next task into `t`; false when there are no more.
  bool next(Task& t);

 private:
  sim::ArrivalStream stream_;
  double taskMix_;
  double meanS_[2];  ///< by size class
  double horizonS_;
  std::size_t left_;
};
/// All of a TaskStream's tasks.
std::vector<Task> drawTasks(const Config& c, std::uint64_t seed, double horizonS, std::size_t maxTasks);
/// Each task's latency [ms] under the best fixed threshold policy, simulated over `tasks` until
/// `horizonS` (NaN for a task not done by then): what the regret is measured against.
std::vector<double> bestThresholdLatenciesMs(const Config& c, const std::vector<Task>& tasks,
                                             std::uint64_t seed, double horizonS);

}  // namespace amp::labs::rlsched
