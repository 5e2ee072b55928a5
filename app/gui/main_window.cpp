// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include "amp/labs/registry.h"
#include "gui/assignment_dialog.h"
#include "gui/exercise_panel.h"
#include "gui/history_dock.h"
#include "gui/lab_browser.h"
#include "gui/lab_page.h"
#include "gui/lab_session.h"
#include "gui/language_menu.h"
#include "gui/perf_probe.h"
#include "gui/report_dialog.h"
#include "gui/start_page.h"
#include "store/run_store.h"
#include "widgets/chart_widget.h"
#include "widgets/format.h"
#include "widgets/param_panel.h"

namespace amp::app {

namespace {

/// The student and seed of File → Assignment… (kept across labs and sessions: homework takes days).
void applyAssignment(LabPage* page) {
  QSettings settings;
  const QString student = settings.value(QStringLiteral("assignment/student")).toString();
  if (!student.isEmpty())
    page->setAssignment(settings.value(QStringLiteral("assignment/seed"), 1).toULongLong(), student);
}
constexpr double kPresentationFontScale = 1.6;

QVariantMap paramsToVariant(const run::Params& p) {
  QVariantMap m;
  for (const auto& [k, v] : p.nums()) m.insert(QString::fromStdString(k), v);
  for (const auto& [k, v] : p.texts()) m.insert(QString::fromStdString(k), QString::fromStdString(v));
  return m;
}

// Only keys the lab still has, with values it still accepts: settings from an older version
// must not break the page.
run::Params paramsFromVariant(const std::vector<run::ParamSpec>& specs, const QVariantMap& m) {
  run::Params p = run::defaults(specs);
  for (auto it = m.begin(); it != m.end(); ++it) {
    const run::ParamSpec* s = run::findSpec(specs, it.key().toStdString());
    if (s == nullptr) continue;
    run::applySetting(specs, p, s->key, it.value().toString().toStdString());
  }
  return p;
}
}  // namespace

MainWindow::MainWindow(std::shared_ptr<RunStore> store, const QString& storeError, QWidget* parent)
    : QMainWindow(parent), store_(std::move(store)) {
  setWindowTitle(tr("AMP Lab"));
  setObjectName(QStringLiteral("mainWindow"));
  // The icon the desktop entry shows, also on the window and in the task switcher.
  if (QApplication::windowIcon().isNull())
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/amplab.svg")));
  normalFont_ = font();

  browser_ = new LabBrowser(this);
  browserDock_ = new QDockWidget(tr("Labs"), this);
  browserDock_->setObjectName(QStringLiteral("labsDock"));
  browserDock_->setWidget(browser_);
  addDockWidget(Qt::LeftDockWidgetArea, browserDock_);
  history_ = new HistoryDock(store_, this);
  addDockWidget(Qt::LeftDockWidgetArea, history_);
  // Tabbed: the browser and the history share the narrow left column, leaving the width to the lab.
  tabifyDockWidget(browserDock_, history_);
  browserDock_->raise();
  resizeDocks({browserDock_}, {220}, Qt::Horizontal);

  centre_ = new QWidget(this);
  centreLayout_ = new QVBoxLayout(centre_);
  centreLayout_->setContentsMargins(0, 0, 0, 0);
  windowError_ = new QLabel(centre_);
  windowError_->setWordWrap(true);
  windowError_->setStyleSheet(QStringLiteral(
      "background:#fde2e1;color:#7a1010;border:1px solid #e0a0a0;border-radius:4px;padding:6px;"));
  windowError_->hide();
  centreLayout_->addWidget(windowError_);
  if (store_) store_->setProfile(QSettings().value(QStringLiteral("study/profile")).toString());
  start_ = new StartPage(store_, centre_);
  start_->hide();
  centreLayout_->addWidget(start_, 1);
  connect(start_, &StartPage::openExercise, this, &MainWindow::openExercise);
  connect(start_, &StartPage::profileRequested, this, &MainWindow::chooseProfile);
  setCentralWidget(centre_);

  buildMenus();
  statusBar()->showMessage(store_ && store_->isOpen() ? tr("Runs are kept in %1").arg(store_->path())
                                                      : QString());

  connect(browser_, &LabBrowser::labChosen, this, [this](const QString& id) { openLab(id); });
  connect(browser_, &LabBrowser::labActivated, this, [this](const QString& id) {
    if (openLab(id)) page_->focusControls();
  });
  connect(history_, &HistoryDock::openRun, this, [this](const run::RunResult& r) {
    if (page_ == nullptr || page_->labId().toStdString() != r.lab) {
      if (!openLab(QString::fromStdString(r.lab))) {
        showWindowError(tr("Run #%1 belongs to the lab '%2', which this version does not have.")
                            .arg(r.runId)
                            .arg(QString::fromStdString(r.lab)));
        return;
      }
    }
    page_->showSavedRun(r);
  });
  connect(history_, &HistoryDock::compareRuns, this,
          [this](const run::RunResult& a, const QString& na, const run::RunResult& b, const QString& nb) {
            if (a.lab != b.lab) {
              showWindowError(tr("Only runs of the same lab can be compared (%1 vs %2).")
                                  .arg(QString::fromStdString(a.lab), QString::fromStdString(b.lab)));
              return;
            }
            if (page_ == nullptr || page_->labId().toStdString() != a.lab)
              openLab(QString::fromStdString(a.lab));
            if (page_ != nullptr) page_->showComparison(a, na, b, nb);
          });
  connect(history_, &HistoryDock::message, this, [this](const QString& text, bool error) {
    if (page_ != nullptr)
      page_->showMessage(text, error ? LabPage::Severity::Error : LabPage::Severity::Info);
    else if (error)
      showWindowError(text);
  });

  if (!storeError.isEmpty())
    showWindowError(
        tr("The run database could not be opened, so runs are not kept this session: %1").arg(storeError));

  QSettings settings;
  if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
    // First start: the whole screen; a teacher's projector rarely has pixels to spare.
    if (const QScreen* screen = QGuiApplication::primaryScreen()) setGeometry(screen->availableGeometry());
  }
  if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
    // Dock sizes only take once the window has its size.
    QTimer::singleShot(0, this, [this] {
      resizeDocks({browserDock_, history_}, {220, 220}, Qt::Horizontal);
    });
  }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  exportMenu_ = file->addMenu(tr("&Export chart"));
  connect(exportMenu_, &QMenu::aboutToShow, this, &MainWindow::fillExportMenu);
  QAction* report = file->addAction(tr("Export &report…"), this, &MainWindow::exportReport);
  report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  file->addAction(tr("&Assignment…"), this, [this] {
    QSettings settings;
    AssignmentDialog dialog(settings.value(QStringLiteral("assignment/student")).toString(),
                            settings.value(QStringLiteral("assignment/seed"), 1).toULongLong(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    settings.setValue(QStringLiteral("assignment/student"), dialog.student());
    settings.setValue(QStringLiteral("assignment/seed"), QVariant::fromValue(dialog.seed()));
    if (page_ == nullptr) return;
    page_->setAssignment(dialog.seed(), dialog.student());
    if (!dialog.student().isEmpty()) page_->showTab(2);
  });
  file->addSeparator();
  file->addAction(tr("&Profile…"), this, &MainWindow::chooseProfile)
      ->setToolTip(tr("Whose exercise progress is shown and kept"));
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* runMenu = menuBar()->addMenu(tr("&Run"));
  auto addRunAction = [&](const QString& text, const QList<QKeySequence>& keys, auto fn) {
    QAction* a = runMenu->addAction(text);
    a->setShortcuts(keys);
    connect(a, &QAction::triggered, this, [this, fn] {
      if (page_ != nullptr) (page_->*fn)();
    });
    return a;
  };
  addRunAction(tr("Run"), {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)}, &LabPage::run);
  addRunAction(tr("Pause / resume"), {QKeySequence(Qt::Key_F6)}, &LabPage::togglePause);
  addRunAction(tr("Step one event"), {QKeySequence(Qt::Key_F7)}, &LabPage::step);
  addRunAction(tr("Reset"), {QKeySequence(Qt::Key_F8)}, &LabPage::resetRun);
  runMenu->addSeparator();
  addRunAction(tr("Faster"), {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
               &LabPage::faster);
  addRunAction(tr("Slower"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, &LabPage::slower);
  runMenu->addSeparator();
  const QString modes[] = {tr("Model"), tr("Simulation"), tr("Real"), tr("Compare")};
  for (int i = 0; i < 4; ++i) {
    QAction* a = runMenu->addAction(tr("Mode: %1").arg(modes[i]));
    a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    connect(a, &QAction::triggered, this, [this, i] {
      if (page_ != nullptr) page_->setMode(static_cast<LabPage::PageMode>(i));
    });
  }

  QMenu* view = menuBar()->addMenu(tr("&View"));
  presentationAction_ = view->addAction(tr("&Presentation mode"));
  presentationAction_->setCheckable(true);
  presentationAction_->setShortcut(QKeySequence(Qt::Key_F11));
  connect(presentationAction_, &QAction::toggled, this, &MainWindow::setPresentation);
  QAction* start = view->addAction(tr("&Start page"), this, &MainWindow::showStartPage);
  start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
  QAction* choose = view->addAction(tr("&Choose a lab"), this, &MainWindow::focusLabBrowser);
  choose->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
  view->addSeparator();
  view->addAction(browserDock_->toggleViewAction());
  view->addAction(history_->toggleViewAction());
  view->addMenu(new LanguageMenu(this));

  // Classroom keys, active in presentation mode only (Space would otherwise press buttons).
  auto addKey = [&](const QKeySequence& key, auto fn) {
    auto* a = new QAction(this);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setEnabled(false);
    connect(a, &QAction::triggered, this, fn);
    addAction(a);
    presentationKeys_ << a;
  };
  addKey(QKeySequence(Qt::Key_Space), [this] {
    if (page_ == nullptr) return;
    if (page_->running())
      page_->togglePause();
    else
      page_->run();
  });
  addKey(QKeySequence(Qt::Key_Escape), [this] { presentationAction_->setChecked(false); });
  addKey(QKeySequence(Qt::Key_S), [this] {
    if (page_ != nullptr) page_->step();
  });
  addKey(QKeySequence(Qt::Key_Plus), [this] {
    if (page_ != nullptr) page_->faster();
  });
  addKey(QKeySequence(Qt::Key_Minus), [this] {
    if (page_ != nullptr) page_->slower();
  });

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&Keys"), this, [this] {
    QMessageBox::information(
        this, tr("Keys"),
        tr("F5 run · F6 pause/resume · F7 one event · F8 reset · Ctrl+1…4 mode · Ctrl+ +/− speed · F11 presentation mode.\n"
           "In presentation mode: Space run/pause, S step, +/− speed, Tab moves between parameters, arrow keys move a slider, Esc leaves.") +
            QStringLiteral("\n") +
            tr("Ctrl+L lab list: arrow keys choose a lab, Enter opens it · Tab moves on to parameters, buttons, the animation (Space pauses it) and charts · menu key (or Shift+F10) on a chart: export · Ctrl+E report."));
  });
  help->addAction(tr("&About AMP Lab"), this, [this] {
    QMessageBox::about(
        this, tr("About AMP Lab"),
        tr("<b>AMP Lab</b> %1<br>Asymmetric multiprocessing: a master core serializes, workers parallelize. "
           "Each lab shows the model, a simulation and a real run side by side.")
            .arg(QCoreApplication::applicationVersion()));
  });
}

