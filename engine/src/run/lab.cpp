// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/lab.h"

#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <cmath>

#include "amp/run/phrase.h"

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

OutputSpec outputSpec(std::string key, std::string label, OutputKind kind, std::string unit) {
  OutputSpec o;
  o.key = std::move(key);
  o.label = std::move(label);
  o.kind = kind;
  o.unit = std::move(unit);
  return o;
}

PanelSpec flowPanel() { return PanelSpec{}; }

PanelSpec ceilingPanel(int station, std::string utilizationMetric, std::string capacityModelValue) {
  PanelSpec p;
  p.kind = PanelKind::Ceiling;
  p.station = station;
  p.utilization = std::move(utilizationMetric);
  p.capacity = std::move(capacityModelValue);
  return p;
}

PanelSpec chartPanel(std::string chartId) {
  PanelSpec p;
  p.kind = PanelKind::Chart;
  p.chart = std::move(chartId);
  return p;
}

std::vector<PanelSpec> Lab::panels() const {
  std::vector<PanelSpec> out{flowPanel()};
  const Topology topo = topology(defaults(params()));
  for (auto v : boost::make_iterator_range(boost::vertices(topo))) {
    if (!topo[v].master) continue;
    for (const auto& m : metrics()) {
      if (m.source == MetricSource::Utilization && m.station == static_cast<int>(v)) {
        out.push_back(ceilingPanel(static_cast<int>(v), m.key, {}));
        return out;
      }
    }
  }
  return out;
}

RealOutcome Lab::runReal(const Params&, const RealControl&, observe::Recorder&) const {
  RealOutcome out;
  out.error = phrase("the lab '%1' has no real mode", {info().id});
  return out;
}

void Lab::deriveOutputs(const Params&, const observe::Aggregator&, Mode, observe::LabOutputs&) const {}

void Lab::customMetrics(const Params&, const observe::Aggregator&, Mode,
                        std::map<std::string, double>&) const {}

namespace {

/// Records one parameter's change in `out`, in the words people read: the parameter's label and
/// unit, not its key.
void noteChange(const std::vector<ParamSpec>& specs, FittedParams& out, const std::string& key, double was,
                double now) {
  const ParamSpec* s = findSpec(specs, key);
  out.params.set(key, now);
  out.changed = true;
  // One change, a template of its own ("workers 16 → 1"), so a reader's language finds it again.
  out.words += (out.words.empty() ? "" : ", ") +
               phrase("%1 %2 → %3", {parameterName(specs, key), formatNumber(was),
                                     formatNumber(std::round(now * 1000) / 1000) +
                                         (s != nullptr && !s->unit.empty() ? " " + s->unit : std::string())});
}

}  // namespace

FittedParams fitWorkers(const Lab& lab, const Params& p, int cores) {
  FittedParams out{p, false, {}};
  const std::optional<HostFit> fit = lab.hostFitFor(p);
  if (!fit || !p.has(fit->workers) || cores <= 0) return out;
  const int workers = static_cast<int>(std::lround(p.num(fit->workers)));
  const int room = std::max(1, cores - fit->otherBusySeats);
  if (workers <= room) return out;
  const std::vector<ParamSpec> specs = lab.params();
  const double k = static_cast<double>(room) / workers;
  noteChange(specs, out, fit->workers, workers, room);
  for (const auto& key : fit->perWorkerTimes)
    if (p.has(key)) noteChange(specs, out, key, p.num(key), p.num(key) * k);
  const std::string busy = std::to_string(room + fit->otherBusySeats);
  out.words = cores == 1 ? phrase("%1 (same utilizations, %2 busy seats on one core)", {out.words, busy})
                         : phrase("%1 (same utilizations, %2 busy seats on %3 cores)",
                                  {out.words, busy, std::to_string(cores)});
  return out;
}

FittedParams fitToHost(const Lab& lab, const Params& p, int cores, const std::vector<std::string>& chosen) {
  const auto isChosen = [&](const std::string& key) {
    return std::find(chosen.begin(), chosen.end(), key) != chosen.end();
  };
  FittedParams out{p, false, {}};
  // The real face's own starting values, only where the student has not moved the parameter.
  if (const std::optional<RealDefaults> real = lab.realDefaults()) {
    const std::vector<ParamSpec> specs = lab.params();
    for (const auto& [key, value] : real->values) {
      const ParamSpec* s = findSpec(specs, key);
      if (s == nullptr || !p.has(key) || isChosen(key) || p.num(key) != s->def || value == s->def) continue;
      noteChange(specs, out, key, s->def, value);
    }
    if (out.changed)
      out.words = phrase("%1 (the real run's own starting values: %2)", {out.words, real->why});
  }
  const std::optional<HostFit> fit = lab.hostFitFor(out.params);
  if (fit && isChosen(fit->workers)) return out;
  // A worker's times scale even where the user set them: the utilizations they meant stay.
  const FittedParams workers = fitWorkers(lab, out.params, cores);
  if (!workers.changed) return out;
  out.params = workers.params;
  out.words += (out.changed ? ", " : "") + workers.words;
  out.changed = true;
  return out;
}

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
