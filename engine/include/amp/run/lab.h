// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "amp/observe/aggregator.h"
#include "amp/real/honest_outcome.h"
#include "amp/run/params.h"
#include "amp/run/result.h"
#include "amp/run/topology.h"

namespace amp::run {

/// Where a metric's value comes from in the observation stream.
enum class MetricSource {
  Sojourn,      ///< Depart values (system time)
  Wait,         ///< Start values at `station`
  Service,      ///< Finish values at `station`
  Handoff,      ///< Handoff values at `station` (real mode)
  Utilization,  ///< busy servers / servers at `station`, time-averaged
  QueueLength,  ///< time-averaged queue length at `station`
  Throughput,   ///< departures per second
  DropRate,     ///< drops / (drops + departures)
  Gauge,        ///< mean of State values at `station`
  GaugeTime,    ///< time-average of State values at `station`
  Custom,       ///< computed by Lab::customMetrics
};

/// Labs make one with metricSpec() and chain what differs from the defaults:
/// `metricSpec("wait_ms", "Wait", "ms", MetricSource::Wait, kMaster).scaledBy(1e-6).withPercentiles()`.
struct MetricSpec {
  std::string key;  ///< exactly as LABS.md spells it
  std::string label;
  std::string unit;
  MetricSource source = MetricSource::Custom;
  int station = -1;          ///< for per-station sources
  double scale = 1.0;        ///< multiply the stream's value (ns) into `unit`, e.g. 1e-6 for ms
  bool percentiles = false;  ///< report p50/p95/p99/p99.9/max
  bool realOnly = false;     ///< only meaningful in real mode (e.g. handoff_ms)
  std::string help;

  MetricSpec scaledBy(double factor) && {
    scale = factor;
    return std::move(*this);
  }
  MetricSpec withPercentiles() && {
    percentiles = true;
    return std::move(*this);
  }
  MetricSpec realModeOnly() && {
    realOnly = true;
    return std::move(*this);
  }
  MetricSpec withHelp(std::string text) && {
    help = std::move(text);
    return std::move(*this);
  }
};

/// A metric read from `source` (at `station` for per-station sources): scale 1, no percentiles,
/// in every mode, no help yet.
MetricSpec metricSpec(std::string key, std::string label, std::string unit, MetricSource source,
                      int station = -1);

enum class ChartKind { TimeSeries, Histogram, SweepCurve, BarsPerStation, StackedBars };

/// A chart the lab's question needs, as data; generic widgets render it. A lab never draws.
/// Labs make one with chartSpec() and chain the rest:
/// `chartSpec("queue", "Queue", ChartKind::TimeSeries, {}).withSeries("queue:master")`.
struct ChartSpec {
  std::string id, title;
  ChartKind kind = ChartKind::TimeSeries;
  std::vector<std::string> metrics;  ///< metric keys (StackedBars: the stages, in order)
  std::string series;                ///< RunResult series/histogram name, where it charts one
  std::string sweepKey;              ///< SweepCurve: the parameter on the x axis
  double sweepFrom = 0, sweepTo = 0;
  int sweepSteps = 0;
  bool logX = false, logY = false;
  std::string xLabel, yLabel;

