// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/sweep_panel.h"

#include <sys/resource.h>
#include <unistd.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "gui/report_dialog.h"
#include "report/report.h"
#include "widgets/chart_builder.h"
#include "widgets/chart_widget.h"
#include "widgets/format.h"
#include "widgets/run_text.h"

namespace amp::app {

namespace {
int failedPoints(const std::vector<run::SweepPoint>& points, QString* firstError) {
  int failed = 0;
  for (const auto& p : points)
    if (p.result.status == run::RunStatus::Failed) {
      if (failed++ == 0) *firstError = widgets::runText(p.result.error);
    }
  return failed;
}
}  // namespace

SweepPanel::SweepPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  key_ = new QComboBox(this);
  metric_ = new QComboBox(this);
  mode_ = new QComboBox(this);
  from_ = new QDoubleSpinBox(this);
  to_ = new QDoubleSpinBox(this);
  for (auto* s : {from_, to_}) {
    s->setDecimals(4);
    s->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
  }
  steps_ = new QSpinBox(this);
  steps_->setRange(2, 100);
  steps_->setValue(8);
  reps_ = new QSpinBox(this);
  reps_->setRange(0, 64);
  reps_->setValue(5);
  reps_->setSpecialValueText(tr("automatic"));
  reps_->setToolTip(tr("Replications per point; every point uses the same seeds (common random numbers)."));
  log_ = new QCheckBox(tr("logarithmic steps"), this);
  key2_ = new QComboBox(this);
  key2_->setToolTip(
      tr("A second parameter: every value of the first with every value of this one, drawn as a heat map."));
  from2_ = new QDoubleSpinBox(this);
  to2_ = new QDoubleSpinBox(this);
  for (auto* s : {from2_, to2_}) s->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
  steps2_ = new QSpinBox(this);
  steps2_->setRange(2, 50);
  steps2_->setValue(5);
  form->addRow(tr("Vary"), key_);
  auto* range = new QHBoxLayout;
  range->addWidget(from_);
  range->addWidget(new QLabel(QStringLiteral("…"), this));
  range->addWidget(to_);
  form->addRow(tr("From … to"), range);
  form->addRow(tr("Steps"), steps_);
  form->addRow(QString(), log_);
  form->addRow(tr("and vary"), key2_);
  auto* range2 = new QHBoxLayout;
  range2->addWidget(from2_);
  range2->addWidget(new QLabel(QStringLiteral("…"), this));
  range2->addWidget(to2_);
  range2->addWidget(new QLabel(tr("in"), this));
  range2->addWidget(steps2_);
  form->addRow(tr("From … to"), range2);
  form->addRow(tr("Replications"), reps_);
  form->addRow(tr("Chart"), metric_);
  form->addRow(tr("Face"), mode_);
  // The range's two fields share one label: each says which end it is.
  from_->setAccessibleName(tr("Vary from"));
  to_->setAccessibleName(tr("Vary to"));
  from2_->setAccessibleName(tr("Second parameter from"));
  to2_->setAccessibleName(tr("Second parameter to"));
  steps2_->setAccessibleName(tr("Second parameter steps"));
  layout->addLayout(form);
  auto* buttons = new QHBoxLayout;
  run_ = new QPushButton(tr("Run sweep"), this);
  cancelButton_ = new QPushButton(tr("Cancel"), this);
  cancelButton_->setEnabled(false);
  reportButton_ = new QPushButton(tr("Report…"), this);
  reportButton_->setToolTip(tr(
      "Preview and save the sweep's report: the curve with the model, and each point with its change from the one before"));
  reportButton_->setEnabled(false);
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1000);
  progress_->setValue(0);
  progress_->setAccessibleName(tr("Sweep progress"));
  buttons->addWidget(run_);
  buttons->addWidget(cancelButton_);
  buttons->addWidget(reportButton_);
  buttons->addWidget(progress_, 1);
  layout->addLayout(buttons);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  layout->addWidget(status_);
  chart_ = new widgets::ChartWidget(this);
  chart_->setExportName(QStringLiteral("sweep"));
  chart_->setMinimumHeight(220);
  layout->addWidget(chart_, 1);

  connect(key_, &QComboBox::currentIndexChanged, this, &SweepPanel::keyChanged);
  connect(key2_, &QComboBox::currentIndexChanged, this, &SweepPanel::key2Changed);
  connect(metric_, &QComboBox::currentIndexChanged, this, &SweepPanel::redraw);
  connect(run_, &QPushButton::clicked, this, &SweepPanel::startSweep);
  connect(cancelButton_, &QPushButton::clicked, this, &SweepPanel::cancel);
  connect(reportButton_, &QPushButton::clicked, this, &SweepPanel::saveReport);
  poll_.setInterval(100);
  connect(&poll_, &QTimer::timeout, this, [this] {
    if (fraction_) progress_->setValue(static_cast<int>(fraction_->load(std::memory_order_relaxed) * 1000));
  });
}

