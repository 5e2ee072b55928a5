// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/lab_tables.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "widgets/format.h"

namespace amp::widgets {

LabTables::LabTables(std::vector<run::OutputSpec> tableOutputs, QWidget* parent)
    : QWidget(parent), outputs_(std::move(tableOutputs)) {
  layout_ = new QVBoxLayout(this);
  empty_ = new QLabel(tr("Press Run: a simulation or a real run fills these tables."), this);
  empty_->setWordWrap(true);
  layout_->addWidget(empty_);
  layout_->addStretch(1);
}

QString LabTables::titleOf(const std::string& name) const {
  for (const auto& o : outputs_)
    if (o.key == name) return labText(o.label);
  return QString::fromStdString(name);
}

void LabTables::setResult(const run::RunResult* r) {
  for (QWidget* w : shown_) {
    layout_->removeWidget(w);
    delete w;
  }
  shown_.clear();
  const bool any = r != nullptr && !r->tables.empty();
  empty_->setVisible(!any);
  if (!any) return;
  int at = 0;
  for (const run::Table& t : r->tables) {
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(titleOf(t.name).toHtmlEscaped()), this);
    auto* view = new QTableWidget(static_cast<int>(t.rows.size()), static_cast<int>(t.columns.size()), this);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAccessibleName(titleOf(t.name));
    view->setTabKeyNavigation(false);  // read-only: arrows within, Tab on to the next control
    view->verticalHeader()->setVisible(false);
    QStringList header;
    for (const auto& c : t.columns) header << tableHeading(c);
    view->setHorizontalHeaderLabels(header);
    for (int i = 0; i < view->rowCount(); ++i) {
      const auto& row = t.rows[static_cast<std::size_t>(i)];
      for (int j = 0; j < view->columnCount() && j < static_cast<int>(row.size()); ++j) {
        auto* item = new QTableWidgetItem(formatTableCell(row[static_cast<std::size_t>(j)]));
        // Numbers line up on the right, words on the left, as in the metric table.
        if (row[static_cast<std::size_t>(j)].text.empty())
          item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        view->setItem(i, j, item);
      }
    }
    view->resizeColumnsToContents();
    layout_->insertWidget(at++, title);
    layout_->insertWidget(at++, view, 1);
    shown_.push_back(title);
    shown_.push_back(view);
  }
}

}  // namespace amp::widgets
