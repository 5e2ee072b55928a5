// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "amp/labs/registry.h"
#include "amp/model/mva.h"
#include "amp/run/lab_text.h"
#include "amp/run/runner.h"
#include "crypto/crypto_keys.h"
#include "lab_params.h"

using namespace amp;
namespace crypto = amp::labs::crypto;

namespace {
using testing::paramsFor;
using testing::relNear;

run::RunSpec specFor(const run::Lab& lab, run::Params p, run::Mode mode, int reps, double duration = 0.0) {
  return testing::runSpec(lab, std::move(p), mode, reps, 11, duration);
}

bool covers(const run::MetricValue& m, double v) { return m.ciLo <= v && v <= m.ciHi; }

/// A short real run: a few clients that think 1 ms, for 0.25 s.
run::RunResult realRun(const run::Lab& lab, const char* isolation, const char* algorithm) {
  const auto p = paramsFor(lab, {{"clients", "4"}, {"isolation", isolation}, {"algorithm", algorithm}});
  run::RunSpec s = specFor(lab, p, run::Mode::Real, 1, 0.25);
  s.warmup = 0;
  return run::execute(lab, s);
}
}  // namespace

class TestCrypto : public QObject {
  Q_OBJECT
 private:
  const run::Lab* lab_ = labs::findLab("crypto");

 private slots:
  void registered() {
    QVERIFY(lab_ != nullptr);
    for (const char* key : {"clients", "think_ms", "sign_us", "sign_dist", "algorithm", "isolation"})
      QVERIFY2(run::findSpec(lab_->params(), key) != nullptr, key);
    std::vector<std::string> metrics;
    for (const auto& m : lab_->metrics()) metrics.push_back(m.key);
    for (const char* key : {"throughput", "response_ms", "master_util", "verified"})
      QVERIFY2(std::find(metrics.begin(), metrics.end(), key) != metrics.end(), key);
    const auto exercises = lab_->exercises();
    QVERIFY(exercises.size() >= 3 && exercises.size() <= 4);
    int bySim = 0, byReal = 0;
    for (const auto& e : exercises) {
      run::Params p = run::defaults(lab_->params());
      for (const auto& [k, v] : e.setup)
        QVERIFY2(run::applySetting(lab_->params(), p, k, v).empty(), k.c_str());
      QVERIFY2(std::find(metrics.begin(), metrics.end(), e.metric) != metrics.end(), e.metric.c_str());
      bySim += e.answerFrom == run::Mode::Sim ? 1 : 0;
      byReal += e.answerFrom == run::Mode::Real ? 1 : 0;
    }
    QVERIFY(bySim >= 1 && byReal >= 1);
    // The clients are not seats: nothing shrinks on a small machine, however many there are.
    QVERIFY(!run::fitToHost(*lab_, paramsFor(*lab_, {{"clients", "200"}}), 2).changed);
    QVERIFY(lab_->hasReal());
  }

  void modelByHand() {
    // D = 50 µs, Z = 1 ms. One client: R = D, X = 1/(D + Z). Two: Q(1) = D/(D + Z), R(2) = D·(1 + Q(1)).
    const double d = 50e-6, z = 1e-3;
    const auto one = lab_->model(paramsFor(*lab_, {{"clients", "1"}}));
    QVERIFY(relNear(one.values.at("response_ms"), d * 1e3, 1e-12));
    QVERIFY(relNear(one.values.at("throughput"), 1 / (d + z), 1e-12));
    const auto two = lab_->model(paramsFor(*lab_, {{"clients", "2"}}));
    const double r2 = d * (1 + d / (d + z));
    QVERIFY(relNear(two.values.at("response_ms"), r2 * 1e3, 1e-12));
    QVERIFY(relNear(two.values.at("throughput"), 2 / (r2 + z), 1e-12));
    QVERIFY(relNear(two.values.at("master_util"), 2 / (r2 + z) * d, 1e-12));
    // The asymptotes and the knee.
    const auto m = lab_->model(run::defaults(lab_->params()));
    QVERIFY(relNear(m.values.at("knee"), (d + z) / d, 1e-12));
    QVERIFY(relNear(m.values.at("max_throughput"), 1 / d, 1e-12));
    QVERIFY(relNear(m.values.at("light_throughput"), 16 / (d + z), 1e-12));
    QVERIFY(m.values.at("throughput") <= m.values.at("bound_throughput"));
    QVERIFY(m.exact.at("throughput") && m.exact.at("response_ms"));
    QCOMPARE(m.bottleneck, std::string("clients"));
    // Constant signing times: the same numbers, marked as an approximation.
    const auto det = lab_->model(paramsFor(*lab_, {{"sign_dist", "det"}}));
    QCOMPARE(det.values.at("response_ms"), m.values.at("response_ms"));
    QVERIFY(!det.exact.at("response_ms") && !det.approximation.empty());
    // Far past the knee the gatekeeper is the bottleneck.
    QCOMPARE(lab_->model(paramsFor(*lab_, {{"clients", "64"}})).bottleneck, std::string("gatekeeper"));
  }

