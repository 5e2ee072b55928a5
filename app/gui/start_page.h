// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QWidget>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace amp::app {

class RunStore;
class StudyPath;

/// "Continue where I stopped": the profile's progress along the self-study path, the next
/// exercise with one click to open it, and the path as a list with a mark per lab.
class StartPage : public QWidget {
  Q_OBJECT

 public:
  explicit StartPage(std::shared_ptr<RunStore> store, QWidget* parent = nullptr);
  ~StartPage() override;
  /// Reads the profile's attempts again.
  void refresh();
  const StudyPath& path() const { return *path_; }
  QPushButton* continueButton() const { return continue_; }
  QListWidget* pathList() const { return list_; }
  QString progressText() const;

 signals:
  /// Open this lab at this exercise (-1: the lab's page as it was left).
  void openExercise(const QString& labId, int exercise);
  void profileRequested();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void scaleHeading();

  std::shared_ptr<RunStore> store_;
  std::unique_ptr<StudyPath> path_;
  QLabel* heading_ = nullptr;
  QLabel* profile_ = nullptr;
  QLabel* progress_ = nullptr;
  QProgressBar* bar_ = nullptr;
  QLabel* next_ = nullptr;
  QLabel* nextPrompt_ = nullptr;
  QPushButton* continue_ = nullptr;
  QListWidget* list_ = nullptr;
};

}  // namespace amp::app
