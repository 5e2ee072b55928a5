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
#include "amp/real/run_feed.h"
#include "amp/run/params.h"
#include "amp/run/result.h"
#include "amp/run/time_scale.h"
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
  Output,       ///< the lab's own counter of that key (LabOutputs::add/set), or the mean of its
                ///< histogram (LabOutputs::sample; percentiles from it)
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
  int cls = -1;              ///< Sojourn/Wait: only requests of this class (Lab::classes); -1 = all
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
  MetricSpec ofClass(int requestClass) && {
    cls = requestClass;
    return std::move(*this);
  }
};

/// A number the model gives besides the metrics' values (a bound, a minimum, a crossover), in
/// ModelResult::values under `key`; any chart can draw it as a reference line.
struct ModelValueSpec {
  std::string key, label, unit;
  std::string help;
};

/// What a lab reports through LabOutputs besides counters (those are metrics with
/// MetricSource::Output): its series, histograms, tables and timelines, with their units.
enum class OutputKind { Series, Histogram, Table, Timeline };
struct OutputSpec {
  std::string key, label;
  OutputKind kind = OutputKind::Series;
  std::string unit;           ///< Series: the y unit; Histogram: the values' unit
  std::string xLabel, xUnit;  ///< Series: what x is ("episode", "time" in "s", "index")
};
OutputSpec outputSpec(std::string key, std::string label, OutputKind kind, std::string unit = {});

/// Steady state: warm-up deleted, length driven by precision. Transient: a job or an incident —
/// no warm-up deletion, each replication runs until done (or the horizon), one outcome each.
enum class RunKind { SteadyState, Transient };

/// What the lab page shows beside the charts. Flow: the queue animation of the topology.
/// Ceiling: the serializing station's utilization against its ceiling. Chart: one of the lab's
/// charts in the animation's place (a lab without a flow: a timeline, a latency histogram).
enum class PanelKind { Flow, Ceiling, Chart };
struct PanelSpec {
  PanelKind kind = PanelKind::Flow;
  int station = -1;         ///< Ceiling: the serializing station
  std::string utilization;  ///< Ceiling: the metric of its utilization
  std::string capacity;     ///< Ceiling: the model value of its capacity [requests/s]
  std::string chart;        ///< Chart: the chart's id
};
PanelSpec flowPanel();
PanelSpec ceilingPanel(int station, std::string utilizationMetric, std::string capacityModelValue);
PanelSpec chartPanel(std::string chartId);

/// A metric read from `source` (at `station` for per-station sources): scale 1, no percentiles,
/// in every mode, no help yet.
MetricSpec metricSpec(std::string key, std::string label, std::string unit, MetricSource source,
                      int station = -1);

