// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/chart_builder.h"

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "widgets/format.h"

namespace amp::widgets {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("amp::widgets", text); }

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kHistogramBins = 60;
constexpr int kModelCurvePoints = 80;
// Per curve and redraw; a model that solves a Markov chain per point gets fewer points.
constexpr double kCurveBudgetMs = 25.0;

QString metricTitle(const run::MetricSpec* m, const std::string& fallback) {
  QString t = m != nullptr ? labText(m->label.empty() ? m->key : m->label) : QString::fromStdString(fallback);
  if (m != nullptr && !m->unit.empty()) t += QStringLiteral(" [%1]").arg(QString::fromStdString(m->unit));
  return t;
}

double modelValue(const ChartInputs& in, const std::string& key) {
  if (in.model == nullptr || !in.showModel) return kNaN;
  auto it = in.model->values.find(key);
  return it == in.model->values.end() ? kNaN : it->second;
}

const run::MetricValue* resultMetric(const run::RunResult* r, const std::string& key) {
  if (r == nullptr) return nullptr;
  auto it = r->metrics.find(key);
  return it == r->metrics.end() ? nullptr : &it->second;
}

void addModelLine(PlotData& d, const ChartInputs& in, const std::string& key, const std::string& unit,
                  bool vertical) {
  const double v = modelValue(in, key);
  if (std::isnan(v)) return;
  PlotLayer l;
  l.style = vertical ? LayerStyle::VLine : LayerStyle::HLine;
  l.color = modelColor();
  l.dashed = true;
  (vertical ? l.x : l.y).push_back(v);
  l.label = tr("model %1").arg(formatWithUnit(v, unit));
  d.layers.push_back(std::move(l));
}

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

const observe::LogHistogram* liveHistogram(const LiveStats& live, const run::MetricSpec& m) {
  if (m.source == run::MetricSource::Sojourn) return &live.sojournHistogram();
  if (m.source == run::MetricSource::Wait && m.station >= 0 &&
      static_cast<std::size_t>(m.station) < live.stations().size())
    return &live.waitHistogram(m.station);
  return nullptr;
}

