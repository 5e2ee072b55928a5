// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QWidget>
#include <vector>

#include "amp/run/lab.h"
#include "amp/run/result.h"

class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace amp::widgets {

/// The tables a lab fills in a run (its Table outputs: per task, per state, per step), one under
/// the other, each under the title its output declares; numbers with their CI's half-width.
class LabTables : public QWidget {
  Q_OBJECT

 public:
  LabTables(std::vector<run::OutputSpec> tableOutputs, QWidget* parent = nullptr);
  /// Show the tables of `r` (null or without tables: says what fills them).
  void setResult(const run::RunResult* r);
  int shownTables() const { return static_cast<int>(shown_.size()); }

 private:
  QString titleOf(const std::string& name) const;

  std::vector<run::OutputSpec> outputs_;
  QVBoxLayout* layout_ = nullptr;
  QLabel* empty_ = nullptr;
  std::vector<QWidget*> shown_;
};

}  // namespace amp::widgets
