// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>
#include <thread>
#include <vector>

#include "amp/labs/registry.h"
#include "amp/model/group_commit.h"
#include "amp/model/queueing.h"
#include "amp/observe/aggregator.h"
#include "amp/real/run_feed.h"
#include "amp/run/lab_text.h"
#include "amp/run/runner.h"
#include "captured_stream.h"
#include "journal/journal_lab.h"
#include "lab_params.h"

using namespace amp;

namespace {

using testing::paramsFor;

run::RunSpec simSpec(const run::Lab& lab, const run::Params& p, double records, int reps) {
  run::RunSpec s;
  s.lab = lab.info().id;
  s.mode = run::Mode::Sim;
  s.params = p;
  s.seed = 13;
  s.duration = records / p.num("arrival_rate");
  s.warmup = s.duration * 0.05;
  s.reps = reps;
  s.jobs = 2;
  return s;
}

/// A real run straight through the lab, into a fresh aggregator, with its own work directory.
struct RealRun {
  run::RealOutcome out;
  double windowMs = 0.0;
  std::uint64_t departures = 0;
};

RealRun realRun(const run::Lab& lab, run::Params p, double seconds, const std::string& dir,
                const std::atomic<bool>* cancel = nullptr, real::RunFeed* feed = nullptr) {
  p.setText("data_dir", dir);
  const auto topo = lab.topology(p);
  std::vector<int> servers;
  for (auto v : boost::make_iterator_range(boost::vertices(topo)))
    servers.push_back(std::max(1, topo[v].servers));
  observe::Aggregator agg(servers);
  observe::Recorder rec(&agg);
  run::RealControl ctl;
  ctl.seed = 5;
  ctl.durationS = seconds;
  ctl.cancel = cancel;
  ctl.feed = feed;
  RealRun r;
  r.out = lab.runReal(p, ctl, rec);
  agg.finish(r.out.endNs);
  r.windowMs = agg.sojourn().mean() / 1e6;
  r.departures = agg.departures();
  return r;
}

bool dirIsEmpty(const QString& path) {
  return std::filesystem::is_empty(std::filesystem::path(path.toStdString()));
}

}  // namespace

class TestJournal : public QObject {
  Q_OBJECT
 private:
  const run::Lab* lab_ = labs::findLab("journal");

 private slots:
  void registered() {
    QVERIFY(lab_ != nullptr);
    QCOMPARE(QString::fromStdString(lab_->info().category), QString("OS functions"));
    const auto exercises = lab_->exercises();
    QCOMPARE(exercises.size(), std::size_t(4));
    int bySim = 0, byReal = 0;
    for (const auto& e : exercises) {
      bySim += e.answerFrom == run::Mode::Sim ? 1 : 0;
      byReal += e.answerFrom == run::Mode::Real ? 1 : 0;
      // An exercise's settings must apply: a bad one would be left out and change the question.
      run::Params p = run::defaults(lab_->params());
      for (const auto& [k, v] : e.setup)
        QVERIFY2(run::applySetting(lab_->params(), p, k, v).empty(), k.c_str());
    }
    QVERIFY(bySim >= 1 && byReal >= 1);
    // The real exercise drives the lock past its ceiling 1/(c + d + h): the model's capacity
    // without a hand-over, and with its guess of h, both stated.
    const run::Exercise& ceiling = exercises.back();
    QCOMPARE(ceiling.answerFrom, run::Mode::Real);
    QCOMPARE(ceiling.metric, std::string("throughput"));
    run::Params at = run::defaults(lab_->params());
    for (const auto& [k, v] : ceiling.setup) run::applySetting(lab_->params(), at, k, v);
    const double s = (at.num("journal_cpu_ms") + at.num("log_device_ms")) / 1000.0;
    QVERIFY(at.num("arrival_rate") > 1.0 / s);
    const std::string withH = run::significant(1.0 / (s + at.num("lock_handoff_us") * 1e-6));
    QVERIFY2(ceiling.explanation.find(run::significant(1.0 / s) + " records/s") != std::string::npos,
             ceiling.explanation.c_str());
    QVERIFY2(ceiling.explanation.find(withH + " writes/s") != std::string::npos, ceiling.explanation.c_str());
    QVERIFY(lab_->hasReal());
    for (const char* key : {"arrival_rate", "workers", "data_ms", "data_dist", "journal_cpu_ms",
                            "log_device_ms", "group_max", "window_bound_ms"}) {
      QVERIFY2(run::findSpec(lab_->params(), key) != nullptr, key);
    }
  }

