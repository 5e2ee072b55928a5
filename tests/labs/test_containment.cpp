// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "amp/labs/registry.h"
#include "amp/real/sandbox.h"
#include "amp/run/runner.h"
#include "lab_params.h"

using namespace amp;

namespace {
using testing::paramsFor;
using testing::relNear;

run::RunSpec specFor(const run::Lab& lab, run::Params p, run::Mode mode, int reps, double duration = 0.0) {
  return testing::runSpec(lab, std::move(p), mode, reps, 5, duration);
}

bool covers(const run::MetricValue& m, double v) { return m.ciLo <= v + 1e-12 && v - 1e-12 <= m.ciHi; }

/// A short real run: a few untrusted tasks of a few quanta each, batch after batch, for 0.3 s.
run::RunResult realRun(const run::Lab& lab, std::initializer_list<std::pair<const char*, const char*>> sets) {
  run::Params p = paramsFor(lab, {{"tasks", "4"}, {"untrusted_fraction", "1"}, {"quanta", "5"}});
  for (const auto& [k, v] : sets)
    if (const std::string err = run::applySetting(lab.params(), p, k, v); !err.empty())
      qFatal("%s", err.c_str());
  run::RunSpec s = specFor(lab, p, run::Mode::Real, 1, 0.3);
  s.warmup = 0;
  return run::execute(lab, s);
}
}  // namespace

class TestContainment : public QObject {
  Q_OBJECT
 private:
  const run::Lab* lab_ = labs::findLab("containment");

 private slots:
  void registered() {
    QVERIFY(lab_ != nullptr);
    for (const char* key : {"cores", "privileged_cores", "untrusted_fraction", "exploit_prob",
                            "residual_prob", "tasks", "quanta", "placement", "cpu_budget_ms"})
      QVERIFY2(run::findSpec(lab_->params(), key) != nullptr, key);
    std::vector<std::string> metrics;
    for (const auto& m : lab_->metrics()) metrics.push_back(m.key);
    for (const char* key : {"p_escalation", "privileged_quanta", "quanta_per_core", "killed_tasks"})
      QVERIFY2(std::find(metrics.begin(), metrics.end(), key) != metrics.end(), key);
    QVERIFY(lab_->hasReal());
  }

  void modelByHand() {
    // Defaults: n = 4, k = 1, u = 0.25, v = 0.01, q = 0.001, N = 20, 20 quanta.
    const double u = 0.25, v = 0.01, q = 0.001, kn = 0.25;
    const double rSym = 1 - std::pow(1 - v * kn, 20) * (1 - q);
    const auto sym = lab_->model(paramsFor(*lab_, {{"placement", "symmetric"}}));
    QVERIFY(relNear(sym.values.at("p_escalation"), 1 - std::pow(1 - u * rSym, 20), 1e-12));
    QVERIFY(relNear(sym.values.at("privileged_quanta"), 20 * kn, 1e-12));
    QVERIFY(relNear(sym.values.at("quanta_per_core"), 20.0 / 4, 1e-12));
    QVERIFY(relNear(sym.values.at("killed_tasks"), 20 * u * rSym, 1e-12));
    const double rStay = kn * (1 - std::pow(1 - v, 20) * (1 - q)) + (1 - kn) * q;
    QVERIFY(relNear(sym.values.at("p_staying"), 1 - std::pow(1 - u * rStay, 20), 1e-12));
    // Staying put exposes fewer tasks, each for longer: a smaller P at these numbers.
    QVERIFY(sym.values.at("p_staying") < sym.values.at("p_escalation"));
    const auto amp = lab_->model(paramsFor(*lab_, {{"placement", "amp"}}));
    QVERIFY(relNear(amp.values.at("p_escalation"), 1 - std::pow(1 - u * q, 20), 1e-12));
    QCOMPARE(amp.values.at("privileged_quanta"), 0.0);
    QVERIFY(relNear(amp.values.at("quanta_per_core"), 20.0 / 3, 1e-12));
    QVERIFY(amp.values.at("cut_factor") > 10);
    QVERIFY(amp.exact.at("p_escalation") && sym.exact.at("p_escalation"));
    // Over the budget: 20 quanta of 1 ms against 10 ms; every untrusted task is killed after 10.
    const auto over = lab_->model(paramsFor(*lab_, {{"placement", "symmetric"}, {"cpu_budget_ms", "10"}}));
    QCOMPARE(over.values.at("run_quanta"), 10.0);
    QVERIFY(relNear(over.values.at("killed_tasks"), 20 * u, 1e-12));
  }

