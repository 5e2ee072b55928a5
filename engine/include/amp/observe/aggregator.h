// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "amp/observe/lab_outputs.h"
#include "amp/observe/observation.h"
#include "amp/observe/stats.h"

// The record path is forced inline: at an engine's emit site the kind is a constant, so the
// dispatch folds away and the handler works on the record's fields in registers. Left to its
// own heuristics the compiler keeps one out-of-line copy of the whole switch instead, which
// costs a call, a spilled record and a jump table per record.
#if defined(__GNUC__)
#define AMP_OBSERVE_HOT inline __attribute__((always_inline))
#else
#define AMP_OBSERVE_HOT inline
#endif

namespace amp::observe {

/// Statistics of one station, built from the stream.
struct StationStats {
  int servers = 1;
  Welford wait, service, handoff, gauge;  // wait/service/handoff in ns; gauge in its own unit
  LogHistogram waitHist, serviceHist;
  // Waiting = Enqueue-Start, busy = Start-Finish; their counts are live (also during warm-up).
  CountAverage queueLen, busy;
  TimeAverage gaugeTime;
  std::uint64_t arrivals = 0, starts = 0, finishes = 0, drops = 0;
  bool gaugeSeen = false;  // a State record arrived (also during warm-up)
  /// Finishes per core (index = Observation::core when >= 0), for load imbalance.
  std::vector<std::uint64_t> finishesByCore;
};

/// Sojourn and per-station waits of one request class (Observation::cls), in ns.
struct ClassStats {
  Welford sojourn;
  LogHistogram sojournHist;
  std::vector<Welford> wait;           ///< index = station
  std::vector<LogHistogram> waitHist;  ///< index = station
};

/// A down-sampled time series with a fixed point budget (older points thinned 2:1 when full).
class SeriesRecorder {
 public:
  explicit SeriesRecorder(std::size_t maxPoints = 2000);
  void add(double t, double v);
  const std::vector<std::pair<double, double>>& points() const { return points_; }
  /// Every stride()-th offered point is kept (doubles at each thinning).
  std::size_t stride() const { return stride_; }

 private:
  std::size_t maxPoints_;
  std::size_t stride_ = 1, skipped_ = 0;
  std::vector<std::pair<double, double>> points_;
};

/// Streaming statistics over the observation stream: per-station waits, services, queue
/// lengths, utilization; system sojourn (mean, histogram, batch means); throughput; series.
/// Records before the warm-up time update live state but not statistics.
class Aggregator final : public ObservationSink {
 public:
  /// `servers[s]` = servers of station s (for utilization).
  explicit Aggregator(std::vector<int> servers, std::int64_t warmupNs = 0,
                      double seriesIntervalS = 0.0 /* 0 = no series */);
  AMP_OBSERVE_HOT void add(const Observation& o);
  void observe(const Observation& o) override { add(o); }
  /// Close time averages at `endNs` (the end of the run).
  void finish(std::int64_t endNs);
  /// Keep sojourn and waits per request class 0..n-1 too (n >= 2; call before the first record).
  /// Records of a class >= n count in the totals only.
  void setClasses(std::size_t n);
  std::size_t classCount() const { return classes_.size(); }
  const ClassStats& classStats(std::size_t c) const { return classes_[c]; }

  std::size_t stationCount() const { return stations_.size(); }
  const StationStats& station(std::size_t s) const { return stations_[s]; }
  const Welford& sojourn() const { return sojourn_; }               ///< ns
  const LogHistogram& sojournHist() const { return sojournHist_; }  ///< ns
  const BatchMeans& sojournBatches() const { return batches_; }     ///< ns
  std::uint64_t departures() const { return sojourn_.count(); }     ///< after warm-up
  std::uint64_t drops() const;
  double observedSeconds() const;  ///< (end - warm-up) in seconds
  double throughput() const {
    return observedSeconds() > 0 ? static_cast<double>(departures()) / observedSeconds() : 0.0;
  }
  std::int64_t warmupNs() const { return warmupNs_; }
  /// End of the observed span: finish()'s argument, or the latest record before finish().
  std::int64_t endNs() const { return finished_ ? endNs_ : lastNs_; }
  /// Time-average queue length of station s over [warm-up, endNs()].
  double meanQueueLength(std::size_t s) const;
  /// Time-average busy servers of station s divided by its servers.
  double utilization(std::size_t s) const;
  /// Windowed series: mean sojourn per window [ms] and per-station queue length.
  const SeriesRecorder& latencySeries() const { return latencySeries_; }
  const SeriesRecorder& queueSeries(std::size_t s) const { return queueSeries_[s]; }
  /// The gauge (last State value) of station s at each sample point, from its first State
  /// record on: a congestion window's sawtooth, a sampled depth. Empty for stations without one.
  const SeriesRecorder& gaugeSeries(std::size_t s) const { return gaugeSeries_[s]; }

 private:
  // The rare paths below take the record by value or by field, never by reference: a
  // reference that escapes into an out-of-line call makes the compiler build the whole record
  // in memory at every emit site, seven stores a record, though the hot path needs none.
  bool slowPath(Observation o);        // true when the record needs nothing more
  void crossBoundary(std::int64_t t);  // warm-up start and/or series sample points <= t
  void updateBoundaries();
  void addWarmup(const Observation& o);
  void onEnqueue(const Observation& o);
  void onStart(const Observation& o);
  void onFinish(const Observation& o);
  void onDepart(const Observation& o);
  void onState(const Observation& o);
  void growStations(std::size_t s);
  void startStatistics();
  void sampleSeries(std::int64_t t);
  static void countFinishOnCore(StationStats& st, std::int16_t core);
  void addClassWait(std::uint8_t cls, std::uint16_t station, double wait);
  void addClassSojourn(std::uint8_t cls, double sojourn);

