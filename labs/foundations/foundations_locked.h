// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <deque>
#include <vector>

#include "amp/sim/blocks.h"

namespace amp::labs::foundations {

/// The symmetric baseline in the simulator: c workers take requests from one shared FIFO queue; a
/// worker does the serialized step (job.size seconds) itself under one FIFO lock, paying
/// `lockHandoffS` more when the lock last belonged to another worker, then its own part
/// (job.size2). Stream: Enqueue/Start/Finish at `workersStation` (a worker is busy from taking a
/// request until its part ends; Finish carries its part alone) and at `lockStation` (wait for the
/// lock, then the step with any hand-over); the job then goes to `next`.
class LockedWorkers final : public sim::EventHandler, public sim::Block {
 public:
  LockedWorkers(sim::Simulator& sim, sim::JobPool& pool, int workers, double lockHandoffS,
                std::uint16_t lockStation, std::uint16_t workersStation, sim::Block* next);
  void accept(std::uint32_t job) override;
  void handle(const sim::Event& e) override;

 private:
  enum Type : std::uint32_t { kStepDone = 0, kPartDone = 1 };
  struct Worker {
    std::uint32_t job = 0;
    bool busy = false;
    double step = 0.0;  // this request's serialized step with its lock hand-over [s]
  };
  void takeWork();
  void requestLock(int worker);
  void grantLock();

  sim::Simulator& sim_;
  sim::JobPool& pool_;
  double lockHandoffS_;
  std::uint16_t lockStation_, workersStation_;
  sim::Block* next_;
  std::uint32_t self_ = 0;
  std::vector<Worker> workers_;
  std::deque<std::uint32_t> waiting_;  // requests no worker has taken yet
  std::deque<int> lockQueue_;          // workers waiting for the lock, in order
  std::deque<double> lockAsked_;       // when each of them asked
  bool lockHeld_ = false;
  int lastHolder_ = -1;
};

}  // namespace amp::labs::foundations
