// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/run_controls.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <vector>

#include "amp/run/time_scale.h"
#include "gui/lab_session.h"
#include "widgets/accessibility.h"
#include "widgets/format.h"
#include "widgets/run_text.h"

namespace amp::app {

namespace {
struct SpeedChoice {
  const char* label;
  double speed;  // simulated seconds per wall second; 0 = flat out; < 0 = fit the run to ~15 s
};
const SpeedChoice kSpeeds[] = {
    {QT_TRANSLATE_NOOP("amp::app::RunControls", "1× (real time)"), 1.0},
    {QT_TRANSLATE_NOOP("amp::app::RunControls", "10×"), 10.0},
    {QT_TRANSLATE_NOOP("amp::app::RunControls", "100×"), 100.0},
    {QT_TRANSLATE_NOOP("amp::app::RunControls", "1000×"), 1000.0},
    {QT_TRANSLATE_NOOP("amp::app::RunControls", "finish in about 15 s"), -1.0},
    {QT_TRANSLATE_NOOP("amp::app::RunControls", "flat out"), 0.0},
};
constexpr int kDefaultSpeed = 4;
constexpr int kFlatOut = 5;
using Mode = LabSession::Mode;
}  // namespace

RunControls::RunControls(LabSession* session, QWidget* parent) : QWidget(parent), session_(session) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  buildModeRow();
  buildRunRows();
  connectSession();
  if (auto* b = modeGroup_->button(static_cast<int>(session_->mode()))) b->setChecked(true);
  updateButtons();
  updateStatus();
}

void RunControls::buildModeRow() {
  const run::Lab& lab = session_->lab();
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
    auto* b = new QToolButton(this);
    b->setText(tr(modeNames[i]));
    // The tooltip names the key too (Run → Mode in the menu): Ctrl+1 … Ctrl+4.
    b->setToolTip(QStringLiteral("%1 (%2)").arg(
        tr(modeTips[i]),
        QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)).toString(QKeySequence::NativeText)));
    b->setCheckable(true);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    modeGroup_->addButton(b, i);
    modeRow->addWidget(b);
  }
  modeGroup_->button(static_cast<int>(Mode::Sim))->setEnabled(lab.hasSim());
  modeGroup_->button(static_cast<int>(Mode::Real))->setEnabled(lab.hasReal());
  modeGroup_->button(static_cast<int>(Mode::Compare))->setEnabled(lab.hasReal() && lab.hasSim());
  if (!lab.hasReal()) {
    modeGroup_->button(static_cast<int>(Mode::Real))->setToolTip(tr("This lab has no real workload"));
    modeGroup_->button(static_cast<int>(Mode::Compare))->setToolTip(tr("Needs a real workload"));
  }
  connect(modeGroup_, &QButtonGroup::idClicked, this,
          [this](int id) { session_->chooseMode(static_cast<Mode>(id)); });
  static_cast<QVBoxLayout*>(layout())->addLayout(modeRow);
}

