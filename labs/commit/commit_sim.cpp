// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <limits>

#include "amp/sim/batch_server.h"
#include "amp/sim/blocks.h"
#include "amp/sim/stream_source.h"
#include "commit/commit_lab.h"

namespace amp::labs {

namespace commit {

/// The two stages of a transaction's schedule, drawn at arrival (the real generator replays
/// the same): its query time [s], and a uniform draw that makes it a write below write_fraction.
sim::ArrivalStream arrivals(const run::Params& p, std::uint64_t seed) {
  return sim::ArrivalStream(seed, sim::ArrivalStream::Process::Poisson, p.num("txn_rate"),
                            {sim::serviceDist(p.text("query_dist"), p.num("query_ms") / 1000.0),
                             sim::Distribution::uniform(0.0, 1.0)});
}

}  // namespace commit

namespace {

/// After its query a transaction is a read (done) or a write (on to the master).
class ReadOrWrite final : public sim::Block {
 public:
  ReadOrWrite(sim::JobPool& pool, double writeFraction, sim::Block* done, sim::Block* master)
      : pool_(pool), writeFraction_(writeFraction), done_(done), master_(master) {}
  void accept(std::uint32_t idx) override {
    sim::Job& job = pool_[idx];
    if (job.cls == CommitLab::kWrite) {
      master_->accept(idx);
    } else {
      done_->accept(idx);
    }
  }
  /// The class from the schedule's draw, set at arrival so every record of the job carries it.
  void classify(sim::Job& job) const {
    job.cls = job.size2 < writeFraction_ ? CommitLab::kWrite : CommitLab::kRead;
  }

 private:
  sim::JobPool& pool_;
  double writeFraction_;
  sim::Block* done_;
  sim::Block* master_;
};

/// Sets each arriving job's class, then hands it to the workers.
class Classify final : public sim::Block {
 public:
  Classify(sim::JobPool& pool, const ReadOrWrite& split, sim::Block* next)
      : pool_(pool), split_(split), next_(next) {}
  void accept(std::uint32_t idx) override {
    split_.classify(pool_[idx]);
    next_->accept(idx);
  }

 private:
  sim::JobPool& pool_;
  const ReadOrWrite& split_;
  sim::Block* next_;
};

}  // namespace

std::int64_t CommitLab::simulate(const run::Params& p, const run::SimControl& ctl,
                                 observe::Recorder& rec) const {
  sim::Simulator sim(rec);
  sim::JobPool pool;
  sim::Sink done(sim, pool, kSink);
  const double timeout = p.num("group_timeout_ms") / 1000.0;
  sim::BatchServer::Config cfg;
  cfg.station = kMaster;
  cfg.batchStation = kLog;
  cfg.maxBatch = static_cast<std::size_t>(std::max(1, p.integer("group_max")));
  cfg.policy = timeout > 0.0 ? sim::BatchServer::Policy::Timeout : sim::BatchServer::Policy::Greedy;
  cfg.timeoutS = timeout;
  cfg.fixedS = p.num("commit_fixed_ms") / 1000.0;
  cfg.queueCap = ctl.queueCap;
  sim::BatchServer master(sim, pool, cfg, &done);
  const double perTxn = p.num("commit_per_txn_ms") / 1000.0;
  master.setItemTime([perTxn](const sim::Job&) { return perTxn; });
  ReadOrWrite split(pool, p.num("write_fraction"), &done, &master);
  const sim::Distribution unused = sim::Distribution::det(0.0);
  sim::Station workers(sim, pool, kWorkers, p.integer("workers"), 0, unused, sim::Rng(ctl.seed, 10), &split);
  workers.setServiceFn([](sim::Job& j, sim::Rng&) { return j.size; });
  workers.setQueueCap(ctl.queueCap);
  Classify classify(pool, split, &workers);
  sim::StreamSource source(sim, pool, kSource, commit::arrivals(p, ctl.seed), &classify);
  source.start();
  return sim.run(ctl);
}

}  // namespace amp::labs
