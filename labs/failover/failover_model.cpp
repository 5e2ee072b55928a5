// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <cmath>

#include "amp/model/absorbing_ctmc.h"
#include "amp/run/lab_text.h"
#include "failover/failover_lab.h"

namespace amp::labs {

namespace {

struct Protocol {
  double pSafe = 0.0;
  double meanGivenSafeS = NAN;  // E[protocol time | safe]
};

/// Exponential steps: the absorbing chain over (step, alive workers). From (i, a) step i ends at
/// rate 1/sᵢ (to step i + 1, or safe after the last), and one of the a workers fails at rate a·μ
/// (to a − 1, or unsafe below the quorum).
Protocol chain(const failover::Setup& s) {
  const int steps = static_cast<int>(s.stepsS.size());
  const int levels = s.workers - s.quorum + 1;  // a = quorum .. workers
  const auto index = [&](int step, int alive) { return step * levels + (alive - s.quorum); };
  enum { kSafeState = 0, kUnsafeState = 1 };
  model::AbsorbingCtmc c(steps * levels, 2);
  for (int i = 0; i < steps; ++i) {
    for (int a = s.quorum; a <= s.workers; ++a) {
      const int from = index(i, a);
      const double done = 1.0 / s.stepsS[static_cast<std::size_t>(i)];
      if (i + 1 < steps)
        c.addRate(from, index(i + 1, a), done);
      else
        c.addAbsorbingRate(from, kSafeState, done);
      const double fail = a * s.failRate;
      if (fail <= 0) continue;
      if (a - 1 >= s.quorum)
        c.addRate(from, index(i, a - 1), fail);
      else
        c.addAbsorbingRate(from, kUnsafeState, fail);
    }
  }
  const model::AbsorptionResult r = c.solve();
  const auto start = static_cast<std::size_t>(index(0, s.workers));
  return {r.probability[start][kSafeState], r.meanTimeGiven[start][kSafeState]};
}

/// Fixed steps without repair: the protocol lasts T = Σ sᵢ whatever happens, and a worker that
/// fails stays down, so the quorum holds to the end iff at least m of the n workers outlive T,
/// each with probability e^(−μ·T).
Protocol fixedSteps(const failover::Setup& s, double total) {
  return {failover::binomialAtLeast(s.workers, std::exp(-s.failRate * total), s.quorum), total};
}

}  // namespace

run::ModelResult FailoverLab::model(const run::Params& p) const {
  const failover::Setup s = failover::setupOf(p);
  double total = 0.0, survive = 1.0;
  for (double d : s.stepsS) {
    total += d;
    // A worker outlives an exponential step of mean d with probability 1/(1 + μ·d).
    survive *= s.expSteps ? 1.0 / (1.0 + s.failRate * d) : std::exp(-s.failRate * d);
  }
  run::ModelResult m;
  if (s.stepsS.empty() || s.quorum > s.workers) {
    m.stable = false;
    m.notes.push_back(s.stepsS.empty() ? "no protocol steps" : "the quorum is larger than the workers");
    return m;
  }
  const Protocol proto = s.expSteps ? chain(s) : fixedSteps(s, total);
  const double detect = failover::meanDetectS(s);
  m.values["detect_ms"] = detect * 1000.0;
  m.values["p_safe"] = proto.pSafe;
  if (std::isfinite(proto.meanGivenSafeS))
    m.values["time_to_safe_ms"] = (detect + proto.meanGivenSafeS) * 1000.0;
  m.values["false_alarms_per_hour"] = failover::falseAlarmsPerBeat(s) * 3600.0 / s.beatS;
  for (const char* k : {"detect_ms", "p_safe", "time_to_safe_ms", "false_alarms_per_hour"}) m.exact[k] = true;
  m.values["protocol_ms"] = total * 1000.0;
  m.values["detect_max_ms"] = s.missLimit * s.beatS * 1000.0;
  m.values["worker_survives"] = survive;
  m.values["false_alarm_per_beat"] = failover::falseAlarmsPerBeat(s);
  m.bottleneck = "master";
  m.formula =
      "detect = (k − ½)·H − H·Σ_{i=1}^{k−1} ℓ^i (lost beats just before the panic count as misses); "
      "false alarms (1 − ℓ)·ℓ^k per interval; " +
      std::string(s.expSteps ? "exponential steps: absorbing CTMC over (step, alive workers), step i ends at "
                               "rate 1/sᵢ, a worker fails at rate a·μ; P(safe) and E[T | safe] by solving it"
                             : "fixed steps, no repair: P(safe) = P(Binomial(n, e^(−μ·T)) ≥ m), T = Σ sᵢ") +
      "; time to safe = detect + E[protocol | safe]";
  return m;
}

}  // namespace amp::labs