  void simulationCoversTheExactMva_data() {
    QTest::addColumn<QString>("clients");
    // N* = 21 at the defaults: below it, at it, and past it.
    QTest::newRow("4 clients") << "4";
    QTest::newRow("21 clients (the knee)") << "21";
    QTest::newRow("40 clients (past N*)") << "40";
  }
  void simulationCoversTheExactMva() {
    QFETCH(QString, clients);
    const auto p = paramsFor(*lab_, {{"clients", clients.toUtf8().constData()}, {"sign_dist", "exp"}});
    const auto r = run::execute(*lab_, specFor(*lab_, p, run::Mode::Sim, 6));
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    for (const char* key : {"throughput", "response_ms", "master_util"}) {
      const run::MetricValue& m = r.metrics.at(key);
      const double model = r.model.values.at(key);
      qInfo("%s clients %s: sim %.6g [%.6g, %.6g], MVA %.6g", qPrintable(clients), key, m.mean, m.ciLo,
            m.ciHi, model);
      QVERIFY2(covers(m, model), key);
    }
  }

  void constantSigningIsApproximateNearTheKnee() {
    // At N = N* = 21 with constant signing times the MVA overstates the response time: the
    // simulation lies between the asymptote max(D, N·D − Z) and the MVA, within 35% of the MVA.
    const auto p = paramsFor(*lab_, {{"clients", "21"}, {"sign_dist", "det"}});
    const auto r = run::execute(*lab_, specFor(*lab_, p, run::Mode::Sim, 5));
    QCOMPARE(int(r.status), int(run::RunStatus::Ok));
    const double sim = r.metrics.at("response_ms").mean, mva = r.model.values.at("response_ms");
    const double bound = r.model.values.at("bound_response_ms");
    const double err = (mva - sim) / sim;
    qInfo("det at the knee: sim %.5f ms, MVA %.5f ms (%+.1f%%), asymptote %.5f ms", sim, mva, 100 * err,
          bound);
    QVERIFY(sim > bound && sim < mva);
    QVERIFY2(err < 0.35, qPrintable(QString::number(err)));
    QVERIFY(r.metrics.at("throughput").mean > r.model.values.at("throughput"));
    // Far past the knee the gatekeeper never idles either way: the MVA is right again.
    const auto far = run::execute(
        *lab_,
        specFor(*lab_, paramsFor(*lab_, {{"clients", "64"}, {"sign_dist", "det"}}), run::Mode::Sim, 3));
    QVERIFY(relNear(far.metrics.at("throughput").mean, far.model.values.at("throughput"), 0.01));
    QVERIFY(relNear(far.metrics.at("response_ms").mean, far.model.values.at("response_ms"), 0.01));
  }

  void badInputNamesTheKey() {
    run::Params p = run::defaults(lab_->params());
    const std::string err = run::applySetting(lab_->params(), p, "clients", "0");
    QVERIFY2(err.find("clients") != std::string::npos, err.c_str());
    run::RunSpec s = specFor(*lab_, run::defaults(lab_->params()), run::Mode::Sim, 1);
    s.params.set("clients", 0);
    const std::string v = run::validate(*lab_, s);
    QVERIFY2(v.find("clients") != std::string::npos, v.c_str());
    const std::string a = run::applySetting(lab_->params(), p, "algorithm", "rsa");
    QVERIFY2(a.find("algorithm") != std::string::npos, a.c_str());
  }