void MainWindow::fillExportMenu() {
  exportMenu_->clear();
  if (page_ == nullptr) return;
  for (widgets::ChartWidget* chart : page_->charts()) {
    QString title = chart->plot().title;
    if (title.isEmpty()) title = chart->exportName();
    QMenu* sub = exportMenu_->addMenu(title);
    QPointer<widgets::ChartWidget> c(chart);
    for (const char* fmt : {"png", "svg", "pdf"}) {
      const QString suffix = QString::fromLatin1(fmt);
      sub->addAction(suffix.toUpper() + QStringLiteral("…"), this, [c, suffix] {
        if (c) c->exportWithDialog(suffix);
      });
    }
  }
}

const run::RunResult* MainWindow::reportableRun() const {
  if (page_ == nullptr) return nullptr;
  const LabSession* s = page_->session();
  if (s->comparing()) return &*s->comparedB();  // the comparison's own run; its partner is in the history
  const auto& first = s->mode() == LabSession::Mode::Real ? s->realResult() : s->simResult();
  const auto& other = s->mode() == LabSession::Mode::Real ? s->simResult() : s->realResult();
  if (first) return &*first;
  if (other) return &*other;
  return nullptr;
}

void MainWindow::exportReport() {
  const run::RunResult* r = reportableRun();
  if (r == nullptr) {
    QMessageBox::information(this, tr("Export report"),
                             tr("A report describes one run. Run the lab first, or open a saved run "
                                "from the run history."));
    return;
  }
  ReportExtras extras;
  if (store_ && store_->isOpen()) {
    if (r->runId > 0) store_->load(r->runId, nullptr, &extras.label);
    extras.attempts = store_->attempts(page_->labId());
  }
  const LabSession* s = page_->session();
  if (s->comparing()) {
    // Both runs and their difference; a paired difference still being measured is replaced by
    // the unpaired one from the runs' own CIs rather than keeping the student waiting.
    ComparedRuns c{*s->comparedA(), *s->comparedB(), s->comparedNameA(), s->comparedNameB(), {}};
    c.difference =
        s->difference() ? *s->difference() : run::compareUnpaired(c.a, c.b, page_->lab().keyMetric());
    ReportDialog dialog(comparisonReportSource(page_->lab(), std::move(c), std::move(extras)), this);
    dialog.exec();
    return;
  }
  ReportDialog dialog(runReportSource(page_->lab(), *r, std::move(extras)), this);
  dialog.exec();
}

