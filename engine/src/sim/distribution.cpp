// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/distribution.h"

#include <cmath>
#include <cstdio>
#include <numbers>
#include <stdexcept>
#include <utility>

namespace amp::sim {

namespace {

void requireNonNegative(double v, const char* what) {
  if (!(v >= 0.0) || !std::isfinite(v))
    throw std::invalid_argument(std::string(what) + " must be a finite value >= 0");
}

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace

Distribution Distribution::exp(double mean) {
  requireNonNegative(mean, "exp mean");
  Distribution d;
  d.kind_ = DistKind::Exp;
  d.a_ = mean;
  return d;
}

Distribution Distribution::det(double value) {
  requireNonNegative(value, "det value");
  Distribution d;
  d.kind_ = DistKind::Det;
  d.a_ = value;
  return d;
}

Distribution Distribution::uniform(double lo, double hi) {
  requireNonNegative(lo, "uniform lo");
  if (!(hi >= lo) || !std::isfinite(hi)) throw std::invalid_argument("uniform needs lo <= hi");
  Distribution d;
  d.kind_ = DistKind::Uniform;
  d.a_ = lo;
  d.b_ = hi;
  return d;
}

Distribution Distribution::lognormal(double mean, double cv) {
  requireNonNegative(mean, "lognormal mean");
  requireNonNegative(cv, "lognormal cv");
  // mean 0 gives mu = -inf and every sample exp(-inf) = 0: a stage switched off stays valid.
  // Moment matching: E = exp(mu + s^2/2), SCV = exp(s^2) - 1.
  const double s2 = std::log1p(cv * cv);
  Distribution d;
  d.kind_ = DistKind::Lognormal;
  d.a_ = std::log(mean) - s2 / 2.0;
  d.b_ = std::sqrt(s2);
  d.c_ = mean;
  return d;
}

Distribution Distribution::erlang(int k, double mean) {
  if (k < 1) throw std::invalid_argument("erlang k must be >= 1");
  requireNonNegative(mean, "erlang mean");
  Distribution d;
  d.kind_ = DistKind::Erlang;
  d.k_ = k;
  d.a_ = mean / k;
  d.b_ = mean;
  return d;
}

Distribution Distribution::hyperexp(double mean, double cv) {
  requireNonNegative(mean, "hyperexp mean");
  if (!(cv >= 1.0) || !std::isfinite(cv)) throw std::invalid_argument("hyperexp cv must be >= 1");
  // Balanced means (p1/mu1 = p2/mu2): the usual two-moment fit, SCV = cv^2.
  const double c2 = cv * cv;
  const double p1 = 0.5 * (1.0 + std::sqrt((c2 - 1.0) / (c2 + 1.0)));
  const double p2 = 1.0 - p1;
  Distribution d;
  d.kind_ = DistKind::HyperExp;
  d.a_ = p1;
  d.b_ = mean / (2.0 * p1);                   // phase-1 mean
  d.c_ = p2 > 0.0 ? mean / (2.0 * p2) : 0.0;  // phase-2 mean
  return d;
}

Distribution Distribution::empirical(std::vector<double> values) {
  if (values.empty()) throw std::invalid_argument("empirical needs at least one value");
  double sum = 0.0;
  for (double v : values) {
    requireNonNegative(v, "empirical value");
    sum += v;
  }
  const double mean = sum / static_cast<double>(values.size());
  double ss = 0.0;
  for (double v : values) ss += (v - mean) * (v - mean);
  Distribution d;
  d.kind_ = DistKind::Empirical;
  d.a_ = mean;
  // Population variance: sampling uniformly from the values reproduces exactly this spread.
  d.b_ = mean > 0.0 ? ss / static_cast<double>(values.size()) / (mean * mean) : 0.0;
  d.values_ = std::move(values);
  return d;
}

double Distribution::sampleOther(Rng& rng) const {
  switch (kind_) {
    case DistKind::Exp:
      return a_ * rng.exponential();
    case DistKind::Det:
      return a_;
    case DistKind::Uniform:
      return a_ + (b_ - a_) * rng.uniform01();
    case DistKind::Lognormal: {
      // Box-Muller, one output per pair: a const sample() keeps no cached spare, so the stream
      // of draws depends only on the Rng, never on the call history of this object.
      const double r = std::sqrt(-2.0 * std::log(rng.uniform01()));
      const double z = r * std::cos(2.0 * std::numbers::pi * rng.uniform01());
      return std::exp(a_ + b_ * z);
    }
    case DistKind::Erlang: {
      // A product of uniforms needs one log instead of k; renormalise before it underflows.
      double prod = 1.0, logs = 0.0;
      for (int i = 0; i < k_; ++i) {
        prod *= rng.uniform01();
        if (prod < 1e-280) {
          logs += std::log(prod);
          prod = 1.0;
        }
      }
      return -a_ * (logs + std::log(prod));
    }
    case DistKind::HyperExp: {
      const double m = rng.uniform01() < a_ ? b_ : c_;
      return m * rng.exponential();
    }
    case DistKind::Empirical:
      return values_[rng.below(values_.size())];
  }
  return 0.0;
}

double Distribution::mean() const {
  switch (kind_) {
    case DistKind::Exp:
    case DistKind::Det:
      return a_;
    case DistKind::Uniform:
      return (a_ + b_) / 2.0;
    case DistKind::Lognormal:
      return c_;
    case DistKind::Erlang:
      return b_;
    case DistKind::HyperExp:
      return a_ * b_ + (1.0 - a_) * c_;
    case DistKind::Empirical:
      return a_;
  }
  return 0.0;
}

double Distribution::scv() const {
  switch (kind_) {
    case DistKind::Exp:
      return 1.0;
    case DistKind::Det:
      return 0.0;
    case DistKind::Uniform: {
      const double m = (a_ + b_) / 2.0;
      return m > 0.0 ? (b_ - a_) * (b_ - a_) / 12.0 / (m * m) : 0.0;
    }
    case DistKind::Lognormal:
      return std::expm1(b_ * b_);
    case DistKind::Erlang:
      return 1.0 / k_;
    case DistKind::HyperExp: {
      const double m = mean();
      if (!(m > 0.0)) return 1.0;
      const double second = 2.0 * (a_ * b_ * b_ + (1.0 - a_) * c_ * c_);
      return second / (m * m) - 1.0;
    }
    case DistKind::Empirical:
      return b_;
  }
  return 0.0;
}

std::string Distribution::describe() const {
  switch (kind_) {
    case DistKind::Exp:
      return "exp(mean " + fmt(a_) + ")";
    case DistKind::Det:
      return "det(" + fmt(a_) + ")";
    case DistKind::Uniform:
      return "uniform(" + fmt(a_) + ", " + fmt(b_) + ")";
    case DistKind::Lognormal:
      return "lognormal(mean " + fmt(c_) + ", cv " + fmt(std::sqrt(scv())) + ")";
    case DistKind::Erlang:
      return "erlang(k " + std::to_string(k_) + ", mean " + fmt(b_) + ")";
    case DistKind::HyperExp:
      return "hyperexp(mean " + fmt(mean()) + ", cv " + fmt(std::sqrt(scv())) + ")";
    case DistKind::Empirical:
      return "empirical(" + std::to_string(values_.size()) + " values, mean " + fmt(a_) + ")";
  }
  return "?";
}

Distribution serviceDist(const std::string& name, double mean) {
  if (name == "exp") return Distribution::exp(mean);
  if (name == "det") return Distribution::det(mean);
  if (name == "lognormal") return Distribution::lognormal(mean, kLognormalCv);
  throw std::invalid_argument("unknown service distribution '" + name + "'; known: exp|det|lognormal");
}

}  // namespace amp::sim