  void lockedDesignSerializesOnALock() {
    // No master: each worker appends and syncs its own record under one lock. One record per hold,
    // so no group commit; the hand-over adds to every commit that changes core.
    run::RunSpec s;
    s.lab = "journal";
    s.mode = run::Mode::Sim;
    s.params = run::defaults(lab_->params());
    s.params.setText("design", "locked");
    s.params.set("arrival_rate", 300);
    s.params.set("group_max", 8);  // not relevant when locked: ignored
    s.seed = 4;
    s.reps = 6;
    s.duration = 60;
    const auto r = run::execute(*lab_, s);
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    QCOMPARE(r.model.values.at("group_size"), 1.0);
    QVERIFY(!r.model.exact.at("window_ms"));
    // The lock is busy λ·(c + d + h·(c_w − 1)/c_w): 300 × (0.5 + 1.5 + 0.02·3/4) ms.
    const double util = 300 * (0.5 + 1.5 + 0.015) / 1000;
    QVERIFY(std::abs(r.model.values.at("master_util") - util) < 1e-9);
    QVERIFY(std::abs(r.metrics.at("master_util").mean - util) < 0.02);
    // Workers wait for the lock: their utilization includes it, above λ·data/c_w.
    QVERIFY(r.metrics.at("worker_util").mean > 300 * 0.005 / 4 + 0.05);
    // The M/G/1 lock overestimates the window (a finite population of four can wait), within 20%.
    const double sim = r.metrics.at("window_ms").mean, model = r.model.values.at("window_ms");
    QVERIFY2(model >= sim && (model - sim) / sim < 0.2,
             qPrintable(QString("sim %1, model %2").arg(sim).arg(model)));
  }

  void lockedRealRunJournalsUnderOneMutex() {
    // The locked design on real threads: two workers write their data, then each appends and
    // syncs its own record under one std::mutex. Every write must end durable and checked, the
    // journal's holds must never overlap, and the log must be one record per commit.
    const run::Params p = paramsFor(*lab_, {{"design", "locked"},
                                            {"workers", "2"},
                                            {"arrival_rate", "150"},
                                            {"data_ms", "2"},
                                            {"journal_cpu_ms", "0.5"},
                                            {"log_device_ms", "1"}});
    run::RealControl ctl;
    ctl.seed = 6;
    ctl.durationS = 1.0;
    testing::CapturedStream capture;
    observe::Recorder rec(nullptr, &capture);
    const run::RealOutcome out = lab_->runReal(p, ctl, rec);
    QVERIFY2(out.error.empty(), out.error.c_str());
    const double writes = out.facts.at("writes_scheduled");
    QVERIFY(writes > 50);
    QCOMPARE(out.facts.at("records_durable"), writes);
    QCOMPARE(out.facts.at("journal_consistent"), 1.0);
    QCOMPARE(out.facts.at("commits"), writes);  // no master, no groups: one sync per record
    QCOMPARE(out.facts.at("lock_acquisitions"), writes);
    // The lock is the master's station (2): sorted by start, each hold ends before the next.
    std::map<std::uint64_t, std::pair<std::int64_t, std::int64_t>> held;
    int departs = 0;
    for (const auto& o : capture.obs) {
      if (o.station == labs::JournalLab::kMaster && o.kind == observe::ObsKind::Start)
        held[o.entity].first = o.timeNs;
      if (o.station == labs::JournalLab::kMaster && o.kind == observe::ObsKind::Finish)
        held[o.entity].second = o.timeNs;
      departs += o.kind == observe::ObsKind::Depart ? 1 : 0;
    }
    QCOMPARE(double(held.size()), writes);
    QCOMPARE(double(departs), writes);
    std::vector<std::pair<std::int64_t, std::int64_t>> holds;
    for (const auto& [id, span] : held) holds.push_back(span);
    std::sort(holds.begin(), holds.end());
    for (std::size_t i = 1; i < holds.size(); ++i) QVERIFY(holds[i].first >= holds[i - 1].second);
    // The window (Depart) opens when the record is ready and ends when it is durable: at least
    // the record's sync, padded to the log device time.
    for (const auto& o : capture.obs)
      if (o.kind == observe::ObsKind::Depart) QVERIFY(o.value >= 1e6);
  }

