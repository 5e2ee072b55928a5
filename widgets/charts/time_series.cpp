// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Time series: a metric over time, from finished runs and the live stream, with the model's value.
#include "widgets/charts/chart_kinds.h"
#include "widgets/format.h"

namespace amp::widgets {

namespace {
// The live series a metric corresponds to, by where the metric comes from in the stream.
const observe::SeriesRecorder* liveSeries(const LiveStats& live, const run::MetricSpec& m) {
  const bool station = m.station >= 0 && static_cast<std::size_t>(m.station) < live.stations().size();
  switch (m.source) {
    case run::MetricSource::Sojourn:
      return &live.sojournSeries();
    case run::MetricSource::QueueLength:
      return station ? &live.queueSeries(m.station) : nullptr;
    case run::MetricSource::Utilization:
      return station ? &live.utilizationSeries(m.station) : nullptr;
    case run::MetricSource::Wait:
      return station ? &live.waitSeries(m.station) : nullptr;
    default:
      return nullptr;
  }
}

const run::Series* findSeries(const run::RunResult& r, const std::string& name,
                              const std::string& metricKey) {
  for (const auto& s : r.series)
    if (s.name == name) return &s;
  for (const auto& s : r.series)
    if (s.name == metricKey) return &s;
  return nullptr;
}
}  // namespace

PlotData buildTimeSeries(const ChartInputs& in) {
  const auto& spec = *in.spec;
  const run::MetricSpec* m = firstMetric(in);
  PlotData d;
  d.xLabel = spec.xLabel.empty() ? tr("time [s]") : labText(spec.xLabel);
  d.yLabel = spec.yLabel.empty() ? metricTitle(m, spec.series) : labText(spec.yLabel);
  const std::string key = m != nullptr ? m->key : spec.series;
  for (const auto& src : in.results) {
    const run::Series* s = findSeries(*src.result, spec.series, key);
    if (s == nullptr || s->points.empty()) continue;
    PlotLayer l;
    l.name = src.name;
    l.color = src.color;
    for (const auto& [x, y] : s->points) {
      l.x.push_back(x);
      l.y.push_back(y);
    }
    d.layers.push_back(std::move(l));
  }
  if (in.live != nullptr && in.live->hasData()) {
    double scale = 1.0;
    const observe::SeriesRecorder* s = in.live->seriesNamed(spec.series, &scale);
    if (s == nullptr && m != nullptr) {
      s = liveSeries(*in.live, *m);
      scale = m->scale;
    }
    if (s != nullptr && !s->points().empty()) {
      PlotLayer l;
      l.name = in.live->sampled() ? tr("real (live)") : tr("simulation (live)");
      l.color = in.liveColor.isValid() ? in.liveColor : simColor();
      l.x.reserve(static_cast<int>(s->points().size()));
      l.y.reserve(static_cast<int>(s->points().size()));
      for (const auto& [x, y] : s->points()) {
        l.x.push_back(x);
        l.y.push_back(y * scale);
      }
      d.layers.push_back(std::move(l));
    }
  }
  if (m != nullptr) addModelLine(d, in, m->key, m->unit, false);
  if (!d.hasData()) d.placeholder = tr("Press Run to watch this over time");
  return d;
}

}  // namespace amp::widgets
