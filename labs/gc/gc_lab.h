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

/// Lab 8: mutator threads allocate into a heap of `heap_objects` objects of which `live_objects`
/// stay live; when the free ones are used up the world stops and a mark-sweep collector marks the
/// live objects and sweeps the heap, on the big core, on a little core, or on several little cores
/// in parallel (`placement`). Every replication runs all three placements one after the other, so
/// their pauses are compared side by side; `placement` chooses the one whose pauses, utilization
/// and MMU are reported and drawn. A transient run: a fixed number of collection cycles (sim) or a
/// fixed time (real) per placement.
class GcLab final : public run::Lab {
 public:
  enum Placement { kBig = 0, kLittle = 1, kParallel = 2 };
  enum Station : std::uint16_t { kMutators = 0, kHeap = 1, kCollector = 2 };
  static constexpr const char* kTimeline = "timeline";
  static constexpr const char* kMmu = "mmu";
  /// The window of the scalar MMU metric [ms].
  static constexpr double kMmuWindowMs = 10.0;
  /// Collection cycles per placement in one simulated replication, and those the timeline shows.
  static constexpr int kSimCycles = 40, kTimelineCycles = 2;
  static constexpr int kMaxMutators = 16, kMaxCollectorThreads = 16;

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::string paramsProblem(const run::Params& p) const override;
  std::vector<run::MetricSpec> metrics() const override;
  std::string keyMetric() const override { return "pause_ms"; }
  std::vector<run::ChartSpec> charts() const override;
  std::vector<run::OutputSpec> outputs() const override;
  std::vector<run::ModelValueSpec> modelValues() const override;
  std::vector<run::Exercise> exercises() const override;
  std::vector<run::PanelSpec> panels() const override { return {run::chartPanel("timeline")}; }
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
  real::ServiceClock defaultServiceClock() const override { return real::ServiceClock::Work; }
  run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl,
                           observe::Recorder& rec) const override;
};

namespace gc {

/// "big", "little", "parallel_little" → the placement (big for anything else).
GcLab::Placement placementOf(const std::string& name);
const char* placementName(GcLab::Placement p);

/// The collector's speed against one little core: 1 on a little core, big_factor on the big
/// core, threads·(1 − overhead) for the parallel little collector.
double speedOf(const run::Params& p, GcLab::Placement where);
/// "" when the live objects fit in the heap, else the message that says they must.
std::string liveFitsTheHeap(const run::Params& p);
/// The deterministic pause [ms]: (live/mark + heap/sweep)/speed. Throws std::invalid_argument
/// naming live_objects when it exceeds heap_objects.
double pauseMs(const run::Params& p, GcLab::Placement where);
/// The mutators' time between two collections [ms]: (heap − live)/(mutators·alloc).
double runMs(const run::Params& p);

/// Minimum mutator utilization over every window of `windowMs` inside [0, endMs], given the
/// pauses as [start, end) intervals in time order [ms]: the least share of any such window that
/// is not paused (0 when a pause fills a window).
double mmuOf(const std::vector<std::array<double, 2>>& pauses, double endMs, double windowMs);
/// The MMU of a strictly periodic schedule: runs of `runMs` then pauses of `pauseMs`, forever.
double periodicMmu(double runMs, double pauseMs, double windowMs);
/// The windows the MMU curve is drawn at [ms]: from a quarter millisecond to two cycles, log-spaced
/// (dense where the curve climbs out of 0).
std::vector<double> mmuWindows(double cycleMs);

/// What one placement's cycles gave, the same way in the simulation and the real run.
struct PlacementRun {
  std::vector<std::array<double, 2>> pauses;  ///< [start, end) in ms since the mutators started
  double endMs = 0.0;                         ///< the end of the last complete cycle
  double meanPauseMs() const;
};

/// The lab's outputs from the three placements' runs: the chosen one's pauses (histogram),
/// utilization, overhead, cycle, MMU (at kMmuWindowMs and as a curve), and every placement's mean
/// pause with the big core's gain over one little core.
void setOutcomes(observe::LabOutputs& out, const std::array<PlacementRun, 3>& runs, GcLab::Placement chosen);

/// The real face: three passes, one per placement. `checkEveryCycle` walks the graph again after
/// every collection (Heap::check) before the mutators resume; it lengthens the pauses, so only
/// tests ask for it. The facts say how many collections failed the check.
run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec,
                         bool checkEveryCycle = false);

}  // namespace gc

}  // namespace amp::labs