  void slowestDeviceMeetsTheBoundExactly() {
    // The device side of the question: at the largest log_device_ms the model allows, the mean
    // window is the bound; a device a little slower misses it.
    run::Params p = run::defaults(lab_->params());
    const double d = lab_->model(p).values.at("max_device_ms");
    QVERIFY(d > 0 && d < p.num("log_device_ms"));  // the defaults miss the 5 ms bound
    p.set("log_device_ms", d);
    QVERIFY(std::abs(lab_->model(p).values.at("window_ms") - p.num("window_bound_ms")) < 0.01);
    p.set("log_device_ms", d * 1.02);
    QVERIFY(lab_->model(p).values.at("window_ms") > p.num("window_bound_ms"));
  }

  // group_max = 1: the master is M/G/1 with S = exp(c) + d, and the numerical chain must give
  // Pollaczek–Khinchine exactly.
  void modelIsPollaczekKhinchine_data() {
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("cpuMs");
    QTest::addColumn<double>("deviceMs");
    QTest::newRow("rho=0.4") << 200.0 << 0.5 << 1.5;
    QTest::newRow("rho=0.8") << 400.0 << 0.5 << 1.5;
    QTest::newRow("rho=0.97, cpu-heavy") << 970.0 << 0.9 << 0.1;
    QTest::newRow("device only") << 300.0 << 0.001 << 3.0;
  }
  void modelIsPollaczekKhinchine() {
    QFETCH(double, rate);
    QFETCH(double, cpuMs);
    QFETCH(double, deviceMs);
    run::Params p = run::defaults(lab_->params());
    p.set("arrival_rate", rate);
    p.set("journal_cpu_ms", cpuMs);
    p.set("log_device_ms", deviceMs);
    p.set("workers", 16);  // keep the workers below saturation at every point
    const auto m = lab_->model(p);
    QVERIFY(m.stable);
    const double s = (cpuMs + deviceMs) / 1000.0;
    const double scv = (cpuMs * cpuMs) / ((cpuMs + deviceMs) * (cpuMs + deviceMs));
    const model::QueueMetrics pk = model::mg1(rate, s, scv);
    QVERIFY(std::abs(m.values.at("window_ms") - pk.w * 1000.0) < 1e-6 * pk.w * 1000.0);
    QVERIFY(std::abs(m.values.at("journal_queue_len") - pk.lq) < 1e-6 * std::max(1.0, pk.lq));
    QVERIFY(std::abs(m.values.at("master_util") - rate * s) < 1e-9);
    QVERIFY(m.exact.at("window_ms"));
    QVERIFY(!m.exact.at("window_ms_p99"));
  }

  void defaultsAnswerTheExercises() {
    const auto m = lab_->model(run::defaults(lab_->params()));
    QVERIFY(std::abs(m.values.at("window_ms") - 6.25) < 1e-9);  // 2 ms + λ·E[S²]/(2(1−ρ)) = 2 + 4.25
    // At the minimum speed the model's window is the bound itself.
    const double speed = m.values.at("min_master_speed");
    QVERIFY(speed > 1.2 && speed < 1.35);
    run::Params faster = run::defaults(lab_->params());
    faster.set("journal_cpu_ms", 0.5 / speed);
    QVERIFY(std::abs(lab_->model(faster).values.at("window_ms") - 5.0) < 0.01);
    // Group commit at 600/s, beyond one-record capacity: the window drops below the 6.25 ms above.
    const auto g = lab_->model(paramsFor(*lab_, {{"arrival_rate", "600"}, {"group_max", "8"}}));
    QVERIFY(g.stable);
    QVERIFY(std::abs(g.values.at("window_ms") - 3.8) < 0.1);
    QVERIFY(g.values.at("group_size") > 1.5 && g.values.at("group_size") < 2.0);
    // Every exercise's answer exists in the model at its setup.
    for (const auto& e : lab_->exercises()) {
      run::Params p = run::defaults(lab_->params());
      for (const auto& [k, v] : e.setup) QVERIFY(run::applySetting(lab_->params(), p, k, v).empty());
      QVERIFY2(lab_->model(p).values.count(e.metric) == 1, e.id.c_str());
    }
  }

