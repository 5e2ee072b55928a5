// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QObject>
#include <QPointer>
#include <map>
#include <string>
#include <vector>

#include "amp/run/result.h"
#include "lesson/lesson_script.h"

class QDockWidget;
class QLabel;
class QWidget;

namespace amp::widgets {
class ChartWidget;
}

namespace amp::app {

class LabPage;
class MainWindow;

/// Steps a lesson script through the main window, keyboard only: → (or Page Down) next step,
/// ← (or Page Up) back, R reveals the answer; Space run/pause stays the window's. A bar at the
/// bottom shows the step, its words and the question, the answer hidden until revealed. Each step
/// is the state replayed from the start (lesson::stateAt) and then its action (run, pause at a
/// condition, compare, a chart full-screen), so going back re-applies the earlier step exactly.
class LessonPlayer : public QObject {
  Q_OBJECT

 public:
  LessonPlayer(MainWindow* window, lesson::Lesson lesson, QObject* parent = nullptr);
  ~LessonPlayer() override;

  /// Presentation mode on, and the first step.
  void start();
  void next();
  void back();
  /// Shows the answer of the question on screen.
  void reveal();
  void goTo(int index);
  int current() const { return index_; }
  int count() const { return static_cast<int>(lesson_.steps.size()); }
  bool answerShown() const;
  /// Every run of the lesson this long [s] with `reps` replications, flat out (previews, tests);
  /// 0 = the lab's own length, paced to be watched.
  void setRunLength(double seconds, int reps);
  QString barText() const;
  /// Goes on in `window` (the same lab page's session, in a window built anew): the bar and a
  /// chart shown full-screen are built there, in its language, at the same step.
  void moveTo(MainWindow* window);

 signals:
  /// The step's action is done: at once for most steps, when its run ends (or its condition
  /// holds) for a run.
  void stepSettled(int index);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void buildBar();
  void act(const lesson::Step& step);
  void attachPage();
  void runStateChanged(bool running);
  void watchCondition();
  double valueOf(const lesson::Condition& c) const;
  void compareLastTwo();
  void showChart(const QString& id);
  void hideChart();
  void settle(const QString& status = {});
  void updateBar();

  MainWindow* window_;
  lesson::Lesson lesson_;
  int index_ = -1;
  bool revealedByKey_ = false;
  bool awaitingRun_ = false;
  int runStep_ = -1;  ///< the "run" step whose run goes on, or -1
  QString status_;
  double runLength_ = 0;
  int reps_ = 0;

  QPointer<QDockWidget> dock_;
  QLabel* stepLine_ = nullptr;
  QLabel* say_ = nullptr;
  QLabel* question_ = nullptr;
  QLabel* answer_ = nullptr;
  QLabel* keys_ = nullptr;
  QPointer<QWidget> chartCover_;
  widgets::ChartWidget* bigChart_ = nullptr;
  QPointer<widgets::ChartWidget> chartSource_;
  QPointer<LabPage> page_;
  bool watching_ = false;  ///< a run_until's condition is checked at each frame
  /// The latest metrics of the run going on (partial results), for conditions on metrics the
  /// live stream does not carry.
  std::map<std::string, double> partial_;
  /// The last two simulations or real runs that "run" steps ran to their end, for "compare",
  /// with the step that ran each.
  std::vector<std::pair<run::RunResult, int>> finished_;
};

}  // namespace amp::app
