// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/model/group_commit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace amp::model {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// Arrival-count pmfs are cut where the remaining tail is below this; the cut mass is folded
// into the last kept value so every row still sums to one.
constexpr double kPmfTail = 1e-15;
// The chain is grown until the stationary mass in its top states is below this.
constexpr double kStateTail = 1e-11;
constexpr int kMaxStates = 400'000;

/// P(j Poisson arrivals during S_k), S_k = k per-item times + the fixed time.
std::vector<double> arrivalsDuringGroup(const GroupCommitQueue& q, int k) {
  const double lam = q.lambda;
  auto poisson = [](double mean) {
    std::vector<double> pmf;
    double p = std::exp(-mean), cum = 0.0;
    for (int j = 0;; ++j) {
      if (j > 0) p *= mean / j;
      pmf.push_back(p);
      cum += p;
      if (1.0 - cum < kPmfTail && j >= mean) break;
      if (j > 10'000'000) break;
    }
    pmf.back() += std::max(0.0, 1.0 - cum);
    return pmf;
  };
  if (!q.perItemExp || q.perItemMean <= 0.0) return poisson(lam * (q.fixedTime + k * q.perItemMean));
  // Arrivals during one exponential phase are geometric; during k phases negative binomial.
  const double p = 1.0 / (1.0 + lam * q.perItemMean);
  std::vector<double> nb;
  double v = std::pow(p, k), cum = 0.0;
  for (int j = 0;; ++j) {
    if (j > 0) v *= (1.0 - p) * (j + k - 1) / j;
    nb.push_back(v);
    cum += v;
    if (1.0 - cum < kPmfTail && j >= k * (1.0 - p) / p) break;
    if (j > 10'000'000) break;
  }
  nb.back() += std::max(0.0, 1.0 - cum);
  if (q.fixedTime <= 0.0) return nb;
  const std::vector<double> po = poisson(lam * q.fixedTime);
  std::vector<double> out(nb.size() + po.size() - 1, 0.0);
  for (std::size_t i = 0; i < po.size(); ++i)
    for (std::size_t j = 0; j < nb.size(); ++j) out[i + j] += po[i] * nb[j];
  return out;
}

struct GroupMoments {
  double m1 = 0.0, m2 = 0.0;  // E[S_k], E[S_k²]
};

GroupMoments groupMoments(const GroupCommitQueue& q, int k) {
  const double mean = k * q.perItemMean + q.fixedTime;
  const double var = q.perItemExp ? k * q.perItemMean * q.perItemMean : 0.0;
  return {mean, var + mean * mean};
}

/// Stationary distribution of the number waiting at group completions, states 0..n-1, by GTH
/// state reduction on band storage: row i holds P(i → j) for j − i in [−b, M].
std::vector<double> solveChain(const GroupCommitQueue& q, const std::vector<std::vector<double>>& pmfs,
                               int n) {
  const int b = q.maxGroup;
  int m = 0;
  for (const auto& pmf : pmfs) m = std::max(m, static_cast<int>(pmf.size()) - 1);
  const int width = b + m + 1;
  std::vector<double> band(static_cast<std::size_t>(n) * width, 0.0);
  auto at = [&](int i, int j) -> double& { return band[static_cast<std::size_t>(i) * width + (j - i + b)]; };
  for (int i = 0; i < n; ++i) {
    const int k = std::clamp(i, 1, b);  // state 0 idles, then serves the next arrival alone
    const std::vector<double>& pmf = pmfs[k - 1];
    const int base = std::max(i - k, 0);
    for (std::size_t a = 0; a < pmf.size(); ++a) {
      const int j = std::min(base + static_cast<int>(a), n - 1);  // lump the cut-off states into the last
      at(i, j) += pmf[a];
    }
  }
  std::vector<double> pi(n, 0.0);
  for (int s = n - 1; s >= 1; --s) {
    double down = 0.0;
    for (int j = std::max(0, s - b); j < s; ++j) down += at(s, j);
    if (down <= 0.0) down = std::numeric_limits<double>::min();
    const int iLo = std::max(0, s - m);
    for (int i = iLo; i < s; ++i) {
      double& pis = at(i, s);
      if (pis == 0.0) continue;
      pis /= down;
      for (int j = std::max(0, s - b); j < s; ++j) at(i, j) += pis * at(s, j);
    }
  }
  pi[0] = 1.0;
  double total = 1.0;
  for (int s = 1; s < n; ++s) {
    double v = 0.0;
    for (int i = std::max(0, s - m); i < s; ++i) v += pi[i] * at(i, s);
    pi[s] = v;
    total += v;
  }
  for (double& v : pi) v /= total;
  return pi;
}

}  // namespace

