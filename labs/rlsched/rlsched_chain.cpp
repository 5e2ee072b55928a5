// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The two-cluster routing chain: a CTMC on the tasks held by each cluster, solved level by level.
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "rlsched/rlsched_model.h"

namespace amp::labs::rlsched {

namespace {

/// A task's own expected response time on `cluster` holding `tasks` (FIFO, exponential service
/// of the mixed mean for the tasks ahead): its service plus the queue it waits behind.
double ownResponseS(const Config& c, int cls, int cluster, int tasks) {
  const double k = c.speed(cluster);
  const int cores = c.cores(cluster);
  const double ahead = std::max(0, tasks - cores + 1);
  return k * c.classMeanS(cls) + ahead * k * c.meanServiceS() / cores;
}

}  // namespace

Chain solveChain(const Config& c, Policy routing, int threshold, double epsilon) {
  Chain out;
  const double lambda = c.arrivalRate;
  const double muF = 1.0 / c.meanServiceS(), muS = muF / c.slowFactor;
  const int F = c.fastCores, S = c.slowCores;
  const double capacity = F * muF + S * muS;
  const bool rr = routing == Policy::RoundRobin;
  double rho = lambda / capacity;
  if (rr) rho = std::max(lambda / 2 / (F * muF), lambda / 2 / (S * muS));
  if (!(rho < 1.0) || lambda <= 0) {
    out.stable = lambda <= 0;
    out.latencyS = lambda <= 0 ? c.meanServiceS() : std::numeric_limits<double>::infinity();
    return out;
  }
  constexpr int kMaxTasks = 150;
  // Truncate the total where a single queue at this load has lost all but 1e-9 of its mass, with
  // room for the threshold's standing difference.
  const int tail = static_cast<int>(std::ceil(std::log(1e-9) / std::log(rho)));
  const int extra = routing == Policy::Threshold ? std::max(0, threshold) : 0;
  // Solving costs about n⁴/4: beyond 150 tasks (a load within a few % of saturation) the cut is
  // felt, and the model says so (Chain::lost).
  const int n = std::clamp(tail + F + S + extra + 8, 24, kMaxTasks);
  const int phases = rr ? 2 : 1;
  const auto at = [n, phases](int a, int b, int ph) {
    return (static_cast<std::size_t>(a) * static_cast<std::size_t>(n + 1) + static_cast<std::size_t>(b)) *
               static_cast<std::size_t>(phases) +
           static_cast<std::size_t>(ph);
  };
  const std::size_t size = at(n, n, phases - 1) + 1;

  // Probability that an arrival in (a, b, turn) goes to the fast cluster.
  std::vector<double> pFast(size, 0.0);
  for (int a = 0; a <= n; ++a)
    for (int b = 0; a + b <= n; ++b)
      for (int ph = 0; ph < phases; ++ph) {
        double p = 1.0;
        switch (routing) {
          case Policy::RoundRobin:
            p = ph == 0 ? 1.0 : 0.0;
            break;
          case Policy::Jsq:
            p = a * S <= b * F ? 1.0 : 0.0;
            break;
          case Policy::Threshold:
            p = a - b >= threshold ? 0.0 : 1.0;
            break;
          default: {  // the learned policy: greedy per size class, mixed with a coin
            p = 0.0;
            for (int cls : {kSmall, kLarge}) {
              const double share = cls == kLarge ? c.taskMix : 1 - c.taskMix;
              const bool slow = ownResponseS(c, cls, kSlow, b) < ownResponseS(c, cls, kFast, a);
              p += share * ((1 - epsilon) * (slow ? 0.0 : 1.0) + epsilon / 2);
            }
          }
        }
        pFast[at(a, b, ph)] = p;
      }

  // Start from the uniform distribution: every state has mass, so no state's inflow is zero.
  // Every transition moves the total by one task, so the chain is a quasi-birth-death process in
  // the level a + b: linear level reduction solves it exactly, π_ℓ = π_{ℓ−1}·R_{ℓ−1} with
  // R_{ℓ−1} = U_{ℓ−1}·(−M_ℓ)⁻¹, M_n = D_n, M_ℓ = D_ℓ + R_ℓ·W_{ℓ+1} (U up, W down, D the diagonal).
  const auto dim = [phases](int level) { return static_cast<Eigen::Index>((level + 1) * phases); };
  const auto local = [phases](int a, int ph) { return static_cast<Eigen::Index>(a * phases + ph); };
  const auto up = [&](int level) {  // arrivals: level → level + 1, the turn flips under round robin
    Eigen::MatrixXd u = Eigen::MatrixXd::Zero(dim(level), dim(level + 1));
    for (int a = 0; a <= level; ++a)
      for (int ph = 0; ph < phases; ++ph) {
        const int next = rr ? 1 - ph : ph;
        const double pf = pFast[at(a, level - a, ph)];
        u(local(a, ph), local(a + 1, next)) += lambda * pf;
        u(local(a, ph), local(a, next)) += lambda * (1 - pf);
      }
    return u;
  };
  // R·W for the departures W: level → level − 1, whose columns have at most two entries, in O(d²).
  const auto timesDown = [&](const Eigen::MatrixXd& rm, int level) {
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(rm.rows(), dim(level - 1));
    for (int a = 0; a <= level; ++a)
      for (int ph = 0; ph < phases; ++ph) {
        const int b = level - a;
        if (a > 0) out.col(local(a - 1, ph)) += rm.col(local(a, ph)) * (std::min(a, F) * muF);
        if (b > 0) out.col(local(a, ph)) += rm.col(local(a, ph)) * (std::min(b, S) * muS);
      }
    return out;
  };
  const auto diagonal = [&](int level) {
    Eigen::MatrixXd d = Eigen::MatrixXd::Zero(dim(level), dim(level));
    for (int a = 0; a <= level; ++a)
      for (int ph = 0; ph < phases; ++ph)
        d(local(a, ph), local(a, ph)) =
            -((level < n ? lambda : 0.0) + std::min(a, F) * muF + std::min(level - a, S) * muS);
    return d;
  };
  std::vector<Eigen::MatrixXd> r(static_cast<std::size_t>(n));
  Eigen::MatrixXd m = diagonal(n);
  for (int level = n; level >= 1; --level) {
    // R = U·(−M)⁻¹, i.e. (−M)ᵀ·Rᵀ = Uᵀ.
    const Eigen::MatrixXd negT = -m.transpose();
    r[static_cast<std::size_t>(level - 1)] = negT.partialPivLu().solve(up(level - 1).transpose()).transpose();
    m = diagonal(level - 1) + timesDown(r[static_cast<std::size_t>(level - 1)], level);
  }
  // π₀·M₀ = 0: one state, or the two turns of round robin.
  Eigen::RowVectorXd level0(dim(0));
  if (phases == 1)
    level0(0) = 1.0;
  else
    level0 << std::abs(m(1, 0)), std::abs(m(0, 0));
  std::vector<double> pi(size, 0.0);
  Eigen::RowVectorXd cur = level0;
  double total = 0;
  for (int level = 0; level <= n; ++level) {
    if (level > 0) cur = cur * r[static_cast<std::size_t>(level - 1)];
    for (int a = 0; a <= level; ++a)
      for (int ph = 0; ph < phases; ++ph) {
        pi[at(a, level - a, ph)] = std::max(0.0, cur(local(a, ph)));
        total += pi[at(a, level - a, ph)];
      }
  }
  for (double& v : pi) v /= total;

  double L = 0, toFast = 0, accepted = 0, busyF = 0, busyS = 0, delta = 0, lost = 0;
  for (int a = 0; a <= n; ++a)
    for (int b = 0; a + b <= n; ++b)
      for (int ph = 0; ph < phases; ++ph) {
        const double p = pi[at(a, b, ph)];
        L += (a + b) * p;
        busyF += std::min(a, F) * p;
        busyS += std::min(b, S) * p;
        if (a + b == n) {
          lost += p;
          continue;
        }
        accepted += p;
        toFast += p * pFast[at(a, b, ph)];
        for (int cls : {kSmall, kLarge}) {
          const double share = cls == kLarge ? c.taskMix : 1 - c.taskMix;
          delta += p * share * std::abs(ownResponseS(c, cls, kSlow, b) - ownResponseS(c, cls, kFast, a));
        }
      }
  out.fastShare = toFast / accepted;
  // The chain serves every task in the mixed mean's exponential time (cs² = 1). Two sizes make the
  // service more variable, cs² = E[S²]/E[S]² − 1 (the same on both clusters): scale the chain's
  // queueing by (1 + cs²)/2, as Lee–Longton does for M/G/c. Exact for one size (a factor of 1).
  const double mean = c.meanServiceS();
  const double second = 2 * ((1 - c.taskMix) * c.smallS * c.smallS + c.taskMix * c.largeS * c.largeS);
  const double scv = second / (mean * mean) - 1;
  const double service = (out.fastShare + (1 - out.fastShare) * c.slowFactor) * mean;
  out.latencyS = service + (L / (lambda * accepted) - service) * (1 + scv) / 2;
  out.fastUtil = busyF / F;
  out.slowUtil = busyS / S;
  out.deltaS = delta / accepted;
  out.lost = lost;
  return out;
}

BestThreshold bestThreshold(const Config& c) {
  BestThreshold best{0, std::numeric_limits<double>::infinity()};
  // The latency falls and then rises with the threshold; stop three steps past the lowest (past a
  // few tasks per core of difference the curve only climbs towards always_fast).
  const int last = 2 * (c.fastCores + c.slowCores) + static_cast<int>(std::ceil(2 * c.slowFactor)) + 4;
  for (int t = 0; t <= last && t <= best.threshold + 3; ++t) {
    const Chain ch = solveChain(c, Policy::Threshold, t, 0.0);
    if (ch.stable && ch.latencyS < best.latencyS) best = {t, ch.latencyS};
  }
  return best;
}

}  // namespace amp::labs::rlsched
