// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <cmath>
#include <limits>
#include <vector>

#include "amp/model/group_commit.h"
#include "amp/sim/batch_server.h"
#include "amp/sim/blocks.h"

using namespace amp::sim;
using amp::observe::Observation;
using amp::observe::ObsKind;

namespace {

constexpr std::uint16_t kSource = 0, kServer = 1, kBatch = 2, kSink = 3;

class Collect final : public amp::observe::ObservationSink {
 public:
  void observe(const Observation& o) override { records.push_back(o); }
  std::vector<Observation> records;
};

/// Mean sojourn of the jobs that arrived after the warm-up.
class SojournMean final : public amp::observe::ObservationSink {
 public:
  explicit SojournMean(std::int64_t warmupNs) : warmupNs_(warmupNs) {}
  void observe(const Observation& o) override {
    if (o.kind != ObsKind::Depart || o.timeNs - static_cast<std::int64_t>(o.value) < warmupNs_) return;
    sum += o.value;
    ++n;
  }
  double mean() const { return sum / static_cast<double>(n) / 1e9; }
  double sum = 0;
  long n = 0;

 private:
  std::int64_t warmupNs_;
};

struct Setup {
  double lambda = 400.0, itemS = 0.2e-3, fixedS = 2e-3;
  bool itemExp = true;
  std::size_t maxBatch = 8;
  BatchServer::Policy policy = BatchServer::Policy::Greedy;
  double timeoutS = 0.0;
};

/// Poisson source → batch server → sink, for `horizonS` simulated seconds.
void simulate(const Setup& s, std::uint64_t seed, double horizonS, amp::observe::ObservationSink* out) {
  amp::observe::Recorder rec(nullptr, out);
  Simulator sim(rec);
  JobPool pool;
  Sink sink(sim, pool, kSink);
  BatchServer::Config cfg;
  cfg.station = kServer;
  cfg.batchStation = kBatch;
  cfg.maxBatch = s.maxBatch;
  cfg.policy = s.policy;
  cfg.timeoutS = s.timeoutS;
  cfg.fixedS = s.fixedS;
  BatchServer server(sim, pool, cfg, &sink);
  Source source(sim, pool, kSource, Source::Process::Poisson, s.lambda, Rng(seed, 1), &server);
  const double item = s.itemS;
  const bool exp = s.itemExp;
  source.setJobInit([item, exp](Job& j, Rng& r) { j.size2 = exp ? item * r.exponential() : item; });
  source.start();
  amp::run::SimControl ctl;
  ctl.horizonS = horizonS;
  sim.run(ctl);
}

amp::model::GroupCommitQueue modelOf(const Setup& s) {
  amp::model::GroupCommitQueue q;
  q.lambda = s.lambda;
  q.perItemMean = s.itemS;
  q.perItemExp = s.itemExp;
  q.fixedTime = s.fixedS;
  q.maxGroup = static_cast<int>(s.maxBatch);
  if (s.policy != BatchServer::Policy::Greedy) {
    q.minGroup = q.maxGroup;
    q.timeout = s.policy == BatchServer::Policy::Full ? std::numeric_limits<double>::infinity() : s.timeoutS;
  }
  return q;
}

}  // namespace

class TestBatchServer : public QObject {
  Q_OBJECT
 private slots:
  // Every policy against the embedded-chain model: the 95% CI over replications covers it.
  void meanSojournMatchesTheModel_data() {
    QTest::addColumn<int>("policy");
    QTest::addColumn<double>("lambda");
    QTest::addColumn<int>("maxBatch");
    QTest::addColumn<double>("timeoutMs");
    QTest::addColumn<bool>("itemExp");
    QTest::newRow("greedy b=8, rho=0.3") << int(BatchServer::Policy::Greedy) << 400.0 << 8 << 0.0 << true;
    QTest::newRow("greedy b=1 is M/G/1, rho=0.9")
        << int(BatchServer::Policy::Greedy) << 409.0 << 1 << 0.0 << true;
    QTest::newRow("timeout 2 ms, b=8") << int(BatchServer::Policy::Timeout) << 400.0 << 8 << 2.0 << true;
    QTest::newRow("timeout 1 ms, b=4, det items")
        << int(BatchServer::Policy::Timeout) << 900.0 << 4 << 1.0 << false;
    QTest::newRow("full b=4") << int(BatchServer::Policy::Full) << 400.0 << 4 << 0.0 << true;
  }
  void meanSojournMatchesTheModel() {
    QFETCH(int, policy);
    QFETCH(double, lambda);
    QFETCH(int, maxBatch);
    QFETCH(double, timeoutMs);
    QFETCH(bool, itemExp);
    Setup s;
    s.policy = static_cast<BatchServer::Policy>(policy);
    s.lambda = lambda;
    s.maxBatch = static_cast<std::size_t>(maxBatch);
    s.timeoutS = timeoutMs / 1000.0;
    s.itemExp = itemExp;
    const auto m = amp::model::groupCommit(modelOf(s));
    QVERIFY(m.stable);
    const int reps = 10;
    const double horizon = 60000.0 / lambda;
    std::vector<double> means;
    for (int r = 0; r < reps; ++r) {
      SojournMean mean(static_cast<std::int64_t>(horizon * 0.1 * 1e9));
      simulate(s, 100 + r, horizon, &mean);
      means.push_back(mean.mean());
    }
    double avg = 0, var = 0;
    for (double v : means) avg += v / reps;
    for (double v : means) var += (v - avg) * (v - avg) / (reps - 1);
    const double half = 2.262 * std::sqrt(var / reps);  // t(0.975, 9)
    qInfo("sim %.4f ms ± %.4f, model %.4f ms (mean group %.2f)", avg * 1e3, half * 1e3, m.window * 1e3,
          m.meanGroup);
    QVERIFY2(std::abs(avg - m.window) <= half,
             qPrintable(QString("sim %1 ± %2, model %3").arg(avg).arg(half).arg(m.window)));
  }

