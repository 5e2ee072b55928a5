// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Every lab looks right at 1280×800: each registered lab (and the fixture lab that lives only in
// the tests) is opened offscreen, run briefly in each face it has, and checked for what a student
// would notice. One screenshot per lab and face goes to conformance/ in the build folder.
#include <QAbstractButton>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "amp/labs/registry.h"
#include "gui/lab_browser.h"
#include "gui/lab_page.h"
#include "job_lab/job_lab.h"
#include "store/run_store.h"
#include "widgets/ceiling_panel.h"
#include "widgets/chart_widget.h"
#include "widgets/queue_view.h"

using amp::app::LabPage;

namespace {

constexpr int kRunTimeoutMs = 180000;

/// The parameter keys a student must never read as a label: those that are not plain words.
QStringList rawKeys(const amp::run::Lab& lab) {
  QStringList keys;
  for (const auto& p : lab.params())
    if (p.key.find('_') != std::string::npos) keys << QString::fromStdString(p.key);
  return keys;
}

/// Every text a student sees on `root` (labels, buttons, group titles), not tooltips.
QStringList visibleTexts(QWidget* root) {
  QStringList out;
  for (auto* l : root->findChildren<QLabel*>())
    if (l->isVisibleTo(root)) out << l->text();
  for (auto* b : root->findChildren<QAbstractButton*>())
    if (b->isVisibleTo(root)) out << b->text();
  for (auto* g : root->findChildren<QGroupBox*>())
    if (g->isVisibleTo(root)) out << g->title();
  return out;
}

/// The words of a chart a student reads: title, axis titles, legend, categories, line labels.
QStringList chartTexts(const amp::widgets::PlotData& d) {
  QStringList out{d.title, d.xLabel, d.yLabel};
  out << d.categories << d.yCategories;
  for (const auto& l : d.layers) out << l.name << l.label;
  return out;
}

QString containsKey(const QStringList& texts, const QStringList& keys) {
  for (const auto& t : texts)
    for (const auto& k : keys)
      if (t.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(k)))))
        return QStringLiteral("'%1' shows the key %2").arg(t, k);
  return {};
}

}  // namespace

class TestConformance : public QObject {
  Q_OBJECT

  std::shared_ptr<amp::app::RunStore> store_;
  QTemporaryDir dir_;
  amp::fixtures::JobLab fixture_;
  QString shots_;

  std::vector<const amp::run::Lab*> labs() const {
    std::vector<const amp::run::Lab*> all;
    for (const auto& l : amp::labs::allLabs()) all.push_back(l.get());
    all.push_back(&fixture_);
    return all;
  }

  /// Runs the page in `mode` briefly and waits for the end; false when it did not end.
  static bool runBriefly(LabPage& page, LabPage::PageMode mode) {
    page.setSpeedIndex(LabPage::flatOutSpeedIndex());
    page.setRunLength(mode == LabPage::PageMode::Real ? 1.0 : 20.0, 2);
    page.setMode(mode);
    page.run();
    return QTest::qWaitFor([&] { return !page.running(); }, kRunTimeoutMs);
  }

