// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include "amp/real/harness.h"
#include "amp/real/phase_barrier.h"
#include "amp/real/placement.h"
#include "amp/real/speed_model.h"
#include "amp/run/phrase.h"
#include "gc/gc_heap.h"
#include "gc/gc_lab.h"

namespace amp::labs::gc {

namespace {

// A placement's pass ends after this many collections, or after a third of the run's duration
// (at most kMaxPassS), whichever comes first: at the defaults a pass takes about a second.
constexpr int kPassCycles = 12;
constexpr double kMaxPassS = 10.0;
// A mutator allocates what is due in batches of at most this many objects, then looks for a
// stop request again: its safepoints are this close together.
constexpr int kBatch = 64;

/// One collection as the seats saw it [ns since the epoch].
struct Cycle {
  std::int64_t requested = 0;  // a mutator found the heap full
  std::int64_t stopped = 0;    // every mutator stood at its safepoint
  std::int64_t resumed = 0;    // the mutators ran again
  std::uint64_t marked = 0, freed = 0;
  std::int64_t markNs = 0, sweepNs = 0;  // the lead collector thread's phases
  bool checked = true;                   // the checker found nothing wrong (or did not run)
};

struct PassLog {
  std::int64_t start = 0;  // the mutators started allocating
  std::vector<Cycle> cycles;
  std::vector<std::vector<Collection>> threads;  // each collector thread's phases per cycle
  bool populated = true;
};

double mean(const std::vector<double>& v) {
  double s = 0.0;
  for (double x : v) s += x;
  return v.empty() ? 0.0 : s / static_cast<double>(v.size());
}

}  // namespace

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec,
                         bool checkEveryCycle) {
  const int mutators = std::max(1, p.integer("mutators"));
  const int threads = std::max(1, p.integer("collector_threads"));
  const auto objects = static_cast<std::uint32_t>(p.num("heap_objects"));
  const double allocPerMs = p.num("alloc_rate");
  const auto chosen = placementOf(p.text("placement"));
  pauseMs(p, GcLab::kBig);  // refuses a heap smaller than its live objects, naming the key
  const auto passNs = static_cast<std::int64_t>(std::min(kMaxPassS, std::max(0.2, ctl.durationS / 3)) * 1e9);

  // Seats: the big core's collector where a master would sit (a big core on real big/little
  // hardware), the mutators on the other CPUs, the little collectors beside them (they work only
  // while the mutators stand still). On a symmetric machine a little collector is emulated: it
  // takes big_factor times as long for its share.
  real::HarnessConfig cfg;
  cfg.host = real::HostState::probe();  // before our own threads exist
  cfg.cancel = ctl.cancel;
  cfg.seed = ctl.seed;
  const real::CpuTopology topo = cfg.host.topo;  // a copy: cfg moves into the harness
  real::Placement placement = real::planPlacement(topo, mutators, real::PlacementPolicy::MasterApart);
  const real::SpeedModel speed = real::SpeedModel::choose(topo, placement, mutators, p.num("big_factor"));
  const int bigCpu = placement.masterCpu;
  const double littleWork = speed.factor(0);

  std::unique_ptr<Heap> heap;
  std::array<PassLog, 3> logs;
  for (auto& log : logs) log.threads.assign(static_cast<std::size_t>(threads), {});
  // Every seat meets at the stop-the-world barrier. Its waits are long (a pause, or the mutators'
  // run): the waiters soon nap, long enough not to keep waking a CPU a collector works on.
  real::PhaseBarrier world(mutators + 1 + threads, 200, std::chrono::microseconds(100));
  // The parallel collector's threads meet between marking levels, microseconds apart: they yield
  // rather than sleep while they wait (they may share a CPU).
  real::PhaseBarrier parallel(threads, 1'000'000);
  real::PhaseBarrier alone(1);  // a collector on its own
  std::atomic<bool> gcRequested{false}, passOver{false};
  std::atomic<std::int64_t> requestedAt{0};
  std::atomic<int> stoppedGauge{0};  // for the live animation: 1 while the world stands still
  std::uint64_t checkFailures = 0;
  std::string firstFailure;

  real::Harness harness(std::move(cfg));
  for (int m = 0; m < mutators; ++m) {
    harness.addSeat(real::threadSeat(
        "mutator " + std::to_string(m),
        [&, m](real::Seat& seat) {
          seat.noteCpu();
          FastRng rng{ctl.seed * 7919 + static_cast<std::uint64_t>(m)};
          const auto& stop = seat.stopFlag();
          const auto request = [&] {
            std::int64_t none = 0;
            requestedAt.compare_exchange_strong(none, seat.nowNs(), std::memory_order_relaxed);
            gcRequested.store(true, std::memory_order_release);
          };
          for (std::size_t pass = 0; pass < 3; ++pass) {
            if (!world.arriveAndWait(stop)) return;  // the pass's heap is ready
            if (!heap->populate(m, rng)) logs[pass].populated = false;
            if (!world.arriveAndWait(stop)) return;  // every mutator has its live structures
            const std::int64_t start = seat.nowNs();
            if (m == 0) logs[pass].start = start;
            std::int64_t base = start;
            double done = 0.0;
            for (;;) {
              // The mutator's loop: allocate what is due by now at alloc_rate, in batches; stop at
              // the next safepoint when a collection is requested.
              bool stopNow = gcRequested.load(std::memory_order_acquire);
              if (!stopNow && m == 0 &&
                  (seat.nowNs() - start >= passNs ||
                   logs[pass].cycles.size() >= static_cast<std::size_t>(kPassCycles))) {
                passOver.store(true, std::memory_order_relaxed);
                gcRequested.store(true, std::memory_order_release);
                stopNow = true;
              }
              if (!stopNow) {
                const double due = allocPerMs * static_cast<double>(seat.nowNs() - base) / 1e6;
                for (int b = 0; b < kBatch && done < due; ++b, done += 1.0)
                  if (!heap->allocateAndRewire(m, rng)) {
                    request();
                    stopNow = true;
                    break;
                  }
                if (!stopNow && done >= due) std::this_thread::sleep_for(std::chrono::microseconds(50));
                if (!stopNow) continue;
              }
              if (!world.arriveAndWait(stop)) return;  // the world stands still
              // Read while the world stands still: once the mutators run again, mutator 0 may
              // already be ending the pass at the next stop.
              const bool over = passOver.load(std::memory_order_relaxed);
              if (!world.arriveAndWait(stop)) return;  // the collector is done
              if (over) break;
              base = seat.nowNs();
              done = 0.0;
              if (m == 0) logs[pass].cycles.back().resumed = base;
            }
          }
          seat.noteCpu();
        },
        placement.workerCpus[static_cast<std::size_t>(m) % placement.workerCpus.size()]));
  }
  // The collector seats: index 0 the big core's, 1.. the little cores' (thread t = index − 1).
  for (int c = 0; c <= threads; ++c) {
    const bool big = c == 0;
    const int t = big ? 0 : c - 1;
    real::SeatSpec seatSpec = real::threadSeat(
        big ? "collector, big core" : "collector " + std::to_string(t) + ", little core",
        [&, big, t](real::Seat& seat) {
          seat.noteCpu();
          const auto& stop = seat.stopFlag();
          for (std::size_t pass = 0; pass < 3; ++pass) {
            const auto where = static_cast<GcLab::Placement>(pass);
            // A fresh heap for each placement, touched first here (every pass starts alike). The
            // mutators left the last pass's loop (they read passOver after its last barrier) and
            // touch nothing until the barrier.
            if (big)
              heap =
                  std::make_unique<Heap>(objects, mutators, Heap::slotsFor(p.num("live_objects"), mutators));
            if (!world.arriveAndWait(stop)) return;
            if (big) {
              gcRequested.store(false, std::memory_order_relaxed);
              passOver.store(false, std::memory_order_relaxed);
              requestedAt.store(0, std::memory_order_relaxed);
            }
            if (!world.arriveAndWait(stop)) return;
            const bool collects = where == GcLab::kBig      ? big
                                  : where == GcLab::kLittle ? !big && t == 0
                                                            : !big;
            const bool lead = collects && t == 0;
            const int n = where == GcLab::kParallel ? threads : 1;
            real::PhaseBarrier& team = where == GcLab::kParallel ? parallel : alone;
            const double work = where == GcLab::kBig ? 1.0 : littleWork;
            for (;;) {
              if (!world.arriveAndWait(stop)) return;  // the world stands still
              const std::int64_t stopped = seat.nowNs();
              if (passOver.load(std::memory_order_relaxed)) {
                if (!world.arriveAndWait(stop)) return;
                break;
              }
              if (lead) stoppedGauge.store(1, std::memory_order_relaxed);
              if (collects) {
                Collection done;
                if (!heap->collect(t, n, work, team, stop, &done)) return;
                logs[pass].threads[static_cast<std::size_t>(t)].push_back(done);
                if (lead) {
                  Cycle cycle{requestedAt.load(std::memory_order_relaxed),
                              stopped,
                              0,
                              done.marked,
                              done.freed,
                              done.markNs,
                              done.sweepNs,
                              true};
                  // The checker runs after the collector's work and before the mutators resume:
                  // it lengthens the pause they see, so only tests ask for it.
                  if (checkEveryCycle) {
                    const std::string wrong = heap->check();
                    cycle.checked = wrong.empty();
                    if (!wrong.empty() && checkFailures++ == 0) firstFailure = wrong;
                  }
                  logs[pass].cycles.push_back(cycle);
                  requestedAt.store(0, std::memory_order_relaxed);
                  gcRequested.store(false, std::memory_order_relaxed);
                  stoppedGauge.store(0, std::memory_order_relaxed);
                }
              }
              if (!world.arriveAndWait(stop)) return;  // the mutators run again
            }
          }
          seat.noteCpu();
        },
        big ? bigCpu : placement.workerCpus[static_cast<std::size_t>(t) % placement.workerCpus.size()]);
    // The little collectors work only while the mutators stand still: they share the mutators' CPUs.
    if (!big) seatSpec.role = real::SeatRole::Helper;
    harness.addSeat(std::move(seatSpec));
  }
  if (ctl.live != nullptr) {
    harness.setSampler(ctl.live, [&](std::int64_t now, observe::ObservationSink& live) {
      live.observe(real::gauge(now, GcLab::kCollector, stoppedGauge.load(std::memory_order_relaxed)));
    });
  }
  harness.start();
  const bool cancelled = !harness.waitFor(std::int64_t{24} * 3600 * 1'000'000'000);
  harness.finish(0);
  if (!harness.error().empty()) {
    run::RealOutcome failed;
    failed.error = harness.error();
    return failed;
  }
  real::RunReport& report = harness.outcome().report();
  if (cancelled) {
    run::RealOutcome out(harness.outcome().finish());
    out.endNs = harness.nowNs();
    return out;
  }

  // ---- what the passes measured --------------------------------------------------------------
  std::array<PlacementRun, 3> runs;
  std::array<double, 3> collectMs{};  // mean mark + sweep of the lead collector thread
  std::vector<double> live, ttsp, resume;
  double littleMarkMs = 0.0, littleSweepMs = 0.0, littleMarked = 0.0;
  for (std::size_t pass = 0; pass < 3; ++pass) {
    const PassLog& log = logs[pass];
    std::vector<double> collect, mark, sweep, marked;
    for (const Cycle& c : log.cycles) {
      if (c.resumed == 0) continue;  // cut by the end of the pass
      const auto ms = [&](std::int64_t ns) { return static_cast<double>(ns - log.start) / 1e6; };
      runs[pass].pauses.push_back({ms(c.requested), ms(c.resumed)});
      runs[pass].endMs = ms(c.resumed);
      collect.push_back(static_cast<double>(c.markNs + c.sweepNs) / 1e6);
      mark.push_back(static_cast<double>(c.markNs) / 1e6);
      sweep.push_back(static_cast<double>(c.sweepNs) / 1e6);
      marked.push_back(static_cast<double>(c.marked));
      live.push_back(static_cast<double>(c.marked));
      ttsp.push_back(static_cast<double>(c.stopped - c.requested) / 1e6);
      resume.push_back(static_cast<double>(c.resumed - c.stopped - c.markNs - c.sweepNs) / 1e6);
    }
    collectMs[pass] = mean(collect);
    if (pass == GcLab::kLittle) {
      littleMarkMs = mean(mark);
      littleSweepMs = mean(sweep);
      littleMarked = mean(marked);
    }
    report.facts[std::string(placementName(static_cast<GcLab::Placement>(pass))) + "_cycles"] =
        static_cast<double>(runs[pass].pauses.size());
    report.facts[std::string(placementName(static_cast<GcLab::Placement>(pass))) + "_collect_ms"] =
        collectMs[pass];
  }
  setOutcomes(rec.outputs(), runs, chosen);

  // The chosen pass's first cycles as the timeline.
  const PassLog& shown = logs[static_cast<std::size_t>(chosen)];
  observe::LabOutputs& out = rec.outputs();
  std::int64_t ran = shown.start;
  for (std::size_t i = 0; i < shown.cycles.size() && i < GcLab::kTimelineCycles; ++i) {
    const Cycle& c = shown.cycles[i];
    if (c.resumed == 0) break;
    const auto s = [&](std::int64_t ns) { return static_cast<double>(ns - shown.start) / 1e9; };
    for (int m = 0; m < mutators; ++m) {
      const std::string lane = "mutator " + std::to_string(m);
      out.event(GcLab::kTimeline, {lane, s(ran), s(c.requested), "run"});
      out.event(GcLab::kTimeline, {lane, s(c.requested), s(c.resumed), "stopped"});
    }
    const int n = chosen == GcLab::kParallel ? threads : 1;
    for (int t = 0; t < n; ++t) {
      const auto& phases = shown.threads[static_cast<std::size_t>(t)];
      if (i >= phases.size()) continue;
      const std::string lane = chosen == GcLab::kBig ? std::string("collector, big core")
                               : chosen == GcLab::kLittle
                                   ? std::string("collector, little core")
                                   : "collector " + std::to_string(t) + ", little core";
      const double markEnd = s(c.stopped) + static_cast<double>(phases[i].markNs) / 1e9;
      out.event(GcLab::kTimeline, {lane, s(c.stopped), markEnd, "mark"});
      out.event(GcLab::kTimeline,
                {lane, markEnd, markEnd + static_cast<double>(phases[i].sweepNs) / 1e9, "sweep"});
    }
    ran = c.resumed;
  }

  // ---- the host's side: what was measured beside what the model used -----------------------------
  harness.outcome().noteSpeed(speed);
  std::uint64_t cycles = 0;
  for (const auto& r : runs) cycles += r.pauses.size();
  report.facts["cycles"] = static_cast<double>(cycles);
  report.facts["live_measured"] = mean(live);
  report.facts["ttsp_ms"] = mean(ttsp);
  report.facts["resume_ms"] = mean(resume);
  if (littleMarkMs > 0) report.facts["mark_rate_measured"] = littleMarked / littleMarkMs;
  if (littleSweepMs > 0) report.facts["sweep_rate_measured"] = static_cast<double>(objects) / littleSweepMs;
  if (collectMs[GcLab::kBig] > 0)
    report.facts["big_factor_measured"] = collectMs[GcLab::kLittle] / collectMs[GcLab::kBig];
  if (collectMs[GcLab::kParallel] > 0)
    report.facts["parallel_overhead_measured"] =
        std::clamp(1.0 - collectMs[GcLab::kLittle] / collectMs[GcLab::kParallel] / threads, 0.0, 0.9);
  report.facts["check_failures"] = static_cast<double>(checkFailures);
  report.facts["checked"] = checkEveryCycle ? 1.0 : 0.0;
  report.labels["collector"] =
      "a real mark-sweep collector over an arena of " + std::to_string(objects) +
      " nodes with two pointers each, stop-the-world: the mutators stop at their next safepoint, the collector "
      "marks from their roots and sweeps the arena";
  report.labels["big_core"] =
      speed.emulatedAsymmetry()
          ? "emulated: a little core uses " + real::formatFixed(littleWork, 1) +
                "× the CPU time for its share of the collection (it spins for the difference), so the "
                "collector's gain is " +
                real::formatFixed(littleWork, 1) +
                " by construction; the pauses' gain differs by stopping and waking the mutators, and by the "
                "host"
      : speed.realAsymmetry()
          ? "real big/little cores: the gain is what marking (memory-bound) gets from the big core"
          : "no asymmetry: big_factor 1";
  report.labels["measured_vs_model"] =
      "live " + real::formatFixed(mean(live), 0) + " objects (model " +
      real::formatFixed(p.num("live_objects"), 0) + "), mark " +
      real::formatFixed(littleMarkMs > 0 ? littleMarked / littleMarkMs : 0.0, 0) +
      " objects/ms on a little core (model " + real::formatFixed(p.num("mark_rate"), 0) + "), sweep " +
      real::formatFixed(littleSweepMs > 0 ? objects / littleSweepMs : 0.0, 0) + " objects/ms (model " +
      real::formatFixed(p.num("sweep_rate"), 0) + "), stopping the mutators " +
      real::formatFixed(mean(ttsp), 3) + " ms and waking them again " + real::formatFixed(mean(resume), 3) +
      " ms (the model has neither)";
  if (checkEveryCycle)
    report.labels["checker"] = checkFailures == 0
                                   ? "after every collection the graph was walked again: every "
                                     "reachable node kept, every unreachable one freed"
                                   : "the checker found " + std::to_string(checkFailures) +
                                         " bad collections; the first: " + firstFailure;
  for (const auto& log : logs)
    if (!log.populated) {
      report.warnings.push_back(
          run::phrase("the live structures did not fit in the heap: raise heap_objects"));
      break;
    }
  if (checkFailures > 0)
    report.warnings.push_back(run::phrase("the collector freed a reachable node or kept an unreachable one"));
  if (threads > static_cast<int>(placement.workerCpus.size()))
    report.warnings.push_back(run::phrase(
        "%1 parallel collector threads share %2 little CPU(s): they take turns, and the parallel pause "
        "shows it",
        {std::to_string(threads), std::to_string(placement.workerCpus.size())}));
  run::RealOutcome result(harness.outcome().finish());
  result.endNs = runs[static_cast<std::size_t>(chosen)].endMs > 0
                     ? static_cast<std::int64_t>(runs[static_cast<std::size_t>(chosen)].endMs * 1e6)
                     : harness.nowNs();
  return result;
}

}  // namespace amp::labs::gc
