// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "amp/real/toeplitz.h"
#include "amp/run/params.h"
#include "amp/sim/arrival_stream.h"
#include "amp/sim/zipf.h"

namespace amp::labs::steering {

enum class Policy { RssHash, RoundRobin, Jsq, Flowlet };

/// The lab's parameters, read once.
struct Config {
  double packetRate = 0;  ///< 1/s
  bool onOff = false;
  std::uint32_t flows = 1;
  double zipfS = 0;
  double steerS = 0;    ///< master time per packet [s]
  double processS = 0;  ///< mean worker time per packet [s]
  std::string processDist;
  int workers = 1;
  int ringSlots = 1;
  Policy policy = Policy::RssHash;

  static Config from(const run::Params& p);
  /// A flow starts a new flowlet (and may move to another worker) after this much silence.
  double flowletGapS() const { return kFlowletGapFactor * processS; }
  /// Places in the master's receive ring: far beyond any M/D/1 queue at ρ < 1, so the M/D/1
  /// model stays exact, but it keeps an overloaded master's backlog (and its latency) finite.
  static constexpr std::size_t kMasterRxSlots = 4096;
  static constexpr double kFlowletGapFactor = 4.0;
  /// On/off bursts: exponential on and off periods with these means [s].
  static constexpr double kOnMeanS = 1e-3, kOffMeanS = 1e-3;
};

Policy parsePolicy(const std::string& name);

/// The 5-tuple of flow `f`: a fixed function of the index (not of the seed), so the model, the
/// simulation and the real run all see the same flows and the same RSS map.
real::FiveTuple flowTuple(std::uint32_t flow);

/// Worker of each flow under RSS: Toeplitz hash (Microsoft key) of the IPv4 4-tuple, low 7 bits
/// into a 128-entry indirection table filled round-robin, as a NIC does it.
std::vector<int> rssWorkerMap(std::uint32_t flows, int workers);

/// One generated packet.
struct PacketDraw {
  double time = 0;  ///< arrival [s since start]
  std::uint32_t flow = 0;
  std::uint32_t seq = 0;  ///< per-flow sequence number, from 0
  double processS = 0;    ///< worker time drawn for it [s]
};

/// The arrival schedule shared by the simulation and the real load generator (twin runs): the
/// same seed gives the same arrival times, flows and processing times in both.
class PacketSchedule {
 public:
  PacketSchedule(const Config& c, std::uint64_t seed);
  PacketDraw next();

 private:
  sim::ArrivalStream stream_;
  sim::ZipfSampler zipf_;
  sim::Rng flowRng_;
  std::vector<std::uint32_t> nextSeq_;
};

}  // namespace amp::labs::steering
