// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <string>
#include <vector>

#include "amp/run/params.h"
#include "amp/run/result.h"

namespace amp::run {

/// How a lab's real face compresses its time by a factor k ("time scale 1:k"; k < 1 stretches it): its work
/// runs k× shorter and its arrivals come k× denser, so seconds of a real run see as many requests as minutes
/// of the lab's own time. Utilizations stay the same. Fixed costs — a hand-off, a wake-up, a system call — do
/// not shrink, so they weigh k× more: the lesson of why masters poll.
struct TimeScale {
  double realDefault = 1.0;        ///< the k a real run uses unless told otherwise
  std::vector<std::string> times;  ///< parameters that are durations: divided by k
  std::vector<std::string> rates;  ///< parameters that are rates (per second): multiplied by k
};

/// +1 for a unit of time ("ns", "µs", "us", "ms", "s"), −1 for a rate ("1/s", "pkt/s",
/// "Mbit/s": anything per second), 0 for everything else (counts, shares, ratios).
int timePower(const std::string& unit);

/// The parameters a real run at time scale 1:k gets: durations / k, rates × k.
Params scaledForReal(const TimeScale& scale, const Params& labTime, double k);

/// A real run's result at time scale 1:k told back in the lab's time: every metric, percentile,
/// series point and histogram edge whose unit is a time × k, a rate ÷ k; series' time axes × k.
/// The host's facts stay in real time: they describe the machine, not the lab.
void toLabTime(RunResult& r, double k);

/// "1:50" for k = 50 (compressed), "10:1" for k = 0.1 (stretched), "1:1" for none.
std::string timeScaleText(double k);
/// What the scale did, in a sentence for the run's length rule.
std::string timeScaleWords(double k);
/// Reads "1:50", "10:1" or "50" (= 1:50); false when it is none of them or k is outside
/// [0.01, 10000].
bool parseTimeScale(const std::string& text, double& k);

}  // namespace amp::run
