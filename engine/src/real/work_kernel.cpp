// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/work_kernel.h"

#include <time.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <map>
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
// The time clock's chunk between clock reads (about a microsecond): a read costs ~45 ns in a KVM
// guest, so the reads stay a few % of the time, and `stop` is seen within a microsecond.
constexpr std::uint64_t kChunkUnits = 32;

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
// ns per unit as the time clock last saw it on this thread (0 = not yet): sizes the chunk that
// ends a service. Learnt from the service's own chunks, not the calibration, so it follows the
// CPU the thread is on now, and runFor works before any calibration (which itself calls it).
thread_local double tTimeNsPerUnit = 0.0;

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
  auto now = Clock::now();
  const auto deadline = now + std::chrono::nanoseconds(ns);
  double& perUnit = tTimeNsPerUnit;
  std::uint64_t h = 0;
  do {
    std::uint64_t units = kChunkUnits;
    // The last chunk is cut to what is left: a whole chunk (about a microsecond here) overran
    // the deadline by half a chunk on average, 0.6% of a 0.1 ms service. The loop still ends only
    // past the deadline; a chunk of at least one unit keeps the time left computing, not reading
    // the clock.
    if (perUnit > 0.0) {
      const double fit = std::chrono::duration<double, std::nano>(deadline - now).count() / perUnit;
      if (fit < static_cast<double>(kChunkUnits))
        units = std::max<std::uint64_t>(1, static_cast<std::uint64_t>(std::llround(fit)));
    }
    h ^= runUnits(units, stop);
    const auto t = Clock::now();
    if (units == kChunkUnits) {
      // A chunk the host interrupted counts as at most twice the estimate, and the estimate moves
      // an eighth of the way: one interruption barely moves it, a CPU that really got slower
      // (another core, a lower clock) is followed within a few dozen chunks. Too slow an estimate
      // only costs one more short chunk; too fast a one would overrun.
      const double took = std::chrono::duration<double, std::nano>(t - now).count() / kChunkUnits;
      perUnit = perUnit > 0.0 ? perUnit + (std::min(took, 2.0 * perUnit) - perUnit) / 8.0 : took;
    }
    now = t;
  } while (now < deadline && (stop == nullptr || !stop->load(std::memory_order_relaxed)));
  return h;
}

namespace {

// A batch whose thread was on its CPU for less than this share of the wall time lost the CPU
// to another thread: that is the host's load, which the work clock must show as stretched
// services, not fold into the speed of a unit.
constexpr double kOnCpuShare = 0.95;
// Calibration rounds: steady = batches within 10% of each other (quartiles); two steady rounds
// within 3% settle a CPU; on a host that never settles, rounds stop after about a second (a
// program starting on the other vCPU disturbed it for up to half a second here).
constexpr double kSteadySpread = 0.10;
constexpr double kAgree = 0.03;
constexpr double kRoundsBudgetNs = 1e9;

double threadCpuNs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

/// Wall time of `fn` and whether the thread kept its CPU meanwhile.
template <class Fn>
std::pair<double, bool> timed(Fn&& fn) {
  const double c0 = threadCpuNs();
  const auto t0 = Clock::now();
  fn();
  const double wall = nsSince(t0);
  return {wall, threadCpuNs() - c0 >= kOnCpuShare * wall};
}

double median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  const std::size_t m = v.size() / 2;
  // An even count takes the middle pair's mean: with two CPUs the upper one alone would be
  // the slower CPU, not a central value.
  return v.size() % 2 == 1 ? v[m] : 0.5 * (v[m - 1] + v[m]);
}

struct Speed {
  double nsPerUnit = 0.0, spread = 0.0, preempted = 0.0;
};

