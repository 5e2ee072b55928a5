// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstddef>
#include <cstdint>

namespace amp::sim {

namespace detail {
/// Layer edges x[i] (decreasing, x[1] = R, x[256] = 0) and exp(-x[i]) of the 256-layer
/// exponential ziggurat (Marsaglia & Tsang 2000). Computed at compile time without libm, so
/// every machine samples the same numbers.
struct ExpZiggurat {
  double x[257];
  double f[257];
};
extern const ExpZiggurat kExpZiggurat;
}  // namespace detail

/// xoshiro256** (Blackman & Vigna). Seeded through splitmix64; independent streams come from
/// (seed, stream id) pairs, so each station draws from its own stream and adding a station does
/// not shift the numbers of the others (common random numbers across sweep points).
/// splitmix64's finaliser: a bijection that spreads nearby inputs over the whole range.
constexpr std::uint64_t mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

/// splitmix64: the next value of the counter `x` (a seed expander and a quick fill generator).
constexpr std::uint64_t splitmix64(std::uint64_t& x) {
  x += 0x9E3779B97F4A7C15ULL;
  return mix64(x);
}

class Rng {
 public:
  explicit Rng(std::uint64_t seed = 1, std::uint64_t stream = 0);
  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  /// Uniform in (0, 1): never 0, so -log(u) is finite.
  double uniform01() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }
  /// Uniform integer in [0, n).
  std::uint64_t below(std::uint64_t n);
  /// Standard exponential (mean 1) by the ziggurat method: one draw, a table look-up and a
  /// multiply in 98.9% of calls, against a log for inversion, which dominated the event loop.
  /// Exact in distribution. A sample scales with the mean, so common random numbers still
  /// pair up across parameter points.
  double exponential() {
    const std::uint64_t bits = next();
    const std::size_t i = bits & 0xff;  // layer from the low bits, position from the high ones
    const double x = static_cast<double>(bits >> 11) * 0x1.0p-53 * detail::kExpZiggurat.x[i];
    if (x < detail::kExpZiggurat.x[i + 1]) [[likely]]
      return x;
    return exponentialEdge(i, x);
  }

 private:
  double exponentialEdge(std::size_t layer, double x);
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4];
};

}  // namespace amp::sim
