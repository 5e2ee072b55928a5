// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QWidget>
#include <vector>

#include "amp/run/lab.h"

class QLabel;

namespace amp::widgets {

class ChartWidget;

/// A horizontal gauge 0..100 % with the live value as a bar and the model's value as a tick.
class UtilizationGauge : public QWidget {
  Q_OBJECT

 public:
  explicit UtilizationGauge(QWidget* parent = nullptr);
  void setValues(double live, double model);  ///< fractions; NaN = not known
  double live() const { return live_; }
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  double live_ = NAN, model_ = NAN;
};

/// The serialization ceiling: the master's utilization live against 100 %, its throughput
/// ceiling (throughput / master utilization = 1 / S_master), and where the current parameters
/// sit on the capacity-vs-workers curve ("you are here"). Everything comes from the lab's model,
/// its metric specs and the ceiling panel it declares; the curve is the model over `workers`.
class CeilingPanel : public QWidget {
  Q_OBJECT

 public:
  explicit CeilingPanel(QWidget* parent = nullptr);
  /// Shows the ceiling the lab declares (a run::PanelKind::Ceiling panel: its serializing station,
  /// that station's utilization metric and, optionally, the model value of its capacity); without
  /// one the panel says it does not apply and applicable() is false.
  void setLab(const run::Lab* lab, std::vector<run::MetricSpec> metrics);
  void setParams(const run::Params& params, const run::ModelResult& model);
  void setLiveUtilization(double utilization);
  void setMeasured(const run::RunResult* result);
  bool applicable() const { return applicable_; }
  /// The "you are here" chart, for export.
  ChartWidget* chart() const { return chart_; }

 private:
  void updateText();
  double ceilingOf(const run::ModelResult& model) const;   ///< the master's capacity
  double capacityOf(const run::ModelResult& model) const;  ///< the whole system's

  const run::Lab* lab_ = nullptr;
  std::vector<run::MetricSpec> metrics_;
  int master_ = -1;
  std::string masterUtilKey_, capacityKey_, throughputKey_, workersKey_;
  bool applicable_ = false;
  double modelUtil_ = NAN, ceiling_ = NAN, capacity_ = NAN, offered_ = NAN, measuredUtil_ = NAN;
  double liveUtil_ = NAN;
  int workers_ = 0;
  std::string bottleneck_;
  bool stable_ = true;
  UtilizationGauge* gauge_ = nullptr;
  QLabel* text_ = nullptr;
  ChartWidget* chart_ = nullptr;
};

}  // namespace amp::widgets
