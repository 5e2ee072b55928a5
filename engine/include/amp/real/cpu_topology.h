// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <string>
#include <vector>

#include "amp/run/result.h"

namespace amp::real {

/// One logical CPU as the kernel describes it.
struct CpuInfo {
  int id = 0;
  int core = -1;              ///< core_id within the package
  int package = -1;           ///< physical_package_id
  std::vector<int> siblings;  ///< SMT siblings including this CPU (thread_siblings_list)
  int capacity = -1;          ///< cpu_capacity (1024 = the biggest core), -1 when the kernel does not say
  std::string coreType;       ///< "performance" / "efficiency" on hybrid parts, else empty
  bool allowed = true;        ///< in this process's affinity mask (containers and taskset restrict it)
};

/// The machine's CPUs: what pinning and the placement policy work with.
struct CpuTopology {
  std::vector<CpuInfo> cpus;  ///< online CPUs, by id
  std::string modelName;
  bool hypervisor = false;  ///< the CPU reports running under a hypervisor
  std::string governor;     ///< cpufreq scaling governor of the first CPU, "n/a" when absent

  /// Online CPUs this process may run on, by id.
  std::vector<int> usableCpus() const;
  /// True when some CPU has more than one hardware thread.
  bool smt() const;
  /// Distinct physical cores among the usable CPUs.
  int physicalCores() const;
  /// True when cores differ in capacity or hybrid core type (real big/little).
  bool heterogeneous() const;
  /// Usable CPUs of the highest capacity (all of them when the machine is symmetric).
  std::vector<int> bigCpus() const;
  /// Usable CPUs below the highest capacity (empty when symmetric).
  std::vector<int> littleCpus() const;
  const CpuInfo* find(int cpu) const;
  /// True when `a` and `b` are hardware threads of one physical core.
  bool sameCore(int a, int b) const;

  /// Read /sys and /proc of this machine.
  static CpuTopology probe();
  /// Read a copy of the same files under `root` (e.g. a recorded tree in a test); "" = the real ones.
  static CpuTopology probe(const std::string& root);
};

/// Parse a kernel CPU list such as "0-3,8,10-11".
std::vector<int> parseCpuList(const std::string& text);

/// The facts of a host record that the topology knows (model, cores, SMT, governor,
/// virtualization, asymmetry); wake-up latency stays 0 (see measureWakeupLatencyUs).
run::HostInfo hostInfo(const CpuTopology& topo);

/// Threads ready to run right now besides the caller (the "running" field of /proc/loadavg,
/// averaged over `samples` readings 1 ms apart): a busy host makes real timings untrustworthy.
/// -1 when the kernel does not say.
double otherRunnableThreads(int samples = 10);

/// p50 of a short blocking wake-up probe (a condition variable ping-pong between two threads),
/// in microseconds. Takes about `rounds` round trips; a few milliseconds at the default.
double measureWakeupLatencyUs(int rounds = 200);

}  // namespace amp::real
