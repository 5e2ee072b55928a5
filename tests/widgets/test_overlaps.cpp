// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// What a student reads is neither covered nor off to the side: a lab text's code block (a flow
// diagram) in a narrow column, and the labels of a chart's lines near one another.
#include <QApplication>
#include <QScrollBar>
#include <QTest>

#include "widgets/chart_widget.h"
#include "widgets/page_view.h"
#include "widgets/plot_data.h"

using amp::widgets::ChartWidget;
using amp::widgets::LayerStyle;
using amp::widgets::PageView;
using amp::widgets::PlotData;
using amp::widgets::PlotLayer;

namespace {
const QString kPage = QStringLiteral(
    "# A lab\n\nSome words that wrap as the column narrows, like any paragraph.\n\n"
    "```\narrivals ──λ──▶ [ master: 1 core, S_m ] ──▶ [ workers: c cores, S_w each ] ──▶ done\n```\n\n"
    "More words after the diagram.\n");
}  // namespace

class TestOverlaps : public QObject {
  Q_OBJECT

 private slots:
  void aCodeBlockFitsTheColumnInsteadOfScrollingSideways() {
    PageView view;
    view.resize(900, 400);
    view.setPage(kPage);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.codeScales(), std::vector<double>{1.0});  // wide enough: as written
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0);

    // The About column's width: the diagram is set smaller and still fits.
    view.resize(580, 400);
    QTRY_VERIFY(view.codeScales().front() < 1.0);
    QVERIFY(view.codeScales().front() >= PageView::kMinCodeScale);
    QTRY_COMPARE(view.horizontalScrollBar()->maximum(), 0);

    // Narrower than the smallest size allows: its own size, its lines wrap, and the page still
    // does not scroll sideways.
    view.resize(220, 400);
    QTRY_COMPARE(view.codeScales().front(), 1.0);
    QTRY_COMPARE(view.horizontalScrollBar()->maximum(), 0);
    QVERIFY(view.toPlainText().contains(QStringLiteral("[ master: 1 core, S_m ]")));  // text unchanged

    // Wide again: back to its own size on one line.
    view.resize(900, 400);
    QTRY_COMPARE(view.horizontalScrollBar()->maximum(), 0);
    QCOMPARE(view.codeScales().front(), 1.0);
  }

  void aLinesLabelDoesNotCoverAnothers() {
    // A ceiling near the top and "you are here" just left of where the ceiling's label ends: the
    // capacity chart of a master/worker lab, in a language with long words.
    PlotData d;
    PlotLayer curve;
    curve.x = {1, 2, 4, 8, 16, 32, 64};
    curve.y = {2.5, 5, 10, 10, 10, 10, 10};
    d.layers.push_back(curve);
    PlotLayer ceiling;
    ceiling.style = LayerStyle::HLine;
    ceiling.y = {10};
    ceiling.label = QStringLiteral("Obergrenze des Masters 10");
    d.layers.push_back(ceiling);
    PlotLayer here;
    here.style = LayerStyle::VLine;
    here.x = {40};
    here.label = QStringLiteral("Sie sind hier");
    d.layers.push_back(here);
    d.logX = true;

    ChartWidget chart;
    chart.resize(420, 260);
    chart.setPlot(d);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTest::qWait(100);
    const auto covered = [&] {
      const std::vector<QRectF> r = chart.lineLabelRects();
      return r.size() == 2 && r[0].intersects(r[1]);
    };
    QTRY_VERIFY(!covered());
    QCOMPARE(chart.lineLabelRects().size(), std::size_t{2});

    // A line low in the chart leaves the top free: the label stays there, above the other.
    d.layers[1].y = {2};
    chart.setPlot(d);
    QTest::qWait(100);
    QVERIFY(!covered());
    const std::vector<QRectF> r = chart.lineLabelRects();
    QVERIFY2(r[1].bottom() < r[0].top(), "the label moved although nothing was in its way");
  }

  void aLinesLabelStaysClearOfTheLegend() {
    // The group-commit chart: a curve high on the left, flat from the middle on; "you are here" in
    // the middle and a long label at the left line, both reaching right, into the top-right corner.
    PlotData d;
    PlotLayer model;
    model.name = QStringLiteral("Modell");
    model.x = {1, 2, 4, 8, 16, 32, 64};
    model.y = {17.5, 8.6, 9.1, 9.3, 9.3, 9.3, 9.3};
    d.layers.push_back(model);
    PlotLayer sim;
    sim.name = QStringLiteral("Simulation");
    sim.style = LayerStyle::Points;
    sim.x = {8};
    sim.y = {9.3};
    d.layers.push_back(sim);
    PlotLayer best;
    best.style = LayerStyle::VLine;
    best.x = {2};
    best.label = QStringLiteral("Beste Obergrenze der Gruppengröße 2 Schreibvorgänge");
    d.layers.push_back(best);
    PlotLayer here;
    here.style = LayerStyle::VLine;
    here.x = {8};
    here.label = QStringLiteral("Sie sind hier");
    d.layers.push_back(here);
    d.logX = true;

    ChartWidget chart;
    chart.resize(320, 240);
    chart.setPlot(d);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTest::qWait(100);
    QVERIFY(!chart.legendRect().isEmpty());
    const auto clear = [&] {
      for (const QRectF& r : chart.lineLabelRects())
        if (r.intersects(chart.legendRect())) return false;
      return true;
    };
    QTRY_VERIFY(clear());
    // The long label is not cut at the plot's right edge.
    QVERIFY2(chart.lineLabelRects().front().right() <= chart.width(),
             qPrintable(QStringLiteral("%1 %2 %3")
                            .arg(chart.lineLabelRects().front().left())
                            .arg(chart.lineLabelRects().front().right())
                            .arg(chart.width())));
  }
};

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  TestOverlaps test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_overlaps.moc"
