// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "foundations/foundations_lab.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include "amp/model/queueing.h"
#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"
#include "amp/sim/blocks.h"
#include "amp/sim/locked_servers.h"
#include "amp/sim/stream_source.h"
#include "foundations/foundations_real.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

run::LabInfo FoundationsLab::info() const {
  return {
      "foundations", "Master and workers", "OS functions",
      "Where is the bottleneck of a master/worker system, and what does it cost to wait for it?",
      "Push the arrival rate towards 1/S_m: the master's wait explodes while the workers, at two thirds of it, keep spare capacity. "
      "Adding workers past c* = S_w/S_m buys nothing; switch the design to locked to see the same ceiling with a lock instead of a master."};
}

std::vector<run::ParamSpec> FoundationsLab::params() const {
  const std::vector<std::string> dists{"exp", "det", "lognormal"};
  return {
      run::realParam("arrival_rate", "Arrival rate", "1/s", 0.1, 10000, 8)
          .withScale(Scale::Log)
          .withHelp("Requests per second arriving at the master (Poisson)."),
      run::realParam("master_ms", "Master service time", "ms", 0.001, 10000, 100)
          .withScale(Scale::Log)
          .withHelp("Mean time the master spends on each request (the serialized part)."),
      run::choiceParam("master_dist", "Master service distribution", dists, "exp")
          .withHelp("exp (cv 1), det (cv 0) or lognormal (cv 2)."),
      run::realParam("worker_ms", "Worker service time", "ms", 0.001, 100000, 400)
          .withScale(Scale::Log)
          .withHelp("Mean time one worker spends on each request (the parallel part)."),
      run::choiceParam("worker_dist", "Worker service distribution", dists, "exp")
          .withHelp("exp (cv 1), det (cv 0) or lognormal (cv 2)."),
      run::integerParam("workers", "Workers", "", 1, 64, 6).withHelp("Worker cores."),
      run::choiceParam("worker_queue", "Worker queue", {"shared", "per_worker_rr", "per_worker_jsq"},
                       "shared")
          .withHelp(
              "shared: one FIFO queue for all workers; per_worker_rr: one queue per worker, filled round robin; per_worker_jsq: one queue per worker, the master picks the shortest.")
          .relevantWhen("design", {"amp"}),
      run::realParam("handoff_us", "Hand-off per request", "µs", 0, 10000, 0)
          .withHelp(
              "Time the master spends handing a request to a worker (model and simulation). "
              "A real run measures its own; enter that here to see its effect on the ceiling 1/(S_m + h).")
          .relevantWhen("design", {"amp"}),
      run::choiceParam("design", "Design", {"amp", "locked"}, "amp")
          .withHelp("amp: a master core does the serialized step for everyone. "
                    "locked: no master; each worker does the step itself under one shared lock."),
      run::realParam("lock_handoff_us", "Lock hand-over between cores", "µs", 0, 10000, 20)
          .withHelp(
              "Extra time the serialized step takes when the lock (and the data it guards) last belonged to another core.")
          .relevantWhen("design", {"locked"}),
  };
}

std::vector<run::MetricSpec> FoundationsLab::metrics() const {
  constexpr double kMs = 1e-6;  // stream durations are ns
  return {
      run::metricSpec("sojourn_ms", "Sojourn time", "ms", MetricSource::Sojourn)
          .scaledBy(kMs)
          .withPercentiles()
          .withHelp("Time from arrival to completion at a worker."),
      run::metricSpec("master_wait_ms", "Master queue wait", "ms", MetricSource::Wait, kMaster)
          .scaledBy(kMs)
          .withPercentiles(),
      run::metricSpec("master_service_ms", "Master service", "ms", MetricSource::Service, kMaster)
          .scaledBy(kMs)
          .withPercentiles(),
      run::metricSpec("handoff_ms", "Hand-off", "ms", MetricSource::Handoff, kWorkers)
          .scaledBy(kMs)
          .withPercentiles()
          .realModeOnly()
          .withHelp("Time the master spends pushing a request into a worker's ring (real mode)."),
      run::metricSpec("worker_wait_ms", "Worker queue wait", "ms", MetricSource::Wait, kWorkers)
          .scaledBy(kMs)
          .withPercentiles(),
      run::metricSpec("worker_service_ms", "Worker service", "ms", MetricSource::Service, kWorkers)
          .scaledBy(kMs)
          .withPercentiles(),
      run::metricSpec("throughput", "Throughput", "1/s", MetricSource::Throughput)
          .withHelp("Completed requests per second."),
      run::metricSpec("master_util", "Master utilization", "", MetricSource::Utilization, kMaster),
      run::metricSpec("worker_util", "Worker utilization", "", MetricSource::Utilization, kWorkers)
          .withHelp("Mean over the workers."),
  };
}

