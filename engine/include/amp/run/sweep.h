// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <string>
#include <vector>

#include "amp/run/runner.h"

namespace amp::run {

/// Vary one parameter over a range; every point uses the same seeds (common random numbers).
/// A choice parameter is varied by index: value i runs its i-th choice (from 0 to choices−1).
struct SweepSpec {
  RunSpec base;
  std::string key;
  double from = 0, to = 0;
  int steps = 5;
  bool log = false;
  int jobs = 0;                        ///< points in parallel; 0 = all cores
  int shardIndex = 0, shardCount = 1;  ///< run only points with i % count == index
};

struct SweepPoint {
  double value = 0;
  RunResult result;
};

/// Parse "k=from:to:steps[:log]"; "" on success, else the message.
std::string parseVary(const std::string& text, SweepSpec& out);
std::vector<double> sweepValues(const SweepSpec& s);
/// Runs the points of this shard; progress is over the whole sweep.
std::vector<SweepPoint> runSweep(const Lab& lab, const SweepSpec& spec, const RunHooks& hooks = {});

}  // namespace amp::run
