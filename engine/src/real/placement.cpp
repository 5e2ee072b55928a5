// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/placement.h"

#include <algorithm>
#include <set>

#include "amp/run/phrase.h"

namespace amp::real {
namespace {

// One hardware thread per physical core first, then the SMT siblings: spreading workers over
// cores before doubling them up on hyper-threads.
std::vector<int> coresFirst(const CpuTopology& topo, const std::vector<int>& cpus) {
  std::vector<int> first, rest;
  std::set<std::pair<int, int>> seen;
  for (int c : cpus) {
    const CpuInfo* info = topo.find(c);
    const auto key = info != nullptr ? std::make_pair(info->package, info->core) : std::make_pair(-1, c);
    if (seen.insert(key).second) {
      first.push_back(c);
    } else {
      rest.push_back(c);
    }
  }
  first.insert(first.end(), rest.begin(), rest.end());
  return first;
}

}  // namespace

Placement planPlacement(const CpuTopology& topo, int workers, PlacementPolicy policy) {
  Placement p;
  p.workerCpus.assign(static_cast<std::size_t>(std::max(0, workers)), -1);
  const std::vector<int> usable = topo.usableCpus();
  if (policy == PlacementPolicy::Unpinned || usable.empty()) return p;

  std::vector<int> load;  // busy threads per CPU, indexed by position in `usable`
  auto countOn = [&](int cpu) {
    ++load[static_cast<std::size_t>(std::find(usable.begin(), usable.end(), cpu) - usable.begin())];
  };
  load.assign(usable.size(), 0);

  if (policy == PlacementPolicy::Packed) {
    std::vector<int> order;
    for (int c : usable) {
      const CpuInfo* info = topo.find(c);
      for (int s : info != nullptr ? info->siblings : std::vector<int>{c})
        if (std::find(usable.begin(), usable.end(), s) != usable.end() &&
            std::find(order.begin(), order.end(), s) == order.end())
          order.push_back(s);
    }
    p.masterCpu = order[0];
    countOn(p.masterCpu);
    for (int w = 0; w < workers; ++w) {
      p.workerCpus[static_cast<std::size_t>(w)] = order[static_cast<std::size_t>(w + 1) % order.size()];
      countOn(p.workerCpus[static_cast<std::size_t>(w)]);
    }
  } else if (policy == PlacementPolicy::Symmetric) {
    const std::vector<int> pool = coresFirst(topo, usable);
    for (int w = 0; w < workers; ++w) {
      p.workerCpus[static_cast<std::size_t>(w)] = pool[static_cast<std::size_t>(w) % pool.size()];
      countOn(p.workerCpus[static_cast<std::size_t>(w)]);
    }
  } else {
    // The master is the serializing thread: give it a big core, and its physical core to itself.
    const std::vector<int> big = topo.bigCpus();
    p.masterCpu = big.empty() ? usable[0] : big[0];
    countOn(p.masterCpu);
    std::vector<int> pool;
    for (int c : usable)
      if (!topo.sameCore(c, p.masterCpu)) pool.push_back(c);
    if (pool.empty())  // one physical core: its SMT sibling is better than the master's own thread
      for (int c : usable)
        if (c != p.masterCpu) pool.push_back(c);
    if (pool.empty()) pool.push_back(p.masterCpu);  // one CPU: everyone shares it
    pool = coresFirst(topo, pool);
    for (int w = 0; w < workers; ++w) {
      p.workerCpus[static_cast<std::size_t>(w)] = pool[static_cast<std::size_t>(w) % pool.size()];
      countOn(p.workerCpus[static_cast<std::size_t>(w)]);
    }
  }
  // Light thread: the least loaded CPU, the last one on ties (away from the master at CPU 0).
  std::size_t best = usable.size() - 1;
  for (std::size_t i = usable.size(); i-- > 0;)
    if (load[i] < load[best]) best = i;
  p.lightCpu = usable[best];
  return p;
}

Oversubscription checkOversubscription(const std::vector<run::ThreadPlacement>& busyThreads, int cores) {
  Oversubscription o;
  o.threads = static_cast<int>(busyThreads.size());
  o.cores = cores;
  std::map<int, std::vector<std::string>> on;
  std::vector<std::string> unpinned;
  for (const auto& t : busyThreads) {
    if (t.requestedCpu >= 0) {
      on[t.requestedCpu].push_back(t.thread);
    } else if (t.cpusSeen.size() == 1) {
      on[t.cpusSeen.front()].push_back(t.thread);
    } else {
      unpinned.push_back(t.thread);
    }
  }
  for (auto& [cpu, names] : on)
    if (names.size() > 1) o.sharing[cpu] = names;
  o.oversubscribed = o.threads > cores || !o.sharing.empty();
  if (!o.oversubscribed) return o;
  const auto joined = [](const std::vector<std::string>& names) {
    std::string s;
    for (std::size_t i = 0; i < names.size(); ++i) s += (i == 0 ? "" : ", ") + names[i];
    return s;
  };
  std::string detail;
  for (const auto& [cpu, names] : o.sharing) {
    if (!detail.empty()) detail += "; ";
    detail += run::phrase("CPU %1: %2", {std::to_string(cpu), joined(names)});
  }
  if (!unpinned.empty()) {
    if (!detail.empty()) detail += "; ";
    detail += run::phrase("unpinned: %1", {joined(unpinned)});
  }
  const std::string threads = std::to_string(o.threads), cpus = std::to_string(cores);
  o.message = detail.empty()
                  ? run::phrase("%1 threads on %2 cores: oversubscribed", {threads, cpus})
                  : run::phrase("%1 threads on %2 cores: oversubscribed (%3)", {threads, cpus, detail});
  return o;
}

bool sharesCores(const Placement& placement, int cores) {
  std::vector<run::ThreadPlacement> busy{{"master", placement.masterCpu, false, {}}};
  for (std::size_t w = 0; w < placement.workerCpus.size(); ++w)
    busy.push_back({"worker " + std::to_string(w), placement.workerCpus[w], false, {}});
  return checkOversubscription(busy, cores).oversubscribed;
}

}  // namespace amp::real