  void slowDeviceNeedsNoFasterMaster() {
    // Even an infinitely fast master leaves d + λd²/(2(1−λd)) ≈ 2.6 ms: a 2 ms bound is out of reach.
    const auto m = lab_->model(paramsFor(*lab_, {{"window_bound_ms", "2"}}));
    QVERIFY(m.stable);
    QVERIFY(m.values.count("min_master_speed") == 0);
    bool said = false;
    for (const auto& n : m.notes) said = said || n.find("no master speed") != std::string::npos;
    QVERIFY(said);
    // A loose bound leaves room: the master could be slower.
    const auto loose = lab_->model(paramsFor(*lab_, {{"window_bound_ms", "50"}}));
    QVERIFY(loose.values.at("min_master_speed") < 1.0);
  }

  void beyondCapacityIsUnstable() {
    // One record per commit: capacity 1/(0.5 + 1.5 ms) = 500/s.
    auto m = lab_->model(paramsFor(*lab_, {{"arrival_rate", "520"}}));
    QVERIFY(!m.stable);
    QCOMPARE(QString::fromStdString(m.bottleneck), QString("master"));
    QVERIFY(m.values.count("window_ms") == 0);
    // Group commit lifts the ceiling to b/(b·c + d): the same rate is fine with groups of 4.
    m = lab_->model(paramsFor(*lab_, {{"arrival_rate", "520"}, {"group_max", "4"}}));
    QVERIFY(m.stable);
    QVERIFY(m.values.at("group_size") > 1.0);
  }

  void modelCopesNearSaturation() {
    // b = 64 at ρ ≈ 0.995 needs thousands of chain states and long arrival pmfs.
    const auto m =
        lab_->model(paramsFor(*lab_, {{"arrival_rate", "1900"}, {"group_max", "64"}, {"workers", "64"}}));
    QVERIFY(m.stable);
    QVERIFY(std::isfinite(m.values.at("window_ms")) && m.values.at("window_ms") > 50.0);
    QVERIFY(m.values.at("group_size") > 32.0 && m.values.at("group_size") <= 64.0);
    QVERIFY(m.values.at("min_master_speed") > 1.0);
  }

