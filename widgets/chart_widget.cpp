// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/chart_widget.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

#include "qcustomplot.h"
#include "widgets/theme_colors.h"

namespace amp::widgets {

struct ChartWidget::Impl {
  struct Bound {
    QCPGraph* graph = nullptr;
    QCPBars* bars = nullptr;
    QCPErrorBars* errors = nullptr;
    QCPItemStraightLine* line = nullptr;
    QCPItemText* text = nullptr;
    std::vector<QCPItemRect*> spans;
    QCPColorMap* map = nullptr;
  };
  std::vector<Bound> bound;
  QCPTextElement* title = nullptr;
  QCPItemText* placeholder = nullptr;
  QCPColorScale* colorScale = nullptr;
};

namespace {

/// Tick labels with the exponent as the plot's "beautiful powers" expect it: QLocale writes 1E+06
/// in every named locale, which the plot would print as it is; 1e+06 is drawn 1·10⁶.
template <class Base>
class PowerTicker : public Base {
 protected:
  QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override {
    return Base::getTickLabel(tick, locale, formatChar, precision)
        .replace(QLatin1Char('E'), QLatin1Char('e'));
  }
};

/// The text broken at the space nearest its middle (as it is when it has none).
QString twoLines(const QString& text) {
  const auto mid = text.size() / 2;
  const auto before = text.lastIndexOf(QLatin1Char(' '), mid);
  const auto after = text.indexOf(QLatin1Char(' '), mid);
  const auto cut = before < 0 ? after : after < 0 ? before : (mid - before <= after - mid ? before : after);
  if (cut <= 0) return text;
  QString out = text;
  out[cut] = QLatin1Char('\n');
  return out;
}

QPen layerPen(const PlotLayer& l, const QColor& color, double width) {
  QPen pen(color, width);
  if (l.dashed) pen.setStyle(Qt::DashLine);
  return pen;
}

constexpr int kFocusFrame = 2;

QString signatureOf(const PlotData& d) {
  QString s = QString::number(static_cast<int>(d.legend)) + d.title + QLatin1Char('|') + d.xLabel +
              QLatin1Char('|') + d.yLabel + QLatin1Char('|') + QString::number(d.logX) +
              QString::number(d.logY) + d.categories.join(QLatin1Char(',')) + QLatin1Char('|') +
              d.yCategories.join(QLatin1Char(',')) + QLatin1Char('|') +
              QString::number(d.placeholder.isEmpty());
  for (const auto& l : d.layers)
    s += QStringLiteral("|%1:%2:%3:%4:%5:%6")
             .arg(static_cast<int>(l.style))
             .arg(l.name)
             .arg(l.color.rgba())
             .arg(l.stack)
             .arg(l.dashed)
             .arg(!l.errMinus.isEmpty());
  return s;
}

// A running [lo, hi]; QCPRange would swap an empty (inf, -inf) start into an infinite range.
struct Span {
  double lo = std::numeric_limits<double>::infinity();
  double hi = -std::numeric_limits<double>::infinity();
  void add(double v) {
    if (!std::isfinite(v)) return;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  bool empty() const { return !(hi >= lo); }
};

/// A category label broken into lines of about `chars` characters at spaces, so that neighbouring
/// categories do not run into each other.
QString wrapped(const QString& label, int chars) {
  if (label.size() <= chars || label.contains(QLatin1Char('\n'))) return label;
  QStringList lines{QString()};
  for (const QString& word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
    if (!lines.back().isEmpty() && lines.back().size() + 1 + word.size() > chars) lines << QString();
    lines.back() += (lines.back().isEmpty() ? QString() : QStringLiteral(" ")) + word;
  }
  return lines.join(QLatin1Char('\n'));
}

/// The widest line of a (possibly multi-line) label, in pixels.
int labelWidth(const QFontMetrics& fm, const QString& label) {
  int w = 0;
  for (const QString& line : label.split(QLatin1Char('\n'))) w = std::max(w, fm.horizontalAdvance(line));
  return w;
}

}  // namespace

ChartWidget::ChartWidget(QWidget* parent) : QWidget(parent), d_(std::make_unique<Impl>()) {
  auto* layout = new QVBoxLayout(this);
  // Room for the focus frame around the plot, which covers the rest of the widget.
  layout->setContentsMargins(kFocusFrame, kFocusFrame, kFocusFrame, kFocusFrame);
  // Reachable with Tab, so that the menu key exports it without a mouse.
  setFocusPolicy(Qt::StrongFocus);
  plot_ = new QCustomPlot(this);
  // NoContextMenu hands the plot's right click to this widget's contextMenuEvent.
  plot_->setContextMenuPolicy(Qt::NoContextMenu);
  layout->addWidget(plot_);
  plot_->plotLayout()->insertRow(0);
  d_->title = new QCPTextElement(plot_, QString());
  plot_->plotLayout()->addElement(0, 0, d_->title);
  plot_->legend->setVisible(false);
  plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  // One polyline per graph, not a stroke per segment: a long noisy series (sojourn in a window,
  // queue length) was stroked segment by segment, antialiased, and a flat-out run's frame rate fell
  // from 62 to 19 frames/s as its 2000 points filled in (measured, foundations).
  plot_->setPlottingHints(QCP::phCacheLabels | QCP::phFastPolylines);
  connect(plot_, &QCustomPlot::afterReplot, this, [this] {
    // Both, then one more replot when either changed something.
    const bool axes = fitAxisLabels();
    if (separateLineLabels() || axes) plot_->replot(QCustomPlot::rpQueuedReplot);
  });
  connect(plot_, &QCustomPlot::afterReplot, this, &ChartWidget::replotted);
  applyFonts();
  applyPalette();
  setPlot(PlotData{});
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::applyFonts() {
  const QFont base = font();
  QFont label = base;
  QFont tick = base;
  tick.setPointSizeF(std::max(6.0, base.pointSizeF() * 0.9));
  QFont title = base;
  title.setBold(true);
  d_->title->setFont(title);
  for (QCPAxis* a : {plot_->xAxis, plot_->yAxis}) {
    a->setLabelFont(label);
    a->setTickLabelFont(tick);
  }
  plot_->legend->setFont(tick);
  for (auto& b : d_->bound)
    if (b.text != nullptr) b.text->setFont(tick);
  if (d_->placeholder != nullptr) d_->placeholder->setFont(label);
}

void ChartWidget::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::FontChange) {
    applyFonts();
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
  // The desktop switched between light and dark: the layers' inks are chosen again.
  if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
    applyPalette();
    signature_.clear();
    setPlot(data_);
  }
}

void ChartWidget::applyPalette() {
  const QPalette pal = palette();
  const QColor base = pal.color(QPalette::Base), text = pal.color(QPalette::Text);
  QColor grid = pal.color(QPalette::Mid);
  grid.setAlpha(isDark(pal) ? 110 : 160);
  plot_->setBackground(base);
  for (QCPAxis* a : {plot_->xAxis, plot_->yAxis, plot_->xAxis2, plot_->yAxis2}) {
    // Width 0: one device pixel, as QCustomPlot draws them by default.
    QPen axis(text, 0);
    axis.setCapStyle(Qt::SquareCap);
    a->setBasePen(axis);
    a->setTickPen(axis);
    a->setSubTickPen(axis);
    a->setLabelColor(text);
    a->setTickLabelColor(text);
    a->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    a->grid()->setZeroLinePen(QPen(grid, 0, Qt::SolidLine));
  }
  QColor legend = base;
  legend.setAlpha(210);
  plot_->legend->setBrush(legend);
  plot_->legend->setBorderPen(QPen(pal.color(QPalette::Mid)));
  plot_->legend->setTextColor(text);
  d_->title->setTextColor(text);
}

QColor ChartWidget::ink(const QColor& color) const {
  return readableOn(color, palette().color(QPalette::Base), palette());
}

double ChartWidget::pixelRatio() const { return plot_->bufferDevicePixelRatio(); }

void ChartWidget::syncPixelRatio() {
  // The plot draws into a buffer of its own; at 1× on a 2× screen it would be scaled up, blurred.
  const double ratio = devicePixelRatioF();
  if (!qFuzzyCompare(plot_->bufferDevicePixelRatio(), ratio)) {
    plot_->setBufferDevicePixelRatio(ratio);
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
}

void ChartWidget::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  syncPixelRatio();
}

void ChartWidget::paintEvent(QPaintEvent* event) {
  QWidget::paintEvent(event);
  if (!hasFocus()) return;
  QPainter p(this);
  p.setPen(QPen(palette().color(QPalette::Highlight), kFocusFrame));
  p.setBrush(Qt::NoBrush);
  p.drawRect(
      QRectF(rect()).adjusted(kFocusFrame / 2.0, kFocusFrame / 2.0, -kFocusFrame / 2.0, -kFocusFrame / 2.0));
}

void ChartWidget::focusInEvent(QFocusEvent* event) {
  QWidget::focusInEvent(event);
  update();
}

void ChartWidget::focusOutEvent(QFocusEvent* event) {
  QWidget::focusOutEvent(event);
  update();
}

void ChartWidget::keyPressEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_Menu ||
      (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier)) {
    showExportMenu(mapToGlobal(rect().center()));
    return;
  }
  QWidget::keyPressEvent(event);
}

