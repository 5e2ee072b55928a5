// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QWidget>
#include <vector>

#include "amp/run/lab.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace amp::app {

/// Predict, then run: each of the lab's exercises with its prompt, the settings it uses, a field
/// for the student's prediction and a Check button. The lab page runs (or asks the model) and
/// grades; this panel shows the grade and the explanation, and the progress kept in the database.
class ExercisePanel : public QWidget {
  Q_OBJECT

 public:
  explicit ExercisePanel(QWidget* parent = nullptr);
  void setLab(const run::Lab* lab);
  /// The lab with these exercises in place of its own (a student's numbers, see LabPage::setAssignment).
  void setLab(const run::Lab* lab, std::vector<run::Exercise> exercises);
  int count() const { return static_cast<int>(exercises_.size()); }
  const run::Exercise& exercise(int index) const { return exercises_[static_cast<std::size_t>(index)]; }
  /// Shows the outcome of a check under the exercise.
  void showGrade(int index, const QString& text, bool passed);
  void setBusy(int index, bool busy);
  /// "2 of 4 passed" and so on, from stored attempts: exercise id -> passed at least once.
  void setProgress(const std::map<QString, bool>& passedById, int attempts);
  /// Fills the prediction field (for tests and keyboard users).
  void setPrediction(int index, double value);
  void check(int index);
  /// The grade shown under the exercise ("" before the first check).
  QString gradeText(int index) const;

 signals:
  void applyRequested(int index);
  void checkRequested(int index, double prediction);

 private:
  struct Row {
    QLineEdit* prediction = nullptr;
    QPushButton* check = nullptr;
    QLabel* grade = nullptr;
    QLabel* title = nullptr;
  };
  std::vector<run::Exercise> exercises_;
  std::vector<Row> rows_;
  QVBoxLayout* list_ = nullptr;
  QLabel* progress_ = nullptr;
};

}  // namespace amp::app
