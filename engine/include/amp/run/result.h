// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "amp/observe/lab_outputs.h"
#include "amp/real/work_kernel.h"
#include "amp/run/params.h"

namespace amp::run {

enum class Mode { Model, Sim, Real };
const char* modeName(Mode m);  ///< "model" | "sim" | "real"
bool parseMode(const std::string& s, Mode& out);

/// What to run. duration 0 = precision-driven (run until the key metric's 95% CI half-width is
/// below `targetRelHalfWidth` of its mean, within [minSimSeconds, maxSimSeconds] per replication
/// and `maxReps`). warmup < 0 = MSER-5.
struct RunSpec {
  std::string lab;
  Mode mode = Mode::Sim;
  Params params;
  std::uint64_t seed = 1;
  double duration = 0.0;  ///< simulated (or real) seconds per replication; 0 = automatic
  double warmup = -1.0;   ///< seconds; < 0 = MSER-5
  int reps = 0;           ///< 0 = automatic (precision-driven)
  int jobs = 0;           ///< threads for replications; 0 = all cores
  double targetRelHalfWidth = 0.02;
  int minReps = 5, maxReps = 64;
  /// Real mode: what a requested service time means (unset = the lab's default, see Lab).
  std::optional<real::ServiceClock> serviceClock;
  /// Real mode: the time scale k (1:k; unset = the lab's default, see Lab::timeScale).
  std::optional<double> timeScale;
  /// Real mode without a fixed duration: run until the key metric's 95% CI half-width is within
  /// this share of its mean, or for at most realMaxS seconds.
  double realTargetRelHalfWidth = 0.05;
  double realMaxS = 60.0;
};

/// A metric's value: mean with 95% CI, and percentiles where the metric has them.
struct MetricValue {
  double mean = 0.0, ciLo = 0.0, ciHi = 0.0;
  std::string unit;
  std::map<std::string, double> percentiles;  ///< "p50", "p95", "p99", "p99.9", "max"
  std::uint64_t samples = 0;
  /// Each replication's value in replication order (NaN where one measured none): replication i of
  /// two simulations with the same seed saw the same input, so these pair (compare.h).
  std::vector<double> perRep;
};

/// The analytic face. `values` are keyed by metric name; `exact[k]` says whether that value is
/// exact for the current parameters (else an approximation, named in `approximation`).
struct ModelResult {
  std::map<std::string, double> values;
  std::map<std::string, bool> exact;
  bool stable = true;
  std::string bottleneck;     ///< e.g. "master", "workers"
  std::string formula;        ///< plain Unicode, shown to the student
  std::string approximation;  ///< which approximation, where not exact
  std::vector<std::string> notes;
};

/// Where each thread ran (real mode).
struct ThreadPlacement {
  std::string thread;         ///< "master", "worker 3", "generator"
  int requestedCpu = -1;      ///< -1 = unpinned
  bool pinned = false;        ///< pthread_setaffinity_np succeeded and read-back matched
  std::vector<int> cpusSeen;  ///< distinct CPUs reported by sched_getcpu() during the run
};

struct HostInfo {
  std::string cpuModel;
  int cores = 0;  ///< online logical CPUs
  bool smt = false;
  bool virtualized = false;
  std::string governor;          ///< "performance", "n/a", ...
  std::string asymmetry;         ///< "none", "real big/little", "emulated big/little (factor 3.0)"
  double wakeupLatencyUs = 0.0;  ///< p50 of a short futex wake-up probe (real runs), 0 if not measured
};
HostInfo probeHost();  ///< cheap facts only (no latency probe)

/// A downsampled series for charts. `band` (empty, or one (lo, hi) per point) is the 95% CI of
/// each point across replications, where the replications' series share their x values.
struct Series {
  std::string name, xUnit, yUnit;
  std::vector<std::pair<double, double>> points;
  std::vector<std::pair<double, double>> band;
};
using observe::Table;
using observe::TableCell;
using observe::TableColumn;
using observe::Timeline;
using observe::TimelineEvent;
struct Histogram {
  std::string name, unit;
  std::vector<std::pair<double, double>> edgesAndCounts;  ///< (lower edge, count); last edge = max
};

enum class RunStatus { Ok, Cancelled, Failed };
const char* statusName(RunStatus s);

struct RunResult {
  std::string lab;
  Mode mode = Mode::Sim;
  Params params;
  std::uint64_t seed = 0;
  RunStatus status = RunStatus::Ok;
  std::string error;  ///< when Failed
  std::map<std::string, MetricValue> metrics;
  ModelResult model;
  std::string verdict;  ///< in words: model inside/outside the CI, and the likely reason
  std::string bottleneck;
  bool unstable = false;
  std::vector<std::string> warnings;
  HostInfo host;
  int reps = 0;
  double simSecondsPerRep = 0.0, warmupSeconds = 0.0, wallSeconds = 0.0;
  std::string lengthRule;  ///< how the run length was chosen, in words
  std::vector<Series> series;
  std::vector<Histogram> histograms;
  /// The lab's own tables (numeric cells: mean and CI across replications where the rows match)
  /// and timelines (of the first replication).
  std::vector<Table> tables;
  std::vector<Timeline> timelines;
  // Real mode
  std::vector<ThreadPlacement> placements;
  bool oversubscribed = false;
  std::map<std::string, double> facts;        ///< extra numbers, e.g. "master_handoff_ns"
  std::map<std::string, std::string> labels;  ///< extra words, e.g. "asymmetry"
  /// The model evaluated at the service times the real run measured (empty when the lab cannot
  /// say which parameters its measurements stand for): splits the gap between model and
  /// measurement into "the host stretched the work" and "queueing beyond the model".
  std::map<std::string, double> modelAtMeasured;
  // Storage
  std::int64_t runId = 0;
  std::string uuid;
  std::string started;  ///< ISO 8601 UTC
};

}  // namespace amp::run
