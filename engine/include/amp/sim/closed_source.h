// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>

#include "amp/sim/blocks.h"

namespace amp::sim {

/// The clients of a closed system (the delay station of a closed queueing network): a fixed
/// population of `customers` that each think for a time drawn from `think`, send one request into
/// `next`, wait until it comes back to accept(), and think again. No client ever has two requests
/// out, so the load falls as the server's queue grows: the feedback an open Source lacks.
///
/// Each cycle is one job with a fresh id (job.tag = the client's index). At `station` the source
/// emits, like a Delay while the client thinks, Enqueue and Start (value 0) when thinking begins
/// and Finish (value = think ns) when it ends, with core = the client's index (each client is its
/// own server of the think station); then Arrive when the request is sent, and Depart
/// (value = response ns: sent → back) when it returns. The aggregator's busy count at `station`
/// is the number of clients thinking, its sojourn statistics are response times, and its
/// throughput is requests answered per second.
class ClosedSource final : public EventHandler, public Block {
 public:
  ClosedSource(Simulator& sim, JobPool& pool, std::uint16_t station, int customers, Distribution think,
               Rng rng, Block* next);
  void setNext(Block* next) { next_ = next; }
  /// Every client starts thinking now.
  void start();
  /// A request is back: Depart, and its client thinks again.
  void accept(std::uint32_t job) override;
  /// A client's thinking ended: its request goes to `next`.
  void handle(const Event& e) override;
  int customers() const { return customers_; }
  std::uint64_t sent() const { return sent_; }
  std::uint64_t answered() const { return answered_; }

 private:
  void think(std::uint32_t client);
  Simulator& sim_;
  JobPool& pool_;
  std::uint16_t station_;
  int customers_;
  Distribution think_;
  Rng rng_;
  Block* next_;
  std::uint32_t self_ = 0;
  std::uint64_t nextId_ = 0, sent_ = 0, answered_ = 0;
};

}  // namespace amp::sim
