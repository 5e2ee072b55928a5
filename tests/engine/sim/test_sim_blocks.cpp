// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <new>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "amp/sim/blocks.h"

// Counts every allocation in this program, to check that a running simulation does not
// allocate per event.
namespace {
std::atomic<long> gAllocations{0};
}
void* operator new(std::size_t n) {
  gAllocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return operator new(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

using namespace amp::sim;
using amp::observe::Observation;
using amp::observe::ObsKind;

namespace {

class Collect final : public amp::observe::ObservationSink {
 public:
  void observe(const Observation& o) override { records.push_back(o); }
  std::vector<Observation> records;
};

/// Checks the stream rules an aggregator relies on, record by record.
class Checker final : public amp::observe::ObservationSink {
 public:
  explicit Checker(std::vector<int> servers)
      : servers_(std::move(servers)), queue_(servers_.size()), busy_(servers_.size()) {}
  void observe(const Observation& o) override {
    if (o.timeNs < lastNs_) fail("time went backwards");
    lastNs_ = o.timeNs;
    auto& st = state_[{o.station, o.entity}];
    switch (o.kind) {
      case ObsKind::Arrive:
        if (!arrived_.insert(o.entity).second) fail("arrived twice");
        break;
      case ObsKind::Enqueue:
        if (st != 0) fail("enqueue while already at the station");
        st = 1;
        ++queue_[o.station];
        break;
      case ObsKind::Start:
        if (st != 1) fail("start without enqueue");
        st = 2;
        --queue_[o.station];
        if (++busy_[o.station] > servers_[o.station]) fail("more busy than servers");
        if (o.value < 0) fail("negative wait");
        break;
      case ObsKind::Finish:
        if (st != 2) fail("finish without start");
        st = 0;
        --busy_[o.station];
        if (o.value < 0) fail("negative service");
        break;
      case ObsKind::Drop:
        if (st != 0) fail("drop of a job already at the station");
        if (arrived_.erase(o.entity) != 1) fail("drop of a job not in the system");
        ++drops;
        break;
      case ObsKind::Depart:
        if (arrived_.erase(o.entity) != 1) fail("depart without arrive");
        ++departs;
        break;
      default:
        break;
    }
  }
  long queue(std::size_t s) const { return queue_[s]; }
  long busy(std::size_t s) const { return busy_[s]; }
  std::size_t inSystem() const { return arrived_.size(); }
  std::string error;
  long drops = 0, departs = 0;

 private:
  void fail(const char* what) {
    if (error.empty()) error = what;
  }
  std::vector<int> servers_;
  std::vector<long> queue_, busy_;
  std::map<std::pair<int, std::uint64_t>, int> state_;
  std::set<std::uint64_t> arrived_;
  std::int64_t lastNs_ = 0;
};

/// Source -> station 0 (c servers) -> station 1 (c servers) -> sink; exponential everywhere.
struct Tandem {
  Tandem(amp::observe::ObservationSink* sink, std::uint64_t seed, double lambda, double mu, int c)
      : rec(nullptr, sink),
        sim(rec),
        sinkBlock(sim, pool, 1),
        s1(sim, pool, 1, c, 0, Distribution::exp(1.0 / mu), Rng(seed, 3), &sinkBlock),
        s0(sim, pool, 0, c, 0, Distribution::exp(1.0 / mu), Rng(seed, 2), &s1),
        source(sim, pool, 0, Source::Process::Poisson, lambda, Rng(seed, 1), &s0) {
    s1.setCoreBase(c);
    source.start();
  }
  amp::observe::Recorder rec;
  Simulator sim;
  JobPool pool;
  Sink sinkBlock;
  Station s1, s0;
  Source source;
};

std::string traceText(const std::vector<Observation>& recs) {
  std::string out;
  char line[160];
  for (const Observation& o : recs) {
    // Values print as whole ns: enough to pin the numbers, and robust to last-bit libm noise.
    std::snprintf(line, sizeof line, "%lld %s %llu %u %d %.0f\n", static_cast<long long>(o.timeNs),
                  amp::observe::kindName(o.kind), static_cast<unsigned long long>(o.entity),
                  static_cast<unsigned>(o.station), static_cast<int>(o.core), o.value);
    out += line;
  }
  return out;
}

std::vector<Observation> tandemTrace(std::uint64_t seed, double horizon) {
  Collect c;
  Tandem t(&c, seed, 1.0, 0.7, 2);
  amp::run::SimControl ctl;
  ctl.horizonS = horizon;
  t.sim.run(ctl);
  return c.records;
}

/// Mean sojourn over departures after `warmupNs` (jobs that arrived after it).
class SojournMean final : public amp::observe::ObservationSink {
 public:
  explicit SojournMean(std::int64_t warmupNs) : warmupNs_(warmupNs) {}
  void observe(const Observation& o) override {
    if (o.timeNs - static_cast<std::int64_t>(o.value) < warmupNs_) return;
    if (o.kind == ObsKind::Depart) {
      sum += o.value;
      ++n;
    } else if (o.kind == ObsKind::Start) {
      waitSum += o.value;
      ++waits;
    } else if (o.kind == ObsKind::Drop) {
      ++drops;
    } else if (o.kind == ObsKind::Arrive) {
      ++arrivals;
    }
  }
  double sum = 0, waitSum = 0;
  long n = 0, waits = 0, drops = 0, arrivals = 0;

 private:
  std::int64_t warmupNs_;
};

struct Ci {
  double mean, half;
};
/// Mean and 99% t half-width over 10 or 20 replications (t(0.995, 9) = 3.250, t(0.995, 19) = 2.861).
Ci ci99(const std::vector<double>& x) {
  const double n = static_cast<double>(x.size());
  double m = 0;
  for (double v : x) m += v;
  m /= n;
  double ss = 0;
  for (double v : x) ss += (v - m) * (v - m);
  const double t = x.size() == 20 ? 2.861 : 3.250;
  return {m, t * std::sqrt(ss / (n - 1) / n)};
}

double erlangC(int c, double a) {  // a = lambda/mu; probability of waiting in M/M/c
  double term = 1, sum = 1;
  for (int k = 1; k < c; ++k) {
    term *= a / k;
    sum += term;
  }
  const double last = term * a / c / (1 - a / c);
  return last / (sum + last);
}

}  // namespace

class TestSimBlocks : public QObject {
  Q_OBJECT

 private slots:
  // Qt's start-up leaves the vector state dirty, which slows the sampling loops several-fold.
  void init() { amp::sim::clearUpperVectorState(); }

  void streamIsConsistent() {
    // Two stations with finite room and a queue cap, fed through a JSQ router, so every path
    // (immediate start, queued start, drop) appears.
    Checker check({2, 1, 1});
    amp::observe::Recorder rec(nullptr, &check);
    Simulator sim(rec);
    JobPool pool;
    Sink sink(sim, pool, 0);
    Station a(sim, pool, 1, 1, 3, Distribution::exp(0.9), Rng(1, 2), &sink);
    Station b(sim, pool, 2, 1, 0, Distribution::lognormal(0.9, 2.0), Rng(1, 3), &sink);
    b.setQueueCap(2);
    Router jsq(Router::Policy::JoinShortestQueue, {&a, &b}, Rng(1, 4), pool);
    Station front(sim, pool, 0, 2, 0, Distribution::exp(0.4), Rng(1, 5), &jsq);
    Source src(sim, pool, 0, Source::Process::Poisson, 2.5, Rng(1, 1), &front);
    src.start();
    amp::run::SimControl ctl;
    ctl.horizonS = 5000;
    sim.run(ctl);
    QVERIFY2(check.error.empty(), check.error.c_str());
    QVERIFY(check.drops > 0);
    QCOMPARE(static_cast<std::uint64_t>(check.drops), a.drops() + b.drops());
    QCOMPARE(static_cast<std::uint64_t>(check.departs), sink.departed());
    // The live counts the stream implies match the blocks' own, and every job is accounted for.
    QCOMPARE(check.queue(1), static_cast<long>(a.queued()));
    QCOMPARE(check.busy(2), static_cast<long>(b.busy()));
    QCOMPARE(pool.live(), check.inSystem());
    QCOMPARE(src.generated(), sink.departed() + a.drops() + b.drops() + front.drops() + pool.live());
    QVERIFY(a.queued() <= 3 && b.queued() <= 2);
  }

  void goldenTrace() {
    const std::string text = traceText(tandemTrace(2026, 60.0));
    const std::string path = std::string(AMP_GOLDEN_DIR) + "/sim_tandem.trace";
    if (qEnvironmentVariableIsSet("AMP_UPDATE_GOLDEN")) {
      std::ofstream(path, std::ios::binary) << text;
      QSKIP("golden file rewritten");
    }
    std::ifstream in(path, std::ios::binary);
    QVERIFY2(in.good(), qPrintable(QString::fromStdString("missing " + path)));
    std::stringstream want;
    want << in.rdbuf();
    const std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    QVERIFY(lines >= 300 && lines <= 700);  // about 200 events
    QCOMPARE(QString::fromStdString(text), QString::fromStdString(want.str()));
  }

  void sameSeedSameStream() {
    const auto a = tandemTrace(7, 2000.0);
    const auto b = tandemTrace(7, 2000.0);
    QCOMPARE(a.size(), b.size());
    QVERIFY(a.size() > 1000);
    for (std::size_t i = 0; i < a.size(); ++i) {
      QCOMPARE(a[i].timeNs, b[i].timeNs);
      QCOMPARE(a[i].kind, b[i].kind);
      QCOMPARE(a[i].entity, b[i].entity);
      QCOMPARE(a[i].station, b[i].station);
      QCOMPARE(a[i].core, b[i].core);
      QVERIFY(std::memcmp(&a[i].value, &b[i].value, sizeof(double)) == 0);  // bit-identical
    }
    const auto c = tandemTrace(8, 2000.0);
    std::size_t same = 0;
    for (std::size_t i = 0; i < std::min(a.size(), c.size()); ++i) same += a[i].timeNs == c[i].timeNs ? 1 : 0;
    QVERIFY2(same < 10, qPrintable(QString::number(same)));
  }

  void mm1SojournMatchesTheory() {
    const double lambda = 0.8, mu = 1.0;
    std::vector<double> means;
    for (std::uint64_t rep = 0; rep < 20; ++rep) {
      SojournMean m(static_cast<std::int64_t>(500e9));
      amp::observe::Recorder rec(nullptr, &m);
      Simulator sim(rec);
      JobPool pool;
      Sink sink(sim, pool, 0);
      Station st(sim, pool, 0, 1, 0, Distribution::exp(1.0 / mu), Rng(100 + rep, 2), &sink);
      Source src(sim, pool, 0, Source::Process::Poisson, lambda, Rng(100 + rep, 1), &st);
      src.start();
      amp::run::SimControl ctl;
      ctl.horizonS = 100000;  // at rho = 0.8 sojourns are strongly correlated: ~80000 per run
      sim.run(ctl);
      QVERIFY(m.n > 70000);
      means.push_back(m.sum / m.n * 1e-9);
    }
    const Ci ci = ci99(means);
    const double want = 1.0 / (mu - lambda);
    QVERIFY2(std::abs(ci.mean - want) <= ci.half,
             qPrintable(QString("mean %1 +- %2, model %3").arg(ci.mean).arg(ci.half).arg(want)));
    QVERIFY2(ci.half < 0.06 * want,
             qPrintable(QString("half-width %1").arg(ci.half)));  // the check has teeth
  }

  void mmcWaitMatchesErlangC() {
    const int c = 3;
    const double lambda = 2.4, mu = 1.0;
    std::vector<double> means;
    for (std::uint64_t rep = 0; rep < 10; ++rep) {
      SojournMean m(static_cast<std::int64_t>(300e9));
      amp::observe::Recorder rec(nullptr, &m);
      Simulator sim(rec);
      JobPool pool;
      Sink sink(sim, pool, 0);
      Station st(sim, pool, 0, c, 0, Distribution::exp(1.0 / mu), Rng(200 + rep, 2), &sink);
      Source src(sim, pool, 0, Source::Process::Poisson, lambda, Rng(200 + rep, 1), &st);
      src.start();
      amp::run::SimControl ctl;
      ctl.horizonS = 10000;
      sim.run(ctl);
      means.push_back(m.waitSum / m.waits * 1e-9);
    }
    const Ci ci = ci99(means);
    const double want = erlangC(c, lambda / mu) / (c * mu - lambda);
    QVERIFY2(std::abs(ci.mean - want) <= ci.half,
             qPrintable(QString("Wq %1 +- %2, model %3").arg(ci.mean).arg(ci.half).arg(want)));
    QVERIFY(ci.half < 0.1 * want);
  }

  void finiteRoomBlocking() {
    // M/M/1 with K = 4 waiting places: system capacity N = 5.
    const double lambda = 0.9, mu = 1.0, rho = lambda / mu;
    const int N = 5;
    std::vector<double> fractions;
    for (std::uint64_t rep = 0; rep < 10; ++rep) {
      SojournMean m(static_cast<std::int64_t>(100e9));
      amp::observe::Recorder rec(nullptr, &m);
      Simulator sim(rec);
      JobPool pool;
      Sink sink(sim, pool, 0);
      Station st(sim, pool, 0, 1, N - 1, Distribution::exp(1.0 / mu), Rng(300 + rep, 2), &sink);
      Source src(sim, pool, 0, Source::Process::Poisson, lambda, Rng(300 + rep, 1), &st);
      src.start();
      amp::run::SimControl ctl;
      ctl.horizonS = 20000;
      sim.run(ctl);
      fractions.push_back(static_cast<double>(m.drops) / m.arrivals);
    }
    const Ci ci = ci99(fractions);
    const double want = (1 - rho) * std::pow(rho, N) / (1 - std::pow(rho, N + 1));
    QVERIFY2(std::abs(ci.mean - want) <= ci.half,
             qPrintable(QString("P(block) %1 +- %2, model %3").arg(ci.mean).arg(ci.half).arg(want)));
  }

  void queueCapDrops() {
    Collect col;
    amp::observe::Recorder rec(nullptr, &col);
    Simulator sim(rec);
    JobPool pool;
    Sink sink(sim, pool, 0);
    Station unbounded(sim, pool, 0, 1, 0, Distribution::det(10.0), Rng(1, 1), &sink);
    unbounded.setQueueCap(3);
    Station small(sim, pool, 1, 1, 2, Distribution::det(10.0), Rng(1, 2), &sink);
    small.setQueueCap(3);
    Router rr(Router::Policy::RoundRobin, {&unbounded, &small}, Rng(1, 3), pool);
    Source src(sim, pool, 0, Source::Process::Deterministic, 2.0, Rng(1, 4), &rr);
    src.start();
    amp::run::SimControl ctl;
    ctl.horizonS = 9.0;  // 18 arrivals, 9 to each station, none finished
    sim.run(ctl);
    QCOMPARE(src.generated(), std::uint64_t{18});
    QCOMPARE(unbounded.drops(), std::uint64_t{9 - 1 - 3});
    QCOMPARE(small.drops(), std::uint64_t{9 - 1 - 2});
    QCOMPARE(unbounded.queued(), std::size_t{3});
    QCOMPARE(small.load(), std::size_t{3});
    QCOMPARE(pool.live(), std::size_t{7});
  }

  void serviceOptionsAndCores() {
    Collect col;
    amp::observe::Recorder rec(nullptr, &col);
    Simulator sim(rec);
    JobPool pool;
    Sink sink(sim, pool, 2);
    Station fn(sim, pool, 1, 1, 0, Distribution::det(99.0), Rng(1, 1), &sink);
    fn.setServiceFn([](Job& j, Rng&) { return 0.25 * j.size; });
    Station scaled(sim, pool, 0, 2, 0, Distribution::det(1.0), Rng(1, 2), &fn);
    scaled.setScaleBySize(true);
    scaled.setCoreBase(4);
    Source src(sim, pool, 0, Source::Process::Deterministic, 0.5, Rng(1, 3), &scaled);
    src.setJobInit([](Job& j, Rng&) { j.size = 3.0; });
    src.start();
    amp::run::SimControl ctl;
    ctl.horizonS = 200.0;
    sim.run(ctl);
    int finishes0 = 0, finishes1 = 0;
    std::set<int> cores;
    for (const Observation& o : col.records) {
      if (o.kind == ObsKind::Finish && o.station == 0) {
        ++finishes0;
        QCOMPARE(o.value, 3e9);
        cores.insert(o.core);
      }
      if (o.kind == ObsKind::Finish && o.station == 1) {
        ++finishes1;
        QCOMPARE(o.value, 0.75e9);
        QCOMPARE(o.core, std::int16_t{0});
      }
      if (o.kind == ObsKind::Depart) QCOMPARE(o.timeNs - static_cast<std::int64_t>(o.value) >= 0, true);
    }
    QVERIFY(finishes0 > 90 && finishes1 > 90);
    QCOMPARE(cores, (std::set<int>{4, 5}));  // two servers, numbered from the core base
  }

  void routerPolicies() {
    amp::observe::Recorder rec(nullptr);
    Simulator sim(rec);
    JobPool pool;
    std::vector<Station*> targets;
    std::vector<std::unique_ptr<Station>> owned;
    for (std::uint16_t s = 0; s < 3; ++s) {
      owned.push_back(
          std::make_unique<Station>(sim, pool, s, 1, 0, Distribution::det(1.0), Rng(1, s), nullptr));
      targets.push_back(owned.back().get());
    }
    auto job = [&](std::uint32_t flow) {
      const auto idx = pool.acquire();
      pool[idx].flow = flow;
      return idx;
    };

    Router rr(Router::Policy::RoundRobin, targets, Rng(2), pool);
    for (std::size_t i = 0; i < 7; ++i) {
      rr.accept(job(0));
      QCOMPARE(rr.lastChoice(), i % 3);
    }

    // Loads now 3, 2, 2: JSQ must always pick a least-loaded target.
    Router jsq(Router::Policy::JoinShortestQueue, targets, Rng(3), pool);
    std::set<std::size_t> picked;
    for (int i = 0; i < 30; ++i) {
      std::size_t least = SIZE_MAX;
      for (Station* t : targets) least = std::min(least, t->load());
      jsq.accept(job(0));
      QCOMPARE(targets[jsq.lastChoice()]->load(), least + 1);
      picked.insert(jsq.lastChoice());
    }
    QCOMPARE(picked.size(), std::size_t{3});

    Router random(Router::Policy::Random, targets, Rng(4), pool);
    int counts[3] = {};
    for (int i = 0; i < 3000; ++i) {
      const auto idx = job(0);
      random.accept(idx);
      ++counts[random.lastChoice()];
    }
    for (int c : counts) QVERIFY2(c > 850 && c < 1150, qPrintable(QString::number(c)));

    Router hash(Router::Policy::Hash, targets, Rng(5), pool);
    std::map<std::uint32_t, std::size_t> where;
    int hits[3] = {};
    for (int i = 0; i < 600; ++i) {
      const std::uint32_t flow = static_cast<std::uint32_t>(i % 60);
      hash.accept(job(flow));
      const auto [it, fresh] = where.emplace(flow, hash.lastChoice());
      QCOMPARE(it->second, hash.lastChoice());  // a flow always lands on the same target
      ++hits[hash.lastChoice()];
    }
    for (int h : hits) QVERIFY(h > 0);
  }

  void sourceProcesses() {
    {
      Collect col;
      amp::observe::Recorder rec(nullptr, &col);
      Simulator sim(rec);
      JobPool pool;
      Sink sink(sim, pool, 0);
      Source det(sim, pool, 0, Source::Process::Deterministic, 2.0, Rng(1), &sink);
      det.start();
      amp::run::SimControl ctl;
      ctl.horizonS = 10.0;
      sim.run(ctl);
      QCOMPARE(det.generated(), std::uint64_t{20});
      QCOMPARE(col.records.front().timeNs, std::int64_t{500'000'000});
      QCOMPARE(pool.live(), std::size_t{0});
    }
    // Poisson and on/off with the same mean rate: same long-run count, but on/off is bursty.
    auto windowCounts = [](Source::Process p) {
      Collect col;
      amp::observe::Recorder rec(nullptr, &col);
      Simulator sim(rec);
      JobPool pool;
      Sink sink(sim, pool, 0);
      Source src(sim, pool, 0, p, 5.0, Rng(12), &sink);
      src.setOnOff(1.0, 3.0);
      src.start();
      amp::run::SimControl ctl;
      ctl.horizonS = 20000.0;
      sim.run(ctl);
      std::vector<double> counts(20000, 0.0);
      for (const Observation& o : col.records)
        if (o.kind == ObsKind::Arrive) counts[std::min<std::size_t>(19999, o.timeNs / 1'000'000'000)] += 1;
      return counts;
    };
    for (auto p : {Source::Process::Poisson, Source::Process::OnOff}) {
      const auto counts = windowCounts(p);
      double m = 0, ss = 0;
      for (double c : counts) m += c;
      m /= counts.size();
      for (double c : counts) ss += (c - m) * (c - m);
      const double dispersion = ss / (counts.size() - 1) / m;
      QVERIFY2(std::abs(m - 5.0) < 0.25, qPrintable(QString::number(m)));
      if (p == Source::Process::Poisson) {
        QVERIFY2(std::abs(dispersion - 1.0) < 0.1, qPrintable(QString::number(dispersion)));
      } else {
        QVERIFY2(dispersion > 3.0, qPrintable(QString::number(dispersion)));
      }
    }
  }

  void delayHoldsInParallel() {
    Checker check({1, 1000});  // the delay's "servers": no limit that matters
    Collect col;
    struct Both final : amp::observe::ObservationSink {
      Checker* a;
      Collect* b;
      void observe(const Observation& o) override {
        a->observe(o);
        b->observe(o);
      }
    } both;
    both.a = &check;
    both.b = &col;
    amp::observe::Recorder rec(nullptr, &both);
    Simulator sim(rec);
    JobPool pool;
    Sink sink(sim, pool, 1);
    Delay d(sim, pool, 1, Distribution::det(2.0), Rng(1, 1), &sink);
    Source src(sim, pool, 0, Source::Process::Poisson, 3.0, Rng(1, 2), &d);
    src.start();
    amp::run::SimControl ctl;
    ctl.horizonS = 100.0;
    sim.run(ctl);
    int held = 0, maxHeld = 0, departs = 0;
    for (const Observation& o : col.records) {
      if (o.kind == ObsKind::Start) maxHeld = std::max(maxHeld, ++held);
      if (o.kind == ObsKind::Finish) {
        --held;
        QVERIFY(std::abs(o.value - 2e9) < 1e-3);
      }
      if (o.kind == ObsKind::Depart) {
        ++departs;
        QVERIFY(std::abs(o.value - 2e9) < 1e-3);
      }
    }
    QVERIFY(departs > 200);
    QVERIFY(maxHeld > 5);  // infinite server: many at once
    QVERIFY2(check.error.empty(), check.error.c_str());
  }

  void noAllocationPerEvent() {
    struct Count final : amp::observe::ObservationSink {
      long n = 0;
      void observe(const Observation&) override { ++n; }
    } count;
    amp::observe::Recorder rec(nullptr, &count);
    Simulator sim(rec);
    JobPool pool;
    Sink sink(sim, pool, 1);
    Station st1(sim, pool, 1, 2, 0, Distribution::exp(1.5), Rng(1, 1), &sink);
    Station st0(sim, pool, 0, 1, 0, Distribution::exp(0.8), Rng(1, 2), &st1);
    Source src(sim, pool, 0, Source::Process::Poisson, 1.0, Rng(1, 3), &st0);
    src.start();
    amp::run::SimControl ctl;
    ctl.horizonS = 1000.0;
    sim.run(ctl);
    const long before = gAllocations.load();
    const auto eventsBefore = sim.eventsProcessed();
    ctl.horizonS = 200000.0;
    sim.run(ctl);
    const long allocs = gAllocations.load() - before;
    const auto events = sim.eventsProcessed() - eventsBefore;
    QVERIFY(events > 500000);
    // Only the occasional doubling of a vector when a queue reaches a new maximum.
    QVERIFY2(allocs < 40, qPrintable(QString("%1 allocations in %2 events").arg(allocs).arg(events)));
  }
};

QTEST_APPLESS_MAIN(TestSimBlocks)
#include "test_sim_blocks.moc"
