// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "amp/labs/registry.h"
#include "amp/run/assignment.h"
#include "gui/exercise_panel.h"
#include "gui/history_dock.h"
#include "gui/lab_browser.h"
#include "gui/lab_page.h"
#include "gui/main_window.h"
#include "gui/sweep_panel.h"
#include "main_window_fixture.h"
#include "store/run_store.h"
#include "widgets/ceiling_panel.h"
#include "widgets/chart_export.h"
#include "widgets/chart_widget.h"
#include "widgets/metric_table.h"
#include "widgets/page_view.h"
#include "widgets/param_panel.h"

using amp::app::LabPage;
using amp::app::MainWindow;

namespace {
constexpr int kRunTimeoutMs = 120000;

// A short, flat-out simulation: the tests check behaviour, not statistics.
void makeQuick(LabPage* page) {
  page->setSpeedIndex(LabPage::flatOutSpeedIndex());
  page->setRunLength(60.0, 2);
  page->setMode(LabPage::PageMode::Sim);
}
}  // namespace

class TestGuiWindow : public QObject {
  Q_OBJECT

  std::shared_ptr<amp::app::RunStore> store_;
  std::unique_ptr<MainWindow> window_;

 private slots:
  void initTestCase() { amp::testing::openMainWindow(QStringLiteral("amplab-test-gui"), store_, window_); }

  void cleanupTestCase() {
    window_.reset();
    store_.reset();
  }

  void opensEveryRegisteredLab() {
    const auto& labs = amp::labs::allLabs();
    QVERIFY(!labs.empty());
    QCOMPARE(window_->browser()->visibleLabCount(), static_cast<int>(labs.size()));
    for (const auto& lab : labs) {
      const QString id = QString::fromStdString(lab->info().id);
      QVERIFY2(window_->openLab(id), qPrintable(id));
      LabPage* page = window_->page();
      QVERIFY(page != nullptr);
      QCOMPARE(page->labId(), id);
      // Built from the lab's declarations: an editor per parameter, a row per metric.
      for (const auto& p : lab->params())
        QVERIFY2(page->paramPanel()->editor(p.key) != nullptr, p.key.c_str());
      for (const auto& m : lab->metrics())
        if (!m.realOnly || lab->hasReal())
          QVERIFY2(!page->metricTable()->cellText(m.key, 0).isEmpty(), m.key.c_str());
      QVERIFY(page->charts().size() >= lab->charts().size() + 1);
      QCOMPARE(page->exercisePanel()->count(), static_cast<int>(lab->exercises().size()));
      QVERIFY2(window_->windowErrorText().isEmpty(), qPrintable(window_->windowErrorText()));
    }
  }

