// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/cpu_topology.h"

#include <sched.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "amp/real/pin.h"

namespace amp::real {
namespace {

std::string readFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return {};
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

int readInt(const std::string& path, int fallback) {
  const std::string s = readFile(path);
  if (s.empty()) return fallback;
  try {
    return std::stoi(s);
  } catch (...) {
    return fallback;
  }
}

std::string trim(std::string s) {
  const auto b = s.find_first_not_of(" \t");
  const auto e = s.find_last_not_of(" \t");
  return b == std::string::npos ? std::string{} : s.substr(b, e - b + 1);
}

}  // namespace

std::vector<int> parseCpuList(const std::string& text) {
  std::vector<int> out;
  std::stringstream ss(text);
  std::string part;
  while (std::getline(ss, part, ',')) {
    part = trim(part);
    if (part.empty()) continue;
    try {
      const auto dash = part.find('-');
      if (dash == std::string::npos) {
        out.push_back(std::stoi(part));
      } else {
        const int lo = std::stoi(part.substr(0, dash));
        const int hi = std::stoi(part.substr(dash + 1));
        for (int c = lo; c <= hi; ++c) out.push_back(c);
      }
    } catch (...) {
      // A malformed entry is skipped rather than trusted.
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

CpuTopology CpuTopology::probe() { return probe(""); }

CpuTopology CpuTopology::probe(const std::string& root) {
  CpuTopology t;
  const std::string sys = root + "/sys/devices/system/cpu";
  std::vector<int> online = parseCpuList(readFile(sys + "/online"));
  if (online.empty()) {
    // Without sysfs (some containers) fall back to what the C library knows.
    const unsigned n = std::max(1U, std::thread::hardware_concurrency());
    for (unsigned i = 0; i < n; ++i) online.push_back(static_cast<int>(i));
  }
  std::set<int> performance, efficiency;
  for (int c : parseCpuList(readFile(root + "/sys/devices/cpu_core/cpus"))) performance.insert(c);
  for (int c : parseCpuList(readFile(root + "/sys/devices/cpu_atom/cpus"))) efficiency.insert(c);

  cpu_set_t mask;
  CPU_ZERO(&mask);
  const bool haveMask = root.empty() && sched_getaffinity(0, sizeof(mask), &mask) == 0;

  for (int id : online) {
    CpuInfo c;
    c.id = id;
    const std::string dir = sys + "/cpu" + std::to_string(id);
    c.core = readInt(dir + "/topology/core_id", id);
    c.package = readInt(dir + "/topology/physical_package_id", 0);
    c.siblings = parseCpuList(readFile(dir + "/topology/thread_siblings_list"));
    if (c.siblings.empty()) c.siblings = {id};
    c.capacity = readInt(dir + "/cpu_capacity", -1);
    if (performance.count(id) != 0) c.coreType = "performance";
    if (efficiency.count(id) != 0) c.coreType = "efficiency";
    c.allowed = !haveMask || (id < CPU_SETSIZE && CPU_ISSET(id, &mask));
    t.cpus.push_back(std::move(c));
  }

  std::ifstream info(root + "/proc/cpuinfo");
  std::string line, hardware;
  while (std::getline(info, line)) {
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    const std::string key = trim(line.substr(0, colon));
    const std::string value = trim(line.substr(colon + 1));
    if (key == "model name" && t.modelName.empty()) t.modelName = value;
    if ((key == "Hardware" || key == "uarch") && hardware.empty()) hardware = value;
    if (key == "flags" && (" " + value + " ").find(" hypervisor ") != std::string::npos) t.hypervisor = true;
  }
  if (t.modelName.empty()) t.modelName = hardware.empty() ? "unknown CPU" : hardware;
  t.governor = readFile(sys + "/cpu" + std::to_string(online.front()) + "/cpufreq/scaling_governor");
  if (t.governor.empty()) t.governor = "n/a";
  return t;
}

std::vector<int> CpuTopology::usableCpus() const {
  std::vector<int> out;
  for (const auto& c : cpus)
    if (c.allowed) out.push_back(c.id);
  return out;
}

bool CpuTopology::smt() const {
  return std::any_of(cpus.begin(), cpus.end(), [](const CpuInfo& c) { return c.siblings.size() > 1; });
}

int CpuTopology::physicalCores() const {
  std::set<std::pair<int, int>> cores;
  for (const auto& c : cpus)
    if (c.allowed) cores.insert({c.package, c.core});
  return static_cast<int>(cores.size());
}

bool CpuTopology::heterogeneous() const {
  std::set<int> capacities;
  std::set<std::string> types;
  for (const auto& c : cpus) {
    if (!c.allowed) continue;
    if (c.capacity > 0) capacities.insert(c.capacity);
    if (!c.coreType.empty()) types.insert(c.coreType);
  }
  return capacities.size() > 1 || types.size() > 1;
}

namespace {
// A CPU's rank for "big": capacity where the kernel reports it, else the hybrid type.
int bigness(const CpuInfo& c) {
  if (c.capacity > 0) return c.capacity;
  if (c.coreType == "efficiency") return 0;
  return 1;
}
}  // namespace

std::vector<int> CpuTopology::bigCpus() const {
  int best = -1;
  for (const auto& c : cpus)
    if (c.allowed) best = std::max(best, bigness(c));
  std::vector<int> out;
  for (const auto& c : cpus)
    if (c.allowed && bigness(c) == best) out.push_back(c.id);
  return out;
}

std::vector<int> CpuTopology::littleCpus() const {
  const auto big = bigCpus();
  std::vector<int> out;
  for (const auto& c : cpus)
    if (c.allowed && std::find(big.begin(), big.end(), c.id) == big.end()) out.push_back(c.id);
  return out;
}

const CpuInfo* CpuTopology::find(int cpu) const {
  for (const auto& c : cpus)
    if (c.id == cpu) return &c;
  return nullptr;
}

bool CpuTopology::sameCore(int a, int b) const {
  const CpuInfo* ca = find(a);
  if (ca == nullptr) return a == b;
  return std::find(ca->siblings.begin(), ca->siblings.end(), b) != ca->siblings.end();
}

run::HostInfo hostInfo(const CpuTopology& topo) {
  run::HostInfo h;
  h.cpuModel = topo.modelName;
  h.cores = static_cast<int>(topo.usableCpus().size());
  h.smt = topo.smt();
  h.virtualized = topo.hypervisor;
  h.governor = topo.governor;
  h.asymmetry = topo.heterogeneous() ? "real big/little" : "none";
  return h;
}

double otherRunnableThreads(int samples) {
  double sum = 0.0;
  int n = 0;
  for (int i = 0; i < samples; ++i) {
    if (i > 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // "0.52 0.58 0.59 3/456 12345": the fourth field is runnable/total scheduling entities.
    std::ifstream in("/proc/loadavg");
    std::string a, b, c, running;
    if (!(in >> a >> b >> c >> running)) continue;
    const auto slash = running.find('/');
    if (slash == std::string::npos) continue;
    try {
      sum += std::max(0, std::stoi(running.substr(0, slash)) - 1);  // less the reading thread
      ++n;
    } catch (...) {
    }
  }
  return n == 0 ? -1.0 : sum / n;
}

double measureWakeupLatencyUs(int rounds) {
  using Clock = std::chrono::steady_clock;
  std::mutex m;
  std::condition_variable toWaiter, toMain;
  bool ping = false, pong = false, quit = false;
  Clock::time_point sent;
  std::vector<double> samples;
  samples.reserve(static_cast<std::size_t>(rounds));
  const auto usable = CpuTopology::probe().usableCpus();

  std::thread waiter([&] {
    // The two ends on different CPUs measure the cross-core wake-up the engine depends on.
    if (usable.size() > 1) pinThread(usable[1]);
    std::unique_lock lock(m);
    for (;;) {
      toWaiter.wait(lock, [&] { return ping || quit; });
      if (quit) return;
      samples.push_back(std::chrono::duration<double, std::micro>(Clock::now() - sent).count());
      ping = false;
      pong = true;
      toMain.notify_one();
    }
  });
  const std::vector<int> before = threadAffinity();
  {
    if (!usable.empty()) pinThread(usable[0]);
    for (int i = 0; i < rounds; ++i) {
      std::unique_lock lock(m);
      sent = Clock::now();
      ping = true;
      toWaiter.notify_one();
      toMain.wait(lock, [&] { return pong; });
      pong = false;
    }
    std::lock_guard lock(m);
    quit = true;
    toWaiter.notify_one();
  }
  waiter.join();
  setThreadAffinity(before);  // the caller's thread is not ours to leave pinned
  if (samples.empty()) return 0.0;
  std::nth_element(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(samples.size() / 2),
                   samples.end());
  return samples[samples.size() / 2];
}

}  // namespace amp::real
