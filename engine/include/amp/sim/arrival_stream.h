// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "amp/sim/distribution.h"
#include "amp/sim/rng.h"

namespace amp::sim {

/// One arrival: its time and the job sizes (service times per stage) drawn for it.
struct ArrivalDraw {
  double time = 0.0;              ///< seconds since the start
  std::array<double, 4> sizes{};  ///< per stage, in the unit of the size distributions
};

/// The arrival schedule of a run, drawn incrementally: stream 0 of the seed gives inter-arrival
/// times, stream 1+i the sizes of stage i, all drawn at arrival in arrival order. The simulator
/// (through a Source's job init) and the real load generator both read it, so a twin run feeds
/// them identical input for the same seed.
class ArrivalStream {
 public:
  enum class Process { Poisson, Deterministic, OnOff };
  ArrivalStream(std::uint64_t seed, Process process, double rate, std::vector<Distribution> stageSizes);
  /// On/off: Poisson at rate/onFraction during exponential on periods, silent in off periods.
  void setOnOff(double meanOnS, double meanOffS);
  ArrivalDraw next();
  /// All arrivals before `horizonS` (for a real run's precomputed schedule).
  std::vector<ArrivalDraw> until(double horizonS);

 private:
  Process process_;
  double rate_;
  Rng interarrival_;
  std::vector<Distribution> sizes_;
  std::vector<Rng> sizeRngs_;
  double t_ = 0.0;
  double meanOn_ = 1.0, meanOff_ = 0.0, onUntil_ = -1.0;
};

}  // namespace amp::sim