SweepPanel::~SweepPanel() {
  if (cancel_) cancel_->store(true, std::memory_order_relaxed);
  joinWorker();
}

void SweepPanel::joinWorker() {
  if (worker_.joinable()) worker_.join();
}

void SweepPanel::setLab(const run::Lab* lab) {
  cancel();
  lab_ = lab;
  points_.clear();
  pointsKey_.clear();
  reportButton_->setEnabled(false);
  params_ = lab != nullptr ? lab->params() : std::vector<run::ParamSpec>{};
  metrics_ = lab != nullptr ? lab->metrics() : std::vector<run::MetricSpec>{};
  base_ = run::defaults(params_);
  QSignalBlocker b1(key_), b2(metric_), b3(key2_);
  key_->clear();
  key2_->clear();
  key2_->addItem(tr("nothing else"), QString());
  metric_->clear();
  mode_->clear();
  if (lab == nullptr) return;
  for (const auto& p : params_)
    if (p.kind == run::ParamKind::Real || p.kind == run::ParamKind::Integer ||
        (p.kind == run::ParamKind::Choice && !p.choices.empty()))
      for (QComboBox* box : {key_, key2_})
        box->addItem(widgets::labText(p.label.empty() ? p.key : p.label), QString::fromStdString(p.key));
  for (const auto& m : metrics_)
    if (!m.realOnly)
      metric_->addItem(widgets::labText(m.label.empty() ? m.key : m.label), QString::fromStdString(m.key));
  metric_->setCurrentIndex(std::max(0, metric_->findData(QString::fromStdString(lab->keyMetric()))));
  if (lab->hasSim()) mode_->addItem(tr("simulation"), static_cast<int>(run::Mode::Sim));
  if (lab->hasReal()) mode_->addItem(tr("real"), static_cast<int>(run::Mode::Real));
  // Start from the lab's own sweep chart where it has one: that is the sweep its question needs.
  for (const auto& c : lab->charts())
    if (c.kind == run::ChartKind::SweepCurve) {
      key_->setCurrentIndex(std::max(0, key_->findData(QString::fromStdString(c.sweepKey))));
      break;
    }
  keyChanged();
  key2Changed();
}

void SweepPanel::key2Changed() {
  const run::ParamSpec* p = run::findSpec(params_, key2_->currentData().toString().toStdString());
  for (QWidget* w : std::initializer_list<QWidget*>{from2_, to2_, steps2_}) w->setEnabled(p != nullptr);
  if (p == nullptr) {
    redraw();
    return;
  }
  const bool choice = p->kind == run::ParamKind::Choice;
  double from = choice ? 0.0 : p->min, to = choice ? static_cast<double>(p->choices.size() - 1) : p->max;
  int steps = choice ? static_cast<int>(p->choices.size()) : 5;
  // The lab's own heat map of these two parameters knows the interesting part of the range.
  if (lab_ != nullptr)
    for (const auto& c : lab_->charts())
      if (c.kind == run::ChartKind::HeatMap && c.sweepKey2 == p->key && c.sweep2To > c.sweep2From) {
        from = c.sweep2From;
        to = c.sweep2To;
        steps = std::max(2, c.sweep2Steps);
      }
  for (auto* s : {from2_, to2_}) {
    s->setRange(choice ? 0.0 : p->min, choice ? to : p->max);
    s->setDecimals(p->kind == run::ParamKind::Integer || choice ? 0 : 4);
    s->setSuffix(p->unit.empty() ? QString() : QLatin1Char(' ') + QString::fromStdString(p->unit));
  }
  from2_->setValue(from);
  to2_->setValue(to);
  steps2_->setValue(steps);
  redraw();
}

void SweepPanel::setSecond(const std::string& key, double from, double to, int steps) {
  key2_->setCurrentIndex(std::max(0, key2_->findData(QString::fromStdString(key))));
  from2_->setValue(from);
  to2_->setValue(to);
  steps2_->setValue(steps);
}

void SweepPanel::setBaseParams(const run::Params& params) {
  base_ = params;
  if (!running_) redraw();
}

void SweepPanel::setSweep(const std::string& key, double from, double to, int steps, bool log, int reps) {
  key_->setCurrentIndex(std::max(0, key_->findData(QString::fromStdString(key))));
  from_->setValue(from);
  to_->setValue(to);
  steps_->setValue(steps);
  log_->setChecked(log);
  reps_->setValue(reps);
}

