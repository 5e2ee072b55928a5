// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>
#include <vector>

#include "amp/labs/registry.h"
#include "amp/model/group_commit.h"
#include "amp/model/queueing.h"
#include "amp/observe/aggregator.h"
#include "amp/run/runner.h"
#include "captured_stream.h"
#include "commit/commit_bank.h"
#include "commit/commit_lab.h"
#include "lab_params.h"

using namespace amp;
using labs::CommitLab;

namespace {

using testing::paramsFor;

/// `commits` writes per replication (the warm-up 5% of it).
run::RunSpec simSpec(const run::Params& p, double commits, int reps) {
  run::RunSpec s;
  s.lab = "commit";
  s.mode = run::Mode::Sim;
  s.params = p;
  s.seed = 21;
  s.duration = commits / (p.num("txn_rate") * p.num("write_fraction"));
  s.warmup = s.duration * 0.05;
  s.reps = reps;
  s.jobs = 2;
  return s;
}

/// A small, quick real bank: one worker, short queries and commits, below saturation.
run::Params smallReal(const run::Lab& lab, const QString& dir) {
  run::Params p = paramsFor(lab, {{"txn_rate", "400"},
                                  {"write_fraction", "0.5"},
                                  {"workers", "1"},
                                  {"query_ms", "0.5"},
                                  {"commit_fixed_ms", "1"},
                                  {"commit_per_txn_ms", "0.1"},
                                  {"group_max", "8"},
                                  {"group_timeout_ms", "1"}});
  p.setText("data_dir", dir.toStdString());
  return p;
}

struct RealRun {
  run::RealOutcome out;
  testing::CapturedStream stream;
  double balanceOutput = -1;
};

void realRun(const run::Params& p, double seconds, RealRun& r, const std::atomic<bool>* cancel = nullptr,
             const sim::FaultSchedule& faults = {}) {
  observe::Recorder rec(nullptr, &r.stream);
  run::RealControl ctl;
  ctl.seed = 3;
  ctl.durationS = seconds;
  ctl.cancel = cancel;
  r.out = labs::commit::runReal(p, ctl, rec, faults);
  const auto& counters = rec.outputs().counters();
  if (auto it = counters.find("balance_ok"); it != counters.end()) r.balanceOutput = it->second;
}

bool isEmptyDir(const QString& path) {
  return QDir(path).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty();
}

}  // namespace

class TestCommit : public QObject {
  Q_OBJECT
 private:
  const run::Lab* lab_ = labs::findLab("commit");

 private slots:
  void registered() {
    QVERIFY(lab_ != nullptr);
    QCOMPARE(QString::fromStdString(lab_->info().category), QString("Large-scale systems"));
    for (const char* key :
         {"txn_rate", "write_fraction", "workers", "query_ms", "query_dist", "commit_fixed_ms",
          "commit_per_txn_ms", "group_max", "group_timeout_ms", "data_dir"})
      QVERIFY2(run::findSpec(lab_->params(), key) != nullptr, key);
    std::vector<std::string> metrics;
    for (const auto& m : lab_->metrics()) metrics.push_back(m.key);
    for (const char* key :
         {"commit_latency_ms", "read_latency_ms", "commits_per_s", "reads_per_s", "group_size", "balance_ok"})
      QVERIFY2(std::find(metrics.begin(), metrics.end(), key) != metrics.end(), key);
    QCOMPARE(lab_->classes(), (std::vector<std::string>{"read", "write"}));
    int bySim = 0, byReal = 0;
    const auto exercises = lab_->exercises();
    QVERIFY(exercises.size() >= 3 && exercises.size() <= 4);
    for (const auto& e : exercises) {
      bySim += e.answerFrom == run::Mode::Sim ? 1 : 0;
      byReal += e.answerFrom == run::Mode::Real ? 1 : 0;
      run::Params p = run::defaults(lab_->params());
      for (const auto& [k, v] : e.setup)
        QVERIFY2(run::applySetting(lab_->params(), p, k, v).empty(), k.c_str());
    }
    QVERIFY(bySim >= 1 && byReal >= 1);
  }

