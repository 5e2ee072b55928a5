// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QWidget>
#include <string>

#include "amp/run/params.h"

class QLabel;
class QTableWidget;
class QToolButton;

namespace amp::widgets {

/// Edits a table parameter: one column per ColumnSpec (label and unit in the header, range in the
/// tooltip), add and remove row buttons within the spec's row limits. A cell outside its range is
/// marked and named below the table, and the value is not taken until every cell is valid.
class TableParamEditor : public QWidget {
  Q_OBJECT

 public:
  TableParamEditor(const run::ParamSpec& spec, QWidget* parent = nullptr);
  /// Shows `text` (JSON rows); false when it does not parse (the table keeps what it had).
  bool setText(const std::string& text);
  /// The rows as JSON text, as the lab reads them.
  std::string text() const { return text_; }
  /// What is wrong with the table as edited ("" when valid).
  QString problem() const;
  QTableWidget* table() const { return table_; }
  void addRow();
  void removeRow();

 signals:
  /// Every cell valid and something changed: the new JSON rows.
  void edited(const QString& text);

 private:
  void cellEdited();
  void updateButtons();

  const run::ParamSpec& spec_;
  std::string text_;
  bool filling_ = false;
  QTableWidget* table_ = nullptr;
  QToolButton* add_ = nullptr;
  QToolButton* remove_ = nullptr;
  QLabel* message_ = nullptr;
};

}  // namespace amp::widgets