/// On the calling thread: ns per unit as the median of ~1 ms batches the thread ran through
/// on its CPU (a batch that an interrupt hit stays in: a unit's cost includes the host's small
/// interruptions; one in which another thread had the CPU is left out), and their spread.
Speed measureHere(std::int64_t warmNs, int wanted) {
  // Warm the buffer, the branch predictor and the core's clock: a core that was idle runs slower
  // for its first milliseconds, and a speed measured then would make every later service short.
  WorkKernel::runFor(warmNs);
  auto t0 = Clock::now();
  WorkKernel::runUnits(2'000);
  const double rough = std::max(0.1, nsSince(t0) / 2'000.0);
  const auto batch = static_cast<std::uint64_t>(std::max(1'000.0, 1e6 / rough));  // ~1 ms
  std::vector<double> clean, all;
  // At most three times the batches wanted: a host busy all along still gets a value (from
  // every batch) rather than a calibration that never ends.
  for (int i = 0; i < 3 * wanted && static_cast<int>(clean.size()) < wanted; ++i) {
    const auto [wall, onCpu] = timed([&] { WorkKernel::runUnits(batch); });
    all.push_back(wall / static_cast<double>(batch));
    if (onCpu) clean.push_back(all.back());
  }
  Speed s;
  s.preempted = 1.0 - static_cast<double>(clean.size()) / static_cast<double>(all.size());
  std::vector<double>& use = clean.size() >= 3 ? clean : all;
  std::sort(use.begin(), use.end());
  s.nsPerUnit = median(use);
  s.spread = (use[use.size() * 3 / 4] - use[use.size() / 4]) / s.nsPerUnit;
  return s;
}

/// On the calling thread: the median error of `work` services of `req` ns at `nsPerUnit`, from
/// up to `wanted` services that kept their CPU (all of them when none did).
double serviceError(std::int64_t req, double nsPerUnit, int wanted) {
  const auto units = static_cast<std::uint64_t>(std::llround(static_cast<double>(req) / nsPerUnit));
  std::vector<double> clean, all;
  for (int i = 0; i < 3 * wanted && static_cast<int>(clean.size()) < wanted; ++i) {
    const auto [wall, onCpu] = timed([&] { WorkKernel::runUnits(units); });
    all.push_back(std::abs(wall - static_cast<double>(req)) / static_cast<double>(req));
    if (onCpu) clean.push_back(all.back());
  }
  return median(clean.empty() ? all : clean);
}

/// Run `fn` on a thread pinned to `cpu`; false when the pin was refused.
template <class Fn>
bool onCpu(int cpu, Fn&& fn) {
  bool ok = false;
  std::thread t([&] {
    if (!pinThread(cpu).ok) return;
    ok = true;
    fn();
  });
  t.join();
  return ok;
}

}  // namespace

// Per-CPU counters of work-clock services, a cache line each: a pinned seat writes only its own.
struct WorkKernel::Usage {
  struct alignas(64) Slot {
    std::atomic<std::uint64_t> count{0};
    std::atomic<std::int64_t> sumNs{0};
  };
  explicit Usage(std::size_t cpus) : slots(cpus), n(cpus) {}
  std::vector<Slot> slots;
  std::size_t n;
};

double WorkKernel::nsPerUnit(int cpu) const {
  if (cpu >= 0 && static_cast<std::size_t>(cpu) < checks_.size() &&
      checks_[static_cast<std::size_t>(cpu)].cpu >= 0)
    return checks_[static_cast<std::size_t>(cpu)].nsPerUnit;
  return nsPerUnit_;
}

KernelCheck WorkKernel::calibrationOn(int cpu) const {
  if (cpu >= 0 && static_cast<std::size_t>(cpu) < checks_.size())
    return checks_[static_cast<std::size_t>(cpu)];
  return {};
}

std::vector<int> WorkKernel::calibratedCpus() const {
  std::vector<int> out;
  for (const auto& c : checks_)
    if (c.cpu >= 0) out.push_back(c.cpu);
  return out;
}

std::uint64_t WorkKernel::unitsFor(std::int64_t ns, int cpu) const {
  if (ns <= 0) return 0;
  return static_cast<std::uint64_t>(std::llround(static_cast<double>(ns) / nsPerUnit(cpu)));
}

WorkKernel WorkKernel::withClock(ServiceClock clock) const {
  WorkKernel k = *this;
  k.clock_ = clock;
  // A fresh record of the services: each run counts its own.
  std::size_t slots = checks_.size();
  for (int cpu : CpuTopology::probe().usableCpus())
    slots = std::max(slots, static_cast<std::size_t>(cpu) + 1);
  k.usage_ = std::make_shared<Usage>(slots);
  return k;
}

std::uint64_t WorkKernel::services(int cpu) const {
  if (!usage_ || cpu < 0 || static_cast<std::size_t>(cpu) >= usage_->n) return 0;
  return usage_->slots[static_cast<std::size_t>(cpu)].count.load(std::memory_order_relaxed);
}

std::int64_t WorkKernel::meanServiceNs(int cpu) const {
  const std::uint64_t n = services(cpu);
  if (n == 0) return 0;
  return usage_->slots[static_cast<std::size_t>(cpu)].sumNs.load(std::memory_order_relaxed) /
         static_cast<std::int64_t>(n);
}

std::uint64_t WorkKernel::run(std::int64_t ns, const std::atomic<bool>* stop, double factor) const {
  const auto scaled = static_cast<std::int64_t>(static_cast<double>(ns) * factor);
  if (clock_ == ServiceClock::Time) return runFor(scaled, stop);
  const int cpu = currentCpu();
  if (usage_ && cpu >= 0 && static_cast<std::size_t>(cpu) < usage_->n) {
    // Relaxed: counters read after the seats have been joined.
    Usage::Slot& s = usage_->slots[static_cast<std::size_t>(cpu)];
    s.count.fetch_add(1, std::memory_order_relaxed);
    s.sumNs.fetch_add(scaled, std::memory_order_relaxed);
  }
  return runUnits(unitsFor(scaled, cpu), stop);
}

KernelCheck WorkKernel::recheck(int cpu, std::int64_t serviceNs) const {
  KernelCheck c;
  if (serviceNs <= 0) serviceNs = meanServiceNs(cpu);
  if (serviceNs <= 0) serviceNs = 1'000'000;
  const double calibrated = nsPerUnit(cpu);
  // Three services when they are short, fewer when long: the check stays near 50 ms.
  const int services = static_cast<int>(std::clamp<std::int64_t>(50'000'000 / serviceNs, 1, 3));
  const bool ok = onCpu(cpu, [&] {
    // A short warm-up: the CPU has just been busy with the run, or idle after it.
    const Speed s = measureHere(2'000'000, 9);
    c.nsPerUnit = s.nsPerUnit;
    c.spread = s.spread;
    c.preempted = s.preempted;
    c.serviceNs = serviceNs;
    c.error = serviceError(serviceNs, calibrated, services);
  });
  if (ok) c.cpu = cpu;
  return c;
}

WorkKernel WorkKernel::calibrate() {
  WorkKernel k;
  // Rounds over the CPUs, one CPU after the other, each on a thread pinned there, so two
  // measurements never share a core and each CPU's own speed (a little core, a slower socket)
  // is what its seats get. One round is not enough: on a VM a unit costs 30-50% more for as
  // long as the other vCPU is busy starting a program (seen here while a JSON reader started
  // beside `amplab run --json`), although the thread never loses its CPU. A disturbance only
  // ever slows a unit, so a CPU's speed is the mean of the first two steady rounds that agree
  // (not the fastest round: the host's speed also wanders by a few % over seconds, and the
  // fastest would make every later service long); when none agree, the fastest round.
  const std::vector<int> cpus = CpuTopology::probe().usableCpus();
  std::map<int, std::vector<Speed>> rounds;
  auto steady = [](const Speed& s) { return s.spread <= kSteadySpread; };
  // The pair of steady rounds that agree, or {nullptr, nullptr}.
  auto settled = [&](const std::vector<Speed>& v) -> std::pair<const Speed*, const Speed*> {
    for (std::size_t i = 0; i < v.size(); ++i)
      for (std::size_t j = i + 1; j < v.size(); ++j)
        if (steady(v[i]) && steady(v[j]) &&
            std::abs(v[i].nsPerUnit - v[j].nsPerUnit) <= kAgree * std::min(v[i].nsPerUnit, v[j].nsPerUnit))
          return {&v[i], &v[j]};
    return {nullptr, nullptr};
  };
  const auto t0 = Clock::now();
  while (nsSince(t0) < kRoundsBudgetNs) {
    bool all = true;
    for (int cpu : cpus) {
      std::vector<Speed>& v = rounds[cpu];
      if (v.size() >= 2 && settled(v).first != nullptr) continue;
      all = false;
      // The first round warms the core's clock; later ones only the buffer.
      onCpu(cpu, [&] { v.push_back(measureHere(v.empty() ? 10'000'000 : 2'000'000, 15)); });
    }
    if (all) break;
  }
  std::vector<double> speeds, spreads, errors, preempted;
  for (int cpu : cpus) {
    const std::vector<Speed>& v = rounds[cpu];
    if (v.empty()) continue;  // pinning refused there
    KernelCheck c{cpu, 0.0, 0.0, 1'000'000, 0.0, 0.0};
    if (const auto [a, b] = settled(v); a != nullptr) {
      c.nsPerUnit = 0.5 * (a->nsPerUnit + b->nsPerUnit);
      c.spread = std::max(a->spread, b->spread);
    } else {
      const Speed* best = &v.front();
      for (const Speed& s : v)
        if (s.nsPerUnit < best->nsPerUnit) best = &s;
      c.nsPerUnit = best->nsPerUnit;
      c.spread = best->spread;
    }
    for (const Speed& s : v) c.preempted += s.preempted / static_cast<double>(v.size());
    onCpu(cpu, [&] {
      for (std::int64_t req : {100'000LL, 1'000'000LL}) errors.push_back(serviceError(req, c.nsPerUnit, 3));
      c.error = errors.back();  // at 1 ms
    });
    if (static_cast<std::size_t>(cpu) >= k.checks_.size())
      k.checks_.resize(static_cast<std::size_t>(cpu) + 1);
    k.checks_[static_cast<std::size_t>(cpu)] = c;
    speeds.push_back(c.nsPerUnit);
    spreads.push_back(c.spread);
    preempted.push_back(c.preempted);
  }
  if (speeds.empty()) {  // pinning refused everywhere: measure where we are
    const Speed s = measureHere(10'000'000, 15);
    speeds.push_back(s.nsPerUnit);
    spreads.push_back(s.spread);
    preempted.push_back(s.preempted);
    for (std::int64_t req : {100'000LL, 1'000'000LL}) errors.push_back(serviceError(req, s.nsPerUnit, 3));
  }
  k.nsPerUnit_ = median(speeds);
  const auto [lo, hi] = std::minmax_element(speeds.begin(), speeds.end());
  k.spread_ = std::max((*hi - *lo) / k.nsPerUnit_, median(spreads));
  k.calibrationError_ = median(errors);
  double sum = 0;
  for (double p : preempted) sum += p;
  k.preempted_ = sum / static_cast<double>(preempted.size());
  k.clock_ = ServiceClock::Time;
  return k;
}

const WorkKernel& WorkKernel::calibrated() {
  static const WorkKernel kernel = calibrate();  // thread-safe one-time init (C++11 statics)
  return kernel;
}

}  // namespace amp::real
