// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <cmath>
#include <vector>

#include "amp/sim/rng.h"
#include "containment/containment_lab.h"

namespace amp::labs {

namespace {

// Untrusted quanta one replication draws at least, and at most: a draw costs nanoseconds.
constexpr double kQuantaPerRep = 2'000'000, kMaxQuantaPerRep = 5'000'000;
constexpr double kMinBatches = 200, kMaxBatches = 200'000;
// A small P (amp's floor) needs many batches: this many replications should reach the runner's 2%
// relative half-width, 1.96²/0.02²·(1 − P)/P batches in all.
constexpr double kRepsForPrecision = 16;
// Batches whose quanta go into the stream (the animation, the per-station counts); the counters
// see every batch. Recording all would make the stream, not the draws, the replication's cost.
constexpr std::int64_t kTracedBatches = 50;

double batchSeconds(const containment::Setup& s) {
  return s.tasks * s.quanta * ContainmentLab::kQuantumMs * 1e-3;
}

/// What a run of batches counted.
struct Counts {
  std::int64_t batches = 0;
  double untrustedTasks = 0, quanta = 0, privileged = 0, escalatedBatches = 0, killed = 0;
  std::vector<double> perCore;
};

/// The model's own draws, batch after batch: each task is untrusted with probability u; an
/// untrusted one draws its residual risk once, then for each quantum a core (uniform over all
/// cores in symmetric, over the small ones in amp) and, on a privileged core, an exploit. `emit`
/// (may be null) gets each untrusted quantum of the first batches, one after another in time.
template <class Emit>
Counts drawBatches(const containment::Setup& s, bool amp, std::int64_t batches, std::uint64_t seed,
                   std::uint64_t firstStream, const run::SimControl& ctl, Emit&& emit) {
  const int n = s.cores, k = s.privileged;
  sim::Rng tasks(seed, firstStream), cores(seed, firstStream + 1), exploits(seed, firstStream + 2);
  Counts c;
  c.perCore.assign(static_cast<std::size_t>(n), 0.0);
  for (; c.batches < batches && !ctl.cancelled(); ++c.batches) {
    const bool traced = c.batches < kTracedBatches;
    bool any = false;
    for (int i = 0; i < s.tasks; ++i) {
      if (!(tasks.uniform01() < s.untrusted)) continue;
      ++c.untrustedTasks;
      bool escalated = tasks.uniform01() < s.residual;
      for (int j = 0; j < s.runQuanta; ++j) {
        const int core = amp ? k + static_cast<int>(cores.below(static_cast<std::uint64_t>(n - k)))
                             : static_cast<int>(cores.below(static_cast<std::uint64_t>(n)));
        if (traced) emit(j, core);
        c.perCore[static_cast<std::size_t>(core)] += 1;
        ++c.quanta;
        if (core < k) {
          ++c.privileged;
          if (exploits.uniform01() < s.exploit) escalated = true;
        }
      }
      if (traced) emit(s.runQuanta, -1);  // the task is done
      // An escalated task is killed by its filter when it acts; one over budget by the master.
      if (escalated || s.overBudget) ++c.killed;
      any = any || escalated;
    }
    if (any) ++c.escalatedBatches;
  }
  return c;
}

}  // namespace

std::int64_t ContainmentLab::simulate(const run::Params& p, const run::SimControl& ctl,
                                      observe::Recorder& rec) const {
  // The chosen placement streams its first batches (the animation) and gives every metric; the
  // other one draws as many batches with streams of its own, so that both curves of P get points.
  const containment::Setup s = containment::setupOf(p);
  const int k = s.privileged;
  const auto batches =
      static_cast<std::int64_t>(std::max(1.0, std::round(ctl.horizonS / std::max(batchSeconds(s), 1e-9))));
  const auto quantumNs = static_cast<std::int64_t>(kQuantumMs * 1e6);
  std::int64_t now = 0, arrived = 0;
  std::uint64_t id = 0;
  const auto obs = [&rec](std::int64_t t, std::uint64_t e, std::uint16_t station, int core,
                          observe::ObsKind kind, double value) {
    rec.record({t, e, value, station, static_cast<std::int16_t>(core), kind, 0});
  };
  const auto emit = [&](int quantum, int core) {
    if (quantum == 0) {
      ++id;
      arrived = now;
      obs(now, id, kTasks, -1, observe::ObsKind::Arrive, 0.0);
    }
    if (core < 0) {
      obs(now, id, kTasks, -1, observe::ObsKind::Depart, static_cast<double>(now - arrived));
      return;
    }
    const std::uint16_t station = core < k ? kPrivileged : kSmall;
    const int server = core < k ? core : core - k;
    if (ctl.pacer != nullptr) ctl.pacer->pace(static_cast<double>(now) * 1e-9);
    obs(now, id, station, server, observe::ObsKind::Start, 0.0);
    now += quantumNs;
    obs(now, id, station, server, observe::ObsKind::Finish, static_cast<double>(quantumNs));
  };
  const Counts c = drawBatches(s, s.amp, batches, ctl.seed, 1, ctl, emit);
  const Counts other = drawBatches(s, !s.amp, batches, ctl.seed, 4, ctl, [](int, int) {});

  observe::LabOutputs& out = rec.outputs();
  const double b = std::max<double>(1.0, static_cast<double>(c.batches));
  const double u = std::max(1.0, c.untrustedTasks);
  out.set("p_escalation", c.escalatedBatches / b);
  out.set(s.amp ? "p_amp" : "p_symmetric", c.escalatedBatches / b);
  out.set(s.amp ? "p_symmetric" : "p_amp",
          other.escalatedBatches / std::max<double>(1.0, static_cast<double>(other.batches)));
  out.set("killed_tasks", c.killed / b);
  out.set("privileged_quanta", c.privileged / u);
  out.set("privileged_share", c.quanta > 0 ? c.privileged / c.quanta : 0.0);
  double usable = 0;
  for (int core = 0; core < s.cores; ++core) {
    const double q = c.perCore[static_cast<std::size_t>(core)];
    out.point(kQuantaPerCore, core, q / u);
    if (core >= k || !s.amp) usable += q;
  }
  out.set("quanta_per_core", usable / u / (s.amp ? s.cores - k : s.cores));
  // Simulated time: the batches' length, whether or not their quanta were streamed.
  return std::max<std::int64_t>(
      now, static_cast<std::int64_t>(static_cast<double>(c.batches) * batchSeconds(s) * 1e9));
}

double ContainmentLab::suggestedHorizonS(const run::Params& p) const {
  using namespace containment;
  const Setup s = setupOf(p);
  const double perBatch = std::max(1e-3, s.tasks * s.untrusted * s.runQuanta);
  const double pAny = anyOf(s, taskRisk(s, s.amp ? 0.0 : static_cast<double>(s.privileged) / s.cores));
  double batches = kQuantaPerRep / perBatch;
  if (pAny > 0) batches = std::max(batches, 9604 * (1 - pAny) / pAny / kRepsForPrecision);
  batches = std::clamp(batches, kMinBatches,
                       std::max(kMinBatches, std::min(kMaxBatches, kMaxQuantaPerRep / perBatch)));
  return batches * batchSeconds(s);
}

}  // namespace amp::labs