  // The chain at a = 1 is the greedy one, whatever the timeout says; at T = 0 likewise.
  void modelTimeoutZeroIsGreedy() {
    Setup s;
    const auto greedy = amp::model::groupCommit(modelOf(s));
    s.policy = BatchServer::Policy::Timeout;
    const auto zero = amp::model::groupCommit(modelOf(s));
    QVERIFY(std::abs(greedy.window - zero.window) < 1e-12 * greedy.window);
    s.timeoutS = 1e-3;
    const auto waiting = amp::model::groupCommit(modelOf(s));
    QVERIFY(waiting.window > greedy.window);  // at low load waiting for company costs latency
    QVERIFY(waiting.meanGroup > greedy.meanGroup);
    QVERIFY(waiting.formWait > 0.0 && greedy.formWait == 0.0);
  }

  void fullBatchesAlwaysHaveMaxBatchJobs() {
    Setup s;
    s.policy = BatchServer::Policy::Full;
    s.maxBatch = 5;
    s.lambda = 50;  // low load: a greedy server would mostly serve one at a time
    Collect c;
    simulate(s, 7, 20.0, &c);
    int items = 0, batches = 0;
    for (const Observation& o : c.records) {
      if (o.station == kServer && o.kind == ObsKind::Finish) ++items;
      if (o.station == kBatch && o.kind == ObsKind::Start) {
        QCOMPARE(items, 5);
        items = 0;
        ++batches;
      }
    }
    QVERIFY(batches > 150);
  }

  void timeoutBoundsTheFirstJobsWait() {
    // A batch starts when it is full, or exactly the timeout after the server was free with a
    // job waiting: never later.
    Setup s;
    s.policy = BatchServer::Policy::Timeout;
    s.timeoutS = 3e-3;
    s.maxBatch = 6;
    s.lambda = 600;
    Collect c;
    simulate(s, 9, 20.0, &c);
    std::int64_t lastEnd = 0;  // the server's last batch end
    int timerStarts = 0, fullStarts = 0;
    std::size_t i = 0;
    while (i < c.records.size()) {
      const Observation& first = c.records[i];
      if (!(first.station == kServer && first.kind == ObsKind::Start)) {
        if (first.station == kBatch && first.kind == ObsKind::Finish) lastEnd = first.timeNs;
        ++i;
        continue;
      }
      // The batch's size: its item Finishes before its fixed part starts.
      int size = 0;
      std::size_t j = i;
      for (; j < c.records.size(); ++j) {
        const Observation& o = c.records[j];
        if (o.station == kServer && o.kind == ObsKind::Finish) ++size;
        if (o.station == kBatch && o.kind == ObsKind::Start) break;
      }
      const std::int64_t enq = first.timeNs - static_cast<std::int64_t>(std::llround(first.value));
      const std::int64_t timerStart = std::max(enq, lastEnd);
      const double heldMs = double(first.timeNs - timerStart) / 1e6;
      QVERIFY2(heldMs <= 3.0 + 1e-6, qPrintable(QString("held %1 ms").arg(heldMs)));
      if (size < 6) {
        QVERIFY2(std::abs(heldMs - 3.0) < 1e-5,
                 qPrintable(QString("held %1 ms, size %2").arg(heldMs).arg(size)));
        ++timerStarts;
      } else {
        ++fullStarts;
      }
      i = j;
    }
    QVERIFY(timerStarts > 100 && fullStarts > 100);
  }
};

QTEST_APPLESS_MAIN(TestBatchServer)
#include "test_batch_server.moc"