std::vector<run::ChartSpec> FoundationsLab::charts() const {
  return {
      run::chartSpec("latency", "Sojourn time over time", run::ChartKind::TimeSeries, {"sojourn_ms"})
          .withSeries("latency")
          .withAxes("time [s]", "mean sojourn in window [ms]"),
      run::chartSpec("histogram", "Sojourn time distribution", run::ChartKind::Histogram, {"sojourn_ms"})
          .withSeries("sojourn_ms")
          .withLogX()
          .withAxes("sojourn [ms]", "requests"),
      run::chartSpec("queue", "Master queue length", run::ChartKind::TimeSeries, {})
          .withSeries("queue:master")
          .withAxes("time [s]", "requests waiting"),
      run::chartSpec(
          "stages", "Where the time goes", run::ChartKind::StackedBars,
          {"master_wait_ms", "master_service_ms", "handoff_ms", "worker_wait_ms", "worker_service_ms"})
          .withAxes("", "ms"),
      run::chartSpec("rate_sweep", "Sojourn time against arrival rate", run::ChartKind::SweepCurve,
                     {"sojourn_ms"})
          .withSweep("arrival_rate", 1, 9.5, 8)
          .withAxes("arrival rate [1/s]", "mean sojourn [ms]"),
      // design is a choice: one point per design, the model's and a sweep's, at the current load.
      run::chartSpec("design_compare", "A master or a lock: who serializes better?",
                     run::ChartKind::SweepCurve, {"sojourn_ms"})
          .withSweep("design", 0, 1, 2)
          .withAxes("design", "mean sojourn [ms]"),
      run::chartSpec("util", "Utilization per station", run::ChartKind::BarsPerStation,
                     {"master_util", "worker_util"})
          .withAxes("", "utilization"),
  };
}

std::vector<run::ModelValueSpec> FoundationsLab::modelValues() const {
  return {
      {"crossover_workers", "Crossover worker count c*", "workers",
       "S_w/S: with fewer workers they are the bottleneck, with more the master (or the lock) is."},
      {"serial_ceiling", "Serialization ceiling", "1/s",
       "1/S of the serializing station (the master's step with its hand-off, or the lock's step with "
       "its mean hand-over): no number of workers lifts throughput above it."},
      {"design_crossover_rate", "Load where the designs tie", "1/s",
       "Below this arrival rate the locked design has the shorter mean sojourn (a free lock changes core only "
       "now and then), above it the master (under load the lock changes core every time, and a worker waiting "
       "for it is a worker lost). 0: the master is faster at every load."},
      {"pk_factor", "Pollaczek–Khinchine factor", "",
       "(1 + c_s²)/2 of the serialized step: how much its variability multiplies the wait (1 for exponential)."},
  };
}

