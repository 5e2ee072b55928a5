// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Helpers shared by the chart builders, and the public ones of chart_builder.h.
#include <algorithm>
#include <chrono>
#include <cmath>

#include "widgets/charts/chart_kinds.h"
#include "widgets/format.h"

namespace amp::widgets {

const run::MetricSpec* firstMetric(const ChartInputs& in) {
  const auto& spec = *in.spec;
  return in.metrics != nullptr && !spec.metrics.empty() ? findMetric(*in.metrics, spec.metrics.front())
                                                        : nullptr;
}

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

}  // namespace amp::widgets
