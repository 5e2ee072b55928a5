// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/lab_page.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QFile>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

#include "amp/real/cpu_topology.h"
#include "gui/exercise_panel.h"
#include "gui/run_controller.h"
#include "gui/sweep_panel.h"
#include "store/run_store.h"
#include "widgets/ceiling_panel.h"
#include "widgets/chart_widget.h"
#include "widgets/format.h"
#include "widgets/metric_table.h"
#include "widgets/param_panel.h"
#include "widgets/queue_view.h"

namespace amp::app {

namespace {
struct SpeedChoice {
  const char* label;
  double speed;  // simulated seconds per wall second; 0 = flat out; < 0 = fit the run to ~15 s
};
const SpeedChoice kSpeeds[] = {
    {QT_TRANSLATE_NOOP("amp::app::LabPage", "1× (real time)"), 1.0},
    {QT_TRANSLATE_NOOP("amp::app::LabPage", "10×"), 10.0},
    {QT_TRANSLATE_NOOP("amp::app::LabPage", "100×"), 100.0},
    {QT_TRANSLATE_NOOP("amp::app::LabPage", "1000×"), 1000.0},
    {QT_TRANSLATE_NOOP("amp::app::LabPage", "finish in about 15 s"), -1.0},
    {QT_TRANSLATE_NOOP("amp::app::LabPage", "flat out"), 0.0},
};
constexpr int kDefaultSpeed = 4;
constexpr int kFlatOut = 5;
constexpr double kFitSeconds = 15.0;
constexpr int kFrameMs = 16;
// Parameter edits while a run goes on restart it once the slider has rested this long.
constexpr int kRestartDelayMs = 400;

QString modeWord(run::Mode m) {
  switch (m) {
    case run::Mode::Model:
      return LabPage::tr("model");
    case run::Mode::Sim:
      return LabPage::tr("simulation");
    case run::Mode::Real:
      return LabPage::tr("real run");
  }
  return {};
}
}  // namespace

LabPage::LabPage(const run::Lab& lab, std::shared_ptr<RunStore> store, QWidget* parent)
    : QWidget(parent), lab_(lab), store_(std::move(store)) {
  paramSpecs_ = lab_.params();
  metrics_ = lab_.metrics();
  cores_ = std::max<int>(1, static_cast<int>(real::CpuTopology::probe().usableCpus().size()));
  chartSpecs_ = lab_.charts();
  controller_ = new RunController(this);
  connect(controller_, &RunController::finished, this, &LabPage::finished);
  buildUi();

  frameTimer_.setTimerType(Qt::PreciseTimer);
  frameTimer_.setInterval(kFrameMs);
  connect(&frameTimer_, &QTimer::timeout, this, &LabPage::onFrame);
  restartTimer_.setSingleShot(true);
  restartTimer_.setInterval(kRestartDelayMs);
  connect(&restartTimer_, &QTimer::timeout, this, [this] {
    if (!running()) return;
    restarting_ = true;
    run();
    restarting_ = false;
    showMessage(
        tr("Parameters changed during the run: it restarted with the new values (this lab applies changes by restarting)."),
        Severity::Info);
  });

  if (!lab_.hasSim()) mode_ = PageMode::Model;
  setMode(mode_);
  recomputeModel();
  live_.reset(topology_, false);
  queueView_->setTopology(topology_, &live_);
  refreshExerciseProgress();
  updateButtons();
  updateStatus();
}

LabPage::~LabPage() = default;

QString LabPage::labId() const { return QString::fromStdString(lab_.info().id); }

void LabPage::buildUi() {
  const auto info = lab_.info();
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(6, 6, 6, 6);
  outer->setSpacing(4);

  title_ = new QLabel(widgets::labText(info.title), this);
  title_->setStyleSheet(QStringLiteral("font-weight:bold; font-size:%1pt;").arg(font().pointSizeF() * 1.4));
  question_ = new QLabel(widgets::labText(info.question), this);
  question_->setWordWrap(true);
  auto* header = new QHBoxLayout;
  header->addWidget(title_);
  header->addWidget(question_, 1);
  outer->addLayout(header);

  messageBar_ = new QFrame(this);
  messageBar_->setFrameShape(QFrame::StyledPanel);
  auto* mb = new QHBoxLayout(messageBar_);
  mb->setContentsMargins(8, 4, 4, 4);
  messageText_ = new QLabel(messageBar_);
  messageText_->setWordWrap(true);
  messageText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* close = new QToolButton(messageBar_);
  close->setText(QStringLiteral("✕"));
  close->setAutoRaise(true);
  close->setToolTip(tr("Dismiss"));
  mb->addWidget(messageText_, 1);
  mb->addWidget(close);
  connect(close, &QToolButton::clicked, messageBar_, &QWidget::hide);
  messageBar_->hide();
  outer->addWidget(messageBar_);

  mainSplit_ = new QSplitter(Qt::Horizontal, this);
  mainSplit_->setChildrenCollapsible(true);
  outer->addWidget(mainSplit_, 1);

  // Left: mode and run controls on top; parameters, the lab's text, exercises and sweeps as tabs.
  auto* left = new QWidget(mainSplit_);
  left_ = left;
  auto* cl = new QVBoxLayout(left);
  cl->setContentsMargins(0, 0, 4, 0);
  auto* controls = left;

  auto* modeRow = new QHBoxLayout;
  modeRow->setSpacing(0);
  modeGroup_ = new QButtonGroup(this);
  const char* modeNames[] = {QT_TR_NOOP("Model"), QT_TR_NOOP("Simulation"), QT_TR_NOOP("Real"),
                             QT_TR_NOOP("Compare")};
  const char* modeTips[] = {
      QT_TR_NOOP("The analytic prediction only (instant)"),
      QT_TR_NOOP("The discrete-event simulation, animated, with 95% confidence intervals"),
      QT_TR_NOOP("Real pinned threads doing real work on this machine's cores"),
      QT_TR_NOOP("Model, simulation and real run side by side on every chart")};
  for (int i = 0; i < 4; ++i) {
    auto* b = new QToolButton(controls);
    b->setText(tr(modeNames[i]));
    b->setToolTip(tr(modeTips[i]));
    b->setCheckable(true);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    modeGroup_->addButton(b, i);
    modeRow->addWidget(b);
  }
  modeGroup_->button(static_cast<int>(PageMode::Sim))->setEnabled(lab_.hasSim());
  modeGroup_->button(static_cast<int>(PageMode::Real))->setEnabled(lab_.hasReal());
  modeGroup_->button(static_cast<int>(PageMode::Compare))->setEnabled(lab_.hasReal() && lab_.hasSim());
  if (!lab_.hasReal()) {
    modeGroup_->button(static_cast<int>(PageMode::Real))->setToolTip(tr("This lab has no real workload"));
    modeGroup_->button(static_cast<int>(PageMode::Compare))->setToolTip(tr("Needs a real workload"));
  }
  connect(modeGroup_, &QButtonGroup::idClicked, this, [this](int id) { setMode(static_cast<PageMode>(id)); });
  cl->addLayout(modeRow);

  auto* runRow = new QHBoxLayout;
  runButton_ = new QPushButton(tr("▶ Run"), controls);
  runButton_->setToolTip(tr("Start a run (F5)"));
  runButton_->setDefault(true);
  pauseButton_ = new QPushButton(tr("Pause"), controls);
  pauseButton_->setToolTip(tr("Pause or resume the simulation (F6)"));
  stepButton_ = new QPushButton(tr("Step"), controls);
  stepButton_->setToolTip(tr("One event of the simulation (F7)"));
  resetButton_ = new QPushButton(tr("Reset"), controls);
  resetButton_->setToolTip(tr("Stop and clear the results (F8)"));
  for (auto* b : {runButton_, pauseButton_, stepButton_, resetButton_}) {
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    runRow->addWidget(b);
  }
  cl->addLayout(runRow);
  connect(runButton_, &QPushButton::clicked, this, &LabPage::run);
  connect(pauseButton_, &QPushButton::clicked, this, &LabPage::togglePause);
  connect(stepButton_, &QPushButton::clicked, this, &LabPage::step);
  connect(resetButton_, &QPushButton::clicked, this, &LabPage::resetRun);

  auto* speedRow = new QHBoxLayout;
  speedRow->addWidget(new QLabel(tr("Speed"), controls));
  speed_ = new QComboBox(controls);
  for (const auto& s : kSpeeds) speed_->addItem(tr(s.label), s.speed);
  speed_->setCurrentIndex(kDefaultSpeed);
  speed_->setToolTip(tr("Simulated seconds per wall-clock second, or flat out"));
  speed_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  speed_->setMinimumContentsLength(8);
  speedRow->addWidget(speed_, 1);
  speedRow->addWidget(new QLabel(tr("Seed"), controls));
  seedBox_ = new QSpinBox(controls);
  seedBox_->setRange(1, 999999);
  seedBox_->setValue(1);
  seedBox_->setToolTip(tr("Same seed, same arrivals and job sizes: runs are reproducible"));
  speedRow->addWidget(seedBox_);
  cl->addLayout(speedRow);
  // What a real run's requested service time means; the lab's default is chosen by its lesson.
  auto* clockRow = new QHBoxLayout;
  clockRow->addWidget(new QLabel(tr("Service clock"), controls));
  serviceClock_ = new QComboBox(controls);
  serviceClock_->addItem(tr("time"), static_cast<int>(real::ServiceClock::Time));
  serviceClock_->addItem(tr("work"), static_cast<int>(real::ServiceClock::Work));
  serviceClock_->setCurrentIndex(lab_.defaultServiceClock() == real::ServiceClock::Work ? 1 : 0);
  serviceClock_->setToolTip(
      tr("What a real run's service time means.") + QStringLiteral("\n") +
      tr("time: each service computes until its requested time has passed, so it means what the model means.") +
      QStringLiteral("\n") +
      tr("work: each service does a fixed amount of computation; a busy host stretches it."));
  serviceClock_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  serviceClock_->setMinimumContentsLength(8);
  clockRow->addWidget(serviceClock_, 1);
  // A real run whose seats outnumber this machine's cores teaches little: offer the same system
  // with fewer workers and every utilization kept (the parameters stay editable; Defaults undoes).
  fitButton_ = new QToolButton(controls);
  fitButton_->setText(tr("Fit to this machine"));
  clockRow->addWidget(fitButton_);
  cl->addLayout(clockRow);
  connect(fitButton_, &QToolButton::clicked, this, [this] {
    const run::FittedParams fit = run::fitToHost(lab_, params(), cores_);
    if (!fit.changed) return;
    setParams(fit.params);
    showMessage(tr("Fitted to this machine: %1. Defaults brings the lab's own values back.")
                    .arg(QString::fromStdString(fit.words)),
                Severity::Info);
  });
  connect(speed_, &QComboBox::currentIndexChanged, this, [this] {
    controller_->setSpeed(runningMode_ == run::Mode::Sim ? effectiveSpeed() : 0.0);
    updateStatus();
  });

  progress_ = new QProgressBar(controls);
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  progress_->setMaximumHeight(8);
  cl->addWidget(progress_);
  status_ = new QLabel(controls);
  status_->setWordWrap(true);
  status_->setMinimumHeight(status_->fontMetrics().height() * 2);
  status_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  cl->addWidget(status_);

  leftTabs_ = new QTabWidget(left);
  leftTabs_->setDocumentMode(true);
  cl->addWidget(leftTabs_, 1);

  controlsScroll_ = new QScrollArea(leftTabs_);
  controlsScroll_->setWidgetResizable(true);
  controlsScroll_->setFrameShape(QFrame::NoFrame);
  controlsScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  auto* paramsHost = new QWidget(controlsScroll_);
  auto* pl = new QVBoxLayout(paramsHost);
  pl->setContentsMargins(2, 4, 8, 4);
  auto* paramHeader = new QHBoxLayout;
  auto* ph = new QLabel(tr("Drag a slider or type a value; hover for what it means."), paramsHost);
  ph->setWordWrap(true);
  paramHint_ = ph;
  auto* resetParams = new QToolButton(paramsHost);
  resetParams->setText(tr("Defaults"));
  resetParams->setToolTip(tr("Every parameter back to its default"));
  paramHeader->addWidget(ph, 1);
  paramHeader->addWidget(resetParams);
  pl->addLayout(paramHeader);
  paramPanel_ = new widgets::ParamPanel(paramsHost);
  paramPanel_->setSpecs(paramSpecs_);
  pl->addWidget(paramPanel_);
  pl->addStretch(1);
  controlsScroll_->setWidget(paramsHost);
  connect(paramPanel_, &widgets::ParamPanel::paramChanged, this, &LabPage::paramsEdited);
  connect(resetParams, &QToolButton::clicked, paramPanel_, &widgets::ParamPanel::resetToDefaults);
  leftTabs_->addTab(controlsScroll_, tr("Parameters"));

  text_ = new QTextBrowser(leftTabs_);
  text_->setOpenExternalLinks(true);
  text_->setMarkdown(loadText());
  leftTabs_->addTab(text_, tr("About"));
  exercises_ = new ExercisePanel(leftTabs_);
  exercises_->setLab(&lab_);
  leftTabs_->addTab(exercises_, tr("Exercises (%1)").arg(exercises_->count()));
  sweep_ = new SweepPanel(leftTabs_);
  sweep_->setLab(&lab_);
  leftTabs_->addTab(sweep_, tr("Sweep"));
  connect(exercises_, &ExercisePanel::applyRequested, this, &LabPage::applyExercise);
  connect(exercises_, &ExercisePanel::checkRequested, this, &LabPage::checkExercise);
  connect(sweep_, &SweepPanel::message, this,
          [this](const QString& t, bool err) { showMessage(t, err ? Severity::Error : Severity::Info); });
  connect(sweep_, &SweepPanel::sweepFinished, this, &LabPage::updateStaticCharts);
  connect(seedBox_, &QSpinBox::valueChanged, this, [this](int v) {
    seed_ = static_cast<std::uint64_t>(v);
    sweep_->setSeed(seed_);
  });

  // Right: animation, charts, metric table.
  rightSplit_ = new QSplitter(Qt::Vertical, mainSplit_);
  queueView_ = new widgets::QueueView(rightSplit_);
  connect(queueView_, &widgets::QueueView::framePainted, this, &LabPage::framePainted);
  chartsScroll_ = new QScrollArea(rightSplit_);
  chartsScroll_->setWidgetResizable(true);
  chartsScroll_->setFrameShape(QFrame::NoFrame);
  buildCharts();
  metricTable_ = new widgets::MetricTable(rightSplit_);
  metricTable_->setMetrics(metrics_, lab_.hasReal());
  rightSplit_->addWidget(queueView_);
  rightSplit_->addWidget(chartsScroll_);
  rightSplit_->addWidget(metricTable_);
  rightSplit_->setStretchFactor(0, 3);
  rightSplit_->setStretchFactor(1, 5);
  rightSplit_->setStretchFactor(2, 3);

  // Predict, then run: while the exercises are open the model's answers stay out of sight.
  connect(leftTabs_, &QTabWidget::currentChanged, this, [this](int index) {
    const bool hide = leftTabs_->widget(index) == exercises_;
    if (hide == answersHidden_) return;
    answersHidden_ = hide;
    metricTable_->setModelHidden(hide);
    updateStaticCharts();
    updateLiveCharts();
  });
  mainSplit_->addWidget(left);
  mainSplit_->addWidget(rightSplit_);
  mainSplit_->setStretchFactor(0, 0);
  mainSplit_->setStretchFactor(1, 1);
  mainSplit_->setSizes({330, 900});
}

void LabPage::buildCharts() {
  auto* host = new QWidget(chartsScroll_);
  auto* grid = new QGridLayout(host);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setSpacing(6);
  // The ceiling panel is on every lab page; it goes third, next to the lab's first charts, so
  // it is in view without scrolling.
  constexpr int kCeilingCell = 2;
  int cell = 0;
  for (const auto& spec : chartSpecs_) {
    if (cell == kCeilingCell) ++cell;
    auto* chart = new widgets::ChartWidget(host);
    chart->setExportName(QString::fromStdString(lab_.info().id + "_" + spec.id));
    chart->setMinimumHeight(230);
    grid->addWidget(chart, cell / 2, cell % 2);
    chartWidgets_.push_back(chart);
    ++cell;
  }
  const int ceilingCell = std::min(cell, kCeilingCell);
  // The first live chart stands for all of them in the frame count (they replot together).
  for (std::size_t i = 0; i < chartSpecs_.size(); ++i)
    if (widgets::isLiveChart(chartSpecs_[i])) {
      connect(chartWidgets_[i], &widgets::ChartWidget::replotted, this, &LabPage::chartFrame);
      break;
    }
  ceiling_ = new widgets::CeilingPanel(host);
  ceiling_->setMinimumHeight(330);
  ceiling_->setLab(&lab_, metrics_);
  ceiling_->chart()->setExportName(QString::fromStdString(lab_.info().id + "_ceiling"));
  grid->addWidget(ceiling_, ceilingCell / 2, ceilingCell % 2);
  chartsScroll_->setWidget(host);
}

QString LabPage::loadText() const {
  const auto info = lab_.info();
  QString md;
  QFile f(QStringLiteral(":/labs/%1.md").arg(QString::fromStdString(info.id)));
  if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
    md = QString::fromUtf8(f.readAll());
  } else {
    md = QStringLiteral("# %1\n\n%2\n").arg(widgets::labText(info.title), widgets::labText(info.question));
  }
  try {
    const auto m = lab_.model(run::defaults(paramSpecs_));
    if (!m.formula.empty() && !md.contains(QString::fromStdString(m.formula)))
      md += tr("\n\n## The model\n\n") + QString::fromStdString(m.formula) + QStringLiteral("\n");
  } catch (const std::exception&) {
    // The text stands without the formula; the model's error shows when it is computed.
  }
  if (!info.teacherNote.empty())
    md += tr("\n\n## What to notice (for the teacher)\n\n") + widgets::labText(info.teacherNote) +
          QStringLiteral("\n");
  return md;
}