std::vector<run::Exercise> FoundationsLab::exercises() const {
  // Every number an explanation states is the model's (or the setting's) at that exercise's
  // setting: none is typed, so none can drift from the code.
  const std::map<std::string, std::string> none;
  const std::map<std::string, std::string> knee{{"arrival_rate", "9.5"}};
  const std::map<std::string, std::string> lognormal{{"master_dist", "lognormal"}};
  const std::map<std::string, std::string> constant{{"master_dist", "det"}};
  // The symmetric design driven past its lock: a short step, so that the lock's hand-over, which
  // is microseconds, shows in the ceiling; two workers whose own work is shorter than the step,
  // so that one of them always waits for the lock.
  const std::map<std::string, std::string> saturated{
      {"design", "locked"}, {"workers", "2"},       {"master_ms", "0.2"},    {"master_dist", "det"},
      {"worker_ms", "0.1"}, {"worker_dist", "det"}, {"arrival_rate", "8000"}};
  std::map<std::string, std::string> noHandover = saturated;
  noHandover["lock_handoff_us"] = "0";
  // Short steps, where the fixed costs matter: the master's hand-off to a sleeping worker against a
  // lock transfer that costs more, but only when the lock changes core.
  const std::map<std::string, std::string> contended{{"master_ms", "0.05"},     {"worker_ms", "0.1"},
                                                     {"workers", "2"},          {"handoff_us", "30"},
                                                     {"lock_handoff_us", "40"}, {"arrival_rate", "2000"}};
  const auto atRate = [](std::map<std::string, std::string> setup, const std::string& design, double rate) {
    setup["design"] = design;
    setup["arrival_rate"] = run::formatNumber(std::round(rate));
    return setup;
  };
  const double tie = run::modelAt(*this, contended, "design_crossover_rate");
  const auto at = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::modelAt(*this, setup, key));
  };
  const auto set = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::paramsWith(params(), setup).num(key));
  };
  // 1/(S + h) with the step the model uses and its default guess of the lock's hand-over.
  const double stepMs = run::modelAt(*this, noHandover, "master_service_ms");
  const double guessUs = run::paramsWith(params(), saturated).num("lock_handoff_us");
  return {
      {"crossover",
       "With a master of " + set(none, "master_ms") + " ms and workers of " + set(none, "worker_ms") +
           " ms, how many workers does it take before the workers stop being the bottleneck?",
       none, "crossover_workers", run::Mode::Model, 0.05,
       "The workers can finish c/S_w requests per second, the master 1/S_m. "
       "They match at c* = S_w/S_m = " +
           at(none, "crossover_workers") +
           " workers: below it the workers bind, above it the master does. "
           "At c* both saturate together, which is why the defaults use " +
           set(none, "workers") + "."},
      {"master_knee",
       "Keep the defaults and raise the arrival rate to " + set(knee, "arrival_rate") +
           "/s. Predict the mean time a request waits in the master's queue, in ms (not counting its service).",
       knee, "master_wait_ms", run::Mode::Model, 0.03,
       "ρ at the master is " + at(knee, "master_util") + ", so its wait is ρ/(μ−λ) = " +
           at(knee, "master_wait_ms") + " ms: the knee of the curve. With its " +
           at(knee, "master_service_ms") + " ms of service a request spends " +
           run::threeFigures(run::modelAt(*this, knee, "master_wait_ms") +
                             run::modelAt(*this, knee, "master_service_ms")) +
           " ms at the master; the question asked for the wait alone. "
           "The workers, at " +
           at(knee, "worker_util") + ", still have room."},
      {"design_wins",
       "A master or a lock? Take a serialized step of " + set(contended, "master_ms") + " ms and " +
           set(contended, "workers") + " workers of " + set(contended, "worker_ms") +
           " ms, exponential. The master hands each request to a sleeping worker in " +
           set(contended, "handoff_us") + " µs; the lock costs " + set(contended, "lock_handoff_us") +
           " µs when it changes core. Up to which arrival rate (requests/s) does the locked design give the "
           "shorter mean sojourn? (The design_compare chart shows both designs at one load.)",
       contended, "design_crossover_rate", run::Mode::Model, 0.1,
       "At light load the lock is free when a worker asks, and changes core only when the other worker held it "
       "last: the step takes " +
           at(atRate(contended, "locked", tie / 4), "master_service_ms") + " ms on average against " +
           at(atRate(contended, "amp", tie / 4), "master_service_ms") +
           " ms at the master, whose hand-off is paid on every request. Under load the lock passes from one "
           "waiting worker to the other every time, the full transfer, and a worker waiting for it takes no "
           "new request. The mean sojourn times cross at " +
           run::threeFigures(tie) + " requests/s: at " + run::threeFigures(tie / 2) + "/s the lock gives " +
           at(atRate(contended, "locked", tie / 2), "sojourn_ms") + " ms against " +
           at(atRate(contended, "amp", tie / 2), "sojourn_ms") + " ms, at " + run::threeFigures(tie * 2) +
           "/s " + at(atRate(contended, "locked", tie * 2), "sojourn_ms") + " ms against " +
           at(atRate(contended, "amp", tie * 2), "sojourn_ms") +
           " ms. A simulation at either load agrees; the model folds the constant transfer into an exponential "
           "phase of the same mean."},
      {"variability",
       "Make the master's service lognormal (coefficient of variation 2, same " + set(none, "master_ms") +
           " ms mean) at the defaults. Predict the master's mean queue wait in ms; a simulation grades it.",
       lognormal, "master_wait_ms", run::Mode::Sim, 0.2,
       "Pollaczek–Khinchine: the wait scales with (1 + c_s²)/2, which is " + at(lognormal, "pk_factor") +
           " for c_s = 2 against " + at(none, "pk_factor") + " for exponential and " +
           at(constant, "pk_factor") + " for constant service. So " + at(none, "master_wait_ms") +
           " ms becomes " + at(lognormal, "master_wait_ms") +
           " ms at the same load: variability alone, nothing else changed."},
      {"real_lock_ceiling",
       "Switch to the locked design: " + set(saturated, "workers") +
           " workers, each doing a serialized step of exactly " + set(saturated, "master_ms") +
           " ms under one shared lock and then " + set(saturated, "worker_ms") +
           " ms of its own work. Offer " + set(saturated, "arrival_rate") +
           " requests/s, more than the lock can pass. Run it once on the real engine and read the lock "
           "hand-over h it reports (lock_handoff_ns, among the run's facts): the time from one worker's "
           "unlock to the waiting worker's lock. Predict the throughput in requests/s; a second real run grades it.",
       saturated, "throughput", run::Mode::Real, 0.15,
       "With no hand-over the lock would pass 1/S = " + at(noHandover, "throughput") +
           " requests/s. But each time it goes from one worker to the other it stands idle for h while "
           "the waiter wakes up, and saturated, with two workers, it changes hands on every step: the ceiling is "
           "1/(S + h). At the model's guess of h = " +
           run::threeFigures(guessUs) + " µs that is " +
           run::threeFigures(1000.0 / (stepMs + guessUs / 1000.0)) +
           " requests/s; your run's h decides. A waiter sleeps in the kernel, and waking it takes a few µs on an idle "
           "machine and far more on a busy virtual one, so h is the host's as much as the lock's (the tolerance "
           "widens on a VM). The model charges h only when the lock changes core, (c−1)/c of the time if any worker "
           "were equally likely to be next: " +
           at(saturated, "throughput") +
           " requests/s here; saturated, it changes core every time. "
           "Run the amp design at the same load: its master pays its own hand-off instead (the handoff_ms row), "
           "a push into a ring that a polling worker takes, usually far cheaper than waking a sleeping thread."},
  };
}

