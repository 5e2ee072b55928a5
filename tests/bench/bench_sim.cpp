// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Simulator speed: an M/M/1 at rho = 0.9 built from the reusable blocks, with every statistic of
// the aggregator on, against two hand-written M/M/1 loops measured in the same run:
//   Minimal: a std::vector binary heap of (time, type), xoshiro256+, a running sum; the floor
//            that any general engine pays for being general.
//   Naive:   std::priority_queue of std::function events, <random> exponentials; what a first
//            simulator usually looks like.
// Items per second are events per second (arrivals + departures) in all three.
// BM_Sim_MM1_NoStats is the same model with the aggregator off; BM_Calendar_Hold the event
// calendar alone at a few sizes.
// `--long` adds BM_Sim_MM1_Long: 1e8 events in one run, reporting resident memory, to show that
// memory stays flat in run length (not part of the ctest smoke run).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <functional>
#include <queue>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "amp/observe/aggregator.h"
#include "amp/sim/blocks.h"

namespace {

constexpr double kLambda = 0.9;
constexpr double kMu = 1.0;
constexpr double kChunkS = 5000.0;  // simulated seconds per benchmark iteration (~9000 events)
constexpr double kWarmupS = 1000.0;

// ---- ours ------------------------------------------------------------------------------------

struct BlocksMm1 {
  /// `stats` false: the records go nowhere (the recorder has no aggregator), which measures the
  /// engine alone.
  explicit BlocksMm1(std::uint64_t seed, bool stats = true)
      : agg({1}, static_cast<std::int64_t>(kWarmupS * 1e9), /*seriesIntervalS=*/10.0),
        rec(stats ? &agg : nullptr),
        sim(rec),
        sink(sim, pool, 0),
        station(sim, pool, 0, 1, 0, amp::sim::Distribution::exp(1.0 / kMu), amp::sim::Rng(seed, 2), &sink),
        source(sim, pool, 0, amp::sim::Source::Process::Poisson, kLambda, amp::sim::Rng(seed, 1), &station) {
    station.setQueueCap(amp::run::SimControl{}.queueCap);
    source.start();
  }
  std::int64_t runUntil(double t) {
    amp::run::SimControl ctl;
    ctl.horizonS = t;
    return sim.run(ctl);
  }
  amp::observe::Aggregator agg;
  amp::observe::Recorder rec;
  amp::sim::Simulator sim;
  amp::sim::JobPool pool;
  amp::sim::Sink sink;
  amp::sim::Station station;
  amp::sim::Source source;
};

void reportStats(benchmark::State& state, BlocksMm1& m, std::int64_t endNs) {
  m.agg.finish(endNs);
  const auto ci = m.agg.sojournBatches().interval();
  // Model values for the reader: E[T] = 1/(mu - lambda) = 10 s, Lq = rho^2/(1 - rho) = 8.1.
  state.counters["sojourn_s"] = ci.mean * 1e-9;
  state.counters["sojourn_ci_s"] = ci.halfWidth() * 1e-9;
  state.counters["p99_s"] = m.agg.sojournHist().quantile(0.99) * 1e-9;
  state.counters["Lq"] = m.agg.station(0).queueLen.average(static_cast<double>(endNs));
}

void BM_Sim_MM1(benchmark::State& state) {
  BlocksMm1 m(42);
  double t = 0.0;
  std::int64_t end = 0;
  for (auto _ : state) {
    t += kChunkS;
    end = m.runUntil(t);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(m.sim.eventsProcessed()));
  reportStats(state, m, end);
}

// The same model with every statistic off: what the event list, the blocks and the random
// numbers cost without the aggregator.
void BM_Sim_MM1_NoStats(benchmark::State& state) {
  BlocksMm1 m(42, /*stats=*/false);
  double t = 0.0;
  for (auto _ : state) {
    t += kChunkS;
    m.runUntil(t);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(m.sim.eventsProcessed()));
}

// ---- the calendar alone ----------------------------------------------------------------------

// The hold model: pop the earliest of `n` pending events, push one at its time plus an
// exponential gap. Items are pop-and-push pairs. n = 2 is an M/M/1's calendar; a lab with 16
// workers keeps about 20 events pending, one with hundreds of timers hundreds.
void BM_Calendar_Hold(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  amp::sim::Calendar cal;
  amp::sim::Rng rng(5);
  std::uint64_t seq = 0;
  for (std::size_t i = 0; i < n; ++i) cal.push(amp::sim::Event{rng.exponential(), seq++, 0, 0, 0});
  std::int64_t pairs = 0;
  for (auto _ : state) {
    for (int k = 0; k < 1000; ++k) {
      const amp::sim::Event e = cal.pop();
      cal.push(amp::sim::Event{e.time + rng.exponential(), seq++, 0, 0, 0});
    }
    pairs += 1000;
  }
  benchmark::DoNotOptimize(cal.top().time);
  state.SetItemsProcessed(pairs);
}

// ---- Minimal baseline ------------------------------------------------------------------------

class Xoshiro256Plus {
 public:
  explicit Xoshiro256Plus(std::uint64_t seed) {
    for (auto& w : s_) {
      seed += 0x9e3779b97f4a7c15ULL;
      std::uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
      w = z ^ (z >> 31);
    }
  }
  double uniform01() {
    const std::uint64_t result = s_[0] + s_[3];
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = (s_[3] << 45) | (s_[3] >> 19);
    return (static_cast<double>(result >> 11) + 0.5) * 0x1.0p-53;
  }

