// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Master -> worker hand-off: our SPSC ring against boost::lockfree::spsc_queue and a
// std::mutex + std::condition_variable queue, with a producer pinned to CPU 0 and a consumer
// pinned to CPU 1, 8-byte items. Throughput one item at a time and in batches; round-trip
// latency (p50, p99) for the ring, a bare atomic flag (the core-to-core limit) and the
// condition-variable queue (a blocking wake-up). Only ratios within one run mean anything on
// a shared VM: its throughput swings several-fold between minutes.
#include <benchmark/benchmark.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/lockfree/spsc_queue.hpp>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

#include "amp/real/doorbell.h"
#include "amp/real/pin.h"
#include "amp/real/shared_arena.h"
#include "amp/real/spsc_ring.h"

namespace {

using amp::real::cpuRelax;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kCapacity = 1024;
constexpr std::size_t kBatch = 64;
constexpr std::uint64_t kSentinel = ~std::uint64_t{0};
constexpr int kProducerCpu = 0, kConsumerCpu = 1;

// ---- the three queues behind one small interface --------------------------------------------

struct RingQueue {
  amp::real::SpscRing<std::uint64_t> q{kCapacity};
  bool tryPush(std::uint64_t v) { return q.tryPush(v); }
  bool tryPop(std::uint64_t& v) { return q.tryPop(v); }
  std::size_t tryPushBatch(const std::uint64_t* v, std::size_t n) { return q.tryPushBatch(v, n); }
  std::size_t tryPopBatch(std::uint64_t* v, std::size_t n) { return q.tryPopBatch(v, n); }
};

struct BoostQueue {
  boost::lockfree::spsc_queue<std::uint64_t, boost::lockfree::capacity<kCapacity>> q;
  bool tryPush(std::uint64_t v) { return q.push(v); }
  bool tryPop(std::uint64_t& v) { return q.pop(v); }
  std::size_t tryPushBatch(const std::uint64_t* v, std::size_t n) { return q.push(v, n); }
  std::size_t tryPopBatch(std::uint64_t* v, std::size_t n) { return q.pop(v, n); }
};

// The textbook blocking queue: one lock, a consumer that sleeps on a condition variable.
struct MutexQueue {
  std::mutex m;
  std::condition_variable notEmpty, notFull;
  std::vector<std::uint64_t> buf = std::vector<std::uint64_t>(kCapacity);
  std::size_t head = 0, tail = 0;  // guarded by m

  void push(std::uint64_t v) { pushBatch(&v, 1); }
  void pushBatch(const std::uint64_t* v, std::size_t n) {
    std::unique_lock lock(m);
    notFull.wait(lock, [&] { return head - tail + n <= kCapacity; });
    for (std::size_t i = 0; i < n; ++i) buf[(head + i) % kCapacity] = v[i];
    head += n;
    lock.unlock();
    notEmpty.notify_one();
  }
  std::uint64_t pop() {
    std::uint64_t v = 0;
    popBatch(&v, 1);
    return v;
  }
  std::size_t popBatch(std::uint64_t* out, std::size_t max) {
    std::unique_lock lock(m);
    notEmpty.wait(lock, [&] { return head != tail; });
    const std::size_t k = std::min(max, head - tail);
    for (std::size_t i = 0; i < k; ++i) out[i] = buf[(tail + i) % kCapacity];
    tail += k;
    lock.unlock();
    notFull.notify_one();
    return k;
  }
};

// ---- pinning ------------------------------------------------------------------------------------

class PinnedMain {
 public:
  explicit PinnedMain(benchmark::State& state) : before_(amp::real::threadAffinity()) {
    ok_ = amp::real::pinThread(kProducerCpu).ok;
    if (!ok_) state.SkipWithError("needs CPUs 0 and 1 to pin the two threads");
  }
  ~PinnedMain() { amp::real::setThreadAffinity(before_); }
  bool ok() const { return ok_; }