namespace {
bool perWorker(const run::Params& p) { return p.text("worker_queue") != "shared"; }
}  // namespace

run::Topology FoundationsLab::topology(const run::Params& p) const {
  run::Topology g;
  const int workers = p.has("workers") ? p.integer("workers") : 6;
  if (p.has("design") && p.text("design") == "locked") {
    // No master: workers take requests and serialize on one lock among themselves.
    auto src = boost::add_vertex({"arrivals", run::StationRole::Source, 1, 0, 0.05, 0.5, false}, g);
    auto lock = boost::add_vertex({"lock", run::StationRole::Queue, 1, 0, 0.55, 0.12, true}, g);
    auto workersV = boost::add_vertex({"workers", run::StationRole::Queue, workers, 0, 0.45, 0.75, false}, g);
    auto sink = boost::add_vertex({"done", run::StationRole::Sink, 1, 0, 0.95, 0.75, false}, g);
    boost::add_edge(src, workersV, {"Poisson λ", 1.0}, g);
    boost::add_edge(workersV, lock, {"serialized step", 1.0}, g);
    boost::add_edge(workersV, sink, {"", 1.0}, g);
    return g;
  }
  auto src = boost::add_vertex({"arrivals", run::StationRole::Source, 1, 0, 0.05, 0.5, false}, g);
  auto master = boost::add_vertex({"master", run::StationRole::Queue, 1, 0, 0.35, 0.5, true}, g);
  auto workersV = boost::add_vertex({"workers", run::StationRole::Queue, workers, 0, 0.7, 0.5, false}, g);
  auto sink = boost::add_vertex({"done", run::StationRole::Sink, 1, 0, 0.95, 0.5, false}, g);
  boost::add_edge(src, master, {"Poisson λ", 1.0}, g);
  boost::add_edge(master, workersV, {p.has("worker_queue") ? p.text("worker_queue") : "shared", 1.0}, g);
  boost::add_edge(workersV, sink, {"", 1.0}, g);
  return g;
}