  void monteCarloCoversTheExactModel_data() {
    QTest::addColumn<QString>("placement");
    QTest::addColumn<QString>("tasks");
    QTest::addColumn<QString>("residual");
    QTest::addColumn<QString>("budget");
    QTest::newRow("symmetric, 5 tasks") << "symmetric"
                                        << "5"
                                        << "0.001"
                                        << "100";
    QTest::newRow("symmetric, 20 tasks") << "symmetric"
                                         << "20"
                                         << "0.001"
                                         << "100";
    QTest::newRow("symmetric, 60 tasks, 12 ms budget") << "symmetric"
                                                       << "60"
                                                       << "0.001"
                                                       << "12";
    // amp leaves only q: a larger one, so that a short run sees escalations at all.
    QTest::newRow("amp, 5 tasks") << "amp"
                                  << "5"
                                  << "0.05"
                                  << "100";
    QTest::newRow("amp, 20 tasks") << "amp"
                                   << "20"
                                   << "0.05"
                                   << "100";
    QTest::newRow("amp, 60 tasks, 12 ms budget") << "amp"
                                                 << "60"
                                                 << "0.02"
                                                 << "12";
  }
  void monteCarloCoversTheExactModel() {
    QFETCH(QString, placement);
    QFETCH(QString, tasks);
    QFETCH(QString, residual);
    QFETCH(QString, budget);
    const auto p = paramsFor(*lab_, {{"placement", placement.toUtf8().constData()},
                                     {"tasks", tasks.toUtf8().constData()},
                                     {"residual_prob", residual.toUtf8().constData()},
                                     {"cpu_budget_ms", budget.toUtf8().constData()}});
    const auto r = run::execute(*lab_, specFor(*lab_, p, run::Mode::Sim, 6));
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    for (const char* key :
         {"p_escalation", "p_symmetric", "p_amp", "privileged_quanta", "quanta_per_core", "killed_tasks"}) {
      const run::MetricValue& m = r.metrics.at(key);
      const double model = r.model.values.at(key);
      qInfo("%s: sim %.6g [%.6g, %.6g], model %.6g", key, m.mean, m.ciLo, m.ciHi, model);
      QVERIFY2(covers(m, model), key);
    }
  }

  void badInputNamesTheKey() {
    run::RunSpec s =
        specFor(*lab_, paramsFor(*lab_, {{"cores", "4"}, {"privileged_cores", "4"}}), run::Mode::Sim, 1);
    const std::string v = run::validate(*lab_, s);
    QVERIFY2(v.find("privileged_cores") != std::string::npos, v.c_str());
    run::Params p = run::defaults(lab_->params());
    const std::string c = run::applySetting(lab_->params(), p, "cores", "1");
    QVERIFY2(c.find("cores") != std::string::npos, c.c_str());
    const std::string pl = run::applySetting(lab_->params(), p, "placement", "anywhere");
    QVERIFY2(pl.find("placement") != std::string::npos, pl.c_str());
    const std::string u = run::applySetting(lab_->params(), p, "untrusted_fraction", "1.5");
    QVERIFY2(u.find("untrusted_fraction") != std::string::npos, u.c_str());
  }

  void ampKeepsUntrustedQuantaOffThePrivilegedCores() {
    const auto r = realRun(*lab_, {{"placement", "amp"}});
    QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
    qInfo("amp: %s; %s", r.labels.at("mapping").c_str(), r.labels.at("measured_vs_model").c_str());
    QVERIFY(r.facts.at("quanta_run") > 0);
    QCOMPARE(r.facts.at("privileged_quanta_total"), 0.0);
    QCOMPARE(r.metrics.at("privileged_quanta").mean, 0.0);
    QVERIFY(r.labels.at("exploit").find("emulated") != std::string::npos);
  }

  void symmetricCountsWhereTheKernelPutThem() {
    // Not a bound: the kernel chooses. The share is reported; every quantum is counted somewhere.
    const auto r = realRun(*lab_, {{"placement", "symmetric"}});
    QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
    qInfo("symmetric: %s; %s", r.labels.at("mapping").c_str(), r.labels.at("measured_vs_model").c_str());
    QVERIFY(r.facts.at("quanta_run") > 0);
    QVERIFY(r.facts.at("privileged_share_measured") >= 0 && r.facts.at("privileged_share_measured") <= 1);
  }

  void aForbiddenSyscallKillsTheTask() {
    if (!real::syscallFilterAvailable()) QSKIP("built without libseccomp");
    // q = 1: every untrusted task escalates, then tries to open a file, and its filter kills it.
    const auto r = realRun(*lab_, {{"residual_prob", "1"}});
    QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
    QVERIFY(r.facts.at("untrusted_tasks") > 0);
    QCOMPARE(r.facts.at("escalations"), r.facts.at("untrusted_tasks"));
    QCOMPARE(r.facts.at("killed_by_filter"), r.facts.at("untrusted_tasks"));
    QCOMPARE(r.facts.at("escaped"), 0.0);
    QCOMPARE(r.metrics.at("killed_tasks").mean, 4.0);  // all four tasks of every batch
    QCOMPARE(r.metrics.at("p_escalation").mean, 1.0);
  }

  void theMasterKillsATaskOverItsBudget() {
    // 20 quanta of 1 ms against a 5 ms budget; nothing escalates.
    const auto r = realRun(*lab_, {{"quanta", "20"}, {"cpu_budget_ms", "5"}, {"residual_prob", "0"}});
    QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
    QVERIFY(r.facts.at("untrusted_tasks") > 0);
    QCOMPARE(r.facts.at("killed_by_budget"), r.facts.at("untrusted_tasks"));
    QCOMPARE(r.facts.at("killed_by_filter"), 0.0);
    QVERIFY(r.facts.at("quanta_run") < 20 * r.facts.at("untrusted_tasks"));
  }
};

QTEST_APPLESS_MAIN(TestContainment)
#include "test_containment.moc"