 private:
  std::vector<int> before_;
  bool ok_ = false;
};

// The thread is born on CPU 1: it inherits the creator's affinity, so the creator moves there
// for the moment of creation. Pinning itself after starting would not do under SCHED_FIFO,
// where a child queued behind its spinning parent on CPU 0 never runs.
std::thread pinnedThread(auto body) {
  const std::vector<int> mine = amp::real::threadAffinity();
  amp::real::setThreadAffinity({kConsumerCpu});
  std::thread t([body] {
    amp::real::pinThread(kConsumerCpu);
    body();
  });
  amp::real::setThreadAffinity(mine);
  return t;
}

// ---- throughput -------------------------------------------------------------------------------

template <class Q>
void spinThroughput(benchmark::State& state) {
  PinnedMain pin(state);
  if (!pin.ok()) return;
  auto q = std::make_unique<Q>();
  std::uint64_t checksum = 0;
  std::thread consumer = pinnedThread([&] {
    std::uint64_t v = 0, sum = 0;
    for (;;) {
      if (!q->tryPop(v)) {
        cpuRelax();
        continue;
      }
      if (v == kSentinel) break;
      sum += v;
    }
    checksum = sum;
  });
  std::uint64_t i = 0;
  for (auto _ : state) {
    while (!q->tryPush(i)) cpuRelax();
    ++i;
  }
  while (!q->tryPush(kSentinel)) cpuRelax();
  consumer.join();
  benchmark::DoNotOptimize(checksum);
  state.SetItemsProcessed(static_cast<std::int64_t>(i));
}

template <class Q>
void spinBatchThroughput(benchmark::State& state) {
  PinnedMain pin(state);
  if (!pin.ok()) return;
  auto q = std::make_unique<Q>();
  std::uint64_t checksum = 0;
  std::thread consumer = pinnedThread([&] {
    std::uint64_t out[kBatch], sum = 0;
    for (;;) {
      const std::size_t k = q->tryPopBatch(out, kBatch);
      if (k == 0) {
        cpuRelax();
        continue;
      }
      bool stop = false;
      for (std::size_t j = 0; j < k; ++j) {
        if (out[j] == kSentinel) stop = true;
        sum += out[j];
      }
      if (stop) break;
    }
    checksum = sum;
  });
  std::uint64_t batch[kBatch];
  std::uint64_t i = 0;
  for (auto _ : state) {
    for (std::size_t j = 0; j < kBatch; ++j) batch[j] = i + j;
    std::size_t done = 0;
    while (done < kBatch) {
      const std::size_t k = q->tryPushBatch(batch + done, kBatch - done);
      if (k == 0) cpuRelax();
      done += k;
    }
    i += kBatch;
  }
  while (!q->tryPush(kSentinel)) cpuRelax();
  consumer.join();
  benchmark::DoNotOptimize(checksum);
  state.SetItemsProcessed(static_cast<std::int64_t>(i));
}

void BM_Ring_Single(benchmark::State& state) { spinThroughput<RingQueue>(state); }
void BM_Boost_Single(benchmark::State& state) { spinThroughput<BoostQueue>(state); }
void BM_Ring_Batch(benchmark::State& state) { spinBatchThroughput<RingQueue>(state); }
void BM_Boost_Batch(benchmark::State& state) { spinBatchThroughput<BoostQueue>(state); }

void BM_Mutex_Single(benchmark::State& state) {
  PinnedMain pin(state);
  if (!pin.ok()) return;
  MutexQueue q;
  std::uint64_t checksum = 0;
  std::thread consumer = pinnedThread([&] {
    std::uint64_t sum = 0;
    for (std::uint64_t v; (v = q.pop()) != kSentinel;) sum += v;
    checksum = sum;
  });
  std::uint64_t i = 0;
  for (auto _ : state) q.push(i++);
  q.push(kSentinel);
  consumer.join();
  benchmark::DoNotOptimize(checksum);
  state.SetItemsProcessed(static_cast<std::int64_t>(i));
}

void BM_Mutex_Batch(benchmark::State& state) {
  PinnedMain pin(state);
  if (!pin.ok()) return;
  MutexQueue q;
  std::uint64_t checksum = 0;
  std::thread consumer = pinnedThread([&] {
    std::uint64_t out[kBatch], sum = 0;
    for (;;) {
      const std::size_t k = q.popBatch(out, kBatch);
      bool stop = false;
      for (std::size_t j = 0; j < k; ++j) {
        if (out[j] == kSentinel) stop = true;
        sum += out[j];
      }
      if (stop) break;
    }
    checksum = sum;
  });
  std::uint64_t batch[kBatch];
  std::uint64_t i = 0;
  for (auto _ : state) {
    for (std::size_t j = 0; j < kBatch; ++j) batch[j] = i + j;
    q.pushBatch(batch, kBatch);
    i += kBatch;
  }
  q.push(kSentinel);
  consumer.join();
  benchmark::DoNotOptimize(checksum);
  state.SetItemsProcessed(static_cast<std::int64_t>(i));
}

// ---- round-trip latency ------------------------------------------------------------------------

// Times each round trip and reports p50/p99 as counters beside the mean (the iteration time).
class RoundTrips {
 public:
  void add(Clock::duration d) { ns_.push_back(static_cast<double>(std::chrono::nanoseconds(d).count())); }
  void report(benchmark::State& state) {
    if (ns_.empty()) return;
    std::sort(ns_.begin(), ns_.end());
    auto at = [&](double q) {
      return ns_[std::min(ns_.size() - 1, static_cast<std::size_t>(q * ns_.size()))];
    };
    state.counters["p50_ns"] = at(0.50);
    state.counters["p99_ns"] = at(0.99);
  }

