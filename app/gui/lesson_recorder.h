// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QObject>
#include <QPointer>

#include "amp/run/params.h"
#include "lesson/lesson_script.h"

namespace amp::app {

class LabPage;
class MainWindow;

/// Turns what the teacher does into a lesson script, from the moment it is made: the lab and its
/// state then, and after it each lab opened, parameters changed (a slider's drag is one step),
/// mode chosen and run started. Questions and words are the teacher's to add to the file.
class LessonRecorder : public QObject {
  Q_OBJECT

 public:
  explicit LessonRecorder(MainWindow* window, QObject* parent = nullptr);
  const lesson::Lesson& lesson() const { return lesson_; }
  /// Records on in `window` (built anew in another language round the same lab page's session).
  void moveTo(MainWindow* window);

 private:
  /// Follows the page shown now; an "open" step when its lab is not the one recorded last.
  void follow();
  void paramsChanged();
  void modeChanged();
  void runStarted(bool running);
  void add(lesson::Step step);

  MainWindow* window_;
  lesson::Lesson lesson_;
  QPointer<LabPage> page_;
  QString lab_, mode_;
  run::Params params_;
};

}  // namespace amp::app
