// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <vector>

#include "amp/labs/registry.h"
#include "amp/run/lab_text.h"
#include "amp/run/runner.h"
#include "lab_params.h"
#include "mapreduce/mapreduce_lab.h"

using namespace amp;

namespace {
using testing::paramsFor;

run::RunSpec simSpec(const run::Lab& lab, run::Params p, int reps, std::uint64_t seed) {
  run::RunSpec s;
  s.lab = lab.info().id;
  s.params = std::move(p);
  s.reps = reps;
  s.seed = seed;
  s.jobs = 1;
  s.maxReps = std::max(s.maxReps, reps);
  return s;
}

/// A real run straight through the lab, into a fresh aggregator.
struct RealRun {
  std::unique_ptr<observe::Aggregator> agg;
  std::unique_ptr<observe::Recorder> rec;
  run::RealOutcome out;
};
RealRun realRun(const run::Lab& lab, const run::Params& p) {
  const auto topo = lab.topology(p);
  std::vector<int> servers;
  for (auto v : boost::make_iterator_range(boost::vertices(topo)))
    servers.push_back(std::max(1, topo[v].servers));
  RealRun r;
  r.agg = std::make_unique<observe::Aggregator>(servers);
  r.rec = std::make_unique<observe::Recorder>(r.agg.get());
  run::RealControl ctl;
  ctl.seed = 3;
  r.out = lab.runReal(p, ctl, *r.rec);
  r.agg->finish(r.out.endNs);
  return r;
}
}  // namespace

class TestMapReduce : public QObject {
  Q_OBJECT
 private:
  const run::Lab* lab_ = labs::findLab("mapreduce");

 private slots:
  void registered() {
    QVERIFY(lab_ != nullptr);
    QCOMPARE(QString::fromStdString(lab_->info().category), QString("Large-scale systems"));
    QCOMPARE(int(lab_->runKind()), int(run::RunKind::Transient));
    for (const char* key :
         {"work_s", "tasks", "workers", "schedule_ms", "task_cv", "reduce_ms_per_task", "data_dir"})
      QVERIFY2(run::findSpec(lab_->params(), key) != nullptr, key);
    std::vector<std::string> metrics;
    for (const auto& m : lab_->metrics()) metrics.push_back(m.key);
    QCOMPARE(metrics, (std::vector<std::string>{"makespan_s", "speedup", "master_util", "worker_idle_frac"}));
    const auto exercises = lab_->exercises();
    QVERIFY(exercises.size() >= 3 && exercises.size() <= 4);
    int bySim = 0, byReal = 0;
    bool bestTasks = false;
    for (const auto& e : exercises) {
      run::Params p = run::defaults(lab_->params());
      for (const auto& [k, v] : e.setup)
        QVERIFY2(run::applySetting(lab_->params(), p, k, v).empty(), k.c_str());
      bySim += e.answerFrom == run::Mode::Sim ? 1 : 0;
      byReal += e.answerFrom == run::Mode::Real ? 1 : 0;
      bestTasks = bestTasks || e.metric == "best_tasks";
    }
    QVERIFY(bySim >= 1 && byReal >= 1 && bestTasks);
  }

  void modelRecurrenceByHand() {
    // W = 1 s, 16 tasks of 62.5 ms on 4 workers, τ = 5 ms, ρ = 1 ms: the worker of task 3 starts
    // at 20 ms and maps four tasks, so the last map ends at 270 ms; the merge adds 16 ms.
    const auto m = lab_->model(run::defaults(lab_->params()));
    QVERIFY(std::abs(m.values.at("makespan_s") - 0.286) < 1e-12);
    QVERIFY(m.exact.at("makespan_s"));
    QVERIFY(std::abs(m.values.at("speedup") - 1.0 / 0.286) < 1e-9);
    QVERIFY(std::abs(m.values.at("master_util") - 16 * 0.006 / 0.286) < 1e-9);
    QVERIFY(std::abs(m.values.at("worker_idle_frac") - (1 - 1.0 / (4 * 0.286))) < 1e-9);
    // The bound max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ = 0.005 + 0.25 + 0.016.
    QVERIFY(std::abs(m.values.at("makespan_bound_s") - 0.271) < 1e-12);
    // Equal tasks: one per worker is best (each extra task only adds τ + ρ).
    QCOMPARE(m.values.at("best_tasks"), 4.0);
    QVERIFY(std::abs(m.values.at("best_makespan_s") - (0.020 + 0.25 + 0.004)) < 1e-12);
    QVERIFY(std::abs(m.values.at("best_workers") - std::sqrt(1.0 / 0.006)) < 1e-9);
    QVERIFY(std::abs(m.values.at("best_speedup") - 0.5 * std::sqrt(1.0 / 0.006)) < 1e-9);
    // Variable tasks: approximate, longer, and the best count moves up.
    const auto v = lab_->model(paramsFor(*lab_, {{"task_cv", "1"}}));
    QVERIFY(!v.exact.at("makespan_s"));
    QVERIFY(!v.approximation.empty());
    QVERIFY(v.values.at("makespan_s") > m.values.at("makespan_s"));
    QVERIFY(v.values.at("best_tasks") > 4);
  }

