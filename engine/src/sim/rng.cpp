// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/rng.h"

namespace amp::sim {

namespace {

std::uint64_t splitmix64(std::uint64_t& x) {
  x += 0x9e3779b97f4a7c15ULL;
  std::uint64_t z = x;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace

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
