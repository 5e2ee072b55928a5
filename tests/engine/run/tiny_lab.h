// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
// A lab small enough to check the runner against by hand: one queue with `servers` servers,
// Poisson arrivals and a chosen service distribution (M/M/1 at the defaults). The runner's suites
// use it instead of the registered labs, so a change in a lab never moves these tests.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "amp/model/queueing.h"
#include "amp/run/lab.h"
#include "amp/sim/blocks.h"

namespace amp::tiny {

inline constexpr std::uint16_t kSource = 0, kServer = 1, kSink = 2;
inline constexpr double kMs = 1e-6;  // stream durations are ns
/// What the lab's likelyDeviation() says, so the verdict's reason can be recognised.
inline const std::string kDeviationSim = "tiny lab: a 95% CI misses the true value 1 time in 20";
inline const std::string kDeviationReal = "tiny lab: the real engine adds its own costs";
inline const std::string kApproximation = "Allen–Cunneen for M/G/c";

class TinyLab : public run::Lab {
 public:
  run::LabInfo info() const override {
    return {"tiny", "Tiny queue", "OS functions", "How long does a request wait in one queue?", ""};
  }
  std::vector<run::ParamSpec> params() const override {
    return {
        run::realParam("arrival_rate", "Arrival rate", "1/s", 1, 2000, 500),
        run::realParam("service_ms", "Service time", "ms", 0.01, 100, 1),
        run::choiceParam("service_dist", "Service distribution", {"exp", "det", "lognormal"}, "exp"),
        run::integerParam("servers", "Servers", "", 1, 4, 1),
    };
  }
  std::vector<run::MetricSpec> metrics() const override {
    using run::MetricSource;
    return {
        run::metricSpec("sojourn_ms", "Sojourn", "ms", MetricSource::Sojourn).scaledBy(kMs).withPercentiles(),
        run::metricSpec("wait_ms", "Wait", "ms", MetricSource::Wait, kServer).scaledBy(kMs),
        run::metricSpec("service_time_ms", "Service", "ms", MetricSource::Service, kServer).scaledBy(kMs),
        run::metricSpec("util", "Utilization", "", MetricSource::Utilization, kServer),
        run::metricSpec("queue_len", "Queue length", "", MetricSource::QueueLength, kServer),
        run::metricSpec("throughput", "Throughput", "1/s", MetricSource::Throughput),
        run::metricSpec("drop_rate", "Drop rate", "", MetricSource::DropRate),
        run::metricSpec("handoff_ms", "Hand-off", "ms", MetricSource::Handoff, kServer)
            .scaledBy(kMs)
            .realModeOnly(),
        run::metricSpec("in_system", "In system (Little)", "", MetricSource::Custom),
    };
  }
  std::string keyMetric() const override { return "sojourn_ms"; }

  run::Topology topology(const run::Params& p) const override {
    run::Topology g;
    const int c = p.has("servers") ? p.integer("servers") : 1;
    auto src = boost::add_vertex({"arrivals", run::StationRole::Source, 1, 0, 0.1, 0.5, false}, g);
    auto server = boost::add_vertex({"server", run::StationRole::Queue, c, 0, 0.5, 0.5, true}, g);
    auto sink = boost::add_vertex({"done", run::StationRole::Sink, 1, 0, 0.9, 0.5, false}, g);
    boost::add_edge(src, server, {"Poisson λ", 1.0}, g);
    boost::add_edge(server, sink, {"", 1.0}, g);
    return g;
  }

  /// Exact for exponential service (M/M/c) and for one server (Pollaczek–Khinchine); Allen–Cunneen
  /// for other distributions on several servers.
  run::ModelResult model(const run::Params& p) const override {
    run::ModelResult r;
    const double lambda = p.num("arrival_rate");
    const double s = p.num("service_ms") / 1000.0;
    const int c = p.integer("servers");
    const double scv = sim::serviceDist(p.text("service_dist"), 1.0).scv();
    const double rho = lambda * s / c;
    r.bottleneck = "server";
    r.values["service_time_ms"] = s * 1000.0;
    r.values["util"] = std::min(1.0, rho);
    r.values["throughput"] = std::min(lambda, c / s);
    r.values["drop_rate"] = 0.0;
    for (const auto& [key, v] : r.values) r.exact[key] = true;
    if (rho >= 1.0) {
      r.stable = false;
      return r;
    }
    model::QueueMetrics q;
    bool exact = true;
    if (scv == 1.0) {
      q = model::mmc(lambda, 1.0 / s, c);
    } else if (c == 1) {
      q = model::mg1(lambda, s, scv);
    } else {
      q = model::mmc(lambda, 1.0 / s, c);
      q.wq *= (1.0 + scv) / 2.0;
      q.w = q.wq + s;
      q.lq = lambda * q.wq;
      q.l = lambda * q.w;
      exact = false;
      r.approximation = kApproximation;
    }
    r.values["sojourn_ms"] = q.w * 1000.0;
    r.values["wait_ms"] = q.wq * 1000.0;
    r.values["queue_len"] = q.lq;
    r.values["in_system"] = q.l;
    for (const char* key : {"sojourn_ms", "wait_ms", "queue_len", "in_system"}) r.exact[key] = exact;
    return r;
  }

  std::int64_t simulate(const run::Params& p, const run::SimControl& ctl,
                        observe::Recorder& rec) const override {
    sim::Simulator sim(rec);
    sim::JobPool pool;
    sim::Sink sink(sim, pool, kSink);
    sim::Station server(sim, pool, kServer, p.integer("servers"), 0,
                        sim::serviceDist(p.text("service_dist"), p.num("service_ms") / 1000.0),
                        sim::Rng(ctl.seed, 2), &sink);
    server.setQueueCap(ctl.queueCap);
    sim::Source source(sim, pool, kSource, sim::Source::Process::Poisson, p.num("arrival_rate"),
                       sim::Rng(ctl.seed, 1), &server);
    source.start();
    return sim.run(ctl);
  }
  double suggestedHorizonS(const run::Params& p) const override { return 20000.0 / p.num("arrival_rate"); }

  /// Little's law per replication: L = X·T.
  void customMetrics(const run::Params&, const observe::Aggregator& agg, run::Mode,
                     std::map<std::string, double>& out) const override {
    if (agg.sojourn().count() > 0) out["in_system"] = agg.throughput() * agg.sojourn().mean() * 1e-9;
  }
  std::string likelyDeviation(const run::Params&, run::Mode mode) const override {
    return mode == run::Mode::Real ? kDeviationReal : kDeviationSim;
  }
};

/// The same lab with no simulation face.
class TinyLabWithoutSim final : public TinyLab {
 public:
  bool hasSim() const override { return false; }
};

/// A spec for the tiny lab at its defaults (M/M/1 at ρ = 0.5): `reps` replications of
/// `duration` simulated seconds, no warm-up, two threads.
inline run::RunSpec tinySpec(const TinyLab& lab, double duration, int reps, std::uint64_t seed = 1) {
  run::RunSpec spec;
  spec.lab = "tiny";
  spec.mode = run::Mode::Sim;
  spec.params = run::defaults(lab.params());
  spec.seed = seed;
  spec.duration = duration;
  spec.warmup = 0.0;
  spec.reps = reps;
  spec.jobs = 2;
  return spec;
}

}  // namespace amp::tiny
