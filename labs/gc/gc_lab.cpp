// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gc/gc_lab.h"

#include <map>

#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

run::LabInfo GcLab::info() const {
  return {
      "gc", "GC: stop-the-world collection on the big core", "AI and runtimes",
      "How much shorter are pauses when the collector runs on the big core?",
      "The pause is the collector's work over its speed: marking grows with the live objects, sweeping with "
      "the heap. The big core divides it by big_factor, parallel little cores by threads·(1 − overhead). Watch "
      "the MMU curve rather than the mean utilization: a high mean can still leave a short window with "
      "almost no mutator time, and the big core shortens exactly those windows. In real mode the big core's "
      "speed is emulated on symmetric machines (the run says so): there the gain equals big_factor by "
      "construction, while real big cores gain less because marking waits on memory."};
}

std::vector<run::ParamSpec> GcLab::params() const {
  return {
      run::integerParam("mutators", "Mutator threads", "", 1, kMaxMutators, 2)
          .withHelp(
              "Threads of the program that allocate objects and change pointers; all of them stop while the "
              "collector runs."),
      run::realParam("alloc_rate", "Allocation rate per mutator", "objects/ms", 1, 100000, 1000)
          .withScale(Scale::Log)
          .withHelp("Objects each mutator allocates per millisecond while it runs."),
      run::integerParam("live_objects", "Live objects", "objects", 1000, 4000000, 50000)
          .withScale(Scale::Log)
          .withHelp(
              "Objects still reachable from the mutators' roots at a collection: what the collector marks. "
              "At most heap_objects."),
      run::integerParam("heap_objects", "Heap size", "objects", 2000, 4000000, 200000)
          .withScale(Scale::Log)
          .withHelp(
              "Objects the heap holds: what the collector sweeps. The free part, heap − live, is what the "
              "mutators allocate between two collections."),
      run::realParam("mark_rate", "Mark rate on a little core", "objects/ms", 100, 1e7, 10000)
          .withScale(Scale::Log)
          .withHelp("Live objects one little core marks per millisecond (following pointers: memory-bound)."),
      run::realParam("sweep_rate", "Sweep rate on a little core", "objects/ms", 100, 1e7, 100000)
          .withScale(Scale::Log)
          .withHelp("Heap objects one little core sweeps per millisecond (a linear scan)."),
      run::realParam("big_factor", "Big core speed factor", "", 1, 8, 3)
          .withHelp(
              "How much faster the big core collects than a little core. On machines without real little "
              "cores the real engine emulates it: a little core takes big_factor times as long."),
      run::choiceParam("placement", "Collector placement", {"big", "little", "parallel_little"}, "big")
          .withHelp(
              "Where the collector runs: on the big core, on one little core, or on collector_threads little "
              "cores in parallel. Every run measures all three; this one's pauses, utilization and MMU are "
              "reported."),
      run::integerParam("collector_threads", "Parallel collector threads", "", 1, kMaxCollectorThreads, 2)
          .withHelp("Little cores that collect together in the parallel_little placement."),
      run::realParam("parallel_overhead", "Parallel overhead", "", 0, 0.9, 0.2)
          .withStep(0.01)
          .withHelp(
              "Share of each parallel collector thread's time lost to coordination (barriers, shared work "
              "lists): the parallel speed is threads·(1 − overhead)."),
  };
}

