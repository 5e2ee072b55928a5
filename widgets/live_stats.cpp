// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/live_stats.h"

#include <algorithm>

namespace amp::widgets {

namespace {
// Series for the live charts: a few minutes at 60 points/s before thinning starts.
constexpr std::size_t kSeriesPoints = 1500;
// Coarser than the engine's histograms: the live chart needs shape, not exact quantiles.
constexpr double kLiveHistError = 0.02;
// Enough tokens per frame to fill the animation; more would only be drawn on top of each other.
constexpr std::size_t kMaxTransfers = 256;
// Weight of the newest frame in the smoothed utilizations (~0.2 s time constant at 60 Hz).
constexpr double kSmoothing = 0.08;
}  // namespace

double LiveStats::Station::serverCount() const {
  // Lanes of servers that never reported count as idle in the station's mean.
  return std::max(1.0, std::max<double>(static_cast<double>(lanes.size()), servers));
}

int LiveStats::Station::busyLanes() const {
  int n = 0;
  for (const auto& l : lanes) n += l.busy ? 1 : 0;
  return n;
}

LiveStats::LiveStats() : sojournHist_(kLiveHistError), sojournSeries_(kSeriesPoints) {}

void LiveStats::reset(const run::Topology& topology, bool sampled) {
  *this = LiveStats();
  sampled_ = sampled;
  const auto n = boost::num_vertices(topology);
  stations_.resize(n);
  preds_.assign(n, {});
  succs_.assign(n, {});
  for (std::size_t v = 0; v < n; ++v) {
    const auto& p = topology[v];
    Station& st = stations_[v];
    st.name = p.name;
    st.role = p.role;
    st.servers = std::max(0, p.servers);
    st.capacity = p.capacity;
    st.master = p.master;
    if (p.master && master_ < 0) master_ = static_cast<int>(v);
    // Simulation lanes are the station's servers 0..c-1; a real run's lanes appear as CPUs report.
    const bool hasServers = p.role == run::StationRole::Queue || p.role == run::StationRole::Device ||
                            p.role == run::StationRole::Delay;
    if (!sampled && hasServers) {
      st.lanes.resize(static_cast<std::size_t>(std::min(st.servers, 256)));
      for (std::size_t i = 0; i < st.lanes.size(); ++i) st.lanes[i].core = static_cast<int>(i);
    }
  }
  for (auto [it, end] = boost::edges(topology); it != end; ++it) {
    const int s = static_cast<int>(boost::source(*it, topology));
    const int t = static_cast<int>(boost::target(*it, topology));
    edges_.emplace_back(s, t);
    succs_[s].push_back(t);
    preds_[t].push_back(s);
  }
  queueSeries_.assign(n, observe::SeriesRecorder(kSeriesPoints));
  utilSeries_.assign(n, observe::SeriesRecorder(kSeriesPoints));
  waitSeries_.assign(n, observe::SeriesRecorder(kSeriesPoints));
  gaugeSeries_.assign(n, observe::SeriesRecorder(kSeriesPoints));
  gauge_.assign(n, 0.0);
  hasGauge_.assign(n, false);
  waitHist_.assign(n, observe::LogHistogram(kLiveHistError));
  waitWindowSum_.assign(n, 0.0);
  waitWindowN_.assign(n, 0);
}

void LiveStats::noteGap() {
  ++gaps_;
  resetNs_ = nowNs_;
  restartWindow_ = true;
  for (auto& st : stations_) {
    if (!sampled_) st.queue = 0;
    for (auto& l : st.lanes) {
      l.busy = false;
      l.busyAccNs = 0;
    }
  }
  lastArriveEntity_ = lastFinishEntity_ = ~0ULL;
}

LiveStats::Lane& LiveStats::lane(Station& st, int core) {
  if (core >= 0 && static_cast<std::size_t>(core) < st.lanes.size() && st.lanes[core].core == core)
    return st.lanes[core];
  for (auto& l : st.lanes)
    if (l.core == core) return l;
  st.lanes.push_back(Lane{});
  st.lanes.back().core = core;
  // Keep lanes in core order so a real run's CPUs read top to bottom.
  std::sort(st.lanes.begin(), st.lanes.end(), [](const Lane& a, const Lane& b) { return a.core < b.core; });
  for (auto& l : st.lanes)
    if (l.core == core) return l;
  return st.lanes.back();
}

void LiveStats::transfer(int from, int to) {
  if (from < 0 || to < 0) return;
  if (transfers_.size() < kMaxTransfers) transfers_.push_back(Transfer{from, to});
}

int LiveStats::predecessorOf(int station, std::uint64_t entity) const {
  const auto& preds = preds_[station];
  if (preds.empty()) return -1;
  if (preds.size() == 1) return preds.front();
  if (entity == lastArriveEntity_) {
    for (int p : preds)
      if (stations_[p].role == run::StationRole::Source) return p;
  }
  if (entity == lastFinishEntity_ && std::find(preds.begin(), preds.end(), lastFinishStation_) != preds.end())
    return lastFinishStation_;
  return preds.front();
}

void LiveStats::add(const observe::Observation& o) {
  using observe::ObsKind;
  ++seen_;
  if (o.timeNs > nowNs_) nowNs_ = o.timeNs;
  if (restartWindow_) {
    windowStartNs_ = o.timeNs;
    restartWindow_ = false;
  }
  if (o.station >= stations_.size()) return;
  const int s = o.station;
  Station& st = stations_[s];
  switch (o.kind) {
    case ObsKind::Arrive:
      ++arrivals_;
      ++st.arrivals;
      lastArriveEntity_ = o.entity;
      if (st.role != run::StationRole::Source) {
        // The entry station's own Enqueue draws the token when it has one; a station without
        // queue records gets its token here.
        if (preds_[s].size() == 1 && stations_[preds_[s].front()].role == run::StationRole::Source &&
            st.role != run::StationRole::Queue)
          transfer(preds_[s].front(), s);
      }
      break;
    case ObsKind::Enqueue:
      ++st.queue;
      transfer(predecessorOf(s, o.entity), s);
      break;
    case ObsKind::Start: {
      ++st.starts;
      // Only subtract what was counted: the Enqueue happened at (time - wait).
      const bool counted = resetNs_ < 0 || o.timeNs - static_cast<std::int64_t>(o.value) >= resetNs_;
      if (counted && st.queue > 0) --st.queue;
      if (!st.lanes.empty() || o.core >= 0) {
        Lane& l = lane(st, std::max<int>(0, o.core));
        l.busy = true;
        l.busySinceNs = o.timeNs;
      }
      waitWindowSum_[s] += o.value;
      ++waitWindowN_[s];
      if (o.value > 0) waitHist_[s].add(o.value);
      break;
    }
    case ObsKind::Finish: {
      ++st.finishes;
      if (!st.lanes.empty() || o.core >= 0) {
        Lane& l = lane(st, std::max<int>(0, o.core));
        if (l.busy) {
          l.busyAccNs += o.timeNs - std::max(l.busySinceNs, windowStartNs_);
        } else {
          l.busyAccNs +=
              std::min<std::int64_t>(static_cast<std::int64_t>(o.value), o.timeNs - windowStartNs_);
        }
        l.busy = false;
      }
      lastFinishEntity_ = o.entity;
      lastFinishStation_ = s;
      break;
    }
    case ObsKind::Depart: {
      ++departures_;
      sojourn_.add(o.value);
      if (o.value > 0) sojournHist_.add(o.value);
      sojournWindowSum_ += o.value;
      ++sojournWindowN_;
      if (st.role == run::StationRole::Sink) {
        if (o.entity == lastFinishEntity_) transfer(lastFinishStation_, s);
      } else {
        for (int t : succs_[s])
          if (stations_[t].role == run::StationRole::Sink) {
            transfer(s, t);
            break;
          }
      }
      break;
    }
    case ObsKind::Drop:
      ++drops_;
      ++st.drops;
      break;
    case ObsKind::Handoff:
    case ObsKind::Fault:  // timeline events, drawn by a timeline chart
    case ObsKind::Detect:
      break;
    case ObsKind::State:
      gauge_[s] = o.value;
      hasGauge_[s] = true;
      if (sampled_) {
        if (o.core < 0) {
          st.queue = static_cast<std::int64_t>(o.value);
        } else {
          Lane& l = lane(st, o.core);
          l.busy = o.value > 0.0;
        }
      }
      break;
  }
}

void LiveStats::setUtilization(std::size_t station, double utilization) {
  if (station >= stations_.size()) return;
  Station& st = stations_[station];
  st.utilization = utilization;
  for (auto& l : st.lanes) l.utilization = utilization;
  final_ = true;
}

void LiveStats::settle() {
  if (spanTotalNs_ <= 0) return;
  for (Station& st : stations_) {
    if (st.lanes.empty()) continue;
    double sum = 0.0;
    for (Lane& l : st.lanes) {
      l.utilization = std::clamp(l.busyTotalNs / spanTotalNs_, 0.0, 1.0);
      sum += l.utilization;
    }
    st.utilization = sum / st.serverCount();
  }
  final_ = true;
}

void LiveStats::tick() {
  if (final_) return;  // the run's measured values stay on display
  const std::int64_t span = nowNs_ - windowStartNs_;
  const double t = simTimeS();
  for (std::size_t s = 0; s < stations_.size(); ++s) {
    Station& st = stations_[s];
    if (!st.lanes.empty()) {
      double sum = 0.0;
      for (auto& l : st.lanes) {
        double frac = 0.0;
        if (sampled_) {
          frac = l.busy ? 1.0 : 0.0;
        } else if (span > 0) {
          std::int64_t acc = l.busyAccNs;
          if (l.busy) acc += nowNs_ - std::max(l.busySinceNs, windowStartNs_);
          frac = std::clamp(static_cast<double>(acc) / static_cast<double>(span), 0.0, 1.0);
        } else {
          frac = l.utilization;
        }
        l.utilization += kSmoothing * (frac - l.utilization);
        l.busyTotalNs += frac * static_cast<double>(std::max<std::int64_t>(span, 0));
        l.busyAccNs = 0;
        sum += l.utilization;
      }
      st.utilization = sum / st.serverCount();
    }
  }
  // Series: one point per window of stream time (every tick when no window is set), with the
  // means over the whole window, so a fast run does not turn into a noisy per-frame curve.
  const bool sample = seen_ > 0 && (windowNs_ <= 0 || nowNs_ >= nextSampleNs_);
  if (sample) {
    for (std::size_t s = 0; s < stations_.size(); ++s) {
      queueSeries_[s].add(t, static_cast<double>(stations_[s].queue));
      utilSeries_[s].add(t, stations_[s].utilization);
      if (waitWindowN_[s] > 0)
        waitSeries_[s].add(t, waitWindowSum_[s] / static_cast<double>(waitWindowN_[s]));
      if (hasGauge_[s] && !sampled_) gaugeSeries_[s].add(t, gauge_[s]);
      waitWindowSum_[s] = 0.0;
      waitWindowN_[s] = 0;
    }
    if (sojournWindowN_ > 0) sojournSeries_.add(t, sojournWindowSum_ / static_cast<double>(sojournWindowN_));
    sojournWindowSum_ = 0.0;
    sojournWindowN_ = 0;
    if (windowNs_ > 0) nextSampleNs_ = (nowNs_ / windowNs_ + 1) * windowNs_;
  }
  if (span > 0) {
    spanTotalNs_ += static_cast<double>(span);
    windowStartNs_ = nowNs_;
  }
}

const observe::SeriesRecorder* LiveStats::seriesNamed(const std::string& name, double* scale) const {
  if (scale != nullptr) *scale = 1.0;
  // The runner publishes mean sojourn per window in ms; the stream carries ns.
  if (name == "latency") {
    if (scale != nullptr) *scale = 1e-6;
    return &sojournSeries_;
  }
  auto byStation = [&](const std::string& prefix,
                       const std::vector<observe::SeriesRecorder>& series) -> const observe::SeriesRecorder* {
    if (name.rfind(prefix, 0) != 0) return nullptr;
    const std::string station = name.substr(prefix.size());
    for (std::size_t s = 0; s < stations_.size(); ++s)
      if (stations_[s].name == station) return &series[s];
    return nullptr;
  };
  if (const auto* q = byStation("queue:", queueSeries_)) return q;
  return byStation("gauge:", gaugeSeries_);
}

std::vector<LiveStats::Transfer> LiveStats::takeTransfers() {
  std::vector<Transfer> out;
  out.swap(transfers_);
  return out;
}

}  // namespace amp::widgets
