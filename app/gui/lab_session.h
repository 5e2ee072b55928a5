// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QObject>
#include <QString>
#include <QTimer>
#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "amp/run/compare.h"
#include "amp/run/lab.h"
#include "gui/exercise_grading.h"
#include "widgets/live_stats.h"

namespace amp::app {

class ComparisonWorker;

class LiveFeed;
class RunController;
class RunStore;

/// One lab being worked on, without a widget: its parameter values, the mode, the run settings,
/// the run queue (model, simulation, real, in order; a parameter change restarts a run going on),
/// the RunController and the live state it feeds, the latest results, the model at the current
/// parameters, saving to the RunStore, exercise grading and the comparison of two saved runs.
/// The lab page shows it; the signals say what to redraw.
class LabSession : public QObject {
  Q_OBJECT

 public:
  enum class Mode { Model = 0, Sim = 1, Real = 2, Compare = 3 };
  /// The mode as scripts and the command line spell it ("model", "sim", "real", "compare"), and back
  /// (an unknown word is Sim).
  static QString modeKey(Mode mode);
  static Mode modeFromKey(const QString& key);
  enum class Severity { Info, Warning, Error };
  /// The largest seed the page offers (and a saved run's seed is capped to).
  static constexpr std::uint64_t kMaxSeed = 999999;

  LabSession(const run::Lab& lab, std::shared_ptr<RunStore> store, QObject* parent = nullptr);
  ~LabSession() override;

  /// "model", "simulation", "real run": what a run of that mode is called in messages.
  static QString modeWord(run::Mode mode);

  const run::Lab& lab() const { return lab_; }
  QString labId() const;
  const std::vector<run::ParamSpec>& paramSpecs() const { return paramSpecs_; }
  const std::vector<run::MetricSpec>& metrics() const { return metrics_; }

  const run::Params& params() const { return params_; }
  /// Takes these values as the parameter panel shows them (missing keys keep theirs, numbers are
  /// clamped into range, a choice the lab does not offer keeps the current one). The model
  /// follows; a run going on restarts once the values have rested a moment.
  void setParams(const run::Params& params);
  /// CPUs this process may run on, as the harness places seats.
  int cores() const { return cores_; }
  /// The parameters fitted to this machine's cores (changed = false when they already fit).
  run::FittedParams fit() const;
  /// Sets the fitted parameters and says what changed.
  void fitToHost();

  Mode mode() const { return mode_; }
  /// Falls back to what the lab has (no real workload: simulation; no simulation: model).
  void setMode(Mode mode);
  /// The student chose a mode (a button, the command line): as setMode, and a switch to a real
  /// face starts from parameters fitted to this machine (an exercise's run keeps its own setup).
  void chooseMode(Mode mode);
  /// Length of each replication in seconds and the number of replications; 0 = automatic.
  void setRunLength(double durationS, int reps);
  /// Warm-up to delete in seconds; < 0 = MSER-5 on a pilot replication (the default).
  void setWarmup(double seconds) { warmup_ = seconds; }
  std::uint64_t seed() const { return seed_; }
  void setSeed(std::uint64_t seed);
  real::ServiceClock serviceClock() const { return serviceClock_; }
  void setServiceClock(real::ServiceClock clock) { serviceClock_ = clock; }
  /// A real run's time scale k (1:k; 1 = the lab's own time); see run::TimeScale.
  double timeScale() const { return timeScale_; }
  void setTimeScale(double k) { timeScale_ = std::clamp(k, 0.01, 10000.0); }
  bool hasTimeScale() const { return lab_.timeScale().has_value(); }
  /// Simulated seconds per wall second; 0 = flat out; < 0 = fit the run to about 15 s.
  void setSpeed(double speed);
  /// The speed a simulation runs at now (the fitted one resolved).
  double effectiveSpeed() const;
  /// Simulated seconds per replication: the run length, else the lab's suggestion.
  double horizonEstimate() const;
  /// What Run would start in `mode` now.
  run::RunSpec specFor(run::Mode mode) const;

  void run();
  void togglePause();
  void step();
  /// Stops the run and the queue and clears the results.
  void resetRun();
  bool running() const;
  run::Mode runningMode() const { return runningMode_; }
  bool paused() const;
  double progress() const;
  QString stage() const;
  double simTime() const;
  std::uint64_t droppedRecords() const;
  /// What the stream of the run going on (or the last one) has shown so far.
  const widgets::LiveStats& live() const;
  const run::Topology& topology() const { return topology_; }

  const std::optional<run::RunResult>& simResult() const { return sim_; }
  const std::optional<run::RunResult>& realResult() const { return real_; }
  const run::ModelResult& model() const { return model_; }
  /// Why the model could not be computed at these parameters; "" when it could.
  const QString& modelError() const { return modelError_; }