run::Params LabPage::params() const { return paramPanel_->params(); }

void LabPage::setParams(const run::Params& params) {
  paramPanel_->setParams(params);
  paramsEdited(QString());
}

void LabPage::paramsEdited(const QString&) {
  if (compareA_) {
    compareA_.reset();
    compareB_.reset();
    metricTable_->clearComparison();
  }
  recomputeModel();
  sweep_->setBaseParams(params());
  if (!running()) {
    live_.reset(topology_, mode_ == PageMode::Real);
    queueView_->setTopology(topology_, &live_);
  } else {
    restartTimer_.start();
  }
  emit paramsChanged();
}

void LabPage::recomputeModel() {
  if (fitButton_ != nullptr) updateButtons();  // whether the seats fit depends on the parameters
  const run::Params p = params();
  modelError_.clear();
  try {
    model_ = lab_.model(p);
  } catch (const std::exception& e) {
    model_ = {};
    modelError_ = QString::fromUtf8(e.what());
  }
  try {
    topology_ = lab_.topology(p);
  } catch (const std::exception& e) {
    modelError_ = QString::fromUtf8(e.what());
  }
  if (!modelError_.isEmpty())
    showMessage(tr("The model could not be computed: %1").arg(modelError_), Severity::Error);
  metricTable_->setModel(model_);
  ceiling_->setParams(p, model_);
  updateStaticCharts();
  updateLiveCharts();
}