void ChartWidget::placePlaceholder() {
  if (d_->placeholder == nullptr) return;
  // Broken into lines the plot's width holds: a longer sentence (German, Spanish) is not cut off.
  const int room = std::max(120, width() - 110);
  const int chars = room / std::max(1, QFontMetrics(d_->placeholder->font()).averageCharWidth());
  d_->placeholder->setText(wrapped(data_.placeholder, std::max(12, chars)));
}

void ChartWidget::updateSpokenName() {
  const QString title = QString(data_.title).replace(QLatin1Char('\n'), QLatin1Char(' '));
  setAccessibleName(title.isEmpty() ? tr("Chart") : tr("Chart: %1").arg(title));
  QString about;
  if (!data_.yLabel.isEmpty() && !data_.xLabel.isEmpty())
    about = tr("%1 against %2.").arg(data_.yLabel, data_.xLabel) + QLatin1Char(' ');
  if (!data_.placeholder.isEmpty()) about += data_.placeholder + QLatin1Char(' ');
  about += tr("The menu key (or Shift+F10) exports it as PNG, SVG or PDF.");
  setAccessibleDescription(about);
}

void ChartWidget::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  syncPixelRatio();
  if (d_->placeholder != nullptr) {
    placePlaceholder();
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
  if (plot_->legend->visible()) {
    if (legendBelow_)
      wrapLegend();
    else
      chooseLegendCorner();
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
  // Category labels are wrapped to the width they have: only the ticks change.
  if (!data_.categories.isEmpty()) {
    applyCategoryTicks();
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
}

void ChartWidget::applyCategoryTicks() {
  if (data_.categories.isEmpty()) {
    plot_->xAxis->setSubTicks(true);
    return;
  }
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  // About as many characters per line as one category's share of the width holds.
  const int share = std::max(40, (width() - 80) / static_cast<int>(data_.categories.size()));
  const int chars =
      std::max(6, share / std::max(1, QFontMetrics(plot_->xAxis->tickLabelFont()).averageCharWidth()) - 1);
  for (int i = 0; i < data_.categories.size(); ++i) ticker->addTick(i, wrapped(data_.categories[i], chars));
  plot_->xAxis->setTicker(ticker);
  plot_->xAxis->setSubTicks(false);
  plot_->xAxis->setTickLength(0, 4);
}

void ChartWidget::setPlot(const PlotData& plot) {
  data_ = plot;
  const QString sig = signatureOf(plot);
  if (sig != signature_ || d_->bound.size() != data_.layers.size()) {
    signature_ = sig;
    rebuild();
  } else {
    updateData();
  }
  rescale();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ChartWidget::rebuild() {
  plot_->clearPlottables();
  plot_->clearItems();
  d_->bound.clear();
  if (d_->colorScale != nullptr) {
    plot_->plotLayout()->remove(d_->colorScale);
    plot_->plotLayout()->simplify();
    d_->colorScale = nullptr;
  }
  d_->placeholder = nullptr;
  // Long titles break at the space nearest their middle rather than run off both edges.
  const bool longTitle = data_.title.size() > 42 && !data_.title.contains(QLatin1Char('\n'));
  d_->title->setText(longTitle ? twoLines(data_.title) : data_.title);
  d_->title->setVisible(!data_.title.isEmpty());
  updateSpokenName();
  plot_->xAxis->setLabel(data_.xLabel);
  plot_->yAxis->setLabel(data_.yLabel);

  for (auto [axis, log] : {std::pair{plot_->xAxis, data_.logX}, std::pair{plot_->yAxis, data_.logY}}) {
    axis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (log)
      axis->setTicker(QSharedPointer<PowerTicker<QCPAxisTickerLog>>::create());
    else
      axis->setTicker(QSharedPointer<PowerTicker<QCPAxisTicker>>::create());
  }
  applyCategoryTicks();
  if (!data_.yCategories.isEmpty()) {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < data_.yCategories.size(); ++i) ticker->addTick(i, data_.yCategories[i]);
    plot_->yAxis->setTicker(ticker);
    plot_->yAxis->setSubTicks(false);
    plot_->yAxis->setRangeReversed(true);  // the first lane on top
  } else {
    plot_->yAxis->setSubTicks(true);
    plot_->yAxis->setRangeReversed(false);
  }

  std::map<int, QCPBars*> stackTop;
  int verticalLabels = 0;
  for (const auto& l : data_.layers) {
    Impl::Bound b;
    const QColor color = ink(l.color);
    switch (l.style) {
      case LayerStyle::Line:
      case LayerStyle::Step:
      case LayerStyle::Points: {
        b.graph = plot_->addGraph();
        b.graph->setName(l.name);
        b.graph->setPen(layerPen(l, color, l.style == LayerStyle::Points ? 1.5 : 2.0));
        if (l.style == LayerStyle::Step) {
          b.graph->setLineStyle(QCPGraph::lsStepLeft);
          QColor fill = color;
          fill.setAlpha(50);
          b.graph->setBrush(fill);
        } else if (l.style == LayerStyle::Points) {
          b.graph->setLineStyle(QCPGraph::lsNone);
          b.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 7));
        }
        b.graph->setAdaptiveSampling(true);
        if (!l.errMinus.isEmpty()) {
          b.errors = new QCPErrorBars(plot_->xAxis, plot_->yAxis);
          b.errors->setDataPlottable(b.graph);
          b.errors->setPen(QPen(color, 1.5));
          b.errors->removeFromLegend();
        }
        if (l.name.isEmpty()) b.graph->removeFromLegend();
        break;
      }
      case LayerStyle::Bars: {
        b.bars = new QCPBars(plot_->xAxis, plot_->yAxis);
        b.bars->setName(l.name);
        b.bars->setWidth(l.barWidth);
        b.bars->setPen(QPen(color.darker(130), 1));
        b.bars->setBrush(color);
        if (l.stack >= 0) {
          if (auto it = stackTop.find(l.stack); it != stackTop.end()) b.bars->moveAbove(it->second);
          stackTop[l.stack] = b.bars;
        }
        if (!l.errMinus.isEmpty()) {
          b.errors = new QCPErrorBars(plot_->xAxis, plot_->yAxis);
          b.errors->setDataPlottable(b.bars);
          b.errors->setPen(QPen(palette().color(QPalette::Text), 1.2));
          b.errors->removeFromLegend();
        }
        if (l.name.isEmpty()) b.bars->removeFromLegend();
        break;
      }
      case LayerStyle::HLine:
      case LayerStyle::VLine: {
        b.line = new QCPItemStraightLine(plot_);
        b.line->setPen(layerPen(l, color, 1.8));
        b.line->setClipToAxisRect(true);
        if (!l.label.isEmpty()) {
          b.text = new QCPItemText(plot_);
          b.text->setColor(color);
          b.text->setClipToAxisRect(true);
          if (l.style == LayerStyle::HLine) {
            b.text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            b.text->position->setTypeY(QCPItemPosition::ptPlotCoords);
            b.text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
          } else {
            b.text->position->setTypeX(QCPItemPosition::ptPlotCoords);
            b.text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            b.text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            // Stagger the labels of neighbouring vertical lines (p50, p95, p99) so they stay readable.
            b.text->setProperty("row", verticalLabels++);
          }
          QColor behind = palette().color(QPalette::Base);
          behind.setAlpha(200);
          b.text->setBrush(behind);
        }
        break;
      }
      case LayerStyle::Spans:
        break;  // one rectangle per span, made in updateData()
      case LayerStyle::Cells: {
        b.map = new QCPColorMap(plot_->xAxis, plot_->yAxis);
        b.map->setName(l.name);
        b.map->removeFromLegend();
        b.map->setInterpolate(false);
        if (d_->colorScale == nullptr) {
          d_->colorScale = new QCPColorScale(plot_);
          plot_->plotLayout()->addElement(1, 1, d_->colorScale);
          d_->colorScale->setType(QCPAxis::atRight);
          d_->colorScale->axis()->setLabel(l.name);
          const QColor text = palette().color(QPalette::Text);
          QCPAxis* scale = d_->colorScale->axis();
          scale->setBasePen(QPen(text, 0));
          scale->setTickPen(QPen(text, 0));
          scale->setSubTickPen(QPen(text, 0));
          scale->setLabelColor(text);
          scale->setTickLabelColor(text);
          auto* group = new QCPMarginGroup(plot_);
          plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
          d_->colorScale->setMarginGroup(QCP::msBottom | QCP::msTop, group);
        }
        b.map->setColorScale(d_->colorScale);
        b.map->setGradient(QCPColorGradient(QCPColorGradient::gpThermal));
        break;
      }
    }
    d_->bound.push_back(b);
  }
  const int legendItems = plot_->legend->itemCount();
  plot_->legend->setVisible(legendItems >= 2 || (legendItems == 1 && !data_.categories.isEmpty()));
  placeLegend();
  if (!data_.placeholder.isEmpty()) {
    d_->placeholder = new QCPItemText(plot_);
    d_->placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
    d_->placeholder->position->setCoords(0.5, 0.5);
    d_->placeholder->setColor(palette().color(QPalette::PlaceholderText));
  }
  applyFonts();
  updateData();
}