  // Where the model is exact, the simulation's 95% CI covers it: one write per commit near
  // saturation (M/D/1 behind M/M/c), groups taken greedily, and groups with a timer.
  void simulationCoversTheModel_data() {
    QTest::addColumn<QString>("txnRate");
    QTest::addColumn<QString>("groupMax");
    QTest::addColumn<QString>("timeoutMs");
    QTest::addColumn<double>("commits");
    QTest::newRow("group_max 1, master rho 0.90") << "1075"
                                                  << "1"
                                                  << "0" << 60000.0;
    QTest::newRow("group_max 8, take what waits") << "3000"
                                                  << "8"
                                                  << "0" << 20000.0;
    QTest::newRow("group_max 8, timeout 2 ms (defaults)") << "1000"
                                                          << "8"
                                                          << "2" << 20000.0;
  }
  void simulationCoversTheModel() {
    QFETCH(QString, txnRate);
    QFETCH(QString, groupMax);
    QFETCH(QString, timeoutMs);
    QFETCH(double, commits);
    const run::Params p = paramsFor(*lab_, {{"txn_rate", qPrintable(txnRate)},
                                            {"group_max", qPrintable(groupMax)},
                                            {"group_timeout_ms", qPrintable(timeoutMs)}});
    const auto r = run::execute(*lab_, simSpec(p, commits, 8));
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    for (const char* key : {"commit_latency_ms", "read_latency_ms", "group_size", "commits_per_s"}) {
      QVERIFY2(r.model.exact.at(key), key);
      const auto& m = r.metrics.at(key);
      const double model = r.model.values.at(key);
      qInfo("%s: sim %.4g [%.4g, %.4g], model %.4g", key, m.mean, m.ciLo, m.ciHi, model);
      QVERIFY2(m.ciLo <= model && model <= m.ciHi, key);
    }
    if (groupMax == "1") {
      const double rho = r.model.values.at("master_util");
      QVERIFY2(rho >= 0.9, qPrintable(QString::number(rho)));
    }
  }

  // group_max = 1: the commit stage is M/D/1 (Pollaczek–Khinchine), the read side M/M/c.
  void modelIsPollaczekKhinchineBehindErlangC() {
    const run::Params p = paramsFor(*lab_, {{"group_max", "1"}});
    const auto m = lab_->model(p);
    const double lw = p.num("txn_rate") * p.num("write_fraction");
    const double s = (p.num("commit_fixed_ms") + p.num("commit_per_txn_ms")) / 1000.0;
    const model::QueueMetrics md1 = model::mg1(lw, s, 0.0);
    const model::QueueMetrics mmc =
        model::mmc(p.num("txn_rate"), 1000.0 / p.num("query_ms"), p.integer("workers"));
    QVERIFY(std::abs(m.values.at("read_latency_ms") - mmc.w * 1000) < 1e-9);
    QVERIFY(std::abs(m.values.at("commit_latency_ms") - (mmc.w + md1.w) * 1000) < 1e-6);
    QVERIFY(std::abs(m.values.at("commit_capacity") - 1 / s) < 1e-9);
    // Groups multiply the ceiling: b/(d + b·s).
    const auto g = lab_->model(run::defaults(lab_->params()));
    QVERIFY(std::abs(g.values.at("commit_capacity") - 8 / (0.004 + 8 * 0.0002)) < 1e-6);
    // The U: one write per commit queues, a few share the fsync, waiting for more costs the timer.
    QVERIFY(g.values.at("commit_latency_b1_ms") > g.values.at("best_commit_latency_ms"));
    QVERIFY(g.values.at("best_group_max") > 1 && g.values.at("best_group_max") < 8);
    QVERIFY(g.values.at("commit_latency_ms") > g.values.at("best_commit_latency_ms"));
  }

  void balanceCheckNoticesALostOrBrokenBank() {
    // The check every run ends with must be able to fail: a bank whose money moved outside a
    // transfer, and an acknowledged transfer that is not in it.
    QTemporaryDir dir;
    const std::string path = (dir.path() + "/bank.db").toStdString();
    QVERIFY(labs::commit::createBank(path).empty());
    auto ok = labs::commit::checkBalance(path, {});
    QVERIFY2(ok.ok, ok.words.c_str());
    QCOMPARE(ok.total, std::int64_t(labs::commit::kAccounts) * labs::commit::kInitialBalance);
    auto lost = labs::commit::checkBalance(path, {7});
    QVERIFY(!lost.ok);
    QCOMPARE(lost.lost, std::int64_t(1));
    {
      labs::commit::Connection c;
      QVERIFY(c.open(path, labs::commit::Connection::Access::ReadWrite).empty());
      c.exec("UPDATE accounts SET balance = balance + 5 WHERE id = 3");
    }
    auto broken = labs::commit::checkBalance(path, {});
    QVERIFY(!broken.ok);
    QCOMPARE(broken.total - broken.expected, std::int64_t(5));
  }

