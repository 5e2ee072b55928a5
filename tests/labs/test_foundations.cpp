// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>
#include <algorithm>
#include <map>
#include <vector>

#include "amp/labs/registry.h"
#include "amp/run/lab_text.h"
#include "amp/run/runner.h"
#include "captured_stream.h"
#include "lab_params.h"

using namespace amp;

namespace {
run::RunSpec specFor(const run::Lab& lab, std::initializer_list<std::pair<const char*, const char*>> sets) {
  run::RunSpec s;
  s.lab = lab.info().id;
  s.params = run::defaults(lab.params());
  for (const auto& [k, v] : sets) {
    const std::string err = run::applySetting(lab.params(), s.params, k, v);
    if (!err.empty()) qFatal("%s", err.c_str());
  }
  return s;
}
}  // namespace

class TestFoundations : public QObject {
  Q_OBJECT
 private:
  const run::Lab* lab_ = labs::findLab("foundations");

 private slots:
  void registered() {
    QVERIFY(lab_ != nullptr);
    QCOMPARE(QString::fromStdString(lab_->info().category), QString("OS functions"));
    // Predict, then run: graded by the model, by a simulation and by a real run.
    const auto exercises = lab_->exercises();
    QCOMPARE(exercises.size(), std::size_t(5));
    int bySim = 0, byReal = 0;
    for (const auto& e : exercises) {
      // An exercise's settings must apply: a bad one would be left out and change the question.
      run::Params p = run::defaults(lab_->params());
      for (const auto& [k, v] : e.setup)
        QVERIFY2(run::applySetting(lab_->params(), p, k, v).empty(), k.c_str());
      bySim += e.answerFrom == run::Mode::Sim ? 1 : 0;
      byReal += e.answerFrom == run::Mode::Real ? 1 : 0;
    }
    QVERIFY(bySim >= 1 && byReal >= 1);
  }

  void explanationsStateTheModelsNumbers() {
    // The knee: wait 1900 ms, and with the service 2000 ms; a tolerance that tells them apart.
    for (const auto& e : lab_->exercises()) {
      if (e.id != "master_knee") continue;
      QVERIFY2(e.explanation.find("1900 ms") != std::string::npos, e.explanation.c_str());
      QVERIFY2(e.explanation.find("2000 ms") != std::string::npos, e.explanation.c_str());
      QVERIFY(e.tolerance < (2000.0 - 1900.0) / 1900.0);
      return;
    }
    QFAIL("no master_knee exercise");
  }

  void realExerciseMeasuresTheHandoverAndPredictsTheCeiling() {
    // The locked design past its lock: 1/S without a hand-over, 1/(S + h) with the model's guess.
    for (const auto& e : lab_->exercises()) {
      if (e.id != "real_lock_ceiling") continue;
      QCOMPARE(int(e.answerFrom), int(run::Mode::Real));
      QCOMPARE(QString::fromStdString(e.metric), QString("throughput"));
      auto p = run::defaults(lab_->params());
      for (const auto& [k, v] : e.setup) run::applySetting(lab_->params(), p, k, v);
      const double s = p.num("master_ms") / 1000.0, h = p.num("lock_handoff_us") * 1e-6;
      QVERIFY(p.num("arrival_rate") > 1.0 / s);  // offered more than the lock can pass
      const std::string ceiling = run::significant(1.0 / s), withH = run::significant(1.0 / (s + h));
      QVERIFY2(e.explanation.find(ceiling + " requests/s") != std::string::npos, e.explanation.c_str());
      QVERIFY2(e.explanation.find(withH + " requests/s") != std::string::npos, e.explanation.c_str());
      return;
    }
    QFAIL("no real_lock_ceiling exercise");
  }

