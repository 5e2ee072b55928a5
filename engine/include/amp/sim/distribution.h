// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cmath>
#include <string>
#include <vector>

#include "amp/sim/rng.h"

namespace amp::sim {

enum class DistKind { Exp, Det, Uniform, Lognormal, Erlang, HyperExp, Empirical };

/// A service-time or inter-arrival distribution, as a value type (no virtual call per sample).
class Distribution {
 public:
  static Distribution exp(double mean);
  static Distribution det(double value);
  static Distribution uniform(double lo, double hi);
  static Distribution lognormal(double mean, double cv);
  static Distribution erlang(int k, double mean);
  /// Two-phase hyperexponential with balanced means; cv >= 1.
  static Distribution hyperexp(double mean, double cv);
  static Distribution empirical(std::vector<double> values);  ///< samples uniformly from the values

  double sample(Rng& rng) const {
    // The common families inline, so the event loop pays no call or switch for them.
    if (kind_ == DistKind::Exp) return a_ * rng.exponential();
    if (kind_ == DistKind::Det) return a_;
    return sampleOther(rng);
  }
  double mean() const;
  double scv() const;  ///< squared coefficient of variation
  DistKind kind() const { return kind_; }
  std::string describe() const;  ///< "exp(mean 10)", "lognormal(mean 10, cv 2)"

 private:
  double sampleOther(Rng& rng) const;
  DistKind kind_ = DistKind::Det;
  double a_ = 0, b_ = 0, c_ = 0;  // kind-specific parameters
  int k_ = 1;
  std::vector<double> values_;
};

/// The names labs accept in `*_dist` parameters.
inline const std::vector<std::string>& serviceDistNames() {
  static const std::vector<std::string> names{"exp", "det", "lognormal"};
  return names;
}
/// The coefficient of variation labs use for "lognormal" (stated in the parameter help).
inline constexpr double kLognormalCv = 2.0;
/// Build a service distribution by name ("exp" | "det" | "lognormal") with the given mean.
Distribution serviceDist(const std::string& name, double mean);

}  // namespace amp::sim
