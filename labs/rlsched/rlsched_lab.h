// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>

#include "amp/run/lab.h"
#include "rlsched/rlsched_agent.h"

namespace amp::labs {

/// Lab 7: a learning master on fast and slow clusters. Tasks (small or large) arrive at the
/// master, which picks a cluster for each from what it observes (the task's size class and both
/// clusters' queue lengths) and learns from each task's response time (a tabular contextual
/// bandit, rlsched::Agent). Stations: 0 tasks, 1 the master (decides, no queue), 2 the fast
/// cluster, 3 the slow cluster, 4 done.
class RlschedLab final : public run::Lab {
 public:
  enum Station : std::uint16_t { kSource = 0, kMaster = 1, kFastStation = 2, kSlowStation = 3, kSink = 4 };
  /// The lab's own outputs.
  static constexpr const char* kLearningCurve = "latency_curve";  ///< mean latency per time window
  static constexpr const char* kRegretCurve = "regret_curve";     ///< regret per task so far
  static constexpr const char* kQGap = "q_gap";                   ///< Q(slow) − Q(fast) per state
  static constexpr const char* kQTable = "q_table";
  static constexpr const char* kRegretSum = "regret_sum_ms";
  static constexpr const char* kOverheadSum = "overhead_sum_ms";
  static constexpr const char* kPaired = "paired_tasks";
  static constexpr const char* kOverheadPaired = "overhead_paired_tasks";
  static constexpr const char* kToFast = "to_fast";
  static constexpr const char* kDecided = "decided";

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::vector<run::MetricSpec> metrics() const override;
  std::string keyMetric() const override { return "latency_ms"; }
  std::vector<run::ChartSpec> charts() const override;
  std::vector<std::string> classes() const override { return {"small", "large"}; }
  std::vector<run::ModelValueSpec> modelValues() const override;
  std::vector<run::OutputSpec> outputs() const override;
  std::vector<run::PanelSpec> panels() const override { return {run::flowPanel()}; }
  std::vector<run::Exercise> exercises() const override;
  run::Topology topology(const run::Params& p) const override;
  run::ModelResult model(const run::Params& p) const override;
  std::int64_t simulate(const run::Params& p, const run::SimControl& ctl,
                        observe::Recorder& rec) const override;
  double suggestedHorizonS(const run::Params& p) const override;
  bool hasReal() const override { return true; }
  /// Two pools of pinned worker threads (the slow one emulated by slow_factor unless the host has
  /// real little cores); the master thread runs the same Dispatcher as the simulation.
  run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl,
                           observe::Recorder& rec) const override;
  void deriveOutputs(const run::Params& p, const observe::Aggregator& agg, run::Mode mode,
                     observe::LabOutputs& out) const override;
  std::string likelyDeviation(const run::Params& p, run::Mode mode) const override;
};

namespace rlsched {
/// The faces with the master's decision log (tests compare the two faces' agents with it).
std::int64_t simulate(const run::Params& p, const run::SimControl& ctl, observe::Recorder& rec,
                      DecisionLog* log);
run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec,
                         DecisionLog* log);
/// The agent's table as the lab reports it: a q_table row and a q_gap point per state.
void reportAgent(const Agent& agent, observe::LabOutputs& out);
}  // namespace rlsched

}  // namespace amp::labs
