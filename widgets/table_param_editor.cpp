// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/table_param_editor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/format.h"
#include "widgets/theme_colors.h"

namespace amp::widgets {

namespace {

QString number(double v) { return QString::fromStdString(run::formatNumber(v)); }

}  // namespace

TableParamEditor::TableParamEditor(const run::ParamSpec& spec, QWidget* parent)
    : QWidget(parent), spec_(spec) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  table_ = new QTableWidget(0, static_cast<int>(spec.columns.size()), this);
  QStringList headers;
  for (std::size_t c = 0; c < spec.columns.size(); ++c) {
    const run::ColumnSpec& col = spec.columns[c];
    QString h = labText(col.label.empty() ? col.key : col.label);
    if (!col.unit.empty()) h += QStringLiteral(" [%1]").arg(labText(col.unit));
    headers << h;
  }
  table_->setHorizontalHeaderLabels(headers);
  for (std::size_t c = 0; c < spec.columns.size(); ++c) {
    const run::ColumnSpec& col = spec.columns[c];
    auto* header = table_->horizontalHeaderItem(static_cast<int>(c));
    header->setToolTip(tr("%1: %2 in [%3, %4]")
                           .arg(labText(col.label), col.integer ? tr("a whole number") : tr("a number"),
                                number(col.min), number(col.max)));
  }
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->verticalHeader()->setDefaultSectionSize(22);
  table_->setMinimumHeight(90);
  table_->setAccessibleName(labText(spec.label.empty() ? spec.key : spec.label));
  table_->setMaximumHeight(180);
  layout->addWidget(table_);

  auto* buttons = new QHBoxLayout;
  add_ = new QToolButton(this);
  add_->setText(tr("+ Row"));
  add_->setToolTip(tr("Add a row (a copy of the last one)"));
  remove_ = new QToolButton(this);
  remove_->setText(tr("− Row"));
  remove_->setToolTip(tr("Remove the selected row (or the last one)"));
  message_ = new QLabel(this);
  message_->setWordWrap(true);
  buttons->addWidget(add_);
  buttons->addWidget(remove_);
  buttons->addStretch(1);
  layout->addLayout(buttons);
  layout->addWidget(message_);
  message_->hide();
  // Red on the desktop's background, readable on a light and on a dark one.
  message_->setStyleSheet(
      QStringLiteral("color: %1;")
          .arg(isDark(palette()) ? QStringLiteral("#ff6b6b") : QStringLiteral("#b00020")));

  connect(add_, &QToolButton::clicked, this, &TableParamEditor::addRow);
  connect(remove_, &QToolButton::clicked, this, &TableParamEditor::removeRow);
  connect(table_, &QTableWidget::itemChanged, this, [this] {
    if (!filling_) cellEdited();
  });
  setText(spec.defText);
}

bool TableParamEditor::setText(const std::string& text) {
  run::TableRows rows;
  if (!run::parseTable(spec_, text, rows).empty()) return false;
  filling_ = true;
  table_->setRowCount(static_cast<int>(rows.size()));
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c)
      table_->setItem(static_cast<int>(r), static_cast<int>(c), new QTableWidgetItem(number(rows[r][c])));
  filling_ = false;
  text_ = run::formatTable(rows);
  message_->hide();
  updateButtons();
  return true;
}

QString TableParamEditor::problem() const {
  run::TableRows rows;
  for (int r = 0; r < table_->rowCount(); ++r) {
    std::vector<double> row;
    for (int c = 0; c < table_->columnCount(); ++c) {
      const QTableWidgetItem* item = table_->item(r, c);
      bool ok = false;
      const double v = item != nullptr ? item->text().trimmed().toDouble(&ok) : 0.0;
      if (!ok)
        return tr("row %1, %2: not a number")
            .arg(r + 1)
            .arg(labText(spec_.columns[static_cast<std::size_t>(c)].label));
      row.push_back(v);
    }
    rows.push_back(std::move(row));
  }
  run::TableRows parsed;
  return QString::fromStdString(run::parseTable(spec_, run::formatTable(rows), parsed));
}

void TableParamEditor::cellEdited() {
  const QString err = problem();
  message_->setText(err);
  message_->setVisible(!err.isEmpty());
  updateButtons();
  if (!err.isEmpty()) return;
  run::TableRows rows;
  for (int r = 0; r < table_->rowCount(); ++r) {
    std::vector<double> row;
    for (int c = 0; c < table_->columnCount(); ++c)
      row.push_back(table_->item(r, c)->text().trimmed().toDouble());
    rows.push_back(std::move(row));
  }
  const std::string text = run::formatTable(rows);
  if (text == text_) return;
  text_ = text;
  emit edited(QString::fromStdString(text_));
}

void TableParamEditor::addRow() {
  if (table_->rowCount() >= spec_.maxRows) return;
  const int last = table_->rowCount() - 1;
  filling_ = true;
  table_->insertRow(last + 1);
  for (int c = 0; c < table_->columnCount(); ++c) {
    const QTableWidgetItem* above = last >= 0 ? table_->item(last, c) : nullptr;
    const QString v =
        above != nullptr ? above->text() : number(spec_.columns[static_cast<std::size_t>(c)].min);
    table_->setItem(last + 1, c, new QTableWidgetItem(v));
  }
  filling_ = false;
  cellEdited();
}

void TableParamEditor::removeRow() {
  if (table_->rowCount() <= spec_.minRows) return;
  const int row = table_->currentRow() >= 0 ? table_->currentRow() : table_->rowCount() - 1;
  table_->removeRow(row);
  cellEdited();
}

void TableParamEditor::updateButtons() {
  add_->setEnabled(table_->rowCount() < spec_.maxRows);
  remove_->setEnabled(table_->rowCount() > spec_.minRows);
}

}  // namespace amp::widgets
