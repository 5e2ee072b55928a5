// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "amp/observe/lab_outputs.h"
#include "amp/run/lab.h"

namespace amp::labs {

/// Lab 9: little cores with scalar units and one big core with SIMD. Each little runs `tasks`
/// tasks one after the other; a task has a scalar part (1 − f) and a vector part f. Three
/// strategies: keep the task on the little (local), hand the vector part to the big core through
/// a ring (offload), or move the whole thread to the big core (migrate). Every replication runs
/// all three, one after the other, so the three times are measured side by side; `strategy`
/// chooses the one the stream, the flow and the timeline show and whose speedup is reported.
/// A transient run: the mean task time of a fixed batch of tasks is the outcome, well defined
/// for every littles count (with one little nothing queues; with more the big core is shared
/// and the batch includes how the closed loop settles), and equal across replications when every
/// time is deterministic, as it is here.
/// Stations: 0 tasks, 1 littles, 2 "to big" (the hand-off or the migration there), 3 big core,
/// 4 "back" (the way back), 5 done.
class SimdLab final : public run::Lab {
 public:
  enum Station : std::uint16_t { kSource = 0, kLittles = 1, kThere = 2, kBig = 3, kBack = 4, kSink = 5 };
  enum Strategy { kLocal = 0, kOffload = 1, kMigrate = 2 };
  static constexpr const char* kTimeline = "timeline";
  static constexpr int kMaxLittles = 32, kMaxTasks = 20000;
  /// Tasks per little that the timeline shows (the rest repeat the pattern).
  static constexpr int kTimelineTasks = 6;

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::vector<run::MetricSpec> metrics() const override;
  std::string keyMetric() const override { return "speedup"; }
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
  std::optional<run::HostFit> hostFit() const override;
  bool hasReal() const override { return true; }
  /// The real tasks are a fixed amount of computation (arrays sized in calibration), not a
  /// requested time: the work clock is what they are.
  real::ServiceClock defaultServiceClock() const override { return real::ServiceClock::Work; }
  run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl,
                           observe::Recorder& rec) const override;
};

namespace simd {

/// "local", "offload", "migrate" → the strategy (local for anything else).
SimdLab::Strategy strategyOf(const std::string& name);
const char* strategyName(SimdLab::Strategy s);

/// What one pass of one strategy measured, as means over all its tasks [µs].
struct PassTimes {
  double taskUs = 0.0;      ///< a task from its start on the little to its result back there
  double littleUs = 0.0;    ///< the part done on the little (local: all of it)
  double bigUs = 0.0;       ///< the part done on the big core (offload: the vector part; migrate: all)
  double overheadUs = 0.0;  ///< taskUs − littleUs − bigUs: hand-offs or migrations and queueing
  double waitUs = 0.0;      ///< of the overhead: waiting for the busy big core
  std::uint64_t tasks = 0;  ///< tasks completed
};

/// The lab's metrics from the three passes, the same way in the simulation and the real run:
/// the three times, the chosen strategy's speedup, the fastest strategy, and the break-even
/// vector fraction at the offload overhead this run saw, O/(T_local·(1 − r)), where r is the
/// big core's time for the vector part over the little's (1/(w·big) in the model).
void setOutcomes(observe::LabOutputs& out, const std::array<PassTimes, 3>& passes, SimdLab::Strategy chosen,
                 double bigOverLittleVector);

/// The fastest of the three times (index = SimdLab::Strategy); a tie within rounding goes to the
/// simpler strategy, so the model and a simulation that adds the same times in another order agree.
int bestOf(const std::array<double, 3>& times);

/// The break-even vector fraction O/(T·(1 − r)): +∞ when the big core is no faster (r ≥ 1)
/// and there is an overhead, 0 without overhead.
double breakevenFraction(double overheadUs, double taskUs, double bigOverLittleVector);

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec);

}  // namespace simd

}  // namespace amp::labs
