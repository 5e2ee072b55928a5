// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/rng.h"

#include <cmath>

namespace amp::sim {

namespace {

// constexpr exp and log, good to a few ulp on the ranges the tables need; libm is not
// constexpr, and computing the tables here also keeps them identical on every platform.
constexpr double cexp(double x) {
  constexpr double ln2 = 0.69314718055994530942;
  const bool neg = x < 0;
  if (neg) x = -x;
  int n = 0;
  while (x > ln2 / 2) {
    x -= ln2;
    ++n;
  }
  double term = 1.0, sum = 1.0;
  for (int k = 1; k < 30; ++k) {
    term *= x / k;
    sum += term;
  }
  for (int k = 0; k < n; ++k) sum *= 2.0;
  return neg ? 1.0 / sum : sum;
}

constexpr double clog(double y) {  // y > 0
  constexpr double ln2 = 0.69314718055994530942;
  int e = 0;
  while (y >= 2.0) {
    y /= 2.0;
    ++e;
  }
  while (y < 1.0) {
    y *= 2.0;
    --e;
  }
  const double t = (y - 1.0) / (y + 1.0);  // <= 1/3: the atanh series converges fast
  double power = t, sum = 0.0;
  for (int k = 0; k < 40; ++k) {
    sum += power / (2 * k + 1);
    power *= t * t;
  }
  return 2.0 * sum + e * ln2;
}

constexpr double kZigR = 7.69711747013104972;   // start of the tail
constexpr double kZigV = 3.949659822581572e-3;  // area of each layer

constexpr detail::ExpZiggurat makeExpZiggurat() {
  detail::ExpZiggurat z{};
  z.x[0] = kZigV / cexp(-kZigR);  // the base layer's rectangle plus tail, as one wide strip
  z.x[1] = kZigR;
  for (int i = 2; i < 256; ++i) z.x[i] = -clog(kZigV / z.x[i - 1] + cexp(-z.x[i - 1]));
  z.x[256] = 0.0;
  for (int i = 0; i <= 256; ++i) z.f[i] = cexp(-z.x[i]);
  return z;
}

}  // namespace

namespace detail {
constinit const ExpZiggurat kExpZiggurat = makeExpZiggurat();
}  // namespace detail

double Rng::exponentialEdge(std::size_t layer, double x) {
  const auto& z = detail::kExpZiggurat;
  for (;;) {
    if (layer == 0) return kZigR - std::log(uniform01());  // the tail beyond R, memoryless
    // The wedge between two layer edges: accept under the density.
    if (z.f[layer + 1] + (z.f[layer] - z.f[layer + 1]) * uniform01() < std::exp(-x)) return x;
    const std::uint64_t bits = next();
    layer = bits & 0xff;
    x = static_cast<double>(bits >> 11) * 0x1.0p-53 * z.x[layer];
    if (x < z.x[layer + 1]) return x;
  }
}

Rng::Rng(std::uint64_t seed, std::uint64_t stream) {
  // Hash seed and stream separately before combining them, so (seed, stream) pairs that differ
  // in either component start from unrelated splitmix states: (1, 2) and (2, 1) must not collide,
  // and neighbouring seeds must not give shifted copies of each other's streams.
  std::uint64_t a = seed;
  std::uint64_t b = stream ^ 0x6a09e667f3bcc909ULL;
  std::uint64_t x = splitmix64(a) ^ (splitmix64(b) * 0xd1342543de82ef95ULL);
  for (std::uint64_t& w : s_) w = splitmix64(x);
  // xoshiro's only bad state is all-zero; splitmix64 is a bijection on a counter, so four
  // consecutive outputs cannot all be zero, but keep the guard for clarity of intent.
  if ((s_[0] | s_[1] | s_[2] | s_[3]) == 0) s_[0] = 1;
}

std::uint64_t Rng::below(std::uint64_t n) {
  if (n <= 1) return 0;
  // Lemire's multiply-shift with rejection: unbiased for every n, and rejects rarely.
  unsigned __int128 m = static_cast<unsigned __int128>(next()) * n;
  auto low = static_cast<std::uint64_t>(m);
  if (low < n) {
    const std::uint64_t threshold = (0 - n) % n;  // 2^64 mod n
    while (low < threshold) {
      m = static_cast<unsigned __int128>(next()) * n;
      low = static_cast<std::uint64_t>(m);
    }
  }
  return static_cast<std::uint64_t>(m >> 64);
}

}  // namespace amp::sim
