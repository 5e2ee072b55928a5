// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <utility>

#include "amp/sim/rng.h"
#include "failover/failover_lab.h"

namespace amp::labs::failover {

Setup setupOf(const run::Params& p) {
  Setup s;
  s.beatS = p.num("heartbeat_ms") / 1000.0;
  s.missLimit = std::max(1, p.integer("miss_limit"));
  s.loss = p.num("hb_loss");
  s.workers = std::max(1, p.integer("workers"));
  s.quorum = std::max(1, p.integer("quorum"));
  s.failRate = p.num("worker_fail_rate");
  for (const auto& row : p.table("steps"))
    if (!row.empty()) s.stepsS.push_back(row[0] / 1000.0);
  s.expSteps = p.text("step_dist") == "exp";
  return s;
}

void addTimeline(std::vector<observe::TimelineEvent> events, observe::LabOutputs& out) {
  static const std::pair<const char*, const char*> kLanes[] = {
      {"beat", "heartbeats"},     {"lost", "lost beats"},      {"panic", "master panic"},
      {"miss", "misses"},         {"alarm", "false alarms"},   {"detect", "detection"},
      {"step", "protocol steps"}, {"fail", "worker failures"}, {"safe", "safe state"},
      {"unsafe", "quorum lost"}};
  const auto rank = [](const std::string& kind) {
    const auto* it =
        std::find_if(std::begin(kLanes), std::end(kLanes), [&](const auto& l) { return kind == l.first; });
    return it - std::begin(kLanes);
  };
  // Lanes appear in the order their first event is added: add them lane by lane.
  std::stable_sort(events.begin(), events.end(), [&](const auto& a, const auto& b) {
    return rank(a.kind) != rank(b.kind) ? rank(a.kind) < rank(b.kind) : a.startS < b.startS;
  });
  for (auto& e : events) {
    const auto r = static_cast<std::size_t>(rank(e.kind));
    e.lane = r < std::size(kLanes) ? kLanes[r].second : e.kind;
    out.event(FailoverLab::kTimeline, std::move(e));
  }
}

double panicS(const Setup& s, int beatsBefore, std::uint64_t seed) {
  sim::Rng rng(seed, kPanicStream);
  return (beatsBefore + rng.uniform01()) * s.beatS;
}

std::vector<double> stepDurations(const Setup& s, std::uint64_t seed) {
  sim::Rng rng(seed, kStepStream);
  std::vector<double> d;
  for (double mean : s.stepsS) d.push_back(s.expSteps ? mean * rng.exponential() : mean);
  return d;
}

double failAfterS(const Setup& s, int worker, std::uint64_t seed) {
  if (s.failRate <= 0) return std::numeric_limits<double>::infinity();
  sim::Rng rng(seed, kFailStream + static_cast<std::uint64_t>(worker));
  return rng.exponential() / s.failRate;
}

double meanDetectS(const Setup& s) {
  // The panic falls uniformly in a beat interval: the first missed beat is due ½·H later on
  // average. L beats lost just before it (P(L ≥ i) = ℓ^i) count as misses already, so the alarm
  // needs max(1, k − L) due beats: E = k − Σ_{i=1}^{k−1} ℓ^i of them.
  double shortened = 0.0, li = 1.0;
  for (int i = 1; i < s.missLimit; ++i) shortened += (li *= s.loss);
  return s.beatS * (s.missLimit - 0.5 - shortened) + s.graceS;
}

double falseAlarmsPerBeat(const Setup& s) { return (1.0 - s.loss) * std::pow(s.loss, s.missLimit); }

double binomialAtLeast(int n, double p, int m) {
  double sum = 0.0;
  for (int j = std::max(0, m); j <= n; ++j) {
    const double logC = std::lgamma(n + 1.0) - std::lgamma(j + 1.0) - std::lgamma(n - j + 1.0);
    const double term = std::exp(logC) * std::pow(p, j) * std::pow(1.0 - p, n - j);
    sum += term;
  }
  return std::min(1.0, sum);
}

}  // namespace amp::labs::failover
