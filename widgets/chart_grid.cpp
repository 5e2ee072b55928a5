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
  metrics_ = metrics;
  auto* host = new QWidget(this);
  auto* grid = new QGridLayout(host);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setSpacing(6);
  // The ceiling panel is on every lab page; it goes third, next to the lab's first charts, so
  // it is in view without scrolling.
  constexpr int kCeilingCell = 2;
  int cell = 0;
  for (const auto& spec : specs_) {
    if (cell == kCeilingCell) ++cell;
    auto* chart = new ChartWidget(host);
    chart->setExportName(QString::fromStdString(lab_->info().id + "_" + spec.id));
    chart->setMinimumHeight(230);
    grid->addWidget(chart, cell / 2, cell % 2);
    charts_.push_back(chart);
    ++cell;
  }
  const int ceilingCell = std::min(cell, kCeilingCell);
  // The first live chart stands for all of them in the frame count (they replot together).
  for (std::size_t i = 0; i < specs_.size(); ++i)
    if (isLiveChart(specs_[i])) {
      connect(charts_[i], &ChartWidget::replotted, this, &ChartGrid::liveReplotted);
      break;
    }
  ceiling_ = new CeilingPanel(host);
  ceiling_->setMinimumHeight(330);
  int master = -1;
  const run::Topology topo = lab_->topology(run::defaults(lab_->params()));
  for (std::size_t v = 0; v < boost::num_vertices(topo); ++v)
    if (topo[v].master) {
      master = static_cast<int>(v);
      break;
    }
  ceiling_->setLab(lab_, metrics_, master);
  ceiling_->chart()->setExportName(QString::fromStdString(lab_->info().id + "_ceiling"));
  grid->addWidget(ceiling_, ceilingCell / 2, ceilingCell % 2);
  setWidget(host);
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
    charts_[i]->setPlot(d);
  }
}

void ChartGrid::updateStatic(const State& state) {
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    if (isLiveChart(specs_[i])) continue;
    ChartInputs in = inputsFor(i, state);
    in.results = state.results;
    if (specs_[i].kind == run::ChartKind::SweepCurve && state.sweep != nullptr &&
        state.sweptKey == specs_[i].sweepKey && !state.sweep->empty())
      in.sweep = state.sweep;
    charts_[i]->setPlot(buildChart(in));
  }
}

}  // namespace amp::widgets
