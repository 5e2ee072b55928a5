// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>

#include "amp/sim/batch_server.h"
#include "amp/sim/blocks.h"
#include "amp/sim/stream_source.h"
#include "batching/batching_lab.h"

namespace amp::labs {

namespace {

/// Between the accelerator and the exit: counts each batch's size into the `batch_size`
/// histogram. A batch's requests leave together, one after the other at the instant it ends, and
/// two batches never end at the same instant (each takes s0 + s1·k > 0).
class BatchSizes final : public sim::Block {
 public:
  BatchSizes(sim::Simulator& sim, observe::LabOutputs& out, sim::Block* next)
      : sim_(sim), out_(out), next_(next) {}
  void accept(std::uint32_t job) override {
    if (count_ > 0 && sim_.now() != at_) flush();
    at_ = sim_.now();
    ++count_;
    next_->accept(job);
  }
  void flush() {
    if (count_ > 0) out_.sample("batch_size", count_);
    count_ = 0;
  }

 private:
  sim::Simulator& sim_;
  observe::LabOutputs& out_;
  sim::Block* next_;
  double at_ = -1.0;
  int count_ = 0;
};

}  // namespace

std::int64_t BatchingLab::simulate(const run::Params& p, const run::SimControl& ctl,
                                   observe::Recorder& rec) const {
  sim::Simulator sim(rec);
  sim::JobPool pool;
  sim::Sink done(sim, pool, kSink);
  BatchSizes sizes(sim, rec.outputs(), &done);
  const model::GroupCommitQueue q = batching::acceleratorQueue(p);
  sim::BatchServer::Config cfg;
  cfg.station = kQueue;
  cfg.batchStation = kAccel;
  cfg.maxBatch = static_cast<std::size_t>(q.maxGroup);
  const std::string policy = p.text("batch_policy");
  cfg.policy = policy == "full"                         ? sim::BatchServer::Policy::Full
               : policy == "timeout" && q.timeout > 0.0 ? sim::BatchServer::Policy::Timeout
                                                        : sim::BatchServer::Policy::Greedy;
  cfg.timeoutS = q.timeout;
  cfg.fixedS = q.fixedTime;
  cfg.queueCap = ctl.queueCap;
  sim::BatchServer accelerator(sim, pool, cfg, &sizes);
  const double perItem = q.perItemMean;
  accelerator.setItemTime([perItem](const sim::Job&) { return perItem; });
  sim::StreamSource source(
      sim, pool, kSource,
      sim::ArrivalStream(ctl.seed, sim::ArrivalStream::Process::Poisson, p.num("arrival_rate"), {}),
      &accelerator);
  source.start();
  const std::int64_t end = sim.run(ctl);
  sizes.flush();
  return end;
}

}  // namespace amp::labs
