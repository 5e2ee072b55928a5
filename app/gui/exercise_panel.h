// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QWidget>
#include <optional>
#include <vector>

#include "amp/run/lab.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
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
  /// The answer to a graded prediction: enables the exercise's "Show answer" (disabled before).
  void setAnswer(int index, const QString& text);
  bool answerAvailable(int index) const;
  /// Shows the answer, once there is one to show.
  void showAnswer(int index);
  /// The answer shown under the exercise ("" while hidden).
  QString answerText(int index) const;
  /// What a panel built anew (in another language) takes over: each typed prediction (a number
  /// is written again in the new locale, so 1,5 becomes 1.5; other text stays as typed) and
  /// whether its answer was open.
  struct Kept {
    std::vector<std::optional<double>> values;
    std::vector<QString> texts;
    std::vector<bool> answersShown;
  };
  Kept kept() const;
  void restore(const Kept& kept);
  /// Brings the exercise into view and puts the cursor in its prediction field.
  void focusExercise(int index);

 signals:
  void applyRequested(int index);
  void checkRequested(int index, double prediction);

 private:
  /// The prediction typed in the locale in use (a plain C number is taken too); none when empty or not a
  /// number.
  std::optional<double> typedPrediction(int index) const;
  struct Row {
    QLineEdit* prediction = nullptr;
    QPushButton* check = nullptr;
    QPushButton* showAnswer = nullptr;
    QLabel* grade = nullptr;
    QLabel* answer = nullptr;
    QLabel* title = nullptr;
    QWidget* box = nullptr;
  };
  std::vector<run::Exercise> exercises_;
  std::vector<Row> rows_;
  QVBoxLayout* list_ = nullptr;
  QScrollArea* scroll_ = nullptr;
  QLabel* progress_ = nullptr;
};

}  // namespace amp::app
