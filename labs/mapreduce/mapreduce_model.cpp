// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>

#include "mapreduce/mapreduce_lab.h"

namespace amp::labs {

namespace mapreduce {

Schedule deterministicSchedule(double workS, int tasks, int workers, double scheduleS, double reduceS) {
  Schedule s;
  const auto r = static_cast<std::size_t>(std::max(1, tasks));
  const auto p = static_cast<std::size_t>(std::max(1, workers));
  const double d = workS / static_cast<double>(r);
  s.start.resize(r);
  s.finish.resize(r);
  for (std::size_t i = 0; i < r; ++i) {
    const double leaves = static_cast<double>(i + 1) * scheduleS;
    s.start[i] = i < p ? leaves : std::max(leaves, s.finish[i - p]);
    s.finish[i] = s.start[i] + d;
    s.lastFinish = std::max(s.lastFinish, s.finish[i]);
  }
  s.makespan = s.lastFinish + static_cast<double>(r) * reduceS;
  return s;
}

double expectedMaxNormal(int m) {
  if (m <= 1) return 0.0;
  const double q = (m - 0.375) / (m + 0.25);
  return boost::math::quantile(boost::math::normal(), q);
}

}  // namespace mapreduce

namespace {

/// The makespan at r tasks: the recurrence, plus, for variable tasks, the expected excess of the
/// slowest of the last wave (Kruskal–Weiss: with self-scheduling the imbalance is that of the
/// final tasks, σ·E[max of m normals], m = min(r, p) workers running them).
double makespanAt(double work, int r, int p, double tau, double rho, double cv) {
  const double det = mapreduce::deterministicSchedule(work, r, p, tau, rho).makespan;
  const double d = work / r;
  return det + cv * d * mapreduce::expectedMaxNormal(std::min(r, p));
}

}  // namespace

run::ModelResult MapReduceLab::model(const run::Params& p) const {
  const double work = p.num("work_s");
  const int r = std::max(1, p.integer("tasks"));
  const int workers = std::max(1, p.integer("workers"));
  const double tau = p.num("schedule_ms") / 1000.0;
  const double rho = p.num("reduce_ms_per_task") / 1000.0;
  const double cv = p.num("task_cv");
  const double d = work / r;
  const bool exact = cv == 0.0;

  run::ModelResult m;
  const double t = makespanAt(work, r, workers, tau, rho, cv);
  m.values["makespan_s"] = t;
  m.values["speedup"] = work / t;
  m.values["master_util"] = r * (tau + rho) / t;
  m.values["worker_idle_frac"] = std::max(0.0, 1.0 - work / (workers * t));
  for (const char* k : {"makespan_s", "speedup", "master_util", "worker_idle_frac"}) m.exact[k] = exact;

  const double perWorker = std::ceil(static_cast<double>(r) / workers) * d;
  const double bound = std::max(r * tau + d, tau + perWorker) + r * rho;
  m.values["makespan_bound_s"] = bound;
  m.values["task_s"] = d;
  m.values["serial_s"] = r * (tau + rho);
  m.values["speedup_ceiling"] = work / (r * (tau + rho) + d);

  // The best task count over the parameter's range, for this model (exact or approximate).
  int bestR = 1;
  double bestT = makespanAt(work, 1, workers, tau, rho, cv);
  for (int k = 2; k <= kMaxTasks; ++k) {
    const double tk = makespanAt(work, k, workers, tau, rho, cv);
    if (tk < bestT - 1e-12 * bestT) {
      bestT = tk;
      bestR = k;
    }
  }
  m.values["best_tasks"] = bestR;
  m.values["best_makespan_s"] = bestT;
  const double overhead = tau + rho;
  m.values["best_workers"] = overhead > 0 ? std::sqrt(work / overhead) : kMaxWorkers;
  m.values["best_speedup"] = overhead > 0 ? 0.5 * std::sqrt(work / overhead) : kMaxWorkers;

  const bool masterBound = r * tau + d > tau + perWorker;
  m.bottleneck = masterBound ? "master" : "workers";
  m.formula =
      "d = W/r; task i leaves the master at (i+1)·τ and starts at sᵢ = max((i+1)·τ, sᵢ₋ₚ + d); "
      "T = max(sᵢ + d) + r·ρ ≥ max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ; speedup = W/T; "
      "with r = p: T ≈ p·(τ + ρ) + W/p, best at p* ≈ √(W/(τ + ρ)), speedup ≈ ½·√(W/(τ + ρ))";
  if (!exact) {
    m.approximation =
        "Kruskal–Weiss: variable tasks (lognormal, cv " + run::formatNumber(cv) +
        ") add the expected excess of the slowest task of the last wave, σ·E[max of min(r, p) normals] "
        "(Blom's approximation), to the recurrence with equal tasks";
    m.notes.push_back("approximate for task_cv > 0: the recurrence is exact only for equal tasks");
  }
  return m;
}

}  // namespace amp::labs
