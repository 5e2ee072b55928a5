// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "metric_values.h"

#include <boost/range/iterator_range.hpp>
#include <cmath>

namespace amp::run {

namespace {

const observe::StationStats* stationOf(const observe::Aggregator& agg, int s) {
  if (s < 0 || static_cast<std::size_t>(s) >= agg.stationCount()) return nullptr;
  return &agg.station(static_cast<std::size_t>(s));
}

/// The statistics of request class `cls`, or nullptr when the aggregator keeps no such class.
const observe::ClassStats* classOf(const observe::Aggregator& agg, int cls) {
  if (cls < 0 || static_cast<std::size_t>(cls) >= agg.classCount()) return nullptr;
  return &agg.classStats(static_cast<std::size_t>(cls));
}

}  // namespace

void collectMetrics(const Lab& lab, const Params& params, const observe::Aggregator& agg, Mode mode,
                    std::int64_t /*endNs*/, std::map<std::string, double>& values,
                    std::map<std::string, observe::LogHistogram>& hists, const observe::LabOutputs& outputs) {
  for (const auto& m : lab.metrics()) {
    if (m.realOnly && mode != Mode::Real) continue;
    const observe::StationStats* st = stationOf(agg, m.station);
    double v = NAN;
    const observe::LogHistogram* hist = nullptr;
    switch (m.source) {
      case MetricSource::Sojourn:
        if (m.cls >= 0) {
          if (const observe::ClassStats* c = classOf(agg, m.cls); c != nullptr && c->sojourn.count() > 0) {
            v = c->sojourn.mean();
            hist = &c->sojournHist;
          }
          break;
        }
        if (agg.sojourn().count() > 0) v = agg.sojourn().mean();
        hist = &agg.sojournHist();
        break;
      case MetricSource::Wait:
        if (m.cls >= 0) {
          const observe::ClassStats* c = classOf(agg, m.cls);
          const auto s = static_cast<std::size_t>(m.station);
          if (c != nullptr && st != nullptr && s < c->wait.size() && c->wait[s].count() > 0) {
            v = c->wait[s].mean();
            hist = &c->waitHist[s];
          }
          break;
        }
        if (st != nullptr && st->wait.count() > 0) {
          v = st->wait.mean();
          hist = &st->waitHist;
        }
        break;
      case MetricSource::Service:
        if (st != nullptr && st->service.count() > 0) {
          v = st->service.mean();
          hist = &st->serviceHist;
        }
        break;
      case MetricSource::Handoff:
        if (st != nullptr && st->handoff.count() > 0) v = st->handoff.mean();
        break;
      case MetricSource::Utilization:
        if (st != nullptr) v = agg.utilization(static_cast<std::size_t>(m.station));
        break;
      case MetricSource::QueueLength:
        if (st != nullptr) v = agg.meanQueueLength(static_cast<std::size_t>(m.station));
        break;
      case MetricSource::Throughput:
        v = agg.throughput();
        break;
      case MetricSource::DropRate: {
        const double drops = static_cast<double>(agg.drops());
        const double total = drops + static_cast<double>(agg.departures());
        v = total > 0 ? drops / total : 0.0;
        break;
      }
      case MetricSource::Gauge:
        if (st != nullptr && st->gauge.count() > 0) v = st->gauge.mean();
        break;
      case MetricSource::GaugeTime:
        if (st != nullptr)
          v = st->gaugeTime.average(static_cast<double>(agg.endNs()));  // ns, like the stream
        break;
      case MetricSource::Output:
        if (auto c = outputs.counters().find(m.key); c != outputs.counters().end()) {
          v = c->second;
        } else if (auto h = outputs.histogramMeans().find(m.key);
                   h != outputs.histogramMeans().end() && h->second.count() > 0) {
          v = h->second.mean();
          hist = &outputs.histograms().at(m.key);
        }
        break;
      case MetricSource::Custom:
        continue;
    }
    if (!std::isfinite(v)) continue;
    values[m.key] = v * m.scale;
    if (m.percentiles && hist != nullptr && hist->count() > 0) hists.emplace(m.key, *hist);
  }
  std::map<std::string, double> custom;
  lab.customMetrics(params, agg, mode, custom);
  for (auto& [k, v] : custom) values[k] = v;
}

std::vector<Series> seriesFrom(const Topology& topo, const observe::Aggregator& agg) {
  // Each Series is built whole rather than default-made and assigned field by field: GCC 12 at
  // -O3 misreads those string assignments as an overlapping memcpy (a -Wrestrict false positive).
  const auto stationName = [&](std::string name, std::size_t s) {
    name += s < boost::num_vertices(topo) ? topo[s].name : std::to_string(s);
    return name;
  };
  std::vector<Series> out;
  out.push_back(Series{"latency", "s", "ms", agg.latencySeries().points(), {}});
  for (std::size_t s = 0; s < agg.stationCount(); ++s) {
    if (agg.queueSeries(s).points().empty()) continue;
    const auto role = s < boost::num_vertices(topo) ? topo[s].role : StationRole::Queue;
    if (role == StationRole::Source || role == StationRole::Sink) continue;
    out.push_back(Series{stationName("queue:", s), "s", "jobs", agg.queueSeries(s).points(), {}});
  }
  for (std::size_t s = 0; s < agg.stationCount(); ++s) {
    if (agg.gaugeSeries(s).points().empty()) continue;
    out.push_back(Series{stationName("gauge:", s), "s", "", agg.gaugeSeries(s).points(), {}});
  }
  return out;
}

}  // namespace amp::run
