// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/observe/aggregator.h"

#include <algorithm>
#include <cmath>

namespace amp::observe {

namespace {
constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();
}  // namespace

// ---------------------------------------------------------------------------------------------
// SeriesRecorder

SeriesRecorder::SeriesRecorder(std::size_t maxPoints)
    : maxPoints_(std::max<std::size_t>(2, maxPoints & ~std::size_t{1})) {
  // Even, so thinning keeps every other point and the kept ones stay evenly strided; reserved
  // once, so a long run never reallocates.
  points_.reserve(maxPoints_);
}

void SeriesRecorder::add(double t, double v) {
  if (++skipped_ < stride_) {
    return;
  }
  skipped_ = 0;
  if (points_.size() >= maxPoints_) {
    // Keep offered points 0, 2·stride, 4·stride, ...; the incoming point is at offered position
    // maxPoints·stride, an even multiple, so it belongs to the thinned sequence too.
    const std::size_t half = points_.size() / 2;
    for (std::size_t i = 0; i < half; ++i) {
      points_[i] = points_[2 * i];
    }
    points_.resize(half);
    stride_ *= 2;
  }
  points_.emplace_back(t, v);
}

// ---------------------------------------------------------------------------------------------
// Aggregator

Aggregator::Aggregator(std::vector<int> servers, std::int64_t warmupNs, double seriesIntervalS)
    : stations_(servers.size()),
      warmupNs_(std::max<std::int64_t>(0, warmupNs)),
      seriesIntervalNs_(seriesIntervalS > 0.0 ? seriesIntervalS * 1e9 : 0.0),
      queueSeries_(servers.size()),
      gaugeSeries_(servers.size()) {
  for (std::size_t s = 0; s < servers.size(); ++s) {
    stations_[s].servers = std::max(1, servers[s]);
    // Sized for the simulator's server indices up front so Finish never grows it there.
    stations_[s].finishesByCore.assign(static_cast<std::size_t>(stations_[s].servers), 0);
  }
  if (seriesIntervalNs_ > 0.0) {
    seriesStepNs_ = std::max<std::int64_t>(1, std::llround(seriesIntervalNs_));
    nextSampleNs_ = seriesStepNs_;
  } else {
    nextSampleNs_ = kNever;
  }
  warm_ = warmupNs_ == 0;
  stationLimit_ = stations_.size();
  updateBoundaries();
}

void Aggregator::setClasses(std::size_t n) {
  classes_.clear();
  if (n < 2) return;
  classes_.resize(n);
  for (ClassStats& c : classes_) {
    c.wait.resize(stations_.size());
    c.waitHist.resize(stations_.size());
  }
}

void Aggregator::addClassWait(std::uint8_t cls, std::uint16_t station, double wait) {
  if (cls >= classes_.size()) return;
  ClassStats& c = classes_[cls];
  if (station >= c.wait.size()) return;
  c.wait[station].add(wait);
  c.waitHist[station].add(wait);
}

void Aggregator::addClassSojourn(std::uint8_t cls, double sojourn) {
  if (cls >= classes_.size()) return;
  classes_[cls].sojourn.add(sojourn);
  classes_[cls].sojournHist.add(sojourn);
}

void Aggregator::updateBoundaries() {
  nextBoundaryNs_ = std::min(warm_ ? kNever : warmupNs_, nextSampleNs_);
  fastUntilNs_ = warm_ ? nextBoundaryNs_ : std::numeric_limits<std::int64_t>::min();
}

bool Aggregator::slowPath(Observation o) {
  if (o.timeNs >= nextBoundaryNs_) {
    crossBoundary(o.timeNs);
  }
  if (o.station >= stationLimit_) {
    growStations(o.station);
  }
  if (warm_) {
    return false;
  }
  addWarmup(o);
  return true;
}

void Aggregator::crossBoundary(std::int64_t t) {
  // Series samples describe the state just before the record at t is applied.
  if (t >= nextSampleNs_) {
    sampleSeries(t);
  }
  if (!warm_ && t >= warmupNs_) {
    startStatistics();
  }
  updateBoundaries();
}

void Aggregator::sampleSeries(std::int64_t t) {
  auto sampleQueues = [this](double ts) {
    for (std::size_t s = 0; s < stations_.size(); ++s) {
      queueSeries_[s].add(ts, static_cast<double>(stations_[s].queueLen.count()));
      if (stations_[s].gaugeSeen) {
        gaugeSeries_[s].add(ts, stations_[s].gaugeTime.value());
      }
    }
  };
  const double ts = static_cast<double>(nextSampleNs_) * 1e-9;
  if (windowN_ > 0) {
    latencySeries_.add(ts, windowSum_ / static_cast<double>(windowN_) * 1e-6);
  }
  windowSum_ = 0.0;
  windowN_ = 0;
  sampleQueues(ts);
  nextSampleNs_ += seriesStepNs_;
  if (nextSampleNs_ <= t) {
    // A quiet gap spanning several windows: nothing changed in it, so one more point at its
    // last boundary draws it, instead of a loop that could run for a very long gap.
    nextSampleNs_ += (t - nextSampleNs_) / seriesStepNs_ * seriesStepNs_;
    sampleQueues(static_cast<double>(nextSampleNs_) * 1e-9);
    nextSampleNs_ += seriesStepNs_;
  }
}

void Aggregator::startStatistics() {
  warm_ = true;
  // The live values carried over from the warm-up are the signals' values at warm-up time.
  const auto w = static_cast<double>(warmupNs_);
  for (StationStats& st : stations_) {
    st.queueLen.reset(w);
    st.busy.reset(w);
    st.gaugeTime.reset(w);
  }
}

void Aggregator::addWarmup(const Observation& o) {
  StationStats& st = stations_[o.station];
  const auto t = static_cast<double>(o.timeNs);
  switch (o.kind) {
    case ObsKind::Enqueue:
      st.queueLen.up(t);
      break;
    case ObsKind::Start:
      st.queueLen.down(t);
      st.busy.up(t);
      break;
    case ObsKind::Finish:
      st.busy.down(t);
      break;
    case ObsKind::State:
      st.gaugeTime.set(t, o.value);
      st.gaugeSeen = true;
      break;
    case ObsKind::Depart:
      // The latency series shows the warm-up transient too: that is what it is for.
      windowSum_ += o.value;
      ++windowN_;
      break;
    case ObsKind::Arrive:
    case ObsKind::Drop:
    case ObsKind::Handoff:
    case ObsKind::Fault:  // timeline events: a lab's own outputs count them
    case ObsKind::Detect:
      break;
  }
}

void Aggregator::growStations(std::size_t s) {
  // A station the constructor was not told about: one server, statistics from warm-up on.
  const std::size_t old = stations_.size();
  stations_.resize(s + 1);
  queueSeries_.resize(s + 1);
  gaugeSeries_.resize(s + 1);
  for (ClassStats& c : classes_) {
    c.wait.resize(s + 1);
    c.waitHist.resize(s + 1);
  }
  stationLimit_ = stations_.size();
  for (std::size_t i = old; i <= s; ++i) {
    StationStats& st = stations_[i];
    st.queueLen.reset(static_cast<double>(warmupNs_));
    st.busy.reset(static_cast<double>(warmupNs_));
    st.gaugeTime.reset(static_cast<double>(warmupNs_));
  }
}

void Aggregator::countFinishOnCore(StationStats& st, std::int16_t core) {
  if (core < 0) {
    return;
  }
  st.finishesByCore.resize(static_cast<std::size_t>(core) + 1, 0);
  ++st.finishesByCore[static_cast<std::size_t>(core)];
}

void Aggregator::finish(std::int64_t endNs) {
  if (endNs >= nextBoundaryNs_) {
    crossBoundary(endNs);
  }
  endNs_ = endNs;
  lastNs_ = std::max(lastNs_, endNs);
  finished_ = true;
  if (!warm_) {
    return;
  }
  const auto t = static_cast<double>(endNs);
  for (StationStats& st : stations_) {
    st.gaugeTime.set(t, st.gaugeTime.value());  // the counts' averages need no closing step
  }
}

std::uint64_t Aggregator::drops() const {
  std::uint64_t n = 0;
  for (const StationStats& st : stations_) {
    n += st.drops;
  }
  return n;
}

double Aggregator::observedSeconds() const {
  return static_cast<double>(std::max<std::int64_t>(0, endNs() - warmupNs_)) * 1e-9;
}

double Aggregator::meanQueueLength(std::size_t s) const {
  if (!warm_ || s >= stations_.size()) {
    return 0.0;
  }
  return stations_[s].queueLen.average(static_cast<double>(endNs()));
}

double Aggregator::utilization(std::size_t s) const {
  if (!warm_ || s >= stations_.size()) {
    return 0.0;
  }
  return stations_[s].busy.average(static_cast<double>(endNs())) / static_cast<double>(stations_[s].servers);
}

}  // namespace amp::observe
