// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/ceiling_panel.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "widgets/chart_builder.h"
#include "widgets/chart_widget.h"
#include "widgets/format.h"
#include "widgets/theme_colors.h"

namespace amp::widgets {

namespace {
// The conventional name of the worker-count parameter (LABS.md); labs without one get no curve.
const char* const kWorkersKey = "workers";
constexpr int kCurvePoints = 64;
constexpr double kCurveBudgetMs = 25.0;
}  // namespace

UtilizationGauge::UtilizationGauge(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize UtilizationGauge::sizeHint() const { return {240, fontMetrics().height() * 2 + 6}; }
QSize UtilizationGauge::minimumSizeHint() const { return {120, fontMetrics().height() * 2 + 6}; }

void UtilizationGauge::setValues(double live, double model) {
  if ((live == live_ || (std::isnan(live) && std::isnan(live_))) &&
      (model == model_ || (std::isnan(model) && std::isnan(model_))))
    return;
  live_ = live;
  model_ = model;
  update();
}

void UtilizationGauge::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  const double lh = fontMetrics().height();
  const QRectF bar(1, 1, width() - 2, lh + 2);
  p.setPen(QPen(palette().color(QPalette::Mid), 1));
  p.setBrush(palette().color(QPalette::Base));
  p.drawRect(bar);
  if (!std::isnan(live_)) {
    const double v = std::clamp(live_, 0.0, 1.0);
    const QColor c = v >= 0.9   ? QColor(0xd0, 0x30, 0x20)
                     : v >= 0.7 ? QColor(0xe6, 0x9f, 0x00)
                                : QColor(0x2c, 0xa0, 0x5a);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawRect(QRectF(bar.left() + 1, bar.top() + 1, (bar.width() - 2) * v, bar.height() - 2));
  }
  if (!std::isnan(model_)) {
    const double x = bar.left() + bar.width() * std::clamp(model_, 0.0, 1.0);
    p.setPen(QPen(readableOn(modelColor(), palette().color(QPalette::Base), palette()), 2.5));
    p.drawLine(QPointF(x, bar.top() - 1), QPointF(x, bar.bottom() + 1));
  }
  p.setPen(palette().color(QPalette::Text));
  const QString live =
      std::isnan(live_) ? QStringLiteral("–") : QStringLiteral("%1%").arg(std::lround(live_ * 100));
  p.drawText(bar.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, live);
  p.drawText(QRectF(bar.left(), bar.bottom() + 1, bar.width(), lh), Qt::AlignLeft | Qt::AlignTop,
             QStringLiteral("0%"));
  p.drawText(QRectF(bar.left(), bar.bottom() + 1, bar.width(), lh), Qt::AlignRight | Qt::AlignTop,
             tr("100% = ceiling"));
  if (!std::isnan(model_))
    p.drawText(QRectF(bar.left(), bar.bottom() + 1, bar.width(), lh), Qt::AlignHCenter | Qt::AlignTop,
               tr("| model %1%").arg(std::lround(model_ * 100)));
}

CeilingPanel::CeilingPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* heading = new QLabel(tr("<b>Master utilization</b> (the serialization ceiling)"), this);
  layout->addWidget(heading);
  gauge_ = new UtilizationGauge(this);
  gauge_->setAccessibleName(tr("Master utilization"));
  gauge_->setAccessibleDescription(
      tr("The master's utilization while the lab runs, against its ceiling (100%) and the model's value."));
  layout->addWidget(gauge_);
  text_ = new QLabel(this);
  text_->setWordWrap(true);
  layout->addWidget(text_);
  chart_ = new ChartWidget(this);
  chart_->setExportName(QStringLiteral("ceiling"));
  chart_->setMinimumHeight(170);
  layout->addWidget(chart_, 1);
}

void CeilingPanel::setLab(const run::Lab* lab, std::vector<run::MetricSpec> metrics) {
  lab_ = lab;
  metrics_ = std::move(metrics);
  master_ = -1;
  masterUtilKey_.clear();
  capacityKey_.clear();
  throughputKey_.clear();
  if (lab_ != nullptr)
    for (const auto& panel : lab_->panels())
      if (panel.kind == run::PanelKind::Ceiling && masterUtilKey_.empty()) {
        master_ = panel.station;
        masterUtilKey_ = panel.utilization;
        capacityKey_ = panel.capacity;
      }
  throughputKey_ = throughputMetric(metrics_);
  workersKey_.clear();
  if (lab_ != nullptr)
    for (const auto& p : lab_->params())
      if (p.key == kWorkersKey && p.kind != run::ParamKind::Choice && p.kind != run::ParamKind::Text)
        workersKey_ = p.key;
  applicable_ = lab_ != nullptr && !masterUtilKey_.empty();
  liveUtil_ = measuredUtil_ = NAN;
  chart_->setVisible(applicable_ && !workersKey_.empty() && !throughputKey_.empty());
  gauge_->setVisible(applicable_);
  updateText();
}