 private:
  std::vector<double> ns_;
};

void BM_PingPong_Atomic(benchmark::State& state) {
  PinnedMain pin(state);
  if (!pin.ok()) return;
  // One cache line bounced between two cores: nothing can hand a value over faster.
  alignas(amp::real::kCacheLine) std::atomic<std::uint64_t> flag{0};
  alignas(amp::real::kCacheLine) std::atomic<bool> quit{false};
  std::thread echo = pinnedThread([&] {
    std::uint64_t seen = 0;
    while (!quit.load(std::memory_order_relaxed)) {
      const std::uint64_t v = flag.load(std::memory_order_acquire);
      if (v != seen && (v & 1) == 1) {
        seen = v + 1;
        flag.store(seen, std::memory_order_release);
      } else {
        cpuRelax();
      }
    }
  });
  RoundTrips rt;
  std::uint64_t n = 1;
  for (auto _ : state) {
    const auto t0 = Clock::now();
    flag.store(n, std::memory_order_release);
    while (flag.load(std::memory_order_acquire) != n + 1) cpuRelax();
    rt.add(Clock::now() - t0);
    n += 2;
  }
  quit = true;
  echo.join();
  rt.report(state);
}

/// The echo side: send back every item until the sentinel.
template <class There, class Back>
void echoUntilSentinel(There& there, Back& back) {
  std::uint64_t v = 0;
  for (;;) {
    if (!there.tryPop(v)) {
      cpuRelax();
      continue;
    }
    if (v == kSentinel) return;
    while (!back.tryPush(v)) cpuRelax();
  }
}

/// The timing side: one item there and back per iteration, then the sentinel.
template <class There, class Back>
void timeRoundTrips(benchmark::State& state, There& there, Back& back) {
  RoundTrips rt;
  std::uint64_t i = 0, v = 0;
  for (auto _ : state) {
    const auto t0 = Clock::now();
    while (!there.tryPush(i)) cpuRelax();
    while (!back.tryPop(v)) cpuRelax();
    rt.add(Clock::now() - t0);
    ++i;
  }
  while (!there.tryPush(kSentinel)) cpuRelax();
  rt.report(state);
}

template <class Q>
void spinPingPong(benchmark::State& state) {
  PinnedMain pin(state);
  if (!pin.ok()) return;
  auto there = std::make_unique<Q>();
  auto back = std::make_unique<Q>();
  std::thread echo = pinnedThread([&] { echoUntilSentinel(*there, *back); });
  timeRoundTrips(state, *there, *back);
  echo.join();
}

void BM_PingPong_Ring(benchmark::State& state) { spinPingPong<RingQueue>(state); }
void BM_PingPong_Boost(benchmark::State& state) { spinPingPong<BoostQueue>(state); }

// The same ring between two processes (a harness process seat and its parent): both rings live
// in one shared mapping made before the fork, so only the address space differs.
void BM_PingPong_RingProcess(benchmark::State& state) {
  PinnedMain pin(state);
  if (!pin.ok()) return;
  amp::real::SharedArena arena(2 * amp::real::SharedArena::ringBytes<std::uint64_t>(kCapacity));
  auto* there = arena.makeRing<std::uint64_t>(kCapacity);
  auto* back = arena.makeRing<std::uint64_t>(kCapacity);
  const pid_t child = fork();
  if (child < 0) {
    state.SkipWithError("fork failed");
    return;
  }
  if (child == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    amp::real::pinThread(kConsumerCpu);
    echoUntilSentinel(*there, *back);
    _exit(0);
  }
  timeRoundTrips(state, *there, *back);
  waitpid(child, nullptr, 0);
}

void BM_PingPong_Mutex(benchmark::State& state) {
  PinnedMain pin(state);
  if (!pin.ok()) return;
  MutexQueue there, back;
  std::thread echo = pinnedThread([&] {
    for (std::uint64_t v; (v = there.pop()) != kSentinel;) back.push(v);
  });
  RoundTrips rt;
  std::uint64_t i = 0;
  for (auto _ : state) {
    const auto t0 = Clock::now();
    there.push(i++);
    benchmark::DoNotOptimize(back.pop());
    rt.add(Clock::now() - t0);
  }
  there.push(kSentinel);
  echo.join();
  rt.report(state);
}

}  // namespace

BENCHMARK(BM_Ring_Single)->UseRealTime();
BENCHMARK(BM_Boost_Single)->UseRealTime();
BENCHMARK(BM_Mutex_Single)->UseRealTime();
BENCHMARK(BM_Ring_Batch)->UseRealTime();
BENCHMARK(BM_Boost_Batch)->UseRealTime();
BENCHMARK(BM_Mutex_Batch)->UseRealTime();
BENCHMARK(BM_PingPong_Atomic)->UseRealTime();
BENCHMARK(BM_PingPong_Ring)->UseRealTime();
BENCHMARK(BM_PingPong_Boost)->UseRealTime();
BENCHMARK(BM_PingPong_RingProcess)->UseRealTime();
BENCHMARK(BM_PingPong_Mutex)->UseRealTime();

BENCHMARK_MAIN();