  ChartSpec withSeries(std::string name) && {
    series = std::move(name);
    return std::move(*this);
  }
  /// SweepCurve: `steps` values of `key` from `from` to `to`.
  ChartSpec withSweep(std::string key, double from, double to, int steps) && {
    sweepKey = std::move(key);
    sweepFrom = from;
    sweepTo = to;
    sweepSteps = steps;
    return std::move(*this);
  }
  ChartSpec withLogX() && {
    logX = true;
    return std::move(*this);
  }
  /// Axis titles; an empty one leaves that axis to the widget.
  ChartSpec withAxes(std::string x, std::string y) && {
    xLabel = std::move(x);
    yLabel = std::move(y);
    return std::move(*this);
  }
};

/// A chart of `metrics` with no series, sweep or axis titles yet.
ChartSpec chartSpec(std::string id, std::string title, ChartKind kind, std::vector<std::string> metrics);

/// A predict-then-run exercise. The answer is not stored: it is what the run (or the model)
/// gives at `setup`, and a prediction within `tolerance` (relative) of it passes.
struct Exercise {
  std::string id;
  std::string prompt;
  std::map<std::string, std::string> setup;  ///< parameter key -> value
  std::string metric;                        ///< what the student predicts
  Mode answerFrom = Mode::Model;
  double tolerance = 0.15;
  std::string explanation;  ///< shown after grading
};

struct LabInfo {
  std::string id, title;
  std::string
      category;  ///< "OS functions" | "Large-scale systems" | "AI and runtimes" | "Security and safety"
  std::string question;     ///< the lab's question, one sentence
  std::string teacherNote;  ///< "what to notice"
};

/// Lets the GUI pace a simulation (speed, pause, single step). Called before every event when set.
class Pacer {
 public:
  virtual ~Pacer() = default;
  virtual void pace(double simTimeS) = 0;
};

/// Controls for one simulation replication.
struct SimControl {
  std::uint64_t seed = 1;                     ///< this replication's seed; derive per-station streams from it
  double horizonS = 100.0;                    ///< simulated seconds to run
  std::size_t queueCap = 1'000'000;           ///< beyond this a queue drops (keeps unstable runs bounded)
  const std::atomic<bool>* cancel = nullptr;  ///< poll at least every few thousand events
  Pacer* pacer = nullptr;
  bool cancelled() const { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }
};

/// Controls for one real run.
struct RealControl {
  std::uint64_t seed = 1;   ///< same seed as a twin simulation -> same arrivals and job sizes
  double durationS = 2.0;   ///< real seconds of load
  double slowMotion = 1.0;  ///< >1 stretches every time (GUI "slow motion")
  /// What a requested service time means: busy until it has passed, or a fixed amount of work.
  real::ServiceClock serviceClock = real::ServiceClock::Time;
  const std::atomic<bool>* cancel = nullptr;
  std::string workDir;  ///< where real files go (empty = a temp dir)
  /// Live samples for the animation (queue depths, busy cores) from ONE sampler thread while the
  /// run goes on; may be null. The full stream goes to the Recorder (from one thread only).
  observe::ObservationSink* live = nullptr;
  bool cancelled() const { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }
};

/// What a real run reports besides its observation stream (real::HonestOutcome computes it),
/// and when its stream ended.
struct RealOutcome : real::RunReport {
  std::int64_t endNs = 0;
  RealOutcome() = default;
  explicit RealOutcome(real::RunReport report) : real::RunReport(std::move(report)) {}
};

/// How a lab's real face fits a machine with fewer cores than its seats: fewer workers, with a
/// worker's service times scaled by new/old workers so that every utilization stays the same.
struct HostFit {
  std::string workers;                      ///< the parameter that counts worker seats
  int otherBusySeats = 1;                   ///< seats besides the workers that need a core (the master, ...)
  std::vector<std::string> perWorkerTimes;  ///< a worker's service-time parameters, scaled with the count
};

/// The lab's parameters fitted to `cores` CPUs (unchanged when they fit, or the lab has no
/// HostFit), and what changed in words ("workers 4 → 1, worker_ms 400 → 100 (same utilizations)").
struct FittedParams {
  Params params;
  bool changed = false;
  std::string words;
};
class Lab;
FittedParams fitToHost(const Lab& lab, const Params& p, int cores);

/// `p` with parameter → value taken from a real run: each entry maps a parameter key to the
/// metric whose mean measured it (same unit) or, with a "fact:" prefix and a scale, a fact.
/// False when none of them was measured.
struct MeasuredSource {
  std::string param;
  std::string metric;  ///< a metric key, or "fact:<name>"
  double scale = 1.0;  ///< multiplies the measured value into the parameter's unit
};
bool measuredParams(const Params& p, const RunResult& r, const std::vector<MeasuredSource>& sources,
                    Params& out);

/// A lab: one scenario from LABS.md with its three faces. Implementations live in labs/<id>/.
class Lab {
 public:
  virtual ~Lab() = default;
  virtual LabInfo info() const = 0;
  virtual std::vector<ParamSpec> params() const = 0;
  virtual std::vector<MetricSpec> metrics() const = 0;
  /// The metric whose CI drives precision-driven run length.
  virtual std::string keyMetric() const = 0;
  virtual std::vector<ChartSpec> charts() const { return {}; }
  virtual std::vector<Exercise> exercises() const { return {}; }
  virtual Topology topology(const Params& p) const = 0;
  virtual ModelResult model(const Params& p) const = 0;

  virtual bool hasSim() const { return true; }
  /// One replication: emit the stream into `rec`; return the simulated end time [ns].
  virtual std::int64_t simulate(const Params& p, const SimControl& ctl, observe::Recorder& rec) const = 0;
  /// A sensible replication length in simulated seconds for these parameters.
  virtual double suggestedHorizonS(const Params& p) const = 0;

  virtual bool hasReal() const { return false; }
  /// The service clock a real run uses unless told otherwise: Time where the lesson is queueing
  /// (the service time means what the model means), Work where it is what a busy host does.
  virtual real::ServiceClock defaultServiceClock() const { return real::ServiceClock::Time; }
  /// How the real face shrinks to a smaller machine (see fitToHost); none by default.
  virtual std::optional<HostFit> hostFit() const { return std::nullopt; }
  virtual RealOutcome runReal(const Params& p, const RealControl& ctl, observe::Recorder& rec) const;

  /// Metrics with MetricSource::Custom, per replication, into `out`.
  virtual void customMetrics(const Params& p, const observe::Aggregator& agg, Mode mode,
                             std::map<std::string, double>& out) const;
  /// The parameters with each service time replaced by what the real run `r` measured, so the
  /// model can be evaluated at the measured service (see measuredParams() below for a helper).
  /// False when the lab has no such mapping.
  virtual bool measuredParams(const Params& p, const RunResult& r, Params& out) const;
  /// Why sim (or real) may differ from the model, in words, for the verdict.
  virtual std::string likelyDeviation(const Params& p, Mode mode) const;
};

}  // namespace amp::run
