// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// What a student who works without a mouse, with a screen reader, on a dark desktop or on a 2×
// screen meets: every control named, the main flow by keys alone, charts and the animation in
// the desktop's colours and at its pixel ratio. The whole suite runs at QT_SCALE_FACTOR=2.
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QPixmap>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <cstdlib>
#include <functional>

#include "amp/labs/registry.h"
#include "gui/lab_browser.h"
#include "gui/lab_page.h"
#include "gui/main_window.h"
#include "main_window_fixture.h"
#include "store/run_store.h"
#include "widgets/accessibility.h"
#include "widgets/chart_widget.h"
#include "widgets/format.h"
#include "widgets/param_panel.h"
#include "widgets/queue_view.h"

using amp::app::LabPage;
using amp::app::MainWindow;

namespace {

constexpr int kRunTimeoutMs = 120000;

/// Where `w` sits, for a message a reader can act on: "QSpinBox in SweepPanel".
QString describe(const QWidget* w) {
  QString where = QString::fromLatin1(w->metaObject()->className());
  if (!w->objectName().isEmpty()) where += QLatin1Char('#') + w->objectName();
  for (const QWidget* p = w->parentWidget(); p != nullptr; p = p->parentWidget())
    if (QString::fromLatin1(p->metaObject()->className()).startsWith(QLatin1String("amp::"))) {
      where += QStringLiteral(" in ") + QString::fromLatin1(p->metaObject()->className());
      break;
    }
  if (!w->toolTip().isEmpty())
    where += QStringLiteral(" (tooltip: ") + w->toolTip().left(40) + QLatin1Char(')');
  return where;
}

/// Every widget shown under `root` that Tab reaches (its own focus, not a proxy's) and that a
/// screen reader would announce by its kind alone.
QStringList unnamed(QWidget* root) {
  QStringList out;
  for (QWidget* w : root->findChildren<QWidget*>()) {
    if (!w->isVisible() || w->window() != root->window()) continue;
    if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() != nullptr) continue;
    if (amp::widgets::spokenName(w).isEmpty()) out << describe(w);
  }
  return out;
}

QColor pixelAt(QWidget* w, QPoint logical) {
  const QImage img = w->grab().toImage();
  const double ratio = img.devicePixelRatio();
  return img.pixelColor(QPoint(static_cast<int>(logical.x() * ratio), static_cast<int>(logical.y() * ratio)));
}

bool near(const QColor& a, const QColor& b) {
  return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) <= 24;
}

QPalette darkPalette() {
  QPalette p;
  p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
  p.setColor(QPalette::WindowText, Qt::white);
  p.setColor(QPalette::Base, QColor(0x24, 0x24, 0x24));
  p.setColor(QPalette::AlternateBase, QColor(0x30, 0x30, 0x30));
  p.setColor(QPalette::Text, Qt::white);
  p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
  p.setColor(QPalette::ButtonText, Qt::white);
  p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
  p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
  return p;
}

/// The registry's first lab that simulates and whose first parameter is a number: the one the
/// keyboard flow works on.
const amp::run::Lab* flowLab() {
  for (const auto& lab : amp::labs::allLabs()) {
    const auto params = lab->params();
    if (lab->hasSim() && !params.empty() &&
        (params.front().kind == amp::run::ParamKind::Real ||
         params.front().kind == amp::run::ParamKind::Integer) &&
        params.front().max > params.front().def)
      return lab.get();
  }
  return nullptr;
}

/// Runs `action`, which opens a modal dialog or a popup menu, hands what it opened to `look` and
/// closes it; false when nothing opened.
bool whileOpen(const std::function<void()>& action, const std::function<void(QWidget*)>& look) {
  bool fired = false, seen = false;
  QTimer::singleShot(300, [&] {
    QWidget* open = QApplication::activePopupWidget();
    if (open == nullptr) open = QApplication::activeModalWidget();
    seen = open != nullptr;
    look(open);
    if (open != nullptr) open->close();
    fired = true;
  });
  action();
  return QTest::qWaitFor([&] { return fired; }, 5000) && seen;
}

}  // namespace

