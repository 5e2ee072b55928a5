// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/chart_grid.h"

#include <QGridLayout>
#include <algorithm>

#include "widgets/ceiling_panel.h"
#include "widgets/chart_widget.h"
#include "widgets/format.h"

namespace amp::widgets {

ChartGrid::ChartGrid(QWidget* parent) : QScrollArea(parent) {
  setWidgetResizable(true);
  setFrameShape(QFrame::NoFrame);
}

void ChartGrid::setLab(const run::Lab* lab, const std::vector<run::MetricSpec>& metrics) {
  lab_ = lab;
  specs_ = lab_->charts();
  panelChartId_.clear();
  for (const auto& p : lab_->panels())
    if (p.kind == run::PanelKind::Chart) panelChartId_ = p.chart;
  metrics_ = metrics;
  auto* host = new QWidget(this);
  auto* grid = new QGridLayout(host);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setSpacing(6);
  ceiling_ = new CeilingPanel(host);
  ceiling_->setMinimumHeight(330);
  ceiling_->setLab(lab_, metrics_);
  ceiling_->setVisible(ceiling_->applicable());  // only where the lab declares a ceiling
  ceiling_->chart()->setExportName(QString::fromStdString(lab_->info().id + "_ceiling"));
  // The ceiling panel goes third, next to the lab's first charts, so it is in view without
  // scrolling. A chart the lab shows in the flow's place is not repeated here.
  constexpr int kCeilingCell = 2;
  const int ceilingAt = ceiling_->applicable() ? kCeilingCell : -1;
  int cell = 0;
  for (const auto& spec : specs_) {
    if (cell == ceilingAt) ++cell;
    auto* chart = new ChartWidget(host);
    chart->setExportName(QString::fromStdString(lab_->info().id + "_" + spec.id));
    chart->setMinimumHeight(230);
    charts_.push_back(chart);
    if (spec.id == panelChartId_) continue;
    grid->addWidget(chart, cell / 2, cell % 2);
    ++cell;
  }
  if (ceiling_->applicable())
    grid->addWidget(ceiling_, std::min(cell, kCeilingCell) / 2, std::min(cell, kCeilingCell) % 2);
  // The first live chart stands for all of them in the frame count (they replot together).
  for (std::size_t i = 0; i < specs_.size(); ++i)
    if (isLiveChart(specs_[i])) {
      connect(charts_[i], &ChartWidget::replotted, this, &ChartGrid::liveReplotted);
      break;
    }
  setWidget(host);
}

ChartWidget* ChartGrid::panelChart() const {
  for (std::size_t i = 0; i < specs_.size(); ++i)
    if (specs_[i].id == panelChartId_) return charts_[i];
  return nullptr;
}

std::vector<ChartWidget*> ChartGrid::exportCharts() const {
  std::vector<ChartWidget*> all = charts_;
  if (ceiling_ != nullptr && ceiling_->chart()->isVisibleTo(ceiling_)) all.push_back(ceiling_->chart());
  return all;
}

ChartInputs ChartGrid::inputsFor(std::size_t chart, const State& state) const {
  ChartInputs in;
  in.lab = lab_;
  in.spec = &specs_[chart];
  in.metrics = &metrics_;
  in.params = state.params;
  in.model = state.model;
  in.showModel = state.showModel;
  return in;
}

void ChartGrid::updateLive(const State& state) {
  const LiveStats* live = state.live;
  const bool hasLive = live != nullptr && live->hasData();
  const bool follow = state.running || (hasLive && state.results.empty());
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    if (!isLiveChart(specs_[i])) continue;
    ChartInputs in = inputsFor(i, state);
    // During a compare run the finished simulation stays on the chart next to the live real run.
    for (const auto& s : state.results)
      if (!state.running || s.result->mode != state.runningMode) in.results.push_back(s);
    if (follow) {
      in.live = live;
      in.liveColor = state.runningMode == run::Mode::Real ? realColor() : simColor();
    }
    PlotData d = buildChart(in);
    if (!d.hasData() && in.live == nullptr && hasLive) {
      in.live = live;
      d = buildChart(in);
    }
    // A real run's live stream is samples of depths and busy CPUs; latencies come with its
    // results. Say so, rather than "Press Run" while it runs.
    if (!d.hasData() && state.running && live != nullptr && live->sampled())
      d.placeholder =
          tr("Measured on the real machine: shown here when the run ends (while it runs, only queue "
             "depths and busy CPUs are sampled)");
    charts_[i]->setPlot(d);
  }
}

void ChartGrid::updateStatic(const State& state) {
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    if (isLiveChart(specs_[i])) continue;
    ChartInputs in = inputsFor(i, state);
    in.results = state.results;
    if (specs_[i].kind == run::ChartKind::SweepCurve && state.sweep != nullptr &&
        state.sweptKey == specs_[i].sweepKey && state.sweptKey2.empty() && !state.sweep->empty())
      in.sweep = state.sweep;
    if (specs_[i].kind == run::ChartKind::HeatMap && state.sweep != nullptr && !state.sweep->empty() &&
        state.sweptKey == specs_[i].sweepKey && state.sweptKey2 == specs_[i].sweepKey2)
      in.sweep = state.sweep;
    charts_[i]->setPlot(buildChart(in));
  }
}

}  // namespace amp::widgets