  void simulationEqualsTheModelWithoutVariability_data() {
    QTest::addColumn<QString>("tasks");
    QTest::addColumn<QString>("workers");
    QTest::addColumn<QString>("schedule");
    QTest::newRow("r < p") << "3"
                           << "8"
                           << "5";
    QTest::newRow("defaults") << "16"
                              << "4"
                              << "5";
    QTest::newRow("r >> p, workers bind") << "500"
                                          << "4"
                                          << "0.1";
    QTest::newRow("r >> p, master binds") << "1000"
                                          << "16"
                                          << "2";
    QTest::newRow("r not a multiple of p") << "13"
                                           << "5"
                                           << "3";
  }
  void simulationEqualsTheModelWithoutVariability() {
    QFETCH(QString, tasks);
    QFETCH(QString, workers);
    QFETCH(QString, schedule);
    const auto p = paramsFor(*lab_, {{"tasks", tasks.toUtf8().constData()},
                                     {"workers", workers.toUtf8().constData()},
                                     {"schedule_ms", schedule.toUtf8().constData()}});
    const auto r = run::execute(*lab_, simSpec(*lab_, p, 3, 1));
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    for (const char* key : {"makespan_s", "speedup", "master_util", "worker_idle_frac"}) {
      const double model = r.model.values.at(key), sim = r.metrics.at(key).mean;
      QVERIFY2(
          std::abs(sim - model) <= 1e-6 * std::max(std::abs(model), 1e-9),
          qPrintable(QString("%1: sim %2, model %3").arg(key).arg(sim, 0, 'g', 12).arg(model, 0, 'g', 12)));
    }
    // One job per replication, one timeline of it: dispatches, maps and the merge.
    QCOMPARE(r.timelines.size(), std::size_t(1));
    const auto& t = r.timelines.front();
    QCOMPARE(t.lanes.front(), std::string("master"));
    std::size_t maps = 0, reduces = 0;
    for (const auto& e : t.events) {
      maps += e.kind == "map" ? 1 : 0;
      reduces += e.kind == "reduce" ? 1 : 0;
    }
    QCOMPARE(maps, std::size_t(tasks.toInt()));
    QCOMPARE(reduces, std::size_t(1));
  }

  void approximationBoundedForVariableTasks_data() {
    QTest::addColumn<QString>("tasks");
    QTest::addColumn<QString>("cv");
    QTest::addColumn<double>("bound");
    QTest::newRow("defaults, cv 0.5") << "16"
                                      << "0.5" << 0.05;
    QTest::newRow("defaults, cv 1") << "16"
                                    << "1" << 0.05;
    QTest::newRow("64 tasks, cv 1") << "64"
                                    << "1" << 0.05;
  }
  void approximationBoundedForVariableTasks() {
    // Kruskal–Weiss is an approximation: its error against the simulation's mean is bounded
    // at stated points (the simulation's CI is far narrower than the bound).
    QFETCH(QString, tasks);
    QFETCH(QString, cv);
    QFETCH(double, bound);
    const auto p =
        paramsFor(*lab_, {{"tasks", tasks.toUtf8().constData()}, {"task_cv", cv.toUtf8().constData()}});
    const auto r = run::execute(*lab_, simSpec(*lab_, p, 400, 7));
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    const auto& mv = r.metrics.at("makespan_s");
    const double model = r.model.values.at("makespan_s");
    const double err = std::abs(model - mv.mean) / mv.mean;
    qInfo("tasks %s cv %s: sim %.4f s [%.4f, %.4f], model %.4f s, error %.1f%%", qPrintable(tasks),
          qPrintable(cv), mv.mean, mv.ciLo, mv.ciHi, model, 100 * err);
    QVERIFY2(err < bound, qPrintable(QString("error %1 above %2").arg(err).arg(bound)));
    QVERIFY((mv.ciHi - mv.ciLo) / 2 < bound * mv.mean);
  }

