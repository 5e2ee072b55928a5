// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include "rlsched/rlsched_agent.h"

namespace amp::labs::rlsched {

/// One cluster of c cores fed a Poisson stream: M/H₂/c (each task small or large, exponential).
/// Exact for c = 1 (Pollaczek–Khinchine) and when every task has one size (M/M/c); otherwise
/// Lee–Longton, Wq ≈ (1 + cs²)/2 · Wq(M/M/c).
struct ClusterQueue {
  bool stable = true, exact = true;
  double responseS = 0;  ///< mean response time of a task sent there
  double util = 0;
};
ClusterQueue clusterQueue(const Config& c, int cluster, double lambda);

/// The two clusters under a routing rule that reads both queue lengths, solved as a CTMC on
/// (fast tasks, slow tasks[, round-robin turn]) with exponential service of the mixed mean:
/// exact when every task has one size, approx otherwise. `routing` is RoundRobin, Jsq,
/// Threshold (with `threshold`) or EpsilonGreedy for the learned policy: greedy on each task's
/// own expected response time, with probability `epsilon` a fair coin instead.
struct Chain {
  bool stable = true;
  double latencyS = 0;   ///< mean response time (Little)
  double fastShare = 0;  ///< fraction of tasks sent to the fast cluster
  double fastUtil = 0, slowUtil = 0;
  /// Mean gap between the two clusters' expected response times for an arriving task [s]: the
  /// cost of one non-greedy choice, to first order.
  double deltaS = 0;
  double lost = 0;  ///< probability mass cut by the truncation (arrivals refused)
};
Chain solveChain(const Config& c, Policy routing, int threshold, double epsilon);

/// The fixed threshold policy with the lowest mean response time, and that time.
struct BestThreshold {
  int threshold = 0;
  double latencyS = 0;
};
BestThreshold bestThreshold(const Config& c);

}  // namespace amp::labs::rlsched