void LabPage::setMode(PageMode mode) {
  if (mode == PageMode::Real && !lab_.hasReal()) mode = PageMode::Sim;
  if (mode == PageMode::Compare && !lab_.hasReal()) mode = PageMode::Sim;
  if (mode == PageMode::Sim && !lab_.hasSim()) mode = PageMode::Model;
  mode_ = mode;
  if (auto* b = modeGroup_->button(static_cast<int>(mode))) b->setChecked(true);
  updateButtons();
  updateStatus();
}

run::RunSpec LabPage::specFor(run::Mode mode) const {
  run::RunSpec spec;
  spec.lab = lab_.info().id;
  spec.mode = mode;
  spec.params = params();
  spec.seed = seed_;
  spec.duration = duration_;
  spec.reps = reps_;
  spec.warmup = warmup_;
  if (mode == run::Mode::Real)
    spec.serviceClock = static_cast<real::ServiceClock>(serviceClock_->currentData().toInt());
  return spec;
}

void LabPage::setRunLength(double durationS, int reps) {
  duration_ = std::max(0.0, durationS);
  reps_ = std::max(0, reps);
}

void LabPage::setSeed(std::uint64_t seed) { seedBox_->setValue(static_cast<int>(seed)); }

double LabPage::horizonEstimate() const {
  if (duration_ > 0) return duration_;
  try {
    return lab_.suggestedHorizonS(params());
  } catch (const std::exception&) {
    return 100.0;
  }
}

