// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "amp/run/lab.h"

namespace amp::labs {

/// Lab 11: untrusted code only on small cores. N tasks, a fraction u of them untrusted, each runs
/// `quanta` scheduling quanta on n cores of which k are privileged. An untrusted quantum on a
/// privileged core lets an exploit succeed with probability v (a risk the lab draws, it does not
/// exploit anything); a residual risk q per untrusted task remains wherever it runs. `symmetric`
/// lets every quantum land on any core; `amp` keeps untrusted tasks in the pool of small cores.
/// The model is exact under its assumption (each quantum lands uniformly on a core), the
/// simulation is a Monte Carlo of the same draws, and the real face runs the untrusted tasks as
/// sandboxed processes (affinity mask, seccomp filter, CPU budget) and counts where they ran.
/// Stations: 0 tasks, 1 privileged cores, 2 small cores (the untrusted pool in `amp`).
class ContainmentLab final : public run::Lab {
 public:
  enum Station : std::uint16_t { kTasks = 0, kPrivileged = 1, kSmall = 2 };
  static constexpr int kMaxCores = 64, kMaxTasks = 200, kMaxQuanta = 200;
  /// One quantum: of simulated time, and of a real task's own CPU time [ms].
  static constexpr double kQuantumMs = 1.0;
  static constexpr const char* kQuantaPerCore = "quanta_per_core";

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::string paramsProblem(const run::Params& p) const override;
  std::vector<run::MetricSpec> metrics() const override;
  std::string keyMetric() const override { return "p_escalation"; }
  std::vector<run::ChartSpec> charts() const override;
  std::vector<run::OutputSpec> outputs() const override;
  std::vector<run::ModelValueSpec> modelValues() const override;
  std::vector<run::Exercise> exercises() const override;
  run::RunKind runKind() const override { return run::RunKind::Transient; }
  run::Topology topology(const run::Params& p) const override;
  run::ModelResult model(const run::Params& p) const override;
  std::int64_t simulate(const run::Params& p, const run::SimControl& ctl,
                        observe::Recorder& rec) const override;
  double suggestedHorizonS(const run::Params& p) const override;
  std::string likelyDeviation(const run::Params& p, run::Mode mode) const override;
  bool measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const override;
  bool hasReal() const override { return true; }
  real::ServiceClock defaultServiceClock() const override { return real::ServiceClock::Work; }
  run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl,
                           observe::Recorder& rec) const override;
};

namespace containment {

/// The parameters as the model and both engines read them.
struct Setup {
  int cores = 4, privileged = 1, tasks = 20, quanta = 20;
  double untrusted = 0.25, exploit = 0.01, residual = 0.001;
  bool amp = true;
  /// Quanta a task runs before the master kills it for its CPU budget (= quanta when it fits).
  int runQuanta = 20;
  bool overBudget = false;  ///< quanta·quantum > cpu_budget_ms: every untrusted task is killed
};
Setup setupOf(const run::Params& p);
/// "" when the cores leave room for an untrusted pool, else the message naming privileged_cores.
std::string poolProblem(const run::Params& p);
/// Chance that one untrusted task escalates when each quantum lands on a privileged core with
/// probability `share` (its cores drawn independently).
double taskRisk(const Setup& s, double share);
/// The bracket: the task stays on the one core it was first given.
double taskRiskStaying(const Setup& s, double share);
/// At least one of N tasks, each untrusted with probability u, escalates.
double anyOf(const Setup& s, double taskRisk);

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec);

}  // namespace containment

}  // namespace amp::labs