void RunControls::buildRunRows() {
  auto* cl = static_cast<QVBoxLayout*>(layout());
  auto* runRow = new QHBoxLayout;
  runButton_ = new QPushButton(tr("▶ Run"), this);
  runButton_->setToolTip(tr("Start a run (F5)"));
  runButton_->setDefault(true);
  pauseButton_ = new QPushButton(tr("Pause"), this);
  pauseButton_->setToolTip(tr("Pause or resume the simulation (F6)"));
  stepButton_ = new QPushButton(tr("Step"), this);
  stepButton_->setToolTip(tr("One event of the simulation (F7)"));
  resetButton_ = new QPushButton(tr("Reset"), this);
  resetButton_->setToolTip(tr("Stop and clear the results (F8)"));
  setFocusProxy(runButton_);  // focusing the controls puts the keyboard on Run
  for (auto* b : {runButton_, pauseButton_, stepButton_, resetButton_}) {
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    runRow->addWidget(b);
  }
  cl->addLayout(runRow);
  connect(runButton_, &QPushButton::clicked, session_, &LabSession::run);
  connect(pauseButton_, &QPushButton::clicked, session_, &LabSession::togglePause);
  connect(stepButton_, &QPushButton::clicked, session_, &LabSession::step);
  connect(resetButton_, &QPushButton::clicked, session_, &LabSession::resetRun);

  auto* speedRow = new QHBoxLayout;
  auto* speedLabel = new QLabel(tr("Speed"), this);
  speedRow->addWidget(speedLabel);
  speed_ = new QComboBox(this);
  for (const auto& s : kSpeeds) speed_->addItem(tr(s.label), s.speed);
  speed_->setCurrentIndex(kDefaultSpeed);
  speed_->setToolTip(tr("Simulated seconds per wall-clock second, or flat out"));
  speed_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  speed_->setMinimumContentsLength(8);
  speedRow->addWidget(speed_, 1);
  auto* seedLabel = new QLabel(tr("Seed"), this);
  speedRow->addWidget(seedLabel);
  seedBox_ = new QSpinBox(this);
  seedBox_->setRange(1, static_cast<int>(LabSession::kMaxSeed));
  seedBox_->setValue(static_cast<int>(session_->seed()));
  seedBox_->setToolTip(tr("Same seed, same arrivals and job sizes: runs are reproducible"));
  speedRow->addWidget(seedBox_);
  cl->addLayout(speedRow);
  widgets::nameAfter(speedLabel, speed_);
  widgets::nameAfter(seedLabel, seedBox_);
  session_->setSpeed(speed_->currentData().toDouble());
  connect(speed_, &QComboBox::currentIndexChanged, this,
          [this] { session_->setSpeed(speed_->currentData().toDouble()); });
  connect(seedBox_, &QSpinBox::valueChanged, this,
          [this](int v) { session_->setSeed(static_cast<std::uint64_t>(v)); });

  // What a real run's requested service time means; the lab's default is chosen by its lesson.
  auto* clockRow = new QHBoxLayout;
  auto* clockLabel = new QLabel(tr("Service clock"), this);
  clockRow->addWidget(clockLabel);
  serviceClock_ = new QComboBox(this);
  serviceClock_->addItem(tr("time"), static_cast<int>(real::ServiceClock::Time));
  serviceClock_->addItem(tr("work"), static_cast<int>(real::ServiceClock::Work));
  serviceClock_->setCurrentIndex(session_->serviceClock() == real::ServiceClock::Work ? 1 : 0);
  serviceClock_->setToolTip(
      tr("What a real run's service time means.") + QStringLiteral("\n") +
      tr("time: each service computes until its requested time has passed, so it means what the model means.") +
      QStringLiteral("\n") +
      tr("work: each service does a fixed amount of computation; a busy host stretches it."));
  serviceClock_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  serviceClock_->setMinimumContentsLength(8);
  clockRow->addWidget(serviceClock_, 1);
  widgets::nameAfter(clockLabel, serviceClock_);
  connect(serviceClock_, &QComboBox::currentIndexChanged, this, [this] {
    session_->setServiceClock(static_cast<real::ServiceClock>(serviceClock_->currentData().toInt()));
  });
  if (session_->hasTimeScale()) {
    auto* scaleLabel = new QLabel(tr("Time scale"), this);
    clockRow->addWidget(scaleLabel);
    timeScale_ = new QComboBox(this);
    // Stretching (k:1) for labs whose costs are microseconds, compressing (1:k) for labs of
    // tenths of a second; the lab's own default is always among them.
    std::vector<double> ks{0.1, 0.25, 0.5, 1, 10, 20, 50, 100, 200, 500, 1000};
    if (std::find(ks.begin(), ks.end(), session_->timeScale()) == ks.end())
      ks.push_back(session_->timeScale());
    std::sort(ks.begin(), ks.end());
    for (double k : ks) {
      timeScale_->addItem(QString::fromStdString(run::timeScaleText(k)), k);
      if (k == session_->timeScale()) timeScale_->setCurrentIndex(timeScale_->count() - 1);
    }
    timeScale_->setToolTip(
        tr("A real run at 1:k does the lab's work k× shorter and its arrivals k× denser, so seconds of "
           "real time see as many requests as minutes of the lab's time; k:1 stretches it k× instead. "
           "Results are shown in the lab's time.") +
        QStringLiteral("\n") +
        tr("Fixed costs (a hand-off, a wake-up, a system call) do not scale: at 1:100 a 60 µs wake-up "
           "that was 0.06% of a 100 ms service becomes 6%. 1:1 is the lab's own time."));
    clockRow->addWidget(timeScale_);
    widgets::nameAfter(scaleLabel, timeScale_);
    connect(timeScale_, &QComboBox::currentIndexChanged, this,
            [this] { session_->setTimeScale(timeScale_->currentData().toDouble()); });
  }
  // A real run whose seats outnumber this machine's cores teaches little: offer the same system
  // with fewer workers and every utilization kept (the parameters stay editable; Defaults undoes).
  fitButton_ = new QToolButton(this);
  fitButton_->setText(tr("Fit to this machine"));
  clockRow->addWidget(fitButton_);
  cl->addLayout(clockRow);
  connect(fitButton_, &QToolButton::clicked, session_, &LabSession::fitToHost);

  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  progress_->setMaximumHeight(8);
  progress_->setAccessibleName(tr("Run progress"));
  cl->addWidget(progress_);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  status_->setMinimumHeight(status_->fontMetrics().height() * 2);
  status_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  cl->addWidget(status_);
}

