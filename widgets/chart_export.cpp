// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/chart_export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <algorithm>
#include <cmath>

#include "widgets/chart_builder.h"
#include "widgets/chart_widget.h"
#include "widgets/format.h"

namespace amp::widgets {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("amp::widgets", text); }

QString checkSuffix(const QString& file) {
  const QString s = QFileInfo(file).suffix().toLower();
  if (s == QLatin1String("png") || s == QLatin1String("svg") || s == QLatin1String("pdf")) return {};
  return tr("Unknown chart format '%1': use .png, .svg or .pdf").arg(s);
}
}  // namespace

QString exportPlot(const PlotData& plot, const QString& file, QSize size, double fontPt) {
  if (QString err = checkSuffix(file); !err.isEmpty()) return err;
  // The widget is never shown: QCustomPlot renders into the file's paint device directly.
  ChartWidget chart;
  if (fontPt > 0) {
    QFont f = chart.font();
    f.setPointSizeF(fontPt);
    chart.setFont(f);  // a font change re-applies the title, axis and legend fonts
  }
  chart.resize(size);
  chart.setPlot(plot);
  return chart.saveTo(file, size);
}

run::ChartSpec defaultChart(const run::Lab& lab) {
  const auto charts = lab.charts();
  if (!charts.empty()) return charts.front();
  run::ChartSpec spec;
  spec.id = "key_metric";
  spec.kind = run::ChartKind::BarsPerStation;
  spec.metrics = {lab.keyMetric()};
  const auto metrics = lab.metrics();
  if (const auto* m = findMetric(metrics, lab.keyMetric())) spec.title = m->label;
  return spec;
}

QString exportChart(const run::Lab& lab, const run::ChartSpec& spec, const run::RunResult& result,
                    const QString& file, QSize size, double fontPt) {
  if (QString err = checkSuffix(file); !err.isEmpty()) return err;
  const auto metrics = lab.metrics();
  ChartInputs in;
  in.lab = &lab;
  in.spec = &spec;
  in.metrics = &metrics;
  in.params = &result.params;
  // A run carries the model at its own parameters; recompute only for a run stored without it.
  run::ModelResult model = result.model;
  if (model.values.empty()) {
    try {
      model = lab.model(result.params);
    } catch (const std::exception&) {
      model = {};
    }
  }
  in.model = &model;
  const QColor color = result.mode == run::Mode::Real ? realColor() : simColor();
  const QString name = result.mode == run::Mode::Real ? tr("real") : tr("simulation");
  if (result.mode != run::Mode::Model) in.results.push_back(ResultSource{name, color, &result});
  PlotData plot = buildChart(in);
  return exportPlot(plot, file, size, fontPt);
}

QString exportSweep(const run::Lab& lab, const run::SweepSpec& sweep,
                    const std::vector<run::SweepPoint>& points, const std::string& metric,
                    const QString& file, QSize size, double fontPt) {
  if (QString err = checkSuffix(file); !err.isEmpty()) return err;
  const auto metrics = lab.metrics();
  run::ChartSpec spec;
  spec.id = "sweep";
  spec.kind = run::ChartKind::SweepCurve;
  spec.sweepKey = sweep.key;
  spec.sweepFrom = sweep.from;
  spec.sweepTo = sweep.to;
  spec.sweepSteps = sweep.steps;
  spec.logX = sweep.log;
  spec.metrics = {metric.empty() ? lab.keyMetric() : metric};
  const auto* m = findMetric(metrics, spec.metrics.front());
  const auto params = lab.params();
  const auto* p = run::findSpec(params, sweep.key);
  spec.title =
      (m != nullptr ? m->label : spec.metrics.front()) + " vs " + (p != nullptr ? p->label : sweep.key);
  ChartInputs in;
  in.lab = &lab;
  in.spec = &spec;
  in.metrics = &metrics;
  in.params = &sweep.base.params;
  in.sweep = &points;
  PlotData plot = buildChart(in);
  // The base parameters' value of the swept key is not a position the sweep had; drop its marker.
  std::erase_if(plot.layers, [](const PlotLayer& l) { return l.style == LayerStyle::VLine; });
  return exportPlot(plot, file, size, fontPt);
}

QString exportSweep(const run::Lab& lab, const std::string& key, const std::vector<run::SweepPoint>& points,
                    const std::string& metric, const QString& file, QSize size, double fontPt) {
  run::SweepSpec sweep;
  sweep.key = key;
  if (!points.empty()) {
    sweep.base.params = points.front().result.params;
    sweep.base.mode = points.front().result.mode;
    auto [lo, hi] = std::minmax_element(
        points.begin(), points.end(),
        [](const run::SweepPoint& a, const run::SweepPoint& b) { return a.value < b.value; });
    sweep.from = lo->value;
    sweep.to = hi->value;
    sweep.steps = static_cast<int>(points.size());
    // Points spaced by a constant ratio were a log sweep; chart them on a log axis.
    if (points.size() >= 3 && sweep.from > 0) {
      const double r1 = points[1].value / points[0].value, r2 = points[2].value / points[1].value;
      sweep.log = std::fabs(r1 - r2) < 1e-6 * r1 && std::fabs(r1 - 1.0) > 1e-9 &&
                  std::fabs((points[1].value - points[0].value) - (points[2].value - points[1].value)) > 1e-9;
    }
  }
  return exportSweep(lab, sweep, points, metric, file, size, fontPt);
}

}  // namespace amp::widgets
