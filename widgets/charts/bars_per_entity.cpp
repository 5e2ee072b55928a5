// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Bars per entity: one bar per worker (as many as a parameter says) from a lab's series by index,
// grouped by run, with each bar's CI where the replications give one, and the model's line.
#include <algorithm>
#include <cmath>

#include "widgets/charts/chart_kinds.h"
#include "widgets/format.h"

namespace amp::widgets {

namespace {
/// Beyond this many entities the axis counts instead of naming each bar.
constexpr int kMaxNamedEntities = 16;

const run::Series* seriesOf(const run::RunResult* r, const std::string& name) {
  for (const auto& s : r->series)
    if (s.name == name) return &s;
  return nullptr;
}
}  // namespace

PlotData buildBarsPerEntity(const ChartInputs& in) {
  const auto& spec = *in.spec;
  PlotData d;
  const int entities = in.params != nullptr && in.params->has(spec.entityParam)
                           ? std::max(0, in.params->integer(spec.entityParam))
                           : 0;
  d.xLabel = labText(spec.xLabel);
  d.yLabel = labText(spec.yLabel);
  // Entities are numbered as the lab numbers them (from 0, like its stations "worker 0", ...).
  if (entities <= kMaxNamedEntities)
    for (int i = 0; i < entities; ++i) d.categories << QString::number(i);
  std::vector<const ResultSource*> shown;
  for (const auto& src : in.results)
    if (seriesOf(src.result, spec.series) != nullptr) shown.push_back(&src);
  const double group = 0.8;
  const double w = group / static_cast<double>(std::max<std::size_t>(1, shown.size()));
  for (std::size_t f = 0; f < shown.size(); ++f) {
    const run::Series& s = *seriesOf(shown[f]->result, spec.series);
    PlotLayer l;
    l.name = shown[f]->name;
    l.style = LayerStyle::Bars;
    l.color = shown[f]->color;
    l.barWidth = w * 0.92;
    const bool band = s.band.size() == s.points.size();
    for (std::size_t i = 0; i < s.points.size(); ++i) {
      // Entity i sits at category i on either axis.
      const double slot = s.points[i].first;
      l.x.push_back(slot - group / 2 + w * (static_cast<double>(f) + 0.5));
      l.y.push_back(s.points[i].second);
      if (band) {
        l.errMinus.push_back(std::max(0.0, s.points[i].second - s.band[i].first));
        l.errPlus.push_back(std::max(0.0, s.band[i].second - s.points[i].second));
      }
    }
    d.layers.push_back(std::move(l));
  }
  // The chart's metric is what every bar would be if the load were even: the model's mean.
  if (const run::MetricSpec* m = firstMetric(in)) addModelLine(d, in, m->key, m->unit, false);
  d.legend = PlotData::Legend::Below;
  if (!d.hasData()) d.placeholder = tr("Press Run to see each one's share");
  return d;
}

}  // namespace amp::widgets
