// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "foundations/foundations_lab.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include "amp/model/queueing.h"
#include "amp/sim/blocks.h"
#include "amp/sim/stream_source.h"
#include "foundations/foundations_real.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

run::LabInfo FoundationsLab::info() const {
  return {"foundations", "Master and workers", "OS functions",
          "Where is the bottleneck of a master/worker system, and what does it cost to wait for it?",
          "Push arrival_rate towards 1/master_ms: the master's wait explodes while the workers idle. "
          "Adding workers past the master's ceiling buys nothing."};
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
      run::integerParam("workers", "Workers", "", 1, 64, 4).withHelp("Worker cores."),
      run::choiceParam("worker_queue", "Worker queue", {"shared", "per_worker_rr", "per_worker_jsq"},
                       "shared")
          .withHelp(
              "shared: one FIFO queue for all workers; per_worker_rr: one queue per worker, filled round robin; per_worker_jsq: one queue per worker, the master picks the shortest."),
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
      run::chartSpec("util", "Utilization per station", run::ChartKind::BarsPerStation,
                     {"master_util", "worker_util"})
          .withAxes("", "utilization"),
  };
}

std::vector<run::Exercise> FoundationsLab::exercises() const {
  return {
      {"baseline",
       "At the defaults (8 requests/s, master 100 ms, 4 workers of 400 ms, exponential times), predict the mean sojourn time in ms.",
       {},
       "sojourn_ms",
       run::Mode::Model,
       0.15,
       "Both stations run at 80% utilization. "
       "The master alone, an M/M/1 queue, costs 1/(μ−λ) = 500 ms; the workers add their wait (Erlang C) and their 400 ms of service."},
      {"more_workers",
       "Double the workers to 8. Predict the mean sojourn time in ms: does it halve?",
       {{"workers", "8"}},
       "sojourn_ms",
       run::Mode::Model,
       0.15,
       "It does not halve: the master's 500 ms stays, and the 400 ms of worker service per request stays. "
       "Only the workers' queueing disappears. "
       "The serialized part is the floor."},
      {"master_knee",
       "Keep 4 workers and raise the arrival rate to 9.5/s. Predict the mean master queue wait in ms.",
       {{"arrival_rate", "9.5"}},
       "master_wait_ms",
       run::Mode::Model,
       0.2,
       "ρ at the master is 0.95, so its wait is ρ/(μ−λ) = 0.95/(10−9.5) s = 1900 ms: the knee of the curve. "
       "The workers are at 95% too; whichever station is slower binds."},
  };
}

namespace {
bool perWorker(const run::Params& p) { return p.text("worker_queue") != "shared"; }
}  // namespace

run::Topology FoundationsLab::topology(const run::Params& p) const {
  run::Topology g;
  const int workers = p.has("workers") ? p.integer("workers") : 4;
  auto src = boost::add_vertex({"arrivals", run::StationRole::Source, 1, 0, 0.05, 0.5, false}, g);
  auto master = boost::add_vertex({"master", run::StationRole::Queue, 1, 0, 0.35, 0.5, true}, g);
  auto workersV = boost::add_vertex({"workers", run::StationRole::Queue, workers, 0, 0.7, 0.5, false}, g);
  auto sink = boost::add_vertex({"done", run::StationRole::Sink, 1, 0, 0.95, 0.5, false}, g);
  boost::add_edge(src, master, {"Poisson λ", 1.0}, g);
  boost::add_edge(master, workersV, {p.has("worker_queue") ? p.text("worker_queue") : "shared", 1.0}, g);
  boost::add_edge(workersV, sink, {"", 1.0}, g);
  return g;
}