std::vector<run::MetricSpec> GcLab::metrics() const {
  return {
      run::metricSpec("pause_ms", "Pause", "ms", MetricSource::Output)
          .withPercentiles()
          .withHelp(
              "How long the mutators stand still in one collection: from the moment the heap is full until "
              "they run again (real mode: stopping them at their safepoints included)."),
      run::metricSpec("cycle_ms", "Collection cycle", "ms", MetricSource::Output)
          .withHelp("Time from one collection's end to the next one's: the mutators' run plus the pause."),
      run::metricSpec("mutator_util", "Mutator utilization", "", MetricSource::Output)
          .withHelp("Share of the time the mutators run (not paused), over the whole run."),
      run::metricSpec("mmu", "Minimum mutator utilization, 10 ms window", "", MetricSource::Output)
          .withHelp("The least share of any 10 ms window in which the mutators run: what a task with a 10 ms "
                    "deadline can count on. 0 when a pause is 10 ms or longer."),
      run::metricSpec("gc_overhead", "GC overhead", "", MetricSource::Output)
          .withHelp("Paused time per unit of mutator time: how much longer the program takes because of the "
                    "collector."),
      run::metricSpec("pause_big_ms", "Pause, big core", "ms", MetricSource::Output)
          .withHelp(
              "Mean pause with the collector on the big core (every run measures all three placements)."),
      run::metricSpec("pause_little_ms", "Pause, one little core", "ms", MetricSource::Output)
          .withHelp("Mean pause with the collector on one little core."),
      run::metricSpec("pause_parallel_ms", "Pause, parallel little cores", "ms", MetricSource::Output)
          .withHelp("Mean pause with collector_threads little cores collecting together."),
      run::metricSpec("big_gain", "Big core's gain", "", MetricSource::Output)
          .withHelp(
              "Pause on one little core over the pause on the big core: how many times shorter the big core "
              "makes it."),
  };
}

std::vector<run::OutputSpec> GcLab::outputs() const {
  run::OutputSpec mmu =
      run::outputSpec(kMmu, "Minimum mutator utilization by window", run::OutputKind::Series);
  mmu.xLabel = "window";
  mmu.xUnit = "ms";
  return {run::outputSpec(kTimeline, "Mutators and the collector over time", run::OutputKind::Timeline),
          std::move(mmu)};
}

std::vector<run::ModelValueSpec> GcLab::modelValues() const {
  return {
      {"run_ms", "Mutators' run between collections", "ms", "R = (heap − live)/(mutators·alloc)."},
      {"mark_ms", "Mark phase", "ms", "live/(mark·s) at the chosen placement's speed s."},
      {"sweep_ms", "Sweep phase", "ms", "heap/(sweep·s) at the chosen placement's speed s."},
      {"speed", "Collector speed", "× a little core", "s: 1, big_factor or threads·(1 − overhead)."},
      {"parallel_speed", "Parallel collector speed", "× a little core", "threads·(1 − overhead)."},
      {"garbage_objects", "Objects freed per collection", "objects", "heap − live."},
  };
}

std::vector<run::ChartSpec> GcLab::charts() const {
  return {
      run::chartSpec("timeline", "Mutators and the collector: the first cycles", run::ChartKind::Timeline, {})
          .withSeries(kTimeline),
      run::chartSpec("pause_hist", "Pause distribution", run::ChartKind::Histogram, {"pause_ms"})
          .withAxes("pause [ms]", "share of pauses"),
      run::chartSpec("mmu_curve", "Minimum mutator utilization against the window",
                     run::ChartKind::TimeSeries, {"mutator_util"})
          .withSeries(kMmu)
          .withLogX()
          .withAxes("window [ms]", "minimum mutator utilization"),
      run::chartSpec("placements", "Pause by placement", run::ChartKind::BarsPerStation,
                     {"pause_big_ms", "pause_little_ms", "pause_parallel_ms"})
          .withAxes("", "mean pause [ms]"),
  };
}

