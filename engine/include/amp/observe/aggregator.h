// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

#include "amp/observe/observation.h"
#include "amp/observe/stats.h"

namespace amp::observe {

/// Statistics of one station, built from the stream.
struct StationStats {
  int servers = 1;
  Welford wait, service, handoff, gauge;  // wait/service/handoff in ns; gauge in its own unit
  LogHistogram waitHist, serviceHist;
  TimeAverage queueLen, busy, gaugeTime;  // queue = Enqueue-Start; busy = Start-Finish
  std::uint64_t arrivals = 0, starts = 0, finishes = 0, drops = 0;
  std::int64_t inQueue = 0, inService = 0;  // live counts (also during warm-up)
};

/// A down-sampled time series with a fixed point budget (older points thinned 2:1 when full).
class SeriesRecorder {
 public:
  explicit SeriesRecorder(std::size_t maxPoints = 2000) : maxPoints_(maxPoints) {}
  void add(double t, double v);
  const std::vector<std::pair<double, double>>& points() const { return points_; }

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
  void add(const Observation& o);
  void observe(const Observation& o) override { add(o); }
  /// Close time averages at `endNs` (the end of the run).
  void finish(std::int64_t endNs);

  std::size_t stationCount() const { return stations_.size(); }
  const StationStats& station(std::size_t s) const { return stations_[s]; }
  const Welford& sojourn() const { return sojourn_; }            ///< ns
  const LogHistogram& sojournHist() const { return sojournHist_; }  ///< ns
  const BatchMeans& sojournBatches() const { return batches_; }    ///< ns
  std::uint64_t departures() const { return departures_; }
  std::uint64_t drops() const;
  double observedSeconds() const;  ///< (end - warm-up) in seconds
  double throughput() const { return observedSeconds() > 0 ? static_cast<double>(departures_) / observedSeconds() : 0.0; }
  std::int64_t warmupNs() const { return warmupNs_; }
  /// Windowed series: mean sojourn per window [ms] and per-station queue length.
  const SeriesRecorder& latencySeries() const { return latencySeries_; }
  const SeriesRecorder& queueSeries(std::size_t s) const { return queueSeries_[s]; }

 private:
  std::vector<StationStats> stations_;
  std::int64_t warmupNs_;
  std::int64_t endNs_ = 0;
  bool warm_ = false;
  Welford sojourn_;
  LogHistogram sojournHist_;
  BatchMeans batches_;
  std::uint64_t departures_ = 0;
  double seriesIntervalNs_;
  std::int64_t nextSampleNs_ = 0;
  double windowSum_ = 0.0;
  std::uint64_t windowN_ = 0;
  SeriesRecorder latencySeries_;
  std::vector<SeriesRecorder> queueSeries_;
};

/// What an engine writes to: the aggregator (called directly, no virtual dispatch on the hot
/// path) and optionally one more sink (the trace ring for the animation, a golden-trace writer).
class Recorder {
 public:
  explicit Recorder(Aggregator* agg, ObservationSink* extra = nullptr) : agg_(agg), extra_(extra) {}
  void record(const Observation& o) {
    if (agg_ != nullptr) agg_->add(o);
    if (extra_ != nullptr) extra_->observe(o);
  }
  Aggregator* aggregator() const { return agg_; }

 private:
  Aggregator* agg_;
  ObservationSink* extra_;
};

}  // namespace amp::observe
