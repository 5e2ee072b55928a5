// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Stacked bars: a latency split into its stages, one column per face (model mean, each run's mean
// and its p99 per stage).
#include <algorithm>
#include <cmath>

#include "widgets/charts/chart_kinds.h"
#include "widgets/format.h"

namespace amp::widgets {

PlotData buildStackedBars(const ChartInputs& in) {
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

}  // namespace amp::widgets
