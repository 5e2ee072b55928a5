// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/time_scale.h"

#include <cmath>
#include <cstdlib>

#include "amp/run/phrase.h"

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
  // 1:k compresses, k:1 stretches (a lab whose costs are µs runs slower to keep fixed costs small).
  auto whole = [](double v) {
    const double r = std::round(v * 1000) / 1000;
    return std::abs(r - std::round(r)) < 1e-9 ? std::to_string(static_cast<long long>(std::round(r)))
                                              : formatNumber(r);
  };
  return k >= 1.0 ? "1:" + whole(k) : whole(1.0 / k) + ":1";
}

bool parseTimeScale(const std::string& text, double& k) {
  const auto number = [](const std::string& t, double& v) {
    char* end = nullptr;
    v = std::strtod(t.c_str(), &end);
    return !t.empty() && end == t.c_str() + t.size() && std::isfinite(v) && v > 0;
  };
  const std::size_t colon = text.find(':');
  double a = 1, b = 0;
  if (colon == std::string::npos) {
    if (!number(text, b)) return false;
  } else if (!number(text.substr(0, colon), a) || !number(text.substr(colon + 1), b)) {
    return false;
  }
  k = b / a;
  return k >= 0.01 && k <= 10000;
}

std::string timeScaleWords(double k) {
  const std::string text = timeScaleText(k);
  if (k >= 1.0) {
    const std::string f = formatNumber(std::round(k * 1000) / 1000);
    return phrase(
        "time scale %1: the lab's work ran %2× shorter and its arrivals came %2× denser; results are in the lab's "
        "time; fixed costs (hand-off, wake-up, system calls) did not shrink, so they weigh %2× more than at 1:1",
        {text, f});
  }
  const std::string f = formatNumber(std::round(1000 / k) / 1000);
  return phrase(
      "time scale %1: the lab's work ran %2× longer and its arrivals came %2× sparser; results are in the lab's "
      "time; fixed costs (hand-off, wake-up, system calls) did not grow, so they weigh %2× less than at 1:1",
      {text, f});
}

}  // namespace amp::run