void ChartWidget::placeLegend() {
  // An empty legend stays out of the plot's grid: its small maximum width would cap the column
  // and squeeze the axes into a sliver.
  setLegendBelow(data_.legend == PlotData::Legend::Below && plot_->legend->visible());
  if (!legendBelow_) {
    Qt::Alignment a = Qt::AlignTop | Qt::AlignRight;
    if (data_.legend == PlotData::Legend::TopLeft) a = Qt::AlignTop | Qt::AlignLeft;
    if (data_.legend == PlotData::Legend::BottomRight) a = Qt::AlignBottom | Qt::AlignRight;
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, a);
  }
}

void ChartWidget::wrapLegend() {
  // As many entries side by side as the width holds whole.
  int widest = 1;
  for (int i = 0; i < plot_->legend->itemCount(); ++i)  // a wrapped grid has empty cells
    if (const QCPAbstractLegendItem* item = plot_->legend->item(i))
      widest = std::max(widest, item->minimumOuterSizeHint().width());
  plot_->legend->setWrap(std::max(1, (width() - 20) / widest));
  plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);  // setWrap alone moves nothing
}

void ChartWidget::setLegendBelow(bool below) {
  if (below == legendBelow_) return;
  // Move the legend between the axis rect's inset layout and a row of its own under the plot.
  if (below) {
    plot_->axisRect()->insetLayout()->take(plot_->legend);
    if (plot_->plotLayout()->rowCount() < 3) plot_->plotLayout()->insertRow(2);
    plot_->plotLayout()->addElement(2, 0, plot_->legend);
    plot_->plotLayout()->setRowStretchFactor(2, 0.001);
    plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    wrapLegend();
  } else {
    plot_->plotLayout()->take(plot_->legend);
    plot_->plotLayout()->simplify();
    plot_->axisRect()->insetLayout()->addElement(plot_->legend, Qt::AlignTop | Qt::AlignRight);
    plot_->legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
    plot_->legend->setWrap(0);
  }
  legendBelow_ = below;
}

