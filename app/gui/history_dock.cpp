// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/history_dock.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "store/run_store.h"
#include "widgets/format.h"

namespace amp::app {

namespace {
constexpr int kIdRole = Qt::UserRole;
enum Col { NameCol, ModeCol, KeyCol, NotesCol };
}  // namespace

HistoryDock::HistoryDock(std::shared_ptr<RunStore> store, QWidget* parent)
    : QDockWidget(tr("Run history"), parent), store_(std::move(store)) {
  setObjectName(QStringLiteral("historyDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  layout->setContentsMargins(4, 4, 4, 4);
  onlyThisLab_ = new QCheckBox(tr("Only this lab"), body);
  onlyThisLab_->setChecked(true);
  layout->addWidget(onlyThisLab_);
  list_ = new QTreeWidget(body);
  list_->setColumnCount(4);
  list_->setHeaderLabels({tr("Run"), tr("Mode"), tr("Key metric"), tr("Notes")});
  list_->setRootIsDecorated(false);
  list_->setAccessibleName(tr("Saved runs"));
  list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  list_->setContextMenuPolicy(Qt::CustomContextMenu);
  // Interactive columns: ResizeToContents would make the dock as wide as its longest row.
  list_->header()->setSectionResizeMode(QHeaderView::Interactive);
  list_->header()->setStretchLastSection(true);
  list_->setColumnWidth(NameCol, 150);
  list_->setColumnWidth(ModeCol, 50);
  list_->setColumnWidth(KeyCol, 120);
  list_->setMinimumWidth(120);
  layout->addWidget(list_, 1);
  // Two rows of two: one row of four would set the dock's minimum width.
  auto* buttons = new QGridLayout;
  open_ = new QPushButton(tr("Open"), body);
  compare_ = new QPushButton(tr("Compare"), body);
  compare_->setToolTip(tr("Select two runs to overlay them"));
  remove_ = new QPushButton(tr("Delete"), body);
  undo_ = new QPushButton(tr("Undo"), body);
  undo_->setToolTip(tr("Bring back the runs deleted last"));
  buttons->addWidget(open_, 0, 0);
  buttons->addWidget(compare_, 0, 1);
  buttons->addWidget(remove_, 1, 0);
  buttons->addWidget(undo_, 1, 1);
  layout->addLayout(buttons);
  status_ = new QLabel(body);
  status_->setWordWrap(true);
  layout->addWidget(status_);
  setWidget(body);

  auto* undoAction = new QAction(tr("Undo delete"), this);
  undoAction->setShortcut(QKeySequence::Undo);
  undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  addAction(undoAction);
  auto* deleteAction = new QAction(tr("Delete run"), this);
  deleteAction->setShortcut(QKeySequence::Delete);
  deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  addAction(deleteAction);
  connect(undoAction, &QAction::triggered, this, &HistoryDock::undoDelete);
  connect(deleteAction, &QAction::triggered, this, [this] { deleteRuns(selectedIds()); });

  connect(onlyThisLab_, &QCheckBox::toggled, this, &HistoryDock::refresh);
  connect(list_, &QTreeWidget::itemSelectionChanged, this, &HistoryDock::updateButtons);
  connect(list_, &QTreeWidget::itemDoubleClicked, this, [this] { openSelected(); });
  connect(list_, &QTreeWidget::customContextMenuRequested, this, &HistoryDock::contextMenu);
  connect(open_, &QPushButton::clicked, this, &HistoryDock::openSelected);
  connect(compare_, &QPushButton::clicked, this, &HistoryDock::compareSelected);
  connect(remove_, &QPushButton::clicked, this, [this] { deleteRuns(selectedIds()); });
  connect(undo_, &QPushButton::clicked, this, &HistoryDock::undoDelete);
  updateButtons();
}

void HistoryDock::setLab(const QString& labId) {
  lab_ = labId;
  refresh();
}

void HistoryDock::refresh() {
  const auto keep = selectedIds();
  list_->clear();
  if (!store_ || !store_->isOpen()) {
    status_->setText(tr("No run database is open, so runs are not kept."));
    updateButtons();
    return;
  }
  const auto runs = store_->list(RunFilter::ofLab(onlyThisLab_->isChecked() ? lab_ : QString()));
  for (const auto& r : runs) {
    const QString title = r.name.isEmpty()
                              ? QStringLiteral("#%1 · %2")
                                    .arg(r.id)
                                    .arg(r.started.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')))
                              : QStringLiteral("#%1 · %2").arg(r.id).arg(r.name);
    auto* item = new QTreeWidgetItem(list_);
    item->setText(NameCol, onlyThisLab_->isChecked() ? title : r.lab + QStringLiteral(" · ") + title);
    item->setText(ModeCol, r.status == QLatin1String("ok")
                               ? r.mode
                               : r.mode + QStringLiteral(" (") + r.status + QLatin1Char(')'));
    const QString value = QStringLiteral("%1 %2").arg(widgets::formatValue(r.keyValue), r.keyUnit).trimmed();
    item->setText(KeyCol, r.keyMetric.isEmpty() ? QString()
                          : !r.hasKey           ? tr("%1: no value").arg(r.keyMetric)
                          : r.keyFromModel      ? tr("%1 = %2 (model)").arg(r.keyMetric, value)
                                                : QStringLiteral("%1 = %2").arg(r.keyMetric, value));
    item->setText(NotesCol, r.notes.section(QLatin1Char('\n'), 0, 0));
    item->setToolTip(NotesCol, r.notes);
    item->setToolTip(NameCol, tr("Started %1 (UTC) · %2").arg(r.started, r.uuid));
    item->setData(NameCol, kIdRole, r.id);
  }
  selectRuns(keep);
  updateButtons();
}

std::vector<qint64> HistoryDock::selectedIds() const {
  std::vector<qint64> ids;
  for (auto* item : list_->selectedItems()) ids.push_back(item->data(NameCol, kIdRole).toLongLong());
  return ids;
}

HistoryDock::Kept HistoryDock::kept() const { return {selectedIds(), onlyThisLab_->isChecked(), deleted_}; }

void HistoryDock::restore(const Kept& kept) {
  deleted_ = kept.deleted;
  onlyThisLab_->setChecked(kept.onlyThisLab);  // refreshes when it changes
  refresh();
  selectRuns(kept.selected);
  updateButtons();
}

void HistoryDock::selectRuns(const std::vector<qint64>& ids) {
  list_->clearSelection();
  for (int i = 0; i < list_->topLevelItemCount(); ++i) {
    auto* item = list_->topLevelItem(i);
    if (std::find(ids.begin(), ids.end(), item->data(NameCol, kIdRole).toLongLong()) != ids.end()) {
      item->setSelected(true);
      list_->scrollToItem(item);
    }
  }
}

void HistoryDock::updateButtons() {
  const auto n = list_->selectedItems().size();
  open_->setEnabled(n == 1);
  compare_->setEnabled(n == 2);
  remove_->setEnabled(n >= 1);
  undo_->setEnabled(!deleted_.empty());
}

QString HistoryDock::displayName(qint64 id) const {
  for (int i = 0; i < list_->topLevelItemCount(); ++i)
    if (list_->topLevelItem(i)->data(NameCol, kIdRole).toLongLong() == id) {
      const QString t = list_->topLevelItem(i)->text(NameCol);
      return t.section(QStringLiteral(" · "), 0, 1);
    }
  return QStringLiteral("#%1").arg(id);
}

void HistoryDock::openSelected() {
  const auto ids = selectedIds();
  if (ids.size() != 1 || !store_) return;
  QString error;
  auto r = store_->load(ids.front(), &error);
  if (!r) {
    emit message(tr("Could not open run #%1: %2").arg(ids.front()).arg(error), true);
    return;
  }
  emit openRun(*r);
}

void HistoryDock::compareSelected() {
  auto ids = selectedIds();
  if (ids.size() != 2 || !store_) return;
  std::sort(ids.begin(), ids.end());
  QString error;
  auto a = store_->load(ids[0], &error);
  auto b = a ? store_->load(ids[1], &error) : std::nullopt;
  if (!a || !b) {
    emit message(tr("Could not open the runs to compare: %1").arg(error), true);
    return;
  }
  emit compareRuns(*a, displayName(ids[0]), *b, displayName(ids[1]));
}

void HistoryDock::renameRun(qint64 id, const QString& name) {
  if (!store_) return;
  const QString err = store_->rename(id, name);
  if (!err.isEmpty()) emit message(tr("Could not rename run #%1: %2").arg(id).arg(err), true);
  refresh();
}

void HistoryDock::setRunNotes(qint64 id, const QString& notes) {
  if (!store_) return;
  const QString err = store_->setNotes(id, notes);
  if (!err.isEmpty()) emit message(tr("Could not save the note of run #%1: %2").arg(id).arg(err), true);
  refresh();
}

void HistoryDock::deleteRuns(const std::vector<qint64>& ids) {
  if (!store_ || ids.empty()) return;
  std::vector<Deleted> batch;
  // Keep names and notes: the summary has them, the loaded result does not.
  const auto all = store_->list();
  for (qint64 id : ids) {
    QString error;
    auto r = store_->load(id, &error);
    if (!r) {
      emit message(tr("Could not delete run #%1: %2").arg(id).arg(error), true);
      continue;
    }
    Deleted d{*r, {}, {}};
    for (const auto& s : all)
      if (s.id == id) {
        d.name = s.name;
        d.notes = s.notes;
      }
    const QString err = store_->remove(id);
    if (!err.isEmpty()) {
      emit message(tr("Could not delete run #%1: %2").arg(id).arg(err), true);
      continue;
    }
    batch.push_back(std::move(d));
  }
  if (!batch.empty()) {
    status_->setText(tr("%n run(s) deleted. Undo brings them back.", "", static_cast<int>(batch.size())));
    deleted_.push_back(std::move(batch));
  }
  refresh();
}

void HistoryDock::undoDelete() {
  if (deleted_.empty() || !store_) return;
  auto batch = std::move(deleted_.back());
  deleted_.pop_back();
  std::vector<qint64> ids;
  for (const auto& d : batch) {
    const QString err = store_->restore(d.result, d.name, d.notes);
    if (!err.isEmpty())
      emit message(tr("Could not restore run #%1: %2").arg(d.result.runId).arg(err), true);
    else
      ids.push_back(d.result.runId);
  }
  status_->setText(tr("%n run(s) restored.", "", static_cast<int>(ids.size())));
  refresh();
  selectRuns(ids);
}

void HistoryDock::contextMenu(const QPoint& pos) {
  auto* item = list_->itemAt(pos);
  QMenu menu(this);
  const auto ids = selectedIds();
  if (item != nullptr) {
    const qint64 id = item->data(NameCol, kIdRole).toLongLong();
    menu.addAction(tr("Open"), this, &HistoryDock::openSelected)->setEnabled(ids.size() == 1);
    menu.addAction(tr("Compare the two selected"), this, &HistoryDock::compareSelected)
        ->setEnabled(ids.size() == 2);
    menu.addSeparator();
    menu.addAction(tr("Rename…"), this, [this, id, item] {
      bool ok = false;
      const QString current = item->text(NameCol).section(QStringLiteral(" · "), -1);
      const QString name = QInputDialog::getText(this, tr("Rename run"), tr("Name of run #%1:").arg(id),
                                                 QLineEdit::Normal, current, &ok);
      if (ok) renameRun(id, name);
    });
    menu.addAction(tr("Note…"), this, [this, id, item] {
      bool ok = false;
      const QString notes = QInputDialog::getMultiLineText(this, tr("Note"), tr("Note for run #%1:").arg(id),
                                                           item->toolTip(NotesCol), &ok);
      if (ok) setRunNotes(id, notes);
    });
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, [this] { deleteRuns(selectedIds()); });
  }
  menu.addAction(tr("Undo delete"), this, &HistoryDock::undoDelete)->setEnabled(!deleted_.empty());
  menu.exec(list_->viewport()->mapToGlobal(pos));
}

}  // namespace amp::app
