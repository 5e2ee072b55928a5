// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/time_scale.h"

#include <cmath>

namespace amp::run {

int timePower(const std::string& unit) {
  for (const char* t : {"ns", "µs", "us", "ms", "s"})
    if (unit == t) return 1;
  if (unit.size() >= 2 && unit.compare(unit.size() - 2, 2, "/s") == 0) return -1;
  return 0;
}

Params scaledForReal(const TimeScale& scale, const Params& labTime, double k) {
  Params p = labTime;
  if (k == 1.0) return p;
  for (const auto& key : scale.times)
    if (p.has(key)) p.set(key, p.num(key) / k);
  for (const auto& key : scale.rates)
    if (p.has(key)) p.set(key, p.num(key) * k);
  return p;
}

namespace {

double factorFor(const std::string& unit, double k) { return std::pow(k, timePower(unit)); }

}  // namespace

void toLabTime(RunResult& r, double k) {
  if (k == 1.0) return;
  for (auto& [key, m] : r.metrics) {
    const double f = factorFor(m.unit, k);
    m.mean *= f;
    m.ciLo *= f;
    m.ciHi *= f;
    for (auto& [name, v] : m.percentiles) v *= f;
  }
  for (auto& s : r.series) {
    const double fx = factorFor(s.xUnit, k), fy = factorFor(s.yUnit, k);
    for (auto* pts : {&s.points, &s.band})
      for (auto& [x, y] : *pts) {
        x *= fx;
        y *= fy;
      }
  }
  for (auto& h : r.histograms) {
    const double f = factorFor(h.unit, k);
    for (auto& [edge, count] : h.edgesAndCounts) edge *= f;
  }
  for (auto& t : r.tables) {
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const double f = factorFor(t.columns[c].unit, k);
      if (f == 1.0 || t.columns[c].text) continue;
      for (auto& row : t.rows) {
        if (c >= row.size()) continue;
        row[c].num *= f;
        row[c].lo *= f;
        row[c].hi *= f;
      }
    }
  }
  for (auto& tl : r.timelines)
    for (auto& e : tl.events) {
      e.startS *= k;
      e.endS *= k;
    }
  r.simSecondsPerRep *= k;
  r.warmupSeconds *= k;
}

std::string timeScaleText(double k) {
  const double r = std::round(k);
  return "1:" + (std::abs(k - r) < 1e-9 ? std::to_string(static_cast<long long>(r)) : std::to_string(k));
}

}  // namespace amp::run
