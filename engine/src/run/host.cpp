// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/cpu_topology.h"
#include "amp/run/result.h"

namespace amp::run {

// One source of host facts: the real engine's topology probe (model, cores, SMT, governor,
// virtualization, asymmetry). The wake-up latency probe is left to real runs, which pay for it.
HostInfo probeHost() { return real::hostInfo(real::CpuTopology::probe()); }

}  // namespace amp::run
