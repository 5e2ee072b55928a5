// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/work_kernel.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <vector>

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

std::uint64_t WorkKernel::unitsFor(std::int64_t ns) const {
  if (ns <= 0) return 0;
  return static_cast<std::uint64_t>(std::llround(static_cast<double>(ns) / nsPerUnit_));
}

std::uint64_t WorkKernel::run(std::int64_t ns, const std::atomic<bool>* stop, double factor) const {
  return runUnits(unitsFor(static_cast<std::int64_t>(static_cast<double>(ns) * factor)), stop);
}

WorkKernel WorkKernel::calibrate() {
  WorkKernel k;
  runUnits(20'000);  // warm the buffer, the branch predictor and the core's clock
  // The fastest of several short batches is the kernel's speed when nothing interrupts it; a
  // slower batch measured an interrupt or another thread, not the kernel.
  constexpr std::uint64_t kBatch = 10'000;
  double best = 1e30;
  for (int i = 0; i < 25; ++i) {
    const auto t0 = Clock::now();
    runUnits(kBatch);
    best = std::min(best, nsSince(t0) / static_cast<double>(kBatch));
  }
  k.nsPerUnit_ = best;

  std::vector<double> errors;
  for (std::int64_t ns : {100'000LL, 1'000'000LL}) {
    for (int i = 0; i < 5; ++i) {
      const auto t0 = Clock::now();
      k.run(ns);
      errors.push_back(std::abs(nsSince(t0) - static_cast<double>(ns)) / static_cast<double>(ns));
    }
  }
  std::nth_element(errors.begin(), errors.begin() + static_cast<std::ptrdiff_t>(errors.size() / 2),
                   errors.end());
  k.calibrationError_ = errors[errors.size() / 2];
  return k;
}

const WorkKernel& WorkKernel::calibrated() {
  static const WorkKernel kernel = calibrate();  // thread-safe one-time init (C++11 statics)
  return kernel;
}

}  // namespace amp::real