  void modelIsTheJacksonTandem() {
    // Defaults: λ=8, S_m=0.1 s, c=6, S_w=0.4 s. Master M/M/1: 1/(10−8) = 500 ms.
    const auto m = lab_->model(run::defaults(lab_->params()));
    QVERIFY(m.stable);
    QCOMPARE(m.values.at("master_wait_ms") + m.values.at("master_service_ms"), 500.0);
    QVERIFY(m.exact.at("sojourn_ms"));
    // Erlang C for c=6, a=3.2 is 0.12710; Wq = C/(cμ−λ) = 0.12710/(15−8) s.
    QVERIFY(std::abs(m.values.at("worker_wait_ms") - 18.157) < 0.05);
    // The defaults put the bottleneck clearly on the master: more workers than c* = S_w/S_m = 4.
    QCOMPARE(QString::fromStdString(m.bottleneck), QString("master"));
    QCOMPARE(m.values.at("crossover_workers"), 4.0);
    QVERIFY(m.values.at("worker_util") < m.values.at("master_util") - 0.2);
  }

  void aTieNamesBothBottlenecks() {
    const auto m = lab_->model(specFor(*lab_, {{"workers", "4"}}).params);
    QCOMPARE(QString::fromStdString(m.bottleneck), QString("master and workers"));
  }

  void variabilityFactorsArePollaczekKhinchine() {
    // The wait at the same load is (1 + c_s²)/2 times the exponential one: 2.5 for lognormal
    // (cv 2), 0.5 for constant service.
    const double exp = lab_->model(specFor(*lab_, {}).params).values.at("master_wait_ms");
    const double logn =
        lab_->model(specFor(*lab_, {{"master_dist", "lognormal"}}).params).values.at("master_wait_ms");
    const double det =
        lab_->model(specFor(*lab_, {{"master_dist", "det"}}).params).values.at("master_wait_ms");
    QCOMPARE(logn / exp, 2.5);
    QCOMPARE(det / exp, 0.5);
  }

  void handoffOccupiesTheMaster() {
    // A 2 ms hand-off makes the master's step 102 ms: ρ = 0.816 and the ceiling 1/0.102 s.
    auto s = specFor(*lab_, {{"handoff_us", "2000"}});
    const auto m = lab_->model(s.params);
    QVERIFY(std::abs(m.values.at("master_util") - 0.816) < 1e-9);
    QVERIFY(m.exact.at("master_wait_ms"));
    s.seed = 3;
    s.reps = 10;
    const auto r = run::execute(*lab_, s);
    const auto& wait = r.metrics.at("master_wait_ms");
    QVERIFY2(wait.ciLo <= m.values.at("master_wait_ms") && m.values.at("master_wait_ms") <= wait.ciHi,
             qPrintable(QString("model %1, CI [%2, %3]")
                            .arg(m.values.at("master_wait_ms"))
                            .arg(wait.ciLo)
                            .arg(wait.ciHi)));
    QVERIFY(std::abs(r.metrics.at("master_util").mean - 0.816) < 0.01);
  }

  void lockedDesignHasTheSameCeilingAndItsOwnOverhead() {
    // No master: six workers share one lock. Its step is the master's 100 ms plus a transfer when
    // it changes core: (c−1)/c of the time when the lock is found free, every time it is handed to
    // a waiting worker. A worker waiting for the lock is a worker lost: busier workers, longer
    // sojourns than the master's design at the same load.
    auto s = specFor(*lab_, {{"design", "locked"}, {"lock_handoff_us", "5000"}, {"arrival_rate", "6"}});
    const auto amp = lab_->model(specFor(*lab_, {{"arrival_rate", "6"}}).params);
    const auto m = lab_->model(s.params);
    QVERIFY(m.stable);
    QVERIFY(m.values.at("master_service_ms") >= 100.0 + 5.0 * 5.0 / 6.0 - 1e-9);
    QVERIFY(m.values.at("master_service_ms") <= 105.0 + 1e-9);
    QVERIFY(m.values.at("worker_util") > amp.values.at("worker_util"));
    QVERIFY(m.values.at("sojourn_ms") > amp.values.at("sojourn_ms"));
    QVERIFY(!m.exact.at("sojourn_ms"));  // the constant transfer as an exponential phase
    s.seed = 5;
    s.reps = 10;
    const auto r = run::execute(*lab_, s);
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    QVERIFY(std::abs(r.metrics.at("master_service_ms").mean - m.values.at("master_service_ms")) < 1.0);
    // Workers are held while they wait for the lock: their utilization is above λ·S_w/c.
    QVERIFY(r.metrics.at("worker_util").mean > 6 * 0.4 / 6 + 0.05);
    // The approximation lands near the simulation (within 5%).
    const double sim = r.metrics.at("sojourn_ms").mean, model = m.values.at("sojourn_ms");
    QVERIFY2(std::abs(sim - model) / sim < 0.05, qPrintable(QString("sim %1, model %2").arg(sim).arg(model)));
  }

