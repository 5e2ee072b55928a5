// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "amp/run/lab.h"

namespace amp::labs {

/// Lab 5: one job of `tasks` tasks. The master dispatches them one after the other (schedule_ms
/// each), the earliest free worker maps each one, and after the last one the master reduces
/// (reduce_ms_per_task per task). One makespan per replication (a transient run).
/// Stations: 0 job, 1 master, 2 workers (core = worker), 3 done.
class MapReduceLab final : public run::Lab {
 public:
  enum Station : std::uint16_t { kSource = 0, kMaster = 1, kWorkers = 2, kSink = 3 };
  static constexpr const char* kTimeline = "timeline";
  static constexpr int kMaxTasks = 1024, kMaxWorkers = 64;

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::vector<run::MetricSpec> metrics() const override;
  std::string keyMetric() const override { return "makespan_s"; }
  std::vector<run::ChartSpec> charts() const override;
  std::vector<run::OutputSpec> outputs() const override;
  std::vector<run::ModelValueSpec> modelValues() const override;
  std::vector<run::Exercise> exercises() const override;
  std::vector<run::PanelSpec> panels() const override;
  run::RunKind runKind() const override { return run::RunKind::Transient; }
  run::Topology topology(const run::Params& p) const override;
  run::ModelResult model(const run::Params& p) const override;
  std::int64_t simulate(const run::Params& p, const run::SimControl& ctl,
                        observe::Recorder& rec) const override;
  double suggestedHorizonS(const run::Params& p) const override;
  std::string likelyDeviation(const run::Params& p, run::Mode mode) const override;
  bool measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const override;
  std::optional<run::HostFit> hostFit() const override;
  bool hasReal() const override { return true; }
  real::ServiceClock defaultServiceClock() const override { return real::ServiceClock::Time; }
  run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl,
                           observe::Recorder& rec) const override;
};

namespace mapreduce {

/// The deterministic job (every task d = work/r): each task's start and finish on its worker [s],
/// in dispatch order, and the makespan (the last finish plus the master's reduce).
struct Schedule {
  std::vector<double> start, finish;
  double lastFinish = 0.0, makespan = 0.0;
};
/// Task i leaves the master at (i+1)·τ and starts on the earliest free worker: with equal tasks
/// that is the worker of task i − p, so start_i = max((i+1)·τ, finish_{i−p}).
Schedule deterministicSchedule(double workS, int tasks, int workers, double scheduleS, double reduceS);
/// The expected maximum of m independent standard normals (Blom's approximation; 0 for m = 1).
double expectedMaxNormal(int m);

/// A real word count: the words of `text` and how often each occurs.
using Counts = std::vector<std::pair<std::string, std::uint64_t>>;
/// Counts the words of `text` (runs of bytes other than space and newline), sorted by word.
Counts countWords(const std::string& text);

/// A corpus of about `bytes` bytes: words of a seeded vocabulary, drawn with Zipf popularity,
/// separated by spaces and newlines. The same seed gives the same text.
std::string zipfCorpus(std::uint64_t seed, std::size_t bytes);

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec);

}  // namespace mapreduce

}  // namespace amp::labs