void ChartWidget::chooseLegendCorner() {
  if (legendBelow_ || !plot_->legend->visible() || data_.legend != PlotData::Legend::TopRight) return;
  // The axis rect's share the legend covers; before the first layout the rect is estimated from the
  // widget (an export is laid out only when it is drawn).
  QRect rect = plot_->axisRect()->rect();
  if (rect.width() < 50 || rect.height() < 50) rect = QRect(0, 0, width() - 70, height() - 90);
  if (rect.width() < 50 || rect.height() < 50) return;
  const QSize legend = plot_->legend->minimumOuterSizeHint();
  const double w = double(legend.width()) / rect.width() + 0.03,
               h = double(legend.height()) / rect.height() + 0.03;
  const QCPRange xr = plot_->xAxis->range(), yr = plot_->yAxis->range();
  const auto ratio = [](double v, const QCPRange& r, bool log) {
    if (log) return v > 0 && r.lower > 0 ? std::log(v / r.lower) / std::log(r.upper / r.lower) : -1.0;
    return (v - r.lower) / (r.upper - r.lower);
  };
  // Points (and the top of vertical lines, where their labels are) inside each corner's box.
  const Qt::Alignment corners[] = {Qt::AlignTop | Qt::AlignRight, Qt::AlignTop | Qt::AlignLeft,
                                   Qt::AlignBottom | Qt::AlignRight, Qt::AlignBottom | Qt::AlignLeft};
  int covered[4] = {0, 0, 0, 0};
  const auto count = [&](double fx, double fy, int weight) {
    for (int c = 0; c < 4; ++c) {
      const bool right = corners[c] & Qt::AlignRight, top = corners[c] & Qt::AlignTop;
      if ((right ? fx >= 1 - w : fx <= w) && (top ? fy >= 1 - h : fy <= h) && fx >= 0 && fx <= 1 && fy >= 0 &&
          fy <= 1)
        covered[c] += weight;
    }
  };
  for (const PlotLayer& l : data_.layers) {
    if (l.style == LayerStyle::VLine && !l.x.isEmpty()) {
      // A line's label is at its top, reaching right of the line (left of it in the chart's right
      // part, see rescale): each corner the label's width reaches into counts.
      const double fx = ratio(l.x[0], xr, data_.logX);
      const double span = l.label.isEmpty()
                              ? 0.0
                              : (QFontMetrics(plot_->font()).horizontalAdvance(l.label) + 8.0) / rect.width();
      const double from = fx > 0.6 ? fx - span : fx, to = fx > 0.6 ? fx : fx + span;
      for (double f = from; f < to + 0.025; f += 0.05) count(std::min(f, to), 0.95, 20);
    } else if (l.style == LayerStyle::Line || l.style == LayerStyle::Points || l.style == LayerStyle::Step) {
      for (int i = 0; i < l.x.size() && i < l.y.size(); ++i)
        if (std::isfinite(l.y[i])) count(ratio(l.x[i], xr, data_.logX), ratio(l.y[i], yr, data_.logY), 1);
    }
  }
  int best = 0, points = 0;
  for (const PlotLayer& l : data_.layers) points += static_cast<int>(l.x.size());
  for (int c = 1; c < 4; ++c)
    if (covered[c] < covered[best]) best = c;
  // No corner is free enough (a wide legend, or curves in every corner): a row under the plot.
  if (covered[best] > std::max(2, points / 100)) {
    setLegendBelow(true);
    return;
  }
  plot_->axisRect()->insetLayout()->setInsetAlignment(0, corners[best]);
}

