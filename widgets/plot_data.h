// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>
#include <vector>

namespace amp::widgets {

/// How one layer of a chart is drawn.
enum class LayerStyle {
  Line,    ///< connected points (NaN breaks the line)
  Step,    ///< histogram outline, filled
  Points,  ///< markers, with error bars where given
  Bars,    ///< bars, stacked with earlier layers of the same `stack`, error bars where given
  HLine,   ///< horizontal line at y[0] across the chart (a model value)
  VLine,   ///< vertical line at x[0] (a percentile, "you are here")
  Spans,   ///< one bar per i from x[i] to x2[i] on lane y[i] (a timeline's events)
  Cells,   ///< a heat map: z[j·nx + i] at (x[i], y[j]), x and y the grid's centres
};

struct PlotLayer {
  QString name;  ///< legend entry; empty = not in the legend
  LayerStyle style = LayerStyle::Line;
  QColor color;
  QVector<double> x, y;
  QVector<double> errMinus, errPlus;  ///< error bar extents below/above y (same size as y) or empty
  bool dashed = false;
  int stack = -1;         ///< Bars: layers with the same id >= 0 stack in layer order
  double barWidth = 0.7;  ///< Bars: in x units
  QString label;          ///< HLine/VLine: text written next to the line
  QVector<double> x2;     ///< Spans: where each span ends
  QVector<double> z;      ///< Cells: the values, row by row (x varies fastest); NaN = no value
};

/// A chart as plain data: what chart_builder computes from a lab's ChartSpec and results, and
/// what ChartWidget draws. Kept apart so charts can be built and tested without drawing.
struct PlotData {
  QString title, xLabel, yLabel;
  bool logX = false, logY = false;
  QStringList categories;   ///< when set, x = 0..n-1 are these categories (bar charts)
  QStringList yCategories;  ///< when set, y = 0..n-1 are these categories (a timeline's lanes)
  std::vector<PlotLayer> layers;
  QString placeholder;    ///< shown in the middle when there is nothing measured to draw yet
  bool yFromZero = true;  ///< linear y axes start at 0 (counts, times, utilizations)
  /// Where the legend goes: a corner the data leaves free, or below the chart (bar charts,
  /// whose bars fill every corner).
  enum class Legend { TopRight, TopLeft, BottomRight, Below };
  Legend legend = Legend::TopRight;

  bool hasData() const {
    for (const auto& l : layers) {
      if (l.style == LayerStyle::HLine || l.style == LayerStyle::VLine) continue;
      if (l.style == LayerStyle::Cells) {
        for (double v : l.z)
          if (v == v) return true;  // a value that is not NaN
        continue;
      }
      if (!l.y.isEmpty()) return true;
    }
    return false;
  }
};

}  // namespace amp::widgets