  void labTitlesAreReadableInFull() {
    // At 1280 × 800 the browser column is narrow: a title wraps onto further lines, never cut.
    auto* tree = window_->browser()->tree();
    QVERIFY(tree->isVisible());
    const int margin = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
    int checked = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
      for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
        QTreeWidgetItem* item = tree->topLevelItem(g)->child(i);
        if (item->data(0, Qt::UserRole).toString().isEmpty()) continue;
        const QString title = item->text(0);
        QTRY_VERIFY(tree->visualItemRect(item).width() > margin);
        const QFontMetrics fm(item->font(0));
        auto needed = [&] {
          const QRect r = tree->visualItemRect(item);
          return fm.boundingRect(QRect(0, 0, r.width() - margin, 100000), Qt::TextWordWrap, title);
        };
        // Rows take their wrapped height once the view has laid them out.
        QTRY_VERIFY2(needed().height() <= tree->visualItemRect(item).height(),
                     qPrintable(QStringLiteral("%1: needs %2 px, has %3 px")
                                    .arg(title)
                                    .arg(needed().height())
                                    .arg(tree->visualItemRect(item).height())));
        QVERIFY2(needed().width() <= tree->visualItemRect(item).width() - margin, qPrintable(title));
        QVERIFY(item->toolTip(0).contains(title.toHtmlEscaped()));
        ++checked;
      }
    QCOMPARE(checked, static_cast<int>(amp::labs::allLabs().size()));
  }

  void searchFiltersTheBrowser() {
    window_->browser()->setFilter(QStringLiteral("zzzz-no-such-lab"));
    QCOMPARE(window_->browser()->visibleLabCount(), 0);
    window_->browser()->setFilter(QStringLiteral("foundations"));
    QCOMPARE(window_->browser()->visibleLabCount(), 1);
    window_->browser()->setFilter(QString());
  }

  void sliderChangesTheRunsParameters() {
    QVERIFY(window_->openLab(QStringLiteral("foundations")));
    LabPage* page = window_->page();
    auto* slider = qobject_cast<QSlider*>(page->paramPanel()->editor("workers"));
    QVERIFY(slider != nullptr);
    const double before = page->specFor(amp::run::Mode::Sim).params.num("workers");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End);
    const double after = page->specFor(amp::run::Mode::Sim).params.num("workers");
    QVERIFY(after != before);
    QCOMPARE(after, 64.0);
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(page->specFor(amp::run::Mode::Sim).params.num("workers"), 1.0);
    page->paramPanel()->resetToDefaults();
  }

  void runCompletesAndMetricsAppear() {
    QVERIFY(window_->openLab(QStringLiteral("foundations")));
    LabPage* page = window_->page();
    makeQuick(page);
    page->paramPanel()->setNumber("workers", 6);
    QCOMPARE(page->metricTable()->cellText("sojourn_ms", amp::widgets::MetricTable::SimColumn), QString());
    page->run();
    QVERIFY(page->running());
    QTRY_VERIFY_WITH_TIMEOUT(page->simResult().has_value(), kRunTimeoutMs);
    QCOMPARE(page->simResult()->status, amp::run::RunStatus::Ok);
    QCOMPARE(page->simResult()->params.num("workers"), 6.0);
    const QString cell = page->metricTable()->cellText("sojourn_ms", amp::widgets::MetricTable::SimColumn);
    QVERIFY2(cell.contains(QStringLiteral("±")), qPrintable(cell));
    // The whole tail of a metric with percentiles: p99.9 and the largest value too.
    for (const char* p : {"p50", "p95", "p99", "p99.9", "max"})
      QVERIFY2(
          !page->metricTable()->cellText("sojourn_ms", amp::widgets::MetricTable::SimColumn, p).isEmpty(), p);
    QVERIFY(!page->metricTable()->cellText("sojourn_ms", amp::widgets::MetricTable::ModelColumn).isEmpty());
    QVERIFY(!page->metricTable()->verdictText().isEmpty());
    // The run was saved and the history lists it.
    QTRY_VERIFY(window_->history()->list()->topLevelItemCount() >= 1);
    QVERIFY(page->simResult()->runId > 0);
  }

  void savedRunReopensWithItsParameters() {
    LabPage* page = window_->page();
    QVERIFY(page->simResult().has_value());
    const qint64 id = page->simResult()->runId;
    const amp::run::Params saved = page->simResult()->params;
    page->paramPanel()->setNumber("workers", 2);
    page->paramPanel()->setNumber("arrival_rate", 3);
    QVERIFY(!(page->params() == saved));
    window_->openLab(QStringLiteral("foundations"));
    window_->history()->selectRuns({id});
    QCOMPARE(window_->history()->selectedIds().size(), std::size_t(1));
    window_->history()->openSelected();
    QCOMPARE(window_->page()->params().num("workers"), saved.num("workers"));
    QCOMPARE(window_->page()->params().num("arrival_rate"), saved.num("arrival_rate"));
    QVERIFY(window_->page()->simResult().has_value());
    QCOMPARE(window_->page()->simResult()->runId, id);
    QVERIFY(!window_->page()
                 ->metricTable()
                 ->cellText("sojourn_ms", amp::widgets::MetricTable::SimColumn)
                 .isEmpty());
  }

  void theModelsFormulaKeepsItsLines() {
    // The formula under "The model" is several lines with subscripts (W_master, ρ_m): each line
    // stays a line and every underscore stays, not Markdown's one paragraph in italics.
    QVERIFY(window_->openLab(QStringLiteral("foundations")));
    const QString text = window_->page()->textView()->toPlainText();
    const std::string formula =
        window_->page()->lab().model(amp::run::defaults(window_->page()->lab().params())).formula;
    QVERIFY(formula.find('\n') != std::string::npos);
    for (const QString& line : QString::fromStdString(formula).split(QLatin1Char('\n')))
      QVERIFY2(text.contains(QLatin1Char('\n') + line + QLatin1Char('\n')) ||
                   text.endsWith(QLatin1Char('\n') + line),
               qPrintable(line));
  }

  void deleteAndUndo() {
    auto* history = window_->history();
    history->refresh();
    const int before = history->list()->topLevelItemCount();
    QVERIFY(before >= 1);
    const qint64 id = history->list()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
    history->renameRun(id, QStringLiteral("six workers"));
    QVERIFY(history->list()->topLevelItem(0)->text(0).contains(QStringLiteral("six workers")));
    history->deleteRuns({id});
    QCOMPARE(history->list()->topLevelItemCount(), before - 1);
    QVERIFY(history->canUndo());
    history->undoDelete();
    QCOMPARE(history->list()->topLevelItemCount(), before);
    QVERIFY(store_->load(id).has_value());
  }

  void compareTwoRuns() {
    LabPage* page = window_->page();
    makeQuick(page);
    page->paramPanel()->setNumber("workers", 3);
    page->run();
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->running() && page->simResult().has_value() && page->simResult()->params.num("workers") == 3.0,
        kRunTimeoutMs);
    auto* history = window_->history();
    QTRY_VERIFY(history->list()->topLevelItemCount() >= 2);
    std::vector<qint64> ids;
    for (int i = 0; i < 2; ++i)
      ids.push_back(history->list()->topLevelItem(i)->data(0, Qt::UserRole).toLongLong());
    history->selectRuns(ids);
    history->compareSelected();
    QVERIFY(window_->page()->metricTable()->comparing());
    QVERIFY(window_->page()->metricTable()->verdictText().contains(QStringLiteral("workers")));
  }

  void chartsExportPngSvgPdf() {
    LabPage* page = window_->page();
    QVERIFY(page->simResult().has_value());
    QTemporaryDir dir;
    int i = 0;
    for (auto* chart : page->charts()) {
      for (const char* fmt : {"png", "svg", "pdf"}) {
        const QString file = dir.filePath(QStringLiteral("chart%1.%2").arg(i).arg(fmt));
        QCOMPARE(chart->saveTo(file, QSize(640, 400)), QString());
        QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
      }
      ++i;
    }
    // The windowless export the command line uses.
    const auto* lab = amp::labs::findLab("foundations");
    for (const auto& spec : lab->charts())
      for (const char* fmt : {"png", "svg", "pdf"}) {
        const QString file = dir.filePath(QStringLiteral("%1.%2").arg(QString::fromStdString(spec.id), fmt));
        QCOMPARE(amp::widgets::exportChart(*lab, spec, *page->simResult(), file), QString());
        QVERIFY(QFileInfo(file).size() > 0);
      }
  }

  void sweepRunsInTheBackgroundAndCharts() {
    QVERIFY(window_->openLab(QStringLiteral("foundations")));
    auto* sweep = window_->page()->sweepPanel();
    sweep->setSweep("arrival_rate", 2, 6, 3, false, 2);
    sweep->startSweep();
    QVERIFY(sweep->running());
    QTRY_VERIFY_WITH_TIMEOUT(!sweep->running(), kRunTimeoutMs);
    QCOMPARE(sweep->points().size(), std::size_t(3));
    QCOMPARE(sweep->points().front().value, 2.0);
    QCOMPARE(sweep->points().back().value, 6.0);
    // Points with CI bars next to the model curve.
    bool points = false, curve = false;
    for (const auto& l : sweep->chart()->plot().layers) {
      points =
          points || (l.style == amp::widgets::LayerStyle::Points && l.x.size() == 3 && l.errPlus.size() == 3);
      curve = curve || (l.style == amp::widgets::LayerStyle::Line && l.x.size() > 3);
    }
    QVERIFY(points);
    QVERIFY(curve);
    // Common random numbers: every point ran with the same seed.
    for (const auto& p : sweep->points()) QCOMPARE(p.result.seed, sweep->points().front().result.seed);
  }

  void sweepOfTwoParametersDrawsAHeatMap() {
    QVERIFY(window_->openLab(QStringLiteral("foundations")));
    auto* sweep = window_->page()->sweepPanel();
    sweep->setSweep("arrival_rate", 2, 6, 3, false, 2);
    sweep->setSecond("workers", 4, 6, 2);
    sweep->startSweep();
    QTRY_VERIFY_WITH_TIMEOUT(!sweep->running(), kRunTimeoutMs);
    QCOMPARE(sweep->points().size(), std::size_t(3 * 2));
    QCOMPARE(sweep->sweptKey2(), std::string("workers"));
    QCOMPARE(sweep->points().back().value2, 6.0);
    const auto& layers = sweep->chart()->plot().layers;
    QCOMPARE(layers.size(), std::size_t(1));
    QCOMPARE(layers.front().style, amp::widgets::LayerStyle::Cells);
    QCOMPARE(layers.front().z.size(), 6);
    for (double z : layers.front().z) QVERIFY(z > 0);  // every cell measured
    sweep->setSecond("", 0, 0, 2);                     // back to one parameter for the tests after
  }

  void exerciseAgainstTheModelIsGradedAndStored() {
    QVERIFY(window_->openLab(QStringLiteral("foundations")));
    LabPage* page = window_->page();
    auto* ex = page->exercisePanel();
    QVERIFY(ex->count() > 0);
    page->resetRun();  // leaves the comparison of the earlier test
    // Predict, then run: the model's answers are out of sight while the exercises are open.
    page->showTab(2);
    QVERIFY(page->metricTable()->modelHidden());
    QVERIFY(page->metricTable()->table()->isColumnHidden(amp::widgets::MetricTable::ModelColumn));
    page->showTab(0);
    QVERIFY(!page->metricTable()->modelHidden());
    page->showTab(2);
    const auto& e = ex->exercise(0);
    QCOMPARE(e.answerFrom, amp::run::Mode::Model);
    const auto before = store_->attempts(QStringLiteral("foundations")).size();
    ex->setPrediction(0, 1.0);  // far off
    ex->check(0);
    auto attempts = store_->attempts(QStringLiteral("foundations"));
    QVERIFY2(
        attempts.size() == before + 1,
        qPrintable(QStringLiteral("%1 -> %2: %3").arg(before).arg(attempts.size()).arg(ex->gradeText(0))));
    QVERIFY(!attempts.back().passed);
    ex->setPrediction(0, page->model().values.at(e.metric));
    ex->check(0);
    attempts = store_->attempts(QStringLiteral("foundations"));
    QCOMPARE(attempts.size(), before + 2);
    QVERIFY(attempts.back().passed || attempts.front().passed);
  }

  void anAssignmentGivesTheExercisesTheStudentsNumbers() {
    QVERIFY(window_->openLab(QStringLiteral("foundations")));
    LabPage* page = window_->page();
    const amp::run::Lab& lab = page->lab();
    const amp::run::Exercise own = lab.exercises().front();
    const auto mine = amp::run::assignExercise(lab, own, 7, "alice");
    QVERIFY(mine.setup != own.setup);
    page->setAssignment(7, QStringLiteral("alice"));
    auto* ex = page->exercisePanel();
    QCOMPARE(ex->exercise(0).setup, mine.setup);
    QCOMPARE(ex->exercise(0).prompt, mine.prompt);
    // Check applies the student's numbers and grades the prediction against them.
    page->showTab(2);
    ex->setPrediction(0, lab.model(mine.params).values.at(own.metric));
    ex->check(0);
    QCOMPARE(page->params(), mine.params);
    QVERIFY2(store_->attempts(QStringLiteral("foundations")).back().passed, qPrintable(ex->gradeText(0)));
    page->setAssignment(7, {});
    QCOMPARE(ex->exercise(0).setup, own.setup);
  }

  void presentationModeToggles() {
    window_->page()->showTab(0);
    const qreal normal = window_->font().pointSizeF();
    window_->presentationAction()->trigger();
    QVERIFY(window_->presentation());
    QVERIFY(window_->windowState() & Qt::WindowFullScreen);
    QVERIFY(window_->font().pointSizeF() > normal * 1.3);
    QVERIFY(!window_->history()->isVisible());
    QVERIFY(!window_->page()->metricTable()->isVisible());
    QVERIFY(window_->page()->paramPanel()->isVisible());
    // Keyboard driven: Space starts a run, Escape leaves.
    makeQuick(window_->page());
    QTest::keyClick(window_.get(), Qt::Key_Space);
    QVERIFY(window_->page()->running());
    QTest::keyClick(window_.get(), Qt::Key_Escape);
    QVERIFY(!window_->presentation());
    QVERIFY(!(window_->windowState() & Qt::WindowFullScreen));
    QCOMPARE(window_->font().pointSizeF(), normal);
    QVERIFY(window_->page()->metricTable()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!window_->page()->running(), kRunTimeoutMs);
  }

  void settingsRestoreLastLabAndParameters() {
    QVERIFY(window_->openLab(QStringLiteral("foundations")));
    window_->page()->paramPanel()->setNumber("workers", 7);
    window_->saveSettings();
    MainWindow second(store_, QString());
    second.openInitialLab();
    QVERIFY(second.page() != nullptr);
    QCOMPARE(second.page()->labId(), QStringLiteral("foundations"));
    QCOMPARE(second.page()->params().num("workers"), 7.0);
  }

  void unopenableDatabaseIsShownNotFatal() {
    MainWindow w(std::make_shared<amp::app::RunStore>(), QStringLiteral("database is locked"));
    w.openInitialLab();
    QVERIFY(w.windowErrorText().contains(QStringLiteral("database is locked")));
    QVERIFY(w.page() != nullptr);
  }
};

QTEST_MAIN(TestGuiWindow)
#include "test_gui_window.moc"
