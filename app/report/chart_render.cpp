// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "report/chart_render.h"

#include <algorithm>

#include "widgets/chart_export.h"

namespace amp::app {

namespace {

/// Whether a finished run carries what this chart draws.
bool hasData(const run::ChartSpec& spec, const run::RunResult& r) {
  switch (spec.kind) {
    case run::ChartKind::TimeSeries:
    case run::ChartKind::BarsPerEntity:
    case run::ChartKind::LearningCurve:
      return std::any_of(r.series.begin(), r.series.end(),
                         [&](const run::Series& s) { return s.name == spec.series; });
    case run::ChartKind::Timeline:
      return std::any_of(r.timelines.begin(), r.timelines.end(),
                         [&](const run::Timeline& t) { return t.name == spec.series && !t.events.empty(); });
    case run::ChartKind::HeatMap:
      return !r.model.values.empty();  // the model over the two parameters
    case run::ChartKind::Histogram:
      return std::any_of(r.histograms.begin(), r.histograms.end(),
                         [&](const run::Histogram& h) { return h.name == spec.series; });
    case run::ChartKind::SweepCurve:
      return true;  // the model curve along the swept parameter, with this run's point on it
    case run::ChartKind::BarsPerStation:
    case run::ChartKind::StackedBars:
      return std::any_of(spec.metrics.begin(), spec.metrics.end(), [&](const std::string& k) {
        return r.metrics.count(k) > 0 || r.model.values.count(k) > 0;
      });
  }
  return false;
}

}  // namespace

std::vector<run::ChartSpec> reportChartsOf(const run::Lab& lab, const run::RunResult& r) {
  std::vector<run::ChartSpec> out;
  for (const auto& spec : lab.charts()) {
    if (hasData(spec, r)) out.push_back(spec);
  }
  return out;
}

run::ChartSpec mainChartOf(const run::Lab& lab, const run::RunResult& r) {
  const auto charts = reportChartsOf(lab, r);
  return charts.empty() ? widgets::defaultChart(lab) : charts.front();
}

QString renderRunChart(const run::Lab& lab, const run::RunResult& r, const run::ChartSpec& spec,
                       const QString& file, QSize size, double fontPt) {
  return widgets::exportChart(lab, spec, r, file, size, fontPt);
}

QString renderSweepChart(const run::Lab& lab, const std::string& key,
                         const std::vector<run::SweepPoint>& points, const QString& file, QSize size,
                         double fontPt) {
  return widgets::exportSweep(lab, key, points, lab.keyMetric(), file, size, fontPt);
}

}  // namespace amp::app
