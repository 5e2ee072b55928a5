// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/lab.h"

namespace amp::run {

MetricSpec metricSpec(std::string key, std::string label, std::string unit, MetricSource source,
                      int station) {
  MetricSpec m;
  m.key = std::move(key);
  m.label = std::move(label);
  m.unit = std::move(unit);
  m.source = source;
  m.station = station;
  return m;
}

ChartSpec chartSpec(std::string id, std::string title, ChartKind kind, std::vector<std::string> metrics) {
  ChartSpec c;
  c.id = std::move(id);
  c.title = std::move(title);
  c.kind = kind;
  c.metrics = std::move(metrics);
  return c;
}

RealOutcome Lab::runReal(const Params&, const RealControl&, observe::Recorder&) const {
  RealOutcome out;
  out.error = "the lab '" + info().id + "' has no real mode";
  return out;
}

void Lab::customMetrics(const Params&, const observe::Aggregator&, Mode,
                        std::map<std::string, double>&) const {}

bool Lab::measuredParams(const Params&, const RunResult&, Params&) const { return false; }

bool measuredParams(const Params& p, const RunResult& r, const std::vector<MeasuredSource>& sources,
                    Params& out) {
  out = p;
  bool any = false;
  for (const MeasuredSource& s : sources) {
    if (!p.has(s.param)) continue;  // the lab's parameters decide what the model can take
    double v = 0.0;
    if (s.metric.rfind("fact:", 0) == 0) {
      auto it = r.facts.find(s.metric.substr(5));
      if (it == r.facts.end()) continue;
      v = it->second;
    } else {
      auto it = r.metrics.find(s.metric);
      if (it == r.metrics.end() || it->second.samples == 0) continue;
      v = it->second.mean;
    }
    if (!(v > 0.0)) continue;  // nothing measured (or a zero that would break the model)
    out.set(s.param, v * s.scale);
    any = true;
  }
  return any;
}

std::string Lab::likelyDeviation(const Params&, Mode mode) const {
  if (mode == Mode::Real) {
    return "real mode adds hand-off costs, scheduling and OS noise that the model leaves out";
  }
  return "the run may be too short for its variability, or the model is an approximation here";
}

}  // namespace amp::run
