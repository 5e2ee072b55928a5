// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <vector>

namespace amp::model {

/// A closed network with one class of N customers that cycle through one delay (think) station
/// and K single-server FCFS queueing stations: a client that thinks, then asks a shared server.
/// Times in any one unit; throughputs per that unit.
struct ClosedNetwork {
  double think = 0.0;           ///< Z: time per cycle at the delay station (no queueing there)
  std::vector<double> demands;  ///< D_k: service demand per cycle at queueing station k
};

/// One population's solution.
struct MvaResult {
  int customers = 0;
  double throughput = 0.0;          ///< X(N): cycles per unit time
  double response = 0.0;            ///< R(N) = Σ R_k(N): per cycle at the queueing stations
  double cycle = 0.0;               ///< R(N) + Z = N / X(N)
  std::vector<double> residence;    ///< R_k(N) = D_k·(1 + Q_k(N−1)): waiting and service per cycle
  std::vector<double> queue;        ///< Q_k(N) = X(N)·R_k(N): customers waiting or served there
  std::vector<double> utilization;  ///< U_k(N) = X(N)·D_k
};

/// Exact Mean Value Analysis (Reiser–Lavenberg): for n = 1..N,
///   R_k(n) = D_k·(1 + Q_k(n−1)),  X(n) = n / (Z + Σ R_k(n)),  Q_k(n) = X(n)·R_k(n),
/// from Q_k(0) = 0. Exact for exponential service at the queueing stations (the network has
/// product form; the delay station may have any distribution). With other service distributions
/// it is an approximation: deterministic service queues less, most visibly near the knee N*.
/// `customers` ≤ 0 gives the empty network (no throughput).
MvaResult mva(const ClosedNetwork& net, int customers);

/// The same recursion kept for every population: element n is mva(net, n), n = 0..customers.
std::vector<MvaResult> mvaCurve(const ClosedNetwork& net, int customers);

/// The asymptotic bounds of a closed network, exact for deterministic times in steady state
/// when there is a single queueing station: X(N) ≤ min(N/(D + Z), 1/D_max) with D = Σ D_k, so
/// the cycle is at least max(D + Z, N·D_max); they cross at the knee N* = (D + Z)/D_max.
struct ClosedBounds {
  double throughput = 0.0;  ///< min(N/(D + Z), 1/D_max)
  double cycle = 0.0;       ///< max(D + Z, N·D_max)
  double knee = 0.0;        ///< N* = (D + Z)/D_max (infinite when no station has demand)
};
ClosedBounds closedBounds(const ClosedNetwork& net, int customers);

}  // namespace amp::model
