// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <string>
#include <vector>

#include "amp/real/cpu_topology.h"
#include "amp/real/placement.h"

namespace amp::real {

/// How fast each worker is. On a machine without little cores a worker is made "little" by
/// factor k: it does k times the work for the same job, so it takes about k times as long.
/// Where the machine has real little cores and the placement uses them, nothing is emulated.
class SpeedModel {
 public:
  SpeedModel() = default;  ///< every worker big
  /// The last `little` of `workers` workers made little by `factor`, emulated.
  static SpeedModel emulated(int workers, int little, double factor);
  /// Put the last `little` workers on the machine's real little cores when it has enough of
  /// them (adjusting `placement`), else emulate them with `factor`.
  static SpeedModel choose(const CpuTopology& topo, Placement& placement, int little, double factor);

  /// Work multiplier of `worker` (1 = big).
  double factor(int worker) const;
  bool emulatedAsymmetry() const;
  bool realAsymmetry() const { return real_; }
  /// "none", "real big/little" or "emulated big/little (factor 3.0)": never emulation as hardware.
  std::string label() const;

 private:
  std::vector<double> factors_;
  bool real_ = false;
};

}  // namespace amp::real
