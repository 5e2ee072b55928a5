// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <deque>
#include <vector>

#include "amp/sim/blocks.h"

namespace amp::sim {

/// The symmetric baseline of a master: c servers (workers) take jobs from one shared FIFO queue
/// (a free server chosen at random, as any sleeping worker may be the one woken),
/// and each does the serialized step itself under one FIFO lock, paying `lockHandoffS` more when
/// the lock last belonged to another server. A job's step takes job.size2 + `stepFixedS` (the
/// journal's sync, say) and its own part job.size; `order` says which comes first. A server is busy
/// from taking a job until both are done, lock wait included.
/// Stream: Enqueue/Start/Finish at `serversStation` (Finish carries the job's own part alone) and
/// at `lockStation` (Start carries the wait for the lock, Finish the step with any hand-over); then
/// the job goes to `next`. With `measureFromStep`, the job's arrival time is reset when it asks for
/// the lock, so a Sink's sojourn measures from there (a journal's consistency window).
class LockedServers final : public EventHandler, public Block {
 public:
  enum class Order { StepFirst, PartFirst };
  struct Config {
    int servers = 1;
    double lockHandoffS = 0.0;
    double stepFixedS = 0.0;
    Order order = Order::StepFirst;
    bool measureFromStep = false;
    std::uint16_t lockStation = 0, serversStation = 0;
    std::uint64_t seed = 1;  ///< draws which free server takes a job
  };
  LockedServers(Simulator& sim, JobPool& pool, const Config& config, Block* next);
  void accept(std::uint32_t job) override;
  void handle(const Event& e) override;

 private:
  enum Type : std::uint32_t { kStepDone = 0, kPartDone = 1 };
  struct Server {
    std::uint32_t job = 0;
    bool busy = false;
    bool stepDone = false;
    double step = 0.0;  // this job's serialized step with its lock hand-over [s]
  };
  void takeWork();
  void requestLock(int server);
  void grantLock();
  void startPart(int server);
  void finish(int server);

  Simulator& sim_;
  JobPool& pool_;
  Config cfg_;
  Block* next_;
  Rng pick_;
  std::uint32_t self_ = 0;
  std::vector<Server> servers_;
  std::deque<std::uint32_t> waiting_;  // jobs no server has taken yet
  struct LockRequest {
    int server = 0;
    double askedAt = 0.0;
  };
  std::deque<LockRequest> lockQueue_;  // servers waiting for the lock, in order
  bool lockHeld_ = false;
  int lastHolder_ = -1;
};

}  // namespace amp::sim