  // Without a transfer and with exponential times the locked design's chain is exact: the
  // simulation's CI covers it, at the defaults (workers 88% taken) and at lighter loads.
  void lockedChainIsExactWithoutATransfer_data() {
    QTest::addColumn<QString>("workers");
    QTest::addColumn<QString>("rate");
    QTest::newRow("6 workers at 8/s (defaults)") << "6"
                                                 << "8";
    QTest::newRow("6 workers at 6/s") << "6"
                                      << "6";
    QTest::newRow("2 workers at 3/s") << "2"
                                      << "3";
  }
  void lockedChainIsExactWithoutATransfer() {
    QFETCH(QString, workers);
    QFETCH(QString, rate);
    auto s = specFor(*lab_, {{"design", "locked"},
                             {"lock_handoff_us", "0"},
                             {"workers", qPrintable(workers)},
                             {"arrival_rate", qPrintable(rate)}});
    const auto m = lab_->model(s.params);
    QVERIFY(m.stable);
    QVERIFY(m.exact.at("sojourn_ms"));
    s.seed = 7;
    s.reps = 12;
    const auto r = run::execute(*lab_, s);
    for (const char* key : {"sojourn_ms", "master_wait_ms", "worker_util"}) {
      const auto& v = r.metrics.at(key);
      const double model = m.values.at(key);
      QVERIFY2(v.ciLo <= model && model <= v.ciHi,
               qPrintable(QString("%1: model %2, CI [%3, %4]").arg(key).arg(model).arg(v.ciLo).arg(v.ciHi)));
    }
  }

  // Which design wins at which load: at the exercise's setting the models tie at the crossover
  // rate, and the simulation agrees on the winner at a quarter of that rate and at twice it.
  void theDesignsTieAtTheCrossoverRate() {
    const run::Exercise* ex = nullptr;
    const auto exercises = lab_->exercises();
    for (const auto& e : exercises)
      if (e.id == "design_wins") ex = &e;
    QVERIFY(ex != nullptr);
    run::Params p = run::defaults(lab_->params());
    for (const auto& [k, v] : ex->setup) run::applySetting(lab_->params(), p, k, v);
    const double tie = lab_->model(p).values.at("design_crossover_rate");
    QVERIFY(tie > 0.0);
    qInfo("%s", ex->explanation.c_str());
    QVERIFY2(ex->explanation.find(run::threeFigures(tie) + " requests/s") != std::string::npos,
             ex->explanation.c_str());
    const auto sojourn = [&](const char* design, double rate, bool simulate) {
      run::RunSpec s;
      s.lab = "foundations";
      s.params = p;
      s.params.setText("design", design);
      s.params.set("arrival_rate", rate);
      if (!simulate) return lab_->model(s.params).values.at("sojourn_ms");
      s.seed = 9;
      s.reps = 8;
      return run::execute(*lab_, s).metrics.at("sojourn_ms").mean;
    };
    QVERIFY(testing::relNear(sojourn("locked", tie, false), sojourn("amp", tie, false), 1e-6));
    const double lockedLight = sojourn("locked", tie / 4, true), ampLight = sojourn("amp", tie / 4, true);
    const double lockedHeavy = sojourn("locked", tie * 2, true), ampHeavy = sojourn("amp", tie * 2, true);
    qInfo(
        "tie at %.4g/s; at a quarter: locked %.4g ms, amp %.4g ms; at twice: locked %.4g ms, amp %.4g ms (sim)",
        tie, lockedLight, ampLight, lockedHeavy, ampHeavy);
    QVERIFY(lockedLight < ampLight);
    QVERIFY(lockedHeavy > ampHeavy);
    // A transfer dearer than the hand-off at every load: the master always wins.
    p.set("lock_handoff_us", 200);
    QCOMPARE(lab_->model(p).values.at("design_crossover_rate"), 0.0);
  }

