// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/pin.h"

#include <pthread.h>
#include <sched.h>

#include <algorithm>
#include <cstring>
#include <thread>

#include "amp/run/phrase.h"

namespace amp::real {

int currentCpu() { return sched_getcpu(); }

PinResult pinThread(int cpu) {
  PinResult r;
  if (cpu < 0 || cpu >= CPU_SETSIZE) {
    r.error = run::phrase("CPU %1 is out of range", {std::to_string(cpu)});
    return r;
  }
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu, &set);
  const int rc = pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
  if (rc != 0) {
    r.error = run::phrase("pthread_setaffinity_np(CPU %1) (system error: %2)",
                          {std::to_string(cpu), std::strerror(rc)});
    r.cpuSeen = sched_getcpu();
    return r;
  }
  // The kernel migrates the calling thread before the call returns; a few yields cover a
  // hypervisor or a kernel that completes the move lazily.
  for (int i = 0; i < 100; ++i) {
    r.cpuSeen = sched_getcpu();
    if (r.cpuSeen == cpu) break;
    std::this_thread::yield();
  }
  r.ok = r.cpuSeen == cpu;
  if (!r.ok)
    r.error =
        run::phrase("asked for CPU %1, runs on CPU %2", {std::to_string(cpu), std::to_string(r.cpuSeen)});
  return r;
}

std::vector<int> threadAffinity() {
  std::vector<int> out;
  cpu_set_t set;
  CPU_ZERO(&set);
  if (pthread_getaffinity_np(pthread_self(), sizeof(set), &set) != 0) return out;
  for (int c = 0; c < CPU_SETSIZE; ++c)
    if (CPU_ISSET(c, &set)) out.push_back(c);
  return out;
}

bool setThreadAffinity(const std::vector<int>& cpus) {
  if (cpus.empty()) return true;
  cpu_set_t set;
  CPU_ZERO(&set);
  for (int c : cpus)
    if (c >= 0 && c < CPU_SETSIZE) CPU_SET(c, &set);
  return pthread_setaffinity_np(pthread_self(), sizeof(set), &set) == 0;
}

bool raiseRealtimePriority(int by) {
  int policy = 0;
  sched_param sp{};
  if (pthread_getschedparam(pthread_self(), &policy, &sp) != 0) return false;
  if (policy != SCHED_FIFO && policy != SCHED_RR) return false;
  const int target = std::min(sp.sched_priority + by, sched_get_priority_max(policy));
  if (target == sp.sched_priority) return false;
  sp.sched_priority = target;
  return pthread_setschedparam(pthread_self(), policy, &sp) == 0;
}

bool setRealtimePolicy(int priority) {
  sched_param sp{};
  sp.sched_priority =
      std::clamp(priority, sched_get_priority_min(SCHED_FIFO), sched_get_priority_max(SCHED_FIFO));
  return pthread_setschedparam(pthread_self(), SCHED_FIFO, &sp) == 0;
}

std::vector<int> CpusSeen::cpus() const {
  std::vector<int> out;
  for (int c = 0; c < kMaxCpus; ++c)
    if ((bits_[static_cast<std::size_t>(c) / 64] >> (c % 64)) & 1ULL) out.push_back(c);
  return out;
}

}  // namespace amp::real