void ChartWidget::updateData() {
  placePlaceholder();
  for (std::size_t i = 0; i < d_->bound.size() && i < data_.layers.size(); ++i) {
    const auto& l = data_.layers[i];
    auto& b = d_->bound[i];
    if (l.style == LayerStyle::Spans) updateSpans(b.spans, l);
    if (b.map != nullptr) {
      const int nx = static_cast<int>(l.x.size()), ny = static_cast<int>(l.y.size());
      b.map->data()->setSize(nx, ny);
      if (nx > 0 && ny > 0)
        b.map->data()->setRange(QCPRange(l.x.front(), l.x.back()), QCPRange(l.y.front(), l.y.back()));
      for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
          const int k = j * nx + i;
          if (k < l.z.size() && std::isfinite(l.z[k])) {
            b.map->data()->setCell(i, j, l.z[k]);
          } else {
            b.map->data()->setAlpha(i, j, 0);  // no value here: leave the cell empty
          }
        }
      b.map->rescaleDataRange(true);
    }
    if (b.graph != nullptr) b.graph->setData(l.x, l.y, l.style != LayerStyle::Points);
    if (b.bars != nullptr) b.bars->setData(l.x, l.y, true);
    if (b.errors != nullptr && l.errMinus.size() == l.y.size() && l.errPlus.size() == l.y.size())
      b.errors->setData(l.errMinus, l.errPlus);
    if (b.line != nullptr) {
      if (l.style == LayerStyle::HLine && !l.y.isEmpty()) {
        b.line->point1->setCoords(0, l.y[0]);
        b.line->point2->setCoords(1, l.y[0]);
        if (b.text != nullptr) b.text->position->setCoords(0.99, l.y[0]);
      } else if (!l.x.isEmpty()) {
        b.line->point1->setCoords(l.x[0], 0);
        b.line->point2->setCoords(l.x[0], 1);
        if (b.text != nullptr)
          b.text->position->setCoords(l.x[0], 0.02 + 0.09 * b.text->property("row").toInt());
      }
      // The label as written, unless it is that label broken into two lines (separateLineLabels).
      if (b.text != nullptr && b.text->text().simplified() != l.label.simplified())
        b.text->setText(QLatin1Char(' ') + l.label);
    }
  }
}

