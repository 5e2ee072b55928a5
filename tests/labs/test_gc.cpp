// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <thread>
#include <vector>

#include "amp/labs/registry.h"
#include "amp/run/lab_text.h"
#include "amp/run/runner.h"
#include "gc/gc_heap.h"
#include "gc/gc_lab.h"
#include "lab_params.h"

using namespace amp;
namespace gc = amp::labs::gc;

namespace {
using testing::paramsFor;
using testing::relNear;

run::RunSpec specFor(const run::Lab& lab, run::Params p, run::Mode mode, int reps) {
  return testing::runSpec(lab, std::move(p), mode, reps, 3);
}

/// Runs one collection by `threads` real threads, as the collector seats do.
void collect(gc::Heap& heap, int threads) {
  real::PhaseBarrier barrier(threads);
  const std::atomic<bool> stop{false};
  std::vector<std::thread> others;
  for (int t = 1; t < threads; ++t)
    others.emplace_back([&, t] { heap.collect(t, threads, 1.0, barrier, stop, nullptr); });
  QVERIFY(heap.collect(0, threads, 1.0, barrier, stop, nullptr));
  for (auto& o : others) o.join();
}

const char* const kExactMetrics[] = {"pause_ms", "cycle_ms",     "mutator_util",    "gc_overhead",
                                     "mmu",      "pause_big_ms", "pause_little_ms", "pause_parallel_ms",
                                     "big_gain"};
}  // namespace

class TestGc : public QObject {
  Q_OBJECT
 private:
  const run::Lab* lab_ = labs::findLab("gc");

 private slots:
  void registered() {
    QVERIFY(lab_ != nullptr);
    QCOMPARE(lab_->info().category, std::string("AI and runtimes"));
    for (const char* key :
         {"mutators", "alloc_rate", "live_objects", "heap_objects", "mark_rate", "sweep_rate", "big_factor",
          "placement", "collector_threads", "parallel_overhead"})
      QVERIFY2(run::findSpec(lab_->params(), key) != nullptr, key);
    std::vector<std::string> metrics;
    for (const auto& m : lab_->metrics()) metrics.push_back(m.key);
    for (const char* key : {"pause_ms", "mutator_util", "mmu", "gc_overhead"})
      QVERIFY2(std::find(metrics.begin(), metrics.end(), key) != metrics.end(), key);
    // The exercises follow the teaching pattern: test_lab_texts checks every lab's.
    // Two cores: one mutator beside the big core's collector.
    const auto fit = run::fitToHost(*lab_, run::defaults(lab_->params()), 2);
    QVERIFY(fit.changed);
    QCOMPARE(fit.params.num("mutators"), 1.0);
  }

  void modelByHand() {
    // live 50 000, heap 200 000, mark 10 000/ms, sweep 100 000/ms: 5 + 2 = 7 ms on a little core;
    // big ×3; parallel 2·(1 − 0.2) = 1.6. Run (200 000 − 50 000)/(2·1000) = 75 ms.
    const auto m = lab_->model(run::defaults(lab_->params()));
    QVERIFY(relNear(m.values.at("pause_little_ms"), 7.0, 1e-12));
    QVERIFY(relNear(m.values.at("pause_big_ms"), 7.0 / 3, 1e-12));
    QVERIFY(relNear(m.values.at("pause_parallel_ms"), 7.0 / 1.6, 1e-12));
    QVERIFY(relNear(m.values.at("pause_ms"), 7.0 / 3, 1e-12));  // placement big
    QVERIFY(relNear(m.values.at("big_gain"), 3.0, 1e-12));
    QVERIFY(relNear(m.values.at("run_ms"), 75.0, 1e-12));
    QVERIFY(relNear(m.values.at("cycle_ms"), 75.0 + 7.0 / 3, 1e-12));
    QVERIFY(relNear(m.values.at("mutator_util"), 75.0 / (75.0 + 7.0 / 3), 1e-12));
    QVERIFY(relNear(m.values.at("gc_overhead"), 7.0 / 3 / 75.0, 1e-12));
    QVERIFY(relNear(m.values.at("mmu"), (10.0 - 7.0 / 3) / 10.0, 1e-12));
    QVERIFY(m.exact.at("pause_ms") && m.exact.at("mmu") && m.exact.at("mutator_util"));
    // The MMU curve: 0 while a pause fills the window, the utilization for long windows.
    QCOMPARE(gc::periodicMmu(75, 7, 7), 0.0);
    QCOMPARE(gc::periodicMmu(75, 7, 3), 0.0);
    QVERIFY(relNear(gc::periodicMmu(75, 7, 82 * 100), 75.0 / 82, 1e-12));
    QVERIFY(relNear(gc::periodicMmu(75, 7, 82 + 3), (85.0 - 7 - 3) / 85, 1e-12));
    double last = 0.0;
    for (double w : gc::mmuWindows(82)) {
      const double mmu = gc::periodicMmu(75, 7, w);
      QVERIFY(mmu >= 0.0 && mmu <= 1.0);
      if (w > 82) QVERIFY(mmu >= last - 0.1);  // rises towards U, with a dip after each whole cycle
      last = mmu;
    }
  }