  void lockedDesignHasNoMasterSeatToFit() {
    // On two cores the AMP design keeps one for its master; the locked design has no master.
    const auto amp = run::fitToHost(*lab_, run::defaults(lab_->params()), 2);
    QCOMPARE(amp.params.integer("workers"), 1);
    const auto locked = run::fitToHost(*lab_, specFor(*lab_, {{"design", "locked"}}).params, 2);
    QCOMPARE(locked.params.integer("workers"), 2);
  }

  void lockedRealRunSerializesOnOneMutex() {
    // The symmetric design on real threads: two workers share one std::mutex. The step is 2 ms
    // at 300 requests/s, so the lock is busy 60% of the time and a worker often finds it held.
    auto s = specFor(*lab_, {{"design", "locked"},
                             {"workers", "2"},
                             {"master_ms", "2"},
                             {"master_dist", "det"},
                             {"worker_ms", "2"},
                             {"arrival_rate", "300"}});
    run::RealControl ctl;
    ctl.seed = 3;
    ctl.durationS = 1.0;
    testing::CapturedStream capture;
    observe::Recorder rec(nullptr, &capture);
    const run::RealOutcome out = lab_->runReal(s.params, ctl, rec);
    QVERIFY2(out.error.empty(), out.error.c_str());
    const double scheduled = out.facts.at("requests_scheduled");
    QVERIFY(scheduled > 100);
    QCOMPARE(out.facts.at("requests_completed"), scheduled);

    // The lock is station 1 (the master's, whose metrics and ceiling read it): one step per
    // request, and no two steps ever overlap in time.
    std::map<std::uint64_t, std::pair<std::int64_t, std::int64_t>> held;  // request -> (acquired, released)
    int departs = 0;
    for (const auto& o : capture.obs) {
      if (o.station == 1 && o.kind == observe::ObsKind::Start) held[o.entity].first = o.timeNs;
      if (o.station == 1 && o.kind == observe::ObsKind::Finish) held[o.entity].second = o.timeNs;
      departs += o.kind == observe::ObsKind::Depart ? 1 : 0;
    }
    QCOMPARE(double(held.size()), scheduled);
    QCOMPARE(double(departs), scheduled);
    std::vector<std::pair<std::int64_t, std::int64_t>> steps;
    for (const auto& [id, span] : held) steps.push_back(span);
    std::sort(steps.begin(), steps.end());
    for (std::size_t i = 1; i < steps.size(); ++i)
      QVERIFY2(steps[i].first >= steps[i - 1].second,
               qPrintable(QString("step %1 began %2 ns before the previous one ended")
                              .arg(i)
                              .arg(steps[i - 1].second - steps[i].first)));

    // The lock changed hands between waiting workers, and each hand-over took time; the model
    // takes the measured value in place of lock_handoff_us.
    QVERIFY(out.facts.at("lock_handovers") > 0);
    QVERIFY(out.facts.at("lock_handoff_ns") > 0);
    QVERIFY(out.facts.at("lock_ceiling_per_s") < 1000.0 / 2);
    run::RunResult measured;
    measured.facts = out.facts;
    run::Params atMeasured;
    QVERIFY(lab_->measuredParams(s.params, measured, atMeasured));
    QCOMPARE(atMeasured.num("lock_handoff_us"), out.facts.at("lock_handoff_ns") / 1000.0);
  }