  // Exact where the master's input is Poisson (exponential data work, Burke): the simulation's
  // 95% CI of the mean window must cover the model, for one-record commits (P-K) and for group
  // commits (the numerically solved chain).
  void simulationCoversExactModel_data() {
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("group");
    QTest::addColumn<double>("records");
    QTest::newRow("b=1 rho=0.4") << "200"
                                 << "1" << 30000.0;
    QTest::newRow("b=1 rho=0.8") << "400"
                                 << "1" << 60000.0;
    QTest::newRow("b=1 rho=0.92") << "460"
                                  << "1" << 120000.0;
    QTest::newRow("b=4 rho=0.9") << "1030"
                                 << "4" << 120000.0;
    QTest::newRow("b=16 rho=0.65") << "1100"
                                   << "16" << 40000.0;
  }
  void simulationCoversExactModel() {
    QFETCH(QString, rate);
    QFETCH(QString, group);
    QFETCH(double, records);
    const auto p = paramsFor(*lab_, {{"arrival_rate", rate.toUtf8().constData()},
                                     {"group_max", group.toUtf8().constData()},
                                     {"workers", "8"}});
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = run::execute(*lab_, simSpec(*lab_, p, records, 8));
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    const auto& mv = r.metrics.at("window_ms");
    const double model = r.model.values.at("window_ms");
    qInfo(
        "%s: window model %.4f ms, sim %.4f [%.4f, %.4f], p99 model %.3f sim %.3f, util %.4f/%.4f, lq "
        "%.3f/%.3f, "
        "group %.3f/%.3f (%.1f s)",
        QTest::currentDataTag(), model, mv.mean, mv.ciLo, mv.ciHi, r.model.values.at("window_ms_p99"),
        mv.percentiles.at("p99"), r.model.values.at("master_util"), r.metrics.at("master_util").mean,
        r.model.values.at("journal_queue_len"), r.metrics.at("journal_queue_len").mean,
        r.model.values.at("group_size"), r.metrics.at("group_size").mean,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    QVERIFY(r.model.exact.at("window_ms"));
    QVERIFY2(mv.ciLo <= model && model <= mv.ciHi, "the 95% CI of window_ms misses the exact model");
    for (const char* key : {"master_util", "journal_queue_len", "group_size"}) {
      // Each checked at 99.7% (the CI widened 1.5×): four 95% checks per point would miss by chance too
      // often.
      const auto& m = r.metrics.at(key);
      const double mid = (m.ciLo + m.ciHi) / 2, half = std::max((m.ciHi - m.ciLo) / 2 * 1.5, 1e-9);
      QVERIFY2(std::abs(r.model.values.at(key) - mid) <= half, key);
    }
    // The p99 is an approximation (exponential tail of the wait); at these points it is within
    // 15% of the simulation's p99.
    QVERIFY(!r.model.exact.at("window_ms_p99"));
    const double p99 = mv.percentiles.at("p99");
    QVERIFY2(std::abs(r.model.values.at("window_ms_p99") - p99) <= 0.15 * p99,
             "p99 approximation off by > 15%");
  }

  // Deterministic or lognormal data work: the master's input is no longer Poisson and the model
  // an approximation. With four workers at half load it is within 12% at the defaults (measured:
  // the simulated window is about 5% shorter with det, 5–10% longer with lognormal(cv 2)); one
  // busy worker would be far worse.
  void nonExponentialDataIsApproximate_data() {
    QTest::addColumn<QString>("dist");
    QTest::newRow("det") << "det";
    QTest::newRow("lognormal") << "lognormal";
  }
  void nonExponentialDataIsApproximate() {
    QFETCH(QString, dist);
    const auto p = paramsFor(*lab_, {{"data_dist", dist.toUtf8().constData()}});
    const auto r = run::execute(*lab_, simSpec(*lab_, p, 30000, 6));
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    QVERIFY(!r.model.exact.at("window_ms"));
    QVERIFY(!r.model.approximation.empty());
    const double sim = r.metrics.at("window_ms").mean, model = r.model.values.at("window_ms");
    qInfo("%s: window model %.3f ms, sim %.3f ms (%+.1f%%)", qPrintable(dist), model, sim,
          (model / sim - 1) * 100);
    QVERIFY(std::abs(model - sim) <= 0.12 * sim);
  }

  // Real mode: short runs doing real pwrite + fdatasync in a directory of the test's own.
  void realRunKeepsLogAndDataInAgreement() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Groups of up to 16 keep the master well below capacity even where fdatasync takes 30 ms.
    const auto p = paramsFor(*lab_, {{"arrival_rate", "200"},
                                     {"workers", "2"},
                                     {"data_ms", "0.2"},
                                     {"journal_cpu_ms", "0.1"},
                                     {"log_device_ms", "0.5"},
                                     {"group_max", "16"}});
    const RealRun r = realRun(*lab_, p, 1.0, dir.path().toStdString());
    QVERIFY2(r.out.error.empty(), r.out.error.c_str());
    const auto& f = r.out.facts;
    qInfo("real: %g writes, %g durable in %g commits, window %.3f ms, fdatasync %.3f ms (%s); %s",
          f.at("writes_scheduled"), f.at("records_durable"), f.at("commits"), r.windowMs,
          f.at("fdatasync_mean_ms"), r.out.labels.at("log_filesystem").c_str(),
          r.out.labels.at("journal_check").c_str());
    QVERIFY(f.at("writes_scheduled") > 100);
    // No record lost: every write was journaled, the log holds exactly those records, and each
    // record matches the data block it describes.
    QCOMPARE(f.at("records_durable"), f.at("writes_scheduled"));
    QCOMPARE(f.at("journal_records_logged"), f.at("records_durable"));
    QCOMPARE(f.at("journal_records_lost"), 0.0);
    QCOMPARE(f.at("journal_data_mismatches"), 0.0);
    QCOMPARE(f.at("journal_consistent"), 1.0);
    QCOMPARE(double(r.departures), f.at("records_durable"));
    QVERIFY(f.at("commits") <= f.at("records_durable"));
    // The window includes the (padded) device time of the record's commit.
    QVERIFY(r.windowMs >= 0.5);
    QVERIFY(dirIsEmpty(dir.path()));  // the run's files and directory are gone
  }

