// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Bars: one group per metric, one bar per face (model, then each run) with its CI.
#include <algorithm>
#include <cmath>

#include "widgets/charts/chart_kinds.h"
#include "widgets/format.h"

namespace amp::widgets {

PlotData buildBarsPerStation(const ChartInputs& in) {
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

}  // namespace amp::widgets
