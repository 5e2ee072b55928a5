// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "rlsched/rlsched_model.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "amp/model/queueing.h"
#include "amp/run/lab_text.h"
#include "rlsched/rlsched_lab.h"

namespace amp::labs {

namespace rlsched {

ClusterQueue clusterQueue(const Config& c, int cluster, double lambda) {
  ClusterQueue q;
  const double k = c.speed(cluster);
  const int cores = c.cores(cluster);
  const double mean = k * c.meanServiceS();
  // A mix of two exponential sizes: E[S²] = 2·Σ pᵢ·sᵢ², so cs² = E[S²]/E[S]² − 1.
  const double second = 2 * k * k * ((1 - c.taskMix) * c.smallS * c.smallS + c.taskMix * c.largeS * c.largeS);
  const double scv = second / (mean * mean) - 1;
  q.exact = cores == 1 || c.taskMix == 0 || c.taskMix == 1;
  if (lambda <= 0) {
    q.responseS = mean;
    return q;
  }
  if (cores == 1) {
    const model::QueueMetrics m = model::mg1(lambda, mean, scv);
    q.stable = m.stable;
    q.responseS = m.w;
    q.util = m.rho;
    return q;
  }
  const model::QueueMetrics m = model::mmc(lambda, 1 / mean, cores);
  q.stable = m.stable;
  q.util = m.rho;
  q.responseS = q.exact ? m.w : m.wq * (1 + scv) / 2 + mean;
  return q;
}

}  // namespace rlsched

using rlsched::Config;
using rlsched::Policy;

run::ModelResult RlschedLab::model(const run::Params& p) const {
  const Config c = Config::from(p);
  run::ModelResult r;
  const double inf = std::numeric_limits<double>::infinity();
  const bool oneSize = c.taskMix == 0 || c.taskMix == 1;
  double latency = inf, fastShare = 1, fastUtil = 0, slowUtil = 0;
  bool exact = false;

  switch (c.policy) {
    case Policy::Random:
    case Policy::AlwaysFast: {
      fastShare = c.policy == Policy::Random ? 0.5 : 1.0;
      const auto f = rlsched::clusterQueue(c, rlsched::kFast, c.arrivalRate * fastShare);
      const auto s = rlsched::clusterQueue(c, rlsched::kSlow, c.arrivalRate * (1 - fastShare));
      r.stable = f.stable && s.stable;
      latency = fastShare * f.responseS + (1 - fastShare) * s.responseS;
      fastUtil = f.util;
      slowUtil = s.util;
      exact = f.exact && (fastShare == 1 || s.exact);
      r.formula =
          "Bernoulli split: each cluster gets a Poisson stream (λ_fast = " + run::significant(fastShare, 2) +
          "·λ); each cluster is M/H₂/c. c = 1: T = E[S] + λ·E[S²]/(2(1−ρ)) (Pollaczek–Khinchine), E[S²] = 2·((1−m)·s² + m·L²)·k²";
      if (!exact)
        r.approximation = "M/H₂/c for c > 1 with two task sizes: Lee–Longton, Wq ≈ (1 + cs²)/2 · Wq(M/M/c)";
      break;
    }
    default: {
      const bool learned = c.learning();
      const double eps = c.policy == Policy::EpsilonGreedy ? c.epsilon : 0.0;
      const rlsched::Chain ch = solveChain(c, learned ? Policy::EpsilonGreedy : c.policy, c.threshold, eps);
      r.stable = ch.stable;
      latency = ch.latencyS;
      fastShare = ch.fastShare;
      fastUtil = ch.fastUtil;
      slowUtil = ch.slowUtil;
      exact = !learned && oneSize && ch.lost < 1e-9;
      if (ch.lost > 1e-6)
        r.notes.push_back("the chain is cut at 150 tasks and is full " + run::significant(ch.lost * 100, 2) +
                          "% of the time: near saturation its latency is too low");
      r.formula =
          "A CTMC on (tasks at fast, tasks at slow" +
          std::string(c.policy == Policy::RoundRobin ? ", turn" : "") +
          "): arrivals λ routed by the policy, departures min(n, c)·μ per cluster; T = E[n_fast + n_slow]/λ (Little)";
      if (learned)
        r.approximation =
            "the learned policy taken as greedy on each task's own expected response time (" +
            std::string(c.policy == Policy::Ucb ? "UCB's exploration, which shrinks like ln n/n, left out"
                                                : "with probability ε a coin") +
            "), in a CTMC with exponential service of the mixed mean, its queueing scaled by (1 + cs²)/2 for the two sizes; the agent's bucketed state and its learning phase are left out";
      else if (!exact)
        r.approximation =
            "a CTMC with exponential service of the mixed mean, its queueing scaled by (1 + cs²)/2 for the two task sizes (Lee–Longton)";
      break;
    }
  }

  const rlsched::BestThreshold best = rlsched::bestThreshold(c);
  const rlsched::Chain greedy = solveChain(c, Policy::EpsilonGreedy, 0, 0.0);
  const double deltaMs = greedy.deltaS * 1000;
  const double ms = 1000.0;
  r.values["latency_ms"] = latency * ms;
  r.exact["latency_ms"] = exact && r.stable;
  r.values["fast_share"] = fastShare;
  r.exact["fast_share"] = exact && r.stable;
  r.values["fast_util"] = fastUtil;
  r.exact["fast_util"] = exact && r.stable;
  r.values["slow_util"] = slowUtil;
  r.exact["slow_util"] = exact && r.stable;
  if (std::isfinite(best.latencyS)) {
    r.values["regret"] = (latency - best.latencyS) * ms;
    r.exact["regret"] = false;
    r.values["best_threshold"] = best.threshold;
    r.values["best_latency_ms"] = best.latencyS * ms;
  }
  r.values["delta_ms"] = deltaMs;
  r.values["epsilon_max"] = deltaMs > 0 ? std::min(1.0, 2 * c.budgetMs / deltaMs) : 1.0;
  if (c.policy == Policy::EpsilonGreedy) {
    r.values["explore_overhead_ms"] = c.epsilon / 2 * deltaMs;
    r.exact["explore_overhead_ms"] = false;
  } else if (!c.learning()) {
    r.values["explore_overhead_ms"] = 0;
    r.exact["explore_overhead_ms"] = true;
  }
  r.bottleneck = fastUtil >= slowUtil ? "fast cluster" : "slow cluster";
  r.formula +=
      ". Exploration ≈ (ε/2)·Δ, Δ the mean gap between the clusters' expected response times for an arriving task at the learned policy; the largest ε within the budget is 2·budget/Δ";
  r.notes.push_back("Δ = " + run::significant(deltaMs) +
                    " ms at the learned policy; ε_max = " + run::significant(r.values["epsilon_max"], 2) +
                    " for a budget of " + run::significant(c.budgetMs) + " ms");
  if (std::isfinite(best.latencyS))
    r.notes.push_back("best fixed threshold: " + std::to_string(best.threshold) + " (" +
                      run::significant(best.latencyS * ms) + " ms)");
  if (!r.stable) r.notes.push_back("unstable: a cluster gets more work than its cores can do");
  return r;
}

}  // namespace amp::labs
