// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <string>

#include "amp/run/runner.h"

namespace amp::run {

/// "Is B better than A?" answered by the difference B − A of one metric, with its own 95% CI.
struct Difference {
  std::string key, unit;
  double meanA = 0.0, meanB = 0.0;
  double diff = 0.0, ciLo = 0.0, ciHi = 0.0;  ///< B − A: paired where `paired`, else unpaired
  /// The unpaired interval from A's and B's own CIs (half-widths added in quadrature), for contrast:
  /// what comparing two separate runs would have said.
  double unpairedLo = 0.0, unpairedHi = 0.0;
  int pairs = 0;        ///< replication pairs (paired comparison)
  bool paired = false;  ///< false: the faces could not share random numbers (real, model)
  std::string error;    ///< a run failed or was cancelled; nothing else is meaningful then
};

/// Runs A and B as `pairs` replication pairs with common random numbers — pair i of both uses
/// A's replication-i seed, so both see the same arrivals and job sizes — with each replication's
/// length and warm-up fixed to `durationS` and `warmupS` (≤ 0: the lab's suggestion and MSER-5 on
/// A). The per-pair differences give a Student-t CI, narrower than the unpaired one whenever the two
/// systems react alike to the same input (a simulation's own variance cancels out). Simulation only.
Difference comparePaired(const Lab& lab, const RunSpec& a, const RunSpec& b, const std::string& key,
                         int pairs, const RunHooks& hooks = {});

/// Two saved simulations compared as comparePaired does: both replay A's random numbers (its seed),
/// with A's replication length and warm-up. `pairs` ≤ 0: as many as A had replications, 5 to 30.
Difference comparePairedRuns(const Lab& lab, const RunResult& a, const RunResult& b, const std::string& key,
                             int pairs = 0, const RunHooks& hooks = {});

/// Two finished simulations with the same seed — a sweep's neighbouring points — paired by
/// replication with no new run: replication i of both saw the same input (MetricValue::perRep).
/// Unpaired (compareUnpaired) where they cannot pair: another face, other seeds, or fewer than two
/// replications measured in both.
Difference compareReplications(const RunResult& a, const RunResult& b, const std::string& key);

/// The difference of two finished runs from their own CIs (no pairing): for real runs, or as the
/// contrast to comparePaired.
Difference compareUnpaired(const RunResult& a, const RunResult& b, const std::string& key);

}  // namespace amp::run
