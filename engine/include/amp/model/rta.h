// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <vector>

namespace amp::model {

/// A sporadic task on one processor under fixed-priority preemptive scheduling, times in any
/// one unit. Deadlines are constrained (d ≤ t).
struct RtaTask {
  double c = 0.0;    ///< worst-case execution time C
  double t = 1.0;    ///< period, or the least time between releases, T
  double d = 1.0;    ///< relative deadline D, from the task's arrival
  double j = 0.0;    ///< release jitter J: the release comes up to J after the arrival
  double b = 0.0;    ///< blocking B: the longest a lower-priority task can hold it up
  int priority = 0;  ///< smaller = higher; equal priorities: the earlier task is higher
};

/// What response-time analysis says about each task, in the order given.
struct RtaResult {
  /// R_i = J_i + w_i, the worst-case response from arrival to completion; infinite where the
  /// recurrence has no fixed point with R ≤ D (the task is unschedulable).
  std::vector<double> response;
  std::vector<double> busy;  ///< w_i: the worst time from release to completion (infinite likewise)
  std::vector<bool> schedulable;
  std::vector<int> iterations;  ///< steps of the recurrence until the fixed point (or R > D)
  double utilization = 0.0;     ///< Σ C/T
  bool allSchedulable = true;
};

/// Response-time analysis with release jitter and blocking (Audsley, Burns, Tindell):
///   w = C + B + Σ_{j ∈ hp(i)} ⌈(w + J_j)/T_j⌉·C_j,  iterated from w = C + B to a fixed point,
///   R = J + w,
/// exact (the least upper bound) for sporadic tasks with constrained deadlines, when a task's
/// blocking is at most one critical section of a lower-priority task. The iteration stops
/// as soon as R exceeds D: beyond the deadline this recurrence no longer describes the task.
RtaResult responseTimes(const std::vector<RtaTask>& tasks);

}  // namespace amp::model
