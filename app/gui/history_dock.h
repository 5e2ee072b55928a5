// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QDockWidget>
#include <memory>
#include <vector>

#include "amp/run/result.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace amp::app {

class RunStore;

/// The run history from SQLite: list (this lab or all), open (restores parameters and charts),
/// rename, note, delete with undo, compare two runs.
class HistoryDock : public QDockWidget {
  Q_OBJECT

 public:
  HistoryDock(std::shared_ptr<RunStore> store, QWidget* parent = nullptr);
  void setLab(const QString& labId);
  void refresh();
  QTreeWidget* list() const { return list_; }
  /// Selects the rows of these run ids (for tests and after a save).
  void selectRuns(const std::vector<qint64>& ids);
  std::vector<qint64> selectedIds() const;

  void openSelected();
  void compareSelected();
  void renameRun(qint64 id, const QString& name);
  void setRunNotes(qint64 id, const QString& notes);
  void deleteRuns(const std::vector<qint64>& ids);
  void undoDelete();
  bool canUndo() const { return !deleted_.empty(); }

  /// What a dock built anew (in another language) takes over: the selection, the "this lab only"
  /// switch and the deleted runs Undo can still bring back.
  struct Deleted {
    run::RunResult result;
    QString name, notes;
  };
  struct Kept {
    std::vector<qint64> selected;
    bool onlyThisLab = true;
    std::vector<std::vector<Deleted>> deleted;
  };
  Kept kept() const;
  void restore(const Kept& kept);

 signals:
  void openRun(const amp::run::RunResult& result);
  void compareRuns(const amp::run::RunResult& a, const QString& nameA, const amp::run::RunResult& b,
                   const QString& nameB);
  void message(const QString& text, bool error);

 private:
  void updateButtons();
  void contextMenu(const QPoint& pos);
  QString displayName(qint64 id) const;

  std::shared_ptr<RunStore> store_;
  QString lab_;
  QTreeWidget* list_ = nullptr;
  QCheckBox* onlyThisLab_ = nullptr;
  QPushButton* open_ = nullptr;
  QPushButton* compare_ = nullptr;
  QPushButton* remove_ = nullptr;
  QPushButton* undo_ = nullptr;
  QLabel* status_ = nullptr;
  std::vector<std::vector<Deleted>> deleted_;  // one entry per delete action
};

}  // namespace amp::app
