// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Sweep curve: the model along one parameter, a sweep's points with their CI, the finished runs,
// and "you are here".
#include <algorithm>
#include <cmath>

#include "widgets/charts/chart_kinds.h"
#include "widgets/format.h"

namespace amp::widgets {

namespace {
constexpr int kModelCurvePoints = 80;
// Per curve and redraw; a model that solves a Markov chain per point gets fewer points.
constexpr double kCurveBudgetMs = 25.0;
}  // namespace

PlotData buildSweepCurve(const ChartInputs& in) {
  const auto& spec = *in.spec;
  PlotData d;
  d.logX = spec.logX;
  d.logY = spec.logY;
  const auto params = in.lab->params();
  const run::ParamSpec* ps = run::findSpec(params, spec.sweepKey);
  if (ps == nullptr) {
    d.placeholder =
        tr("This chart sweeps an unknown parameter '%1'").arg(QString::fromStdString(spec.sweepKey));
    return d;
  }
  QString xl = labText(ps->label.empty() ? ps->key : ps->label);
  if (!ps->unit.empty()) xl += QStringLiteral(" [%1]").arg(QString::fromStdString(ps->unit));
  d.xLabel = spec.xLabel.empty() ? xl : labText(spec.xLabel);
  const run::MetricSpec* first = in.metrics != nullptr && !spec.metrics.empty()
                                     ? findMetric(*in.metrics, spec.metrics.front())
                                     : nullptr;
  d.yLabel = spec.yLabel.empty() ? metricTitle(first, spec.metrics.empty() ? "" : spec.metrics.front())
                                 : labText(spec.yLabel);

  // A choice parameter is swept over its choices: x is the choice's index, labelled by name.
  const bool choice = ps->kind == run::ParamKind::Choice && !ps->choices.empty();
  auto xOf = [&](const run::Params& prm) {
    if (!prm.has(spec.sweepKey)) return kNaN;
    if (!choice) return prm.num(spec.sweepKey);
    const auto it = std::find(ps->choices.begin(), ps->choices.end(), prm.text(spec.sweepKey));
    return it == ps->choices.end() ? kNaN : static_cast<double>(it - ps->choices.begin());
  };
  double from = spec.sweepTo > spec.sweepFrom ? spec.sweepFrom : ps->min;
  double to = spec.sweepTo > spec.sweepFrom ? spec.sweepTo : ps->max;
  if (choice) {
    from = 0;
    to = static_cast<double>(ps->choices.size() - 1);
    for (const auto& c : ps->choices) d.categories << QString::fromStdString(c);
  }
  if (in.sweep != nullptr)
    for (const auto& pt : *in.sweep) {
      from = std::min(from, pt.value);
      to = std::max(to, pt.value);
    }
  const bool log = spec.logX && from > 0 && !choice;
  const bool integer = ps->kind == run::ParamKind::Integer || choice;

  for (std::size_t mi = 0; mi < spec.metrics.size(); ++mi) {
    const std::string& key = spec.metrics[mi];
    const run::MetricSpec* m = in.metrics != nullptr ? findMetric(*in.metrics, key) : nullptr;
    const QString mname =
        m != nullptr ? labText(m->label.empty() ? key : m->label) : QString::fromStdString(key);
    const QString suffix = spec.metrics.size() > 1 ? QStringLiteral(" · ") + mname : QString();
    // Model curve: the lab's model evaluated along the swept parameter, all else as set now.
    if (in.params != nullptr && in.showModel) {
      PlotLayer curve;
      curve.name = tr("model") + suffix;
      curve.color = spec.metrics.size() > 1 ? paletteColor(static_cast<int>(mi)).darker(130) : modelColor();
      const auto pts = sampleCurve(from, to, kModelCurvePoints, log, integer, kCurveBudgetMs, [&](double x) {
        run::Params p = *in.params;
        if (choice) {
          const auto i = static_cast<std::size_t>(std::clamp(x, 0.0, to));
          p.setText(spec.sweepKey, ps->choices[std::min(i, ps->choices.size() - 1)]);
        } else {
          p.set(spec.sweepKey, x);
        }
        try {
          const auto mr = in.lab->model(p);
          auto it = mr.values.find(key);
          if (mr.stable && it != mr.values.end()) return it->second;
        } catch (const std::exception&) {
          // a point the model rejects is a gap in the curve, not an error
        }
        return kNaN;
      });
      for (const auto& [x, y] : pts) {
        curve.x.push_back(x);
        curve.y.push_back(y);
      }
      if (!curve.x.isEmpty()) d.layers.push_back(std::move(curve));
    }
    if (in.sweep != nullptr && !in.sweep->empty()) {
      PlotLayer pts;
      pts.name = (in.sweep->front().result.mode == run::Mode::Real ? tr("real sweep (95% CI)")
                                                                   : tr("simulation sweep (95% CI)")) +
                 suffix;
      pts.style = LayerStyle::Points;
      pts.color = spec.metrics.size() > 1                            ? paletteColor(static_cast<int>(mi))
                  : in.sweep->front().result.mode == run::Mode::Real ? realColor()
                                                                     : simColor();
      for (const auto& pt : *in.sweep) {
        const auto* mv = resultMetric(&pt.result, key);
        if (mv == nullptr || pt.result.status != run::RunStatus::Ok) continue;
        pts.x.push_back(pt.value);
        pts.y.push_back(mv->mean);
        pts.errMinus.push_back(std::max(0.0, mv->mean - mv->ciLo));
        pts.errPlus.push_back(std::max(0.0, mv->ciHi - mv->mean));
      }
      if (!pts.x.isEmpty()) d.layers.push_back(std::move(pts));
    }
    for (const auto& src : in.results) {
      const auto* mv = resultMetric(src.result, key);
      const double x = xOf(src.result->params);
      if (mv == nullptr || std::isnan(x)) continue;
      PlotLayer pt;
      pt.name = src.name + suffix;
      pt.style = LayerStyle::Points;
      pt.color = src.color;
      pt.x.push_back(x);
      pt.y.push_back(mv->mean);
      pt.errMinus.push_back(std::max(0.0, mv->mean - mv->ciLo));
      pt.errPlus.push_back(std::max(0.0, mv->ciHi - mv->mean));
      d.layers.push_back(std::move(pt));
    }
  }
  if (in.params != nullptr && !std::isnan(xOf(*in.params))) {
    PlotLayer here;
    here.style = LayerStyle::VLine;
    here.color = QColor(0xc0, 0x20, 0x20);
    here.x.push_back(xOf(*in.params));
    here.label = tr("you are here");
    d.layers.push_back(std::move(here));
  }
  return d;
}

}  // namespace amp::widgets