double LabPage::effectiveSpeed() const {
  const double s = speed_->currentData().toDouble();
  if (s >= 0) return s;
  return std::max(0.01, horizonEstimate() / kFitSeconds);
}

void LabPage::setSpeedIndex(int index) { speed_->setCurrentIndex(std::clamp(index, 0, speed_->count() - 1)); }
int LabPage::speedIndex() const { return speed_->currentIndex(); }
int LabPage::flatOutSpeedIndex() { return kFlatOut; }
void LabPage::faster() { setSpeedIndex(speedIndex() + 1); }
void LabPage::slower() { setSpeedIndex(speedIndex() - 1); }

bool LabPage::running() const { return controller_->running(); }

void LabPage::run() {
  if (compareA_) {
    compareA_.reset();
    compareB_.reset();
    metricTable_->clearComparison();
  }
  queue_.clear();
  switch (mode_) {
    case PageMode::Model:
      queue_.push_back(run::Mode::Model);
      break;
    case PageMode::Sim:
      queue_.push_back(run::Mode::Sim);
      break;
    case PageMode::Real:
      queue_.push_back(run::Mode::Real);
      break;
    case PageMode::Compare:
      sim_.reset();
      real_.reset();
      queue_.push_back(run::Mode::Sim);
      queue_.push_back(run::Mode::Real);
      break;
  }
  if (!restarting_ && messageBar_->isVisible()) messageBar_->hide();
  startNext();
}