  void signaturesAreRealAndChecked() {
    QVERIFY(crypto::sodiumReady());
    crypto::GuardedKey key(crypto::Algorithm::Ed25519);
    unsigned char msg[crypto::kMessageBytes] = {7}, sig[crypto::kMaxTagBytes];
    key.sign(msg, sizeof msg, sig);
    QVERIFY(crypto::verifySignature(key.publicKey().data(), msg, sizeof msg, sig));
    msg[5] ^= 0x10;
    QVERIFY(!crypto::verifySignature(key.publicKey().data(), msg, sizeof msg, sig));
    crypto::GuardedKey mac(crypto::Algorithm::HmacSha256);
    mac.sign(msg, sizeof msg, sig);
    QVERIFY(mac.checkTag(msg, sizeof msg, sig));
    sig[0] ^= 1;
    QVERIFY(!mac.checkTag(msg, sizeof msg, sig));
  }

  void processIsolationKeepsTheKeyOutOfTheWorkers() {
    for (const char* algorithm : {"ed25519", "hmac_sha256"}) {
      const run::RunResult r = realRun(*lab_, "process", algorithm);
      QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
      const auto& f = r.facts;
      qInfo(
          "%s, process: %g requests, D %.2f µs (IPC %.2f µs), scanned %.1f MiB of the workers, %.1f MiB of the "
          "gatekeeper; %s",
          algorithm, f.at("requests_answered"), f.at("sign_us_measured"), f.at("ipc_us_measured"),
          f.at("key_scan_workers_mib"), f.at("key_scan_gatekeeper_mib"), r.labels.at("key_exposure").c_str());
      // The scan of the workers' address space (the lab's process, where every client thread runs)
      // ran, read memory, and did not find the key ...
      QCOMPARE(f.at("key_scan_workers_ran"), 1.0);
      QVERIFY(f.at("key_scan_workers_mib") > 1.0);
      QCOMPARE(f.at("key_hits_workers"), 0.0);
      QCOMPARE(r.metrics.at("key_in_workers").mean, 0.0);
      // ... while the same scan, in the gatekeeper's process, found it: it would have seen it.
      QVERIFY(f.at("key_hits_gatekeeper") >= 1.0);
      // Every signature was checked and valid, and a changed message was refused.
      QVERIFY(f.at("requests_answered") > 0);
      QCOMPARE(f.at("signatures_valid"), f.at("requests_answered"));
      QCOMPARE(r.metrics.at("verified").mean, 1.0);
      QCOMPARE(f.at("tamper_rejected"), 1.0);
      // The model is also evaluated at the measured signing time (which includes the hand-over).
      QVERIFY(f.at("sign_us_measured") >= f.at("service_us_measured"));
      QVERIFY(r.modelAtMeasured.count("throughput") == 1);
    }
  }

  void threadIsolationShowsTheKeyToAWorker() {
    const run::RunResult r = realRun(*lab_, "thread", "ed25519");
    QVERIFY2(r.status == run::RunStatus::Ok, r.error.c_str());
    // A worker thread scanned its own address space and found the gatekeeper's key: said as a
    // metric, a label and a warning.
    QVERIFY(r.facts.at("key_hits_workers") >= 1.0);
    QCOMPARE(r.metrics.at("key_in_workers").mean, 1.0);
    QVERIFY(r.labels.at("key_exposure").find("found the signing key") != std::string::npos);
    bool warned = false;
    for (const auto& w : r.warnings) warned = warned || w.find("thread isolation") != std::string::npos;
    QVERIFY(warned);
    QCOMPARE(r.metrics.at("verified").mean, 1.0);
    QCOMPARE(r.facts.at("signatures_valid"), r.facts.at("requests_answered"));
  }

  void textsFillFromTheModel() {
    const std::string e = lab_->exercises().front().explanation;
    QVERIFY2(e.find(run::threeFigures(20000)) != std::string::npos, e.c_str());
  }
};

QTEST_APPLESS_MAIN(TestCrypto)
#include "test_crypto.moc"