class TestAccessibility : public QObject {
  Q_OBJECT

  std::shared_ptr<amp::app::RunStore> store_;
  std::unique_ptr<MainWindow> window_;

  QWidget* focused() const { return QApplication::focusWidget(); }
  /// The page shown; the keyboard flow's lab when a test runs on its own.
  LabPage* page() const {
    if (window_->page() == nullptr) window_->openLab(QString::fromStdString(flowLab()->info().id));
    return window_->page();
  }

 private slots:
  void initTestCase() { amp::testing::openMainWindow(QStringLiteral("amplab-test-a11y"), store_, window_); }

  void cleanupTestCase() {
    window_.reset();
    store_.reset();
  }

  void theApplicationHasItsIcon() {
    QVERIFY(!QApplication::windowIcon().isNull());
    QVERIFY(!QApplication::windowIcon().pixmap(64).isNull());
  }

  void everyControlOfEveryLabHasAName() {
    QStringList problems;
    for (const auto& lab : amp::labs::allLabs()) {
      const QString id = QString::fromStdString(lab->info().id);
      QVERIFY2(window_->openLab(id), qPrintable(id));
      LabPage* page = window_->page();
      // Each tab of the left column in turn: a hidden tab's controls are not shown.
      for (int tab = 0; tab < 5; ++tab) {
        page->showTab(tab);
        QCoreApplication::processEvents();
        for (const QString& p : unnamed(window_.get())) problems << id + QStringLiteral(": ") + p;
      }
      // A chart says which it is: its title, for the charts that have one.
      for (amp::widgets::ChartWidget* chart : page->charts())
        if (!chart->plot().title.isEmpty() &&
            !chart->accessibleName().contains(chart->plot().title.section(QLatin1Char('\n'), 0, 0)))
          problems << id + QStringLiteral(": chart '%1' is named '%2'")
                               .arg(chart->plot().title, chart->accessibleName());
      QVERIFY(!page->queueView()->accessibleName().isEmpty());
    }
    // The check itself: a spin box without a label or a name is caught.
    auto* bare = new QSpinBox(window_->page());
    bare->setObjectName(QStringLiteral("bare"));
    bare->show();
    QVERIFY(unnamed(window_.get()).join(QLatin1Char('\n')).contains(QLatin1String("QSpinBox#bare")));
    delete bare;
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("unnamed controls:\n") + problems.join(QLatin1Char('\n'))));
  }

  void chooseSetRunPauseStepAndExportByKeysAlone() {
    const amp::run::Lab* lab = flowLab();
    QVERIFY(lab != nullptr);
    const QString target = QString::fromStdString(lab->info().id);
    const amp::run::ParamSpec first = lab->params().front();
    // Start from another lab: the keyboard has to choose this one.
    QVERIFY(window_->openLab(QString::fromStdString(amp::labs::allLabs().back()->info().id)));
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));

    // Ctrl+L: the lab list; arrows to the lab; Enter opens it with the keyboard on its first parameter.
    QTest::keyClick(window_.get(), Qt::Key_L, Qt::ControlModifier);
    QTreeWidget* tree = window_->browser()->tree();
    QTRY_COMPARE(focused(), static_cast<QWidget*>(tree));
    QTest::keyClick(tree, Qt::Key_Home);
    for (int i = 0; i < 60 && tree->currentItem() != nullptr &&
                    tree->currentItem()->data(0, Qt::UserRole).toString() != target;
         ++i)
      QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), target);
    QTest::keyClick(tree, Qt::Key_Return);
    LabPage* page = window_->page();
    QCOMPARE(page->labId(), target);
    QWidget* slider = page->paramPanel()->editor(first.key);
    QTRY_COMPARE(focused(), slider);

    // A parameter: End moves the slider to the top of its range; Tab and typing set the number.
    QTest::keyClick(focused(), Qt::Key_End);
    QVERIFY(page->params().num(first.key) > first.def);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QVERIFY2(qobject_cast<QAbstractSpinBox*>(focused()) != nullptr ||
                 qobject_cast<QAbstractSpinBox*>(focused()->parentWidget()) != nullptr,
             qPrintable(describe(focused())));
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused(), QLocale().toString(first.def));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(page->params().num(first.key), first.def);

    // Simulation (Ctrl+2); run, pause, step, resume: the Run menu's keys, wherever the keyboard is.
    page->setRunLength(60.0, 2);  // a short run: this checks the keys, not the statistics
    QTest::keyClick(focused(), Qt::Key_2, Qt::ControlModifier);
    QVERIFY(page->mode() == LabPage::PageMode::Sim);
    QTest::keyClick(focused(), Qt::Key_F5);
    QTRY_VERIFY(page->running());
    QTest::keyClick(focused(), Qt::Key_F6);
    QTRY_VERIFY(page->session()->paused());
    const double before = page->session()->simTime();
    QTest::keyClick(focused(), Qt::Key_F7);
    QTRY_VERIFY(page->session()->simTime() > before);
    QVERIFY(page->session()->paused());
    QTest::keyClick(focused(), Qt::Key_F6);
    QTRY_VERIFY(!page->session()->paused());
    for (int i = 0; i < 6; ++i) QTest::keyClick(focused(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(page->speedIndex(), LabPage::flatOutSpeedIndex());
    QTRY_VERIFY_WITH_TIMEOUT(!page->running(), kRunTimeoutMs);

    // Export: Tab reaches a chart, whose menu key offers PNG, SVG and PDF; Ctrl+E the report.
    amp::widgets::ChartWidget* chart = nullptr;
    for (int i = 0; i < 300 && chart == nullptr; ++i) {
      QTest::keyClick(focused(), Qt::Key_Tab);
      chart = qobject_cast<amp::widgets::ChartWidget*>(focused());
    }
    QVERIFY2(chart != nullptr, "Tab never reached a chart");
    int formats = 0;
    QVERIFY(whileOpen([&] { QTest::keyClick(chart, Qt::Key_Menu); },
                      [&](QWidget* open) {
                        if (auto* menu = qobject_cast<QMenu*>(open))
                          formats = static_cast<int>(menu->actions().size());
                      }));
    QCOMPARE(formats, 3);
    QString title;
    QVERIFY(whileOpen([&] { QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier); },
                      [&](QWidget* open) {
                        if (auto* dialog = qobject_cast<QDialog*>(open)) title = dialog->windowTitle();
                      }));
    QVERIFY2(!title.isEmpty(), "Ctrl+E opened no report");
  }

  void aFocusedChartShowsItsFocus() {
    window_->activateWindow();  // a dialog closed a moment ago
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    amp::widgets::ChartWidget* chart = page()->charts().front();
    chart->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chart->hasFocus());
    const QColor highlight = chart->palette().color(QPalette::Highlight);
    QVERIFY(near(pixelAt(chart, QPoint(0, chart->height() / 2)), highlight));
    window_->browser()->tree()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(!chart->hasFocus());
    QVERIFY(!near(pixelAt(chart, QPoint(0, chart->height() / 2)), highlight));
  }

  void theAnimationIsReachedByTabAndSaysWhatItShows() {
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    LabPage* page = this->page();
    page->showTab(0);
    amp::widgets::QueueView* queue = page->queueView();
    QTRY_VERIFY(queue->isVisible());
    // From the first parameter, Tab alone gets there; a frame in the highlight colour shows it.
    page->focusControls();
    QTRY_VERIFY(focused() != nullptr);
    for (int i = 0; i < 300 && focused() != queue; ++i) QTest::keyClick(focused(), Qt::Key_Tab);
    QVERIFY2(focused() == queue, "Tab never reached the queue animation");
    const QColor highlight = queue->palette().color(QPalette::Highlight);
    QVERIFY(near(pixelAt(queue, QPoint(0, queue->height() / 2)), highlight));
    QCOMPARE(amp::widgets::spokenName(queue), QStringLiteral("Queue animation"));
    for (const auto& st : page->session()->live().stations())
      QVERIFY2(queue->accessibleDescription().contains(amp::widgets::labText(st.name)),
               qPrintable(queue->accessibleDescription()));

    // Running, the description follows what is shown, a few times a second and not every frame.
    page->setRunLength(600.0, 1);
    page->setSpeedIndex(1);  // 10×
    page->run();
    QTRY_VERIFY(page->running());
    const std::uint64_t frames = queue->framesPainted();
    QStringList said{queue->accessibleDescription()};
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 2000) {
      QTest::qWait(10);
      if (queue->accessibleDescription() != said.back()) said << queue->accessibleDescription();
    }
    QVERIFY2(said.size() >= 2, qPrintable(said.join('\n')));
    QVERIFY2(said.size() <= 2000 / 500 + 2, qPrintable(said.join('\n')));
    QVERIFY2(queue->framesPainted() > frames + 2 * said.size(),
             qPrintable(QString::number(queue->framesPainted() - frames)));
    QVERIFY(said.back().contains(QLatin1String("arrivals")));

    // Space pauses and resumes, as F6 does.
    QVERIFY(queue->hasFocus());
    QTest::keyClick(queue, Qt::Key_Space);
    QTRY_VERIFY(page->session()->paused());
    QTest::keyClick(queue, Qt::Key_Space);
    QTRY_VERIFY(!page->session()->paused());
    page->resetRun();
    QTRY_VERIFY(!page->running());
  }

  void chartsAndAnimationFollowADarkPalette() {
    LabPage* page = this->page();
    page->showTab(0);
    amp::widgets::ChartWidget* chart = page->charts().front();
    amp::widgets::QueueView* queue = page->queueView();
    const QPalette light = QApplication::palette();
    const QPalette dark = darkPalette();
    QVERIFY(near(pixelAt(chart, QPoint(6, 6)), light.color(QPalette::Base)));

    QApplication::setPalette(dark);
    QTRY_VERIFY(near(pixelAt(chart, QPoint(6, 6)), dark.color(QPalette::Base)));
    if (queue->isVisible())
      QVERIFY(near(pixelAt(queue, QPoint(queue->width() - 3, 3)), dark.color(QPalette::Base)));
    // For a look at the whole window in the dark (at 2×), once every chart's queued replot ran:
    // AMP_A11Y_SHOTS=DIR.
    if (const QString dir = qEnvironmentVariable("AMP_A11Y_SHOTS"); !dir.isEmpty()) {
      QTest::qWait(300);
      QVERIFY(window_->grab().save(dir + QStringLiteral("/dark.png")));
    }

    // Back to light: the change is followed both ways, while the program runs.
    QApplication::setPalette(light);
    QTRY_VERIFY(near(pixelAt(chart, QPoint(6, 6)), light.color(QPalette::Base)));
  }

  void chartsAndAnimationAreDrawnAtTheScreensPixelRatio() {
    LabPage* page = this->page();
    QCOMPARE(window_->devicePixelRatioF(), 2.0);
    for (amp::widgets::ChartWidget* chart : page->charts())
      if (chart->isVisible()) QCOMPARE(chart->pixelRatio(), 2.0);
    amp::widgets::QueueView* queue = page->queueView();
    const QPixmap shot = queue->grab();
    QCOMPARE(shot.devicePixelRatio(), 2.0);
    QCOMPARE(shot.width(), queue->width() * 2);
  }
};

int main(int argc, char** argv) {
  // A 2× screen: what a HiDPI laptop or a projector set to 200% gives.
  qputenv("QT_SCALE_FACTOR", "2");
  QApplication app(argc, argv);
  TestAccessibility test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_accessibility.moc"