  void simulationEqualsTheModel_data() {
    QTest::addColumn<QString>("placement");
    QTest::addColumn<QString>("live");
    QTest::addColumn<QString>("heap");
    QTest::addColumn<QString>("threads");
    QTest::addColumn<QString>("mutators");
    QTest::newRow("big, defaults") << "big"
                                   << "50000"
                                   << "200000"
                                   << "2"
                                   << "2";
    QTest::newRow("little, nearly full heap") << "little"
                                              << "180000"
                                              << "200000"
                                              << "2"
                                              << "3";
    QTest::newRow("parallel_little, 5 threads, big heap") << "parallel_little"
                                                          << "20000"
                                                          << "1000000"
                                                          << "5"
                                                          << "1";
  }
  void simulationEqualsTheModel() {
    QFETCH(QString, placement);
    QFETCH(QString, live);
    QFETCH(QString, heap);
    QFETCH(QString, threads);
    QFETCH(QString, mutators);
    const auto p = paramsFor(*lab_, {{"placement", placement.toUtf8().constData()},
                                     {"live_objects", live.toUtf8().constData()},
                                     {"heap_objects", heap.toUtf8().constData()},
                                     {"collector_threads", threads.toUtf8().constData()},
                                     {"mutators", mutators.toUtf8().constData()}});
    const auto r = run::execute(*lab_, specFor(*lab_, p, run::Mode::Sim, 2));
    QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
    for (const char* key : kExactMetrics) {
      const double model = r.model.values.at(key);
      QVERIFY2(r.metrics.count(key) == 1, key);
      const double sim = r.metrics.at(key).mean;
      QVERIFY2(
          std::abs(sim - model) <= 1e-6 * std::max(std::abs(model), 1e-9),
          qPrintable(QString("%1: sim %2, model %3").arg(key).arg(sim, 0, 'g', 12).arg(model, 0, 'g', 12)));
    }
    // Every pause the same: p99.9 and max are the mean.
    QVERIFY(relNear(r.metrics.at("pause_ms").percentiles.at("max"), r.model.values.at("pause_ms"), 0.02));
    // The MMU curve equals the periodic formula wherever the window fits in the simulated cycles.
    const auto curve =
        std::find_if(r.series.begin(), r.series.end(), [](const auto& s) { return s.name == "mmu"; });
    QVERIFY(curve != r.series.end());
    QVERIFY(curve->points.size() >= 10);
    const double run = r.model.values.at("run_ms"), pause = r.model.values.at("pause_ms");
    for (const auto& [w, mmu] : curve->points)
      QVERIFY2(
          std::abs(mmu - gc::periodicMmu(run, pause, w)) <= 1e-6,
          qPrintable(
              QString("window %1 ms: sim %2, model %3").arg(w).arg(mmu).arg(gc::periodicMmu(run, pause, w))));
    // The timeline shows the mutators and the collector.
    QCOMPARE(r.timelines.size(), std::size_t(1));
    QVERIFY(r.timelines.front().lanes.size() >= 2);
  }

  void collectorNeverFreesReachableAndFreesAllUnreachable() {
    // Two mutators change the graph between collections; after every collection the checker
    // walks the graph on its own: by one thread, and by three in parallel.
    for (int threads : {1, 3}) {
      gc::Heap heap(20000, 2, gc::Heap::slotsFor(4000, 2));
      gc::FastRng rng{11};
      QVERIFY(heap.populate(0, rng) && heap.populate(1, rng));
      for (int cycle = 0; cycle < 15; ++cycle) {
        for (int m = 0; heap.allocateAndRewire(m, rng); m = 1 - m) {
        }
        QCOMPARE(heap.freeLeft(), std::uint64_t(0));
        collect(heap, threads);
        const std::string wrong = heap.check();
        QVERIFY2(wrong.empty(),
                 qPrintable(QString("threads %1, cycle %2: %3").arg(threads).arg(cycle).arg(wrong.c_str())));
        QCOMPARE(heap.freeLeft(), std::uint64_t(20000) - heap.reachable());
        // About slots·(8 + 1)/2 live: the structures' sizes are uniform in 1..8.
        QVERIFY(heap.reachable() > 3000 && heap.reachable() < 5000);
      }
    }
  }

  void checkerCatchesAFreedReachableNode() {
    // A node allocated after the collection is reachable yet still on the free list the sweep left:
    // the checker must say so (it can fail).
    gc::Heap heap(1000, 1, 50);
    gc::FastRng rng{5};
    QVERIFY(heap.populate(0, rng));
    collect(heap, 1);
    QVERIFY(heap.check().empty());
    QVERIFY(heap.allocateAndRewire(0, rng));
    const std::string wrong = heap.check();
    QVERIFY2(wrong.find("reachable node") != std::string::npos, wrong.c_str());
  }