void CeilingPanel::setParams(const run::Params& params, const run::ModelResult& model) {
  if (!applicable_) return;
  auto val = [&](const std::string& k) {
    auto it = model.values.find(k);
    return it == model.values.end() ? NAN : it->second;
  };
  modelUtil_ = val(masterUtilKey_);
  offered_ = model.stable ? val(throughputKey_) : NAN;
  ceiling_ = ceilingOf(model);
  capacity_ = capacityOf(model);
  bottleneck_ = model.bottleneck;
  stable_ = model.stable;
  measuredUtil_ = NAN;
  workers_ = !workersKey_.empty() && params.has(workersKey_) ? params.integer(workersKey_) : 0;

  if (chart_->isVisibleTo(this)) {
    const auto specs = lab_->params();
    const run::ParamSpec* ws = run::findSpec(specs, workersKey_);
    const run::MetricSpec* tm = findMetric(metrics_, throughputKey_);
    PlotData d;
    d.title = tr("Capacity vs workers");
    d.xLabel = labText(ws->label.empty() ? ws->key : ws->label);
    d.yLabel = tm != nullptr
                   ? labText(tm->label) +
                         (tm->unit.empty() ? QString()
                                           : QStringLiteral(" [%1]").arg(QString::fromStdString(tm->unit)))
                   : QString();
    // The curve's interesting part is at few workers; a log axis shows 1..64 evenly.
    d.logX = ws->max / std::max(1.0, ws->min) >= 16;
    d.legend = PlotData::Legend::BottomRight;
    PlotLayer cap;
    cap.name = tr("capacity (model)");
    cap.color = simColor();
    const double lo = std::max(1.0, std::ceil(ws->min));
    const double hi = std::max(lo, std::floor(ws->max));
    const auto pts = sampleCurve(lo, hi, kCurvePoints, false, true, kCurveBudgetMs, [&](double w) {
      run::Params p = params;
      p.set(workersKey_, w);
      try {
        return capacityOf(lab_->model(p));
      } catch (const std::exception&) {
        return static_cast<double>(NAN);  // the model rejects this point: leave a gap
      }
    });
    for (const auto& [w, c] : pts) {
      cap.x.push_back(w);
      cap.y.push_back(c);
    }
    d.layers.push_back(cap);
    if (!std::isnan(ceiling_)) {
      PlotLayer ceil;
      ceil.style = LayerStyle::HLine;
      ceil.color = QColor(0xc0, 0x20, 0x20);
      ceil.dashed = true;
      ceil.y.push_back(ceiling_);
      ceil.label = tr("master ceiling %1").arg(formatValue(ceiling_, 3));
      d.layers.push_back(ceil);
    }
    if (workers_ > 0 && !std::isnan(offered_)) {
      PlotLayer here;
      here.name = tr("you are here");
      here.style = LayerStyle::Points;
      here.color = QColor(0xc0, 0x20, 0x20);
      here.x.push_back(workers_);
      here.y.push_back(offered_);
      d.layers.push_back(here);
    }
    if (workers_ > 0) {
      PlotLayer v;
      v.style = LayerStyle::VLine;
      v.color = QColor(0xc0, 0x20, 0x20, 140);
      v.x.push_back(workers_);
      v.label = tr("you are here");
      d.layers.push_back(v);
    }
    chart_->setPlot(d);
  }
  gauge_->setValues(std::isnan(liveUtil_) ? measuredUtil_ : liveUtil_, modelUtil_);
  updateText();
}

double CeilingPanel::ceilingOf(const run::ModelResult& model) const {
  // The lab names its master's capacity where it knows it; otherwise throughput / utilization.
  if (!capacityKey_.empty()) {
    auto it = model.values.find(capacityKey_);
    return it != model.values.end() && it->second > 0 ? it->second : NAN;
  }
  return modelCeiling(metrics_, model, master_);
}

double CeilingPanel::capacityOf(const run::ModelResult& model) const {
  const double all = modelCapacity(metrics_, model), master = ceilingOf(model);
  if (std::isnan(all)) return master;
  return std::isnan(master) ? all : std::min(all, master);
}

void CeilingPanel::setLiveUtilization(double utilization) {
  liveUtil_ = utilization;
  gauge_->setValues(std::isnan(liveUtil_) ? measuredUtil_ : liveUtil_, modelUtil_);
}

void CeilingPanel::setMeasured(const run::RunResult* result) {
  measuredUtil_ = NAN;
  if (result != nullptr)
    if (auto it = result->metrics.find(masterUtilKey_); it != result->metrics.end())
      measuredUtil_ = it->second.mean;
  liveUtil_ = NAN;
  gauge_->setValues(measuredUtil_, modelUtil_);
  updateText();
}

void CeilingPanel::updateText() {
  if (!applicable_) {
    text_->setText(
        tr("This lab has no single serializing master, so there is no serialization ceiling to show."));
    return;
  }
  QStringList parts;
  const run::MetricSpec* tm = findMetric(metrics_, throughputKey_);
  const QString unit = tm != nullptr && !tm->unit.empty() ? QString::fromStdString(tm->unit) : tr("1/s");
  if (!std::isnan(ceiling_))
    parts << tr("Ceiling: at most <b>%1 %2</b> through the master, however many workers.")
                 .arg(formatValue(ceiling_, 3), unit);
  if (!std::isnan(capacity_) && workers_ > 0)
    parts << tr("Capacity with %n worker(s): %1 %2", "", workers_).arg(formatValue(capacity_, 3), unit) +
                 (bottleneck_.empty() ? QStringLiteral(".")
                                      : tr(" (bottleneck: %1).").arg(labText(bottleneck_)));
  else if (!bottleneck_.empty())
    parts << tr("Bottleneck: %1.").arg(labText(bottleneck_));
  if (!stable_)
    parts << tr(
        "<span style='color:#c02020'>Unstable: the queue in front of the bottleneck grows without bound.</span>");
  text_->setText(parts.join(QLatin1Char(' ')));
}

}  // namespace amp::widgets
