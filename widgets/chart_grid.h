// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QColor>
#include <QScrollArea>
#include <string>
#include <vector>

#include "amp/run/lab.h"
#include "amp/run/sweep.h"
#include "widgets/chart_builder.h"
#include "widgets/live_stats.h"

namespace amp::widgets {

class CeilingPanel;
class ChartWidget;

/// A lab's charts, one per ChartSpec, two to a row in a scroll area, with the serialization-ceiling
/// panel as the third cell where the lab declares one. Charts that follow the live stream redraw apart from
/// those drawn from results and parameters only.
class ChartGrid : public QScrollArea {
  Q_OBJECT

 public:
  explicit ChartGrid(QWidget* parent = nullptr);

  /// Builds the charts and the ceiling panel for `lab` (once; `metrics` is lab->metrics()).
  void setLab(const run::Lab* lab, const std::vector<run::MetricSpec>& metrics);
  CeilingPanel* ceiling() const { return ceiling_; }
  /// The lab's charts, in the order of its ChartSpecs.
  const std::vector<ChartWidget*>& labCharts() const { return charts_; }
  /// The chart the lab shows in the flow's place (a run::PanelKind::Chart panel), not in the grid;
  /// nullptr when it declares none. Its owner places it.
  ChartWidget* panelChart() const;
  /// The lab's charts and the ceiling chart where it applies, for export.
  std::vector<ChartWidget*> exportCharts() const;

  /// What the charts draw now.
  struct State {
    const run::Params* params = nullptr;
    const run::ModelResult* model = nullptr;  ///< nullptr: the model could not be computed
    bool showModel = true;
    std::vector<ResultSource> results;
    const LiveStats* live = nullptr;  ///< the stream of the run going on, or of the last one
    bool running = false;
    run::Mode runningMode = run::Mode::Sim;
    /// A sweep's points, drawn on the sweep curve over `sweptKey`.
    const std::vector<run::SweepPoint>* sweep = nullptr;
    std::string sweptKey, sweptKey2;  ///< the second: a two-parameter sweep, drawn on a heat map
  };
  /// Redraws the charts that follow the live stream.
  void updateLive(const State& state);
  /// Redraws the charts drawn from results and parameters only.
  void updateStatic(const State& state);

 signals:
  /// The first live chart replotted (the live charts replot together, so it stands for all).
  void liveReplotted();

 private:
  ChartInputs inputsFor(std::size_t chart, const State& state) const;

  const run::Lab* lab_ = nullptr;
  std::vector<run::ChartSpec> specs_;
  std::string panelChartId_;  // the chart the lab shows in the flow's place ("" for none)
  std::vector<run::MetricSpec> metrics_;
  std::vector<ChartWidget*> charts_;
  CeilingPanel* ceiling_ = nullptr;
};

}  // namespace amp::widgets
