// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QPointF>
#include <QString>
#include <QWidget>
#include <memory>
#include <vector>

#include "widgets/plot_data.h"

class QCustomPlot;
class QCPItemRect;

namespace amp::widgets {

/// Draws PlotData with QCustomPlot, and exports it as PNG, SVG or PDF (context menu, or the
/// save functions). The only place that includes qcustomplot.h, which is slow to compile.
class ChartWidget : public QWidget {
  Q_OBJECT

 public:
  explicit ChartWidget(QWidget* parent = nullptr);
  ~ChartWidget() override;

  /// Shows `plot`. Same layer structure as before: only the data changes (cheap, every frame);
  /// otherwise the chart is rebuilt. The replot is queued, so several calls cost one paint.
  void setPlot(const PlotData& plot);
  const PlotData& plot() const { return data_; }
  /// Base of the file name offered by the export dialog.
  void setExportName(const QString& name) { exportName_ = name; }
  QString exportName() const { return exportName_; }

  /// Writes the chart at `size` (the widget's size when empty), the format by the suffix
  /// (.png, .svg, .pdf). Returns "" or an error message.
  QString saveTo(const QString& file, QSize size = {});
  /// Asks for a file name and saves; errors are shown in a message box on this widget.
  void exportWithDialog(const QString& suffix);

  /// The axis ranges shown, as (lower, upper).
  QPointF xRange() const;
  QPointF yRange() const;
  /// Whether two neighbouring category labels (x or y) overlap as laid out now.
  bool tickLabelsCollide() const;
  /// Where the labels of horizontal and vertical lines are drawn now, in pixels.
  std::vector<QRectF> lineLabelRects() const;
  /// Where the legend is drawn now, in pixels (empty when it is hidden).
  QRectF legendRect() const;

  /// The pixel ratio the chart is drawn at: the screen's (2 on a 2× screen), so it stays crisp.
  double pixelRatio() const;

  QSize sizeHint() const override { return {460, 280}; }
  QSize minimumSizeHint() const override { return {220, 160}; }

 signals:
  void replotted();

 protected:
  void contextMenuEvent(QContextMenuEvent* event) override;
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void showEvent(QShowEvent* event) override;
  /// The focus frame: keyboard users see which chart the menu key exports.
  void paintEvent(QPaintEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void focusInEvent(QFocusEvent* event) override;
  void focusOutEvent(QFocusEvent* event) override;

 private:
  struct Impl;
  void rebuild();
  void updateData();
  void applyFonts();
  /// Background, axes, grid, legend and title in the palette's colours (light or dark desktop).
  void applyPalette();
  void syncPixelRatio();
  void showExportMenu(const QPoint& globalPos);
  void updateSpokenName();
  /// The "no data yet" sentence in the middle of the plot, wrapped to its width.
  void placePlaceholder();
  /// A layer's colour as drawn on this chart's background.
  QColor ink(const QColor& color) const;
  void rescale();
  /// A vertical line's label that would cover a horizontal line, its label or the legend moves down
  /// below it (the "you are here" of a line near a ceiling), and one too long for its side of the
  /// line breaks into two lines; after a replot. True when a label changed (the caller replots).
  bool separateLineLabels();
  /// An axis label longer than its axis breaks into two lines (a long German one would be cut).
  /// True when a label changed.
  bool fitAxisLabels();
  void placeLegend();
  void setLegendBelow(bool below);
  void wrapLegend();
  /// For a legend inside the plot at its default corner: the corner the data leaves most free.
  void chooseLegendCorner();
  void applyCategoryTicks();
  void updateSpans(std::vector<QCPItemRect*>& rects, const PlotLayer& l);
  bool hasCells() const;

  std::unique_ptr<Impl> d_;
  QCustomPlot* plot_ = nullptr;
  PlotData data_;
  QString signature_;
  bool legendBelow_ = false;
  QString exportName_ = QStringLiteral("chart");
};

}  // namespace amp::widgets