  void realRunKeepsTheBalance() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RealRun r;
    realRun(smallReal(*lab_, dir.path()), 0.5, r);
    QVERIFY2(r.out.error.empty(), r.out.error.c_str());
    const auto& f = r.out.facts;
    qInfo("real: %g writes, %g commits, COMMIT %.3f ms, query %.3f ms (%g SELECTs); %s",
          f.at("writes_durable"), f.at("commits"), f.at("fsync_mean_ms"), f.at("query_mean_ms"),
          f.at("selects_per_query"), r.out.labels.at("balance_check").c_str());
    QCOMPARE(f.at("balance_ok"), 1.0);
    QCOMPARE(r.balanceOutput, 1.0);
    QVERIFY(f.at("writes_submitted") > 40);
    // A finished run commits every write, and the bank holds exactly those transfers.
    QCOMPARE(f.at("writes_durable"), f.at("writes_submitted"));
    QCOMPARE(f.at("transfers_in_db"), f.at("writes_durable"));
    QVERIFY(f.at("commits") >= f.at("writes_durable") / 8);
    // The stream: every read and every write departs once, in its class, after its query.
    int reads = 0, writes = 0;
    std::map<std::uint64_t, int> perGroup;
    for (const auto& o : r.stream.obs) {
      if (o.kind != observe::ObsKind::Depart) continue;
      (o.cls == CommitLab::kWrite ? writes : reads) += 1;
      QVERIFY(o.value > 0);
    }
    QCOMPARE(double(writes), f.at("writes_durable"));
    QCOMPARE(double(reads), f.at("reads_submitted"));
    // The run's folder under data_dir is gone, database and WAL with it.
    QVERIFY(isEmptyDir(dir.path()));
  }

  void cancelledRunKeepsTheBalance() {
    QTemporaryDir dir;
    std::atomic<bool> cancel{false};
    std::thread canceller([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(250));
      cancel.store(true);
    });
    RealRun r;
    const auto t0 = std::chrono::steady_clock::now();
    realRun(smallReal(*lab_, dir.path()), 5.0, r, &cancel);
    canceller.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    QVERIFY2(r.out.error.empty(), r.out.error.c_str());
    QVERIFY2(seconds < 4.0, "a cancel ends the run long before its 5 s");
    QCOMPARE(r.out.facts.at("balance_ok"), 1.0);
    QVERIFY(r.out.facts.at("writes_durable") < r.out.facts.at("txns_scheduled") * 0.5);
    QVERIFY(r.out.facts.at("transfers_lost") == 0.0);
    bool said = false;
    for (const auto& w : r.out.warnings) said = said || w.find("cancelled") != std::string::npos;
    QVERIFY(said);
    QVERIFY(isEmptyDir(dir.path()));
  }

  void writerKilledMidCommitKeepsTheBalance() {
    // The writer is a process: a fault kills it with SIGKILL while it is inside a transaction
    // (long UPDATE parts, writes always waiting). SQLite must roll the open group back when the
    // bank is re-opened: the same balance check as after every run.
    QTemporaryDir dir;
    run::Params p = paramsFor(*lab_, {{"txn_rate", "600"},
                                      {"write_fraction", "1"},
                                      {"workers", "1"},
                                      {"query_ms", "0.2"},
                                      {"commit_fixed_ms", "0"},
                                      {"commit_per_txn_ms", "3"},
                                      {"group_max", "16"},
                                      {"group_timeout_ms", "0"}});
    p.setText("data_dir", dir.path().toStdString());
    bool midCommit = false;
    for (int attempt = 0; attempt < 3 && !midCommit; ++attempt) {
      RealRun r;
      realRun(p, 0.6, r, nullptr,
              sim::FaultSchedule::parse("kill master@" + std::to_string(0.2 + 0.05 * attempt)));
      QVERIFY2(r.out.error.empty(), r.out.error.c_str());  // a scheduled kill is an incident, not a failure
      const auto& f = r.out.facts;
      qInfo("killed writer: %g of %g writes durable; %s", f.at("writes_durable"), f.at("writes_submitted"),
            r.out.labels.at("balance_check").c_str());
      QCOMPARE(f.at("balance_ok"), 1.0);
      QCOMPARE(f.at("transfers_lost"), 0.0);
      QVERIFY(f.at("writes_durable") < f.at("writes_submitted"));
      midCommit = f.at("writer_killed_mid_commit") == 1.0;
      QVERIFY(isEmptyDir(dir.path()));
    }
    QVERIFY2(midCommit, "the kill never hit an open transaction in three tries");
  }

  void badInputNamesTheKey() {
    run::Params p = run::defaults(lab_->params());
    const std::string negative = run::applySetting(lab_->params(), p, "group_timeout_ms", "-1");
    QVERIFY2(negative.find("group_timeout_ms") != std::string::npos, negative.c_str());
    QTemporaryDir dir;
    const QString file = dir.path() + "/a_file";
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const std::string notDir = run::applySetting(lab_->params(), p, "data_dir", file.toStdString());
    QVERIFY2(notDir.find("data_dir") != std::string::npos, notDir.c_str());
    // A folder nothing can be created in (root ignores permission bits: /proc refuses even root).
    QString readOnly = dir.path() + "/read_only";
    QVERIFY(QDir().mkdir(readOnly));
    ::chmod(readOnly.toLocal8Bit().constData(), 0555);
    if (::geteuid() == 0) readOnly = "/proc";
    const std::string unwritable = run::applySetting(lab_->params(), p, "data_dir", readOnly.toStdString());
    QVERIFY2(unwritable.find("data_dir") != std::string::npos &&
                 unwritable.find("cannot write") != std::string::npos,
             unwritable.c_str());
    // Past the command line: a real run into a file fails with a message naming the key.
    p.setText("data_dir", file.toStdString());
    RealRun r;
    realRun(p, 0.2, r);
    QVERIFY2(r.out.error.find("data_dir") != std::string::npos, r.out.error.c_str());
    ::chmod((dir.path() + "/read_only").toLocal8Bit().constData(), 0755);
  }
};

QTEST_APPLESS_MAIN(TestCommit)
#include "test_commit.moc"
