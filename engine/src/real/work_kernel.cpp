// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/work_kernel.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <thread>
#include <vector>

#include "amp/real/cpu_topology.h"
#include "amp/real/pin.h"
#include "amp/sim/rng.h"

namespace amp::real {
namespace {

constexpr std::size_t kWords = 512;  // 4 KiB: stays in L1, so speed does not depend on memory
constexpr std::size_t kUnitWords = 32;
constexpr std::uint64_t kCheckEvery = 256;  // units between stop checks (~10 µs)

struct Buffer {
  alignas(64) std::array<std::uint64_t, kWords> words{};
  std::uint64_t offset = 0;
  Buffer() {
    std::uint64_t x = 0x9E3779B97F4A7C15ULL;
    for (auto& w : words) w = sim::splitmix64(x);  // arbitrary but fixed contents
  }
};

// Each thread checksums its own buffer: no sharing, so one worker's work never slows another's.
thread_local Buffer tBuffer;
// Where results go so the optimizer must compute them.
thread_local volatile std::uint64_t tSink = 0;

inline std::uint64_t unit(const std::uint64_t* w, std::uint64_t h) {
  // FNV-1a over words: each step depends on the previous product, a fixed-latency chain.
  for (std::size_t i = 0; i < kUnitWords; ++i) h = (h ^ w[i]) * 0x100000001B3ULL;
  return h;
}

using Clock = std::chrono::steady_clock;

double nsSince(Clock::time_point t0) {
  return std::chrono::duration<double, std::nano>(Clock::now() - t0).count();
}

}  // namespace

std::uint64_t WorkKernel::runUnits(std::uint64_t units, const std::atomic<bool>* stop) {
  Buffer& b = tBuffer;
  std::uint64_t h = 0xCBF29CE484222325ULL;
  std::uint64_t off = b.offset;
  for (std::uint64_t u = 0; u < units; ++u) {
    h = unit(&b.words[off], h);
    off = (off + kUnitWords) % kWords;
    if (stop != nullptr && (u % kCheckEvery) == kCheckEvery - 1 && stop->load(std::memory_order_relaxed))
      break;
  }
  b.offset = off;
  tSink = tSink + h;
  return h;
}

const char* serviceClockName(ServiceClock c) { return c == ServiceClock::Work ? "work" : "time"; }

bool parseServiceClock(const std::string& text, ServiceClock& out) {
  if (text == "time")
    out = ServiceClock::Time;
  else if (text == "work")
    out = ServiceClock::Work;
  else
    return false;
  return true;
}

std::uint64_t WorkKernel::runFor(std::int64_t ns, const std::atomic<bool>* stop) {
  if (ns <= 0) return 0;
  const auto deadline = Clock::now() + std::chrono::nanoseconds(ns);
  std::uint64_t h = 0;
  // Chunks of 32 units (about a microsecond): the clock read stays a few % of the work, and the
  // service ends within a chunk of its deadline.
  do {
    h ^= runUnits(32, stop);
  } while (Clock::now() < deadline && (stop == nullptr || !stop->load(std::memory_order_relaxed)));
  return h;
}

double WorkKernel::nsPerUnit(int cpu) const {
  if (cpu >= 0 && static_cast<std::size_t>(cpu) < perCpu_.size() &&
      perCpu_[static_cast<std::size_t>(cpu)] > 0)
    return perCpu_[static_cast<std::size_t>(cpu)];
  return nsPerUnit_;
}

std::uint64_t WorkKernel::unitsFor(std::int64_t ns, int cpu) const {
  if (ns <= 0) return 0;
  return static_cast<std::uint64_t>(std::llround(static_cast<double>(ns) / nsPerUnit(cpu)));
}

WorkKernel WorkKernel::withClock(ServiceClock clock) const {
  WorkKernel k = *this;
  k.clock_ = clock;
  return k;
}

std::uint64_t WorkKernel::run(std::int64_t ns, const std::atomic<bool>* stop, double factor) const {
  const auto scaled = static_cast<std::int64_t>(static_cast<double>(ns) * factor);
  if (clock_ == ServiceClock::Time) return runFor(scaled, stop);
  return runUnits(unitsFor(scaled, currentCpu()), stop);
}

namespace {

double median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

/// On the calling thread: ns per unit as the median of ~1 ms batches (a batch that an interrupt
/// hit is an outlier, not the speed), and the batches' spread.
std::pair<double, double> measureHere() {
  // Warm the buffer, the branch predictor and the core's clock: a core that was idle runs slower
  // for its first milliseconds, and a speed measured then would make every later service short.
  WorkKernel::runFor(10'000'000);
  auto t0 = Clock::now();
  WorkKernel::runUnits(2'000);
  const double rough = std::max(0.1, nsSince(t0) / 2'000.0);
  const auto batch = static_cast<std::uint64_t>(std::max(1'000.0, 1e6 / rough));  // ~1 ms
  std::vector<double> perUnit;
  for (int i = 0; i < 15; ++i) {
    t0 = Clock::now();
    WorkKernel::runUnits(batch);
    perUnit.push_back(nsSince(t0) / static_cast<double>(batch));
  }
  std::sort(perUnit.begin(), perUnit.end());
  const double mid = perUnit[perUnit.size() / 2];
  const double iqr = perUnit[perUnit.size() * 3 / 4] - perUnit[perUnit.size() / 4];
  return {mid, iqr / mid};
}

}  // namespace

WorkKernel WorkKernel::calibrate() {
  WorkKernel k;
  k.clock_ = ServiceClock::Work;  // the check below measures the work clock
  // One CPU after the other, each on a thread pinned there, so two calibrations never share a
  // core and each CPU's own speed (a little core, a slower socket) is what its seats get.
  const std::vector<int> cpus = CpuTopology::probe().usableCpus();
  std::vector<double> speeds, spreads, errors;
  for (int cpu : cpus) {
    std::thread t([&, cpu] {
      if (!pinThread(cpu).ok) return;
      const auto [ns, spread] = measureHere();
      if (static_cast<std::size_t>(cpu) >= k.perCpu_.size())
        k.perCpu_.resize(static_cast<std::size_t>(cpu) + 1, 0.0);
      k.perCpu_[static_cast<std::size_t>(cpu)] = ns;
      speeds.push_back(ns);
      spreads.push_back(spread);
      for (std::int64_t req : {100'000LL, 1'000'000LL}) {
        for (int i = 0; i < 3; ++i) {
          const auto t0 = Clock::now();
          runUnits(static_cast<std::uint64_t>(std::llround(static_cast<double>(req) / ns)));
          errors.push_back(std::abs(nsSince(t0) - static_cast<double>(req)) / static_cast<double>(req));
        }
      }
    });
    t.join();
  }
  if (speeds.empty()) {  // pinning refused everywhere: measure where we are
    const auto [ns, spread] = measureHere();
    speeds.push_back(ns);
    spreads.push_back(spread);
  }
  k.nsPerUnit_ = median(speeds);
  const auto [lo, hi] = std::minmax_element(speeds.begin(), speeds.end());
  k.spread_ = std::max((*hi - *lo) / k.nsPerUnit_, median(spreads));
  k.calibrationError_ = median(errors);
  k.clock_ = ServiceClock::Time;
  return k;
}

const WorkKernel& WorkKernel::calibrated() {
  static const WorkKernel kernel = calibrate();  // thread-safe one-time init (C++11 statics)
  return kernel;
}

}  // namespace amp::real
