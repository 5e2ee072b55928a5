// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "amp/run/lab.h"
#include "gui/exercise_panel.h"
#include "gui/lab_session.h"
#include "gui/sweep_panel.h"
#include "widgets/chart_grid.h"

class QFrame;
class QLabel;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QToolButton;
class QTextBrowser;

namespace amp::widgets {
class CeilingPanel;
class ChartWidget;
class LabTables;
class MetricTable;
class PageView;
class ParamPanel;
class QueueView;
}  // namespace amp::widgets

namespace amp::app {

class ExercisePanel;
class RunControls;
class RunStore;

/// One lab, built entirely from what the lab declares: its text and exercises, a parameter
/// panel from its parameter specs, the mode selector and run controls, the queue animation of
/// its topology, its charts, the serialization-ceiling panel and the metric table. The page lays
/// these out and wires them to the lab's LabSession, which holds the state and runs the lab.
class LabPage : public QWidget {
  Q_OBJECT

 public:
  using PageMode = LabSession::Mode;
  using Severity = LabSession::Severity;

  LabPage(const run::Lab& lab, std::shared_ptr<RunStore> store, QWidget* parent = nullptr);
  /// A page for a session another page let go (releaseSession): its parameters, mode, results,
  /// comparison and a run going on are shown as they are, nothing restarts.
  explicit LabPage(LabSession* session, QWidget* parent = nullptr);
  ~LabPage() override;

  /// Hands the session over (to a page built anew, in another language): this page no longer
  /// hears or drives it and must not be used again, only deleted.
  LabSession* releaseSession();

  LabSession* session() const { return session_; }
  const run::Lab& lab() const { return session_->lab(); }
  QString labId() const { return session_->labId(); }
  run::Params params() const { return session_->params(); }
  /// Shows these parameters (as if the user had set them; a run going on restarts).
  void setParams(const run::Params& params) { session_->setParams(params); }
  PageMode mode() const { return session_->mode(); }
  void setMode(PageMode mode) { session_->chooseMode(mode); }
  /// What Run would start in `mode` now.
  run::RunSpec specFor(run::Mode mode) const { return session_->specFor(mode); }

  void run() { session_->run(); }
  void togglePause() { session_->togglePause(); }
  void step() { session_->step(); }
  void resetRun() { session_->resetRun(); }
  bool running() const { return session_->running(); }
  /// Speed: index into the speed list (1×, 10×, 100×, 1000×, about 15 s, flat out).
  void setSpeedIndex(int index);
  int speedIndex() const;
  static int flatOutSpeedIndex();
  void faster();
  void slower();
  /// Length of each replication in seconds and the number of replications; 0 = automatic.
  void setRunLength(double durationS, int reps) { session_->setRunLength(durationS, reps); }
  /// Warm-up to delete in seconds; < 0 = MSER-5 on a pilot replication (the default).
  void setWarmup(double seconds) { session_->setWarmup(seconds); }
  void setSeed(std::uint64_t seed);
  /// The exercises with `student`'s own numbers under the assignment's `seed` (run::assignExercise);
  /// an empty `student` brings the lab's own exercises back.
  void setAssignment(std::uint64_t seed, const QString& student);

  const std::optional<run::RunResult>& simResult() const { return session_->simResult(); }
  const std::optional<run::RunResult>& realResult() const { return session_->realResult(); }
  const run::ModelResult& model() const { return session_->model(); }
  void showSavedRun(const run::RunResult& result) { session_->showSavedRun(result); }
  void showComparison(const run::RunResult& a, const QString& nameA, const run::RunResult& b,
                      const QString& nameB) {
    session_->showComparison(a, nameA, b, nameB);
  }

  /// Keyboard focus on the first parameter shown (else the run controls), on the parameters tab.
  void focusControls();
  /// Left column tab: 0 parameters, 1 about, 2 exercises, 3 sweep.
  void showTab(int index);
  int currentTab() const;
  /// What a page built anew (in another language, round the same session) takes over from this
  /// one: the left column's tab and the sweep's form and points.
  struct Kept {
    int tab = 0;
    SweepPanel::Kept sweep;
    ExercisePanel::Kept exercises;
    /// The message shown (a run's warning, say), as it was written: it is not lost, if not translated.
    QString message;
    Severity severity = Severity::Info;
  };
  Kept kept() const;
  void restore(const Kept& kept);
  /// Classroom view: parameters, animation and charts only.
  void setPresentation(bool on);
  QByteArray saveLayout() const;
  void restoreLayout(const QByteArray& state);

  widgets::ParamPanel* paramPanel() const { return paramPanel_; }
  widgets::MetricTable* metricTable() const { return metricTable_; }
  widgets::QueueView* queueView() const { return queueView_; }
  widgets::CeilingPanel* ceilingPanel() const;
  ExercisePanel* exercisePanel() const { return exercises_; }
  /// The lab's text (the About tab).
  widgets::PageView* textView() const { return text_; }
  /// Re-reads the exercises' progress from the store (after a change of profile).
  void refreshExerciseProgress();
  SweepPanel* sweepPanel() const { return sweep_; }
  /// Every chart on the page (the lab's, the ceiling chart, the sweep chart), for export.
  std::vector<widgets::ChartWidget*> charts() const;
  QString messageText() const;
  void showMessage(const QString& text, Severity severity);

 signals:
  void runSaved(qint64 id);
  void runStateChanged(bool running);
  void paramsChanged();
  void framePainted();
  void chartFrame();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void buildUi();
  void buildTabs();
  /// The widgets show what the session holds now (a session carried over from another page).
  void showSession();
  void connectSession();
  void modelChanged();
  void frameAdvanced(const std::vector<widgets::LiveStats::Transfer>& transfers, bool fresh);
  void runShown(const run::RunResult* result);
  void runEnded(const run::RunResult& result);
  void updateResults();
  widgets::ChartGrid::State chartState() const;
  void updateLiveCharts();
  void updateStaticCharts();
  void showPlacement(const run::RunResult& r);
  QString loadText() const;

  LabSession* session_ = nullptr;
  bool presentation_ = false;
  bool answersHidden_ = false;
  Severity messageSeverity_ = Severity::Info;

  QLabel* title_ = nullptr;
  QLabel* question_ = nullptr;
  QFrame* messageBar_ = nullptr;
  QLabel* messageText_ = nullptr;
  QSplitter* mainSplit_ = nullptr;
  QSplitter* rightSplit_ = nullptr;
  QTabWidget* leftTabs_ = nullptr;
  QWidget* left_ = nullptr;
  QLabel* paramHint_ = nullptr;
  widgets::PageView* text_ = nullptr;
  ExercisePanel* exercises_ = nullptr;
  SweepPanel* sweep_ = nullptr;
  widgets::LabTables* tables_ = nullptr;  ///< only for a lab with Table outputs
  QScrollArea* controlsScroll_ = nullptr;
  RunControls* controls_ = nullptr;
  widgets::ParamPanel* paramPanel_ = nullptr;
  widgets::QueueView* queueView_ = nullptr;
  widgets::ChartGrid* chartGrid_ = nullptr;
  widgets::MetricTable* metricTable_ = nullptr;
};

}  // namespace amp::app
