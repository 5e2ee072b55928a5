// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Timeline: a run's events as bars on lanes (tasks per worker, pauses, an incident's steps), one
// colour per kind of event, from the first finished run that has the lab's timeline.
#include <map>

#include "widgets/charts/chart_kinds.h"
#include "widgets/format.h"

namespace amp::widgets {

namespace {
/// A timeline with more events than this draws its first ones only (and says so).
constexpr std::size_t kMaxEvents = 4000;

QColor kindColor(std::size_t k) {
  static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                   QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                   QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};
  return palette[k % (sizeof palette / sizeof palette[0])];
}
}  // namespace

PlotData buildTimeline(const ChartInputs& in) {
  const auto& spec = *in.spec;
  PlotData d;
  d.xLabel = spec.xLabel.empty() ? tr("time [s]") : labText(spec.xLabel);
  d.yLabel = labText(spec.yLabel);
  d.yFromZero = false;
  d.legend = PlotData::Legend::Below;
  const run::Timeline* t = nullptr;
  QString from;
  for (const auto& src : in.results) {
    for (const auto& tl : src.result->timelines)
      if (tl.name == spec.series) t = &tl;
    if (t != nullptr) {
      from = src.name;
      break;
    }
  }
  if (t == nullptr) {
    d.placeholder = tr("Press Run to see who did what, when");
    return d;
  }
  for (const auto& lane : t->lanes) d.yCategories << labText(lane);
  std::map<std::string, std::size_t> layerOfKind;
  for (std::size_t i = 0; i < t->events.size() && i < kMaxEvents; ++i) {
    const run::TimelineEvent& e = t->events[i];
    auto [it, fresh] = layerOfKind.try_emplace(e.kind, d.layers.size());
    if (fresh) {
      PlotLayer l;
      l.style = LayerStyle::Spans;
      l.name = labText(e.kind.empty() ? std::string("event") : e.kind);
      l.color = kindColor(it->second);
      d.layers.push_back(std::move(l));
    }
    PlotLayer& l = d.layers[it->second];
    const auto lane = std::find(t->lanes.begin(), t->lanes.end(), e.lane) - t->lanes.begin();
    l.x.push_back(e.startS);
    l.x2.push_back(e.endS);
    l.y.push_back(static_cast<double>(lane));
  }
  if (t->events.size() > kMaxEvents)
    d.title = tr("first %1 of %2 events").arg(kMaxEvents).arg(t->events.size());
  if (d.layers.size() < 2 && !from.isEmpty() && !d.layers.empty()) d.layers.front().name = from;
  return d;
}

}  // namespace amp::widgets