  void realCollectorPassesTheCheckerEveryCycle() {
    // All three placements on real pinned threads, with the checker after every collection.
    const auto p = paramsFor(*lab_, {{"heap_objects", "40000"},
                                     {"live_objects", "8000"},
                                     {"alloc_rate", "2000"},
                                     {"mutators", "2"},
                                     {"collector_threads", "2"}});
    observe::Recorder rec(nullptr);
    run::RealControl ctl;
    ctl.durationS = 1.2;
    const run::RealOutcome out = gc::runReal(p, ctl, rec, true);
    QVERIFY2(out.error.empty(), out.error.c_str());
    qInfo(
        "real: %g cycles (big %g, little %g, parallel %g), live %.0f, pauses big %.3f / little %.3f / parallel "
        "%.3f ms, stop %.3f ms; %s",
        out.facts.at("cycles"), out.facts.at("big_cycles"), out.facts.at("little_cycles"),
        out.facts.at("parallel_little_cycles"), out.facts.at("live_measured"),
        rec.outputs().counters().at("pause_big_ms"), rec.outputs().counters().at("pause_little_ms"),
        rec.outputs().counters().at("pause_parallel_ms"), out.facts.at("ttsp_ms"),
        out.labels.at("big_core").c_str());
    QCOMPARE(out.facts.at("checked"), 1.0);
    QCOMPARE(out.facts.at("check_failures"), 0.0);
    for (const char* pass : {"big_cycles", "little_cycles", "parallel_little_cycles"})
      QVERIFY2(out.facts.at(pass) >= 2, pass);
    QVERIFY(relNear(out.facts.at("live_measured"), 8000, 0.2));
    // Every seat was pinned where it was put.
    QVERIFY(!out.placements.empty());
    for (const auto& pl : out.placements)
      if (pl.requestedCpu >= 0) QVERIFY2(pl.pinned, pl.thread.c_str());
  }

  void realRunSaysWhatIsEmulated() {
    const auto p =
        paramsFor(*lab_, {{"mutators", "1"}, {"heap_objects", "60000"}, {"live_objects", "15000"}});
    run::RunSpec s = specFor(*lab_, p, run::Mode::Real, 1);
    s.duration = 1.0;
    const auto r = run::execute(*lab_, s);
    QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
    for (const char* key : {"pause_ms", "mutator_util", "gc_overhead", "big_gain", "cycle_ms"})
      QVERIFY2(r.metrics.count(key) == 1 && r.metrics.at(key).mean > 0, key);
    // A pause longer than the 10 ms window (a slow, instrumented build) leaves an MMU of 0 there.
    QVERIFY(r.metrics.count("mmu") == 1 && r.metrics.at("mmu").mean >= 0 && r.metrics.at("mmu").mean <= 1);
    QVERIFY(r.metrics.at("pause_ms").percentiles.count("p99.9") == 1);
    QVERIFY(r.modelAtMeasured.count("pause_ms") == 1);
    if (r.labels.at("asymmetry") != "real big/little")
      QVERIFY2(r.labels.at("big_core").find("emulated") != std::string::npos,
               r.labels.at("big_core").c_str());
  }

  void liveBeyondHeapNamesTheKey() {
    const auto p = paramsFor(*lab_, {{"live_objects", "300000"}, {"heap_objects", "200000"}});
    bool threw = false;
    try {
      lab_->model(p);
    } catch (const std::invalid_argument& e) {
      threw = true;
      QVERIFY2(std::string(e.what()).find("live_objects") != std::string::npos, e.what());
    }
    QVERIFY(threw);
    // Refused before any run, as the GUI and the command line (exit 2) ask.
    const std::string refused = run::validate(*lab_, specFor(*lab_, p, run::Mode::Sim, 1));
    QVERIFY2(
        refused.find("live_objects") != std::string::npos && refused.find("allowed") != std::string::npos,
        refused.c_str());
    for (run::Mode mode : {run::Mode::Model, run::Mode::Sim}) {
      const auto r = run::execute(*lab_, specFor(*lab_, p, mode, 1));
      QCOMPARE(int(r.status), int(run::RunStatus::Failed));
      QVERIFY2(r.error.find("live_objects") != std::string::npos, r.error.c_str());
    }
    run::Params q = run::defaults(lab_->params());
    const std::string err = run::applySetting(lab_->params(), q, "heap_objects", "0");
    QVERIFY2(err.find("heap_objects") != std::string::npos, err.c_str());
  }

  void textsFillFromTheModel() {
    const std::string e = lab_->exercises().front().explanation;
    QVERIFY2(e.find(run::threeFigures(7.0 / 3)) != std::string::npos, e.c_str());
  }
};

QTEST_APPLESS_MAIN(TestGc)
#include "test_gc.moc"
