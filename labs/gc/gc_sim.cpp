// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <string>

#include "amp/sim/simulator.h"
#include "gc/gc_lab.h"

namespace amp::labs {

using observe::ObsKind;

namespace {

constexpr double kMs = 1e-3;  // the simulation runs in seconds

/// One placement's collection cycles on the event calendar. The mutators allocate at their
/// constant rates until the heap's free objects are used up (the heap fills at one moment, an
/// event); then the world stops, each collector thread marks its share of the live objects and,
/// once every thread has marked (the collector's barrier), sweeps its share of the heap; when the
/// last thread has swept, the mutators resume.
class Cycles final : public sim::EventHandler {
 public:
  enum Type : std::uint32_t { kFull = 0, kMarked = 1, kSwept = 2 };

  Cycles(const run::Params& p, GcLab::Placement where, observe::Recorder& rec, bool timeline)
      : where_(where),
        timeline_(timeline),
        mutators_(std::max(1, p.integer("mutators"))),
        threads_(where == GcLab::kParallel ? std::max(1, p.integer("collector_threads")) : 1),
        sim_(rec) {
    // Each thread's speed against one little core, and its share of the objects.
    const double perThread = gc::speedOf(p, where) / threads_;
    markS_ = p.num("live_objects") / threads_ / p.num("mark_rate") / perThread * kMs;
    sweepS_ = p.num("heap_objects") / threads_ / p.num("sweep_rate") / perThread * kMs;
    runS_ = gc::runMs(p) * kMs;
    self_ = sim_.addHandler(this);
  }

  std::int64_t run(const run::SimControl& ctl) {
    sim_.schedule(runS_, self_, kFull);
    return sim_.run(ctl);
  }

  bool complete() const { return static_cast<int>(run_.pauses.size()) == GcLab::kSimCycles; }
  const gc::PlacementRun& result() const { return run_; }

  void handle(const sim::Event& e) override {
    const double now = sim_.now();
    switch (e.type) {
      case kFull:
        stoppedAt_ = now;
        sim_.emit(ObsKind::State, cycle(), GcLab::kCollector, -1, 1.0);
        for (int t = 0; t < threads_; ++t)
          sim_.schedule(markS_, self_, kMarked, static_cast<std::uint64_t>(t));
        break;
      case kMarked:
        if (++marked_ < threads_) break;
        marked_ = 0;
        for (int t = 0; t < threads_; ++t)
          sim_.schedule(sweepS_, self_, kSwept, static_cast<std::uint64_t>(t));
        break;
      case kSwept:
        if (++swept_ < threads_) break;
        swept_ = 0;
        resume(now);
        break;
    }
  }

 private:
  std::uint64_t cycle() const { return run_.pauses.size(); }

  /// The last collector thread is done: the pause ends and the mutators run again.
  void resume(double now) {
    if (timeline_ && cycle() < GcLab::kTimelineCycles) draw(now);
    run_.pauses.push_back({stoppedAt_ / kMs, now / kMs});
    run_.endMs = now / kMs;
    resumedAt_ = now;
    sim_.emit(ObsKind::State, cycle(), GcLab::kCollector, -1, 0.0);
    if (complete())
      sim_.stop();
    else
      sim_.schedule(runS_, self_, kFull);
  }

  void draw(double now) {
    observe::LabOutputs& out = sim_.recorder().outputs();
    for (int m = 0; m < mutators_; ++m) {
      const std::string lane = "mutator " + std::to_string(m);
      out.event(GcLab::kTimeline, {lane, resumedAt_, stoppedAt_, "run"});
      out.event(GcLab::kTimeline, {lane, stoppedAt_, now, "stopped"});
    }
    for (int t = 0; t < threads_; ++t) {
      const std::string lane = where_ == GcLab::kBig ? std::string("collector, big core")
                               : where_ == GcLab::kLittle
                                   ? std::string("collector, little core")
                                   : "collector " + std::to_string(t) + ", little core";
      out.event(GcLab::kTimeline, {lane, stoppedAt_, stoppedAt_ + markS_, "mark"});
      out.event(GcLab::kTimeline, {lane, stoppedAt_ + markS_, now, "sweep"});
    }
  }

  GcLab::Placement where_;
  bool timeline_;
  int mutators_, threads_;
  double markS_ = 0.0, sweepS_ = 0.0, runS_ = 0.0;
  sim::Simulator sim_;
  std::uint32_t self_ = 0;
  int marked_ = 0, swept_ = 0;
  double stoppedAt_ = 0.0, resumedAt_ = 0.0;
  gc::PlacementRun run_;
};

}  // namespace

std::int64_t GcLab::simulate(const run::Params& p, const run::SimControl& ctl, observe::Recorder& rec) const {
  gc::pauseMs(p, kBig);  // refuses a heap smaller than its live objects, naming the key
  const Placement chosen = gc::placementOf(p.text("placement"));
  std::array<gc::PlacementRun, 3> runs;
  // The other two placements run unrecorded (and unpaced) first; the chosen one last, into the
  // stream and the timeline.
  run::SimControl quiet = ctl;
  quiet.pacer = nullptr;
  for (Placement where : {kBig, kLittle, kParallel}) {
    if (where == chosen) continue;
    observe::Recorder silent(nullptr);
    Cycles cycles(p, where, silent, false);
    cycles.run(quiet);
    if (!cycles.complete()) return 0;  // cancelled or cut by the horizon: no outcome
    runs[where] = cycles.result();
  }
  Cycles cycles(p, chosen, rec, true);
  const std::int64_t end = cycles.run(ctl);
  if (!cycles.complete()) return end;
  runs[chosen] = cycles.result();
  gc::setOutcomes(rec.outputs(), runs, chosen);
  return end;
}

double GcLab::suggestedHorizonS(const run::Params& p) const {
  // The cycles end by themselves; the horizon only guards a runaway. No pause is longer than one
  // little core's, or a parallel collector's at its slowest.
  const double slowest = std::min({1.0, p.num("big_factor"), gc::speedOf(p, kParallel)});
  const double pause =
      (p.num("live_objects") / p.num("mark_rate") + p.num("heap_objects") / p.num("sweep_rate")) /
      std::max(slowest, 1e-3);
  return 10.0 * kSimCycles * (std::max(0.0, gc::runMs(p)) + pause) * kMs + 1.0;
}

}  // namespace amp::labs