run::ModelResult FoundationsLab::model(const run::Params& p) const {
  run::ModelResult r;
  const double lambda = p.num("arrival_rate");
  const double sm = p.num("master_ms") / 1000.0;
  const double sw = p.num("worker_ms") / 1000.0;
  const int c = p.integer("workers");
  const double csM = sim::serviceDist(p.text("master_dist"), 1.0).scv();
  const double csW = sim::serviceDist(p.text("worker_dist"), 1.0).scv();
  const std::string queue = p.text("worker_queue");

  const double rhoM = lambda * sm;
  const double rhoW = lambda * sw / c;
  r.bottleneck = rhoM >= rhoW ? "master" : "workers";
  r.values["master_util"] = std::min(1.0, rhoM);
  r.values["worker_util"] = std::min(1.0, rhoW);
  r.values["master_service_ms"] = sm * 1000.0;
  r.values["worker_service_ms"] = sw * 1000.0;
  const double bound = std::min(1.0 / sm, c / sw);
  r.values["throughput"] = std::min(lambda, bound);
  r.exact["master_util"] = r.exact["worker_util"] = r.exact["throughput"] = true;
  r.exact["master_service_ms"] = r.exact["worker_service_ms"] = true;
  r.notes.push_back("throughput bound X ≤ min(1/S_master, c/S_worker) = min(" + run::formatNumber(1.0 / sm) +
                    ", " + run::formatNumber(c / sw) + ") /s: the " + r.bottleneck + " bind" +
                    (r.bottleneck == "master" ? "s" : ""));
  if (rhoM >= 1.0 || rhoW >= 1.0) {
    r.stable = false;
    r.formula = "ρ_master = λ·S_m = " + run::formatNumber(rhoM) +
                ", ρ_workers = λ·S_w/c = " + run::formatNumber(rhoW) +
                ": a utilization ≥ 1 means the queue grows without bound; no mean sojourn exists.";
    return r;
  }

  // Master: M/G/1 by Pollaczek–Khinchine (exact for any service distribution with Poisson input).
  const model::QueueMetrics master = model::mg1(lambda, sm, csM);
  // Workers: exact only when their input is Poisson (exp master, Burke) and the queue is shared
  // with exp services (M/M/c). Otherwise Allen–Cunneen on top of Erlang C, with the master's
  // departure SCV (Marshall: 1 + ρ²(cs² − 1)) as arrival SCV.
  const model::QueueMetrics mmc = model::mmc(lambda, 1.0 / sw, c);
  const double caW = 1.0 + rhoM * rhoM * (csM - 1.0);
  double workerWait = mmc.wq;
  bool workersExact = false;
  if (queue == "shared") {
    workersExact = csM == 1.0 && csW == 1.0;
    workerWait = mmc.wq * (caW + csW) / 2.0;
    r.approximation = workersExact ? "" : "workers: Allen–Cunneen GI/G/c (Erlang C × (c_a² + c_s²)/2)";
  } else if (queue == "per_worker_rr") {
    // Each worker sees every c-th request: inter-arrivals are Erlang-c-like, SCV ≈ c_a²/c.
    workerWait = model::kingman(lambda / c, sw, caW / c, csW).wq;
    workersExact = c == 1 && csM == 1.0 && csW == 1.0;
    r.approximation = "workers: Kingman G/G/1 per worker with round-robin arrivals (SCV c_a²/c)";
  } else {
    // JSQ behaves close to a shared queue; the shared M/M/c is its optimistic limit.
    workerWait = mmc.wq * (caW + csW) / 2.0;
    workersExact = c == 1 && csM == 1.0 && csW == 1.0;
    r.approximation =
        "workers: join-the-shortest-queue ≈ shared queue (Erlang C, Allen–Cunneen); slightly optimistic";
  }
  r.values["master_wait_ms"] = master.wq * 1000.0;
  r.values["worker_wait_ms"] = workerWait * 1000.0;
  r.values["sojourn_ms"] = (master.w + workerWait + sw) * 1000.0;
  r.exact["master_wait_ms"] = true;
  r.exact["worker_wait_ms"] = workersExact;
  r.exact["sojourn_ms"] = workersExact;
  r.formula =
      "E[T] = W_master + W_q,workers + S_w\n"
      "W_master = λ·E[S_m²] / (2(1−ρ_m)) + S_m   (Pollaczek–Khinchine; E[S²] = (1+c_s²)·S²)\n"
      "W_q,workers = C(c, λ·S_w) · S_w / (c(1−ρ_w))   (Erlang C, M/M/c)\n"
      "ρ_m = λ·S_m,  ρ_w = λ·S_w / c,  X ≤ min(1/S_m, c/S_w)\n"
      "λ arrival rate, S_m master service, S_w worker service, c workers, c_s² squared coefficient of variation";
  return r;
}

std::int64_t FoundationsLab::simulate(const run::Params& p, const run::SimControl& ctl,
                                      observe::Recorder& rec) const {
  const double lambda = p.num("arrival_rate");
  const int c = p.integer("workers");
  sim::Simulator sim(rec);
  sim::JobPool pool;
  sim::Sink sink(sim, pool, kSink);
  auto sizeOf = [](sim::Job& j, sim::Rng&) { return j.size; };
  auto size2Of = [](sim::Job& j, sim::Rng&) { return j.size2; };

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
  master.setServiceFn(sizeOf);
  master.setQueueCap(ctl.queueCap);

  // Sizes are drawn per arrival from the shared schedule, in seconds (twin runs replay it).
  sim::ArrivalStream stream(ctl.seed, sim::ArrivalStream::Process::Poisson, lambda,
                            {sim::serviceDist(p.text("master_dist"), p.num("master_ms") / 1000.0),
                             sim::serviceDist(p.text("worker_dist"), p.num("worker_ms") / 1000.0)});
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

std::optional<run::HostFit> FoundationsLab::hostFit() const {
  // Fewer workers, each one's time scaled to keep every utilization; the master needs a core of its own.
  return run::HostFit{"workers", 1, {"worker_ms"}};
}

bool FoundationsLab::measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const {
  // What each service parameter stands for in a real run's measurements.
  return run::measuredParams(p, r, {{"master_ms", "master_service_ms"}, {"worker_ms", "worker_service_ms"}},
                             out);
}

std::string FoundationsLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  if (mode == run::Mode::Real) {
    return "real threads pay a hand-off per request and OS scheduling noise; the ceiling is 1/(S_master + hand-off), not 1/S_master";
  }
  const double rho = p.num("arrival_rate") * p.num("master_ms") / 1000.0;
  if (rho > 0.9)
    return "near saturation the run needs many more requests to settle (warm-up and long correlations)";
  return "a 95% CI misses the true value 1 time in 20; rerun with another seed or longer";
}

}  // namespace amp::labs