/// BarsPerEntity: one bar per entity (worker i), as many as the parameter `entityParam` says,
/// heights from the lab's series `series` (x = entity index). HeatMap: a metric over a sweep of
/// two parameters. Timeline: the lab's timeline `series` as lanes. LearningCurve: the lab's series
/// `series` over episodes with a rolling mean of `window` points.
enum class ChartKind {
  TimeSeries,
  Histogram,
  SweepCurve,
  BarsPerStation,
  StackedBars,
  BarsPerEntity,
  HeatMap,
  Timeline,
  LearningCurve
};

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
  std::vector<std::string> references;  ///< model values (or metric keys) drawn as reference lines
  std::string entityParam;              ///< BarsPerEntity: the parameter that counts the entities
  std::string sweepKey2;                ///< HeatMap: the parameter on the y axis
  double sweep2From = 0, sweep2To = 0;
  int sweep2Steps = 0;
  int window = 0;  ///< LearningCurve: points in the rolling mean
  /// Model values that are a position on the x axis (a sweep's best parameter value), drawn as
  /// vertical lines.
  std::vector<std::string> xReferences;

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
  /// HeatMap: the second parameter (y axis), `steps` values from `from` to `to`.
  ChartSpec withSweep2(std::string key, double from, double to, int steps) && {
    sweepKey2 = std::move(key);
    sweep2From = from;
    sweep2To = to;
    sweep2Steps = steps;
    return std::move(*this);
  }
  /// A reference line at the model's value `key` (a ModelValueSpec or a metric's model value).
  ChartSpec withReference(std::string key) && {
    references.push_back(std::move(key));
    return std::move(*this);
  }
  /// A vertical line at the model's value `key`, read as a value of the x axis (the best task count
  /// on a sweep over tasks).
  ChartSpec withXReference(std::string key) && {
    xReferences.push_back(std::move(key));
    return std::move(*this);
  }
  /// BarsPerEntity: as many bars as the parameter `key` says.
  ChartSpec perEntity(std::string key) && {
    entityParam = std::move(key);
    return std::move(*this);
  }
  ChartSpec withWindow(int points) && {
    window = points;
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
  std::uint64_t seed = 1;  ///< same seed as a twin simulation -> same arrivals and job sizes
  double durationS = 2.0;  ///< real seconds of load
  /// What a requested service time means: busy until it has passed, or a fixed amount of work.
  real::ServiceClock serviceClock = real::ServiceClock::Time;
  const std::atomic<bool>* cancel = nullptr;
  /// A precision-driven run's feed (set: the run may end before durationS): hand it to the
  /// harness (HarnessConfig::feed) so the seats feed each completion's key value and the
  /// generators stop when the runner has seen enough. Null for a run of fixed length.
  real::RunFeed* feed = nullptr;
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

/// Where a lab's defaults suit the simulation but a real run at them would not answer within
/// seconds on a student's machine (a real log device whose sync time varies, say): the values
/// its real face starts from instead, and why, in one sentence a student reads.
struct RealDefaults {
  std::vector<std::pair<std::string, double>> values;  ///< numeric parameters
  std::string why;
};

/// The lab's parameters fitted to `cores` CPUs (unchanged when they fit, or the lab has no
/// HostFit), and what changed in words ("workers 4 → 1, worker_ms 400 → 100 (same utilizations)").
struct FittedParams {
  Params params;
  bool changed = false;
  std::string words;
};
class Lab;
/// Fewer workers where the seats outnumber `cores`, each worker's times scaled (HostFit).
FittedParams fitWorkers(const Lab& lab, const Params& p, int cores);
/// Where a real run starts: the lab's real defaults (where a parameter still has the lab's
/// default), then fitWorkers. Parameters in `chosen` (the user set them) are kept as they are;
/// a chosen worker count is not fitted.
FittedParams fitToHost(const Lab& lab, const Params& p, int cores,
                       const std::vector<std::string>& chosen = {});

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
  /// A rule across parameters that each one's range cannot say ("live_objects ≤ heap_objects"):
  /// "" when the values are acceptable, else the message a student reads ("key = v is …: allowed is
  /// …"). run::validate asks it, so the GUI and the command line (exit 2) refuse the run.
  virtual std::string paramsProblem(const Params&) const { return {}; }
  virtual std::vector<MetricSpec> metrics() const = 0;
  /// The metric whose CI drives precision-driven run length.
  virtual std::string keyMetric() const = 0;
  virtual std::vector<ChartSpec> charts() const { return {}; }
  /// Request classes (names, index = Observation::cls); empty = one class.
  virtual std::vector<std::string> classes() const { return {}; }
  /// Model values beyond the metrics' (bounds, minima), each a possible reference line.
  virtual std::vector<ModelValueSpec> modelValues() const { return {}; }
  /// The lab's own series, histograms, tables and timelines.
  virtual std::vector<OutputSpec> outputs() const { return {}; }
  virtual RunKind runKind() const { return RunKind::SteadyState; }
  /// The panels beside the charts. By default the flow, and the serialization ceiling where the
  /// topology flags a master station that has a utilization metric.
  virtual std::vector<PanelSpec> panels() const;
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
  /// How the real face may compress the lab's time (see TimeScale); none by default: the lab's
  /// real work has durations that cannot shrink (a device, a network round trip).
  virtual std::optional<TimeScale> timeScale() const { return std::nullopt; }
  /// The fit for these parameters, where a choice changes the seats (a design without a master);
  /// hostFit() by default.
  virtual std::optional<HostFit> hostFitFor(const Params&) const { return hostFit(); }
  /// What the real face starts from where the lab's own defaults would not answer in seconds
  /// (see RealDefaults, applied by fitToHost); none by default.
  virtual std::optional<RealDefaults> realDefaults() const { return std::nullopt; }
  virtual RealOutcome runReal(const Params& p, const RealControl& ctl, observe::Recorder& rec) const;

  /// After each replication (sim or real), before its metrics are read: outputs that follow from
  /// the whole stream and the lab's counters (per-worker loads as a series, a ratio of counters).
  virtual void deriveOutputs(const Params& p, const observe::Aggregator& agg, Mode mode,
                             observe::LabOutputs& out) const;
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
