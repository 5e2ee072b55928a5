// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/lesson_player.h"

#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

#include "amp/labs/registry.h"
#include "gui/lab_page.h"
#include "gui/lab_session.h"
#include "gui/main_window.h"
#include "widgets/chart_widget.h"
#include "widgets/format.h"

namespace amp::app {

using lesson::StepKind;

constexpr int kWatchableSpeed = 4;  // LabPage's "about 15 s" per run

namespace {

/// What `b` sets differently from `a` ("workers = 12"), so two compared runs carry their difference.
QString differences(const run::Params& a, const run::Params& b) {
  QStringList parts;
  for (const auto& [k, v] : lesson::changes(a, b)) parts << k + " = " + v;
  return parts.join(QStringLiteral(", "));
}

}  // namespace

LessonPlayer::LessonPlayer(MainWindow* window, lesson::Lesson lesson, QObject* parent)
    : QObject(parent), window_(window), lesson_(std::move(lesson)) {
  buildBar();
  qApp->installEventFilter(this);
}

LessonPlayer::~LessonPlayer() {
  qApp->removeEventFilter(this);
  delete dock_;  // the bar and the chart cover belong to the window, but to this lesson
  delete chartCover_;
}

void LessonPlayer::buildBar() {
  auto* bar = new QWidget;
  bar->setObjectName(QStringLiteral("lessonBar"));
  // A light strip with dark words on a light and on a dark desktop alike.
  bar->setStyleSheet(QStringLiteral(
      "#lessonBar{background:#f4f6fa;border-top:2px solid #3465a4;} #lessonBar QLabel{color:#1a1a1a;}"));
  auto* row = new QHBoxLayout(bar);
  row->setContentsMargins(12, 8, 12, 8);
  auto* words = new QVBoxLayout;
  stepLine_ = new QLabel(bar);
  stepLine_->setStyleSheet(QStringLiteral("color:#555;"));
  say_ = new QLabel(bar);
  say_->setWordWrap(true);
  question_ = new QLabel(bar);
  question_->setWordWrap(true);
  question_->setStyleSheet(
      QStringLiteral("background:#fff4c2;border:1px solid #e0c060;border-radius:4px;padding:6px;"));
  answer_ = new QLabel(bar);
  answer_->setWordWrap(true);
  answer_->setStyleSheet(
      QStringLiteral("background:#e3f4e1;border:1px solid #8cc084;border-radius:4px;padding:6px;"));
  words->addWidget(stepLine_);
  words->addWidget(say_);
  words->addWidget(question_);
  words->addWidget(answer_);
  row->addLayout(words, 1);
  keys_ = new QLabel(tr("→ next · ← back\nSpace run/pause · R answer"), bar);
  keys_->setStyleSheet(QStringLiteral("color:#777;"));
  keys_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  row->addWidget(keys_);

  dock_ = new QDockWidget(tr("Lesson"), window_);
  dock_->setObjectName(QStringLiteral("lessonDock"));
  dock_->setTitleBarWidget(new QWidget(dock_));  // no title, no close button: the bar is the lesson
  dock_->setFeatures(QDockWidget::NoDockWidgetFeatures);
  dock_->setWidget(bar);
  window_->addDockWidget(Qt::BottomDockWidgetArea, dock_);

  // The full-screen chart covers the lab page (not the bar), and follows the chart it shows.
  chartCover_ = new QWidget(window_->centralWidget());
  chartCover_->setAutoFillBackground(true);
  auto* col = new QVBoxLayout(chartCover_);
  col->setContentsMargins(24, 16, 24, 16);
  bigChart_ = new widgets::ChartWidget(chartCover_);  // the chart's own title names it
  col->addWidget(bigChart_);
  chartCover_->hide();
  window_->centralWidget()->installEventFilter(this);
}

void LessonPlayer::moveTo(MainWindow* window) {
  if (window == window_) return;
  window_->centralWidget()->removeEventFilter(this);
  const QString chart = chartSource_ ? chartSource_->exportName() : QString();
  hideChart();
  delete dock_;
  delete chartCover_;
  window_ = window;
  buildBar();
  // The page round the same session: its signals reach this player already (attachPage).
  if (page_ != nullptr && window_->page() != nullptr && window_->page()->session() == page_->session())
    page_ = window_->page();
  if (!chart.isEmpty() && page_ != nullptr) showChart(chart.mid(page_->labId().size() + 1));
  updateBar();
}

void LessonPlayer::setRunLength(double seconds, int reps) {
  runLength_ = seconds;
  reps_ = reps;
}

void LessonPlayer::start() {
  window_->setPresentation(true);
  goTo(0);
}

void LessonPlayer::next() {
  if (index_ + 1 < count()) goTo(index_ + 1);
}

void LessonPlayer::back() {
  if (index_ > 0) goTo(index_ - 1);
}

void LessonPlayer::reveal() {
  if (lesson::stateAt(lesson_, index_).question < 0) return;
  revealedByKey_ = true;
  updateBar();
}

bool LessonPlayer::answerShown() const {
  const lesson::State st = lesson::stateAt(lesson_, index_);
  return st.question >= 0 && (st.revealed || revealedByKey_);
}

void LessonPlayer::goTo(int index) {
  if (index < 0 || index >= count()) return;
  index_ = index;
  revealedByKey_ = false;
  awaitingRun_ = false;
  status_.clear();
  watching_ = false;
  hideChart();
  const lesson::State st = lesson::stateAt(lesson_, index);
  if (!window_->openLab(st.lab)) {
    status_ = tr("There is no lab '%1'.").arg(st.lab);
    updateBar();
    emit stepSettled(index_);
    return;
  }
  attachPage();
  if (runLength_ > 0) {
    page_->setRunLength(runLength_, reps_);
    page_->setSpeedIndex(LabPage::flatOutSpeedIndex());
  }
  const LabSession::Mode mode = LabSession::modeFromKey(st.mode);
  if (page_->params() != st.params || page_->mode() != mode) runStep_ = -1;  // its run restarts or ends
  // Only what differs: setting equal values would still restart a run going on.
  if (page_->params() != st.params) page_->setParams(st.params);
  if (page_->mode() != mode) page_->setMode(mode);
  if ((mode == LabSession::Mode::Real || mode == LabSession::Mode::Compare) && page_->lab().hasReal())
    page_->session()->fitToHost();  // the script's values, shrunk to this machine's cores
  updateBar();
  act(lesson_.steps[static_cast<std::size_t>(index)]);
}

void LessonPlayer::attachPage() {
  LabPage* page = window_->page();
  if (page == page_) return;
  page_ = page;
  partial_.clear();
  LabSession* s = page->session();
  connect(s, &LabSession::runStateChanged, this, &LessonPlayer::runStateChanged);
  // Every frame: a condition is caught within a frame's worth of simulated time.
  connect(s, &LabSession::frameAdvanced, this, [this] {
    if (watching_) watchCondition();
  });
  connect(s, &LabSession::partialResult, this, [this](const run::RunResult& soFar) {
    for (const auto& [k, v] : soFar.metrics) partial_[k] = v.mean;
  });
  connect(s, &LabSession::runEnded, this, [this](const run::RunResult& r) {
    // Only what a "run" step ran to its end: a run_until's run is a picture stopped on purpose.
    if (r.status != run::RunStatus::Ok || r.mode == run::Mode::Model || runStep_ < 0) return;
    finished_.emplace_back(r, runStep_);
    if (finished_.size() > 2) finished_.erase(finished_.begin());
  });
}

void LessonPlayer::act(const lesson::Step& step) {
  LabSession* s = page_->session();
  switch (step.kind) {
    case StepKind::Run:
    case StepKind::RunUntil:
      partial_.clear();
      awaitingRun_ = true;
      runStep_ = step.kind == StepKind::Run ? index_ : -1;
      watching_ = step.kind == StepKind::RunUntil;
      // A condition is caught only in a run that is watched: flat out, the run would be over
      // before the first frame.
      if (watching_ && runLength_ <= 0 && page_->speedIndex() == LabPage::flatOutSpeedIndex())
        page_->setSpeedIndex(kWatchableSpeed);
      page_->run();
      if (!page_->running()) settle();  // refused (the page says why)
      return;
    case StepKind::Ask:
      // The class thinks about a still picture.
      if (s->running() && !s->paused()) s->togglePause();
      break;
    case StepKind::Compare:
      compareLastTwo();
      break;
    case StepKind::Chart:
      showChart(step.chart);
      break;
    default:
      break;
  }
  settle(status_);
}

void LessonPlayer::runStateChanged(bool running) {
  if (running || !awaitingRun_) return;
  const lesson::Step& step = lesson_.steps[static_cast<std::size_t>(index_)];
  if (step.kind == StepKind::RunUntil && watching_) {
    watching_ = false;
    settle(tr("The run ended before %1 was seen.").arg(step.until.shown()));
    return;
  }
  settle();
}

double LessonPlayer::valueOf(const lesson::Condition& c) const {
  const LabSession* s = page_->session();
  if (c.isTime()) return s->simTime();
  const auto& metrics = s->metrics();
  const auto m = std::find_if(metrics.begin(), metrics.end(),
                              [&](const run::MetricSpec& x) { return x.key == c.quantity.toStdString(); });
  const widgets::LiveStats& live = s->live();
  if (m != metrics.end() && m->station >= 0 && m->station < static_cast<int>(live.stations().size())) {
    const auto& st = live.stations()[static_cast<std::size_t>(m->station)];
    // The stream carries these as it goes; other metrics come with the run's partial results.
    if (m->source == run::MetricSource::Utilization) return st.utilization;
    if (m->source == run::MetricSource::QueueLength) return static_cast<double>(st.queue);
  }
  if (m != metrics.end() && m->source == run::MetricSource::Sojourn && live.sojourn().count() > 0)
    return live.sojourn().mean() * m->scale;
  const auto p = partial_.find(c.quantity.toStdString());
  return p != partial_.end() ? p->second : 0.0;
}

void LessonPlayer::watchCondition() {
  if (!awaitingRun_ || page_ == nullptr) return;
  const lesson::Condition& c = lesson_.steps[static_cast<std::size_t>(index_)].until;
  LabSession* s = page_->session();
  const double v = valueOf(c);
  status_ = c.isTime() ? tr("t = %1 s").arg(widgets::formatValue(v, 3))
                       : QStringLiteral("%1 = %2").arg(c.quantity, widgets::formatValue(v, 3));
  if (!s->running() || !c.holds(v)) {
    updateBar();
    return;
  }
  watching_ = false;
  // A simulation waits where the condition came true; a real run cannot be held, so it goes on.
  if (s->runningMode() == run::Mode::Sim && !s->paused()) s->togglePause();
  settle(tr("Reached %1: %2 (Space resumes).").arg(c.shown(), status_));
}

void LessonPlayer::compareLastTwo() {
  if (finished_.size() < 2) {
    status_ = tr("Nothing to compare yet: two finished runs are needed.");
    return;
  }
  const auto& [a, stepA] = finished_[0];
  const auto& [b, stepB] = finished_[1];
  if (a.lab != b.lab) {
    status_ = tr("The last two runs are of different labs.");
    return;
  }
  QString da = differences(b.params, a.params), db = differences(a.params, b.params);
  const QString nameA = tr("A (step %1%2)").arg(stepA + 1).arg(da.isEmpty() ? QString() : ": " + da);
  const QString nameB = tr("B (step %1%2)").arg(stepB + 1).arg(db.isEmpty() ? QString() : ": " + db);
  page_->showComparison(a, nameA, b, nameB);
}

void LessonPlayer::showChart(const QString& id) {
  const QString name = page_->labId() + "_" + id;
  for (widgets::ChartWidget* c : page_->charts())
    if (c->exportName() == name) chartSource_ = c;
  if (chartSource_ == nullptr) {
    status_ = tr("The lab has no chart '%1'.").arg(id);
    return;
  }
  auto copy = [this] {
    if (!chartSource_) return;
    bigChart_->setPlot(chartSource_->plot());
  };
  // Shown first: a chart drawn at no size has no paint buffer.
  chartCover_->setGeometry(window_->centralWidget()->rect());
  chartCover_->show();
  chartCover_->raise();
  copy();
  connect(chartSource_, &widgets::ChartWidget::replotted, bigChart_, copy);
}

void LessonPlayer::hideChart() {
  if (chartSource_) disconnect(chartSource_, nullptr, bigChart_, nullptr);
  chartSource_ = nullptr;
  chartCover_->hide();
}

void LessonPlayer::settle(const QString& status) {
  awaitingRun_ = false;
  status_ = status;
  updateBar();
  emit stepSettled(index_);
}

QString LessonPlayer::barText() const {
  QStringList parts{stepLine_->text()};
  if (!say_->text().isEmpty()) parts << say_->text();
  if (question_->isVisibleTo(dock_)) parts << question_->text();
  if (answer_->isVisibleTo(dock_)) parts << answer_->text();
  return parts.join('\n');
}

void LessonPlayer::updateBar() {
  if (index_ < 0) return;
  // From the window's font each time: styled labels do not follow presentation mode's larger one.
  QFont font = window_->font(), big = font;
  big.setPointSizeF(font.pointSizeF() * 1.25);
  for (QLabel* l : {stepLine_, keys_}) l->setFont(font);
  for (QLabel* l : {say_, question_, answer_}) l->setFont(big);
  const lesson::Step& step = lesson_.steps[static_cast<std::size_t>(index_)];
  QString line = tr("%1 · step %2 of %3").arg(lesson_.title).arg(index_ + 1).arg(count());
  QString what = lesson::describe(step);
  if (step.kind == StepKind::Chart && chartSource_ && !chartSource_->plot().title.isEmpty())
    what = tr("Chart: %1").arg(chartSource_->plot().title);  // its title, not the script's id
  if (!what.isEmpty()) line += QStringLiteral(" · ") + what;
  if (!status_.isEmpty()) line += QStringLiteral(" · ") + status_;
  if (index_ + 1 == count()) line += tr(" · end of the lesson");
  stepLine_->setText(line);
  say_->setText(step.say);
  say_->setVisible(!step.say.isEmpty());
  const lesson::State st = lesson::stateAt(lesson_, index_);
  question_->setVisible(st.question >= 0);
  answer_->setVisible(st.question >= 0);
  if (st.question < 0) return;
  const lesson::Step& ask = lesson_.steps[static_cast<std::size_t>(st.question)];
  question_->setText(tr("Question: %1").arg(ask.question));
  const bool shown = st.revealed || revealedByKey_;
  answer_->setText(shown ? tr("Answer: %1").arg(ask.answer) : tr("Answer hidden (R reveals it)"));
  answer_->setStyleSheet(
      shown ? QStringLiteral("background:#e3f4e1;border:1px solid #8cc084;border-radius:4px;padding:6px;")
            : QStringLiteral("color:#777;border:1px dashed #bbb;border-radius:4px;padding:6px;"));
}

bool LessonPlayer::eventFilter(QObject* watched, QEvent* event) {
  if (watched == window_->centralWidget() && event->type() == QEvent::Resize && chartCover_->isVisible())
    chartCover_->setGeometry(window_->centralWidget()->rect());
  // Only in presentation mode: outside it the arrows and R belong to the fields being edited.
  if (event->type() != QEvent::KeyPress || !window_->presentation()) return false;
  auto* w = qobject_cast<QWidget*>(watched);
  if (w == nullptr || w->window() != window_) return false;
  // Before the focused widget sees them: in a lesson the arrows step, they do not move a slider.
  switch (static_cast<QKeyEvent*>(event)->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
      next();
      return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
      back();
      return true;
    case Qt::Key_R:
      reveal();
      return true;
    default:
      return false;
  }
}

}  // namespace amp::app