void ChartWidget::rescale() {
  Span xs, ys;
  for (const auto& l : data_.layers) {
    switch (l.style) {
      case LayerStyle::HLine:
        if (!l.y.isEmpty()) ys.add(l.y[0]);
        break;
      case LayerStyle::VLine:
        if (!l.x.isEmpty() && (!data_.logX || l.x[0] > 0)) xs.add(l.x[0]);
        break;
      case LayerStyle::Spans:
        for (double v : l.x) xs.add(v);
        for (double v : l.x2) xs.add(v);
        break;
      case LayerStyle::Cells: {
        // The cells reach half a step beyond the outer centres.
        for (const auto& [vals, span] : {std::pair{&l.x, &xs}, std::pair{&l.y, &ys}}) {
          if (vals->isEmpty()) continue;
          const double half =
              vals->size() > 1 ? (vals->back() - vals->front()) / (vals->size() - 1) / 2 : 0.5;
          span->add(vals->front() - half);
          span->add(vals->back() + half);
        }
        break;
      }
      default:
        for (int i = 0; i < l.x.size() && i < l.y.size(); ++i) {
          if (!std::isfinite(l.y[i])) continue;
          if (data_.logY && !(l.y[i] > 0)) continue;
          if (data_.logX && !(l.x[i] > 0)) continue;
          xs.add(l.x[i]);
          const double lo = l.y[i] - (i < l.errMinus.size() ? l.errMinus[i] : 0.0);
          ys.add(data_.logY && !(lo > 0) ? l.y[i] : lo);
          ys.add(l.y[i] + (i < l.errPlus.size() ? l.errPlus[i] : 0.0));
        }
    }
  }
  // Stacked bars reach the sum of their stack.
  std::map<std::pair<int, double>, double> stacked;
  for (const auto& l : data_.layers)
    if (l.style == LayerStyle::Bars && l.stack >= 0)
      for (int i = 0; i < l.x.size() && i < l.y.size(); ++i) ys.add(stacked[{l.stack, l.x[i]}] += l.y[i]);

  QCPRange xr, yr;
  if (!data_.categories.isEmpty()) {
    xr = QCPRange(-0.6, data_.categories.size() - 0.4);
  } else if (xs.empty()) {
    xr = QCPRange(data_.logX ? 1 : 0, data_.logX ? 10 : 1);
  } else if (data_.logX) {
    const double lo = std::max(xs.lo, xs.hi * 1e-6);
    xr = QCPRange(lo / 1.15, xs.hi * 1.15);
  } else {
    const double pad = xs.hi > xs.lo ? (xs.hi - xs.lo) * 0.03 : std::max(1.0, std::fabs(xs.lo) * 0.1);
    xr = QCPRange(xs.lo - pad, xs.hi + pad);
  }
  if (!data_.yCategories.isEmpty()) {
    yr = QCPRange(-0.6, data_.yCategories.size() - 0.4);
  } else if (ys.empty()) {
    yr = QCPRange(data_.logY ? 1 : 0, data_.logY ? 10 : 1);
  } else if (data_.logY) {
    const double lo = std::max(ys.lo, ys.hi * 1e-6);
    yr = QCPRange(lo / 1.3, ys.hi * 1.3);
  } else {
    double lo = ys.lo;
    if (data_.yFromZero && lo >= 0 && !hasCells()) lo = 0;
    const double pad = ys.hi > lo ? (ys.hi - lo) * 0.08 : std::max(1.0, std::fabs(ys.hi) * 0.1);
    yr = QCPRange(lo == 0 ? 0 : lo - pad, ys.hi + pad);
  }
  plot_->xAxis->setRange(xr);
  plot_->yAxis->setRange(yr);
  chooseLegendCorner();
  // Labels of vertical lines in the right part of the chart go to the left of their line, so
  // they are not cut off at the edge.
  for (std::size_t i = 0; i < d_->bound.size() && i < data_.layers.size(); ++i) {
    const auto& l = data_.layers[i];
    QCPItemText* text = d_->bound[i].text;
    if (text == nullptr || l.style != LayerStyle::VLine || l.x.isEmpty()) continue;
    double f = 0.0;
    if (data_.logX && l.x[0] > 0 && xr.lower > 0)
      f = std::log(l.x[0] / xr.lower) / std::log(xr.upper / xr.lower);
    else if (xr.size() > 0)
      f = (l.x[0] - xr.lower) / xr.size();
    text->setPositionAlignment(Qt::AlignTop | (f > 0.6 ? Qt::AlignRight : Qt::AlignLeft));
  }
}

