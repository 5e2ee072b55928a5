// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
//
// The model: one accelerator that serves a FIFO of Poisson requests in batches, a batch of k
// costing s0 + s1·k. Every policy is the bulk-service chain of model::groupCommit (the number
// waiting at batch ends is a Markov chain), solved numerically: exact for Poisson arrivals.
// Beside `full` the lab shows the quick estimate a student can do by hand, with its error.
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "amp/model/queueing.h"
#include "amp/run/lab_text.h"
#include "batching/batching_lab.h"

namespace amp::labs {

namespace batching {

model::GroupCommitQueue acceleratorQueue(const run::Params& p) {
  model::GroupCommitQueue q;
  q.lambda = p.num("arrival_rate");
  q.perItemMean = p.num("per_item_ms") / 1000.0;
  q.perItemExp = false;
  q.fixedTime = p.num("setup_ms") / 1000.0;
  q.maxGroup = std::max(1, p.integer("batch_max"));
  const std::string policy = p.text("batch_policy");
  const double timeout = p.num("batch_timeout_ms") / 1000.0;
  if (policy == "full") {
    q.minGroup = q.maxGroup;
    q.timeout = std::numeric_limits<double>::infinity();
  } else if (policy == "timeout" && timeout > 0.0) {
    q.minGroup = q.maxGroup;
    q.timeout = timeout;
  }  // greedy, and a timeout of 0: take what waits
  return q;
}

int smallestStableBatch(double lambda, double s0, double s1) {
  if (lambda * s1 >= 1.0) return 0;
  return static_cast<int>(std::floor(lambda * s0 / (1.0 - lambda * s1))) + 1;
}

double quickLatencyS(double lambda, double s0, double s1, int b) {
  const double service = s0 + s1 * b;
  // Batches leave the formation stage every b arrivals: Erlang-b gaps, ca² = 1/b; the service is
  // deterministic, cs² = 0.
  const model::QueueMetrics k = model::kingman(lambda / b, service, 1.0 / b, 0.0);
  if (!k.stable) return std::numeric_limits<double>::infinity();
  return (b - 1) / (2.0 * lambda) + k.w;
}

}  // namespace batching

namespace {

/// Batch limits the best-batch search tries: every one where the U bends, then sparser.
constexpr int kBatchGrid[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20, 24, 32, 40, 48, 64};

/// The mean latency at batch_max = b under the same policy [s], or +∞ when unstable.
/// `waitsForFull`: the policy holds a batch below b back (full, or timeout with T > 0).
double latencyAtS(model::GroupCommitQueue q, int b, bool waitsForFull) {
  q.maxGroup = b;
  q.minGroup = waitsForFull ? b : 1;
  if (q.lambda <= 0.0) return q.perItemMean + q.fixedTime;
  const model::GroupCommitMetrics m = model::groupCommit(q);
  return m.stable && m.tailMass <= 1e-9 ? m.window : std::numeric_limits<double>::infinity();
}

std::string rounded(double v) { return run::significant(v, 3); }

}  // namespace

run::ModelResult BatchingLab::model(const run::Params& p) const {
  run::ModelResult r;
  const model::GroupCommitQueue q = batching::acceleratorQueue(p);
  const double lambda = q.lambda, s0 = q.fixedTime, s1 = q.perItemMean;
  const int b = q.maxGroup;
  const std::string policy = p.text("batch_policy");
  const double capacity = b / (s0 + s1 * b);
  const int bMin = batching::smallestStableBatch(lambda, s0, s1);

  r.values["capacity"] = capacity;
  r.values["throughput_limit"] = s1 > 0.0 ? 1.0 / s1 : std::numeric_limits<double>::infinity();
  r.exact["capacity"] = r.exact["throughput_limit"] = true;
  if (bMin > 0) {
    r.values["b_min"] = bMin;
    r.exact["b_min"] = true;
  }
  r.bottleneck = "accelerator";
  const std::string symbols =
      "λ arrival rate, s0 setup per batch, s1 time per request, b requests per batch at most, T batch timeout";

  // The U: the batch limit with the lowest mean latency under this policy. Sizes below b_min are
  // unstable and skipped; the search ends once three sizes in a row have not improved on the best
  // by 0.1% (past its bottom the U only rises; greedy's curve turns flat once batches stop
  // reaching the limit), so a sweep's model curve costs a handful of chain solves per point.
  const bool waitsForFull = policy == "full" || (policy == "timeout" && q.timeout > 0.0);
  double best = std::numeric_limits<double>::infinity();
  int bestB = 0, sinceBetter = 0;
  for (int g : kBatchGrid) {
    if (lambda * (s0 + s1 * g) >= g) continue;
    const double w = latencyAtS(q, g, waitsForFull);
    if (w < best * 0.999) {
      best = w;
      bestB = g;
      sinceBetter = 0;
    } else if (++sinceBetter == 3) {
      break;
    }
  }
  if (bestB > 0 && std::isfinite(best)) {
    r.values["best_batch_max"] = bestB;
    r.values["best_latency_ms"] = best * 1000.0;
  }

  if (lambda >= capacity) {
    r.stable = false;
    r.values["throughput"] = capacity;
    r.values["accel_util"] = 1.0;
    r.formula =
        "capacity b/(s0 + s1·b) = " + rounded(capacity) + " requests/s < λ = " + rounded(lambda) +
        ": the accelerator cannot keep up, the queue grows without bound. The smallest stable batch is " +
        (bMin > 0 ? "b_min = ⌊λ·s0/(1 − λ·s1)⌋ + 1 = " + std::to_string(bMin)
                  : std::string("none: λ·s1 ≥ 1, even endless batches are too slow")) +
        ".\n" + symbols;
    return r;
  }

  const model::GroupCommitMetrics m = model::groupCommit(q);
  const bool solved = m.tailMass <= 1e-9;
  r.values["latency_ms"] = m.window * 1000.0;
  r.values["throughput"] = lambda;
  r.values["batch_size"] = m.meanGroup;
  r.values["accel_util"] = m.busy;
  r.exact["latency_ms"] = r.exact["batch_size"] = r.exact["accel_util"] = solved;
  r.exact["throughput"] = true;
  if (!solved)
    r.notes.push_back("so close to saturation that the chain was cut at " + std::to_string(m.states) +
                      " states: the latency shown is a lower bound");
  r.notes.push_back("capacity b/(s0 + s1·b) = " + rounded(capacity) +
                    " requests/s at b = " + std::to_string(b) + ", approaching 1/s1 = " + rounded(1.0 / s1) +
                    " with ever larger batches; smallest stable batch " + std::to_string(bMin));

  std::string how;
  if (policy == "full") {
    const double quick = batching::quickLatencyS(lambda, s0, s1, b);
    r.values["quick_latency_ms"] = quick * 1000.0;
    r.values["quick_error_pct"] = (quick - m.window) / m.window * 100.0;
    r.notes.push_back("quick estimate (b − 1)/(2λ) + Kingman(E_b/D/1) = " + rounded(quick * 1000.0) +
                      " ms, " + rounded((quick - m.window) / m.window * 100.0) + "% off the exact " +
                      rounded(m.window * 1000.0) + " ms");
    how =
        "full: the accelerator waits for b requests (M/D^(b,b)/1)\n"
        "quick estimate (approx): (b − 1)/(2λ) + ρ/(1 − ρ) · (1/b)/2 · s(b) + s(b),  ρ = λ·s(b)/b   "
        "(formation wait, then Kingman for Erlang-b batch arrivals at a deterministic server)\n";
  } else if (q.minGroup > 1) {
    how =
        "timeout: with fewer than b waiting the accelerator waits up to T for more; the timer starts when it is "
        "free and a request waits (Neuts' (a, b) rule with a = b and this timer, which keeps the chain Markov)\n";
    if (m.formWait > 0.0)
      r.notes.push_back("the accelerator holds back for a fuller batch " + rounded(m.formWait * 100.0) +
                        "% of the time");
  } else {
    how = "greedy: the accelerator takes what waits, up to b, as soon as it is free\n";
  }
  r.formula =
      "latency = L/λ (Little), L from the Markov chain of the requests waiting at each batch's end, "
      "solved numerically (exact for Poisson arrivals); a batch of k costs s(k) = s0 + s1·k\n" +
      how + "stable iff λ·s(b)/b < 1; smallest stable batch b_min = ⌊λ·s0/(1 − λ·s1)⌋ + 1\n" + symbols;
  if (policy == "full")
    r.approximation =
        "quick_latency_ms is the formation wait plus Kingman's approximation; the latency itself is exact";
  return r;
}

double BatchingLab::suggestedHorizonS(const run::Params& p) const {
  const model::GroupCommitQueue q = batching::acceleratorQueue(p);
  const double lambda = std::max(q.lambda, 1e-3);
  const double rho = lambda * (q.fixedTime + q.perItemMean * q.maxGroup) / q.maxGroup;
  // Past saturation the queue only grows: a fixed length shows the ceiling.
  if (rho >= 1.0) return 2.0e5 / lambda;
  const double r = std::min(0.99, rho);
  // Relaxation grows like 1/(1−ρ)²: requests per replication scale with it, within seconds of work.
  const double requests = std::clamp(4000.0 / ((1 - r) * (1 - r)), 60000.0, 2.0e6);
  return requests / lambda;
}

}  // namespace amp::labs
