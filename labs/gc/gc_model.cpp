// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <cmath>
#include <stdexcept>
#include <string>

#include "gc/gc_lab.h"

namespace amp::labs {

namespace gc {

GcLab::Placement placementOf(const std::string& name) {
  if (name == "little") return GcLab::kLittle;
  if (name == "parallel_little") return GcLab::kParallel;
  return GcLab::kBig;
}

const char* placementName(GcLab::Placement p) {
  return p == GcLab::kLittle ? "little" : p == GcLab::kParallel ? "parallel_little" : "big";
}

double speedOf(const run::Params& p, GcLab::Placement where) {
  switch (where) {
    case GcLab::kBig:
      return p.num("big_factor");
    case GcLab::kLittle:
      return 1.0;
    case GcLab::kParallel:
      return p.num("collector_threads") * (1.0 - p.num("parallel_overhead"));
  }
  return 1.0;
}

std::string liveFitsTheHeap(const run::Params& p) {
  const double live = p.num("live_objects"), heap = p.num("heap_objects");
  if (live <= heap) return {};
  return "live_objects = " + run::formatNumber(live) +
         " is more than heap_objects = " + run::formatNumber(heap) +
         ": allowed is live_objects ≤ heap_objects (the live objects must fit in the heap)";
}

double pauseMs(const run::Params& p, GcLab::Placement where) {
  const double live = p.num("live_objects"), heap = p.num("heap_objects");
  if (const std::string problem = liveFitsTheHeap(p); !problem.empty()) throw std::invalid_argument(problem);
  return (live / p.num("mark_rate") + heap / p.num("sweep_rate")) / speedOf(p, where);
}

double runMs(const run::Params& p) {
  return (p.num("heap_objects") - p.num("live_objects")) / (p.num("mutators") * p.num("alloc_rate"));
}

}  // namespace gc

std::string GcLab::paramsProblem(const run::Params& p) const { return gc::liveFitsTheHeap(p); }

run::ModelResult GcLab::model(const run::Params& p) const {
  const Placement chosen = gc::placementOf(p.text("placement"));
  const double pause = gc::pauseMs(p, chosen);
  const double run = gc::runMs(p);
  const double cycle = run + pause;
  const double speed = gc::speedOf(p, chosen);

  run::ModelResult r;
  r.values["pause_ms"] = pause;
  r.values["cycle_ms"] = cycle;
  r.values["mutator_util"] = run / cycle;
  r.values["gc_overhead"] = run > 0.0 ? pause / run : 0.0;
  r.values["mmu"] = gc::periodicMmu(run, pause, kMmuWindowMs);
  r.values["pause_big_ms"] = gc::pauseMs(p, kBig);
  r.values["pause_little_ms"] = gc::pauseMs(p, kLittle);
  r.values["pause_parallel_ms"] = gc::pauseMs(p, kParallel);
  r.values["big_gain"] = r.values["pause_little_ms"] / r.values["pause_big_ms"];
  // Every number follows from constant rates: the simulation replays these sums exactly.
  for (const auto& [key, value] : r.values) r.exact[key] = true;

  r.values["run_ms"] = run;
  r.values["mark_ms"] = p.num("live_objects") / p.num("mark_rate") / speed;
  r.values["sweep_ms"] = p.num("heap_objects") / p.num("sweep_rate") / speed;
  r.values["speed"] = speed;
  r.values["parallel_speed"] = gc::speedOf(p, kParallel);
  r.values["garbage_objects"] = p.num("heap_objects") - p.num("live_objects");
  r.bottleneck = "collector";
  r.formula =
      "pause P = (live/mark + heap/sweep)/s, s = 1 on a little core, big_factor on the big core, "
      "threads·(1 − overhead) for parallel_little; run R = (heap − live)/(mutators·alloc); cycle C = R + P; "
      "mutator utilization U = R/C; gc_overhead = P/R; MMU(w) = (w − k·P − min(r, P))/w with w = k·C + r, "
      "0 ≤ r < C (the worst window starts with a pause)";
  return r;
}

}  // namespace amp::labs
