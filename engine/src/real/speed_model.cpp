// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/speed_model.h"

#include <algorithm>
#include <cstdio>

namespace amp::real {

SpeedModel SpeedModel::emulated(int workers, int little, double factor) {
  SpeedModel m;
  m.factors_.assign(static_cast<std::size_t>(std::max(0, workers)), 1.0);
  for (int w = std::max(0, workers - little); w < workers; ++w)
    m.factors_[static_cast<std::size_t>(w)] = factor;
  return m;
}

SpeedModel SpeedModel::choose(const CpuTopology& topo, Placement& placement, int little, double factor) {
  const int workers = static_cast<int>(placement.workerCpus.size());
  little = std::clamp(little, 0, workers);
  const std::vector<int> littleCpus = topo.littleCpus();
  if (little > 0 && topo.heterogeneous() && static_cast<int>(littleCpus.size()) >= little &&
      placement.masterCpu >= 0) {
    SpeedModel m;
    m.factors_.assign(static_cast<std::size_t>(workers), 1.0);
    m.real_ = true;
    for (int i = 0; i < little; ++i)
      placement.workerCpus[static_cast<std::size_t>(workers - little + i)] =
          littleCpus[static_cast<std::size_t>(i)];
    return m;
  }
  return emulated(workers, little, factor);
}

double SpeedModel::factor(int worker) const {
  if (worker < 0 || static_cast<std::size_t>(worker) >= factors_.size()) return 1.0;
  return factors_[static_cast<std::size_t>(worker)];
}

bool SpeedModel::emulatedAsymmetry() const {
  return !real_ && std::any_of(factors_.begin(), factors_.end(), [](double f) { return f != 1.0; });
}

std::string SpeedModel::label() const {
  if (real_) return "real big/little";
  if (!emulatedAsymmetry()) return "none";
  double k = 1.0;
  for (double f : factors_) k = std::max(k, f);
  char buf[64];
  std::snprintf(buf, sizeof buf, "emulated big/little (factor %.1f)", k);
  return buf;
}

}  // namespace amp::real
