// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/compare.h"

#include <algorithm>
#include <cmath>
#include <future>

#include "amp/observe/stats.h"
#include "amp/run/phrase.h"
#include "amp/run/replication_seed.h"

namespace amp::run {

namespace {

double halfWidth(const MetricValue& m) { return (m.ciHi - m.ciLo) / 2.0; }

/// The replications of a comparison report nothing on their way: they only heed a cancel.
RunHooks cancelOnly(const RunHooks& hooks) {
  RunHooks quiet;
  quiet.cancel = hooks.cancel;
  return quiet;
}

/// The paired CI of B − A over replication pairs, and for contrast the same replications read as
/// two independent samples, as two separate runs would be.
void pairedInterval(const observe::Welford& meansA, const observe::Welford& meansB,
                    const observe::Welford& diffs, Difference& d) {
  const auto n = static_cast<double>(diffs.count());
  d.paired = true;
  d.pairs = static_cast<int>(diffs.count());
  d.meanA = meansA.mean();
  d.meanB = meansB.mean();
  d.diff = diffs.mean();
  const double t = observe::studentT975(diffs.count() - 1);
  const double h = t * std::sqrt(diffs.variance() / n);
  d.ciLo = d.diff - h;
  d.ciHi = d.diff + h;
  const double hu = t * std::sqrt(meansA.variance() / n + meansB.variance() / n);
  d.unpairedLo = d.diff - hu;
  d.unpairedHi = d.diff + hu;
}

}  // namespace

Difference compareUnpaired(const RunResult& a, const RunResult& b, const std::string& key) {
  Difference d;
  d.key = key;
  auto ma = a.metrics.find(key), mb = b.metrics.find(key);
  if (ma == a.metrics.end() || mb == b.metrics.end()) {
    d.error = phrase("both runs need a measured %1", {key});
    return d;
  }
  d.unit = ma->second.unit;
  d.meanA = ma->second.mean;
  d.meanB = mb->second.mean;
  d.diff = d.meanB - d.meanA;
  const double h = std::hypot(halfWidth(ma->second), halfWidth(mb->second));
  d.unpairedLo = d.ciLo = d.diff - h;
  d.unpairedHi = d.ciHi = d.diff + h;
  return d;
}

Difference comparePaired(const Lab& lab, const RunSpec& a, const RunSpec& b, const std::string& key,
                         int pairs, const RunHooks& hooks) {
  Difference d;
  d.key = key;
  d.paired = true;
  if (a.mode != Mode::Sim || b.mode != Mode::Sim || pairs < 2) {
    d.error = phrase("a paired comparison needs two simulations and at least %1 replication pairs", {"2"});
    return d;
  }
  // One length and warm-up for every replication of both: pairs differ only in the system.
  RunSpec one = a;
  one.reps = 1;
  one.jobs = 1;
  if (one.duration <= 0.0) one.duration = lab.suggestedHorizonS(a.params);
  if (one.warmup < 0.0) {
    const RunResult pilot = execute(lab, one, cancelOnly(hooks));
    one.warmup = pilot.warmupSeconds;
  }
  const auto runOne = [&](const Params& params, int i) {
    RunSpec s = one;
    s.params = params;
    s.seed = repSeed(a.seed, i);  // common random numbers: B replays A's input
    return execute(lab, s, cancelOnly(hooks));
  };
  observe::Welford diffs, meansA, meansB;
  for (int i = 0; i < pairs; ++i) {
    if (hooks.cancel != nullptr && hooks.cancel->load()) {
      d.error = phrase("cancelled");
      return d;
    }
    // The pair's two runs on two threads: they share nothing but their (read-only) input.
    auto futureB = std::async(std::launch::async, runOne, b.params, i);
    const RunResult ra = runOne(a.params, i);
    const RunResult rb = futureB.get();
    auto ma = ra.metrics.find(key), mb = rb.metrics.find(key);
    if (ra.status != RunStatus::Ok || rb.status != RunStatus::Ok || ma == ra.metrics.end() ||
        mb == rb.metrics.end()) {
      d.error = ra.status != RunStatus::Ok   ? ra.error.empty() ? phrase("run A stopped") : ra.error
                : rb.status != RunStatus::Ok ? rb.error.empty() ? phrase("run B stopped") : rb.error
                                             : phrase("a replication measured no %1", {key});
      return d;
    }
    d.unit = ma->second.unit;
    meansA.add(ma->second.mean);
    meansB.add(mb->second.mean);
    diffs.add(mb->second.mean - ma->second.mean);
    if (hooks.progress) hooks.progress(static_cast<double>(i + 1) / pairs, "replication pairs");
  }
  pairedInterval(meansA, meansB, diffs, d);
  return d;
}

Difference compareReplications(const RunResult& a, const RunResult& b, const std::string& key) {
  Difference d = compareUnpaired(a, b, key);
  if (!d.error.empty() || a.mode != Mode::Sim || b.mode != Mode::Sim || a.seed != b.seed) return d;
  const std::vector<double>& ra = a.metrics.at(key).perRep;
  const std::vector<double>& rb = b.metrics.at(key).perRep;
  observe::Welford diffs, meansA, meansB;
  for (std::size_t i = 0; i < ra.size() && i < rb.size(); ++i) {
    if (!std::isfinite(ra[i]) || !std::isfinite(rb[i])) continue;  // a replication that measured nothing
    meansA.add(ra[i]);
    meansB.add(rb[i]);
    diffs.add(rb[i] - ra[i]);
  }
  if (diffs.count() < 2) return d;
  pairedInterval(meansA, meansB, diffs, d);
  return d;
}

Difference comparePairedRuns(const Lab& lab, const RunResult& a, const RunResult& b, const std::string& key,
                             int pairs, const RunHooks& hooks) {
  const auto specOf = [&](const RunResult& r) {
    RunSpec s;
    s.lab = r.lab;
    s.mode = Mode::Sim;
    s.params = r.params;
    s.seed = a.seed;  // both replay A's random numbers
    s.duration = a.simSecondsPerRep;
    s.warmup = a.warmupSeconds;
    return s;
  };
  if (pairs <= 0) pairs = std::max(5, std::min(a.reps, 30));
  return comparePaired(lab, specOf(a), specOf(b), key, pairs, hooks);
}

}  // namespace amp::run
