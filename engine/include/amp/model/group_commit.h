// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once

namespace amp::model {

/// A single server that works through its queue in groups ("group commit"): when it becomes
/// free it takes min(n, maxGroup) of the n waiting items, spends a per-item time on each in
/// turn (the append), then one fixed time for the whole group (the sync). Every item of the
/// group completes when the sync ends. Arrivals are Poisson. With maxGroup = 1 this is the
/// M/G/1 queue with S = per-item + fixed.
///
/// With minGroup = a > 1 the server follows Neuts' (a, b) rule with a timer: a free server with
/// fewer than a items waiting waits until a are there or `timeout` has passed since its timer
/// started — when it became free with an item waiting, or at the first arrival to an idle,
/// empty server — and then takes all that wait. a = b with a timeout T is "wait up to T for a
/// full group" (sim::BatchServer's Timeout policy); a = b with T = ∞ is "always full groups"
/// (M/G^(b,b)/1); a = 1 or T = 0 is "take what waits". The number waiting at group ends stays
/// a Markov chain under this timer, so the solution is exact for it too.
struct GroupCommitQueue {
  double lambda = 1.0;       ///< item arrival rate
  double perItemMean = 0.0;  ///< c: mean per-item time
  bool perItemExp = true;    ///< per-item times exponential (else deterministic)
  double fixedTime = 0.0;    ///< d: deterministic time per group
  int maxGroup = 1;          ///< b >= 1
  int minGroup = 1;          ///< a, 1 <= a <= b: fewer waiting start only when the timer runs out
  double timeout = 0.0;      ///< T >= 0 (may be +infinity): the timer for a group below a
};

struct GroupCommitMetrics {
  bool stable = true;
  double window = 0.0;     ///< mean time from joining the queue to the end of the item's group
  double lq = 0.0;         ///< time-average number of items waiting to be started
  double l = 0.0;          ///< time-average number of items queued or in a group
  double busy = 0.0;       ///< fraction of time the server works (per-item and fixed parts)
  double meanGroup = 0.0;  ///< mean items per group
  double itemGroup = 0.0;  ///< mean size of the group an item is in (size-biased: E[k²]/E[k])
  double capacity = 0.0;   ///< the largest sustainable rate, b / (b·c + d)
  double formWait = 0.0;   ///< fraction of time the server holds back, waiting for a fuller group
  double tailMass = 0.0;   ///< stationary mass in the top states solved; > 1e-9 = truncated, W too low
  int states = 0;          ///< states of the embedded chain that were solved
};

/// Exact for Poisson arrivals (up to `tailMass`): the number waiting at group completions is a
/// Markov chain; it is solved by state reduction (GTH, no subtractions, so stable near ρ = 1),
/// and the mean window follows from a semi-Markov reward over the group cycles and Little's law.
/// Times in the unit of the inputs.
GroupCommitMetrics groupCommit(const GroupCommitQueue& q);

/// The smallest speed multiplier m (per-item time c/m; the fixed time is not sped up) for which
/// the mean window is <= bound. +infinity when even m → ∞ misses the bound (the fixed part alone
/// is too slow); a value < 1 means a slower server would still meet it.
double minPerItemSpeed(const GroupCommitQueue& q, double bound);

/// The largest fixed time per group d (the slowest log device) for which the mean window is
/// <= bound, with the per-item time as it is; -1 when even d = 0 misses the bound.
double maxFixedTime(const GroupCommitQueue& q, double bound);

/// Approximate quantile of the window. An item waits for its group to start with probability
/// `busy` (PASTA), and then exponentially with the mean that makes E[T] right; its own group's
/// service is taken at its mean s = itemGroup·c + d:
///   P(T > t) ≈ busy · exp(−(t − s)/θ), θ = (E[T] − s)/busy, so t_p = s + θ·ln(busy/(1 − p)).
/// Exact in the exponential tail of M/M/1-like queues; the lab bounds its error elsewhere.
double windowQuantileApprox(const GroupCommitQueue& q, const GroupCommitMetrics& m, double p);

}  // namespace amp::model
