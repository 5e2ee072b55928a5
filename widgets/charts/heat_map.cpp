// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Heat map: a metric over two parameters. A two-parameter sweep's measured means where one was
// run, else the model over the grid (evaluated within a time budget: a slow model leaves gaps).
#include <chrono>
#include <cmath>

#include "widgets/charts/chart_kinds.h"
#include "widgets/format.h"

namespace amp::widgets {

namespace {
constexpr double kModelBudgetMs = 150;

std::vector<double> gridOf(double from, double to, int steps) {
  std::vector<double> v;
  for (int i = 0; i < steps; ++i) v.push_back(steps == 1 ? from : from + (to - from) * i / (steps - 1));
  return v;
}

QString paramTitle(const run::Lab& lab, const std::string& key) {
  const auto specs = lab.params();
  const run::ParamSpec* p = run::findSpec(specs, key);
  if (p == nullptr) return QString::fromStdString(key);
  QString t = labText(p->label.empty() ? key : p->label);
  if (!p->unit.empty()) t += QStringLiteral(" [%1]").arg(QString::fromStdString(p->unit));
  return t;
}
}  // namespace

PlotData buildHeatMap(const ChartInputs& in) {
  const auto& spec = *in.spec;
  const run::MetricSpec* m = firstMetric(in);
  PlotData d;
  d.xLabel = spec.xLabel.empty() ? paramTitle(*in.lab, spec.sweepKey) : labText(spec.xLabel);
  d.yLabel = spec.yLabel.empty() ? paramTitle(*in.lab, spec.sweepKey2) : labText(spec.yLabel);
  d.yFromZero = false;
  PlotLayer cells;
  cells.style = LayerStyle::Cells;
  cells.name = metricTitle(m, spec.metrics.empty() ? std::string() : spec.metrics.front());
  std::vector<double> xs = gridOf(spec.sweepFrom, spec.sweepTo, spec.sweepSteps);
  std::vector<double> ys = gridOf(spec.sweep2From, spec.sweep2To, spec.sweep2Steps);
  const std::string key = m != nullptr ? m->key : std::string();

  // A two-parameter sweep of these parameters: its grid and its means.
  bool measured = false;
  if (in.sweep != nullptr && !in.sweep->empty() && std::isfinite(in.sweep->front().value2) &&
      in.sweep->front().result.params.has(spec.sweepKey) &&
      in.sweep->front().result.params.has(spec.sweepKey2)) {
    std::vector<double> sx, sy;
    for (const auto& pt : *in.sweep) {
      if (std::find(sx.begin(), sx.end(), pt.value) == sx.end()) sx.push_back(pt.value);
      if (std::find(sy.begin(), sy.end(), pt.value2) == sy.end()) sy.push_back(pt.value2);
    }
    std::sort(sx.begin(), sx.end());
    std::sort(sy.begin(), sy.end());
    xs = sx;
    ys = sy;
    cells.z.fill(kNaN, static_cast<int>(xs.size() * ys.size()));
    for (const auto& pt : *in.sweep) {
      const auto i = std::find(xs.begin(), xs.end(), pt.value) - xs.begin();
      const auto j = std::find(ys.begin(), ys.end(), pt.value2) - ys.begin();
      if (const auto* mv = resultMetric(&pt.result, key))
        cells.z[static_cast<int>(j * xs.size() + i)] = mv->mean;
    }
    measured = true;
    cells.name += tr(" (sweep)");
  } else if (in.params != nullptr && in.showModel && !key.empty()) {
    cells.z.fill(kNaN, static_cast<int>(xs.size() * ys.size()));
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t j = 0; j < ys.size(); ++j)
      for (std::size_t i = 0; i < xs.size(); ++i) {
        if (std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() >
            kModelBudgetMs)
          break;
        run::Params p = *in.params;
        p.set(spec.sweepKey, xs[i]);
        p.set(spec.sweepKey2, ys[j]);
        try {
          const run::ModelResult r = in.lab->model(p);
          if (auto it = r.values.find(key); it != r.values.end() && r.stable)
            cells.z[static_cast<int>(j * xs.size() + i)] = it->second;
        } catch (const std::exception&) {
          // the model rejects this point: leave the cell empty
        }
      }
    cells.name += tr(" (model)");
  }
  for (double x : xs) cells.x.push_back(x);
  for (double y : ys) cells.y.push_back(y);
  // A choice parameter is swept by index: name its values on the axis.
  const auto specs = in.lab->params();
  if (const run::ParamSpec* px = run::findSpec(specs, spec.sweepKey);
      px != nullptr && px->kind == run::ParamKind::Choice)
    for (const auto& c : px->choices) d.categories << labText(c);
  if (const run::ParamSpec* py = run::findSpec(specs, spec.sweepKey2);
      py != nullptr && py->kind == run::ParamKind::Choice)
    for (const auto& c : py->choices) d.yCategories << labText(c);
  d.layers.push_back(std::move(cells));
  if (!d.hasData())
    d.placeholder =
        measured ? tr("The sweep measured nothing here") : tr("Sweep both parameters to fill the map");
  return d;
}

}  // namespace amp::widgets