bool MainWindow::openLab(const QString& id) {
  const run::Lab* lab = labs::findLab(id.toStdString());
  if (lab == nullptr) return false;
  if (page_ != nullptr && page_->labId() == id) return true;
  showPage(*lab, nullptr);
  return true;
}

void MainWindow::adoptSession(LabSession* session) { showPage(session->lab(), session); }

void MainWindow::showPage(const run::Lab& lab, LabSession* carried) {
  const QString id = QString::fromStdString(lab.info().id);
  if (page_ != nullptr) {
    savePageState();
    delete page_;
    page_ = nullptr;
  }
  start_->hide();
  page_ = carried != nullptr ? new LabPage(carried, centre_) : new LabPage(lab, store_, centre_);
  centreLayout_->addWidget(page_, 1);
  QSettings settings;
  settings.beginGroup(QStringLiteral("labs/") + id);
  // A carried session has its own parameters and mode: setting them again would restart its run.
  const QVariantMap stored = settings.value(QStringLiteral("params")).toMap();
  if (!stored.isEmpty() && carried == nullptr) page_->setParams(paramsFromVariant(lab.params(), stored));
  if (settings.contains(QStringLiteral("mode")) && carried == nullptr)
    page_->setMode(static_cast<LabPage::PageMode>(settings.value(QStringLiteral("mode")).toInt()));
  if (settings.contains(QStringLiteral("speed")))
    page_->setSpeedIndex(settings.value(QStringLiteral("speed")).toInt());
  settings.endGroup();
  page_->restoreLayout(settings.value(QStringLiteral("pageLayout")).toByteArray());
  page_->setPresentation(presentation_);
  applyAssignment(page_);
  settings.setValue(QStringLiteral("lastLab"), id);
  browser_->select(id);
  history_->setLab(id);
  connect(page_, &LabPage::runSaved, this, [this](qint64 runId) {
    history_->refresh();
    history_->selectRuns({runId});
  });
  setWindowTitle(tr("%1 — AMP Lab").arg(widgets::labText(lab.info().title)));
  connectProbe();
}

