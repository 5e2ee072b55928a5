// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include "widgets/chart_builder.h"
#include "widgets/chart_export.h"
#include "widgets/chart_widget.h"
#include "widgets/format.h"

using namespace amp::widgets;

class TestChartExport : public QObject {
  Q_OBJECT

  static PlotData sample() {
    PlotData d;
    d.title = "Sojourn time against arrival rate";
    d.xLabel = "arrival rate [1/s]";
    d.yLabel = "ms";
    PlotLayer model;
    model.name = "model";
    model.color = modelColor();
    for (int i = 1; i <= 9; ++i) {
      model.x << i;
      model.y << 100.0 / (10 - i);
    }
    PlotLayer pts;
    pts.name = "simulation";
    pts.style = LayerStyle::Points;
    pts.color = simColor();
    pts.x << 2 << 5 << 8;
    pts.y << 12.6 << 20.5 << 49;
    pts.errMinus << 1 << 2 << 5;
    pts.errPlus << 1 << 2 << 5;
    PlotLayer here;
    here.style = LayerStyle::VLine;
    here.color = Qt::red;
    here.x << 5;
    here.label = "you are here";
    d.layers = {model, pts, here};
    return d;
  }

 private slots:
  void writesPngSvgPdf() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const PlotData d = sample();
    const QString png = dir.filePath("c.png"), svg = dir.filePath("c.svg"), pdf = dir.filePath("c.pdf");
    QCOMPARE(exportPlot(d, png, QSize(800, 500)), QString());
    QCOMPARE(exportPlot(d, svg, QSize(800, 500)), QString());
    QCOMPARE(exportPlot(d, pdf, QSize(800, 500)), QString());

    QImage img(png);
    QVERIFY(!img.isNull());
    QVERIFY(img.width() >= 800 && img.height() >= 500);
    // Not a blank page: the curve and the axes put more than one colour on it.
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 7)
      for (int x = 0; x < img.width(); x += 7) colours.insert(img.pixel(x, y));
    QVERIFY(colours.size() > 3);

    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile s(svg);
    QVERIFY(s.open(QIODevice::ReadOnly));
    const QByteArray svgText = s.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.size() > 2000);

    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");
    QVERIFY(p.size() > 1000);
  }

  void rejectsUnknownFormat() {
    QTemporaryDir dir;
    const QString err = exportPlot(sample(), dir.filePath("c.bmpx"));
    QVERIFY(!err.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath("c.bmpx")));
  }

  void widgetUpdatesDataWithoutRebuild() {
    ChartWidget w;
    PlotData d = sample();
    w.setPlot(d);
    d.layers[1].y[0] = 13.0;
    w.setPlot(d);
    QCOMPARE(w.plot().layers[1].y[0], 13.0);
    // Axes follow the data: the model curve reaches 100, the error bar of the last point 54.
    QVERIFY(w.yRange().y() >= 100.0 && w.yRange().y() < 130.0);
    QCOMPARE(w.yRange().x(), 0.0);
    QVERIFY(w.xRange().x() < 1.0 && w.xRange().y() > 9.0);
    QTemporaryDir dir;
    QCOMPARE(w.saveTo(dir.filePath("w.png"), QSize(400, 300)), QString());
    QVERIFY(QFileInfo(dir.filePath("w.png")).size() > 0);
  }
};

QTEST_MAIN(TestChartExport)
#include "test_chart_export.moc"
