// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <vector>

namespace amp::model {

/// What an absorbing chain gives from each transient state (rows indexed by transient state).
struct AbsorptionResult {
  std::vector<double> meanTime;                    ///< E[T]: time until absorption, any absorbing state
  std::vector<std::vector<double>> probability;    ///< [state][a]: P(absorbed in a)
  std::vector<std::vector<double>> meanTimeGiven;  ///< [state][a]: E[T | absorbed in a] (NaN where P = 0)
};

/// A continuous-time Markov chain with `transient` transient states and `absorbing` absorbing
/// states, solved as linear systems. With N = (−Q_T)⁻¹ (Q_T: the generator among the transient
/// states, its diagonal minus every rate out), E[T] = N·1, P(absorbed in a) = h_a = N·r_a (r_a:
/// the rates into a), and E[T·1{a}] = N·h_a (the time spent in each state, weighted by the chance
/// of ending in a from there), so E[T | a] = (N·h_a)/h_a. Exact; dense LU with partial pivoting,
/// meant for chains of up to a few thousand states.
class AbsorbingCtmc {
 public:
  AbsorbingCtmc(int transient, int absorbing);
  /// A transition between transient states at `rate` (added to any rate already there).
  void addRate(int from, int to, double rate);
  /// A transition from transient state `from` into absorbing state `to`.
  void addAbsorbingRate(int from, int to, double rate);
  /// Throws std::domain_error when some transient state cannot reach absorption.
  AbsorptionResult solve() const;

 private:
  int n_, a_;
  std::vector<double> q_;  // −Q_T, row-major n×n
  std::vector<double> r_;  // rates into the absorbing states, row-major n×a
};

}  // namespace amp::model
