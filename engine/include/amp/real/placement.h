// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <map>
#include <string>
#include <vector>

#include "amp/real/cpu_topology.h"
#include "amp/run/result.h"

namespace amp::real {

enum class PlacementPolicy {
  MasterApart,  ///< master alone on a physical core (a big one where there are), workers spread over the rest
  Packed,       ///< master and workers on consecutive CPUs, SMT siblings first
  Unpinned,     ///< let the kernel place every thread
  /// No master (a symmetric pool): workers spread one per physical core first; masterCpu stays -1
  Symmetric,
};

/// Which CPU each thread asks for (-1 = unpinned).
struct Placement {
  int masterCpu = -1;
  std::vector<int> workerCpus;
  /// A light thread (load generator, sampler): mostly asleep, so it is not counted as a busy
  /// thread, but it is placed on the CPU with the fewest busy threads.
  int lightCpu = -1;
};

Placement planPlacement(const CpuTopology& topo, int workers, PlacementPolicy policy);

/// Whether busy threads outnumber usable CPUs, and who shares.
struct Oversubscription {
  bool oversubscribed = false;
  int threads = 0, cores = 0;
  std::map<int, std::vector<std::string>> sharing;  ///< CPU -> threads on it, where more than one
  /// "5 threads on 2 cores: oversubscribed (CPU 0: master, worker 2; CPU 1: worker 0, worker 1, worker 3)";
  /// empty when not oversubscribed.
  std::string message;
};

/// Judge the busy threads' placements (light threads excluded by the caller). A pinned thread
/// counts on its requested CPU; an unpinned one on the CPUs it was seen on.
/// True when the placement's master and workers would share CPUs (pinned) or outnumber the
/// cores (unpinned): polling threads must then sleep instead of spinning.
bool sharesCores(const Placement& placement, int cores);

Oversubscription checkOversubscription(const std::vector<run::ThreadPlacement>& busyThreads, int cores);

}  // namespace amp::real