  std::vector<StationStats> stations_;
  std::int64_t warmupNs_;
  std::int64_t endNs_ = 0;
  std::int64_t lastNs_ = 0;
  bool warm_ = false;
  bool finished_ = false;
  Welford sojourn_;
  LogHistogram sojournHist_;
  BatchMeans batches_;
  double seriesIntervalNs_;
  std::int64_t seriesStepNs_ = 0;  // seriesIntervalNs_ rounded, 0 = no series
  std::int64_t nextSampleNs_ = 0;
  // min(pending warm-up start, next series sample).
  std::int64_t nextBoundaryNs_ = 0;
  // Records at or after this take the slow path: the next boundary once warm, and every record
  // during the warm-up, so the hot path needs one compare for both.
  std::int64_t fastUntilNs_ = 0;
  std::size_t stationLimit_ = 0;  // stations_.size(), kept so the check needs no division
  double windowSum_ = 0.0;
  std::uint64_t windowN_ = 0;
  SeriesRecorder latencySeries_;
  std::vector<SeriesRecorder> queueSeries_;
  std::vector<SeriesRecorder> gaugeSeries_;
  std::vector<ClassStats> classes_;  // empty = one class, nothing kept per class
};

// The hot path: one call per record, five records per job in an M/M/1 model. The dispatcher is
// small and inline so that at an engine's emit site, where the kind is a constant, the switch
// folds away and leaves one direct call to that kind's handler. Warm-up, series samples and an
// unknown station all take the one rarely-true compare into the slow path.
AMP_OBSERVE_HOT void Aggregator::add(const Observation& o) {
  lastNs_ = o.timeNs;
  if (o.timeNs >= fastUntilNs_ || o.station >= stationLimit_) [[unlikely]] {
    if (slowPath(o)) {
      return;
    }
  }
  switch (o.kind) {
    case ObsKind::Arrive:
      ++stations_[o.station].arrivals;
      return;
    case ObsKind::Enqueue:
      onEnqueue(o);
      return;
    case ObsKind::Start:
      onStart(o);
      return;
    case ObsKind::Finish:
      onFinish(o);
      return;
    case ObsKind::Depart:
      onDepart(o);
      return;
    case ObsKind::Drop:
      ++stations_[o.station].drops;
      return;
    case ObsKind::Handoff:
      stations_[o.station].handoff.add(o.value);
      return;
    case ObsKind::State:
      onState(o);
      return;
    case ObsKind::Fault:  // timeline events: a lab's own outputs count them
    case ObsKind::Detect:
      return;
  }
}

AMP_OBSERVE_HOT void Aggregator::onEnqueue(const Observation& o) {
  stations_[o.station].queueLen.up(static_cast<double>(o.timeNs));
}

AMP_OBSERVE_HOT void Aggregator::onStart(const Observation& o) {
  StationStats& st = stations_[o.station];
  const auto t = static_cast<double>(o.timeNs);
  ++st.starts;
  st.wait.add(o.value);
  st.waitHist.add(o.value);
  st.queueLen.down(t);
  st.busy.up(t);
  if (!classes_.empty()) [[unlikely]] {
    addClassWait(o.cls, o.station, o.value);
  }
}

AMP_OBSERVE_HOT void Aggregator::onFinish(const Observation& o) {
  StationStats& st = stations_[o.station];
  ++st.finishes;
  st.service.add(o.value);
  st.serviceHist.add(o.value);
  st.busy.down(static_cast<double>(o.timeNs));
  // The cast sends core -1 (unknown) past any size, into the rare path that ignores it.
  const auto core = static_cast<std::uint16_t>(o.core);
  if (core < st.finishesByCore.size()) [[likely]] {
    ++st.finishesByCore[core];
  } else {
    countFinishOnCore(st, o.core);
  }
}

AMP_OBSERVE_HOT void Aggregator::onDepart(const Observation& o) {
  sojourn_.add(o.value);
  sojournHist_.add(o.value);
  batches_.add(o.value);
  windowSum_ += o.value;
  ++windowN_;
  if (!classes_.empty()) [[unlikely]] {
    addClassSojourn(o.cls, o.value);
  }
}

AMP_OBSERVE_HOT void Aggregator::onState(const Observation& o) {
  StationStats& st = stations_[o.station];
  st.gauge.add(o.value);
  st.gaugeTime.set(static_cast<double>(o.timeNs), o.value);
  st.gaugeSeen = true;
}

/// What an engine writes to: the aggregator (called directly, no virtual dispatch on the hot
/// path) and optionally one more sink (the trace ring for the animation, a golden-trace writer).
class Recorder {
 public:
  explicit Recorder(Aggregator* agg, ObservationSink* extra = nullptr) : agg_(agg), extra_(extra) {}
  AMP_OBSERVE_HOT void record(const Observation& o) {
    if (agg_ != nullptr) {
      agg_->add(o);
    }
    if (extra_ != nullptr) {
      extra_->observe(Observation(o));  // a copy, built here only (see Aggregator::slowPath)
    }
  }
  Aggregator* aggregator() const { return agg_; }
  /// The lab's own outputs of this replication (counters, series, tables, ...).
  LabOutputs& outputs() { return outputs_; }
  const LabOutputs& outputs() const { return outputs_; }

 private:
  Aggregator* agg_;
  ObservationSink* extra_;
  LabOutputs outputs_;
};

}  // namespace amp::observe