void LabPage::startNext() {
  if (queue_.empty()) return;
  const run::Mode m = queue_.front();
  queue_.pop_front();
  const run::RunSpec spec = specFor(m);
  const std::string problem = run::validate(lab_, spec);
  if (!problem.empty()) {
    queue_.clear();
    showMessage(tr("Cannot run: %1").arg(QString::fromStdString(problem)), Severity::Error);
    return;
  }
  runningMode_ = m;
  if (m == run::Mode::Sim) sim_.reset();
  if (m == run::Mode::Real) real_.reset();
  live_.reset(topology_, m == run::Mode::Real);
  gapPending_ = false;
  // Windows of the same length as the runner's series, so live and final curves look alike.
  live_.setSeriesWindow(m == run::Mode::Sim ? horizonEstimate() / 400.0 : 0.0);
  queueView_->setTopology(topology_, &live_);
  controller_->start(lab_, spec, m == run::Mode::Sim ? effectiveSpeed() : 0.0, false);
  idleFrames_ = 0;
  frameTimer_.start();
  metricTable_->setSim(sim_ ? &*sim_ : nullptr);
  metricTable_->setReal(real_ ? &*real_ : nullptr);
  updateButtons();
  updateStatus();
  emit runStateChanged(true);
}

void LabPage::togglePause() {
  if (!running() || runningMode_ != run::Mode::Sim) return;
  controller_->setPaused(!controller_->paused());
  updateButtons();
  updateStatus();
}

void LabPage::step() {
  if (!running()) {
    if (mode_ != PageMode::Sim) setMode(PageMode::Sim);
    if (mode_ != PageMode::Sim) return;
    run();
    controller_->setPaused(true);
  }
  if (runningMode_ != run::Mode::Sim) return;
  if (!controller_->paused()) controller_->setPaused(true);
  controller_->step(1);
  updateButtons();
  updateStatus();
}

void LabPage::resetRun() {
  queue_.clear();
  pendingExercise_.reset();
  restartTimer_.stop();
  if (running()) controller_->cancel();
  sim_.reset();
  real_.reset();
  compareA_.reset();
  compareB_.reset();
  metricTable_->clearComparison();
  metricTable_->setSim(nullptr);
  metricTable_->setReal(nullptr);
  ceiling_->setMeasured(nullptr);
  live_.reset(topology_, mode_ == PageMode::Real);
  queueView_->setTopology(topology_, &live_);
  messageBar_->hide();
  updateStaticCharts();
  updateLiveCharts();
  updateButtons();
  updateStatus();
}

void LabPage::finished(const run::RunResult& result) {
  frameTimer_.start();  // a few more frames drain the ring's last records and settle the tokens
  if (result.status == run::RunStatus::Cancelled) {
    queue_.clear();
    if (pendingExercise_) exercises_->showGrade(pendingExercise_->index, tr("The run was cancelled."), false);
    pendingExercise_.reset();
    showMessage(tr("The %1 was cancelled.").arg(modeWord(result.mode)), Severity::Info);
  } else if (result.status == run::RunStatus::Failed) {
    queue_.clear();
    if (pendingExercise_)
      exercises_->showGrade(pendingExercise_->index, tr("The run failed, so nothing to compare with."),
                            false);
    pendingExercise_.reset();
    showMessage(tr("The %1 failed: %2").arg(modeWord(result.mode), QString::fromStdString(result.error)),
                Severity::Error);
  } else {
    run::RunResult r = result;
    if (store_ && store_->isOpen()) {
      const QString err = store_->save(r);
      if (!err.isEmpty())
        showMessage(tr("The run finished but could not be saved: %1").arg(err), Severity::Error);
      else
        emit runSaved(r.runId);
    }
    if (r.mode == run::Mode::Sim) sim_ = r;
    if (r.mode == run::Mode::Real) real_ = r;
    if (r.mode == run::Mode::Model && !r.model.values.empty()) model_ = r.model;
    metricTable_->setModel(model_);
    metricTable_->setSim(sim_ ? &*sim_ : nullptr);
    metricTable_->setReal(real_ ? &*real_ : nullptr);
    ceiling_->setMeasured(r.mode == run::Mode::Model ? nullptr : &r);
    if (r.mode == run::Mode::Real) showPlacement(r);
    if (r.mode != run::Mode::Model && queue_.empty()) {
      // Drain what the ring still holds, then show the run's measured utilizations on the lanes.
      onFrame();
      for (const auto& m : metrics_)
        if (m.source == run::MetricSource::Utilization && m.station >= 0)
          if (auto it = r.metrics.find(m.key); it != r.metrics.end())
            live_.setUtilization(static_cast<std::size_t>(m.station), it->second.mean);
      queueView_->update();
    }
    QStringList warnings;
    for (const auto& w : r.warnings) warnings << QString::fromStdString(w);
    if (r.unstable)
      warnings.prepend(tr("The system is unstable at these parameters: queues grow for as long as it runs."));
    if (!warnings.isEmpty()) showMessage(warnings.join(QLatin1Char('\n')), Severity::Warning);
    if (pendingExercise_ && queue_.empty()) {
      const auto& e = exercises_->exercise(pendingExercise_->index);
      auto it = r.metrics.find(e.metric);
      if (it != r.metrics.end())
        grade(pendingExercise_->index, pendingExercise_->prediction, it->second.mean, it->second.ciLo,
              it->second.ciHi, modeWord(r.mode));
      else
        exercises_->showGrade(pendingExercise_->index,
                              tr("The run did not report %1.").arg(QString::fromStdString(e.metric)), false);
      pendingExercise_.reset();
    }
    updateStaticCharts();
  }
  if (!queue_.empty()) {
    startNext();
  } else {
    updateButtons();
    updateStatus();
    emit runStateChanged(false);
  }
  updateLiveCharts();
}

