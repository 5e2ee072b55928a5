// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <vector>

#include "amp/sim/blocks.h"

namespace amp::sim {

/// One server that serves its FIFO queue in batches: a group commit, an accelerator's batch.
/// When it is free it takes up to `maxBatch` waiting jobs, spends each job's own time on them in
/// turn (the item part: an append, an UPDATE), then one fixed time for the whole batch (the
/// sync, the kernel launch). Every job of the batch is done when the fixed part ends; then each
/// is handed to `next` in the order it was taken. Jobs arriving meanwhile wait for a later batch.
///
/// When a batch starts, by policy:
/// - Greedy: as soon as the server is free and a job waits; it takes what waits (up to maxBatch).
/// - Timeout: once maxBatch jobs wait, or `timeoutS` after the timer started, whichever is first;
///   then it takes what waits. The timer starts when the server is free and a job waits: when a
///   batch ends with jobs waiting, or when a job arrives at an idle, empty server. So the first
///   job of a batch waits at most `timeoutS` once the server is free. Timeout 0 is Greedy.
/// - Full: only once maxBatch jobs wait (a timeout of +infinity).
/// This timer keeps the number waiting at batch ends a Markov chain for Poisson arrivals, which
/// model::groupCommit solves (minGroup = maxBatch, timeout = timeoutS).
///
/// Stream: Enqueue at `station` on arrival (Drop past the queue cap); per job Start (value =
/// its wait ns) and Finish (value = its item time ns) at `station`, core 0; and, where
/// `batchStation` >= 0, the fixed part as Enqueue, Start and Finish (value = fixed ns) of the
/// batch's last job at `batchStation`, core 0. A lab that shows the batch's progress counts
/// batches by the Finish records at `batchStation`.
class BatchServer final : public EventHandler, public Block {
 public:
  enum class Policy { Greedy, Timeout, Full };
  struct Config {
    std::uint16_t station = 0;
    int batchStation = -1;  ///< where the fixed part shows; -1 = nowhere
    std::size_t maxBatch = 1;
    Policy policy = Policy::Greedy;
    double timeoutS = 0.0;  ///< Timeout only
    double fixedS = 0.0;    ///< the fixed part of every batch [s]
    std::size_t queueCap = std::numeric_limits<std::size_t>::max();
  };

  /// Each job's item time is `Job::size2` [s] unless setItemTime says otherwise.
  BatchServer(Simulator& sim, JobPool& pool, Config config, Block* next);
  void setItemTime(std::function<double(const Job&)> fn) { itemTime_ = std::move(fn); }
  void setNext(Block* next) { next_ = next; }

  void accept(std::uint32_t job) override;
  void handle(const Event& e) override;

  std::size_t waiting() const { return waiting_.size(); }
  bool busy() const { return busy_; }
  std::uint64_t batches() const { return batches_; }
  std::uint64_t drops() const { return drops_; }

 private:
  enum : std::uint32_t { kItemDone = 0, kBatchDone = 1, kTimer = 2 };
  /// The server is free: start a batch if the policy says so, else (re)arm the timer.
  void consider();
  void startBatch();
  void startItem();
  void startFixed();

  Simulator& sim_;
  JobPool& pool_;
  Config cfg_;
  Block* next_;
  std::function<double(const Job&)> itemTime_;
  std::uint32_t self_ = 0;
  bool busy_ = false;
  bool timerArmed_ = false;
  std::uint64_t timerGeneration_ = 0;  // a timer event of an older generation is stale
  std::deque<std::uint32_t> waiting_;
  std::vector<std::uint32_t> batch_, done_;
  double itemS_ = 0.0;  // the item part in progress
  std::size_t nextItem_ = 0;
  std::uint64_t batches_ = 0, drops_ = 0;
};

}  // namespace amp::sim
