// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <memory>
#include <vector>

#include "amp/sim/blocks.h"
#include "steering/steering_flows.h"
#include "steering/steering_lab.h"

namespace amp::labs {

namespace {

using steering::Config;
using steering::Policy;

/// Feeds the master from the shared packet schedule (the same one a real run replays).
class PacketSource final : public sim::EventHandler {
 public:
  PacketSource(sim::Simulator& sim, sim::JobPool& pool, const Config& c, std::uint64_t seed,
               sim::Block* master)
      : sim_(sim), pool_(pool), schedule_(c, seed), steerS_(c.steerS), master_(master) {
    self_ = sim_.addHandler(this);
  }
  void start() { scheduleNext(); }
  void handle(const sim::Event&) override {
    const std::uint32_t j = pool_.acquire();
    sim::Job& job = pool_[j];
    job.id = nextId_++;
    job.arrival = job.enqueued = sim_.now();
    job.size = steerS_;
    job.size2 = pending_.processS;
    job.flow = pending_.flow;
    job.tag = pending_.seq;
    sim_.emit(observe::ObsKind::Arrive, job.id, SteeringLab::kSource, -1, 0.0);
    master_->accept(j);
    scheduleNext();
  }

 private:
  void scheduleNext() {
    pending_ = schedule_.next();
    sim_.scheduleAt(pending_.time, self_);
  }
  sim::Simulator& sim_;
  sim::JobPool& pool_;
  steering::PacketSchedule schedule_;
  double steerS_;
  sim::Block* master_;
  std::uint32_t self_ = 0;
  std::uint64_t nextId_ = 0;
  steering::PacketDraw pending_;
};

/// The master's decision: which worker's ring a steered packet goes to.
class Steer final : public sim::Block {
 public:
  Steer(sim::Simulator& sim, sim::JobPool& pool, const Config& c, std::vector<sim::Station*> workers)
      : sim_(sim), pool_(pool), policy_(c.policy), gapS_(c.flowletGapS()), workers_(std::move(workers)) {
    if (policy_ == Policy::RssHash) flowWorker_ = steering::rssWorkerMap(c.flows, c.workers);
    if (policy_ == Policy::Flowlet) {
      flowWorker_.assign(c.flows, -1);
      lastSeen_.assign(c.flows, 0.0);
    }
  }
  void accept(std::uint32_t j) override {
    const std::uint32_t flow = pool_[j].flow;
    std::size_t w = 0;
    switch (policy_) {
      case Policy::RssHash:
        w = static_cast<std::size_t>(flowWorker_[flow]);
        break;
      case Policy::RoundRobin:
        w = next_;
        next_ = (next_ + 1) % workers_.size();
        break;
      case Policy::Jsq:
        w = shortest();
        break;
      case Policy::Flowlet: {
        const double now = sim_.now();
        if (flowWorker_[flow] < 0 || now - lastSeen_[flow] > gapS_)
          flowWorker_[flow] = static_cast<int>(shortest());
        lastSeen_[flow] = now;
        w = static_cast<std::size_t>(flowWorker_[flow]);
        break;
      }
    }
    workers_[w]->accept(j);
  }

 private:
  // Fewest packets (waiting + in service); ties go round-robin so no worker is favoured.
  std::size_t shortest() {
    const std::size_t n = workers_.size();
    std::size_t best = next_;
    for (std::size_t k = 1; k < n; ++k) {
      const std::size_t i = (next_ + k) % n;
      if (workers_[i]->load() < workers_[best]->load()) best = i;
    }
    next_ = (next_ + 1) % n;
    return best;
  }
  sim::Simulator& sim_;
  sim::JobPool& pool_;
  Policy policy_;
  double gapS_;
  std::vector<sim::Station*> workers_;
  std::vector<int> flowWorker_;
  std::vector<double> lastSeen_;
  std::size_t next_ = 0;
};

/// Counts per-flow reordering as packets complete, then hands them to the sink.
class OrderCheck final : public sim::Block {
 public:
  OrderCheck(sim::Simulator& sim, sim::JobPool& pool, std::uint32_t flows, sim::Block* sink)
      : sim_(sim), pool_(pool), outputs_(sim.recorder().outputs()), highest_(flows, -1), sink_(sink) {}
  void accept(std::uint32_t j) override {
    const sim::Job& job = pool_[j];
    std::int64_t& top = highest_[job.flow];
    const bool late = static_cast<std::int64_t>(job.tag) < top;
    if (!late) top = job.tag;
    const std::int64_t now = sim::Simulator::toNs(sim_.now());
    outputs_.addAt(SteeringLab::kLatePackets, now, late ? 1.0 : 0.0);
    outputs_.addAt(SteeringLab::kCheckedPackets, now);
    sink_->accept(j);
  }

 private:
  sim::Simulator& sim_;
  sim::JobPool& pool_;
  observe::LabOutputs& outputs_;
  std::vector<std::int64_t> highest_;  // highest sequence number completed per flow
  sim::Block* sink_;
};

}  // namespace

std::int64_t SteeringLab::simulate(const run::Params& p, const run::SimControl& ctl,
                                   observe::Recorder& rec) const {
  const Config c = Config::from(p);
  sim::Simulator sim(rec);
  sim::JobPool pool;
  sim::Sink sink(sim, pool, kSink);
  OrderCheck order(sim, pool, c.flows, &sink);
  const sim::Distribution unused = sim::Distribution::det(0.0);
  auto processOf = [](sim::Job& j, sim::Rng&) { return j.size2; };
  auto steerOf = [](sim::Job& j, sim::Rng&) { return j.size; };

  std::vector<std::unique_ptr<sim::Station>> workers;
  std::vector<sim::Station*> targets;
  for (int i = 0; i < c.workers; ++i) {
    const auto station = static_cast<std::uint16_t>(kFirstWorker + i);
    workers.push_back(std::make_unique<sim::Station>(sim, pool, station, 1,
                                                     static_cast<std::size_t>(c.ringSlots), unused,
                                                     sim::Rng(ctl.seed, 100 + i), &order));
    workers.back()->setCoreBase(i);
    workers.back()->setServiceFn(processOf);
    targets.push_back(workers.back().get());
  }
  Steer steer(sim, pool, c, targets);
  sim::Station master(sim, pool, kMaster, 1, Config::kMasterRxSlots, unused, sim::Rng(ctl.seed, 10), &steer);
  master.setServiceFn(steerOf);
  master.setQueueCap(std::min(ctl.queueCap, Config::kMasterRxSlots));

  PacketSource source(sim, pool, c, ctl.seed, &master);
  source.start();
  return sim.run(ctl);
}

}  // namespace amp::labs