void LabPage::showPlacement(const run::RunResult& r) {
  QStringList parts;
  for (const auto& p : r.placements) {
    QStringList cpus;
    for (int c : p.cpusSeen) cpus << QString::number(c);
    parts << tr("%1 on CPU %2%3")
                 .arg(QString::fromStdString(p.thread),
                      cpus.isEmpty() ? QStringLiteral("?") : cpus.join(QLatin1Char('/')),
                      p.pinned ? tr(" (pinned)") : tr(" (not pinned)"));
  }
  QString text = parts.join(QStringLiteral(" · "));
  if (!r.host.asymmetry.empty() && r.host.asymmetry != "none")
    text += QStringLiteral(" · ") + QString::fromStdString(r.host.asymmetry);
  if (r.oversubscribed)
    text += QStringLiteral(" · ") +
            tr("%n thread(s) on %1 core(s): oversubscribed", "", static_cast<int>(r.placements.size()))
                .arg(r.host.cores);
  queueView_->setStatusText(text);
}

void LabPage::onFrame() {
  buffer_.clear();
  bool gapAfter = false;
  controller_->drain(buffer_, &gapAfter);
  // A gap reported last frame lies between that batch and this one: the live counts restart
  // here, after the last frame was drawn with the counts its batch gave.
  if (gapPending_ && !buffer_.empty()) {
    live_.noteGap();
    gapPending_ = false;
  }
  for (const auto& o : buffer_) live_.add(o);
  gapPending_ = gapPending_ || gapAfter;
  live_.tick();
  const auto transfers = live_.takeTransfers();
  queueView_->advance(transfers);
  const int master = live_.masterStation();
  if (master >= 0 && running()) ceiling_->setLiveUtilization(live_.stations()[master].utilization);
  if (running() || !buffer_.empty()) updateLiveCharts();
  updateStatus();
  if (!running() && buffer_.empty() && transfers.empty()) {
    // Let the last tokens reach their station, then stop ticking.
    if (++idleFrames_ > 60) frameTimer_.stop();
  } else {
    idleFrames_ = 0;
  }
}

std::vector<widgets::ResultSource> LabPage::resultSources() const {
  std::vector<widgets::ResultSource> out;
  if (compareA_ && compareB_) {
    out.push_back({compareNameA_, widgets::simColor(), &*compareA_});
    out.push_back({compareNameB_, widgets::paletteColor(3), &*compareB_});
    return out;
  }
  if (sim_) out.push_back({tr("simulation"), widgets::simColor(), &*sim_});
  if (real_) out.push_back({tr("real"), widgets::realColor(), &*real_});
  return out;
}

void LabPage::updateLiveCharts() {
  const auto sources = resultSources();
  const bool live = running() || (live_.hasData() && sources.empty());
  const run::Params p = params();
  for (std::size_t i = 0; i < chartSpecs_.size(); ++i) {
    if (!widgets::isLiveChart(chartSpecs_[i])) continue;
    widgets::ChartInputs in;
    in.lab = &lab_;
    in.spec = &chartSpecs_[i];
    in.metrics = &metrics_;
    in.params = &p;
    in.model = modelError_.isEmpty() ? &model_ : nullptr;
    in.showModel = !answersHidden_;
    // During a compare run the finished simulation stays on the chart next to the live real run.
    for (const auto& s : sources)
      if (!running() || s.result->mode != runningMode_) in.results.push_back(s);
    if (live) {
      in.live = &live_;
      in.liveColor = runningMode_ == run::Mode::Real ? widgets::realColor() : widgets::simColor();
    }
    widgets::PlotData d = widgets::buildChart(in);
    if (!d.hasData() && !in.live && live_.hasData()) {
      in.live = &live_;
      d = widgets::buildChart(in);
    }
    chartWidgets_[i]->setPlot(d);
  }
}

void LabPage::updateStaticCharts() {
  const auto sources = resultSources();
  const run::Params p = params();
  for (std::size_t i = 0; i < chartSpecs_.size(); ++i) {
    if (widgets::isLiveChart(chartSpecs_[i])) continue;
    widgets::ChartInputs in;
    in.lab = &lab_;
    in.spec = &chartSpecs_[i];
    in.metrics = &metrics_;
    in.params = &p;
    in.model = modelError_.isEmpty() ? &model_ : nullptr;
    in.showModel = !answersHidden_;
    in.results = sources;
    if (chartSpecs_[i].kind == run::ChartKind::SweepCurve && sweep_->sweptKey() == chartSpecs_[i].sweepKey &&
        !sweep_->points().empty())
      in.sweep = &sweep_->points();
    chartWidgets_[i]->setPlot(widgets::buildChart(in));
  }
}

void LabPage::updateButtons() {
  const bool busy = running();
  const bool sim = busy && runningMode_ == run::Mode::Sim;
  pauseButton_->setEnabled(sim);
  pauseButton_->setText(sim && controller_->paused() ? tr("Resume") : tr("Pause"));
  stepButton_->setEnabled(lab_.hasSim() && (mode_ == PageMode::Sim || sim));
  runButton_->setText(busy ? tr("↻ Restart") : tr("▶ Run"));
  speed_->setEnabled(mode_ == PageMode::Sim || mode_ == PageMode::Compare);
  const bool real = mode_ == PageMode::Real || mode_ == PageMode::Compare;
  serviceClock_->setEnabled(!busy && real);
  const run::FittedParams fit = run::fitToHost(lab_, params(), cores_);
  fitButton_->setVisible(real && fit.changed);
  fitButton_->setEnabled(!busy);
  fitButton_->setToolTip(fit.changed ? tr("The seats outnumber this machine's %1 cores. Fitted: %2")
                                           .arg(cores_)
                                           .arg(QString::fromStdString(fit.words))
                                     : QString());
}

