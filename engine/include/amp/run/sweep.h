// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "amp/run/runner.h"

namespace amp::run {

/// A second parameter to vary (a heat map): every value of the first with every value of it.
struct SweepAxis {
  std::string key;
  double from = 0, to = 0;
  int steps = 0;
  bool log = false;
};

/// Vary one parameter (or two, with `second`) over a range; every point uses the same seeds (common random
/// numbers). A choice parameter is varied by index: value i runs its i-th choice (from 0 to choices−1).
struct SweepSpec {
  RunSpec base;
  std::string key;
  double from = 0, to = 0;
  int steps = 5;
  bool log = false;
  int jobs = 0;                        ///< points in parallel; 0 = all cores
  int shardIndex = 0, shardCount = 1;  ///< run only points with i % count == index
  std::optional<SweepAxis> second;     ///< a two-parameter sweep: points = first × second
};

struct SweepPoint {
  double value = 0;
  double value2 = NAN;  ///< the second parameter's value in a two-parameter sweep
  RunResult result;
};

/// Parse "k=from:to:steps[:log]"; "" on success, else the message.
std::string parseVary(const std::string& text, SweepAxis& out);
/// The first --vary sets the spec's own axis, a second one `second`; a third is an error.
std::string parseVary(const std::string& text, SweepSpec& out);
std::vector<double> sweepValues(const SweepSpec& s);  ///< the first parameter's values
std::vector<double> axisValues(const SweepAxis& a);
/// Every point of the sweep in order (first parameter outer, second inner; value2 NaN when one).
std::vector<std::pair<double, double>> sweepGrid(const SweepSpec& s);
/// Runs the points of this shard; progress is over the whole sweep.
std::vector<SweepPoint> runSweep(const Lab& lab, const SweepSpec& spec, const RunHooks& hooks = {});

}  // namespace amp::run
