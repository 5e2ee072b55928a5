// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <vector>

namespace amp::model {

/// Results of a single queue. Times in the unit of the inputs (rates in 1/unit).
/// When unstable (rho >= 1), `stable` is false and the times are +infinity (never negative).
/// Invalid inputs (negative or non-finite rates, no servers) read as unstable too.
struct QueueMetrics {
  bool stable = true;
  double rho = 0.0;         ///< utilization per server
  double wq = 0.0;          ///< mean wait in queue
  double w = 0.0;           ///< mean sojourn (wait + service)
  double lq = 0.0;          ///< mean number waiting
  double l = 0.0;           ///< mean number in system
  double pBlock = 0.0;      ///< blocking probability (finite capacity), 0 otherwise
  double throughput = 0.0;  ///< departures per unit time (the server rate when saturated)
};

QueueMetrics mm1(double lambda, double mu);
QueueMetrics md1(double lambda, double serviceTime);
/// M/G/1 by Pollaczek–Khinchine: Wq = λ·E[S²] / (2(1−ρ)), E[S²] = (1+scv)·E[S]².
QueueMetrics mg1(double lambda, double meanService, double scv);
/// Erlang C: probability that an arrival waits in M/M/c.
double erlangC(int c, double offeredLoad /* a = λ/μ */);
QueueMetrics mmc(double lambda, double mu, int c);
/// M/M/1/K (K = capacity including the one in service). Always stable; `rho` is the carried
/// utilization 1 - p0 (= throughput / mu), the fraction of time the server is busy.
QueueMetrics mm1k(double lambda, double mu, int k);
/// Kingman (G/G/1) approximation: Wq ≈ ρ/(1−ρ) · (ca² + cs²)/2 · E[S].
QueueMetrics kingman(double lambda, double meanService, double ca2, double cs2);

/// Jackson tandem of stations visited in order, each M/M/c_i. Sojourn = Σ W_i.
struct TandemStation {
  double mu = 1.0;
  int servers = 1;
};
struct TandemMetrics {
  bool stable = true;
  std::vector<QueueMetrics> stations;
  double sojourn = 0.0;
  int bottleneck = -1;  ///< index of the station with the highest utilization
};
TandemMetrics jacksonTandem(double lambda, const std::vector<TandemStation>& stations);

/// Amdahl's law: speedup with serial fraction s on p processors.
double amdahl(double serialFraction, int p);

}  // namespace amp::model