const run::Series* findSeries(const run::RunResult& r, const std::string& name,
                              const std::string& metricKey) {
  for (const auto& s : r.series)
    if (s.name == name) return &s;
  for (const auto& s : r.series)
    if (s.name == metricKey) return &s;
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

PlotData buildTimeSeries(const ChartInputs& in, const run::MetricSpec* m) {
  const auto& spec = *in.spec;
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

PlotData buildHistogram(const ChartInputs& in, const run::MetricSpec* m) {
  const auto& spec = *in.spec;
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

PlotData buildSweep(const ChartInputs& in) {
  const auto& spec = *in.spec;
  PlotData d;
  d.logX = spec.logX;
  d.logY = spec.logY;
  const auto params = in.lab->params();
  const run::ParamSpec* ps = run::findSpec(params, spec.sweepKey);
  if (ps == nullptr) {
    d.placeholder =
        tr("This chart sweeps an unknown parameter '%1'").arg(QString::fromStdString(spec.sweepKey));
    return d;
  }
  QString xl = labText(ps->label.empty() ? ps->key : ps->label);
  if (!ps->unit.empty()) xl += QStringLiteral(" [%1]").arg(QString::fromStdString(ps->unit));
  d.xLabel = spec.xLabel.empty() ? xl : labText(spec.xLabel);
  const run::MetricSpec* first = in.metrics != nullptr && !spec.metrics.empty()
                                     ? findMetric(*in.metrics, spec.metrics.front())
                                     : nullptr;
  d.yLabel = spec.yLabel.empty() ? metricTitle(first, spec.metrics.empty() ? "" : spec.metrics.front())
                                 : labText(spec.yLabel);

  // A choice parameter is swept over its choices: x is the choice's index, labelled by name.
  const bool choice = ps->kind == run::ParamKind::Choice && !ps->choices.empty();
  auto xOf = [&](const run::Params& prm) {
    if (!prm.has(spec.sweepKey)) return kNaN;
    if (!choice) return prm.num(spec.sweepKey);
    const auto it = std::find(ps->choices.begin(), ps->choices.end(), prm.text(spec.sweepKey));
    return it == ps->choices.end() ? kNaN : static_cast<double>(it - ps->choices.begin());
  };
  double from = spec.sweepTo > spec.sweepFrom ? spec.sweepFrom : ps->min;
  double to = spec.sweepTo > spec.sweepFrom ? spec.sweepTo : ps->max;
  if (choice) {
    from = 0;
    to = static_cast<double>(ps->choices.size() - 1);
    for (const auto& c : ps->choices) d.categories << QString::fromStdString(c);
  }
  if (in.sweep != nullptr)
    for (const auto& pt : *in.sweep) {
      from = std::min(from, pt.value);
      to = std::max(to, pt.value);
    }
  const bool log = spec.logX && from > 0 && !choice;
  const bool integer = ps->kind == run::ParamKind::Integer || choice;

  for (std::size_t mi = 0; mi < spec.metrics.size(); ++mi) {
    const std::string& key = spec.metrics[mi];
    const run::MetricSpec* m = in.metrics != nullptr ? findMetric(*in.metrics, key) : nullptr;
    const QString mname =
        m != nullptr ? labText(m->label.empty() ? key : m->label) : QString::fromStdString(key);
    const QString suffix = spec.metrics.size() > 1 ? QStringLiteral(" · ") + mname : QString();
    // Model curve: the lab's model evaluated along the swept parameter, all else as set now.
    if (in.params != nullptr && in.showModel) {
      PlotLayer curve;
      curve.name = tr("model") + suffix;
      curve.color = spec.metrics.size() > 1 ? paletteColor(static_cast<int>(mi)).darker(130) : modelColor();
      const auto pts = sampleCurve(from, to, kModelCurvePoints, log, integer, kCurveBudgetMs, [&](double x) {
        run::Params p = *in.params;
        if (choice) {
          const auto i = static_cast<std::size_t>(std::clamp(x, 0.0, to));
          p.setText(spec.sweepKey, ps->choices[std::min(i, ps->choices.size() - 1)]);
        } else {
          p.set(spec.sweepKey, x);
        }
        try {
          const auto mr = in.lab->model(p);
          auto it = mr.values.find(key);
          if (mr.stable && it != mr.values.end()) return it->second;
        } catch (const std::exception&) {
          // a point the model rejects is a gap in the curve, not an error
        }
        return kNaN;
      });
      for (const auto& [x, y] : pts) {
        curve.x.push_back(x);
        curve.y.push_back(y);
      }
      if (!curve.x.isEmpty()) d.layers.push_back(std::move(curve));
    }
    if (in.sweep != nullptr && !in.sweep->empty()) {
      PlotLayer pts;
      pts.name = (in.sweep->front().result.mode == run::Mode::Real ? tr("real sweep (95% CI)")
                                                                   : tr("simulation sweep (95% CI)")) +
                 suffix;
      pts.style = LayerStyle::Points;
      pts.color = spec.metrics.size() > 1                            ? paletteColor(static_cast<int>(mi))
                  : in.sweep->front().result.mode == run::Mode::Real ? realColor()
                                                                     : simColor();
      for (const auto& pt : *in.sweep) {
        const auto* mv = resultMetric(&pt.result, key);
        if (mv == nullptr || pt.result.status != run::RunStatus::Ok) continue;
        pts.x.push_back(pt.value);
        pts.y.push_back(mv->mean);
        pts.errMinus.push_back(std::max(0.0, mv->mean - mv->ciLo));
        pts.errPlus.push_back(std::max(0.0, mv->ciHi - mv->mean));
      }
      if (!pts.x.isEmpty()) d.layers.push_back(std::move(pts));
    }
    for (const auto& src : in.results) {
      const auto* mv = resultMetric(src.result, key);
      const double x = xOf(src.result->params);
      if (mv == nullptr || std::isnan(x)) continue;
      PlotLayer pt;
      pt.name = src.name + suffix;
      pt.style = LayerStyle::Points;
      pt.color = src.color;
      pt.x.push_back(x);
      pt.y.push_back(mv->mean);
      pt.errMinus.push_back(std::max(0.0, mv->mean - mv->ciLo));
      pt.errPlus.push_back(std::max(0.0, mv->ciHi - mv->mean));
      d.layers.push_back(std::move(pt));
    }
  }
  if (in.params != nullptr && !std::isnan(xOf(*in.params))) {
    PlotLayer here;
    here.style = LayerStyle::VLine;
    here.color = QColor(0xc0, 0x20, 0x20);
    here.x.push_back(xOf(*in.params));
    here.label = tr("you are here");
    d.layers.push_back(std::move(here));
  }
  return d;
}

PlotData buildBars(const ChartInputs& in) {
  const auto& spec = *in.spec;
  PlotData d;
  d.yLabel = labText(spec.yLabel);
  struct Face {
    QString name;
    QColor color;
    const run::RunResult* result;
  };
  std::vector<Face> faces;
  if (in.model != nullptr && in.showModel) faces.push_back(Face{tr("model"), modelColor(), nullptr});
  for (const auto& src : in.results) faces.push_back(Face{src.name, src.color, src.result});
  std::string unit;
  for (const auto& key : spec.metrics) {
    const run::MetricSpec* m = in.metrics != nullptr ? findMetric(*in.metrics, key) : nullptr;
    d.categories << (m != nullptr ? labText(m->label.empty() ? key : m->label) : QString::fromStdString(key));
    if (m != nullptr && unit.empty()) unit = m->unit;
  }
  if (d.yLabel.isEmpty() && !unit.empty()) d.yLabel = QString::fromStdString(unit);
  const double groupWidth = 0.8;
  const double w = groupWidth / std::max<std::size_t>(1, faces.size());
  for (std::size_t f = 0; f < faces.size(); ++f) {
    PlotLayer l;
    l.name = faces[f].name;
    l.style = LayerStyle::Bars;
    l.color = faces[f].color;
    l.barWidth = w * 0.92;
    bool any = false;
    for (std::size_t i = 0; i < spec.metrics.size(); ++i) {
      const double x = static_cast<double>(i) - groupWidth / 2 + w * (static_cast<double>(f) + 0.5);
      double y = kNaN, lo = 0, hi = 0;
      if (faces[f].result == nullptr) {
        y = modelValue(in, spec.metrics[i]);
      } else if (const auto* mv = resultMetric(faces[f].result, spec.metrics[i])) {
        y = mv->mean;
        lo = std::max(0.0, mv->mean - mv->ciLo);
        hi = std::max(0.0, mv->ciHi - mv->mean);
      }
      if (std::isnan(y)) continue;
      any = true;
      l.x.push_back(x);
      l.y.push_back(y);
      l.errMinus.push_back(lo);
      l.errPlus.push_back(hi);
    }
    if (faces[f].result == nullptr) {
      l.errMinus.clear();
      l.errPlus.clear();
    }
    if (any) d.layers.push_back(std::move(l));
  }
  d.legend = PlotData::Legend::Below;
  if (!d.hasData()) d.placeholder = tr("Press Run to compare the model with a measurement");
  return d;
}

PlotData buildStacked(const ChartInputs& in) {
  const auto& spec = *in.spec;
  PlotData d;
  struct Column {
    QString name;
    const run::RunResult* result;  // nullptr = the model
    bool p99;
  };
  std::vector<Column> cols;
  if (in.model != nullptr && in.showModel) {
    bool any = false;
    for (const auto& k : spec.metrics) any = any || !std::isnan(modelValue(in, k));
    if (any) cols.push_back(Column{tr("model\nmean"), nullptr, false});
  }
  for (const auto& src : in.results) {
    cols.push_back(Column{src.name + tr("\nmean"), src.result, false});
    bool hasP99 = false;
    for (const auto& k : spec.metrics)
      if (const auto* mv = resultMetric(src.result, k); mv != nullptr && mv->percentiles.count("p99") > 0)
        hasP99 = true;
    if (hasP99) cols.push_back(Column{src.name + tr("\np99 per stage"), src.result, true});
  }
  for (const auto& c : cols) d.categories << c.name;
  std::string unit;
  for (std::size_t si = 0; si < spec.metrics.size(); ++si) {
    const std::string& key = spec.metrics[si];
    const run::MetricSpec* m = in.metrics != nullptr ? findMetric(*in.metrics, key) : nullptr;
    if (m != nullptr && unit.empty()) unit = m->unit;
    PlotLayer l;
    l.name = m != nullptr ? labText(m->label.empty() ? key : m->label) : QString::fromStdString(key);
    l.style = LayerStyle::Bars;
    l.stack = 0;
    l.color = paletteColor(static_cast<int>(si));
    l.barWidth = 0.6;
    for (std::size_t c = 0; c < cols.size(); ++c) {
      double y = 0.0;
      if (cols[c].result == nullptr) {
        const double v = modelValue(in, key);
        y = std::isnan(v) ? 0.0 : v;
      } else if (const auto* mv = resultMetric(cols[c].result, key)) {
        if (cols[c].p99) {
          auto it = mv->percentiles.find("p99");
          y = it != mv->percentiles.end() ? it->second : 0.0;
        } else {
          y = mv->mean;
        }
      }
      l.x.push_back(static_cast<double>(c));
      l.y.push_back(std::isfinite(y) ? std::max(0.0, y) : 0.0);
    }
    d.layers.push_back(std::move(l));
  }
  d.yLabel = spec.yLabel.empty() ? QString::fromStdString(unit) : labText(spec.yLabel);
  d.legend = PlotData::Legend::Below;
  if (cols.empty()) {
    d.layers.clear();
    d.placeholder = tr("Press Run to split the latency into its stages");
  } else if (in.results.empty()) {
    d.placeholder = tr("Run to add the measured stages");
  }
  return d;
}

}  // namespace

std::vector<std::pair<double, double>> sampleCurve(double from, double to, int points, bool log, bool integer,
                                                   double budgetMs, const std::function<double(double)>& f) {
  std::vector<std::pair<double, double>> out;
  if (points < 1 || !(to >= from)) return out;
  log = log && from > 0;
  const int n = points;
  // Coarse to fine: both ends, then the midpoints of ever smaller intervals.
  std::vector<int> order{0};
  if (n > 1) order.push_back(n - 1);
  std::vector<std::pair<int, int>> intervals{{0, n - 1}};
  for (std::size_t k = 0; k < intervals.size(); ++k) {
    const auto [a, b] = intervals[k];
    if (b - a < 2) continue;
    const int mid = (a + b) / 2;
    order.push_back(mid);
    intervals.emplace_back(a, mid);
    intervals.emplace_back(mid, b);
  }
  const auto start = std::chrono::steady_clock::now();
  std::vector<double> seen;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const double frac = n > 1 ? static_cast<double>(order[k]) / (n - 1) : 0.0;
    double x = log ? from * std::pow(to / from, frac) : from + frac * (to - from);
    if (integer) x = std::round(x);
    if (std::find(seen.begin(), seen.end(), x) != seen.end()) continue;
    seen.push_back(x);
    out.emplace_back(x, f(x));
    const double spent =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (out.size() >= 5 && spent > budgetMs) break;
  }
  std::sort(out.begin(), out.end());
  return out;
}

const run::MetricSpec* findMetric(const std::vector<run::MetricSpec>& metrics, const std::string& key) {
  for (const auto& m : metrics)
    if (m.key == key) return &m;
  return nullptr;
}

bool isLiveChart(const run::ChartSpec& spec) {
  return spec.kind == run::ChartKind::TimeSeries || spec.kind == run::ChartKind::Histogram;
}

std::vector<Bucket> bucketsOf(const run::Histogram& h) {
  std::vector<Bucket> out;
  const auto& e = h.edgesAndCounts;
  for (std::size_t i = 0; i + 1 < e.size(); ++i)
    out.push_back(Bucket{e[i].first, e[i + 1].first, e[i].second});
  // A histogram whose last entry still carries a count is a list of point masses at its edges.
  if (!e.empty() && e.back().second > 0)
    out.push_back(Bucket{e.back().first, e.back().first, e.back().second});
  return out;
}

std::vector<double> rebin(const std::vector<Bucket>& buckets, double lo, double hi, int bins, bool log) {
  std::vector<double> out(static_cast<std::size_t>(std::max(1, bins)), 0.0);
  if (!(hi > lo) || (log && !(lo > 0))) return out;
  auto pos = [&](double v) {
    v = std::clamp(v, lo, hi);
    return log ? std::log(v / lo) / std::log(hi / lo) * bins : (v - lo) / (hi - lo) * bins;
  };
  for (const auto& b : buckets) {
    if (b.count <= 0) continue;
    const double a = pos(b.lo), z = pos(b.hi);
    if (z - a < 1e-12) {
      out[std::min<std::size_t>(out.size() - 1, static_cast<std::size_t>(a))] += b.count;
      continue;
    }
    // Spread the bucket over the display bins it overlaps, in proportion to the overlap.
    for (int i = static_cast<int>(a); i < bins && i <= static_cast<int>(z); ++i) {
      const double overlap = std::min<double>(z, i + 1) - std::max<double>(a, i);
      if (overlap > 0) out[i] += b.count * overlap / (z - a);
    }
  }
  return out;
}

std::string throughputMetric(const std::vector<run::MetricSpec>& metrics) {
  for (const auto& m : metrics)
    if (m.source == run::MetricSource::Throughput) return m.key;
  for (const auto& m : metrics)
    if (m.key.rfind("throughput", 0) == 0) return m.key;
  return {};
}

namespace {
double modelThroughput(const std::vector<run::MetricSpec>& metrics, const run::ModelResult& model) {
  const std::string key = throughputMetric(metrics);
  auto it = model.values.find(key);
  return key.empty() || it == model.values.end() ? kNaN : it->second;
}
}  // namespace

double modelCapacity(const std::vector<run::MetricSpec>& metrics, const run::ModelResult& model) {
  const double x = modelThroughput(metrics, model);
  if (!(x > 0)) return kNaN;
  double cap = kNaN;
  for (const auto& m : metrics) {
    if (m.source != run::MetricSource::Utilization) continue;
    auto it = model.values.find(m.key);
    if (it == model.values.end() || !(it->second > 0)) continue;
    const double c = x / it->second;
    cap = std::isnan(cap) ? c : std::min(cap, c);
  }
  return cap;
}

double modelCeiling(const std::vector<run::MetricSpec>& metrics, const run::ModelResult& model,
                    int masterStation) {
  const double x = modelThroughput(metrics, model);
  if (!(x > 0)) return kNaN;
  for (const auto& m : metrics) {
    if (m.source != run::MetricSource::Utilization || m.station != masterStation) continue;
    auto it = model.values.find(m.key);
    if (it != model.values.end() && it->second > 0) return x / it->second;
  }
  return kNaN;
}

PlotData buildChart(const ChartInputs& in) {
  PlotData d;
  if (in.lab == nullptr || in.spec == nullptr) return d;
  const auto& spec = *in.spec;
  const run::MetricSpec* m = in.metrics != nullptr && !spec.metrics.empty()
                                 ? findMetric(*in.metrics, spec.metrics.front())
                                 : nullptr;
  switch (spec.kind) {
    case run::ChartKind::TimeSeries:
      d = buildTimeSeries(in, m);
      break;
    case run::ChartKind::Histogram:
      d = buildHistogram(in, m);
      break;
    case run::ChartKind::SweepCurve:
      d = buildSweep(in);
      break;
    case run::ChartKind::BarsPerStation:
      d = buildBars(in);
      break;
    case run::ChartKind::StackedBars:
      d = buildStacked(in);
      break;
  }
  d.title = labText(spec.title);
  if (spec.kind != run::ChartKind::Histogram && spec.kind != run::ChartKind::SweepCurve)
    d.logY = d.logY || spec.logY;
  return d;
}

}  // namespace amp::widgets
