// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Histogram: a metric's distribution as shares, finished runs and the live stream overlaid, with
// percentile lines and the model's mean.
#include <algorithm>
#include <cmath>
#include <limits>

#include "widgets/charts/chart_kinds.h"
#include "widgets/format.h"

namespace amp::widgets {

namespace {
constexpr int kHistogramBins = 60;

const observe::LogHistogram* liveHistogram(const LiveStats& live, const run::MetricSpec& m) {
  if (m.source == run::MetricSource::Sojourn) return &live.sojournHistogram();
  if (m.source == run::MetricSource::Wait && m.station >= 0 &&
      static_cast<std::size_t>(m.station) < live.stations().size())
    return &live.waitHistogram(m.station);
  return nullptr;
}

const run::Histogram* findHistogram(const run::RunResult& r, const std::string& name,
                                    const std::string& metricKey) {
  for (const auto& h : r.histograms)
    if (h.name == name) return &h;
  for (const auto& h : r.histograms)
    if (h.name == metricKey) return &h;
  if (name.empty() && !r.histograms.empty()) return &r.histograms.front();
  return nullptr;
}
}  // namespace

PlotData buildHistogram(const ChartInputs& in) {
  const auto& spec = *in.spec;
  const run::MetricSpec* m = firstMetric(in);
  PlotData d;
  d.xLabel = spec.xLabel.empty() ? metricTitle(m, spec.series) : labText(spec.xLabel);
  // Shares, not counts: runs of different lengths (and sim against real) overlay on one scale.
  d.yLabel =
      spec.yLabel.empty() ? tr("share of requests [%]") : tr("%1 [% of all]").arg(labText(spec.yLabel));
  d.logX = spec.logX;
  d.logY = spec.logY;
  const std::string key = m != nullptr ? m->key : spec.series;
  const double scale = m != nullptr ? m->scale : 1.0;

  struct Src {
    QString name;
    QColor color;
    std::vector<Bucket> buckets;
    std::map<std::string, double> percentiles;
  };
  std::vector<Src> srcs;
  for (const auto& src : in.results) {
    const run::Histogram* h = findHistogram(*src.result, spec.series, key);
    if (h == nullptr) continue;
    Src s{src.name, src.color, bucketsOf(*h), {}};
    if (const auto* mv = resultMetric(src.result, key)) s.percentiles = mv->percentiles;
    if (!s.buckets.empty()) srcs.push_back(std::move(s));
  }
  if (in.live != nullptr && in.live->hasData() && m != nullptr) {
    if (const auto* h = liveHistogram(*in.live, *m); h != nullptr && h->count() > 0) {
      Src s;
      s.name = in.live->sampled() ? tr("real (live)") : tr("simulation (live)");
      s.color = in.liveColor.isValid() ? in.liveColor : simColor();
      for (const auto& b : h->buckets())
        s.buckets.push_back(Bucket{b.lo * scale, b.hi * scale, static_cast<double>(b.count)});
      s.percentiles["p50"] = h->quantile(0.50) * scale;
      s.percentiles["p95"] = h->quantile(0.95) * scale;
      s.percentiles["p99"] = h->quantile(0.99) * scale;
      srcs.push_back(std::move(s));
    }
  }
  double lo = std::numeric_limits<double>::infinity(), hi = 0.0;
  for (const auto& s : srcs)
    for (const auto& b : s.buckets) {
      if (b.count <= 0) continue;
      lo = std::min(lo, spec.logX ? std::max(b.lo, b.hi * 1e-3) : b.lo);
      hi = std::max(hi, b.hi);
    }
  // Linear charts start at 0 so the shape is honest about how far from zero the mass is.
  if (!spec.logX) lo = std::min(lo, 0.0);
  if (!srcs.empty() && hi > lo && std::isfinite(lo)) {
    for (const auto& s : srcs) {
      const auto counts = rebin(s.buckets, lo, hi, kHistogramBins, spec.logX);
      double total = 0;
      for (double c : counts) total += c;
      if (total <= 0) continue;
      PlotLayer l;
      l.name = s.name;
      l.style = LayerStyle::Step;
      l.color = s.color;
      for (int i = 0; i <= kHistogramBins; ++i) {
        const double f = static_cast<double>(i) / kHistogramBins;
        l.x.push_back(spec.logX ? lo * std::pow(hi / lo, f) : lo + f * (hi - lo));
        // The last edge repeats the last bin so the step outline closes.
        l.y.push_back(100.0 * counts[std::min(i, kHistogramBins - 1)] / total);
      }
      d.layers.push_back(std::move(l));
      for (const char* p : {"p50", "p95", "p99"}) {
        auto it = s.percentiles.find(p);
        if (it == s.percentiles.end() || !(it->second > 0)) continue;
        PlotLayer v;
        v.style = LayerStyle::VLine;
        v.color = s.color;
        v.dashed = true;
        v.x.push_back(it->second);
        v.label = QStringLiteral("%1 %2").arg(QString::fromLatin1(p), formatValue(it->second, 3));
        d.layers.push_back(std::move(v));
      }
    }
  }
  if (m != nullptr) addModelLine(d, in, m->key, m->unit, true);
  // The legend goes to the side the distribution leaves empty.
  for (const auto& l : d.layers)
    if (l.style == LayerStyle::Step && !l.y.isEmpty()) {
      const auto peak = std::max_element(l.y.begin(), l.y.end()) - l.y.begin();
      d.legend = peak > l.y.size() / 2 ? PlotData::Legend::TopLeft : PlotData::Legend::TopRight;
      break;
    }
  if (!d.hasData()) d.placeholder = tr("Press Run to see the distribution");
  return d;
}

}  // namespace amp::widgets