  void sameSeedSameJob() {
    const auto p = paramsFor(*lab_, {{"task_cv", "1"}});
    const auto a = run::execute(*lab_, simSpec(*lab_, p, 4, 9));
    const auto b = run::execute(*lab_, simSpec(*lab_, p, 4, 9));
    QCOMPARE(a.metrics.at("makespan_s").mean, b.metrics.at("makespan_s").mean);
    const auto c = run::execute(*lab_, simSpec(*lab_, p, 4, 10));
    QVERIFY(a.metrics.at("makespan_s").mean != c.metrics.at("makespan_s").mean);
  }

  void wordCountIsExact() {
    const auto c = labs::mapreduce::countWords("b a  c\na b\n\nb");
    const labs::mapreduce::Counts want{{"a", 2}, {"b", 3}, {"c", 1}};
    QCOMPARE(c, want);
    // The corpus is the seed's: the same seed, the same text.
    QCOMPARE(labs::mapreduce::zipfCorpus(4, 10000), labs::mapreduce::zipfCorpus(4, 10000));
    QVERIFY(labs::mapreduce::zipfCorpus(4, 10000) != labs::mapreduce::zipfCorpus(5, 10000));
  }

  void realCountsEqualASingleThreadedCount() {
    // A tiny corpus (about 10 ms of counting), cut into more tasks than bytes-per-worker would
    // suggest, on two workers: the merged counts must equal one thread's count of the same file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto p = paramsFor(*lab_, {{"work_s", "0.01"},
                               {"tasks", "37"},
                               {"workers", "2"},
                               {"schedule_ms", "0.1"},
                               {"reduce_ms_per_task", "0.1"}});
    p.setText("data_dir", dir.path().toStdString());
    const RealRun job = realRun(*lab_, p);
    const run::RealOutcome& out = job.out;
    const observe::Recorder* rec = job.rec.get();
    QVERIFY2(out.error.empty(), out.error.c_str());
    const auto& f = out.facts;
    qInfo("real: %.3g MB corpus, %g words (%g distinct), rate %.1f MB/s, single %.4f s, makespan %.4f s; %s",
          f.at("corpus_mb"), f.at("words"), f.at("distinct_words"), f.at("count_rate_mb_s"),
          f.at("single_count_s"), rec->outputs().counters().at("makespan_s"),
          out.labels.at("counts").c_str());
    QCOMPARE(f.at("counts_ok"), 1.0);
    QVERIFY(f.at("words") > 1000);
    const auto& counters = rec->outputs().counters();
    for (const char* key : {"makespan_s", "speedup", "master_util", "worker_idle_frac"})
      QVERIFY2(counters.count(key) == 1 && std::isfinite(counters.at(key)), key);
    QVERIFY(counters.at("makespan_s") > 0);
    // The run's own folder under data_dir is gone after it.
    QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
  }

  void badInputNamesTheKey() {
    run::Params p = run::defaults(lab_->params());
    const std::string zero = run::applySetting(lab_->params(), p, "tasks", "0");
    QVERIFY2(zero.find("tasks") != std::string::npos, zero.c_str());
    QTemporaryDir dir;
    const QString file = dir.path() + "/a_file";
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const std::string notDir = run::applySetting(lab_->params(), p, "data_dir", file.toStdString());
    QVERIFY2(notDir.find("data_dir") != std::string::npos, notDir.c_str());
    // Past the command line: a real run into a file instead of a folder fails with a message.
    p.setText("data_dir", file.toStdString());
    p.set("work_s", 0.01);
    const RealRun job = realRun(*lab_, p);
    QVERIFY2(job.out.error.find("data_dir") != std::string::npos, job.out.error.c_str());
    qInfo("data_dir is a file: %s", job.out.error.c_str());
  }

  void makespanChartMarksTheBestTaskCount() {
    for (const auto& c : lab_->charts()) {
      if (c.id != "makespan_vs_tasks") continue;
      QVERIFY(c.logX);
      QCOMPARE(c.sweepKey, std::string("tasks"));
      QCOMPARE(c.xReferences, std::vector<std::string>{"best_tasks"});
      return;
    }
    QFAIL("no makespan_vs_tasks chart");
  }

  void textsFillFromTheModel() {
    const std::string e = lab_->exercises().front().explanation;
    QVERIFY2(e.find("r* = p = 4") != std::string::npos, e.c_str());
  }
};

QTEST_APPLESS_MAIN(TestMapReduce)
#include "test_mapreduce.moc"