std::int64_t FoundationsLab::simulate(const run::Params& p, const run::SimControl& ctl,
                                      observe::Recorder& rec) const {
  const double lambda = p.num("arrival_rate");
  const int c = p.integer("workers");
  sim::Simulator sim(rec);
  sim::JobPool pool;
  sim::Sink sink(sim, pool, kSink);
  auto size2Of = [](sim::Job& j, sim::Rng&) { return j.size2; };
  const sim::Distribution masterDraw = sim::serviceDist(p.text("master_dist"), p.num("master_ms") / 1000.0);
  const sim::Distribution workerDraw = sim::serviceDist(p.text("worker_dist"), p.num("worker_ms") / 1000.0);
  if (p.text("design") == "locked") {
    // A job's own part is job.size, its serialized step job.size2 (LockedServers' convention).
    sim::LockedServers::Config cfg;
    cfg.servers = c;
    cfg.lockHandoffS = p.num("lock_handoff_us") * 1e-6;
    cfg.seed = ctl.seed;
    cfg.lockStation = kMaster;
    cfg.serversStation = kWorkers;
    sim::LockedServers locked(sim, pool, cfg, &sink);
    sim::StreamSource source(
        sim, pool, kSource,
        sim::ArrivalStream(ctl.seed, sim::ArrivalStream::Process::Poisson, lambda, {workerDraw, masterDraw}),
        &locked);
    source.start();
    return sim.run(ctl);
  }
  // Sizes are drawn per arrival from the shared schedule, in seconds (twin runs replay it).
  sim::ArrivalStream stream(ctl.seed, sim::ArrivalStream::Process::Poisson, lambda, {masterDraw, workerDraw});
  // The master's hand-off to a worker occupies the master: it adds to every request's step.
  const double handoffS = p.num("handoff_us") * 1e-6;
  auto stepOf = [handoffS](sim::Job& j, sim::Rng&) { return j.size + handoffS; };

  // Worker side: one shared c-server station, or c single-server stations behind a router.
  std::vector<std::unique_ptr<sim::Station>> workers;
  std::unique_ptr<sim::Router> router;
  sim::Block* workerEntry = nullptr;
  const sim::Distribution unused = sim::Distribution::det(0.0);
  if (!perWorker(p)) {
    workers.push_back(
        std::make_unique<sim::Station>(sim, pool, kWorkers, c, 0, unused, sim::Rng(ctl.seed, 11), &sink));
    workerEntry = workers.back().get();
  } else {
    std::vector<sim::Station*> targets;
    for (int i = 0; i < c; ++i) {
      workers.push_back(std::make_unique<sim::Station>(sim, pool, kWorkers, 1, 0, unused,
                                                       sim::Rng(ctl.seed, 11 + i), &sink));
      workers.back()->setCoreBase(i);
      targets.push_back(workers.back().get());
    }
    const auto policy = p.text("worker_queue") == "per_worker_rr" ? sim::Router::Policy::RoundRobin
                                                                  : sim::Router::Policy::JoinShortestQueue;
    router = std::make_unique<sim::Router>(policy, targets, sim::Rng(ctl.seed, 9), pool);
    workerEntry = router.get();
  }
  for (auto& w : workers) {
    w->setServiceFn(size2Of);
    w->setQueueCap(ctl.queueCap);
  }
  sim::Station master(sim, pool, kMaster, 1, 0, unused, sim::Rng(ctl.seed, 10), workerEntry);
  master.setServiceFn(stepOf);
  master.setQueueCap(ctl.queueCap);
  sim::StreamSource source(sim, pool, kSource, std::move(stream), &master);
  source.start();
  return sim.run(ctl);
}

