// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QTimer>
#include <QWidget>
#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "amp/run/lab.h"
#include "widgets/chart_builder.h"
#include "widgets/live_stats.h"

class QButtonGroup;
class QComboBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QToolButton;
class QTextBrowser;

namespace amp::widgets {
class CeilingPanel;
class ChartWidget;
class MetricTable;
class ParamPanel;
class QueueView;
}  // namespace amp::widgets

namespace amp::app {

class ExercisePanel;
class RunController;
class RunStore;
class SweepPanel;

/// One lab, built entirely from what the lab declares: its text and exercises, a parameter
/// panel from its parameter specs, the mode selector and run controls, the queue animation of
/// its topology, its charts, the serialization-ceiling panel and the metric table.
class LabPage : public QWidget {
  Q_OBJECT

 public:
  enum class PageMode { Model = 0, Sim = 1, Real = 2, Compare = 3 };
  enum class Severity { Info, Warning, Error };

  LabPage(const run::Lab& lab, std::shared_ptr<RunStore> store, QWidget* parent = nullptr);
  ~LabPage() override;

  const run::Lab& lab() const { return lab_; }
  QString labId() const;
  run::Params params() const;
  /// Shows these parameters (as if the user had set them; a run going on restarts).
  void setParams(const run::Params& params);
  PageMode mode() const { return mode_; }
  void setMode(PageMode mode);
  /// What Run would start in `mode` now.
  run::RunSpec specFor(run::Mode mode) const;

  void run();
  void togglePause();
  void step();
  void resetRun();
  bool running() const;
  /// Speed: index into the speed list (1×, 10×, 100×, 1000×, about 15 s, flat out).
  void setSpeedIndex(int index);
  int speedIndex() const;
  static int flatOutSpeedIndex();
  void faster();
  void slower();
  /// Length of each replication in seconds and the number of replications; 0 = automatic.
  void setRunLength(double durationS, int reps);
  /// Warm-up to delete in seconds; < 0 = MSER-5 on a pilot replication (the default).
  void setWarmup(double seconds) { warmup_ = seconds; }
  void setSeed(std::uint64_t seed);

  const std::optional<run::RunResult>& simResult() const { return sim_; }
  const std::optional<run::RunResult>& realResult() const { return real_; }
  const run::ModelResult& model() const { return model_; }
  void showSavedRun(const run::RunResult& result);
  void showComparison(const run::RunResult& a, const QString& nameA, const run::RunResult& b,
                      const QString& nameB);

  /// Left column tab: 0 parameters, 1 about, 2 exercises, 3 sweep.
  void showTab(int index);
  /// Classroom view: parameters, animation and charts only.
  void setPresentation(bool on);
  QByteArray saveLayout() const;
  void restoreLayout(const QByteArray& state);

  widgets::ParamPanel* paramPanel() const { return paramPanel_; }
  widgets::MetricTable* metricTable() const { return metricTable_; }
  widgets::QueueView* queueView() const { return queueView_; }
  widgets::CeilingPanel* ceilingPanel() const { return ceiling_; }
  ExercisePanel* exercisePanel() const { return exercises_; }
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
  void buildCharts();
  void paramsEdited(const QString& key);
  void recomputeModel();
  void startNext();
  void finished(const run::RunResult& result);
  void onFrame();
  void updateLiveCharts();
  void updateStaticCharts();
  void updateButtons();
  void updateStatus();
  double effectiveSpeed() const;
  double horizonEstimate() const;
  std::vector<widgets::ResultSource> resultSources() const;
  void applyExercise(int index);
  void checkExercise(int index, double prediction);
  void grade(int index, double prediction, double answer, double ciLo, double ciHi, const QString& source);
  void refreshExerciseProgress();
  void showPlacement(const run::RunResult& r);
  QString loadText() const;

  const run::Lab& lab_;
  std::shared_ptr<RunStore> store_;
  std::vector<run::ParamSpec> paramSpecs_;
  std::vector<run::MetricSpec> metrics_;
  std::vector<run::ChartSpec> chartSpecs_;
  run::Topology topology_;
  run::ModelResult model_;
  QString modelError_;
  PageMode mode_ = PageMode::Sim;
  double duration_ = 0.0;
  int reps_ = 0;
  double warmup_ = -1.0;
  std::uint64_t seed_ = 1;

  RunController* controller_ = nullptr;
  widgets::LiveStats live_;
  std::vector<observe::Observation> buffer_;
  QTimer frameTimer_;
  QTimer restartTimer_;
  int idleFrames_ = 0;
  bool gapPending_ = false;
  std::deque<run::Mode> queue_;
  run::Mode runningMode_ = run::Mode::Sim;
  bool restarting_ = false;
  std::optional<run::RunResult> sim_, real_;
  std::optional<run::RunResult> compareA_, compareB_;
  QString compareNameA_, compareNameB_;
  struct PendingExercise {
    int index = -1;
    double prediction = 0;
  };
  std::optional<PendingExercise> pendingExercise_;
  bool presentation_ = false;
  bool answersHidden_ = false;

  QLabel* title_ = nullptr;
  QLabel* question_ = nullptr;
  QFrame* messageBar_ = nullptr;
  QLabel* messageText_ = nullptr;
  QSplitter* mainSplit_ = nullptr;
  QSplitter* rightSplit_ = nullptr;
  QTabWidget* leftTabs_ = nullptr;
  QWidget* left_ = nullptr;
  QLabel* paramHint_ = nullptr;
  QTextBrowser* text_ = nullptr;
  ExercisePanel* exercises_ = nullptr;
  SweepPanel* sweep_ = nullptr;
  QScrollArea* controlsScroll_ = nullptr;
  QButtonGroup* modeGroup_ = nullptr;
  QPushButton* runButton_ = nullptr;
  QPushButton* pauseButton_ = nullptr;
  QPushButton* stepButton_ = nullptr;
  QPushButton* resetButton_ = nullptr;
  QComboBox* speed_ = nullptr;
  QSpinBox* seedBox_ = nullptr;
  QComboBox* serviceClock_ = nullptr;
  QToolButton* fitButton_ = nullptr;
  int cores_ = 1;  // CPUs this process may run on, as the harness places seats
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
  widgets::ParamPanel* paramPanel_ = nullptr;
  widgets::QueueView* queueView_ = nullptr;
  QScrollArea* chartsScroll_ = nullptr;
  std::vector<widgets::ChartWidget*> chartWidgets_;
  widgets::CeilingPanel* ceiling_ = nullptr;
  widgets::MetricTable* metricTable_ = nullptr;
};

}  // namespace amp::app