  void realFaceStartsWithGroupCommit() {
    // The lab's one record per commit does not settle on a real device within a minute; its real
    // face starts from groups of 8 — unless the student set the group size (kept as they chose).
    const run::Params defaults = run::defaults(lab_->params());
    const run::FittedParams fitted = run::fitToHost(*lab_, defaults, 2);
    QCOMPARE(fitted.params.integer("group_max"), 8);
    QCOMPARE(fitted.params.integer("workers"), 1);
    QVERIFY2(fitted.words.find("group commit") != std::string::npos, fitted.words.c_str());
    QCOMPARE(run::fitToHost(*lab_, defaults, 2, {"group_max"}).params.integer("group_max"), 1);
    QCOMPARE(run::fitToHost(*lab_, paramsFor(*lab_, {{"group_max", "4"}}), 2).params.integer("group_max"), 4);
    // A chosen worker count is not fitted, the real defaults still apply.
    const run::FittedParams ownWorkers = run::fitToHost(*lab_, defaults, 2, {"workers"});
    QCOMPARE(ownWorkers.params.integer("workers"), 4);
    QCOMPARE(ownWorkers.params.integer("group_max"), 8);
    // The oversubscription check fits workers only.
    QCOMPARE(run::fitWorkers(*lab_, defaults, 2).params.integer("group_max"), 1);
    QVERIFY(!run::fitWorkers(*lab_, defaults, 8).changed);
  }

  void loadEndedEarlyDrainsAtOnce() {
    // A precision-driven run ends the load through the feed: the workers must learn that no
    // write follows and the run end as soon as the last one is durable, not at the drain limit.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto p = paramsFor(*lab_, {{"arrival_rate", "200"},
                                     {"workers", "1"},
                                     {"data_ms", "0.5"},
                                     {"journal_cpu_ms", "0.1"},
                                     {"log_device_ms", "0.5"},
                                     {"group_max", "4"}});
    real::RunFeed feed;
    std::thread ender([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      feed.endLoad();
    });
    const auto started = std::chrono::steady_clock::now();
    const RealRun r = realRun(*lab_, p, 20.0, dir.path().toStdString(), nullptr, &feed);
    const auto returned = std::chrono::steady_clock::now();
    ender.join();
    QVERIFY2(r.out.error.empty(), r.out.error.c_str());
    // A behaviour bound, not a speed: 20 s of schedule plus its drain limit would be 25 s.
    QVERIFY(returned - started < std::chrono::seconds(10));
    for (const auto& w : r.out.warnings) QVERIFY2(w.rfind("overloaded", 0) != 0, w.c_str());
    QCOMPARE(r.out.facts.at("records_durable"), r.out.facts.at("writes_submitted"));
    QVERIFY(r.out.facts.at("writes_submitted") < r.out.facts.at("writes_scheduled"));
  }

  void cancelledRunKeepsLogAndDataInAgreement() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto p = paramsFor(*lab_, {{"arrival_rate", "400"},
                                     {"workers", "2"},
                                     {"data_ms", "0.5"},
                                     {"journal_cpu_ms", "0.2"},
                                     {"log_device_ms", "1"},
                                     {"group_max", "2"}});
    std::atomic<bool> cancel{false};
    std::chrono::steady_clock::time_point cancelledAt;
    std::thread canceller([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(400));
      cancelledAt = std::chrono::steady_clock::now();
      cancel.store(true);
    });
    const RealRun r = realRun(*lab_, p, 20.0, dir.path().toStdString(), &cancel);
    const auto returned = std::chrono::steady_clock::now();
    canceller.join();
    QVERIFY2(r.out.error.empty(), r.out.error.c_str());
    // A behaviour bound, not a speed: a 20 s run must stop soon after the cancel.
    QVERIFY(returned - cancelledAt < std::chrono::seconds(2));
    const auto& f = r.out.facts;
    qInfo("cancelled: %g of %g writes durable; %s", f.at("records_durable"), f.at("writes_scheduled"),
          r.out.labels.at("journal_check").c_str());
    QVERIFY(f.at("records_durable") > 0);
    QVERIFY(f.at("records_durable") < f.at("writes_scheduled"));
    QCOMPARE(f.at("journal_records_logged"), f.at("records_durable"));
    QCOMPARE(f.at("journal_records_lost"), 0.0);
    QCOMPARE(f.at("journal_data_mismatches"), 0.0);
    QCOMPARE(f.at("journal_consistent"), 1.0);
    QVERIFY(dirIsEmpty(dir.path()));
  }
};

QTEST_APPLESS_MAIN(TestJournal)
#include "test_journal.moc"