 private:
  std::uint64_t s_[4];
};

struct MinimalMm1 {
  enum : int { kArrival = 0, kDeparture = 1 };
  using Ev = std::pair<double, int>;
  explicit MinimalMm1(std::uint64_t seed) : rng(seed) { push({exp(kLambda), kArrival}); }
  double exp(double rate) { return -std::log(rng.uniform01()) / rate; }
  void push(Ev e) {
    heap.push_back(e);
    std::push_heap(heap.begin(), heap.end(), std::greater<>{});
  }
  void runUntil(double until) {
    while (heap.front().first <= until) {
      std::pop_heap(heap.begin(), heap.end(), std::greater<>{});
      const Ev e = heap.back();
      heap.pop_back();
      now = e.first;
      ++events;
      if (e.second == kArrival) {
        push({now + exp(kLambda), kArrival});
        inSystem.push_back(now);
        if (inSystem.size() == 1) push({now + exp(kMu), kDeparture});
      } else {
        sum += now - inSystem.front();
        ++served;
        inSystem.pop_front();
        if (!inSystem.empty()) push({now + exp(kMu), kDeparture});
      }
    }
  }
  std::vector<Ev> heap;
  Xoshiro256Plus rng;
  std::deque<double> inSystem;  // arrival times, FIFO
  double now = 0.0, sum = 0.0;
  std::uint64_t served = 0, events = 0;
};

void BM_Baseline_Minimal(benchmark::State& state) {
  MinimalMm1 m(42);
  double t = 0.0;
  for (auto _ : state) {
    t += kChunkS;
    m.runUntil(t);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(m.events));
  state.counters["sojourn_s"] = m.sum / static_cast<double>(m.served);
}

// ---- Naive baseline --------------------------------------------------------------------------

struct NaiveMm1 {
  struct Ev {
    double t;
    std::uint64_t seq;
    std::function<void()> fn;
  };
  struct Later {
    bool operator()(const Ev& a, const Ev& b) const { return a.t > b.t || (a.t == b.t && a.seq > b.seq); }
  };
  explicit NaiveMm1(std::uint64_t seed) : gen(seed) {
    schedule(arrivals(gen), [this] { arrive(); });
  }
  void schedule(double delay, std::function<void()> fn) { pq.push(Ev{now + delay, seq++, std::move(fn)}); }
  void arrive() {
    schedule(arrivals(gen), [this] { arrive(); });
    inSystem.push_back(now);
    if (inSystem.size() == 1) schedule(services(gen), [this] { depart(); });
  }
  void depart() {
    sum += now - inSystem.front();
    ++served;
    inSystem.pop_front();
    if (!inSystem.empty()) schedule(services(gen), [this] { depart(); });
  }
  void runUntil(double until) {
    while (pq.top().t <= until) {
      Ev e = pq.top();
      pq.pop();
      now = e.t;
      ++events;
      e.fn();
    }
  }
  std::mt19937_64 gen;
  std::exponential_distribution<double> arrivals{kLambda}, services{kMu};
  std::priority_queue<Ev, std::vector<Ev>, Later> pq;
  std::deque<double> inSystem;
  double now = 0.0, sum = 0.0;
  std::uint64_t seq = 0, served = 0, events = 0;
};

void BM_Baseline_Naive(benchmark::State& state) {
  NaiveMm1 m(42);
  double t = 0.0;
  for (auto _ : state) {
    t += kChunkS;
    m.runUntil(t);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(m.events));
  state.counters["sojourn_s"] = m.sum / static_cast<double>(m.served);
}

// ---- memory in a long run --------------------------------------------------------------------

double procStatusMb(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  const std::size_t len = std::strlen(field);
  while (std::getline(in, line)) {
    if (line.compare(0, len, field) == 0 && line.size() > len && line[len] == ':')
      return std::strtod(line.c_str() + len + 1, nullptr) / 1024.0;  // the file says kB
  }
  return -1.0;
}

void BM_Sim_MM1_Long(benchmark::State& state) {
  const auto target = static_cast<std::uint64_t>(state.range(0));
  for (auto _ : state) {
    BlocksMm1 m(7);
    double t = 0.0;
    while (m.sim.eventsProcessed() < 1'000'000) m.runUntil(t += kChunkS);
    const double rssEarly = procStatusMb("VmRSS");
    std::int64_t end = 0;
    while (m.sim.eventsProcessed() < target) end = m.runUntil(t += 100 * kChunkS);
    state.SetItemsProcessed(static_cast<std::int64_t>(m.sim.eventsProcessed()));
    state.counters["rss_at_1e6_mb"] = rssEarly;
    state.counters["rss_end_mb"] = procStatusMb("VmRSS");
    state.counters["peak_rss_mb"] = procStatusMb("VmHWM");
    reportStats(state, m, end);
  }
}

}  // namespace

BENCHMARK(BM_Sim_MM1);
BENCHMARK(BM_Sim_MM1_NoStats);
BENCHMARK(BM_Baseline_Minimal);
BENCHMARK(BM_Baseline_Naive);
BENCHMARK(BM_Calendar_Hold)->Arg(2)->Arg(20)->Arg(256)->Arg(4096);

int main(int argc, char** argv) {
  // `--long` is ours, not the library's: take it out before the library sees the arguments.
  bool longRun = false;
  int kept = 0;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--long") == 0) {
      longRun = true;
    } else {
      argv[kept++] = argv[i];
    }
  }
  argc = kept;
  if (longRun) {
    benchmark::RegisterBenchmark("BM_Sim_MM1_Long", BM_Sim_MM1_Long)
        ->Arg(100'000'000)
        ->Iterations(1)
        ->Unit(benchmark::kSecond);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
