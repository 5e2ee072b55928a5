// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <vector>

#include "amp/sim/rng.h"

namespace amp::sim {

/// Zipf popularity over ranks 0..n-1: P(k) = (k+1)^(−s) / H(n, s), rank 0 the most popular.
/// Sampling is O(1) by Walker's alias method, so a heavy skew over 10^5 flows costs the same
/// per packet as a uniform choice; the table is built once (O(n)).
class ZipfSampler {
 public:
  /// n >= 1 ranks, exponent s >= 0 (s = 0 is uniform).
  ZipfSampler(std::uint32_t n, double s);
  std::uint32_t sample(Rng& rng) const;
  double probability(std::uint32_t rank) const { return p_[rank]; }
  const std::vector<double>& probabilities() const { return p_; }
  std::uint32_t size() const { return static_cast<std::uint32_t>(p_.size()); }
  double exponent() const { return s_; }

 private:
  double s_;
  std::vector<double> p_;
  std::vector<double> keep_;          // alias method: keep column i with this probability
  std::vector<std::uint32_t> alias_;  // else take this rank
};

}  // namespace amp::sim