run::RealOutcome FoundationsLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                         observe::Recorder& rec) const {
  return foundations::runReal(p, ctl, rec);
}

double FoundationsLab::suggestedHorizonS(const run::Params& p) const {
  const double lambda = p.num("arrival_rate");
  const double rho = std::min(0.99, std::max(lambda * p.num("master_ms") / 1000.0,
                                             lambda * p.num("worker_ms") / 1000.0 / p.integer("workers")));
  // Relaxation time grows like 1/(1−ρ)²: scale the number of requests per replication with it.
  const double jobs = std::clamp(400.0 / ((1 - rho) * (1 - rho)), 20000.0, 2.0e6);
  return jobs / lambda;
}

std::optional<run::TimeScale> FoundationsLab::timeScale() const {
  // Services of a tenth of a second make a real run of seconds see a few dozen requests. At ρ = 0.8
  // the mean sojourn needs some 10⁵ requests for a 5% CI: at 1:200 that is about 30 s of real
  // time, and a master service of 0.5 ms is still long beside a polled hand-off of a few µs.
  return run::TimeScale{200, {"master_ms", "worker_ms"}, {"arrival_rate"}};
}

std::optional<run::HostFit> FoundationsLab::hostFit() const {
  // Fewer workers, each one's time scaled to keep every utilization; the master needs a core of its own.
  return run::HostFit{"workers", 1, {"worker_ms"}};
}

std::optional<run::HostFit> FoundationsLab::hostFitFor(const run::Params& p) const {
  std::optional<run::HostFit> fit = hostFit();
  // Locked: no master seat, every busy seat is a worker.
  if (p.has("design") && p.text("design") == "locked") fit->otherBusySeats = 0;
  return fit;
}

bool FoundationsLab::measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const {
  // What each parameter stands for in a real run's measurements: the service times, and the
  // overhead the design pays per serialized step (the master's push to a worker, or the lock's
  // hand-over between cores), each a fact only its own design reports.
  return run::measuredParams(p, r,
                             {{"master_ms", "master_service_ms"},
                              {"worker_ms", "worker_service_ms"},
                              {"handoff_us", "fact:master_handoff_ns", 1e-3},
                              {"lock_handoff_us", "fact:lock_handoff_ns", 1e-3}},
                             out);
}

std::string FoundationsLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  if (mode == run::Mode::Real) {
    if (p.text("design") == "locked")
      return run::phrase(
          "a real std::mutex is not FIFO and hands over through the kernel: while a waiter wakes, the lock stands idle, "
          "so the ceiling is 1/(S + lock hand-over), and the hand-over depends on who held the lock last");
    return run::phrase(
        "real threads pay a hand-off per request and OS scheduling noise; the ceiling is 1/(S_master + hand-off), not 1/S_master");
  }
  const double rho = p.num("arrival_rate") * p.num("master_ms") / 1000.0;
  if (rho > 0.9)
    return run::phrase(
        "near saturation the run needs many more requests to settle (warm-up and long correlations)");
  return run::phrase("a 95% CI misses the true value 1 time in 20; rerun with another seed or longer");
}

}  // namespace amp::labs
