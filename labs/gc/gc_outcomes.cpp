// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <cmath>
#include <limits>

#include "gc/gc_lab.h"

namespace amp::labs::gc {

namespace {

/// Paused time inside [a, b] [ms].
double pausedIn(const std::vector<std::array<double, 2>>& pauses, double a, double b) {
  double sum = 0.0;
  for (const auto& [s, e] : pauses) {
    if (e <= a) continue;
    if (s >= b) break;
    sum += std::min(e, b) - std::max(s, a);
  }
  return sum;
}

}  // namespace

double mmuOf(const std::vector<std::array<double, 2>>& pauses, double endMs, double windowMs) {
  if (windowMs > endMs || windowMs <= 0.0) return std::numeric_limits<double>::quiet_NaN();
  // The paused share of a window is piecewise linear in where the window starts; its largest value
  // is where an edge of the window meets an edge of a pause (or the run's ends).
  double worst = pausedIn(pauses, 0.0, windowMs);
  const auto consider = [&](double a) {
    if (a >= 0.0 && a + windowMs <= endMs) worst = std::max(worst, pausedIn(pauses, a, a + windowMs));
  };
  consider(endMs - windowMs);
  for (const auto& [s, e] : pauses)
    for (double a : {s, e, s - windowMs, e - windowMs}) consider(a);
  return std::max(0.0, (windowMs - worst) / windowMs);
}

double periodicMmu(double runMs, double pauseMs, double windowMs) {
  if (pauseMs <= 0.0) return 1.0;
  const double cycle = runMs + pauseMs;
  const double k = std::floor(windowMs / cycle);
  const double r = windowMs - k * cycle;
  return std::max(0.0, (windowMs - k * pauseMs - std::min(r, pauseMs)) / windowMs);
}

std::vector<double> mmuWindows(double cycleMs) {
  constexpr int kPoints = 25;
  const double lo = 0.25, hi = std::max(1.0, 2.0 * cycleMs);
  std::vector<double> w;
  for (int i = 0; i < kPoints; ++i) w.push_back(lo * std::pow(hi / lo, i / double(kPoints - 1)));
  return w;
}

double PlacementRun::meanPauseMs() const {
  double sum = 0.0;
  for (const auto& [s, e] : pauses) sum += e - s;
  return pauses.empty() ? 0.0 : sum / static_cast<double>(pauses.size());
}

void setOutcomes(observe::LabOutputs& out, const std::array<PlacementRun, 3>& runs, GcLab::Placement chosen) {
  const PlacementRun& run = runs[static_cast<std::size_t>(chosen)];
  if (!run.pauses.empty() && run.endMs > 0.0) {
    double paused = 0.0;
    for (const auto& [s, e] : run.pauses) {
      out.sample("pause_ms", e - s);
      paused += e - s;
    }
    const double cycle = run.endMs / static_cast<double>(run.pauses.size());
    out.set("cycle_ms", cycle);
    out.set("mutator_util", (run.endMs - paused) / run.endMs);
    if (run.endMs > paused) out.set("gc_overhead", paused / (run.endMs - paused));
    if (const double m = mmuOf(run.pauses, run.endMs, GcLab::kMmuWindowMs); !std::isnan(m)) out.set("mmu", m);
    for (double w : mmuWindows(cycle))
      if (const double m = mmuOf(run.pauses, run.endMs, w); !std::isnan(m)) out.point(GcLab::kMmu, w, m);
  }
  const char* keys[] = {"pause_big_ms", "pause_little_ms", "pause_parallel_ms"};
  for (std::size_t i = 0; i < 3; ++i)
    if (!runs[i].pauses.empty()) out.set(keys[i], runs[i].meanPauseMs());
  if (!runs[GcLab::kBig].pauses.empty() && !runs[GcLab::kLittle].pauses.empty())
    out.set("big_gain", runs[GcLab::kLittle].meanPauseMs() / runs[GcLab::kBig].meanPauseMs());
}

}  // namespace amp::labs::gc