std::vector<QRectF> ChartWidget::lineLabelRects() const {
  std::vector<QRectF> out;
  for (const auto& b : d_->bound)
    if (b.text != nullptr && b.line != nullptr)
      out.emplace_back(
          QRectF(b.text->topLeft->pixelPosition(), b.text->bottomRight->pixelPosition()).normalized());
  return out;
}

QRectF ChartWidget::legendRect() const {
  return plot_->legend->visible() ? QRectF(plot_->legend->outerRect()) : QRectF();
}

bool ChartWidget::fitAxisLabels() {
  bool changed = false;
  const QRect area = plot_->axisRect()->rect();
  if (area.width() < 50 || area.height() < 50) return false;
  const auto fit = [&](QCPAxis* axis, const QString& label, int length) {
    const bool tooLong = QFontMetrics(axis->labelFont()).horizontalAdvance(label) > length;
    const QString want = tooLong ? twoLines(label) : label;
    if (axis->label() == want) return;
    axis->setLabel(want);
    changed = true;
  };
  fit(plot_->xAxis, data_.xLabel, area.width());
  fit(plot_->yAxis, data_.yLabel, area.height());
  return changed;
}

bool ChartWidget::separateLineLabels() {
  const QRectF area = plot_->axisRect()->rect();
  if (area.height() <= 0) return false;
  const auto rectOf = [](const QCPItemText* t) {
    return QRectF(t->topLeft->pixelPosition(), t->bottomRight->pixelPosition()).normalized();
  };
  // A label longer than the room on its side of the line (a long German one, say) breaks into two
  // lines rather than being cut at the plot's edge.
  bool moved = false;
  for (std::size_t i = 0; i < d_->bound.size() && i < data_.layers.size(); ++i) {
    const PlotLayer& l = data_.layers[i];
    QCPItemText* text = d_->bound[i].text;
    if (text == nullptr || l.style != LayerStyle::VLine || l.x.isEmpty()) continue;
    const double x = plot_->xAxis->coordToPixel(l.x[0]);
    const double room =
        (text->positionAlignment() & Qt::AlignRight ? x - area.left() : area.right() - x) - 8.0;
    const QString want =
        QLatin1Char(' ') +
        (QFontMetrics(text->font()).horizontalAdvance(l.label) > room ? twoLines(l.label) : l.label);
    if (text->text() != want) {
      text->setText(want);
      moved = true;
    }
  }
  std::vector<QRectF> taken;
  // A horizontal line's label, and the line itself: a label across it would hide where it is.
  for (std::size_t i = 0; i < d_->bound.size() && i < data_.layers.size(); ++i) {
    const PlotLayer& l = data_.layers[i];
    if (l.style != LayerStyle::HLine || l.y.isEmpty() || d_->bound[i].text == nullptr) continue;
    taken.push_back(rectOf(d_->bound[i].text));
    const double y = plot_->yAxis->coordToPixel(l.y[0]);
    taken.emplace_back(area.left(), y - 2, area.width(), 4);
  }
  // The legend, where it sits inside the plot: a label under it could not be read.
  if (!legendBelow_ && plot_->legend->visible())
    taken.push_back(QRectF(plot_->legend->outerRect()).adjusted(-2, -2, 2, 2));
  if (taken.empty()) return moved;
  for (std::size_t i = 0; i < d_->bound.size() && i < data_.layers.size(); ++i) {
    QCPItemText* text = d_->bound[i].text;
    if (text == nullptr || data_.layers[i].style != LayerStyle::VLine) continue;
    // From the label's own row at the top, down past every label it would cover.
    const double base = 0.02 + 0.09 * text->property("row").toInt();
    const QPointF at = text->position->coords();
    const QRectF first = rectOf(text).translated(0, (base - at.y()) * area.height());
    QRectF r = first;
    for (int guard = 0; guard < 8; ++guard) {
      const auto hit =
          std::find_if(taken.begin(), taken.end(), [&](const QRectF& t) { return t.intersects(r); });
      if (hit == taken.end()) break;
      r.moveTop(hit->bottom() + 1);
    }
    taken.push_back(r);
    const double want = base + (r.top() - first.top()) / area.height();
    if (std::fabs(want - at.y()) < 1e-6) continue;
    text->position->setCoords(at.x(), want);
    moved = true;
  }
  return moved;
}