void LabPage::updateStatus() {
  QString text;
  if (running()) {
    const double f = controller_->progress();
    progress_->setValue(static_cast<int>(f * 1000));
    const QString stage = controller_->stage();
    if (runningMode_ == run::Mode::Sim) {
      const double s = controller_->paused() ? 0 : effectiveSpeed();
      const QString pace = controller_->paused() ? tr("paused — Step runs one event")
                           : s <= 0              ? tr("flat out")
                                                 : tr("%1× real time").arg(widgets::formatValue(s, 3));
      text = tr("Simulating · %1 · t = %2 s").arg(pace, widgets::formatValue(controller_->simTime(), 5));
      QString animation = pace;
      if (live_.gaps() > 0)
        animation += tr(" · the animation shows samples of the stream (%1 records skipped)")
                         .arg(QLocale().toString(static_cast<qulonglong>(controller_->droppedRecords())));
      queueView_->setStatusText(animation);
    } else if (runningMode_ == run::Mode::Real) {
      text = tr("Real run on this machine's cores…");
    } else {
      text = tr("Computing the model…");
    }
    if (!stage.isEmpty()) text += QStringLiteral(" · ") + stage;
  } else {
    progress_->setValue(sim_ || real_ ? 1000 : 0);
    const run::RunResult* last = real_ && runningMode_ == run::Mode::Real ? &*real_
                                 : sim_                                   ? &*sim_
                                 : real_                                  ? &*real_
                                                                          : nullptr;
    if (last != nullptr) {
      text = tr("Done: %1 in %2 s wall time")
                 .arg(modeWord(last->mode), widgets::formatValue(last->wallSeconds, 3));
      if (last->reps > 0)
        text += tr(" · %n replication(s)", "", last->reps) +
                tr(" of %1 s").arg(widgets::formatValue(last->simSecondsPerRep, 4));
      // The full length rule is long; it stays one hover away.
      status_->setToolTip(QString::fromStdString(last->lengthRule));
    } else {
      switch (mode_) {
        case PageMode::Model:
          text = tr("The model answers at once; Run stores it in the history.");
          break;
        case PageMode::Sim:
          text = tr("Press Run to simulate (about %1 simulated seconds per replication).")
                     .arg(widgets::formatValue(horizonEstimate(), 3));
          break;
        case PageMode::Real:
          text = tr("Press Run to measure on real cores.");
          break;
        case PageMode::Compare:
          text = tr("Press Run: simulation, then the real run, each next to the model.");
          break;
      }
    }
    if (!live_.sampled()) queueView_->setStatusText(QString());
  }
  status_->setText(text);
}

void LabPage::showSavedRun(const run::RunResult& r) {
  restartTimer_.stop();
  if (running()) {
    queue_.clear();
    controller_->cancel();
  }
  paramPanel_->setParams(r.params);
  recomputeModel();
  sweep_->setBaseParams(params());
  sim_.reset();
  real_.reset();
  compareA_.reset();
  compareB_.reset();
  metricTable_->clearComparison();
  if (r.mode == run::Mode::Sim) {
    sim_ = r;
    setMode(PageMode::Sim);
  } else if (r.mode == run::Mode::Real) {
    real_ = r;
    setMode(PageMode::Real);
  } else {
    setMode(PageMode::Model);
  }
  if (r.seed > 0) seedBox_->setValue(static_cast<int>(std::min<std::uint64_t>(r.seed, 999999)));
  metricTable_->setSim(sim_ ? &*sim_ : nullptr);
  metricTable_->setReal(real_ ? &*real_ : nullptr);
  ceiling_->setMeasured(r.mode == run::Mode::Model ? nullptr : &r);
  live_.reset(topology_, r.mode == run::Mode::Real);
  queueView_->setTopology(topology_, &live_);
  if (r.mode == run::Mode::Real) showPlacement(r);
  updateStaticCharts();
  updateLiveCharts();
  updateButtons();
  updateStatus();
  showMessage(
      tr("Showing saved run #%1 from %2 (UTC). Its parameters are set; Run repeats it.")
          .arg(r.runId)
          .arg(QString::fromStdString(r.started).left(19).replace(QLatin1Char('T'), QLatin1Char(' '))),
      Severity::Info);
}

void LabPage::showComparison(const run::RunResult& a, const QString& nameA, const run::RunResult& b,
                             const QString& nameB) {
  if (running()) {
    queue_.clear();
    controller_->cancel();
  }
  paramPanel_->setParams(b.params);
  recomputeModel();
  compareA_ = a;
  compareB_ = b;
  compareNameA_ = nameA;
  compareNameB_ = nameB;
  metricTable_->setComparison(a, nameA, b, nameB);
  updateStaticCharts();
  updateLiveCharts();
  showMessage(tr("Comparing %1 with %2. The parameters shown are those of %2; Run leaves the comparison.")
                  .arg(nameA, nameB),
              Severity::Info);
}

void LabPage::applyExercise(int index) {
  const auto& e = exercises_->exercise(index);
  // An exercise's settings are changes from the defaults: its prompt is written against them.
  run::Params p = run::defaults(paramSpecs_);
  for (const auto& [k, v] : e.setup) {
    const std::string err = run::applySetting(paramSpecs_, p, k, v);
    if (!err.empty()) {
      showMessage(tr("Exercise settings: %1").arg(QString::fromStdString(err)), Severity::Error);
      return;
    }
  }
  paramPanel_->setParams(p);
  paramsEdited(QString());
}

