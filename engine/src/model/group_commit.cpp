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
// Arrival-count pmfs are cut where the remaining tail is below this, then renormalized so every
// row of the chain still sums to one.
constexpr double kPmfTail = 1e-16;
// The chain is sized so that the stationary mass beyond it is about this.
constexpr double kStateTail = 1e-12;
constexpr int kMaxStates = 2'000'000;
// Band cells (doubles) of the chain: 64 MiB at most, and a quick 4 MiB first where that can decide.
constexpr std::size_t kMaxCells = std::size_t{8} << 20;
constexpr std::size_t kQuickCells = std::size_t{512} << 10;
// The speed search's limit: a bound so loose that it is met only this close to saturation gets a
// conservative answer rather than seconds of solving.
constexpr std::size_t kSearchCells = std::size_t{2} << 20;
// Cut-off mass below which a solution counts as exact.
constexpr double kExactTail = 1e-9;

/// P(j Poisson arrivals during S_k), S_k = k per-item times + the fixed time.
std::vector<double> arrivalsDuringGroup(const GroupCommitQueue& q, int k) {
  const double lam = q.lambda;
  // Both pmfs fall off geometrically past their mode with ratio r_j = p_{j+1}/p_j, decreasing in
  // j; once r < 1 the rest of the tail is at most p_j·r/(1 − r). (A running 1 − Σ test would stall
  // on rounding at about 1e-16 and never stop.)
  auto finish = [](std::vector<double>& pmf) {
    double sum = 0.0;
    for (double v : pmf) sum += v;
    for (double& v : pmf) v /= sum;
  };
  auto poisson = [&](double mean) {
    std::vector<double> pmf;
    double p = std::exp(-mean);
    for (int j = 0;; ++j) {
      pmf.push_back(p);
      const double r = mean / (j + 1);
      if (r < 1.0 && p * r / (1.0 - r) < kPmfTail) break;
      p *= r;
    }
    finish(pmf);
    return pmf;
  };
  if (!q.perItemExp || q.perItemMean <= 0.0) return poisson(lam * (q.fixedTime + k * q.perItemMean));
  // Arrivals during one exponential phase are geometric; during k phases negative binomial.
  const double p = 1.0 / (1.0 + lam * q.perItemMean);
  std::vector<double> nb;
  double v = std::pow(p, k);
  for (int j = 0;; ++j) {
    nb.push_back(v);
    const double r = (1.0 - p) * (j + k) / (j + 1);
    if (r < 1.0 && v * r / (1.0 - r) < kPmfTail) break;
    v *= r;
  }
  finish(nb);
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

/// How a free server with `present` >= 1 items waiting forms its group: below a it waits until
/// the a-th item arrives or its timer runs out. `sizes` holds P(group = k); `wait` is the mean
/// length of that wait and `area` the mean item-time spent in it (items × time).
struct Formation {
  std::vector<std::pair<int, double>> sizes;
  double wait = 0.0, area = 0.0;
};

Formation formation(const GroupCommitQueue& q, int present) {
  const int a = std::clamp(q.minGroup, 1, q.maxGroup), b = q.maxGroup;
  Formation f;
  if (present >= a) {
    f.sizes.emplace_back(std::min(present, b), 1.0);
    return f;
  }
  const int more = a - present;  // arrivals that fill the group before the timer
  const double lam = q.lambda, mean = lam * q.timeout;
  // P(N(T) > j) for the Poisson count N(T) of arrivals before the timer runs out: the wait is
  // min(T, time of the `more`-th arrival), and it spends 1/λ·P(N(T) > j) with j arrivals so far.
  double cdf = 0.0;
  for (int j = 0; j < more; ++j) {
    double pj = 0.0;  // P(N(T) = j); T = ∞ never runs out
    if (mean <= 0.0) {
      pj = j == 0 ? 1.0 : 0.0;
    } else if (std::isfinite(mean)) {
      pj = std::exp(-mean + j * std::log(mean) - std::lgamma(j + 1.0));
    }
    if (pj > 0.0) f.sizes.emplace_back(present + j, pj);
    cdf += pj;
    const double beyond = std::max(0.0, 1.0 - cdf);
    f.wait += beyond / lam;
    f.area += (present + j) * beyond / lam;
  }
  const double filled = std::max(0.0, 1.0 - cdf);
  if (filled > 0.0) f.sizes.emplace_back(a, filled);
  return f;
}

/// Stationary distribution of the number waiting at group completions, states 0..n-1, by GTH
/// state reduction on band storage: row i holds P(i → j) for j − i in [−b, M].
std::vector<double> solveChain(const GroupCommitQueue& q, const std::vector<std::vector<double>>& pmfs,
                               int n) {
  const int b = q.maxGroup;
  const int a = std::clamp(q.minGroup, 1, b);
  int m = 0;
  for (const auto& pmf : pmfs) m = std::max(m, static_cast<int>(pmf.size()) - 1);
  const int width = b + m + 1;
  std::vector<double> band(static_cast<std::size_t>(n) * width, 0.0);
  auto at = [&](int i, int j) -> double& { return band[static_cast<std::size_t>(i) * width + (j - i + b)]; };
  for (int i = 0; i < n; ++i) {
    // State 0 idles, then forms its group from the next arrival on; below a the group is a mix
    // of sizes (timer or filled), and it takes everything present, so the rest starts from 0.
    const int present = std::max(i, 1);
    const Formation f = i < a ? formation(q, present) : Formation{{{std::min(i, b), 1.0}}, 0.0, 0.0};
    for (const auto& [k, w] : f.sizes) {
      const std::vector<double>& pmf = pmfs[k - 1];
      const int base = i < a ? 0 : present - k;
      for (std::size_t x = 0; x < pmf.size(); ++x) {
        const int j = std::min(base + static_cast<int>(x), n - 1);  // lump the cut-off states into the last
        at(i, j) += w * pmf[x];
      }
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

/// Decay rate σ of the number waiting far above b: π_n ∝ σⁿ, where σ ∈ (0, 1) solves
/// σᵇ·A(1/σ) = 1 and A is the generating function of the arrivals during a full group.
double tailDecay(const GroupCommitQueue& q) {
  const int b = q.maxGroup;
  const double lam = q.lambda, c = q.perItemMean, d = q.fixedTime;
  const bool exp = q.perItemExp && c > 0.0;
  const double p = exp ? 1.0 / (1.0 + lam * c) : 1.0;
  auto g = [&](double s) {
    const double z = 1.0 / s;
    double lnA = lam * d * (z - 1.0);
    if (exp) {
      lnA += b * (std::log(p) - std::log(1.0 - (1.0 - p) * z));
    } else {
      lnA += lam * b * c * (z - 1.0);
    }
    return b * std::log(s) + lnA;
  };
  double lo = exp ? (1.0 - p) * (1.0 + 1e-12) + 1e-300 : 1e-300, hi = 1.0 - 1e-12;
  if (g(hi) >= 0.0) return hi;  // so close to saturation that the root is indistinguishable from 1
  for (int it = 0; it < 200 && hi - lo > 1e-15; ++it) {
    const double mid = 0.5 * (lo + hi);
    (g(mid) > 0.0 ? lo : hi) = mid;
  }
  return hi;
}

/// Solve with at most `maxCells` band cells (memory ~ 8 bytes each); when the needed state
/// space does not fit, the result is a lower bound on the queue and `tailMass` says how much
/// was cut off.
GroupCommitMetrics solveWithin(const GroupCommitQueue& q, std::size_t maxCells) {
  GroupCommitMetrics r;
  const int b = std::max(1, q.maxGroup);
  GroupCommitQueue qq = q;
  qq.maxGroup = b;
  const double c = std::max(0.0, q.perItemMean), d = std::max(0.0, q.fixedTime), lam = q.lambda;
  qq.perItemMean = c;
  qq.fixedTime = d;
  qq.minGroup = std::clamp(q.minGroup, 1, b);
  qq.timeout = std::max(0.0, q.timeout);
  r.capacity = b / (b * c + d);
  if (lam <= 0.0) {
    r.window = c + d;
    r.meanGroup = r.itemGroup = 1.0;
    return r;
  }
  if (lam >= r.capacity) {
    r.stable = false;
    r.window = r.lq = r.l = kInf;
    r.busy = 1.0;
    r.meanGroup = r.itemGroup = b;
    return r;
  }
  std::vector<std::vector<double>> pmfs;
  std::vector<GroupMoments> mom;
  for (int k = 1; k <= b; ++k) {
    pmfs.push_back(arrivalsDuringGroup(qq, k));
    mom.push_back(groupMoments(qq, k));
  }
  // Size the chain from its geometric tail: beyond n states the mass left is about σⁿ.
  const int m = static_cast<int>(pmfs.back().size());
  const double sigma = tailDecay(qq);
  const double need = std::log(kStateTail) / std::log(sigma) + 4.0 * b + 2.0 * m + 64.0;
  const double fit = static_cast<double>(maxCells) / static_cast<double>(b + m + 1);
  int n = static_cast<int>(std::min({need, fit, static_cast<double>(kMaxStates)}));
  n = std::max(n, 2 * b + 2);
  const std::vector<double> pi = solveChain(qq, pmfs, n);
  double top = 0.0;
  for (int s = std::max(0, n - std::max(b, n / 20)); s < n; ++s) top += pi[s];
  r.tailMass = top;
  r.states = n;
  double cycle = 0.0, area = 0.0, areaWait = 0.0, busy = 0.0, groups = 0.0, items = 0.0, items2 = 0.0;
  double holding = 0.0;
  const int a = std::clamp(qq.minGroup, 1, b);
  for (int s = 0; s < n; ++s) {
    const double p = pi[s];
    if (p == 0.0) continue;
    const int present = std::max(s, 1);  // from state 0 the group forms from the next arrival
    const Formation f = s < a ? formation(qq, present) : Formation{{{std::min(s, b), 1.0}}, 0.0, 0.0};
    // The formation wait: every item present waits (for the rest of its group, or the timer).
    cycle += p * ((s == 0 ? 1.0 / lam : 0.0) + f.wait);
    holding += p * f.wait;
    area += p * f.area;
    areaWait += p * f.area;
    for (const auto& [k, w] : f.sizes) {
      const GroupMoments& g = mom[k - 1];
      const int left = s < a ? 0 : present - k;  // below a the group takes everything present
      const double pw = p * w;
      cycle += pw * g.m1;
      busy += pw * g.m1;
      area += pw * ((k + left) * g.m1 + lam * g.m2 / 2.0);
      // Waiting = not yet started: the group's later items wait for the earlier appends, the
      // items left behind wait the whole group, and arrivals during the group wait from arrival.
      areaWait += pw * (c * k * (k - 1) / 2.0 + left * g.m1 + lam * g.m2 / 2.0);
      groups += pw;
      items += pw * k;
      items2 += pw * k * k;
    }
  }
  r.l = area / cycle;
  r.lq = areaWait / cycle;
  r.window = r.l / lam;
  r.busy = busy / cycle;
  r.formWait = holding / cycle;
  r.meanGroup = items / groups;
  r.itemGroup = items2 / items;
  return r;
}

}  // namespace

GroupCommitMetrics groupCommit(const GroupCommitQueue& q) { return solveWithin(q, kMaxCells); }

double minPerItemSpeed(const GroupCommitQueue& q, double bound) {
  // A truncated chain underestimates the window, so "above the bound" is final even from a small
  // chain; only "within the bound" from a truncated chain needs the full size. Near saturation
  // the window is far above any sensible bound, so most steps stay small and fast.
  auto within = [&](double perItem) {
    if (q.maxGroup <= 1) {  // M/G/1: Pollaczek–Khinchine in closed form
      const double es = perItem + q.fixedTime, rho = q.lambda * es;
      if (rho >= 1.0) return false;
      const double es2 = (q.perItemExp ? perItem * perItem : 0.0) + es * es;
      return es + q.lambda * es2 / (2.0 * (1.0 - rho)) <= bound;
    }
    GroupCommitQueue t = q;
    t.perItemMean = perItem;
    GroupCommitMetrics m = solveWithin(t, kQuickCells);
    if (!m.stable || m.window > bound) return false;
    if (m.tailMass > kExactTail) m = solveWithin(t, kSearchCells);
    // Still truncated: cannot vouch for the bound, so count it as missed (a conservative speed).
    return m.stable && m.window <= bound && m.tailMass <= kExactTail;
  };
  const int b = std::max(1, q.maxGroup);
  const double c = q.perItemMean;
  if (c <= 0.0) return within(0.0) ? 0.0 : kInf;
  // x = per-item time; the window grows with x, and the queue is unstable from x = 1/λ − d/b.
  const double xMax = 1.0 / q.lambda - q.fixedTime / b;
  const double x0 = c * 1e-9;
  if (xMax <= x0 || !within(x0)) return kInf;
  double lo = x0, hi = xMax;
  for (int it = 0; it < 60 && (hi - lo) > 1e-4 * hi; ++it) {
    const double mid = 0.5 * (lo + hi);
    (within(mid) ? lo : hi) = mid;
  }
  return c / lo;
}

double maxFixedTime(const GroupCommitQueue& q, double bound) {
  // The window grows with the device time d; the queue is unstable from d = b·(1/λ − c).
  auto within = [&](double d) {
    GroupCommitQueue t = q;
    t.fixedTime = d;
    if (t.maxGroup <= 1) {  // M/G/1: Pollaczek–Khinchine in closed form
      const double es = t.perItemMean + d, rho = t.lambda * es;
      if (rho >= 1.0) return false;
      const double es2 = (t.perItemExp ? t.perItemMean * t.perItemMean : 0.0) + es * es;
      return es + t.lambda * es2 / (2.0 * (1.0 - rho)) <= bound;
    }
    GroupCommitMetrics m = solveWithin(t, kQuickCells);
    if (!m.stable || m.window > bound) return false;
    if (m.tailMass > kExactTail) m = solveWithin(t, kSearchCells);
    return m.stable && m.window <= bound && m.tailMass <= kExactTail;
  };
  const int b = std::max(1, q.maxGroup);
  if (!within(0.0)) return -1.0;
  const double dMax = b * (1.0 / q.lambda - q.perItemMean);
  double lo = 0.0, hi = std::max(dMax, 0.0);
  for (int it = 0; it < 60 && (hi - lo) > 1e-4 * hi; ++it) {
    const double mid = 0.5 * (lo + hi);
    (within(mid) ? lo : hi) = mid;
  }
  return lo;
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
