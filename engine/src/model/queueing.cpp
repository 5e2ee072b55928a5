// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/model/queueing.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace amp::model {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

bool positive(double x) { return std::isfinite(x) && x > 0.0; }
bool nonNegative(double x) { return std::isfinite(x) && x >= 0.0; }

// Saturated: the queue grows without bound; the server(s) still put out `capacity` per unit.
QueueMetrics unstable(double rho, double capacity) {
  QueueMetrics m;
  m.stable = false;
  m.rho = std::isnan(rho) ? kInf : rho;
  m.wq = m.w = m.lq = m.l = kInf;
  m.throughput = nonNegative(capacity) ? capacity : 0.0;
  return m;
}

// Any single queue with mean service `es` and mean wait `wq`, completed by Little's law.
QueueMetrics fromWait(double lambda, double es, double rho, double wq) {
  QueueMetrics m;
  m.rho = rho;
  m.wq = wq;
  m.w = wq + es;
  m.lq = lambda * m.wq;
  m.l = lambda * m.w;
  m.throughput = lambda;
  return m;
}
}  // namespace

QueueMetrics mm1(double lambda, double mu) { return mmc(lambda, mu, 1); }

QueueMetrics md1(double lambda, double serviceTime) { return mg1(lambda, serviceTime, 0.0); }

QueueMetrics mg1(double lambda, double meanService, double scv) {
  if (!nonNegative(lambda) || !positive(meanService) || !nonNegative(scv)) {
    return unstable(lambda * meanService, positive(meanService) ? 1.0 / meanService : 0.0);
  }
  const double rho = lambda * meanService;
  if (rho >= 1.0) {
    return unstable(rho, 1.0 / meanService);
  }
  const double es2 = (1.0 + scv) * meanService * meanService;
  return fromWait(lambda, meanService, rho, lambda * es2 / (2.0 * (1.0 - rho)));
}

double erlangC(int c, double offeredLoad) {
  if (c < 1 || !nonNegative(offeredLoad)) {
    return 1.0;
  }
  const double a = offeredLoad;
  if (a >= c) {
    return 1.0;
  }
  if (a == 0.0) {
    return 0.0;
  }
  // Erlang B by its recursion B(k) = a·B(k-1) / (k + a·B(k-1)): every step stays in [0,1], so
  // no factorial or power overflows for any c; then C from B.
  double b = 1.0;
  for (int k = 1; k <= c; ++k) {
    b = a * b / (k + a * b);
  }
  return c * b / (c - a * (1.0 - b));
}

QueueMetrics mmc(double lambda, double mu, int c) {
  if (c < 1 || !nonNegative(lambda) || !positive(mu)) {
    return unstable(positive(mu) && c >= 1 ? lambda / (mu * c) : kInf,
                    positive(mu) ? mu * std::max(c, 0) : 0.0);
  }
  const double a = lambda / mu;
  const double rho = a / c;
  if (rho >= 1.0) {
    return unstable(rho, mu * c);
  }
  return fromWait(lambda, 1.0 / mu, rho, erlangC(c, a) / (c * mu - lambda));
}

QueueMetrics mm1k(double lambda, double mu, int k) {
  QueueMetrics m;
  if (!nonNegative(lambda) || !positive(mu)) {
    return unstable(kInf, 0.0);
  }
  if (k < 1) {
    // No room at all: every arrival is turned away.
    m.pBlock = lambda > 0.0 ? 1.0 : 0.0;
    return m;
  }
  const double r = lambda / mu;
  // p_n ∝ r^n for n = 0..K. Weights are scaled to the largest term (r^0 or r^K) so that neither
  // underflow nor overflow occurs for large K on either side of r = 1.
  const bool up = r > 1.0;
  double sum = 0.0;
  double sumN = 0.0;
  double w = 1.0;
  double p0w = 0.0;
  double pKw = 0.0;
  for (int i = 0; i <= k; ++i) {
    const int n = up ? k - i : i;  // walk from the largest weight down
    if (n == 0) {
      p0w = w;
    }
    if (n == k) {
      pKw = w;
    }
    sum += w;
    sumN += n * w;
    w *= up ? 1.0 / r : r;
  }
  const double p0 = p0w / sum;
  const double pK = pKw / sum;
  m.pBlock = pK;
  m.throughput = lambda * (1.0 - pK);
  m.rho = 1.0 - p0;  // the fraction of time the server is busy = lambda_eff / mu
  m.l = sumN / sum;
  m.lq = std::max(0.0, m.l - (1.0 - p0));
  if (m.throughput > 0.0) {
    m.w = m.l / m.throughput;
    m.wq = std::max(0.0, m.w - 1.0 / mu);
  } else {
    m.w = 1.0 / mu;
    m.wq = 0.0;
  }
  return m;
}

QueueMetrics kingman(double lambda, double meanService, double ca2, double cs2) {
  if (!nonNegative(lambda) || !positive(meanService) || !nonNegative(ca2) || !nonNegative(cs2)) {
    return unstable(lambda * meanService, positive(meanService) ? 1.0 / meanService : 0.0);
  }
  const double rho = lambda * meanService;
  if (rho >= 1.0) {
    return unstable(rho, 1.0 / meanService);
  }
  return fromWait(lambda, meanService, rho, rho / (1.0 - rho) * (ca2 + cs2) / 2.0 * meanService);
}

TandemMetrics jacksonTandem(double lambda, const std::vector<TandemStation>& stations) {
  TandemMetrics t;
  double worst = -1.0;
  for (std::size_t i = 0; i < stations.size(); ++i) {
    const QueueMetrics q = mmc(lambda, stations[i].mu, stations[i].servers);
    t.stable = t.stable && q.stable;
    t.sojourn += q.w;
    if (q.rho > worst) {
      worst = q.rho;
      t.bottleneck = static_cast<int>(i);
    }
    t.stations.push_back(q);
  }
  if (!t.stable) {
    t.sojourn = kInf;
  }
  return t;
}

double amdahl(double serialFraction, int p) {
  const double s = std::clamp(serialFraction, 0.0, 1.0);
  const double n = std::max(1, p);
  return 1.0 / (s + (1.0 - s) / n);
}

}  // namespace amp::model
