// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace amp::app {

/// The lab browser: every registered lab, grouped by the four categories, with a search field
/// that filters on title, id and the lab's question.
class LabBrowser : public QWidget {
  Q_OBJECT

 public:
  explicit LabBrowser(QWidget* parent = nullptr);
  /// Selects the lab without emitting labChosen.
  void select(const QString& labId);
  void setFilter(const QString& text);
  int visibleLabCount() const;
  QTreeWidget* tree() const { return tree_; }
  /// Keyboard focus on the list of labs (arrows choose, Enter opens the lab to work on it).
  void focusList();

 signals:
  void labChosen(const QString& labId);
  /// Enter (or a double click) on a lab: the user wants to work on it now, not just look.
  void labActivated(const QString& labId);

 private:
  void populate();
  void applyFilter(const QString& text);

  QLineEdit* search_ = nullptr;
  QTreeWidget* tree_ = nullptr;
  bool selecting_ = false;
};

}  // namespace amp::app
