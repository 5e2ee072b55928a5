// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/lab_page.h"

#include <QDataStream>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "amp/run/assignment.h"
#include "gui/exercise_panel.h"
#include "gui/run_controls.h"
#include "gui/sweep_panel.h"
#include "widgets/accessibility.h"
#include "widgets/ceiling_panel.h"
#include "widgets/chart_grid.h"
#include "widgets/chart_widget.h"
#include "widgets/format.h"
#include "widgets/lab_tables.h"
#include "widgets/lab_text_file.h"
#include "widgets/metric_table.h"
#include "widgets/page_view.h"
#include "widgets/param_panel.h"
#include "widgets/queue_view.h"

namespace amp::app {

LabPage::LabPage(const run::Lab& lab, std::shared_ptr<RunStore> store, QWidget* parent) : QWidget(parent) {
  session_ = new LabSession(lab, std::move(store), this);
  buildUi();
  connectSession();
  if (!session_->modelError().isEmpty())
    showMessage(tr("The model could not be computed: %1").arg(session_->modelError()), Severity::Error);
  modelChanged();
  queueView_->setTopology(session_->topology(), &session_->live());
  refreshExerciseProgress();
}

LabPage::LabPage(LabSession* session, QWidget* parent) : QWidget(parent), session_(session) {
  session_->setParent(this);
  buildUi();
  connectSession();
  showSession();
}

LabPage::~LabPage() = default;

LabSession* LabPage::releaseSession() {
  LabSession* s = session_;
  s->setParent(nullptr);
  // Neither way: the session's signals to this page's widgets, and theirs to the session.
  QList<QObject*> mine = findChildren<QObject*>();
  mine << this;
  for (QObject* o : mine) {
    QObject::disconnect(s, nullptr, o, nullptr);
    QObject::disconnect(o, nullptr, s, nullptr);
  }
  setEnabled(false);
  return s;
}

void LabPage::showSession() {
  const LabSession& s = *session_;
  paramPanel_->setParams(s.params());
  sweep_->setBaseParams(s.params());
  exercises_->setLab(&lab(), s.exercises());
  for (int i = 0; i < exercises_->count(); ++i)
    if (const auto g = s.lastGrade(i)) {
      exercises_->showGrade(i, g->text, g->passed);
      exercises_->setAnswer(i, g->answer);
    }
  if (!s.modelError().isEmpty())
    showMessage(tr("The model could not be computed: %1").arg(s.modelError()), Severity::Error);
  queueView_->setTopology(s.topology(), &s.live());
  modelChanged();
  updateResults();
  // The run the page showed last: the face chosen, else the other one.
  const auto& first = s.mode() == PageMode::Sim ? s.simResult() : s.realResult();
  const auto& other = s.mode() == PageMode::Sim ? s.realResult() : s.simResult();
  if (first || other) runShown(first ? &*first : &*other);
  updateStaticCharts();
  updateLiveCharts();
  refreshExerciseProgress();
}

void LabPage::buildUi() {
  const auto info = lab().info();
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
  close->setAccessibleName(tr("Dismiss"));
  mb->addWidget(messageText_, 1);
  mb->addWidget(close);
  connect(close, &QToolButton::clicked, messageBar_, &QWidget::hide);
  messageBar_->hide();
  outer->addWidget(messageBar_);

  mainSplit_ = new QSplitter(Qt::Horizontal, this);
  mainSplit_->setChildrenCollapsible(true);
  outer->addWidget(mainSplit_, 1);

  // Left: mode and run controls on top; parameters, the lab's text, exercises and sweeps as tabs.
  left_ = new QWidget(mainSplit_);
  auto* cl = new QVBoxLayout(left_);
  cl->setContentsMargins(0, 0, 4, 0);
  controls_ = new RunControls(session_, left_);
  cl->addWidget(controls_);
  leftTabs_ = new QTabWidget(left_);
  leftTabs_->setDocumentMode(true);
  leftTabs_->setAccessibleName(tr("Parameters, text, exercises and sweeps"));
  leftTabs_->tabBar()->setAccessibleName(leftTabs_->accessibleName());
  cl->addWidget(leftTabs_, 1);
  buildTabs();

  // Right: animation, charts, metric table.
  rightSplit_ = new QSplitter(Qt::Vertical, mainSplit_);
  queueView_ = new widgets::QueueView(rightSplit_);
  connect(queueView_, &widgets::QueueView::framePainted, this, &LabPage::framePainted);
  connect(controls_, &RunControls::animationStatus, queueView_, &widgets::QueueView::setStatusText);
  connect(queueView_, &widgets::QueueView::togglePauseRequested, session_, &LabSession::togglePause);
  chartGrid_ = new widgets::ChartGrid(rightSplit_);
  chartGrid_->setLab(&lab(), session_->metrics());
  chartGrid_->setAccessibleName(tr("Charts"));
  connect(chartGrid_, &widgets::ChartGrid::liveReplotted, this, &LabPage::chartFrame);
  metricTable_ = new widgets::MetricTable(rightSplit_);
  metricTable_->setMetrics(session_->metrics(), lab().hasReal());
  rightSplit_->addWidget(queueView_);
  // The panels the lab declares: a lab without a flow shows its chart in the animation's place.
  bool flow = false;
  for (const auto& panel : lab().panels()) flow = flow || panel.kind == run::PanelKind::Flow;
  queueView_->setVisible(flow);
  if (widgets::ChartWidget* picture = chartGrid_->panelChart()) {
    picture->setMinimumHeight(200);
    rightSplit_->insertWidget(flow ? 1 : 0, picture);
  }
  rightSplit_->addWidget(chartGrid_);
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
  mainSplit_->addWidget(left_);
  mainSplit_->addWidget(rightSplit_);
  mainSplit_->setStretchFactor(0, 0);
  mainSplit_->setStretchFactor(1, 1);
  mainSplit_->setSizes({330, 900});
}

void LabPage::buildTabs() {
  controlsScroll_ = new QScrollArea(leftTabs_);
  controlsScroll_->setWidgetResizable(true);
  controlsScroll_->setFrameShape(QFrame::NoFrame);
  controlsScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  controlsScroll_->setAccessibleName(tr("Parameters"));
  auto* paramsHost = new QWidget(controlsScroll_);
  auto* pl = new QVBoxLayout(paramsHost);
  pl->setContentsMargins(2, 4, 8, 4);
  auto* paramHeader = new QHBoxLayout;
  paramHint_ = new QLabel(tr("Drag a slider or type a value; hover for what it means."), paramsHost);
  paramHint_->setWordWrap(true);
  auto* resetParams = new QToolButton(paramsHost);
  resetParams->setText(tr("Defaults"));
  resetParams->setToolTip(tr("Every parameter back to its default"));
  paramHeader->addWidget(paramHint_, 1);
  paramHeader->addWidget(resetParams);
  pl->addLayout(paramHeader);
  paramPanel_ = new widgets::ParamPanel(paramsHost);
  paramPanel_->setSpecs(session_->paramSpecs());
  pl->addWidget(paramPanel_);
  pl->addStretch(1);
  controlsScroll_->setWidget(paramsHost);
  connect(paramPanel_, &widgets::ParamPanel::paramChanged, this,
          [this] { session_->setParams(paramPanel_->params()); });
  connect(resetParams, &QToolButton::clicked, paramPanel_, &widgets::ParamPanel::resetToDefaults);
  leftTabs_->addTab(controlsScroll_, tr("Parameters"));

  text_ = new widgets::PageView(leftTabs_);
  text_->setOpenExternalLinks(true);
  text_->setAccessibleName(tr("About"));
  text_->setPage(loadText());
  leftTabs_->addTab(text_, tr("About"));
  exercises_ = new ExercisePanel(leftTabs_);
  exercises_->setLab(&lab());
  leftTabs_->addTab(exercises_, tr("Exercises (%1)").arg(exercises_->count()));
  sweep_ = new SweepPanel(leftTabs_);
  sweep_->setLab(&lab());
  sweep_->setSeed(session_->seed());
  leftTabs_->addTab(sweep_, tr("Sweep"));
  // A lab that fills tables (per task, per state, per step) shows them on a tab of their own.
  std::vector<run::OutputSpec> tableOutputs;
  for (const auto& o : lab().outputs())
    if (o.kind == run::OutputKind::Table) tableOutputs.push_back(o);
  if (!tableOutputs.empty()) {
    tables_ = new widgets::LabTables(std::move(tableOutputs), leftTabs_);
    leftTabs_->addTab(tables_, tr("Tables"));
  }
  connect(exercises_, &ExercisePanel::applyRequested, session_, &LabSession::applyExercise);
  connect(exercises_, &ExercisePanel::checkRequested, session_, &LabSession::checkExercise);
  connect(sweep_, &SweepPanel::message, this,
          [this](const QString& t, bool err) { showMessage(t, err ? Severity::Error : Severity::Info); });
  connect(sweep_, &SweepPanel::sweepFinished, this, &LabPage::updateStaticCharts);
}

void LabPage::connectSession() {
  LabSession* s = session_;
  connect(s, &LabSession::paramsChanged, this, [this] {
    if (!(paramPanel_->params() == session_->params())) paramPanel_->setParams(session_->params());
    sweep_->setBaseParams(session_->params());
    emit paramsChanged();
  });
  connect(s, &LabSession::modelChanged, this, &LabPage::modelChanged);
  connect(s, &LabSession::seedChanged, sweep_, &SweepPanel::setSeed);
  connect(s, &LabSession::liveReset, this,
          [this] { queueView_->setTopology(session_->topology(), &session_->live()); });
  connect(s, &LabSession::frameAdvanced, this, &LabPage::frameAdvanced);
  connect(s, &LabSession::runStateChanged, this, &LabPage::runStateChanged);
  connect(s, &LabSession::resultChanged, this, &LabPage::updateResults);
  // While a simulation runs the table shows its estimate so far; the final result replaces it.
  connect(s, &LabSession::partialResult, this,
          [this](const run::RunResult& soFar) { metricTable_->setSim(&soFar); });
  connect(s, &LabSession::runShown, this, &LabPage::runShown);
  connect(s, &LabSession::chartsChanged, this, [this] {
    updateStaticCharts();
    updateLiveCharts();
  });
  connect(s, &LabSession::runEnded, this, &LabPage::runEnded);
  connect(s, &LabSession::runSaved, this, &LabPage::runSaved);
  connect(s, &LabSession::message, this, &LabPage::showMessage);
  connect(s, &LabSession::messageCleared, messageBar_, &QWidget::hide);
  connect(s, &LabSession::exerciseBusy, exercises_, &ExercisePanel::setBusy);
  connect(s, &LabSession::exerciseGraded, exercises_, &ExercisePanel::showGrade);
  connect(s, &LabSession::exerciseAnswered, exercises_, &ExercisePanel::setAnswer);
  connect(s, &LabSession::exerciseProgressChanged, this, &LabPage::refreshExerciseProgress);
}

QString LabPage::loadText() const {
  const auto info = lab().info();
  // In the user interface's language where the lab has a translation, else in English.
  QString md = widgets::labTextFile(info.id);
  if (md.isEmpty()) {
    md = QStringLiteral("# %1\n\n%2\n").arg(widgets::labText(info.title), widgets::labText(info.question));
  }
  // The text's numbers come from the model ({{key}} placeholders), so they cannot drift from it.
  std::string problems;
  md = widgets::fillModelNumbersLocalized(lab(), md, problems);
  try {
    const auto m = lab().model(run::defaults(session_->paramSpecs()));
    const QString formula = widgets::formulaText(m.formula);  // in the reader's language
    if (!m.formula.empty() && !md.contains(QString::fromStdString(m.formula)) && !md.contains(formula))
      // A block of its own: the formula's lines stay lines, and its subscripts (ρ_master) are
      // not read as Markdown emphasis.
      md += tr("\n\n## The model\n\n") + QStringLiteral("```\n") + formula + QStringLiteral("\n```\n");
  } catch (const std::exception&) {
    // The text stands without the formula; the model's error shows when it is computed.
  }
  if (!info.teacherNote.empty())
    md += tr("\n\n## What to notice (for the teacher)\n\n") + widgets::labText(info.teacherNote) +
          QStringLiteral("\n");
  return md;
}

void LabPage::setSeed(std::uint64_t seed) { controls_->setSeed(seed); }

void LabPage::setAssignment(std::uint64_t seed, const QString& student) {
  std::vector<run::Exercise> list = lab().exercises();
  if (!student.isEmpty()) {
    for (run::Exercise& e : list) {
      const run::AssignedExercise a = run::assignExercise(lab(), e, seed, student.toStdString());
      e.prompt = a.prompt;
      e.setup = a.setup;
      // The explanation works the lab's own numbers through: after a check it would contradict
      // the student's.
      e.explanation.clear();
    }
  }
  session_->setExercises(list);
  exercises_->setLab(&lab(), std::move(list));
  refreshExerciseProgress();
  leftTabs_->setTabText(leftTabs_->indexOf(exercises_),
                        student.isEmpty() ? tr("Exercises (%1)").arg(exercises_->count())
                                          : tr("Exercises (%1) · %2").arg(exercises_->count()).arg(student));
}
void LabPage::setSpeedIndex(int index) { controls_->setSpeedIndex(index); }
int LabPage::speedIndex() const { return controls_->speedIndex(); }
int LabPage::flatOutSpeedIndex() { return RunControls::flatOutSpeedIndex(); }
void LabPage::faster() { setSpeedIndex(speedIndex() + 1); }
void LabPage::slower() { setSpeedIndex(speedIndex() - 1); }
widgets::CeilingPanel* LabPage::ceilingPanel() const { return chartGrid_->ceiling(); }

void LabPage::modelChanged() {
  metricTable_->setModel(session_->model());
  chartGrid_->ceiling()->setParams(session_->params(), session_->model());
  updateStaticCharts();
  updateLiveCharts();
}

void LabPage::frameAdvanced(const std::vector<widgets::LiveStats::Transfer>& transfers, bool fresh) {
  queueView_->advance(transfers);
  const auto& live = session_->live();
  const int master = live.masterStation();
  if (master >= 0 && session_->running()) {
    const auto& st = live.stations()[master];
    // A real run's samples without busy lanes for this station (a lock whose holder moves between
    // CPUs): not known until the run ends, rather than a 0% that reads like an idle master.
    chartGrid_->ceiling()->setLiveUtilization(live.sampled() && st.lanes.empty() ? NAN : st.utilization);
  }
  if (session_->running() || fresh) updateLiveCharts();
}

void LabPage::updateResults() {
  const LabSession& s = *session_;
  if (s.comparing()) {
    metricTable_->setComparison(*s.comparedA(), s.comparedNameA(), *s.comparedB(), s.comparedNameB());
    metricTable_->setDifference(s.difference() ? &*s.difference() : nullptr, s.differencePending());
  } else if (metricTable_->comparing())
    metricTable_->clearComparison();
  metricTable_->setSim(s.simResult() ? &*s.simResult() : nullptr);
  metricTable_->setReal(s.realResult() ? &*s.realResult() : nullptr);
}

void LabPage::runShown(const run::RunResult* r) {
  chartGrid_->ceiling()->setMeasured(r);
  if (tables_ != nullptr) tables_->setResult(r);
  if (r != nullptr && r->mode == run::Mode::Real) showPlacement(*r);
  queueView_->update();
}

void LabPage::runEnded(const run::RunResult& r) {
  if (r.status == run::RunStatus::Ok) updateStaticCharts();
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

widgets::ChartGrid::State LabPage::chartState() const {
  const LabSession& s = *session_;
  widgets::ChartGrid::State st;
  st.params = &s.params();
  st.model = s.modelError().isEmpty() ? &s.model() : nullptr;
  st.showModel = !answersHidden_;
  // The runs the charts draw: the two compared, else the latest simulation and real run.
  if (s.comparedA() && s.comparedB()) {
    st.results.push_back({s.comparedNameA(), widgets::simColor(), &*s.comparedA()});
    st.results.push_back({s.comparedNameB(), widgets::paletteColor(3), &*s.comparedB()});
  } else {
    if (s.simResult()) st.results.push_back({tr("simulation"), widgets::simColor(), &*s.simResult()});
    if (s.realResult()) st.results.push_back({tr("real"), widgets::realColor(), &*s.realResult()});
  }
  st.live = &session_->live();
  st.running = session_->running();
  st.runningMode = session_->runningMode();
  st.sweep = &sweep_->points();
  st.sweptKey = sweep_->sweptKey();
  st.sweptKey2 = sweep_->sweptKey2();
  return st;
}

void LabPage::updateLiveCharts() { chartGrid_->updateLive(chartState()); }
void LabPage::updateStaticCharts() { chartGrid_->updateStatic(chartState()); }

void LabPage::refreshExerciseProgress() {
  if (const auto p = session_->exerciseProgress()) exercises_->setProgress(p->passedById, p->attempts);
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
  messageSeverity_ = severity;
  messageBar_->show();
}

QString LabPage::messageText() const { return messageBar_->isHidden() ? QString() : messageText_->text(); }

std::vector<widgets::ChartWidget*> LabPage::charts() const {
  std::vector<widgets::ChartWidget*> all = chartGrid_->exportCharts();
  all.push_back(sweep_->chart());
  return all;
}

void LabPage::focusControls() {
  // A page just opened is shown once the event loop runs: focus goes to it then.
  if (!isVisible()) {
    QTimer::singleShot(0, this, [this] {
      if (isVisible()) focusControls();
    });
    return;
  }
  showTab(0);
  // The first parameter the lab shows, else Run: where a keyboard user starts on a new lab.
  for (const auto& spec : paramPanel_->specs())
    if (QWidget* editor = paramPanel_->editor(spec.key);
        editor != nullptr && paramPanel_->isShown(spec.key)) {
      editor->setFocus(Qt::OtherFocusReason);
      controlsScroll_->ensureWidgetVisible(editor);
      return;
    }
  controls_->setFocus(Qt::OtherFocusReason);
}

void LabPage::showTab(int index) { leftTabs_->setCurrentIndex(std::clamp(index, 0, leftTabs_->count() - 1)); }
int LabPage::currentTab() const { return leftTabs_->currentIndex(); }

LabPage::Kept LabPage::kept() const {
  return {currentTab(), sweep_->kept(), exercises_->kept(), messageText(), messageSeverity_};
}

void LabPage::restore(const Kept& kept) {
  sweep_->restore(kept.sweep);
  exercises_->restore(kept.exercises);
  if (!kept.message.isEmpty()) showMessage(kept.message, kept.severity);
  updateStaticCharts();
  if (!presentation_) showTab(kept.tab);
}

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
