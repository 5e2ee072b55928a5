// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <functional>
#include <memory>
#include <stdexcept>
#include <thread>

#include "amp/real/harness.h"
#include "amp/real/pin.h"
#include "amp/real/placement.h"
#include "amp/real/speed_model.h"
#include "amp/real/spsc_ring.h"
#include "amp/run/phrase.h"
#include "simd/simd_kernels.h"
#include "simd/simd_lab.h"

namespace amp::labs::simd {

namespace {

using Clock = std::chrono::steady_clock;
using observe::Observation;
constexpr int kLocal = SimdLab::kLocal, kOffload = SimdLab::kOffload, kMigrate = SimdLab::kMigrate;
using observe::ObsKind;

// All littles' arrays together stay below this (two float arrays each); beyond it the tasks are
// cut shorter than task_us and the run says so.
constexpr std::size_t kMaxBytes = std::size_t{512} << 20;
constexpr std::size_t kMinElements = 64;
// The size the kernels' raw speeds are first measured at: both arrays in a core's L2.
constexpr std::size_t kProbeElements = 8192;
// A real run's passes together last about this long at most: more tasks are cut (and said so).
constexpr double kMaxPassS = 20.0;

std::int64_t nsSince(Clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t).count();
}

/// Runs `f` on a thread pinned to `cpu` and waits for it (measurements belong on their core).
void onCpu(int cpu, const std::function<void()>& f) {
  std::thread t([&] {
    if (cpu >= 0) real::pinThread(cpu);
    f();
  });
  t.join();
}

/// Median ns of `f` over `reps` calls.
double medianNs(int reps, const std::function<void()>& f) {
  std::vector<double> v;
  for (int i = 0; i < reps; ++i) {
    const auto t0 = Clock::now();
    f();
    v.push_back(static_cast<double>(nsSince(t0)));
  }
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

/// Arrays of n floats filled with positive values (so every partial sum grows and the results
/// of the three strategies can be checked against each other), written by the calling thread.
struct Data {
  std::vector<float> x, y;
  explicit Data(std::size_t n) : x(n), y(n) {
    for (std::size_t i = 0; i < n; ++i) {
      x[i] = 0.5F + static_cast<float>(i % 97) / 97.0F;
      y[i] = 0.5F + static_cast<float>(i % 89) / 89.0F;
    }
  }
  /// The task's fresh input: one write per cache line, so every line is modified in this core's
  /// cache and a big core that reads it must fetch it from here. Task t's input is the same in
  /// every pass.
  void refresh(std::uint32_t task) {
    const float v = 0.75F + 0.125F * static_cast<float>(task % 5);
    for (std::size_t i = 0; i < y.size(); i += 16) y[i] = v;
  }
};

/// The little path: the scalar kernel, `factor` times the work where the little is emulated
/// (the extra passes' results are kept so no compiler drops them).
float littleDot(const float* x, const float* y, std::size_t n, double factor) {
  const float result = dotScalar(x, y, n);
  float keep = 0.0F;
  for (double extra = (factor - 1.0) * static_cast<double>(n); extra >= 1.0;) {
    const auto m = static_cast<std::size_t>(std::min(extra, static_cast<double>(n)));
    keep += dotScalar(x, y, m);
    extra -= static_cast<double>(m);
  }
  asm volatile("" : : "x"(keep));
  return result;
}

/// The kernels' speeds and the array size that makes a little task last about task_us.
struct Calibration {
  double littleScalarNs = 0, bigScalarNs = 0, bigVectorNs = 0;  // per element, raw, at kProbeElements
  std::size_t elements = kMinElements;
  double littleTaskNs = 0;  // the little path at `elements`, measured
  bool cut = false;         // kMaxBytes made the task shorter than asked
};

Calibration calibrate(double taskNs, double factor, int littles, int littleCpu, int bigCpu, VectorIsa isa,
                      const run::RealControl& ctl) {
  Calibration c;
  const auto perElement = [](VectorIsa with) {
    Data d(kProbeElements);
    float keep = 0.0F;
    const double ns = medianNs(9, [&] {
      for (int r = 0; r < 8; ++r) keep += dotVector(d.x.data(), d.y.data(), kProbeElements, with);
    });
    asm volatile("" : : "x"(keep));
    return ns / (8.0 * kProbeElements);
  };
  onCpu(littleCpu, [&] { c.littleScalarNs = perElement(VectorIsa::Scalar); });
  onCpu(bigCpu, [&] {
    c.bigScalarNs = perElement(VectorIsa::Scalar);
    c.bigVectorNs = perElement(isa);
  });
  const auto cap = std::max(kMinElements, kMaxBytes / (8 * static_cast<std::size_t>(std::max(1, littles))));
  double n = taskNs / (factor * std::max(c.littleScalarNs, 1e-3));
  // Larger arrays leave the caches and cost more per element: measure the little path at the
  // estimated size and correct the size twice.
  onCpu(littleCpu, [&] {
    for (int round = 0; round < 3 && !ctl.cancelled(); ++round) {
      const auto elements = static_cast<std::size_t>(std::clamp(n, double(kMinElements), double(cap)));
      Data d(elements);
      // Long tasks are measured fewer times: the calibration stays well under a second.
      const double ns =
          medianNs(taskNs > 1e6 ? 3 : 5, [&] { littleDot(d.x.data(), d.y.data(), elements, factor); });
      c.elements = elements;
      c.littleTaskNs = ns;
      if (round < 2) n = static_cast<double>(elements) * taskNs / std::max(ns, 1.0);
    }
  });
  c.cut = n > static_cast<double>(cap);
  return c;
}

/// What one task did, in ns since the harness's epoch.
struct TaskRecord {
  std::int64_t start = 0, littleEnd = 0, bigStart = 0, bigMid = 0, bigEnd = 0, end = 0;
  std::int64_t pinThere = 0, pinBack = 0;  // migrate: how long each re-pin took
  std::int64_t atBig = 0;  // offload: when the request could have started (the big core was free)
  float result = 0.0F;
  bool done = false;
};

struct Request {
  const float* x;
  const float* y;
  std::uint32_t n, little, task;
  std::int64_t sent;  // when the little handed it over
};
struct Reply {
  float result;
  std::uint32_t task;
  std::int64_t start, end;
};

double mean(const std::vector<double>& v) {
  double s = 0.0;
  for (double x : v) s += x;
  return v.empty() ? 0.0 : s / static_cast<double>(v.size());
}

}  // namespace

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec) {
  const int littles = std::max(1, p.integer("littles"));
  const int asked = std::max(1, p.integer("tasks"));
  const int tasks = std::clamp(static_cast<int>(kMaxPassS / (p.num("task_us") * 1e-6)), 1, asked);
  const double f = p.num("vector_fraction");
  const auto chosen = strategyOf(p.text("strategy"));
  const auto fail = [](std::string why) {
    run::RealOutcome failed;
    failed.error = std::move(why);
    return failed;
  };

  // Seats: the big core where a master would sit (a big core on real big/little hardware), the
  // littles on the other CPUs, one per physical core first. On a symmetric machine the littles
  // are made little by emulation: each does big_factor times the work.
  real::HarnessConfig cfg;
  cfg.host = real::HostState::probe();  // before our own threads exist
  cfg.cancel = ctl.cancel;
  cfg.seed = ctl.seed;
  const real::CpuTopology topo = cfg.host.topo;  // a copy: cfg moves into the harness
  real::Placement placement = real::planPlacement(topo, littles, real::PlacementPolicy::MasterApart);
  const real::SpeedModel speed = real::SpeedModel::choose(topo, placement, littles, p.num("big_factor"));
  const int bigCpu = placement.masterCpu;
  const bool shares = real::sharesCores(placement, static_cast<int>(topo.usableCpus().size()));
  const double factor = speed.factor(0);
  const VectorIsa isa = widestIsa();

  const Calibration cal =
      calibrate(p.num("task_us") * 1e3, factor, littles, placement.workerCpus.front(), bigCpu, isa, ctl);
  if (ctl.cancelled()) return {};
  const std::size_t n = cal.elements;
  const auto nScalar = static_cast<std::size_t>(std::llround((1.0 - f) * static_cast<double>(n)));
  const std::size_t nVector = n - nScalar;

  // records[pass][little][task]
  std::array<std::vector<std::vector<TaskRecord>>, 3> records;
  for (auto& pass : records)
    pass.assign(static_cast<std::size_t>(littles), std::vector<TaskRecord>(static_cast<std::size_t>(tasks)));
  std::vector<std::unique_ptr<real::SpscRing<Request>>> toBig;
  std::vector<std::unique_ptr<real::SpscRing<Reply>>> toLittle;
  for (int l = 0; l < littles; ++l) {
    toBig.push_back(std::make_unique<real::SpscRing<Request>>(2));
    toLittle.push_back(std::make_unique<real::SpscRing<Reply>>(2));
  }
  std::atomic<int> arrived{0};           // littles past each phase's barrier, counted over all phases
  std::atomic<int> offloadDone{0};       // littles done with their offload pass
  std::atomic<int> inTask{0}, onBig{0};  // for the live animation
  std::atomic<std::uint64_t> served{0};  // requests the big core served

  // Seats that share a CPU must not spin while they wait: they would hold it from the one
  // that has work.
  const auto relax = [shares] {
    if (shares)
      std::this_thread::yield();
    else
      real::cpuRelax();
  };
  // Every little finishes a pass before any starts the next: the passes do not overlap.
  const auto barrier = [&](real::Seat& seat, int phase) {
    arrived.fetch_add(1, std::memory_order_acq_rel);
    while (arrived.load(std::memory_order_acquire) < littles * (phase + 1)) {
      if (seat.stopping()) return false;
      relax();
    }
    return true;
  };

  real::Harness harness(std::move(cfg));
  harness.addSeat(real::threadSeat(
      "big core",
      [&](real::Seat& seat) {
        seat.noteCpu();
        // Idle (asleep) while the littles run locally: its CPU is the migrate pass's target.
        while (arrived.load(std::memory_order_acquire) < littles && !seat.stopping())
          std::this_thread::sleep_for(std::chrono::microseconds(50));
        std::vector<Request> pending;
        pending.reserve(static_cast<std::size_t>(littles));
        while (!seat.stopping()) {
          for (int l = 0; l < littles; ++l) {
            Request r{};
            if (toBig[static_cast<std::size_t>(l)]->tryPop(r)) pending.push_back(r);
          }
          if (pending.empty()) {
            if (offloadDone.load(std::memory_order_acquire) == littles) return;
            relax();
            continue;
          }
          // First come, first served: the request whose little handed it over first.
          const auto first =
              std::min_element(pending.begin(), pending.end(),
                               [](const Request& a, const Request& b) { return a.sent < b.sent; });
          const Request r = *first;
          pending.erase(first);
          onBig.fetch_add(1, std::memory_order_relaxed);
          const std::int64_t start = seat.nowNs();
          const float result = dotVector(r.x, r.y, r.n, isa);
          const std::int64_t end = seat.nowNs();
          onBig.fetch_sub(1, std::memory_order_relaxed);
          served.fetch_add(1, std::memory_order_relaxed);
          if (!toLittle[r.little]->push({result, r.task, start, end}, real::FullPolicy::Wait,
                                        &seat.stopFlag()))
            return;
        }
      },
      bigCpu));
  for (int l = 0; l < littles; ++l) {
    const int home = placement.workerCpus[static_cast<std::size_t>(l)];
    harness.addSeat(real::threadSeat(
        "little " + std::to_string(l),
        [&, l, home](real::Seat& seat) {
          seat.noteCpu();
          Data data(n);  // first touched here: the little's own memory
          const float* x = data.x.data();
          const float* y = data.y.data();
          const auto lu = static_cast<std::size_t>(l);
          for (int pass = kLocal; pass <= kMigrate; ++pass) {
            if (pass > kLocal && !barrier(seat, pass - 1)) return;
            for (int t = 0; t < tasks; ++t) {
              if (seat.stopping()) return;
              data.refresh(static_cast<std::uint32_t>(t));
              TaskRecord& rec = records[static_cast<std::size_t>(pass)][lu][static_cast<std::size_t>(t)];
              inTask.fetch_add(1, std::memory_order_relaxed);
              rec.start = seat.nowNs();
              if (pass == kLocal) {
                littleDot(x, y, nScalar, factor);
                rec.littleEnd = seat.nowNs();
                rec.result = littleDot(x + nScalar, y + nScalar, nVector, factor);
                rec.end = seat.nowNs();
              } else if (pass == kOffload) {
                littleDot(x, y, nScalar, factor);
                rec.littleEnd = seat.nowNs();
                const Request r{x + nScalar,
                                y + nScalar,
                                static_cast<std::uint32_t>(nVector),
                                static_cast<std::uint32_t>(l),
                                static_cast<std::uint32_t>(t),
                                rec.littleEnd};
                if (!toBig[lu]->push(r, real::FullPolicy::Wait, &seat.stopFlag())) return;
                Reply back{};
                while (!toLittle[lu]->tryPop(back)) {
                  if (seat.stopping()) return;
                  relax();
                }
                rec.end = seat.nowNs();
                rec.bigStart = back.start;
                rec.bigEnd = back.end;
                rec.result = back.result;
              } else {
                // The whole thread moves: re-pinned to the big core's CPU, the task there (its scalar
                // part at the big core's speed, its vector part with SIMD), and back.
                const std::int64_t t0 = seat.nowNs();
                if (const real::PinResult pin = real::pinThread(bigCpu); !pin.ok)
                  throw std::runtime_error(run::phrase("re-pinning to the big core's CPU %1 failed: %2",
                                                       {std::to_string(bigCpu), pin.error}));
                rec.bigStart = seat.nowNs();
                rec.pinThere = rec.bigStart - t0;
                onBig.fetch_add(1, std::memory_order_relaxed);
                const float scalarPart = dotScalar(x, y, nScalar);
                asm volatile("" : : "x"(scalarPart));
                rec.bigMid = seat.nowNs();
                rec.result = dotVector(x + nScalar, y + nScalar, nVector, isa);
                rec.bigEnd = seat.nowNs();
                onBig.fetch_sub(1, std::memory_order_relaxed);
                const real::PinResult home2 = real::pinThread(home);
                rec.end = seat.nowNs();
                rec.pinBack = rec.end - rec.bigEnd;
                if (!home2.ok)
                  throw std::runtime_error(run::phrase("re-pinning back to CPU %1 failed: %2",
                                                       {std::to_string(home), home2.error}));
              }
              inTask.fetch_sub(1, std::memory_order_relaxed);
              rec.done = true;
            }
            if (pass == kOffload) offloadDone.fetch_add(1, std::memory_order_release);
          }
          seat.noteCpu();
        },
        home));
  }
  if (ctl.live != nullptr) {
    harness.setSampler(ctl.live, [&](std::int64_t t, observe::ObservationSink& live) {
      live.observe(real::gauge(t, SimdLab::kLittles, inTask.load(std::memory_order_relaxed)));
      live.observe(real::gauge(t, SimdLab::kBig, onBig.load(std::memory_order_relaxed)));
    });
  }
  harness.start();
  // Until every seat is done, one fails, or the run is cancelled (the harness watches the flag):
  // the passes end by themselves, so no other limit is needed.
  const bool cancelled = !harness.waitFor(std::int64_t{24} * 3600 * 1'000'000'000);
  harness.finish(0);
  if (!harness.error().empty()) return fail(harness.error());
  bool complete = true;
  std::uint64_t finished = 0;
  for (const auto& pass : records)
    for (const auto& little : pass)
      for (const TaskRecord& r : little) {
        complete = complete && r.done;
        finished += r.done ? 1 : 0;
      }
  real::RunReport& report = harness.outcome().report();
  report.facts["tasks_done"] = static_cast<double>(finished);
  report.facts["offloads_served"] = static_cast<double>(served.load());
  if (cancelled || !complete) {
    run::RealOutcome out(harness.outcome().finish());
    out.endNs = harness.nowNs();
    return out;
  }

  // ---- what the passes measured -------------------------------------------------------------
  std::array<PassTimes, 3> passes;
  std::vector<double> handoffs, waits, pins, littleParts, bigParts, bigScalar, migrateWaits;
  bool resultsOk = true;
  for (int s = kLocal; s <= kMigrate; ++s) {
    std::vector<double> task, little, big;
    for (const auto& l : records[static_cast<std::size_t>(s)])
      for (const TaskRecord& r : l) {
        task.push_back(static_cast<double>(r.end - r.start) / 1e3);
        little.push_back(static_cast<double>((s == kLocal     ? r.end
                                              : s == kOffload ? r.littleEnd
                                                              : r.start) -
                                             r.start) /
                         1e3);
        big.push_back(s == kLocal ? 0.0 : static_cast<double>(r.bigEnd - r.bigStart) / 1e3);
        if (s == kMigrate) {
          pins.push_back(static_cast<double>(r.pinThere + r.pinBack) / 2e3);
          bigScalar.push_back(static_cast<double>(r.bigMid - r.bigStart));
        }
      }
    PassTimes& t = passes[static_cast<std::size_t>(s)];
    t.tasks = task.size();
    t.taskUs = mean(task);
    t.littleUs = mean(little);
    t.bigUs = mean(big);
    t.overheadUs = t.taskUs - t.littleUs - t.bigUs;
  }
  // The offload pass in the big core's order: a request waited for it while it still served an
  // earlier one; the rest of the way there, and the way back, are the hand-off.
  std::vector<TaskRecord*> servedOrder;
  for (auto& l : records[kOffload])
    for (TaskRecord& r : l) servedOrder.push_back(&r);
  std::sort(servedOrder.begin(), servedOrder.end(),
            [](const TaskRecord* a, const TaskRecord* b) { return a->bigStart < b->bigStart; });
  std::int64_t bigFree = 0;
  for (TaskRecord* r : servedOrder) {
    r->atBig = std::max(r->littleEnd, bigFree);
    waits.push_back(static_cast<double>(std::max<std::int64_t>(0, bigFree - r->littleEnd)) / 1e3);
    handoffs.push_back(static_cast<double>(r->bigStart - r->atBig + r->end - r->bigEnd) / 2e3);
    bigFree = r->bigEnd;
  }
  for (auto& l : records[kMigrate])
    for (TaskRecord& r : l) r.atBig = r.bigStart;  // the kernel's time slices hide any wait
  passes[kOffload].waitUs = mean(waits);
  passes[kMigrate].waitUs = std::max(0.0, passes[kMigrate].overheadUs - 2.0 * mean(pins));
  for (int t = 0; t < tasks; ++t)
    for (int l = 0; l < littles; ++l) {
      // The same input in every pass: the big core's SIMD results must equal the little's scalar one.
      const float want = records[kLocal][static_cast<std::size_t>(l)][static_cast<std::size_t>(t)].result;
      const double bound = 2.1 * static_cast<double>(nVector) * std::ldexp(1.0, -24) * std::abs(want) + 1e-30;
      for (int s : {kOffload, kMigrate})
        resultsOk =
            resultsOk &&
            std::abs(
                records[static_cast<std::size_t>(s)][static_cast<std::size_t>(l)][static_cast<std::size_t>(t)]
                    .result -
                want) <= bound;
    }

  // Per element: the little's path (emulation included), the big core's scalar and vector code.
  const double littleNs = passes[kLocal].taskUs * 1e3 / static_cast<double>(n);
  const double bigScalarNs = nScalar > 0 ? mean(bigScalar) / static_cast<double>(nScalar) : cal.bigScalarNs;
  const double bigVectorNs =
      nVector > 0 ? passes[kOffload].bigUs * 1e3 / static_cast<double>(nVector) : cal.bigVectorNs;
  const double bigOverLittle = bigVectorNs / littleNs;
  setOutcomes(rec.outputs(), passes, chosen, bigOverLittle);

  // ---- the chosen pass as the stream, and its first tasks as the timeline ----------------------
  const auto& shown = records[static_cast<std::size_t>(chosen)];
  std::int64_t zero = INT64_MAX, last = 0;
  for (const auto& l : shown)
    for (const TaskRecord& r : l) {
      zero = std::min(zero, r.start);
      last = std::max(last, r.end);
    }
  std::vector<Observation> stream;
  observe::LabOutputs& out = rec.outputs();
  const auto bigCore = static_cast<std::int16_t>(bigCpu);
  for (int l = 0; l < littles; ++l) {
    const auto core = static_cast<std::int16_t>(placement.workerCpus[static_cast<std::size_t>(l)]);
    const std::string lane = "little " + std::to_string(l);
    for (int t = 0; t < tasks; ++t) {
      const TaskRecord& r = shown[static_cast<std::size_t>(l)][static_cast<std::size_t>(t)];
      const std::uint64_t id =
          static_cast<std::uint64_t>(l) * static_cast<std::uint64_t>(tasks) + static_cast<std::uint64_t>(t);
      const auto at = [zero](std::int64_t ns) { return ns - zero; };
      const auto obs = [&](std::int64_t ns, std::uint16_t station, std::int16_t c, ObsKind kind,
                           double value) {
        stream.push_back({at(ns), id, value, station, c, kind, 0});
      };
      const auto event = [&](const std::string& on, std::int64_t a, std::int64_t b, const char* kind) {
        if (t < SimdLab::kTimelineTasks && b > a)
          out.event(SimdLab::kTimeline, {on, at(a) / 1e9, at(b) / 1e9, kind});
      };
      obs(r.start, SimdLab::kSource, -1, ObsKind::Arrive, 0.0);
      const std::int64_t leaves = chosen == kOffload ? r.littleEnd : r.start;
      if (chosen != kMigrate) {
        obs(r.start, SimdLab::kLittles, -1, ObsKind::Enqueue, 0.0);
        obs(r.start, SimdLab::kLittles, core, ObsKind::Start, 0.0);
        const std::int64_t littleEnd = chosen == kLocal ? r.end : r.littleEnd;
        obs(littleEnd, SimdLab::kLittles, core, ObsKind::Finish, double(littleEnd - r.start));
        event(lane, r.start, littleEnd, chosen == kLocal ? "task" : "scalar");
      }
      if (chosen != kLocal) {
        const char* way = chosen == kOffload ? "hand-off" : "migrate";
        const std::int64_t arrives = std::min(r.atBig, r.bigStart);
        obs(leaves, SimdLab::kThere, -1, ObsKind::Enqueue, 0.0);
        obs(leaves, SimdLab::kThere, -1, ObsKind::Start, 0.0);
        obs(arrives, SimdLab::kThere, -1, ObsKind::Finish, double(arrives - leaves));
        obs(arrives, SimdLab::kBig, -1, ObsKind::Enqueue, 0.0);
        obs(r.bigStart, SimdLab::kBig, bigCore, ObsKind::Start, double(r.bigStart - arrives));
        obs(r.bigEnd, SimdLab::kBig, bigCore, ObsKind::Finish, double(r.bigEnd - r.bigStart));
        obs(r.bigEnd, SimdLab::kBack, -1, ObsKind::Enqueue, 0.0);
        obs(r.bigEnd, SimdLab::kBack, -1, ObsKind::Start, 0.0);
        obs(r.end, SimdLab::kBack, -1, ObsKind::Finish, double(r.end - r.bigEnd));
        event(lane, leaves, r.bigStart, way);
        event("big core", r.bigStart, r.bigEnd, chosen == kOffload ? "vector" : "task");
        event(lane, r.bigEnd, r.end, way);
      }
      obs(r.end, SimdLab::kSink, -1, ObsKind::Depart, double(r.end - r.start));
    }
  }
  std::stable_sort(stream.begin(), stream.end(),
                   [](const Observation& a, const Observation& b) { return a.timeNs < b.timeNs; });
  for (const Observation& o : stream) rec.record(o);

  // ---- the host's side: what was measured beside what the model used -----------------------------
  harness.outcome().noteSpeed(speed);
  rec.outputs().set("handoff_measured_us", mean(handoffs));
  rec.outputs().set("migrate_measured_us", mean(pins));
  for (int s = kLocal; s <= kMigrate; ++s) {
    const std::string name = strategyName(static_cast<SimdLab::Strategy>(s));
    report.facts[name + "_little_us"] = passes[static_cast<std::size_t>(s)].littleUs;
    report.facts[name + "_big_us"] = passes[static_cast<std::size_t>(s)].bigUs;
    report.facts[name + "_overhead_us"] = passes[static_cast<std::size_t>(s)].overheadUs;
  }
  report.facts["task_us_measured"] = passes[kLocal].taskUs;
  report.facts["handoff_us_measured"] = mean(handoffs);
  report.facts["migrate_us_measured"] = mean(pins);
  report.facts["big_factor_measured"] =
      nScalar > 0 ? littleNs / bigScalarNs : factor * cal.littleScalarNs / cal.bigScalarNs;
  report.facts["simd_speedup_measured"] = bigScalarNs / bigVectorNs;
  report.facts["offload_wait_us"] = passes[kOffload].waitUs;
  report.facts["elements_per_task"] = static_cast<double>(n);
  report.facts["calibrated_task_us"] = cal.littleTaskNs / 1e3;
  report.facts["little_scalar_ns_per_element"] = cal.littleScalarNs;
  report.facts["big_scalar_ns_per_element"] = cal.bigScalarNs;
  report.facts["big_vector_ns_per_element"] = cal.bigVectorNs;
  report.facts["vector_lanes"] = isaLanes(isa);
  report.facts["results_ok"] = resultsOk ? 1.0 : 0.0;
  report.labels["kernel"] = std::string("dot product of float arrays, ") + std::to_string(n) +
                            " elements per task: a scalar build (no vectorization) on the littles, " +
                            isaName(isa) + " on the big core";
  report.labels["big_core"] =
      speed.emulatedAsymmetry()
          ? "emulated: a little does " + real::formatFixed(factor, 1) +
                "× the work of the big core for the same task; the big core's SIMD units are real"
      : speed.realAsymmetry() ? "real big/little cores"
                              : "no asymmetry: big_factor 1";
  report.labels["results"] =
      resultsOk ? "the big core's SIMD results equal the littles' scalar ones (within float rounding)"
                : "DIFFERENT results on the big core and the littles";
  report.labels["measured_vs_model"] = "hand-off " + real::formatFixed(mean(handoffs), 2) + " µs (model " +
                                       real::formatFixed(p.num("handoff_us"), 2) + "), re-pin " +
                                       real::formatFixed(mean(pins), 2) + " µs (model " +
                                       real::formatFixed(p.num("migrate_us"), 2) + "), SIMD speedup " +
                                       real::formatFixed(bigScalarNs / bigVectorNs, 1) + " (model " +
                                       real::formatFixed(p.num("simd_speedup"), 1) + ")";
  if (!resultsOk)
    report.warnings.push_back(
        run::phrase("the big core's results differ from the littles' beyond float rounding"));
  if (tasks < asked)
    report.warnings.push_back(run::phrase(
        "each little ran %1 of the %2 tasks per strategy, so that a pass lasts at most about %3 s",
        {std::to_string(tasks), std::to_string(asked), real::formatFixed(kMaxPassS, 0)}));
  if (cal.cut)
    report.warnings.push_back(run::phrase("the arrays were cut to fit %1 MiB: a task is shorter than task_us",
                                          {std::to_string(kMaxBytes >> 20)}));
  if (littles > 1 && chosen == kMigrate)
    report.warnings.push_back(run::phrase(
        "migrated threads share the big core's CPU under the kernel's scheduler (time slices), not first come, "
        "first served as in the model"));
  if (isa == VectorIsa::Scalar)
    report.warnings.push_back(
        run::phrase("this CPU has neither AVX2 nor AVX-512: the big core's vector path is scalar too"));
  run::RealOutcome result(harness.outcome().finish());
  result.endNs = last - zero;
  return result;
}

}  // namespace amp::labs::simd
