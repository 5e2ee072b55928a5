// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/labs/registry.h"

#include "batching/batching_lab.h"
#include "commit/commit_lab.h"
#include "containment/containment_lab.h"
#include "crypto/crypto_lab.h"
#include "failover/failover_lab.h"
#include "foundations/foundations_lab.h"
#include "gc/gc_lab.h"
#include "journal/journal_lab.h"
#include "mapreduce/mapreduce_lab.h"
#include "rlsched/rlsched_lab.h"
#include "rtos/rtos_lab.h"
#include "simd/simd_lab.h"
#include "steering/steering_lab.h"
#include "tcp/tcp_lab.h"

namespace amp::labs {

namespace {
std::vector<std::unique_ptr<run::Lab>> makeLabs() {
  std::vector<std::unique_ptr<run::Lab>> labs;
  // One line per lab, in LABS.md order.
  labs.push_back(std::make_unique<FoundationsLab>());
  labs.push_back(std::make_unique<JournalLab>());
  labs.push_back(std::make_unique<TcpLab>());
  labs.push_back(std::make_unique<SteeringLab>());
  labs.push_back(std::make_unique<CommitLab>());
  labs.push_back(std::make_unique<MapReduceLab>());
  labs.push_back(std::make_unique<BatchingLab>());
  labs.push_back(std::make_unique<RlschedLab>());
  labs.push_back(std::make_unique<GcLab>());
  labs.push_back(std::make_unique<SimdLab>());
  labs.push_back(std::make_unique<CryptoLab>());
  labs.push_back(std::make_unique<ContainmentLab>());
  labs.push_back(std::make_unique<RtosLab>());
  labs.push_back(std::make_unique<FailoverLab>());
  return labs;
}
}  // namespace

const std::vector<std::unique_ptr<run::Lab>>& allLabs() {
  static const std::vector<std::unique_ptr<run::Lab>> labs = makeLabs();
  return labs;
}

const run::Lab* findLab(const std::string& id) {
  for (const auto& lab : allLabs()) {
    if (lab->info().id == id) return lab.get();
  }
  return nullptr;
}

const std::vector<std::string>& categories() {
  static const std::vector<std::string> c{"OS functions", "Large-scale systems", "AI and runtimes",
                                          "Security and safety"};
  return c;
}

}  // namespace amp::labs