void ChartWidget::updateSpans(std::vector<QCPItemRect*>& rects, const PlotLayer& l) {
  for (QCPItemRect* r : rects) plot_->removeItem(r);
  rects.clear();
  const QColor fill = ink(l.color);
  for (int i = 0; i < l.x.size() && i < l.x2.size() && i < l.y.size(); ++i) {
    auto* r = new QCPItemRect(plot_);
    r->setClipToAxisRect(true);
    r->topLeft->setCoords(l.x[i], l.y[i] - 0.35);
    r->bottomRight->setCoords(std::max(l.x2[i], l.x[i]), l.y[i] + 0.35);
    r->setPen(QPen(fill.darker(140), 1));
    r->setBrush(fill);
    rects.push_back(r);
  }
}

bool ChartWidget::tickLabelsCollide() const {
  // Neighbouring category labels need their half widths (plus a little air) between their ticks.
  const auto collide = [](QCPAxis* axis, const QStringList& labels, bool horizontal) {
    const QFontMetrics fm(axis->tickLabelFont());
    for (int i = 0; i + 1 < labels.size(); ++i) {
      const double gap = std::abs(axis->coordToPixel(i + 1) - axis->coordToPixel(i));
      const double need = horizontal ? (labelWidth(fm, labels[i]) + labelWidth(fm, labels[i + 1])) / 2.0 + 4
                                     : fm.height() + 2;
      if (gap < need) return true;
    }
    return false;
  };
  QStringList shown;
  if (auto ticker = plot_->xAxis->ticker().dynamicCast<QCPAxisTickerText>())
    for (const QString& t : ticker->ticks()) shown << t;
  return (!data_.categories.isEmpty() && collide(plot_->xAxis, shown, true)) ||
         (!data_.yCategories.isEmpty() && collide(plot_->yAxis, data_.yCategories, false));
}

bool ChartWidget::hasCells() const {
  return std::any_of(data_.layers.begin(), data_.layers.end(),
                     [](const PlotLayer& l) { return l.style == LayerStyle::Cells; });
}

QPointF ChartWidget::xRange() const { return {plot_->xAxis->range().lower, plot_->xAxis->range().upper}; }
QPointF ChartWidget::yRange() const { return {plot_->yAxis->range().lower, plot_->yAxis->range().upper}; }

QString ChartWidget::saveTo(const QString& file, QSize size) {
  if (size.isEmpty()) size = plot_->size().isEmpty() ? sizeHint() : plot_->size();
  const QString suffix = QFileInfo(file).suffix().toLower();
  bool ok = false;
  if (suffix == QLatin1String("png")) {
    ok = plot_->savePng(file, size.width(), size.height(), 2.0);
  } else if (suffix == QLatin1String("pdf")) {
    ok = plot_->savePdf(file, size.width(), size.height(), QCP::epNoCosmetic, QStringLiteral("AMP Lab"),
                        data_.title);
  } else if (suffix == QLatin1String("svg")) {
    // QCustomPlot has no SVG writer of its own: paint it into a QSvgGenerator.
    QSvgGenerator gen;
    gen.setFileName(file);
    gen.setSize(size);
    gen.setViewBox(QRect(QPoint(0, 0), size));
    gen.setTitle(data_.title);
    gen.setDescription(QStringLiteral("AMP Lab chart"));
    QCPPainter painter;
    if (painter.begin(&gen)) {
      plot_->toPainter(&painter, size.width(), size.height());
      ok = painter.end();
    }
  } else {
    return tr("Unknown chart format '%1': use .png, .svg or .pdf").arg(suffix);
  }
  if (!ok || QFileInfo(file).size() == 0) return tr("Could not write %1").arg(QDir::toNativeSeparators(file));
  return {};
}

void ChartWidget::exportWithDialog(const QString& suffix) {
  const QString filter = suffix == QLatin1String("png")   ? tr("PNG image (*.png)")
                         : suffix == QLatin1String("svg") ? tr("SVG drawing (*.svg)")
                                                          : tr("PDF document (*.pdf)");
  QString name = exportName_;
  name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("_"));
  QString file = QFileDialog::getSaveFileName(
      this, tr("Export chart"), QDir::home().filePath(name + QLatin1Char('.') + suffix), filter);
  if (file.isEmpty()) return;
  if (QFileInfo(file).suffix().isEmpty()) file += QLatin1Char('.') + suffix;
  const QString err = saveTo(file, QSize(1000, 620));
  if (!err.isEmpty()) QMessageBox::warning(this, tr("Export chart"), err);
}

void ChartWidget::contextMenuEvent(QContextMenuEvent* event) { showExportMenu(event->globalPos()); }

void ChartWidget::showExportMenu(const QPoint& globalPos) {
  QMenu menu(this);
  menu.addAction(tr("Export as PNG…"), this, [this] { exportWithDialog(QStringLiteral("png")); });
  menu.addAction(tr("Export as SVG…"), this, [this] { exportWithDialog(QStringLiteral("svg")); });
  menu.addAction(tr("Export as PDF…"), this, [this] { exportWithDialog(QStringLiteral("pdf")); });
  menu.exec(globalPos);
}

}  // namespace amp::widgets
