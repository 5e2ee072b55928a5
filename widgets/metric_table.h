// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QWidget>
#include <optional>
#include <vector>

#include "amp/run/compare.h"
#include "amp/run/lab.h"

class QTableWidget;
class QLabel;

namespace amp::widgets {

/// Metric · model · simulation (± 95% CI) · real, with units, percentiles as sub-rows, the
/// simulation cell tinted by whether the model lies inside its CI, and the verdict in words.
/// In comparison mode the columns are two saved runs and their difference.
class MetricTable : public QWidget {
  Q_OBJECT

 public:
  enum Column { MetricColumn = 0, ModelColumn = 1, SimColumn = 2, RealColumn = 3 };

  explicit MetricTable(QWidget* parent = nullptr);
  void setMetrics(std::vector<run::MetricSpec> metrics, bool hasReal);
  void setModel(const run::ModelResult& model);
  void setSim(const run::RunResult* result);  ///< nullptr clears the column
  void setReal(const run::RunResult* result);
  /// Two saved runs side by side (a, b, b − a); leaves comparison mode with clearComparison().
  void setComparison(const run::RunResult& a, const QString& nameA, const run::RunResult& b,
                     const QString& nameB);
  void clearComparison();
  /// In comparison mode: B − A of one metric with its own 95% CI (paired or not, as `d` says);
  /// `pending` says it is being computed. nullptr and false: none.
  void setDifference(const run::Difference* d, bool pending);
  bool comparing() const { return comparing_; }
  /// Hides the model column (and says why) while a student predicts.
  void setModelHidden(bool hidden);
  bool modelHidden() const { return modelHidden_; }

  /// The shown text of the row for `key` ("p99" etc. for a percentile row); for tests.
  QString cellText(const std::string& key, int column, const std::string& percentile = {}) const;
  QTableWidget* table() const { return table_; }
  QString verdictText() const;

 protected:
  /// A light or dark desktop: the cells' tints follow it.
  void changeEvent(QEvent* event) override;

 private:
  void rebuild();
  int rowOf(const std::string& key, const std::string& percentile) const;

  QTableWidget* table_ = nullptr;
  QLabel* verdict_ = nullptr;
  std::vector<run::MetricSpec> metrics_;
  std::vector<std::pair<std::string, std::string>> rows_;  // (metric key, percentile or "")
  bool hasReal_ = false;
  run::ModelResult model_;
  std::optional<run::RunResult> sim_, real_;
  bool comparing_ = false;
  bool modelHidden_ = false;
  std::optional<run::RunResult> a_, b_;
  std::optional<run::Difference> difference_;
  bool differencePending_ = false;
  QString nameA_, nameB_;
};

}  // namespace amp::widgets
