// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Lab-level simulator speed, with every statistic on as a run has it: foundations at 16 workers and
// ρ = 0.9, steering at 8 workers with 256 hashed flows. Each reports records per second and
// simulated seconds per wall second; BM_Lab_MM1 (foundations with one worker and no hand-off, the
// smallest lab system) is the baseline in the same run. BM_Sweep_Jobs runs a 16-point sweep with
// 1 and 2 threads: the ratio of the two times is what spreading the points over cores buys.
#include <benchmark/benchmark.h>

#include <boost/range/iterator_range.hpp>

#include "amp/labs/registry.h"
#include "amp/observe/aggregator.h"
#include "amp/run/lab.h"
#include "amp/run/sweep.h"

namespace {

using namespace amp;

/// Counts the records of the observation stream: a lab's unit of simulator work (every arrival,
/// queueing, start, finish and departure is one).
struct RecordCount final : observe::ObservationSink {
  void observe(const observe::Observation&) override { ++records; }
  std::int64_t records = 0;
};

/// One replication of `lab` at `params`, `horizonS` simulated seconds, through the aggregator a run
/// uses; the number of observation records.
std::int64_t simulateOnce(const run::Lab& lab, const run::Params& params, double horizonS,
                          std::uint64_t seed) {
  std::vector<int> servers;
  const run::Topology topo = lab.topology(params);
  for (auto v : boost::make_iterator_range(boost::vertices(topo)))
    servers.push_back(std::max(1, topo[v].servers));
  observe::Aggregator agg(servers, 0, horizonS / 400.0);
  agg.setClasses(lab.classes().size());
  RecordCount count;
  observe::Recorder rec(&agg, &count);
  run::SimControl ctl;
  ctl.seed = seed;
  ctl.horizonS = horizonS;
  lab.simulate(params, ctl, rec);
  return count.records;
}

void runLab(benchmark::State& state, const char* id, const std::vector<std::pair<const char*, double>>& set,
            const std::vector<std::pair<const char*, const char*>>& setText, double horizonS) {
  const run::Lab& lab = *labs::findLab(id);
  run::Params p = run::defaults(lab.params());
  for (const auto& [k, v] : set) p.set(k, v);
  for (const auto& [k, v] : setText) p.setText(k, v);
  std::int64_t events = 0;
  std::uint64_t seed = 1;
  for (auto _ : state) events += simulateOnce(lab, p, horizonS, seed++);
  state.SetItemsProcessed(events);
  state.counters["sim_s_per_wall_s"] =
      benchmark::Counter(horizonS * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_Lab_MM1(benchmark::State& state) {
  // ρ = 0.9 at the master, one fast worker: the least a lab's stream and statistics cost.
  runLab(state, "foundations",
         {{"workers", 1}, {"arrival_rate", 9}, {"worker_ms", 1}, {"handoff_us", 0}, {"master_ms", 100}},
         {{"master_dist", "exp"}, {"worker_dist", "exp"}}, 2000.0);
}

void BM_Sim_Foundations16(benchmark::State& state) {
  // 16 workers, ρ = 0.9 at the master and 0.9 at the workers (16 × 160 ms at 9 per second).
  runLab(state, "foundations",
         {{"workers", 16}, {"arrival_rate", 9}, {"master_ms", 100}, {"worker_ms", 1600}}, {}, 2000.0);
}

void BM_Sim_Steering(benchmark::State& state) {
  runLab(state, "steering", {{"workers", 8}, {"flows", 256}}, {{"policy", "rss_hash"}}, 5.0);
}

void BM_Sweep_Jobs(benchmark::State& state) {
  const run::Lab& lab = *labs::findLab("foundations");
  run::SweepSpec s;
  s.base.lab = "foundations";
  s.base.params = run::defaults(lab.params());
  s.base.duration = 2000;
  s.base.reps = 2;
  s.base.jobs = 1;  // the points are spread, not each point's replications
  s.key = "workers";
  s.from = 5;
  s.to = 20;
  s.steps = 16;
  s.jobs = static_cast<int>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(run::runSweep(lab, s).size());
}

}  // namespace

BENCHMARK(BM_Lab_MM1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Sim_Foundations16)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Sim_Steering)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Sweep_Jobs)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