std::vector<run::Exercise> GcLab::exercises() const {
  const std::map<std::string, std::string> none;
  const std::map<std::string, std::string> little{{"placement", "little"}};
  const std::map<std::string, std::string> parallel{{"placement", "parallel_little"},
                                                    {"collector_threads", "4"}};
  const auto at = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::modelAt(*this, setup, key));
  };
  const auto set = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::paramsWith(params(), setup).num(key));
  };
  return {
      {"pause_big",
       "At the defaults (" + set(none, "live_objects") + " live objects in a heap of " +
           set(none, "heap_objects") + ", a little core marks " + set(none, "mark_rate") + " and sweeps " +
           set(none, "sweep_rate") + " objects/ms, the big core is " + set(none, "big_factor") +
           "× faster), how long is a pause with the collector on the big core, in ms?",
       none, "pause_ms", run::Mode::Model, 0.02,
       "Marking visits the live objects, sweeping the whole heap: on a little core " +
           at(none, "pause_little_ms") + " ms. The big core does the same work " + set(none, "big_factor") +
           "× faster: " + at(none, "pause_ms") + " ms (mark " + at(none, "mark_ms") + " ms, sweep " +
           at(none, "sweep_ms") + " ms)."},
      {"mmu_little",
       "Put the collector on one little core. Predict the minimum mutator utilization over a 10 ms window; a "
       "simulation grades it.",
       little, "mmu", run::Mode::Sim, 0.02,
       "The pause is now " + at(little, "pause_ms") +
           " ms, and the worst 10 ms window starts with it: only " + at(little, "mmu") +
           " of that window is left to the mutators, against " + at(none, "mmu") +
           " with the big core. The mean utilization hardly moves (" + at(little, "mutator_util") +
           " against " + at(none, "mutator_util") + "): it hides what a deadline sees."},
      {"parallel",
       "Collect on " + set(parallel, "collector_threads") + " little cores in parallel (overhead " +
           set(parallel, "parallel_overhead") + "). Predict the pause in ms; a simulation grades it.",
       parallel, "pause_ms", run::Mode::Sim, 0.02,
       set(parallel, "collector_threads") + " little cores, each losing a share " +
           set(parallel, "parallel_overhead") + " of its time to coordination, collect at " +
           at(parallel, "speed") + "× a little core: " + at(parallel, "pause_ms") + " ms, against " +
           at(none, "pause_ms") +
           " ms on the big core. Several little cores can beat one big core, if the work splits and the "
           "coordination stays small."},
      {"real_gain",
       "Run the defaults on the real engine (a real mark-sweep collector over an arena of nodes with random "
       "pointers; it runs on the big core, on a little core and on parallel little cores in turn). Predict the big "
       "core's gain: the little core's pause over the big core's.",
       none, "big_gain", run::Mode::Real, 0.3,
       "The model says " + at(none, "big_gain") +
           ": big_factor. On a machine without little cores the run emulates them (a little core takes big_factor "
           "times as long for its share), so the gain comes out near big_factor by construction; stopping the "
           "mutators takes the same time on both and pulls it a little below. On real big and little cores the "
           "gain is smaller than their speed ratio: marking follows pointers and waits on memory, which a faster "
           "core does not speed up."},
  };
}

run::Topology GcLab::topology(const run::Params& p) const {
  run::Topology g;
  const int mutators = p.has("mutators") ? p.integer("mutators") : 2;
  const int collectors = p.has("placement") && gc::placementOf(p.text("placement")) == kParallel
                             ? p.integer("collector_threads")
                             : 1;
  auto mut = boost::add_vertex({"mutators", run::StationRole::Queue, mutators, 0, 0.15, 0.5, false}, g);
  auto heap = boost::add_vertex({"heap", run::StationRole::Device, 1, 0, 0.5, 0.5, false}, g);
  auto col = boost::add_vertex({"collector", run::StationRole::Queue, collectors, 0, 0.85, 0.5, true}, g);
  boost::add_edge(mut, heap, {"allocate", 1.0}, g);
  boost::add_edge(heap, col, {"full: stop the world", 1.0}, g);
  boost::add_edge(col, mut, {"resume", 1.0}, g);
  return g;
}

std::string GcLab::likelyDeviation(const run::Params&, run::Mode mode) const {
  if (mode == run::Mode::Real)
    return run::phrase(
        "the real collector's mark and sweep rates, the live set it finds and the time to stop the mutators "
        "are what this machine does (the verdict shows the model at the measured values); the big core's speed "
        "is emulated where the machine has no little cores");
  return run::phrase("with constant rates the simulation replays the model's sums exactly");
}

bool GcLab::measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const {
  // What the real collector found and how fast it was: the live set it marked, its mark and sweep
  // rates on one little core, the big core's gain, and the parallel threads' lost share.
  return run::measuredParams(p, r,
                             {{"live_objects", "fact:live_measured"},
                              {"mark_rate", "fact:mark_rate_measured"},
                              {"sweep_rate", "fact:sweep_rate_measured"},
                              {"big_factor", "fact:big_factor_measured"},
                              {"parallel_overhead", "fact:parallel_overhead_measured"}},
                             out);
}

std::optional<run::HostFit> GcLab::hostFit() const {
  // Each mutator is a busy seat, and the big core's collector needs a core of its own.
  return run::HostFit{"mutators", 1, {}};
}

run::RealOutcome GcLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                observe::Recorder& rec) const {
  return gc::runReal(p, ctl, rec);
}

}  // namespace amp::labs