GroupCommitMetrics groupCommit(const GroupCommitQueue& q) {
  GroupCommitMetrics r;
  const int b = std::max(1, q.maxGroup);
  GroupCommitQueue qq = q;
  qq.maxGroup = b;
  const double c = std::max(0.0, q.perItemMean), d = std::max(0.0, q.fixedTime), lam = q.lambda;
  r.capacity = b / (b * c + d);
  if (lam <= 0.0) {
    r.window = c + d;
    r.meanGroup = 1.0;
    return r;
  }
  if (lam >= r.capacity) {
    r.stable = false;
    r.window = r.lq = r.l = kInf;
    r.busy = 1.0;
    r.meanGroup = b;
    return r;
  }
  std::vector<std::vector<double>> pmfs;
  std::vector<GroupMoments> mom;
  for (int k = 1; k <= b; ++k) {
    pmfs.push_back(arrivalsDuringGroup(qq, k));
    mom.push_back(groupMoments(qq, k));
  }
  // Start small and double: the cost is states × b × (pmf length), and the tail needed near
  // ρ = 1 is hard to guess well in advance.
  int n = std::min(kMaxStates, 4 * b + 2 * static_cast<int>(pmfs.back().size()) + 64);
  std::vector<double> pi;
  for (;;) {
    pi = solveChain(qq, pmfs, n);
    double top = 0.0;
    for (int s = std::max(0, n - std::max(b, n / 20)); s < n; ++s) top += pi[s];
    r.tailMass = top;
    if (top < kStateTail || n >= kMaxStates) break;
    n = std::min(kMaxStates, 2 * n);
  }
  r.states = n;
  double cycle = 0.0, area = 0.0, areaWait = 0.0, busy = 0.0, groups = 0.0, items = 0.0, items2 = 0.0;
  for (int s = 0; s < n; ++s) {
    const double p = pi[s];
    if (p == 0.0) continue;
    const int k = std::clamp(s, 1, b);
    const GroupMoments& g = mom[k - 1];
    const double present = std::max(s, 1);  // from state 0 the group is the one arrival
    cycle += p * (g.m1 + (s == 0 ? 1.0 / lam : 0.0));
    busy += p * g.m1;
    area += p * (present * g.m1 + lam * g.m2 / 2.0);
    // Waiting = not yet started: the group's later items wait for the earlier appends, the
    // items left behind wait the whole group, and arrivals during the group wait from arrival.
    areaWait += p * (c * k * (k - 1) / 2.0 + (present - k) * g.m1 + lam * g.m2 / 2.0);
    groups += p;
    items += p * k;
    items2 += p * k * k;
  }
  r.l = area / cycle;
  r.lq = areaWait / cycle;
  r.window = r.l / lam;
  r.busy = busy / cycle;
  r.meanGroup = items / groups;
  r.itemGroup = items2 / items;
  return r;
}

double minPerItemSpeed(const GroupCommitQueue& q, double bound) {
  auto windowAt = [&](double perItem) {
    GroupCommitQueue t = q;
    t.perItemMean = perItem;
    return groupCommit(t);
  };
  const int b = std::max(1, q.maxGroup);
  const double c = q.perItemMean;
  if (c <= 0.0) return windowAt(0.0).window <= bound ? 0.0 : kInf;
  // x = per-item time; the window grows with x, and the queue is unstable from x = 1/λ − d/b.
  const double xMax = 1.0 / q.lambda - q.fixedTime / b;
  const double x0 = c * 1e-9;
  if (xMax <= x0) return kInf;
  const GroupCommitMetrics atZero = windowAt(x0);
  if (!atZero.stable || atZero.window > bound) return kInf;
  double lo = x0, hi = xMax;
  for (int it = 0; it < 60 && (hi - lo) > 1e-6 * hi; ++it) {
    const double mid = 0.5 * (lo + hi);
    const GroupCommitMetrics m = windowAt(mid);
    if (m.stable && m.window <= bound)
      lo = mid;
    else
      hi = mid;
  }
  return c / lo;
}

double windowQuantileApprox(const GroupCommitQueue& q, const GroupCommitMetrics& m, double p) {
  if (!m.stable || !std::isfinite(m.window)) return kInf;
  const double own = m.itemGroup * std::max(0.0, q.perItemMean) + std::max(0.0, q.fixedTime);
  const double waitMean = std::max(0.0, m.window - own);
  if (m.busy <= 1.0 - p || waitMean <= 0.0) return own;
  const double theta = waitMean / m.busy;
  return own + theta * std::log(m.busy / (1.0 - p));
}

}  // namespace amp::model
