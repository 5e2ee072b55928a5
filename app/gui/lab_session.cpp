// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/lab_session.h"

#include <algorithm>
#include <cmath>

#include "amp/real/cpu_topology.h"
#include "amp/run/runner.h"
#include "gui/comparison_worker.h"
#include "gui/exercise_grading.h"
#include "gui/live_feed.h"
#include "gui/run_controller.h"
#include "store/run_store.h"
#include "widgets/chart_builder.h"
#include "widgets/run_text.h"

namespace amp::app {

namespace {
constexpr double kFitSeconds = 15.0;
// Parameter edits while a run goes on restart it once the slider has rested this long.
constexpr int kRestartDelayMs = 400;

// The rule the parameter panel shows values by (ParamPanel::setParams), so that the session
// holds exactly what the panel shows: keys of the lab only, numbers clamped into range (whole
// for integers), a choice only when the lab offers it, table rows and folders only when valid; a key
// `incoming` lacks keeps its value.
run::Params accepted(const std::vector<run::ParamSpec>& specs, run::Params current,
                     const run::Params& incoming) {
  for (const auto& s : specs) {
    switch (s.kind) {
      case run::ParamKind::Real:
      case run::ParamKind::Integer: {
        if (incoming.nums().count(s.key) == 0) break;
        double v = std::clamp(incoming.num(s.key), s.min, s.max);
        if (s.kind == run::ParamKind::Integer) v = std::round(v);
        current.set(s.key, v);
        break;
      }
      case run::ParamKind::Choice:
        if (incoming.texts().count(s.key) != 0 &&
            std::find(s.choices.begin(), s.choices.end(), incoming.text(s.key)) != s.choices.end())
          current.setText(s.key, incoming.text(s.key));
        break;
      case run::ParamKind::Text:
        if (incoming.texts().count(s.key) != 0) current.setText(s.key, incoming.text(s.key));
        break;
      case run::ParamKind::Table:
      case run::ParamKind::Path: {
        // Only what the lab would accept: rows that fit its columns, a folder that exists.
        run::Params check;
        if (incoming.texts().count(s.key) != 0 &&
            run::applySetting(specs, check, s.key, incoming.text(s.key)).empty())
          current.setText(s.key, check.text(s.key));
        break;
      }
    }
  }
  return current;
}
}  // namespace

QString LabSession::modeKey(Mode mode) {
  switch (mode) {
    case Mode::Model:
      return QStringLiteral("model");
    case Mode::Real:
      return QStringLiteral("real");
    case Mode::Compare:
      return QStringLiteral("compare");
    case Mode::Sim:
      break;
  }
  return QStringLiteral("sim");
}

LabSession::Mode LabSession::modeFromKey(const QString& key) {
  for (Mode m : {Mode::Model, Mode::Real, Mode::Compare})
    if (key == modeKey(m)) return m;
  return Mode::Sim;
}

QString LabSession::modeWord(run::Mode m) {
  switch (m) {
    case run::Mode::Model:
      return tr("model");
    case run::Mode::Sim:
      return tr("simulation");
    case run::Mode::Real:
      return tr("real run");
  }
  return {};
}

LabSession::LabSession(const run::Lab& lab, std::shared_ptr<RunStore> store, QObject* parent)
    : QObject(parent), lab_(lab), store_(std::move(store)) {
  paramSpecs_ = lab_.params();
  metrics_ = lab_.metrics();
  comparison_ = new ComparisonWorker(this);
  connect(comparison_, &ComparisonWorker::finished, this, &LabSession::resultChanged);
  exercises_ = lab_.exercises();
  params_ = run::defaults(paramSpecs_);
  serviceClock_ = lab_.defaultServiceClock();
  if (const auto scale = lab_.timeScale()) timeScale_ = scale->realDefault;
  cores_ = std::max<int>(1, static_cast<int>(real::CpuTopology::probe().usableCpus().size()));
  controller_ = new RunController(this);
  connect(controller_, &RunController::finished, this, &LabSession::finished);
  connect(controller_, &RunController::partial, this, &LabSession::partialResult);
  feed_ = new LiveFeed(controller_, this);
  connect(feed_, &LiveFeed::frameAdvanced, this, &LabSession::frameAdvanced);

  restartTimer_.setSingleShot(true);
  restartTimer_.setInterval(kRestartDelayMs);
  connect(&restartTimer_, &QTimer::timeout, this, [this] {
    if (!running()) return;
    restarting_ = true;
    run();
    restarting_ = false;
    emit message(
        tr("Parameters changed during the run: it restarted with the new values (this lab applies changes by restarting)."),
        Severity::Info);
  });

  if (!lab_.hasSim()) mode_ = Mode::Model;
  setMode(mode_);
  recomputeModel();
  feed_->reset(topology_, false);
}

LabSession::~LabSession() = default;

QString LabSession::labId() const { return QString::fromStdString(lab_.info().id); }

void LabSession::setParams(const run::Params& params) {
  params_ = accepted(paramSpecs_, params_, params);
  if (compareA_) clearComparison();
  recomputeModel();
  if (!running()) {
    feed_->reset(topology_, mode_ == Mode::Real);
    emit liveReset();
  } else {
    restartTimer_.start();
  }
  emit paramsChanged();
}

run::FittedParams LabSession::fit() const { return run::fitToHost(lab_, params_, cores_); }

void LabSession::fitToHost() {
  const run::FittedParams f = fit();
  if (!f.changed) return;
  setParams(f.params);
  emit message(tr("Fitted to this machine: %1. Defaults brings the lab's own values back.")
                   .arg(widgets::runText(f.words)),
               Severity::Info);
}

void LabSession::recomputeModel() {
  modelError_.clear();
  try {
    model_ = lab_.model(params_);
  } catch (const std::exception& e) {
    model_ = {};
    modelError_ = QString::fromUtf8(e.what());
  }
  try {
    topology_ = lab_.topology(params_);
  } catch (const std::exception& e) {
    modelError_ = QString::fromUtf8(e.what());
  }
  if (!modelError_.isEmpty())
    emit message(tr("The model could not be computed: %1").arg(modelError_), Severity::Error);
  emit modelChanged();
}

void LabSession::setMode(Mode mode) {
  if (mode == Mode::Real && !lab_.hasReal()) mode = Mode::Sim;
  if (mode == Mode::Compare && !lab_.hasReal()) mode = Mode::Sim;
  if (mode == Mode::Sim && !lab_.hasSim()) mode = Mode::Model;
  mode_ = mode;
  emit modeChanged();
}

void LabSession::chooseMode(Mode mode) {
  const auto isReal = [](Mode m) { return m == Mode::Real || m == Mode::Compare; };
  const bool enteringReal = isReal(mode) && !isReal(mode_);
  setMode(mode);
  // The message says what changed; Defaults brings the lab's own values back.
  if (enteringReal && isReal(mode_) && !running()) fitToHost();
}

run::RunSpec LabSession::specFor(run::Mode mode) const {
  run::RunSpec spec;
  spec.lab = lab_.info().id;
  spec.mode = mode;
  spec.params = params_;
  spec.seed = seed_;
  spec.duration = duration_;
  spec.reps = reps_;
  spec.warmup = warmup_;
  if (mode == run::Mode::Real) {
    spec.serviceClock = serviceClock_;
    if (hasTimeScale()) spec.timeScale = timeScale_;
  }
  return spec;
}

void LabSession::setRunLength(double durationS, int reps) {
  duration_ = std::max(0.0, durationS);
  reps_ = std::max(0, reps);
}

void LabSession::setSeed(std::uint64_t seed) {
  if (seed == seed_) return;
  seed_ = seed;
  emit seedChanged(seed_);
}

void LabSession::setSpeed(double speed) {
  speed_ = speed;
  controller_->setSpeed(runningMode_ == run::Mode::Sim ? effectiveSpeed() : 0.0);
  emit controlsChanged();
}

double LabSession::horizonEstimate() const {
  if (duration_ > 0) return duration_;
  try {
    return lab_.suggestedHorizonS(params_);
  } catch (const std::exception&) {
    return 100.0;
  }
}

double LabSession::effectiveSpeed() const {
  if (speed_ >= 0) return speed_;
  return std::max(0.01, horizonEstimate() / kFitSeconds);
}

bool LabSession::running() const { return controller_->running(); }
bool LabSession::paused() const { return controller_->paused(); }
double LabSession::progress() const { return controller_->progress(); }
QString LabSession::stage() const { return controller_->stage(); }
double LabSession::simTime() const { return controller_->simTime(); }
std::uint64_t LabSession::droppedRecords() const { return controller_->droppedRecords(); }
const widgets::LiveStats& LabSession::live() const { return feed_->live(); }

const std::optional<run::Difference>& LabSession::difference() const { return comparison_->result(); }
bool LabSession::differencePending() const { return comparison_->running(); }

void LabSession::clearComparison() {
  comparison_->cancel();
  compareA_.reset();
  compareB_.reset();
  emit resultChanged();
}

void LabSession::run() {
  if (compareA_) clearComparison();
  queue_.clear();
  switch (mode_) {
    case Mode::Model:
      queue_.push_back(run::Mode::Model);
      break;
    case Mode::Sim:
      queue_.push_back(run::Mode::Sim);
      break;
    case Mode::Real:
      queue_.push_back(run::Mode::Real);
      break;
    case Mode::Compare:
      sim_.reset();
      real_.reset();
      queue_.push_back(run::Mode::Sim);
      queue_.push_back(run::Mode::Real);
      break;
  }
  if (!restarting_) emit messageCleared();
  startNext();
}

void LabSession::startNext() {
  if (queue_.empty()) return;
  const run::Mode m = queue_.front();
  queue_.pop_front();
  const run::RunSpec spec = specFor(m);
  const std::string problem = run::validate(lab_, spec);
  if (!problem.empty()) {
    queue_.clear();
    emit message(tr("Cannot run: %1").arg(widgets::runText(problem)), Severity::Error);
    return;
  }
  runningMode_ = m;
  if (m == run::Mode::Sim) sim_.reset();
  if (m == run::Mode::Real) real_.reset();
  // Windows of the same length as the runner's series, so live and final curves look alike.
  feed_->start(topology_, m == run::Mode::Real, m == run::Mode::Sim ? horizonEstimate() / 400.0 : 0.0);
  emit liveReset();
  controller_->start(lab_, spec, m == run::Mode::Sim ? effectiveSpeed() : 0.0, false);
  emit resultChanged();
  emit runStateChanged(true);
}

void LabSession::togglePause() {
  if (!running() || runningMode_ != run::Mode::Sim) return;
  controller_->setPaused(!controller_->paused());
  emit controlsChanged();
}

void LabSession::step() {
  if (!running()) {
    if (mode_ != Mode::Sim) setMode(Mode::Sim);
    if (mode_ != Mode::Sim) return;
    run();
    controller_->setPaused(true);
  }
  if (runningMode_ != run::Mode::Sim) return;
  if (!controller_->paused()) controller_->setPaused(true);
  controller_->step(1);
  emit controlsChanged();
}

void LabSession::resetRun() {
  queue_.clear();
  pendingExercise_.reset();
  restartTimer_.stop();
  if (running()) controller_->cancel();
  sim_.reset();
  real_.reset();
  comparison_->cancel();
  compareA_.reset();
  compareB_.reset();
  emit resultChanged();
  emit runShown(nullptr);
  feed_->reset(topology_, mode_ == Mode::Real);
  emit liveReset();
  emit messageCleared();
  emit chartsChanged();
  emit controlsChanged();
}

void LabSession::finished(const run::RunResult& result) {
  feed_->wake();  // a few more frames drain the ring's last records and settle the tokens
  run::RunResult r = result;
  if (result.status == run::RunStatus::Cancelled) {
    queue_.clear();
    if (pendingExercise_) emit exerciseGraded(pendingExercise_->index, tr("The run was cancelled."), false);
    pendingExercise_.reset();
    emit message(tr("The %1 was cancelled.").arg(modeWord(result.mode)), Severity::Info);
  } else if (result.status == run::RunStatus::Failed) {
    queue_.clear();
    if (pendingExercise_)
      emit exerciseGraded(pendingExercise_->index, tr("The run failed, so nothing to compare with."), false);
    pendingExercise_.reset();
    emit message(tr("The %1 failed: %2").arg(modeWord(result.mode), widgets::runText(result.error)),
                 Severity::Error);
  } else {
    if (store_ && store_->isOpen()) {
      const QString err = store_->save(r);
      if (!err.isEmpty())
        emit message(tr("The run finished but could not be saved: %1").arg(err), Severity::Error);
      else
        emit runSaved(r.runId);
    }
    if (r.mode == run::Mode::Sim) sim_ = r;
    if (r.mode == run::Mode::Real) real_ = r;
    if (r.mode == run::Mode::Model && !r.model.values.empty()) {
      model_ = r.model;
      emit modelChanged();
    }
    emit resultChanged();
    if (r.mode != run::Mode::Model && queue_.empty()) {
      // Drain what the ring still holds, settle every station on its mean over the stream seen,
      // then show the run's measured utilizations on the lanes. A serializing station's ceiling
      // names the metric of its utilization (the master that also syncs the log, say): its box
      // reads what the ceiling reads.
      feed_->frame();
      feed_->settle();
      for (const auto& m : metrics_)
        if (m.source == run::MetricSource::Utilization && m.station >= 0)
          if (auto it = r.metrics.find(m.key); it != r.metrics.end())
            feed_->setUtilization(static_cast<std::size_t>(m.station), it->second.mean);
      for (const auto& panel : lab_.panels())
        if (panel.kind == run::PanelKind::Ceiling && panel.station >= 0)
          if (auto it = r.metrics.find(panel.utilization);
              it != r.metrics.end() && std::isfinite(it->second.mean))
            feed_->setUtilization(static_cast<std::size_t>(panel.station),
                                  std::clamp(it->second.mean, 0.0, 1.0));
    }
    emit runShown(r.mode == run::Mode::Model ? nullptr : &r);
    QStringList warnings;
    for (const auto& w : r.warnings) warnings << widgets::runText(w);
    if (r.unstable)
      warnings.prepend(tr("The system is unstable at these parameters: queues grow for as long as it runs."));
    if (!warnings.isEmpty()) emit message(warnings.join(QLatin1Char('\n')), Severity::Warning);
    if (pendingExercise_ && queue_.empty()) {
      const auto& e = exercises_[static_cast<std::size_t>(pendingExercise_->index)];
      auto it = r.metrics.find(e.metric);
      if (it != r.metrics.end())
        grade(pendingExercise_->index, pendingExercise_->prediction, it->second.mean, it->second.ciLo,
              it->second.ciHi, r.mode, &r);
      else
        emit exerciseGraded(pendingExercise_->index,
                            tr("The run did not report %1.").arg(QString::fromStdString(e.metric)), false);
      pendingExercise_.reset();
    }
  }
  if (!queue_.empty())
    startNext();
  else
    emit runStateChanged(false);
  emit runEnded(r);
}

void LabSession::showSavedRun(const run::RunResult& r) {
  restartTimer_.stop();
  if (running()) {
    queue_.clear();
    controller_->cancel();
  }
  params_ = accepted(paramSpecs_, params_, r.params);
  recomputeModel();
  emit paramsChanged();
  sim_.reset();
  real_.reset();
  comparison_->cancel();
  compareA_.reset();
  compareB_.reset();
  if (r.mode == run::Mode::Sim) {
    sim_ = r;
    setMode(Mode::Sim);
  } else if (r.mode == run::Mode::Real) {
    real_ = r;
    setMode(Mode::Real);
  } else {
    setMode(Mode::Model);
  }
  if (r.seed > 0) setSeed(std::min<std::uint64_t>(r.seed, kMaxSeed));
  emit resultChanged();
  feed_->reset(topology_, r.mode == run::Mode::Real);
  emit liveReset();
  emit runShown(r.mode == run::Mode::Model ? nullptr : &r);
  emit chartsChanged();
  emit controlsChanged();
  emit message(
      tr("Showing saved run #%1 from %2 (UTC). Its parameters are set; Run repeats it.")
          .arg(r.runId)
          .arg(QString::fromStdString(r.started).left(19).replace(QLatin1Char('T'), QLatin1Char(' '))),
      Severity::Info);
}

void LabSession::showComparison(const run::RunResult& a, const QString& nameA, const run::RunResult& b,
                                const QString& nameB) {
  if (running()) {
    queue_.clear();
    controller_->cancel();
  }
  params_ = accepted(paramSpecs_, params_, b.params);
  recomputeModel();
  emit paramsChanged();
  compareA_ = a;
  compareB_ = b;
  compareNameA_ = nameA;
  compareNameB_ = nameB;
  comparison_->start(lab_, a, b, lab_.keyMetric());
  emit resultChanged();
  emit chartsChanged();
  emit message(tr("Comparing %1 with %2. The parameters shown are those of %2; Run leaves the comparison.")
                   .arg(nameA, nameB),
               Severity::Info);
}

bool LabSession::applyExercise(int index) {
  run::Params p;
  const std::string err =
      ExerciseGrading::params(paramSpecs_, exercises_[static_cast<std::size_t>(index)], p);
  if (!err.empty()) {
    emit message(tr("Exercise settings: %1").arg(QString::fromStdString(err)), Severity::Error);
    return false;
  }
  setParams(p);
  return true;
}

void LabSession::checkExercise(int index, double prediction) {
  applyExercise(index);
  const auto& e = exercises_[static_cast<std::size_t>(index)];
  if (e.answerFrom == run::Mode::Model) {
    auto it = model_.values.find(e.metric);
    if (it == model_.values.end()) {
      emit exerciseGraded(
          index, tr("The model gives no value for %1 here.").arg(QString::fromStdString(e.metric)), false);
      return;
    }
    grade(index, prediction, it->second, NAN, NAN, run::Mode::Model);
    return;
  }
  pendingExercise_ = PendingExercise{index, prediction};
  setMode(e.answerFrom == run::Mode::Real ? Mode::Real : Mode::Sim);
  emit exerciseBusy(index, true);
  run();
}

void LabSession::grade(int index, double prediction, double answer, double ciLo, double ciHi,
                       run::Mode source, const run::RunResult* from) {
  emit exerciseBusy(index, false);
  GradeInputs in{prediction, answer, ciLo, ciHi, source, {}};
  if (from != nullptr) {
    in.host.mode = from->mode;
    in.host.host = from->host;
    in.host.oversubscribed = from->oversubscribed;
  }
  grades_[index] = std::move(in);
  const auto g = *lastGrade(index);
  emit exerciseGraded(index, g.text, g.passed);
  emit exerciseAnswered(index, g.answer);
  const auto& e = exercises_[static_cast<std::size_t>(index)];
  if (store_ && store_->isOpen()) {
    const QString err =
        store_->saveExerciseAttempt(labId(), QString::fromStdString(e.id), prediction, answer, g.passed);
    if (!err.isEmpty()) emit message(tr("Your attempt could not be saved: %1").arg(err), Severity::Error);
  }
  emit exerciseProgressChanged();
}

std::optional<ExerciseGrading::Grade> LabSession::lastGrade(int index) const {
  const auto it = grades_.find(index);
  if (it == grades_.end() || index < 0 || index >= static_cast<int>(exercises_.size())) return std::nullopt;
  const GradeInputs& in = it->second;
  QString why;
  const double widening = ExerciseGrading::hostWidening(in.host, why);
  const auto& e = exercises_[static_cast<std::size_t>(index)];
  return ExerciseGrading::grade(e, widgets::findMetric(metrics_, e.metric), in.prediction, in.answer, in.ciLo,
                                in.ciHi, modeWord(in.source), widening, why);
}

std::optional<LabSession::ExerciseProgress> LabSession::exerciseProgress() const {
  if (!store_ || !store_->isOpen()) return std::nullopt;
  ExerciseProgress p;
  const auto attempts = store_->attempts(labId());
  for (const auto& a : attempts) p.passedById[a.exercise] = p.passedById[a.exercise] || a.passed;
  p.attempts = static_cast<int>(attempts.size());
  return p;
}

}  // namespace amp::app