  void check(const amp::run::Lab& lab, LabPage::PageMode mode, const char* face) {
    LabPage page(lab, store_);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    if (mode != LabPage::PageMode::Model) QVERIFY2(runBriefly(page, mode), "the run did not end");
    QTest::qWait(200);  // a few frames: charts replot, the animation paints
    const QString where = QString::fromStdString(lab.info().id) + QLatin1Char('/') + QLatin1String(face);

    // Station boxes of the queue picture never overlap.
    if (page.queueView()->isVisibleTo(&page)) {
      const auto rects = page.queueView()->stationRects();
      for (std::size_t i = 0; i < rects.size(); ++i)
        for (std::size_t j = i + 1; j < rects.size(); ++j)
          QVERIFY2(!rects[i].intersects(rects[j]),
                   qPrintable(where + QStringLiteral(
                                          ": station boxes %1 and %2 overlap (%3,%4 %5×%6 and %7,%8 %9×%10)")
                                          .arg(i)
                                          .arg(j)
                                          .arg(rects[i].x())
                                          .arg(rects[i].y())
                                          .arg(rects[i].width())
                                          .arg(rects[i].height())
                                          .arg(rects[j].x())
                                          .arg(rects[j].y())
                                          .arg(rects[j].width())
                                          .arg(rects[j].height())));
    }

    // No label, button or chart word is a raw parameter key.
    const QStringList keys = rawKeys(lab);
    QStringList texts = visibleTexts(&page);
    for (auto* chart : page.charts())
      if (chart->isVisibleTo(&page)) texts << chartTexts(chart->plot());
    const QString raw = containsKey(texts, keys);
    QVERIFY2(raw.isEmpty(), qPrintable(where + QStringLiteral(": ") + raw));

    // A panel that shows is never empty, and the ceiling shows only where the lab declares one.
    bool declaresCeiling = false;
    for (const auto& p : lab.panels())
      declaresCeiling = declaresCeiling || p.kind == amp::run::PanelKind::Ceiling;
    QCOMPARE(page.ceilingPanel()->isVisibleTo(&page), declaresCeiling);
    QCOMPARE(page.ceilingPanel()->applicable(), declaresCeiling);

    // After a run every chart has something to show; tick labels of categories never collide.
    for (auto* chart : page.charts()) {
      if (!chart->isVisibleTo(&page)) continue;
      const QString name = where + QStringLiteral(": chart '%1'").arg(chart->plot().title);
      if (mode != LabPage::PageMode::Model)
        QVERIFY2(chart->plot().hasData(), qPrintable(name + " has no data"));
      if (chart->tickLabelsCollide())  // keep a picture of what failed
        chart->grab().save(
            shots_ + QStringLiteral("/%1_%2_collision.png").arg(QString::fromStdString(lab.info().id), face));
      QVERIFY2(!chart->tickLabelsCollide(),
               qPrintable(name + QStringLiteral(" has colliding axis labels at %1×%2")
                                     .arg(chart->width())
                                     .arg(chart->height())));
    }

    QVERIFY(page.grab().save(shots_ +
                             QStringLiteral("/%1_%2.png").arg(QString::fromStdString(lab.info().id), face)));
  }

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    store_ = std::make_shared<amp::app::RunStore>();
    QCOMPARE(store_->open(dir_.filePath("conformance.db")), QString());
    shots_ = QStringLiteral(AMP_CONFORMANCE_SHOTS);  // in the build folder, wherever the test is started
    QVERIFY(QDir().mkpath(shots_));
  }

  void everyLabLooksRight_data() {
    QTest::addColumn<int>("lab");
    QTest::addColumn<int>("mode");
    const auto all = labs();
    for (std::size_t i = 0; i < all.size(); ++i) {
      const std::string id = all[i]->info().id;
      QTest::newRow((id + "/model").c_str()) << int(i) << int(LabPage::PageMode::Model);
      if (all[i]->hasSim()) QTest::newRow((id + "/sim").c_str()) << int(i) << int(LabPage::PageMode::Sim);
      if (all[i]->hasReal()) QTest::newRow((id + "/real").c_str()) << int(i) << int(LabPage::PageMode::Real);
    }
  }
  void everyLabLooksRight() {
    QFETCH(int, lab);
    QFETCH(int, mode);
    static const char* const faces[] = {"model", "sim", "real", "compare"};
    check(*labs()[static_cast<std::size_t>(lab)], static_cast<LabPage::PageMode>(mode), faces[mode]);
  }

  void labNamesAreReadableInTheBrowser() {
    amp::app::LabBrowser browser;
    browser.resize(300, 760);  // the browser's share of a 1280×800 window
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QTreeWidget* tree = browser.tree();
    int checked = 0;
    for (int c = 0; c < tree->topLevelItemCount(); ++c) {
      QTreeWidgetItem* category = tree->topLevelItem(c);
      for (int i = 0; i < category->childCount(); ++i) {
        QTreeWidgetItem* item = category->child(i);
        if (!(item->flags() & Qt::ItemIsSelectable)) continue;  // "(no labs yet)" under an empty category
        const QRect rect = tree->visualItemRect(item);
        const int needed = tree->fontMetrics().horizontalAdvance(item->text(0));
        const bool fits = needed <= rect.width() - tree->indentation() ||
                          (tree->wordWrap() && rect.height() >= 2 * tree->fontMetrics().height());
        QVERIFY2(fits, qPrintable(QStringLiteral("'%1' is cut off").arg(item->text(0))));
        ++checked;
      }
    }
    QCOMPARE(checked, static_cast<int>(amp::labs::allLabs().size()));
  }
};

QTEST_MAIN(TestConformance)
#include "test_conformance.moc"
