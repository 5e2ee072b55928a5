// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/chart_builder.h"

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
  }
  return {};
}

}  // namespace

bool isLiveChart(const run::ChartSpec& spec) { return entryFor(spec.kind).live; }

PlotData buildChart(const ChartInputs& in) {
  PlotData d;
  if (in.lab == nullptr || in.spec == nullptr) return d;
  const auto& spec = *in.spec;
  if (const ChartKindEntry e = entryFor(spec.kind); e.build != nullptr) d = e.build(in);
  d.title = labText(spec.title);
  d.logY = d.logY || spec.logY;
  return d;
}

}  // namespace amp::widgets