void MainWindow::openInitialLab() {
  QSettings settings;
  const QString last = settings.value(QStringLiteral("lastLab")).toString();
  if (!last.isEmpty() && openLab(last)) return;
  const auto& labs = labs::allLabs();
  if (!labs.empty()) {
    openLab(QString::fromStdString(labs.front()->info().id));
  } else {
    showWindowError(tr("No labs are registered in this build."));
  }
}

void MainWindow::showStartPage() {
  if (page_ != nullptr) {
    savePageState();
    delete page_;
    page_ = nullptr;
  }
  start_->refresh();
  start_->show();
  start_->continueButton()->setFocus();
  setWindowTitle(tr("AMP Lab"));
}

bool MainWindow::openExercise(const QString& labId, int exercise) {
  if (!openLab(labId)) return false;
  if (exercise < 0) return true;
  page_->showTab(2);
  page_->exercisePanel()->focusExercise(exercise);
  return true;
}

void MainWindow::setProfile(const QString& name) {
  if (!store_) return;
  store_->setProfile(name);
  QSettings().setValue(QStringLiteral("study/profile"), store_->profile());
  start_->refresh();
  if (page_ != nullptr) page_->refreshExerciseProgress();
  statusBar()->showMessage(tr("Profile: %1").arg(store_->profile()), 5000);
}

