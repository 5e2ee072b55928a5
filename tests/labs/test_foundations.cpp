// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>

#include "amp/labs/registry.h"
#include "amp/run/runner.h"

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
    QCOMPARE(lab_->exercises().size(), std::size_t(3));
  }

  void modelIsTheJacksonTandem() {
    // Defaults: λ=8, S_m=0.1 s, c=4, S_w=0.4 s. Master M/M/1: 1/(10−8) = 500 ms.
    const auto m = lab_->model(run::defaults(lab_->params()));
    QVERIFY(m.stable);
    QCOMPARE(m.values.at("master_wait_ms") + m.values.at("master_service_ms"), 500.0);
    QVERIFY(m.exact.at("sojourn_ms"));
    // Erlang C for c=4, a=3.2 is 0.5964; Wq = C/(cμ−λ) = 0.5964/(10−8) s.
    QVERIFY(std::abs(m.values.at("worker_wait_ms") - 298.2) < 0.5);
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