void SweepPanel::keyChanged() {
  const std::string key = key_->currentData().toString().toStdString();
  const run::ParamSpec* p = run::findSpec(params_, key);
  if (p == nullptr) return;
  double from = p->min, to = p->max;
  int steps = 8;
  bool log = p->scale == run::Scale::Log;
  if (lab_ != nullptr)
    for (const auto& c : lab_->charts())
      if (c.kind == run::ChartKind::SweepCurve && c.sweepKey == key && c.sweepTo > c.sweepFrom) {
        from = c.sweepFrom;
        to = c.sweepTo;
        if (c.sweepSteps > 1) steps = c.sweepSteps;
        log = c.logX;
      }
  // A choice is swept over its choices, by index (0 = the first).
  const bool choice = p->kind == run::ParamKind::Choice;
  if (choice) {
    from = 0;
    to = static_cast<double>(p->choices.size() - 1);
    steps = static_cast<int>(p->choices.size());
    log = false;
  }
  for (auto* s : {from_, to_}) {
    s->setRange(choice ? 0.0 : p->min, choice ? to : p->max);
    s->setDecimals(p->kind == run::ParamKind::Integer || choice ? 0 : 4);
    s->setSuffix(p->unit.empty() ? QString() : QLatin1Char(' ') + QString::fromStdString(p->unit));
  }
  from_->setValue(from);
  to_->setValue(to);
  steps_->setValue(p->kind == run::ParamKind::Integer || choice
                       ? std::min<int>(steps, static_cast<int>(to - from) + 1)
                       : steps);
  log_->setChecked(log && from > 0);
  log_->setEnabled(p->min > 0 && !choice);
  redraw();
}

void SweepPanel::startSweep() {
  if (lab_ == nullptr) return;
  cancel();
  joinWorker();
  run::SweepSpec spec;
  spec.base.lab = lab_->info().id;
  spec.base.mode =
      mode_->currentIndex() >= 0 ? static_cast<run::Mode>(mode_->currentData().toInt()) : run::Mode::Sim;
  spec.base.params = base_;
  spec.base.seed = seed_;
  spec.base.reps = reps_->value();
  spec.key = key_->currentData().toString().toStdString();
  spec.from = from_->value();
  spec.to = to_->value();
  spec.steps = steps_->value();
  spec.log = log_->isChecked() && spec.from > 0;
  if (spec.key.empty() || !(spec.to > spec.from)) {
    emit message(tr("Choose a parameter and a range with 'to' above 'from'."), true);
    return;
  }
  if (const std::string key2 = key2_->currentData().toString().toStdString(); !key2.empty()) {
    if (key2 == spec.key || !(to2_->value() > from2_->value())) {
      emit message(tr("The second parameter must differ from the first and have 'to' above 'from'."), true);
      return;
    }
    spec.second = run::SweepAxis{key2, from2_->value(), to2_->value(), steps2_->value(), false};
  }
  const std::string problem = run::validate(*lab_, spec.base);
  if (!problem.empty()) {
    emit message(widgets::runText(problem), true);
    return;
  }
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  fraction_ = std::make_shared<std::atomic<double>>(0.0);
  const std::uint64_t gen = ++generation_;
  running_ = true;
  run_->setEnabled(false);
  reportButton_->setEnabled(false);
  cancelButton_->setEnabled(true);
  progress_->setValue(0);
  status_->setText(tr("Sweeping %1 over %n point(s)…", "", static_cast<int>(run::sweepGrid(spec).size()))
                       .arg(spec.second ? key_->currentText() + QStringLiteral(" × ") + key2_->currentText()
                                        : key_->currentText()));
  poll_.start();
  const run::Lab* lab = lab_;
  auto cancel = cancel_;
  auto fraction = fraction_;
  worker_ = std::thread([this, lab, spec, cancel, fraction, gen] {
    // Below the GUI's priority, like a lab page's simulation (its point threads inherit it);
    // a real sweep keeps normal priority because its timings are the measurement.
    if (spec.base.mode != run::Mode::Real) setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 5);
    run::RunHooks hooks;
    hooks.cancel = cancel.get();
    hooks.progress = [fraction](double f, const std::string&) {
      fraction->store(f, std::memory_order_relaxed);
    };
    std::vector<run::SweepPoint> points = run::runSweep(*lab, spec, hooks);
    const bool cancelled = cancel->load(std::memory_order_relaxed);
    QMetaObject::invokeMethod(
        this,
        [this, gen, p = std::move(points), cancelled]() mutable { finished(gen, std::move(p), cancelled); },
        Qt::QueuedConnection);
  });
  pointsKey_ = spec.key;
  pointsKey2_ = spec.second ? spec.second->key : std::string();
  pointsBase_ = base_;
}

void SweepPanel::cancel() {
  if (cancel_) cancel_->store(true, std::memory_order_relaxed);
  if (running_) status_->setText(tr("Cancelling…"));
}

