// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
//
// The model: the workers are an M/M/c queue for every transaction's query (Erlang C); the writes
// leave them as a Poisson stream (Burke, then random thinning) into the master's group commit,
// the bulk-service chain of model::groupCommit. Means add along the way.
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "amp/model/queueing.h"
#include "amp/run/lab_text.h"
#include "amp/sim/distribution.h"
#include "commit/commit_lab.h"

namespace amp::labs {

namespace commit {

model::GroupCommitQueue commitQueue(const run::Params& p) {
  model::GroupCommitQueue q;
  q.lambda = p.num("txn_rate") * p.num("write_fraction");
  q.perItemMean = p.num("commit_per_txn_ms") / 1000.0;
  q.perItemExp = false;
  q.fixedTime = p.num("commit_fixed_ms") / 1000.0;
  q.maxGroup = std::max(1, p.integer("group_max"));
  const double timeout = p.num("group_timeout_ms") / 1000.0;
  // A timeout of 0 takes what waits; otherwise the master holds a group below b until it is
  // full or the timer runs out.
  q.minGroup = timeout > 0.0 ? q.maxGroup : 1;
  q.timeout = timeout;
  return q;
}

}  // namespace commit

namespace {

/// Group sizes the best-group search tries (the chart's range, denser where the U bends).
constexpr int kGroupGrid[] = {1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24, 32, 40, 48, 64};

/// The mean commit-stage time (arrival at the master → durable) at group_max = b, or +∞.
double commitStageS(model::GroupCommitQueue q, int b) {
  q.maxGroup = b;
  q.minGroup = q.timeout > 0.0 ? b : 1;
  if (q.lambda <= 0.0) return q.perItemMean + q.fixedTime;
  const model::GroupCommitMetrics m = model::groupCommit(q);
  return m.stable ? m.window : std::numeric_limits<double>::infinity();
}

std::string rounded(double v) { return run::significant(v, 3); }

}  // namespace

run::ModelResult CommitLab::model(const run::Params& p) const {
  run::ModelResult r;
  const double lambda = p.num("txn_rate"), w = p.num("write_fraction");
  const double query = p.num("query_ms") / 1000.0;
  const int workers = p.integer("workers");
  const bool expQueries = p.text("query_dist") == "exp";
  const model::GroupCommitQueue q = commit::commitQueue(p);
  const int b = q.maxGroup;
  const double c = q.perItemMean, d = q.fixedTime;

  const double capacity = b / (d + b * c);
  const double workerCapacity = workers / query;
  r.values["commit_capacity"] = capacity;
  r.values["commit_capacity_b1"] = 1.0 / (d + c);
  r.values["worker_capacity"] = workerCapacity;
  r.exact["commit_capacity"] = r.exact["commit_capacity_b1"] = r.exact["worker_capacity"] = true;
  const double rhoW = lambda * query / workers;
  const double rhoM = q.lambda / capacity;
  r.values["worker_util"] = std::min(1.0, rhoW);
  r.exact["worker_util"] = true;
  r.bottleneck = rhoM >= rhoW ? "master" : "workers";
  r.notes.push_back("commit capacity b/(d + b·c) = " + rounded(capacity) + " commits/s (" +
                    rounded(1.0 / (d + c)) + " with one write per commit); the workers serve at most " +
                    rounded(workerCapacity) + " transactions/s");

  const std::string symbols =
      "λ transaction rate, w write fraction, q mean query time, c workers, Wq(M/M/c) by Erlang C; "
      "d commit time per group (the fsync), s commit time per write, b writes per commit at most, T group timeout";
  if (rhoW >= 1.0 || rhoM >= 1.0) {
    r.stable = false;
    r.values["master_util"] = rhoM >= 1.0 ? 1.0 : rhoM;
    r.values["commits_per_s"] = std::min({q.lambda, capacity, workerCapacity * w});
    r.values["reads_per_s"] = std::min(lambda, workerCapacity) * (1.0 - w);
    r.formula = "capacity of the master b/(d + b·s) = " + rounded(capacity) +
                " commits/s, of the workers c/q = " + rounded(workerCapacity) +
                " transactions/s; λ·w = " + rounded(q.lambda) + " writes/s and λ = " + rounded(lambda) +
                " transactions/s: the " + r.bottleneck + " cannot keep up, its queue grows without bound.\n" +
                symbols;
    return r;
  }

  // The read side: M/M/c, exact for exponential queries; otherwise the M/M/c wait scaled by
  // (1 + cs²)/2, the usual M/G/c approximation.
  const model::QueueMetrics mmc = model::mmc(lambda, 1.0 / query, workers);
  const double scv = sim::serviceDist(p.text("query_dist"), query).scv();
  const double queryStage = mmc.wq * (1.0 + scv) / 2.0 + query;
  r.values["read_latency_ms"] = queryStage * 1000.0;
  r.exact["read_latency_ms"] = expQueries;

  r.values["commits_per_s"] = q.lambda;
  r.values["reads_per_s"] = lambda * (1.0 - w);
  r.exact["commits_per_s"] = r.exact["reads_per_s"] = true;
  if (q.lambda <= 0.0) {
    r.values["master_util"] = 0.0;
    r.exact["master_util"] = true;
    r.formula = "no writes (write fraction 0): only the read side, M/M/c.\n" + symbols;
    return r;
  }

  const model::GroupCommitMetrics m = model::groupCommit(q);
  const bool solved = m.tailMass <= 1e-9;
  r.values["commit_latency_ms"] = (queryStage + m.window) * 1000.0;
  r.values["commit_stage_ms"] = m.window * 1000.0;
  r.values["group_size"] = m.meanGroup;
  r.values["master_util"] = m.busy;
  // The busier side at this load (the capacity test above assumed full groups; at a light load the
  // master commits small groups and is busier than that).
  r.bottleneck = m.busy >= rhoW ? "master" : "workers";
  r.values["commit_ms"] = d * 1000.0;
  r.exact["commit_ms"] = true;
  // Exact: the M/M/c workers' departures are Poisson (Burke) and so are the writes among them
  // (random thinning); the master's timer keeps its chain Markov (see model::GroupCommitQueue).
  r.exact["commit_latency_ms"] = r.exact["commit_stage_ms"] = r.exact["group_size"] = expQueries && solved;
  r.exact["master_util"] = expQueries || b == 1;
  if (!solved)
    r.notes.push_back("so close to saturation that the master's chain was cut at " +
                      std::to_string(m.states) + " states: the commit latency shown is a lower bound");
  if (m.formWait > 0.0)
    r.notes.push_back("the master holds back for a fuller group " + rounded(m.formWait * 100.0) +
                      "% of the time (the timer of " + rounded(q.timeout * 1000.0) + " ms)");

  // How much group commit buys: the best group_max for the commit latency, at this timeout.
  // Past the size groups ever reach the curve is flat: the smallest b within 0.1% of the best.
  std::vector<double> stage;
  double lowest = std::numeric_limits<double>::infinity();
  for (int g : kGroupGrid) {
    stage.push_back(g == b ? m.window : commitStageS(q, g));
    lowest = std::min(lowest, stage.back());
  }
  int best = 1;
  double bestS = lowest;
  for (std::size_t i = 0; i < stage.size(); ++i) {
    if (stage[i] <= lowest * 1.001) {
      best = kGroupGrid[i];
      bestS = stage[i];
      break;
    }
  }
  r.values["best_group_max"] = best;
  r.values["best_commit_latency_ms"] = (queryStage + bestS) * 1000.0;
  const double one = b == 1 ? m.window : commitStageS(q, 1);
  if (std::isfinite(one)) r.values["commit_latency_b1_ms"] = (queryStage + one) * 1000.0;

  const std::string read =
      "read latency = q + Wq(M/M/c),  Wq = C(c, λq)·q / (c − λq)   (Erlang C" +
      std::string(expQueries ? ")\n" : "; × (1 + cs²)/2 for non-exponential queries: approx)\n");
  if (b == 1) {
    r.formula =
        read +
        "commit latency = read latency + S + λw·S² / (2(1 − λw·S)),  S = d + s   (the master is M/D/1: "
        "Pollaczek–Khinchine)\n" +
        symbols;
  } else {
    r.formula =
        read +
        "commit latency = read latency + L/(λw)   (Little), L from the Markov chain of the writes waiting at each "
        "commit's end, solved numerically\n"
        "a group of k costs d + k·s, so the capacity is b/(d + b·s); " +
        (q.timeout > 0.0
             ? std::string("with fewer than b waiting the master waits up to T for more (Neuts' (a, b) "
                           "rule with a = b and a timer)\n")
             : std::string("the master takes what waits, up to b\n")) +
        symbols;
  }
  if (!expQueries)
    r.approximation =
        "non-exponential queries: the read side by the M/G/c approximation, and the writes reach the master as "
        "a stream that is treated as Poisson";
  return r;
}

double CommitLab::suggestedHorizonS(const run::Params& p) const {
  const double lambda = p.num("txn_rate");
  const model::GroupCommitQueue q = commit::commitQueue(p);
  const double rhoM = q.lambda * (q.maxGroup * q.perItemMean + q.fixedTime) / q.maxGroup;
  const double rhoW = lambda * p.num("query_ms") / 1000.0 / p.integer("workers");
  // Past saturation the queue only grows: a fixed length shows the throughput ceiling.
  if (rhoM >= 1.0 || rhoW >= 1.0) return 2.0e5 / lambda;
  const double rho = std::min(0.99, std::max(rhoM, rhoW));
  // Relaxation grows like 1/(1−ρ)²: scale the commits per replication with it, within what a
  // sweep of a few points × replications does in seconds.
  const double commits = std::clamp(2000.0 / ((1 - rho) * (1 - rho)), 40000.0, 2.0e6);
  const double rate = q.lambda > 0.0 ? q.lambda : lambda;
  return std::min(commits / rate, 5.0e6 / lambda);
}

}  // namespace amp::labs