  void unstableModelSaysSo() {
    auto s = specFor(*lab_, {{"arrival_rate", "12"}});
    const auto m = lab_->model(s.params);
    QVERIFY(!m.stable);
    QCOMPARE(QString::fromStdString(m.bottleneck), QString("master"));
    QVERIFY(m.values.count("sojourn_ms") == 0);  // no negative or infinite mean is offered
  }

  void simulationCoversExactModel_data() {
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("workers");
    QTest::addColumn<QString>("workerMs");
    QTest::newRow("rho_m=0.5, 1 worker") << "5"
                                         << "1"
                                         << "50";
    QTest::newRow("rho_m=0.8, 4 workers") << "8"
                                          << "4"
                                          << "400";
    QTest::newRow("rho_m=0.95, 16 workers") << "9.5"
                                            << "16"
                                            << "1000";
  }
  void simulationCoversExactModel() {
    QFETCH(QString, rate);
    QFETCH(QString, workers);
    QFETCH(QString, workerMs);
    auto s = specFor(*lab_, {{"arrival_rate", rate.toUtf8().constData()},
                             {"workers", workers.toUtf8().constData()},
                             {"worker_ms", workerMs.toUtf8().constData()}});
    s.seed = 11;
    s.reps = 20;
    const auto r = run::execute(*lab_, s);
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    // The key metric: the 95% CI must cover the exact model. The other metrics are checked at
    // 99.7% (the CI widened 1.5x), since five 95% checks per point would miss one by chance
    // about a quarter of the time.
    for (const char* key : {"sojourn_ms", "master_wait_ms", "worker_wait_ms", "master_util", "throughput"}) {
      const auto& mv = r.metrics.at(key);
      const double widen = std::string(key) == "sojourn_ms" ? 1.0 : 1.5;
      const double mid = (mv.ciLo + mv.ciHi) / 2, half = (mv.ciHi - mv.ciLo) / 2 * widen;
      const double model = r.model.values.at(key);
      if (!(mid - half <= model && model <= mid + half)) {
        QFAIL(qPrintable(
            QString("%1: model %2 outside CI [%3, %4]").arg(key).arg(model).arg(mid - half).arg(mid + half)));
      }
    }
    QVERIFY(r.metrics.at("sojourn_ms").percentiles.count("p99") == 1);
    QVERIFY(r.verdict.rfind("model inside", 0) == 0);
  }

  void sameSeedSameNumbers() {
    auto s = specFor(*lab_, {{"worker_queue", "per_worker_jsq"}});
    s.seed = 7;
    s.reps = 2;
    s.duration = 500;
    const auto a = run::execute(*lab_, s);
    const auto b = run::execute(*lab_, s);
    QCOMPARE(a.metrics.at("sojourn_ms").mean, b.metrics.at("sojourn_ms").mean);
    s.seed = 8;
    const auto c = run::execute(*lab_, s);
    QVERIFY(a.metrics.at("sojourn_ms").mean != c.metrics.at("sojourn_ms").mean);
  }

  void unstableRunIsBoundedAndFlagged() {
    auto s = specFor(*lab_, {{"arrival_rate", "12"}});
    s.duration = 200;
    s.reps = 2;
    const auto r = run::execute(*lab_, s);
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    QVERIFY(r.unstable);
    QVERIFY(r.verdict.find("unstable") != std::string::npos);
    QVERIFY(r.metrics.at("master_util").mean > 0.98);
  }

  void cancelStopsQuickly() {
    auto s = specFor(*lab_, {});
    s.duration = 1e6;  // far longer than the test
    s.reps = 2;
    std::atomic<bool> cancel{false};
    run::RunHooks hooks;
    hooks.cancel = &cancel;
    std::thread stopper([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      cancel = true;
    });
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = run::execute(*lab_, s, hooks);
    const auto took = std::chrono::steady_clock::now() - t0;
    stopper.join();
    QCOMPARE(int(r.status), int(run::RunStatus::Cancelled));
    QVERIFY(took < std::chrono::seconds(2));
  }
};

QTEST_APPLESS_MAIN(TestFoundations)
#include "test_foundations.moc"
