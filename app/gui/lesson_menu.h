// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QObject>
#include <QPointer>

#include "gui/lesson_player.h"
#include "gui/lesson_recorder.h"
#include "lesson/lesson_script.h"

class QAction;

namespace amp::app {

class MainWindow;

/// The window's Lesson menu: open a lesson file or a lab's shipped lesson (the player steps
/// through it in presentation mode), and record what the teacher does into a script to edit.
class LessonMenu : public QObject {
  Q_OBJECT

 public:
  explicit LessonMenu(MainWindow* window);
  /// Reads, checks and plays the script (a file, or a lab's id); "" or why not, every problem.
  QString open(const QString& fileOrLab, double runLengthS = 0, int reps = 0);
  /// Plays a script that has been read and checked.
  void play(const lesson::Lesson& lesson, double runLengthS = 0, int reps = 0);
  LessonPlayer* player() const { return player_; }
  /// The lesson `old` plays or records goes on in this menu's window (built anew in another
  /// language), at the same step.
  void takeOver(LessonMenu* old);

 private:
  void chooseFile();
  void record(bool on);

  MainWindow* window_;
  QAction* recordAction_ = nullptr;
  QPointer<LessonPlayer> player_;
  QPointer<LessonRecorder> recorder_;
};

}  // namespace amp::app
