// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Does real work take the time it is asked to take? For each service clock (time: busy until
// the deadline; work: a calibrated amount of computation) and requested service time, the
// measured service on a pinned thread, as the ratio measured / requested (mean, median and p99)
// — the figure the model's service time stands or falls with. The baselines in the same run are
// the clock floor (clock reads alone until the deadline: what the host adds to any time-clock
// service) and the time clock; a quiet host gives ratios near 1, a busy one stretches the work
// clock first.
// The *_AfterIdle variants put a 45 ms sleep before each service (a seat 10% busy at 5 ms, as in
// a light-load lab), and *_AfterIdleWarmed then polls 0.5 ms before the service as a master
// that receives a schedule does: what a core that slept costs a fixed amount of work. Each
// iteration takes 50 ms; --benchmark_min_time=3 gives them 60 services each.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

#include "amp/real/doorbell.h"
#include "amp/real/pin.h"
#include "amp/real/work_kernel.h"

namespace {

using amp::real::ServiceClock;
using amp::real::WorkKernel;
using Clock = std::chrono::steady_clock;

// The floor under any time clock on this host: nothing but clock reads until the deadline, so
// what it overruns by is the host's (a pause of the CPU across the deadline), not the work's.
// In the microVM we build on, the vCPU pauses about 2000 times a second for 5-50 µs, unseen by
// the guest's scheduler (its thread keeps all its CPU time): that alone puts 1-2% on the mean of
// a 0.1 ms service, and the runtime's t1 - t0 counts it the same way.
std::uint64_t spinUntil(std::int64_t ns) {
  const auto deadline = Clock::now() + std::chrono::nanoseconds(ns);
  std::uint64_t reads = 0;
  while (Clock::now() < deadline) ++reads;
  return reads;
}

/// Before each service: sleep `idleNs`, then poll `warmNs` (neither counted in the service).
struct Idle {
  std::int64_t idleNs = 0;
  std::int64_t warmNs = 0;
};
constexpr Idle kBackToBack{};
constexpr Idle kAfterIdle{45'000'000, 0};
constexpr Idle kAfterIdleWarmed{45'000'000, 500'000};

template <class Serve>
void serve(benchmark::State& state, ServiceClock clock, Serve&& serveOnce, Idle idle = kBackToBack) {
  const std::vector<int> before = amp::real::threadAffinity();
  amp::real::pinThread(1);  // like a worker seat: on its own CPU
  const WorkKernel kernel = WorkKernel::calibrated().withClock(clock);
  const auto requestedNs = static_cast<std::int64_t>(state.range(0));
  std::vector<double> ratios;
  for (auto _ : state) {
    if (idle.idleNs > 0) std::this_thread::sleep_for(std::chrono::nanoseconds(idle.idleNs));
    for (const auto w = Clock::now(); Clock::now() - w < std::chrono::nanoseconds(idle.warmNs);)
      amp::real::cpuRelax();
    const auto t0 = Clock::now();
    benchmark::DoNotOptimize(serveOnce(kernel, requestedNs));
    const auto ns = std::chrono::duration<double, std::nano>(Clock::now() - t0).count();
    ratios.push_back(ns / static_cast<double>(requestedNs));
  }
  amp::real::setThreadAffinity(before);
  if (ratios.empty()) return;
  double sum = 0;
  for (double r : ratios) sum += r;
  std::sort(ratios.begin(), ratios.end());
  state.counters["measured_over_requested"] = sum / static_cast<double>(ratios.size());
  // The mean takes in every service the host interrupted (the time clock's only where the
  // interruption outlasts the deadline): on a shared host a few of those move it by whole %.
  // The median is the kernel's own bias.
  state.counters["median_ratio"] = ratios[ratios.size() / 2];
  state.counters["p99_ratio"] = ratios[std::min(ratios.size() - 1, ratios.size() * 99 / 100)];
  state.counters["calibration_error"] = kernel.calibrationError();
  // The speed the work clock used on this CPU, and how often its calibration lost the CPU to
  // another thread (a busy host while it was measured).
  state.counters["ns_per_unit"] = kernel.nsPerUnit(1);
  state.counters["calibration_preempted"] = kernel.calibrationPreempted();
}

std::uint64_t runKernel(const WorkKernel& kernel, std::int64_t ns) { return kernel.run(ns); }
std::uint64_t spinOnly(const WorkKernel&, std::int64_t ns) { return spinUntil(ns); }

void BM_Service_ClockFloor(benchmark::State& state) { serve(state, ServiceClock::Time, spinOnly); }
void BM_Service_TimeClock(benchmark::State& state) { serve(state, ServiceClock::Time, runKernel); }
void BM_Service_WorkClock(benchmark::State& state) { serve(state, ServiceClock::Work, runKernel); }
void BM_Service_TimeClock_AfterIdle(benchmark::State& state) {
  serve(state, ServiceClock::Time, runKernel, kAfterIdle);
}
void BM_Service_WorkClock_AfterIdle(benchmark::State& state) {
  serve(state, ServiceClock::Work, runKernel, kAfterIdle);
}
void BM_Service_WorkClock_AfterIdleWarmed(benchmark::State& state) {
  serve(state, ServiceClock::Work, runKernel, kAfterIdleWarmed);
}

// 0.1, 1, 5 and 20 ms, as the labs' sliders ask for.
BENCHMARK(BM_Service_ClockFloor)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Arg(5'000'000)
    ->Arg(20'000'000)
    ->UseRealTime();
BENCHMARK(BM_Service_TimeClock)->Arg(100'000)->Arg(1'000'000)->Arg(5'000'000)->Arg(20'000'000)->UseRealTime();
BENCHMARK(BM_Service_WorkClock)->Arg(100'000)->Arg(1'000'000)->Arg(5'000'000)->Arg(20'000'000)->UseRealTime();
BENCHMARK(BM_Service_TimeClock_AfterIdle)->Arg(5'000'000)->UseRealTime();
BENCHMARK(BM_Service_WorkClock_AfterIdle)->Arg(1'000'000)->Arg(5'000'000)->UseRealTime();
BENCHMARK(BM_Service_WorkClock_AfterIdleWarmed)->Arg(1'000'000)->Arg(5'000'000)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