void MainWindow::chooseProfile() {
  if (!store_ || !store_->isOpen()) {
    showWindowError(tr("Profiles live in the run database, which could not be opened this session."));
    return;
  }
  QStringList names = store_->profiles();
  if (!names.contains(store_->profile())) names.prepend(store_->profile());
  bool ok = false;
  const QString name = QInputDialog::getItem(
      this, tr("Profile"), tr("Whose exercise progress to show and keep (type a new name to add a profile):"),
      names, static_cast<int>(names.indexOf(store_->profile())), true, &ok);
  if (ok) setProfile(name);
}

void MainWindow::savePageState() {
  if (page_ == nullptr) return;
  QSettings settings;
  settings.beginGroup(QStringLiteral("labs/") + page_->labId());
  settings.setValue(QStringLiteral("params"), paramsToVariant(page_->params()));
  settings.setValue(QStringLiteral("mode"), static_cast<int>(page_->mode()));
  settings.setValue(QStringLiteral("speed"), page_->speedIndex());
  settings.endGroup();
  if (!presentation_) settings.setValue(QStringLiteral("pageLayout"), page_->saveLayout());
}

void MainWindow::saveSettings() {
  savePageState();
  QSettings settings;
  if (!presentation_) {
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
  }
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (presentation_) setPresentation(false);
  saveSettings();
  QMainWindow::closeEvent(event);
}

void MainWindow::setPresentation(bool on) {
  if (on == presentation_) return;
  presentation_ = on;
  if (presentationAction_->isChecked() != on) presentationAction_->setChecked(on);
  for (QAction* a : presentationKeys_) a->setEnabled(on);
  if (on) {
    statePresentation_ = saveState();
    wasMaximized_ = isMaximized();
    if (page_ != nullptr) QSettings().setValue(QStringLiteral("pageLayout"), page_->saveLayout());
    browserDock_->hide();
    history_->hide();
    menuBar()->hide();
    statusBar()->hide();
    QFont big = normalFont_;
    big.setPointSizeF(normalFont_.pointSizeF() * kPresentationFontScale);
    setFont(big);
    showFullScreen();
  } else {
    setFont(normalFont_);
    menuBar()->show();
    statusBar()->show();
    restoreState(statePresentation_);
    if (wasMaximized_)
      showMaximized();
    else
      showNormal();
  }
  if (page_ != nullptr) {
    page_->setPresentation(on);
    if (!on) page_->restoreLayout(QSettings().value(QStringLiteral("pageLayout")).toByteArray());
    // Keyboard driven: start on the first parameter, so arrows move a slider at once.
    if (on && !page_->paramPanel()->specs().empty())
      if (QWidget* first = page_->paramPanel()->editor(page_->paramPanel()->specs().front().key))
        first->setFocus();
  }
}

void MainWindow::focusLabBrowser() {
  if (presentation_) return;  // the browser is hidden for the projector
  browserDock_->show();
  browserDock_->raise();
  browser_->focusList();
}

void MainWindow::attachProbe(PerfProbe* probe) {
  probe_ = probe;
  connectProbe();
}

void MainWindow::connectProbe() {
  if (!probe_ || page_ == nullptr) return;
  connect(page_, &LabPage::framePainted, probe_.data(), &PerfProbe::countFrame, Qt::UniqueConnection);
  connect(page_, &LabPage::chartFrame, probe_.data(), &PerfProbe::countChartFrame, Qt::UniqueConnection);
}

void MainWindow::showWindowError(const QString& text) {
  windowError_->setText(text);
  windowError_->show();
}

QString MainWindow::windowErrorText() const {
  return windowError_->isHidden() ? QString() : windowError_->text();
}

}  // namespace amp::app
