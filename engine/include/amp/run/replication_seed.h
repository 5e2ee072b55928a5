// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>

#include "amp/sim/rng.h"

namespace amp::run {

/// Replication r's seed: rep 0 uses the run's seed itself (so a real twin run with that seed sees
/// the same input), later reps a splitmix64 hash, so runs with nearby seeds share no reps. Two runs
/// with one seed share every replication's random numbers (common random numbers).
inline std::uint64_t repSeed(std::uint64_t seed, int rep) {
  if (rep == 0) return seed;
  return sim::mix64(seed + static_cast<std::uint64_t>(rep) * 0x9E3779B97F4A7C15ULL);
}

}  // namespace amp::run