  /// Shows a saved run as the latest result, with its parameters, mode and seed.
  void showSavedRun(const run::RunResult& result);
  /// Two saved runs side by side, with the parameters of `b`; Run or a parameter change ends it.
  void showComparison(const run::RunResult& a, const QString& nameA, const run::RunResult& b,
                      const QString& nameB);
  bool comparing() const { return compareA_.has_value(); }
  const std::optional<run::RunResult>& comparedA() const { return compareA_; }
  const std::optional<run::RunResult>& comparedB() const { return compareB_; }
  const QString& comparedNameA() const { return compareNameA_; }
  const QString& comparedNameB() const { return compareNameB_; }
  /// B − A of the key metric with its 95% CI (paired for two simulations, which takes a few
  /// seconds: empty meanwhile, and `differencePending`).
  const std::optional<run::Difference>& difference() const;
  bool differencePending() const;

  const std::vector<run::Exercise>& exercises() const { return exercises_; }
  /// These exercises in place of the lab's own (a student's numbers, same ids).
  void setExercises(std::vector<run::Exercise> exercises) {
    exercises_ = std::move(exercises);
    grades_.clear();
  }
  /// Sets the exercise's parameters (changes from the defaults); false when the lab rejects them.
  bool applyExercise(int index);
  /// Applies the exercise and grades `prediction`: against the model at once, else after a run.
  void checkExercise(int index, double prediction);
  struct ExerciseProgress {
    std::map<QString, bool> passedById;  ///< exercise id -> passed at least once
    int attempts = 0;
  };
  /// From the stored attempts; none without a store.
  std::optional<ExerciseProgress> exerciseProgress() const;
  /// The exercise's last graded prediction, its grade and answer written anew in the language
  /// installed now (a page built in another language shows them again); none before a grade.
  std::optional<ExerciseGrading::Grade> lastGrade(int index) const;

 signals:
  void paramsChanged();
  void modelChanged();
  void modeChanged();
  void seedChanged(quint64 seed);
  /// The live state started over (on `topology()`).
  void liveReset();
  /// A frame's worth of the stream went into live(); `fresh`: records came in this frame.
  void frameAdvanced(const std::vector<amp::widgets::LiveStats::Transfer>& transfers, bool fresh);
  /// A run of the queue started (true), or the queue ended (false).
  void runStateChanged(bool running);
  /// Pause, step or speed changed.
  void controlsChanged();
  /// The latest simulation or real result, or the comparison, changed.
  void resultChanged();
  /// The simulation going on has this estimate so far (replications done, CIs so far).
  void partialResult(const amp::run::RunResult& soFar);
  /// A finished or saved run is now the latest result; nullptr: the results were cleared.
  void runShown(const amp::run::RunResult* result);
  /// Everything drawn from results changed: every chart redraws.
  void chartsChanged();
  /// A run of the queue ended, whatever its status (after the next one started, if any).
  void runEnded(const amp::run::RunResult& result);
  void runSaved(qint64 id);
  void message(const QString& text, amp::app::LabSession::Severity severity);
  void messageCleared();
  void exerciseBusy(int index, bool busy);
  void exerciseGraded(int index, const QString& text, bool passed);
  /// After a graded prediction (never before): the answer and its explanation, for "Show answer".
  void exerciseAnswered(int index, const QString& answer);
  void exerciseProgressChanged();

 private:
  void recomputeModel();
  void startNext();
  void finished(const run::RunResult& result);
  void clearComparison();
  void grade(int index, double prediction, double answer, double ciLo, double ciHi, run::Mode source,
             const run::RunResult* from = nullptr);

  const run::Lab& lab_;
  std::shared_ptr<RunStore> store_;
  std::vector<run::ParamSpec> paramSpecs_;
  std::vector<run::MetricSpec> metrics_;
  std::vector<run::Exercise> exercises_;
  run::Params params_;
  run::Topology topology_;
  run::ModelResult model_;
  QString modelError_;
  Mode mode_ = Mode::Sim;
  double duration_ = 0.0;
  int reps_ = 0;
  double warmup_ = -1.0;
  std::uint64_t seed_ = 1;
  real::ServiceClock serviceClock_ = real::ServiceClock::Time;
  double timeScale_ = 1.0;
  double speed_ = -1.0;
  int cores_ = 1;

  RunController* controller_ = nullptr;
  LiveFeed* feed_ = nullptr;
  QTimer restartTimer_;
  std::deque<run::Mode> queue_;
  run::Mode runningMode_ = run::Mode::Sim;
  bool restarting_ = false;
  std::optional<run::RunResult> sim_, real_;
  std::optional<run::RunResult> compareA_, compareB_;
  ComparisonWorker* comparison_ = nullptr;
  QString compareNameA_, compareNameB_;
  struct PendingExercise {
    int index = -1;
    double prediction = 0;
  };
  std::optional<PendingExercise> pendingExercise_;
  /// What a grade was made of, kept to write it again in another language.
  struct GradeInputs {
    double prediction = 0, answer = 0, ciLo = 0, ciHi = 0;
    run::Mode source = run::Mode::Model;
    run::RunResult host;  ///< the run's mode, host record and oversubscription only (hostWidening)
  };
  std::map<int, GradeInputs> grades_;
};

}  // namespace amp::app
