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

}  // namespace

std::int64_t ContainmentLab::simulate(const run::Params& p, const run::SimControl& ctl,
                                      observe::Recorder& rec) const {
  // A Monte Carlo of the model's own draws, batch after batch: each task is untrusted with
  // probability u; an untrusted one draws its residual risk once, then for each quantum a core
  // (uniform over all cores in symmetric, over the small ones in amp) and, on a privileged core, an
  // exploit. Its quanta run one after another in simulated time, so the stream shows them.
  const containment::Setup s = containment::setupOf(p);
  const int n = s.cores, k = s.privileged;
  const auto batches =
      static_cast<std::int64_t>(std::max(1.0, std::round(ctl.horizonS / std::max(batchSeconds(s), 1e-9))));
  const auto quantumNs = static_cast<std::int64_t>(kQuantumMs * 1e6);
  sim::Rng tasks(ctl.seed, 1), cores(ctl.seed, 2), exploits(ctl.seed, 3);
  std::vector<double> perCore(static_cast<std::size_t>(n), 0.0);
  double untrustedTasks = 0, quanta = 0, privileged = 0, escalatedBatches = 0, killed = 0;
  std::int64_t now = 0, done = 0;
  std::uint64_t id = 0;
  bool traced = true;
  const auto obs = [&rec, &traced](std::int64_t t, std::uint64_t e, std::uint16_t station, int core,
                                   observe::ObsKind kind, double value) {
    if (traced) rec.record({t, e, value, station, static_cast<std::int16_t>(core), kind, 0});
  };
  for (; done < batches && !ctl.cancelled(); ++done) {
    traced = done < kTracedBatches;
    bool any = false;
    for (int i = 0; i < s.tasks; ++i) {
      if (!(tasks.uniform01() < s.untrusted)) continue;
      ++untrustedTasks;
      ++id;
      bool escalated = tasks.uniform01() < s.residual;
      obs(now, id, kTasks, -1, observe::ObsKind::Arrive, 0.0);
      const std::int64_t arrived = now;
      for (int j = 0; j < s.runQuanta; ++j) {
        const int core = s.amp ? k + static_cast<int>(cores.below(static_cast<std::uint64_t>(n - k)))
                               : static_cast<int>(cores.below(static_cast<std::uint64_t>(n)));
        const bool onPrivileged = core < k;
        const std::uint16_t station = onPrivileged ? kPrivileged : kSmall;
        const int server = onPrivileged ? core : core - k;
        if (traced && ctl.pacer != nullptr) ctl.pacer->pace(static_cast<double>(now) * 1e-9);
        obs(now, id, station, server, observe::ObsKind::Start, 0.0);
        now += quantumNs;
        obs(now, id, station, server, observe::ObsKind::Finish, static_cast<double>(quantumNs));
        perCore[static_cast<std::size_t>(core)] += 1;
        ++quanta;
        if (onPrivileged) {
          ++privileged;
          if (exploits.uniform01() < s.exploit) escalated = true;
        }
      }
      obs(now, id, kTasks, -1, observe::ObsKind::Depart, static_cast<double>(now - arrived));
      // An escalated task is killed by its filter when it acts; one over budget by the master.
      if (escalated || s.overBudget) ++killed;
      any = any || escalated;
    }
    if (any) ++escalatedBatches;
  }
  observe::LabOutputs& out = rec.outputs();
  const double b = std::max<double>(1.0, static_cast<double>(done));
  const double u = std::max(1.0, untrustedTasks);
  out.set("p_escalation", escalatedBatches / b);
  out.set("killed_tasks", killed / b);
  out.set("privileged_quanta", privileged / u);
  out.set("privileged_share", quanta > 0 ? privileged / quanta : 0.0);
  double small = 0;
  for (int c = 0; c < n; ++c) {
    out.point(kQuantaPerCore, c, perCore[static_cast<std::size_t>(c)] / u);
    if (c >= k || !s.amp) small += perCore[static_cast<std::size_t>(c)];
  }
  out.set("quanta_per_core", small / u / (s.amp ? n - k : n));
  return std::max<std::int64_t>(now, 1);
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
