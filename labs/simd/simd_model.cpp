// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <array>

#include "amp/model/mva.h"
#include "simd/simd_lab.h"

namespace amp::labs {

namespace {

/// One strategy as a closed network: each little spends Z per task away from the big core (its
/// own scalar work, hand-offs or migrations) and D at it; N littles share it.
struct Loop {
  double think = 0.0, demand = 0.0;
};

struct LoopResult {
  double timeUs = 0.0, waitUs = 0.0, util = 0.0;
};

/// Exact MVA for one FCFS big core and the littles' delay: with one little it is Z + D exactly.
LoopResult solve(const Loop& l, int littles) {
  if (l.demand <= 0.0) return {l.think, 0.0, 0.0};
  const model::MvaResult r = model::mva({l.think, {l.demand}}, littles);
  return {r.cycle, r.response - l.demand, r.utilization.front()};
}

}  // namespace

run::ModelResult SimdLab::model(const run::Params& p) const {
  const double task = p.num("task_us");
  const double f = p.num("vector_fraction");
  const double w = p.num("simd_speedup");
  const double b = p.num("big_factor");
  const double h = p.num("handoff_us");
  const double m = p.num("migrate_us");
  const int littles = std::max(1, p.integer("littles"));
  const Strategy chosen = simd::strategyOf(p.text("strategy"));

  const double scalarLittle = (1.0 - f) * task;
  const double vectorBig = f * task / (w * b);
  const Loop offload{scalarLittle + 2.0 * h, vectorBig};
  const Loop migrate{2.0 * m, scalarLittle / b + vectorBig};
  const LoopResult off = solve(offload, littles);
  const LoopResult mig = solve(migrate, littles);
  const std::array<double, 3> times{task, off.timeUs, mig.timeUs};
  const LoopResult none{task, 0.0, 0.0};
  const LoopResult& picked = chosen == kOffload ? off : chosen == kMigrate ? mig : none;

  run::ModelResult r;
  r.values["time_local_us"] = task;
  r.values["time_offload_us"] = off.timeUs;
  r.values["time_migrate_us"] = mig.timeUs;
  r.values["speedup"] = task / picked.timeUs;
  r.values["breakeven_f"] = simd::breakevenFraction(2.0 * h + off.waitUs, task, 1.0 / (w * b));
  r.values["best_strategy"] = simd::bestOf(times);
  r.values["big_wait_us"] = picked.waitUs;
  // What the real run measures beside them: the costs the model assumed.
  r.values["handoff_measured_us"] = h;
  r.values["migrate_measured_us"] = m;
  // With one little nothing queues and every time is a sum of constants: exact. With more, the
  // MVA's queueing is exact only for exponential service at the big core.
  const bool exact = littles == 1;
  for (const char* k : {"time_offload_us", "time_migrate_us", "breakeven_f", "best_strategy", "big_wait_us"})
    r.exact[k] = exact;
  r.exact["time_local_us"] = r.exact["handoff_measured_us"] = r.exact["migrate_measured_us"] = true;
  r.exact["speedup"] = exact || chosen == kLocal;

  r.values["breakeven_alone_f"] = simd::breakevenFraction(2.0 * h, task, 1.0 / (w * b));
  r.values["scalar_little_us"] = scalarLittle;
  r.values["vector_little_us"] = f * task;
  r.values["vector_big_us"] = vectorBig;
  r.values["migrate_pays_below_us"] = h + scalarLittle * (1.0 - 1.0 / b) / 2.0;
  r.values["big_util"] = picked.util;
  const model::ClosedBounds bound = model::closedBounds({offload.think, {offload.demand}}, littles);
  r.values["offload_think_us"] = offload.think;
  r.values["littles_knee"] = bound.knee;
  r.values["time_offload_bound_us"] = bound.cycle;

  const Loop& used = chosen == kMigrate ? migrate : offload;
  const double usedKnee = model::closedBounds({used.think, {used.demand}}, littles).knee;
  r.bottleneck = chosen != kLocal && littles >= usedKnee ? "big core" : "littles";
  r.formula =
      "local = T; offload = (1−f)·T + f·T/(w·b) + 2·h; migrate = (1−f)·T/b + f·T/(w·b) + 2·m; "
      "break-even f* = 2·h / (T·(1 − 1/(w·b))). N littles share the big core: a closed loop with think Z and "
      "demand D (offload Z = (1−f)·T + 2·h, D = f·T/(w·b); migrate Z = 2·m, D = (1−f)·T/b + f·T/(w·b)), "
      "solved by MVA: R(n) = D·(1 + Q(n−1)), X(n) = n/(R(n) + Z), Q(n) = X(n)·R(n), task time = N/X(N); "
      "knee N* = (Z + D)/D";
  if (!exact) {
    r.approximation =
        "MVA for " + std::to_string(littles) +
        " littles sharing the big core: exact for exponential service there, but the tasks' times are "
        "constant, which queues less (a constant-time closed loop settles at max(Z + D, N·D)); the gap is "
        "largest near the knee N*";
    r.notes.push_back("approximate for littles > 1: deterministic service at the shared big core");
  }
  return r;
}

}  // namespace amp::labs
