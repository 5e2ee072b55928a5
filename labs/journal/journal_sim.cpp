// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <cstdint>

#include "amp/sim/batch_server.h"
#include "amp/sim/blocks.h"
#include "amp/sim/locked_servers.h"
#include "amp/sim/stream_source.h"
#include "journal/journal_lab.h"

namespace amp::labs {

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
    cfg.seed = ctl.seed;
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
  // The journal master: takes what waits (up to group_max records), appends each (its CPU
  // time, drawn at arrival into Job::size2), then one sync of the log device for the group;
  // every record of the group is durable when the sync ends.
  sim::Sink durable(sim, pool, kSink);
  durable.setMeasureFromEnqueue(true);  // the window opens when the record reaches the master
  sim::BatchServer::Config master;
  master.station = kMaster;
  master.batchStation = kDevice;
  master.maxBatch = static_cast<std::size_t>(std::max(1, p.integer("group_max")));
  master.fixedS = p.num("log_device_ms") / 1000.0;
  master.queueCap = ctl.queueCap;
  sim::BatchServer journal(sim, pool, master, &durable);
  const sim::Distribution unused = sim::Distribution::det(0.0);
  sim::Station workers(sim, pool, kWorkers, p.integer("workers"), 0, unused, sim::Rng(ctl.seed, 10),
                       &journal);
  workers.setServiceFn([](sim::Job& j, sim::Rng&) { return j.size; });
  workers.setQueueCap(ctl.queueCap);
  sim::StreamSource source(sim, pool, kSource, std::move(stream), &workers);
  source.start();
  return sim.run(ctl);
}

}  // namespace amp::labs
