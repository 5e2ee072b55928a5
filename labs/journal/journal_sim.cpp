// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <cstdint>
#include <deque>
#include <vector>

#include "amp/sim/blocks.h"
#include "amp/sim/locked_servers.h"
#include "amp/sim/stream_source.h"
#include "journal/journal_lab.h"

namespace amp::labs {

namespace {

using observe::ObsKind;

/// The journal master: takes up to `groupMax` waiting records when it becomes free, appends them
/// one by one (each its own exponential CPU time, drawn at arrival into Job::size2), then holds
/// the whole group for one sync of the log device. Every record of the group becomes durable
/// when the sync ends; records arriving meanwhile wait for the next group.
class JournalMaster final : public sim::EventHandler, public sim::Block {
 public:
  JournalMaster(sim::Simulator& sim, sim::JobPool& pool, int groupMax, double syncS, std::size_t queueCap)
      : sim_(sim),
        pool_(pool),
        groupMax_(static_cast<std::size_t>(std::max(1, groupMax))),
        syncS_(syncS),
        queueCap_(queueCap) {
    self_ = sim_.addHandler(this);
    group_.reserve(groupMax_);
  }

  void accept(std::uint32_t idx) override {
    sim::Job& job = pool_[idx];
    if (waiting_.size() >= queueCap_) {
      sim_.emit(ObsKind::Drop, job.id, JournalLab::kMaster, -1, 0.0);
      pool_.release(idx);
      return;
    }
    job.enqueued = sim_.now();  // data done: the consistency window opens here
    sim_.emit(ObsKind::Enqueue, job.id, JournalLab::kMaster, -1, 0.0);
    waiting_.push_back(idx);
    if (!busy_) startGroup();
  }

  void handle(const sim::Event& e) override {
    if (e.type == kAppendDone) {
      const sim::Job& job = pool_[group_[next_]];
      sim_.emit(ObsKind::Finish, job.id, JournalLab::kMaster, 0, job.size2 * 1e9);
      ++next_;
      if (next_ < group_.size()) {
        startAppend();
      } else {
        startSync();
      }
      return;
    }
    // Sync done: the group is durable.
    const std::uint64_t leader = pool_[group_.back()].id;
    sim_.emit(ObsKind::Finish, leader, JournalLab::kDevice, 0, syncS_ * 1e9);
    const double now = sim_.now();
    for (std::uint32_t idx : group_) {
      sim_.emit(ObsKind::Depart, pool_[idx].id, JournalLab::kSink, -1, (now - pool_[idx].enqueued) * 1e9);
      pool_.release(idx);
    }
    group_.clear();
    busy_ = false;
    if (!waiting_.empty()) startGroup();
  }

 private:
  enum : std::uint32_t { kAppendDone = 0, kSyncDone = 1 };

  void startGroup() {
    busy_ = true;
    const std::size_t k = std::min(groupMax_, waiting_.size());
    for (std::size_t i = 0; i < k; ++i) {
      group_.push_back(waiting_.front());
      waiting_.pop_front();
    }
    next_ = 0;
    startAppend();
  }

  void startAppend() {
    const sim::Job& job = pool_[group_[next_]];
    sim_.emit(ObsKind::Start, job.id, JournalLab::kMaster, 0, (sim_.now() - job.enqueued) * 1e9);
    sim_.schedule(job.size2, self_, kAppendDone);
  }

  void startSync() {
    const std::uint64_t leader = pool_[group_.back()].id;
    sim_.emit(ObsKind::Enqueue, leader, JournalLab::kDevice, -1, 0.0);
    sim_.emit(ObsKind::Start, leader, JournalLab::kDevice, 0, 0.0);
    sim_.schedule(syncS_, self_, kSyncDone);
  }

  sim::Simulator& sim_;
  sim::JobPool& pool_;
  std::size_t groupMax_;
  double syncS_;
  std::size_t queueCap_;
  std::uint32_t self_ = 0;
  bool busy_ = false;
  std::deque<std::uint32_t> waiting_;
  std::vector<std::uint32_t> group_;
  std::size_t next_ = 0;
};

}  // namespace

std::int64_t JournalLab::simulate(const run::Params& p, const run::SimControl& ctl,
                                  observe::Recorder& rec) const {
  sim::Simulator sim(rec);
  sim::JobPool pool;
  // Sizes per write from the shared schedule, in seconds: data work, then the record's journal
  // CPU time (twin runs replay the same schedule).
  sim::ArrivalStream stream(ctl.seed, sim::ArrivalStream::Process::Poisson, p.num("arrival_rate"),
                            {sim::serviceDist(p.text("data_dist"), p.num("data_ms") / 1000.0),
                             sim::Distribution::exp(p.num("journal_cpu_ms") / 1000.0)});
  if (p.text("design") == "locked") {
    // No master: the worker does the data (job.size), then appends its record (job.size2) and
    // syncs it under one lock; the window opens when it asks for the lock.
    sim::Sink durable(sim, pool, kSink);
    sim::LockedServers::Config cfg;
    cfg.servers = p.integer("workers");
    cfg.lockHandoffS = p.num("lock_handoff_us") * 1e-6;
    cfg.stepFixedS = p.num("log_device_ms") / 1000.0;
    cfg.order = sim::LockedServers::Order::PartFirst;
    cfg.measureFromStep = true;
    cfg.lockStation = kMaster;
    cfg.serversStation = kWorkers;
    sim::LockedServers locked(sim, pool, cfg, &durable);
    sim::StreamSource source(sim, pool, kSource, std::move(stream), &locked);
    source.start();
    return sim.run(ctl);
  }
  JournalMaster master(sim, pool, p.integer("group_max"), p.num("log_device_ms") / 1000.0, ctl.queueCap);
  const sim::Distribution unused = sim::Distribution::det(0.0);
  sim::Station workers(sim, pool, kWorkers, p.integer("workers"), 0, unused, sim::Rng(ctl.seed, 10), &master);
  workers.setServiceFn([](sim::Job& j, sim::Rng&) { return j.size; });
  workers.setQueueCap(ctl.queueCap);
  sim::StreamSource source(sim, pool, kSource, std::move(stream), &workers);
  source.start();
  return sim.run(ctl);
}

}  // namespace amp::labs