void LabPage::checkExercise(int index, double prediction) {
  applyExercise(index);
  const auto& e = exercises_->exercise(index);
  if (e.answerFrom == run::Mode::Model) {
    auto it = model_.values.find(e.metric);
    if (it == model_.values.end()) {
      exercises_->showGrade(
          index, tr("The model gives no value for %1 here.").arg(QString::fromStdString(e.metric)), false);
      return;
    }
    grade(index, prediction, it->second, NAN, NAN, tr("model"));
    return;
  }
  pendingExercise_ = PendingExercise{index, prediction};
  setMode(e.answerFrom == run::Mode::Real ? PageMode::Real : PageMode::Sim);
  exercises_->setBusy(index, true);
  run();
}

void LabPage::grade(int index, double prediction, double answer, double ciLo, double ciHi,
                    const QString& source) {
  exercises_->setBusy(index, false);
  const auto& e = exercises_->exercise(index);
  const bool withinTolerance = std::fabs(prediction - answer) <= e.tolerance * std::fabs(answer);
  const bool withinCi = !std::isnan(ciLo) && ciLo <= prediction && prediction <= ciHi;
  const bool passed = withinTolerance || withinCi;
  const run::MetricSpec* m = widgets::findMetric(metrics_, e.metric);
  const std::string unit = m != nullptr ? m->unit : std::string();
  QString text =
      tr("You predicted %1; the %2 gives %3")
          .arg(widgets::formatWithUnit(prediction, unit), source, widgets::formatWithUnit(answer, unit));
  if (!std::isnan(ciLo))
    text += tr(" (95% CI %1 … %2)").arg(widgets::formatValue(ciLo), widgets::formatValue(ciHi));
  const double off = answer != 0 ? 100.0 * (prediction - answer) / std::fabs(answer) : 0.0;
  text += QStringLiteral(". ");
  text += passed ? tr("Passed ✓ (within %1%).").arg(widgets::formatValue(e.tolerance * 100, 3))
                 : tr("Not yet: %1% off; within %2% passes.")
                       .arg(widgets::formatValue(off, 3), widgets::formatValue(e.tolerance * 100, 3));
  if (!e.explanation.empty()) text += QStringLiteral("\n") + widgets::labText(e.explanation);
  exercises_->showGrade(index, text, passed);
  if (store_ && store_->isOpen()) {
    const QString err =
        store_->saveExerciseAttempt(labId(), QString::fromStdString(e.id), prediction, answer, passed);
    if (!err.isEmpty()) showMessage(tr("Your attempt could not be saved: %1").arg(err), Severity::Error);
  }
  refreshExerciseProgress();
}

void LabPage::refreshExerciseProgress() {
  if (!store_ || !store_->isOpen()) return;
  std::map<QString, bool> passed;
  const auto attempts = store_->attempts(labId());
  for (const auto& a : attempts) passed[a.exercise] = passed[a.exercise] || a.passed;
  exercises_->setProgress(passed, static_cast<int>(attempts.size()));
}

void LabPage::showMessage(const QString& text, Severity severity) {
  const char* style =
      severity == Severity::Error     ? "background:#fde2e1;color:#7a1010;border:1px solid #e0a0a0;"
      : severity == Severity::Warning ? "background:#fff3d6;color:#6a4a00;border:1px solid #e6c77a;"
                                      : "background:#e4f0fb;color:#133a5e;border:1px solid #a8c8e8;";
  messageBar_->setStyleSheet(
      QStringLiteral("QFrame{%1 border-radius:4px;} QLabel{border:none;background:transparent;}")
          .arg(QLatin1String(style)));
  messageText_->setText(text);
  messageBar_->show();
}

QString LabPage::messageText() const { return messageBar_->isHidden() ? QString() : messageText_->text(); }

std::vector<widgets::ChartWidget*> LabPage::charts() const {
  std::vector<widgets::ChartWidget*> all = chartWidgets_;
  if (ceiling_->chart()->isVisibleTo(ceiling_)) all.push_back(ceiling_->chart());
  all.push_back(sweep_->chart());
  return all;
}

void LabPage::showTab(int index) { leftTabs_->setCurrentIndex(std::clamp(index, 0, leftTabs_->count() - 1)); }

void LabPage::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  // The title keeps its size relative to the page font, also in presentation mode.
  if (event->type() == QEvent::FontChange && title_ != nullptr)
    title_->setStyleSheet(QStringLiteral("font-weight:bold; font-size:%1pt;").arg(font().pointSizeF() * 1.4));
}

void LabPage::setPresentation(bool on) {
  presentation_ = on;
  // Parameters only: the text, exercises and sweeps are for the desk, not the projector.
  if (on) leftTabs_->setCurrentIndex(0);
  for (int i = 1; i < leftTabs_->count(); ++i) leftTabs_->setTabVisible(i, !on);
  paramHint_->setVisible(!on);
  // Large fonts need a wider control column; the splitter keeps what the user dragged otherwise.
  if (on) {
    const int total = mainSplit_->width();
    const int left = std::max(left_->minimumSizeHint().width() + 24, total * 3 / 10);
    mainSplit_->setSizes({left, std::max(100, total - left)});
  }
  metricTable_->setVisible(!on);
  question_->setVisible(!on);
}

QByteArray LabPage::saveLayout() const {
  QByteArray out;
  QDataStream s(&out, QIODevice::WriteOnly);
  s << mainSplit_->saveState() << rightSplit_->saveState();
  return out;
}

void LabPage::restoreLayout(const QByteArray& state) {
  QDataStream s(state);
  QByteArray a, b;
  s >> a >> b;
  if (s.status() != QDataStream::Ok) return;
  mainSplit_->restoreState(a);
  rightSplit_->restoreState(b);
}

}  // namespace amp::app