void SweepPanel::finished(std::uint64_t generation, std::vector<run::SweepPoint> points, bool cancelled) {
  if (generation != generation_) return;
  joinWorker();
  running_ = false;
  poll_.stop();
  run_->setEnabled(true);
  cancelButton_->setEnabled(false);
  progress_->setValue(cancelled ? progress_->value() : 1000);
  points_ = std::move(points);
  cancelled_ = cancelled;
  reportButton_->setEnabled(!points_.empty() && pointsKey2_.empty());
  showOutcome();
  QString firstError;
  if (const int failed = failedPoints(points_, &firstError); failed > 0 && !cancelled)
    emit message(tr("Sweep: %n point(s) failed: %1", "", failed).arg(firstError), true);
  redraw();
  emit sweepFinished();
}

void SweepPanel::showOutcome() {
  QString firstError;
  const int failed = failedPoints(points_, &firstError);
  if (cancelled_) {
    status_->setText(tr("Sweep cancelled; %n point(s) finished.", "", static_cast<int>(points_.size())));
  } else if (failed > 0) {
    status_->setText(tr("%n point(s) failed: %1", "", failed).arg(firstError));
  } else {
    status_->setText(tr("Done: %n point(s), each with its 95% confidence interval.", "",
                        static_cast<int>(points_.size())));
  }
}

SweepPanel::Kept SweepPanel::kept() const {
  Kept k;
  k.key = key_->currentData().toString();
  k.key2 = key2_->currentData().toString();
  k.metric = metric_->currentData().toString();
  k.mode = mode_->currentData().toInt();
  k.from = from_->value();
  k.to = to_->value();
  k.steps = steps_->value();
  k.log = log_->isChecked();
  k.reps = reps_->value();
  k.from2 = from2_->value();
  k.to2 = to2_->value();
  k.steps2 = steps2_->value();
  if (!running_) {
    k.points = points_;
    k.pointsKey = pointsKey_;
    k.pointsKey2 = pointsKey2_;
    k.pointsBase = pointsBase_;
    k.cancelled = cancelled_;
  }
  return k;
}

void SweepPanel::restore(const Kept& k) {
  if (running_) return;
  setSweep(k.key.toStdString(), k.from, k.to, k.steps, k.log, k.reps);
  setSecond(k.key2.toStdString(), k.from2, k.to2, k.steps2);
  metric_->setCurrentIndex(std::max(0, metric_->findData(k.metric)));
  mode_->setCurrentIndex(std::max(0, mode_->findData(k.mode)));
  points_ = k.points;
  pointsKey_ = k.pointsKey;
  pointsKey2_ = k.pointsKey2;
  pointsBase_ = k.pointsBase;
  cancelled_ = k.cancelled;
  reportButton_->setEnabled(!points_.empty() && pointsKey2_.empty());
  if (!points_.empty()) {
    progress_->setValue(1000);
    showOutcome();
  }
  redraw();
}

void SweepPanel::saveReport() {
  if (lab_ == nullptr || points_.empty()) return;
  ReportDialog dialog(sweepReportSource(*lab_, pointsKey_, points_, {}), this);
  dialog.exec();
}

void SweepPanel::redraw() {
  if (lab_ == nullptr) return;
  run::ChartSpec spec;
  spec.kind = run::ChartKind::SweepCurve;
  spec.sweepKey = key_->currentData().toString().toStdString();
  if (const std::string key2 = key2_->currentData().toString().toStdString(); !key2.empty()) {
    spec.kind = run::ChartKind::HeatMap;
    spec.sweepKey2 = key2;
    spec.sweepSteps = steps_->value();
    spec.sweep2From = from2_->value();
    spec.sweep2To = to2_->value();
    spec.sweep2Steps = steps2_->value();
  }
  spec.sweepFrom = from_->value();
  spec.sweepTo = to_->value();
  spec.logX = log_->isChecked();
  spec.metrics = {metric_->currentData().toString().toStdString()};
  spec.title = (metric_->currentText() + tr(" vs ") + key_->currentText() +
                (spec.sweepKey2.empty() ? QString() : QStringLiteral(" × ") + key2_->currentText()))
                   .toStdString();
  widgets::ChartInputs in;
  in.lab = lab_;
  in.spec = &spec;
  in.metrics = &metrics_;
  in.params = &base_;
  if (!points_.empty() && pointsKey_ == spec.sweepKey && pointsKey2_ == spec.sweepKey2) in.sweep = &points_;
  run::ModelResult model;
  try {
    model = lab_->model(base_);
    in.model = &model;
  } catch (const std::exception&) {
    in.model = nullptr;
  }
  widgets::PlotData d = widgets::buildChart(in);
  if (in.sweep == nullptr) d.placeholder = tr("Run the sweep to add measured points");
  chart_->setPlot(d);
}

}  // namespace amp::app