void RunControls::connectSession() {
  auto refresh = [this] {
    updateButtons();
    updateStatus();
  };
  connect(session_, &LabSession::modeChanged, this, [this, refresh] {
    if (auto* b = modeGroup_->button(static_cast<int>(session_->mode()))) b->setChecked(true);
    refresh();
  });
  connect(session_, &LabSession::seedChanged, this, [this](quint64 seed) {
    const QSignalBlocker block(seedBox_);
    seedBox_->setValue(static_cast<int>(seed));
  });
  // Whether the seats fit this machine depends on the parameters.
  connect(session_, &LabSession::modelChanged, this, &RunControls::updateButtons);
  connect(session_, &LabSession::runStateChanged, this, refresh);
  connect(session_, &LabSession::controlsChanged, this, refresh);
  connect(session_, &LabSession::frameAdvanced, this, &RunControls::updateStatus);
}

void RunControls::setSpeedIndex(int index) {
  speed_->setCurrentIndex(std::clamp(index, 0, speed_->count() - 1));
}
int RunControls::speedIndex() const { return speed_->currentIndex(); }
int RunControls::flatOutSpeedIndex() { return kFlatOut; }
void RunControls::setSeed(std::uint64_t seed) { seedBox_->setValue(static_cast<int>(seed)); }

void RunControls::updateButtons() {
  const LabSession& s = *session_;
  const bool busy = s.running();
  const bool sim = busy && s.runningMode() == run::Mode::Sim;
  pauseButton_->setEnabled(sim);
  pauseButton_->setText(sim && s.paused() ? tr("Resume") : tr("Pause"));
  stepButton_->setEnabled(s.lab().hasSim() && (s.mode() == Mode::Sim || sim));
  runButton_->setText(busy ? tr("↻ Restart") : tr("▶ Run"));
  speed_->setEnabled(s.mode() == Mode::Sim || s.mode() == Mode::Compare);
  const bool real = s.mode() == Mode::Real || s.mode() == Mode::Compare;
  serviceClock_->setEnabled(!busy && real);
  if (timeScale_ != nullptr) timeScale_->setEnabled(!busy && real);
  const run::FittedParams fit = s.fit();
  fitButton_->setVisible(real && fit.changed);
  fitButton_->setEnabled(!busy);
  fitButton_->setToolTip(fit.changed ? tr("The seats outnumber this machine's %1 cores. Fitted: %2")
                                           .arg(s.cores())
                                           .arg(widgets::runText(fit.words))
                                     : QString());
}

void RunControls::updateStatus() {
  const LabSession& s = *session_;
  QString text;
  if (s.running()) {
    progress_->setValue(static_cast<int>(s.progress() * 1000));
    const QString stage = s.stage();
    if (s.runningMode() == run::Mode::Sim) {
      const double speed = s.paused() ? 0 : s.effectiveSpeed();
      const QString pace = s.paused()   ? tr("paused — Step runs one event")
                           : speed <= 0 ? tr("flat out")
                                        : tr("%1× real time").arg(widgets::formatValue(speed, 3));
      text = tr("Simulating · %1 · t = %2 s").arg(pace, widgets::formatValue(s.simTime(), 5));
      QString animation = pace;
      if (s.live().gaps() > 0)
        animation += tr(" · the animation shows samples of the stream (%1 records skipped)")
                         .arg(QLocale().toString(static_cast<qulonglong>(s.droppedRecords())));
      emit animationStatus(animation);
    } else if (s.runningMode() == run::Mode::Real) {
      text = tr("Real run on this machine's cores…");
    } else {
      text = tr("Computing the model…");
    }
    if (!stage.isEmpty()) text += QStringLiteral(" · ") + stage;
  } else {
    const auto& sim = s.simResult();
    const auto& real = s.realResult();
    progress_->setValue(sim || real ? 1000 : 0);
    const run::RunResult* last = real && s.runningMode() == run::Mode::Real ? &*real
                                 : sim                                      ? &*sim
                                 : real                                     ? &*real
                                                                            : nullptr;
    if (last != nullptr) {
      text = tr("Done: %1 in %2 s wall time")
                 .arg(LabSession::modeWord(last->mode), widgets::formatValue(last->wallSeconds, 3));
      if (last->reps > 0)
        text += tr(" · %n replication(s)", "", last->reps) +
                (s.lab().runKind() == run::RunKind::Transient
                     ? tr(", each until done")  // a job or an incident: its horizon is only a guard
                     : tr(" of %1 s").arg(widgets::formatValue(last->simSecondsPerRep, 4)));
      // The full length rule is long; it stays one hover away.
      status_->setToolTip(widgets::runText(last->lengthRule));
    } else {
      switch (s.mode()) {
        case Mode::Model:
          text = tr("The model answers at once; Run stores it in the history.");
          break;
        case Mode::Sim:
          text = tr("Press Run to simulate (about %1 simulated seconds per replication).")
                     .arg(widgets::formatValue(s.horizonEstimate(), 3));
          break;
        case Mode::Real:
          text = tr("Press Run to measure on real cores.");
          break;
        case Mode::Compare:
          text = tr("Press Run: simulation, then the real run, each next to the model.");
          break;
      }
    }
    if (!s.live().sampled()) emit animationStatus(QString());
  }
  status_->setText(text);
}

}  // namespace amp::app
