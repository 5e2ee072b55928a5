// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/zipf.h"

#include <cmath>
#include <stdexcept>

namespace amp::sim {

ZipfSampler::ZipfSampler(std::uint32_t n, double s) : s_(s) {
  if (n == 0) throw std::invalid_argument("Zipf needs at least one rank");
  if (!(s >= 0.0) || !std::isfinite(s))
    throw std::invalid_argument("Zipf exponent must be a finite value >= 0");
  p_.resize(n);
  double sum = 0.0;
  // Sum from the smallest term up so that long tails do not lose precision.
  for (std::uint32_t k = n; k-- > 0;) {
    p_[k] = std::pow(static_cast<double>(k) + 1.0, -s);
    sum += p_[k];
  }
  for (double& p : p_) p /= sum;

  // Vose's stable variant of the alias method.
  keep_.assign(n, 1.0);
  alias_.resize(n);
  std::vector<double> scaled(n);
  std::vector<std::uint32_t> small, large;
  for (std::uint32_t k = 0; k < n; ++k) {
    alias_[k] = k;
    scaled[k] = p_[k] * n;
    (scaled[k] < 1.0 ? small : large).push_back(k);
  }
  while (!small.empty() && !large.empty()) {
    const std::uint32_t lo = small.back();
    small.pop_back();
    const std::uint32_t hi = large.back();
    keep_[lo] = scaled[lo];
    alias_[lo] = hi;
    scaled[hi] -= 1.0 - scaled[lo];
    if (scaled[hi] < 1.0) {
      large.pop_back();
      small.push_back(hi);
    }
  }
  // Whatever is left is 1 up to rounding: those columns always keep their own rank.
  for (std::uint32_t k : small) keep_[k] = 1.0;
  for (std::uint32_t k : large) keep_[k] = 1.0;
}

std::uint32_t ZipfSampler::sample(Rng& rng) const {
  const auto column = static_cast<std::uint32_t>(rng.below(p_.size()));
  return rng.uniform01() < keep_[column] ? column : alias_[column];
}

}  // namespace amp::sim
