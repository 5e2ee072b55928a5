// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <algorithm>
#include <cstdint>
#include <thread>

#include "amp/run/lab.h"

namespace amp::test {

/// A real run of `lab` for `seconds` from its defaults fitted to this machine, as the GUI's Real
/// face starts from them.
inline run::RunSpec shortRealSpec(const run::Lab& lab, std::uint64_t seed, double seconds) {
  run::RunSpec spec;
  spec.lab = lab.info().id;
  spec.mode = run::Mode::Real;
  const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
  spec.params = run::fitToHost(lab, run::defaults(lab.params()), cores).params;
  spec.seed = seed;
  spec.duration = seconds;
  return spec;
}

}  // namespace amp::test
