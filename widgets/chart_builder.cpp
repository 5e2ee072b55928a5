// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/chart_builder.h"

#include <cmath>

#include "widgets/charts/chart_kinds.h"
#include "widgets/format.h"

namespace amp::widgets {

namespace {

struct ChartKindEntry {
  PlotData (*build)(const ChartInputs&) = nullptr;
  bool live = false;  // follows the live stream: redrawn every frame while a run goes on
};

// One case per chart kind, its builder in widgets/charts/<kind>.cpp. No default: the compiler
// names a kind left out.
ChartKindEntry entryFor(run::ChartKind kind) {
  switch (kind) {
    case run::ChartKind::TimeSeries:
      return {buildTimeSeries, true};
    case run::ChartKind::Histogram:
      return {buildHistogram, true};
    case run::ChartKind::SweepCurve:
      return {buildSweepCurve, false};
    case run::ChartKind::BarsPerStation:
      return {buildBarsPerStation, false};
    case run::ChartKind::StackedBars:
      return {buildStackedBars, false};
    case run::ChartKind::BarsPerEntity:
      return {buildBarsPerEntity, false};
    case run::ChartKind::HeatMap:
      return {buildHeatMap, false};
    case run::ChartKind::Timeline:
      return {buildTimeline, false};
    case run::ChartKind::LearningCurve:
      return {buildLearningCurve, false};
  }
  return {};
}

/// The lab's named model values (or metrics' model values) the chart asks for, as dashed lines:
/// vertical on a histogram's value axis, horizontal elsewhere; x references always vertical.
void addReferenceLines(PlotData& d, const ChartInputs& in) {
  if (in.model == nullptr || !in.showModel) return;
  const std::vector<run::ModelValueSpec> named = in.lab->modelValues();
  const bool histogram = in.spec->kind == run::ChartKind::Histogram;
  std::vector<std::pair<std::string, bool>> lines;  // key, vertical
  for (const auto& key : in.spec->references) lines.emplace_back(key, histogram);
  for (const auto& key : in.spec->xReferences) lines.emplace_back(key, true);
  for (const auto& [key, vertical] : lines) {
    auto it = in.model->values.find(key);
    if (it == in.model->values.end() || !std::isfinite(it->second)) continue;
    QString label;
    std::string unit;
    for (const auto& v : named)
      if (v.key == key) {
        label = labText(v.label);
        unit = v.unit;
      }
    if (label.isEmpty() && in.metrics != nullptr)
      if (const run::MetricSpec* m = findMetric(*in.metrics, key)) {
        label = tr("model %1").arg(labText(m->label));
        unit = m->unit;
      }
    PlotLayer l;
    l.style = vertical ? LayerStyle::VLine : LayerStyle::HLine;
    l.color = QColor(0x80, 0x30, 0xa0);
    l.dashed = true;
    (vertical ? l.x : l.y).push_back(it->second);
    l.label = QStringLiteral("%1 %2").arg(label, formatWithUnit(it->second, unit));
    d.layers.push_back(std::move(l));
  }
}

}  // namespace

bool isLiveChart(const run::ChartSpec& spec) { return entryFor(spec.kind).live; }

PlotData buildChart(const ChartInputs& in) {
  PlotData d;
  if (in.lab == nullptr || in.spec == nullptr) return d;
  const auto& spec = *in.spec;
  if (const ChartKindEntry e = entryFor(spec.kind); e.build != nullptr) d = e.build(in);
  addReferenceLines(d, in);
  d.title = labText(spec.title);
  d.logY = d.logY || spec.logY;
  return d;
}

}  // namespace amp::widgets
