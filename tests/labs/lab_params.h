// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
// A lab's defaults with some settings applied, as `--set key=value` would: what every lab suite
// starts its cases from.
#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <string>
#include <utility>

#include "amp/run/lab.h"
#include "amp/run/result.h"

namespace amp::testing {

/// The lab's defaults with `sets` applied; a setting the lab refuses ends the suite with its message.
inline run::Params paramsFor(const run::Lab& lab,
                             std::initializer_list<std::pair<const char*, const char*>> sets) {
  run::Params p = run::defaults(lab.params());
  for (const auto& [k, v] : sets) {
    const std::string err = run::applySetting(lab.params(), p, k, v);
    if (!err.empty()) qFatal("%s", err.c_str());
  }
  return p;
}

/// A run of `lab` at `p`: `reps` replications on one thread (in order, so reproducible), `seed`, and
/// `duration` seconds each (0: the lab's own length).
inline run::RunSpec runSpec(const run::Lab& lab, run::Params p, run::Mode mode, int reps, std::uint64_t seed,
                            double duration = 0.0) {
  run::RunSpec s;
  s.lab = lab.info().id;
  s.mode = mode;
  s.params = std::move(p);
  s.reps = reps;
  s.seed = seed;
  s.jobs = 1;
  s.duration = duration;
  s.maxReps = std::max(s.maxReps, reps);
  return s;
}

/// a within `tol` of b, relative to b (absolute near 0).
inline bool relNear(double a, double b, double tol) {
  return std::abs(a - b) <= tol * std::max(std::abs(b), 1e-12);
}

}  // namespace amp::testing
