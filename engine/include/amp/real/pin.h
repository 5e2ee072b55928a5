// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace amp::real {

/// What pinning the calling thread achieved.
struct PinResult {
  bool ok = false;    ///< the affinity was set and sched_getcpu() read back the requested CPU
  int cpuSeen = -1;   ///< sched_getcpu() right after pinning
  std::string error;  ///< why not, when !ok
};

/// Pin the calling thread to `cpu` and check with sched_getcpu() that it runs there.
PinResult pinThread(int cpu);
/// The CPU the calling thread runs on now (sched_getcpu()), -1 when unknown.
int currentCpu();
/// The calling thread's affinity mask as a CPU list.
std::vector<int> threadAffinity();
/// Set the calling thread's affinity to `cpus` (empty = leave unchanged); false on failure.
bool setThreadAffinity(const std::vector<int>& cpus);

/// When the calling thread runs under a real-time policy (SCHED_FIFO/SCHED_RR, e.g. a run
/// started under `chrt`), raise its priority by `by` so it preempts the run's other threads on
/// its CPU (a load generator must wake on time). Under SCHED_OTHER nothing changes; returns
/// whether the priority was raised.
bool raiseRealtimePriority(int by = 1);

/// Run the calling thread under SCHED_FIFO at `priority`; false when the system does not allow
/// it (no privilege, or RT scheduling disabled), and nothing changes then.
bool setRealtimePolicy(int priority = 10);

/// The distinct CPUs one thread was seen on. Owned and written by that thread only; read after
/// the thread is joined. A fixed bitset, so noting a CPU never allocates on the hot path.
class CpusSeen {
 public:
  static constexpr int kMaxCpus = 1024;
  void note(int cpu) {
    if (cpu >= 0 && cpu < kMaxCpus) bits_[static_cast<std::size_t>(cpu) / 64] |= 1ULL << (cpu % 64);
  }
  /// Note the CPU this thread runs on now; returns it.
  int noteCurrent() {
    const int cpu = currentCpu();
    note(cpu);
    return cpu;
  }
  std::vector<int> cpus() const;
  void merge(const CpusSeen& other) {
    for (std::size_t i = 0; i < bits_.size(); ++i) bits_[i] |= other.bits_[i];
  }

 private:
  std::array<std::uint64_t, kMaxCpus / 64> bits_{};
};

}  // namespace amp::real
