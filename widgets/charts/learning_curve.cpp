// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Learning curve: a lab's series over episodes, faint, with its rolling mean drawn bold, per run.
#include <cmath>

#include "widgets/charts/chart_kinds.h"
#include "widgets/format.h"

namespace amp::widgets {

PlotData buildLearningCurve(const ChartInputs& in) {
  const auto& spec = *in.spec;
  PlotData d;
  d.xLabel = spec.xLabel.empty() ? tr("episode") : labText(spec.xLabel);
  d.yLabel = labText(spec.yLabel);
  d.yFromZero = false;
  const int window = std::max(1, spec.window);
  for (const auto& src : in.results) {
    const run::Series* s = nullptr;
    for (const auto& x : src.result->series)
      if (x.name == spec.series) s = &x;
    if (s == nullptr || s->points.empty()) continue;
    PlotLayer raw;
    raw.color = src.color.lighter(160);
    PlotLayer mean;
    mean.name = tr("%1, mean of %2").arg(src.name).arg(window);
    mean.color = src.color;
    double sum = 0;
    for (std::size_t i = 0; i < s->points.size(); ++i) {
      raw.x.push_back(s->points[i].first);
      raw.y.push_back(s->points[i].second);
      sum += s->points[i].second;
      if (i >= static_cast<std::size_t>(window))
        sum -= s->points[i - static_cast<std::size_t>(window)].second;
      const double n = static_cast<double>(std::min<std::size_t>(i + 1, static_cast<std::size_t>(window)));
      mean.x.push_back(s->points[i].first);
      mean.y.push_back(sum / n);
    }
    d.layers.push_back(std::move(raw));
    d.layers.push_back(std::move(mean));
  }
  if (const run::MetricSpec* m = firstMetric(in)) addModelLine(d, in, m->key, m->unit, false);
  if (!d.hasData()) d.placeholder = tr("Press Run to watch it learn");
  return d;
}

}  // namespace amp::widgets
