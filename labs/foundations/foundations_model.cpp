// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The analytic face of foundations: the AMP design (a master, then workers) and the symmetric
// baseline (each worker does the serialized step itself, under one lock).
#include <algorithm>
#include <cmath>
#include <limits>

#include "amp/model/locked_servers.h"
#include "amp/model/queueing.h"
#include "amp/sim/distribution.h"
#include "foundations/foundations_lab.h"

namespace amp::labs {

namespace {

/// The serializing station's service: the step itself plus a fixed cost (the master's hand-off to
/// a worker, or the lock's transfer between cores). Mean and SCV of the sum.
struct Serialized {
  double mean = 0, scv = 0;
};
Serialized withFixedCost(double step, double stepScv, double fixed) {
  const double mean = step + fixed;
  return {mean, mean > 0 ? stepScv * step * step / (mean * mean) : 0.0};
}

std::string num(double v, double digits = 3) {
  const double scale = std::pow(10.0, digits);
  return run::formatNumber(std::round(v * scale) / scale);
}

/// Which station binds, in words; a tie names both.
std::string bottleneckOf(double rhoSerial, double rhoWorkers, const std::string& serial) {
  if (std::abs(rhoSerial - rhoWorkers) <= 1e-9 * std::max(1.0, rhoSerial)) return serial + " and workers";
  return rhoSerial > rhoWorkers ? serial : "workers";
}

/// The chain grows with the workers (its blocks are 2c + 1 square): beyond this many the
/// locked design keeps the approximation.
constexpr int kChainWorkers = 16;

/// The locked design with exponential times as the exact chain of model::lockedServers: a worker
/// waiting for the lock is a worker lost, and at most c − 1 of them can wait. Fills `r` whole.
void lockedChain(const run::Params& p, run::ModelResult& r) {
  const double lambda = p.num("arrival_rate");
  const double sm = p.num("master_ms") / 1000.0, sw = p.num("worker_ms") / 1000.0;
  const double h = p.num("lock_handoff_us") * 1e-6;
  const int c = p.integer("workers");
  const model::LockedServersMetrics m = model::lockedServers({lambda, c, sm, h, sw, true});
  const bool exact = h == 0.0;
  const double stepMean = sm + h * (c - 1) / c;  // the lock's step when any worker may be next
  r.values["serial_ceiling"] = 1.0 / stepMean;
  r.values["crossover_workers"] = sw / stepMean;
  r.values["worker_service_ms"] = sw * 1000.0;
  r.values["throughput"] = std::min(lambda, m.ceiling);
  r.exact["serial_ceiling"] = r.exact["crossover_workers"] = r.exact["worker_service_ms"] = exact;
  r.exact["throughput"] = exact;
  r.notes.push_back("the lock passes at most 1/S_l = " + num(1.0 / stepMean) + " /s, but " +
                    std::to_string(c) + " workers that wait for it pass at most " + num(m.ceiling) +
                    " /s (every worker busy: a closed network between the lock and their own part)");
  r.approximation =
      exact ? ""
            : "locked: the hand-over folded into an exponential step (the simulation adds it as a constant)";
  if (!m.stable) {
    r.stable = false;
    r.bottleneck = "lock and workers";
    r.values["master_util"] = r.values["worker_util"] = 1.0;
    r.formula = "λ = " + num(lambda) + " /s ≥ " + num(m.ceiling) + " /s, the most " + std::to_string(c) +
                " workers sharing one lock can pass: the queue grows without bound; no mean sojourn exists.";
    return;
  }
  r.values["master_util"] = m.lockUtil;
  r.values["worker_util"] = m.serverUtil;
  r.values["master_service_ms"] = m.lockHold * 1000.0;
  r.values["master_wait_ms"] = m.lockWait * 1000.0;
  r.values["worker_wait_ms"] = m.serverWait * 1000.0;
  r.values["sojourn_ms"] = m.sojourn * 1000.0;
  for (const char* k :
       {"master_util", "worker_util", "master_service_ms", "master_wait_ms", "worker_wait_ms", "sojourn_ms"})
    r.exact[k] = exact;
  r.values["pk_factor"] = 1.0;
  r.exact["pk_factor"] = true;
  r.bottleneck = bottleneckOf(m.lockUtil, m.serverUtil, "lock");
  r.formula =
      "E[T] = E[N]/λ over the chain (n jobs; k workers at the lock; how its holder got it)\n"
      "arrival λ: a free worker takes the job and asks for the lock; lock done (rate 1/S_l): the worker "
      "goes on to its own part; part done (rate 1/S_w each): the job leaves and the worker takes the next\n"
      "levels n ≥ c share one rate matrix R: π_{n+1} = π_n·R   (matrix-geometric, exact)\n"
      "λ arrival rate, S_l = S_m + hand-over, S_w worker part, c workers";
}

/// The model of the design `p` names.
run::ModelResult designModel(const run::Params& p) {
  run::ModelResult r;
  if (p.text("design") == "locked" && p.text("master_dist") == "exp" && p.text("worker_dist") == "exp" &&
      p.integer("workers") <= kChainWorkers) {
    lockedChain(p, r);
    return r;
  }
  const double lambda = p.num("arrival_rate");
  const double sm = p.num("master_ms") / 1000.0;
  const double sw = p.num("worker_ms") / 1000.0;
  const int c = p.integer("workers");
  const double csM = sim::serviceDist(p.text("master_dist"), 1.0).scv();
  const double csW = sim::serviceDist(p.text("worker_dist"), 1.0).scv();
  const bool locked = p.text("design") == "locked";
  // AMP: the master pays the hand-off to a worker on every request. Locked: the lock changes
  // core with probability (c−1)/c when the next holder is any worker alike.
  const double fixed = locked ? p.num("lock_handoff_us") * 1e-6 * (c - 1) / c : p.num("handoff_us") * 1e-6;
  const Serialized serial = withFixedCost(sm, csM, fixed);
  const std::string serialName = locked ? "lock" : "master";

  const double rhoM = lambda * serial.mean;
  // Locked: a worker is held from taking the request until its own part ends, lock wait included.
  const model::QueueMetrics step = model::mg1(lambda, serial.mean, serial.scv);
  const double occupancy = locked && step.stable ? step.w + sw : sw;
  const double rhoW = lambda * occupancy / c;
  r.bottleneck = bottleneckOf(rhoM, rhoW, serialName);
  r.values["master_util"] = std::min(1.0, rhoM);
  r.values["worker_util"] = std::min(1.0, rhoW);
  r.values["master_service_ms"] = serial.mean * 1000.0;
  r.values["worker_service_ms"] = sw * 1000.0;
  const double bound = std::min(1.0 / serial.mean, c / sw);
  r.values["throughput"] = std::min(lambda, bound);
  r.values["crossover_workers"] = sw / serial.mean;
  r.values["serial_ceiling"] = 1.0 / serial.mean;
  r.exact["serial_ceiling"] = !locked;
  r.exact["master_util"] = r.exact["throughput"] = r.exact["master_service_ms"] = true;
  r.exact["worker_util"] = !locked;
  r.exact["worker_service_ms"] = r.exact["crossover_workers"] = true;
  r.notes.push_back("throughput bound X ≤ min(1/S_" + serialName + ", c/S_worker) = min(" +
                    num(1.0 / serial.mean) + ", " + num(c / sw) + ") /s: the " + r.bottleneck + " bind" +
                    (r.bottleneck == "workers" || locked ? "" : "s"));
  r.notes.push_back("the workers stop being the bottleneck at c* = S_w/S_" + serialName + " = " +
                    num(sw / serial.mean, 2) + " workers");
  if (rhoM >= 1.0 || rhoW >= 1.0) {
    r.stable = false;
    r.formula = "ρ_" + serialName + " = λ·S = " + num(rhoM) + ", ρ_workers = " + num(rhoW) +
                ": a utilization ≥ 1 means the queue grows without bound; no mean sojourn exists.";
    return r;
  }

  // Workers: exact only when their input is Poisson (exp master, Burke) and the queue is shared
  // with exp services (M/M/c) and the master adds no fixed cost. Otherwise Allen–Cunneen on top of
  // Erlang C, with the master's departure SCV (Marshall: 1 + ρ²(cs² − 1)) as arrival SCV.
  const std::string queue = p.text("worker_queue");
  double workerWait = 0.0;
  bool workersExact = false;
  if (locked) {
    // A request waits for a free worker, which then waits for the lock: the workers are M/M/c-like
    // with the whole occupancy as service.
    workerWait = model::mmc(lambda, 1.0 / occupancy, c).wq * (1.0 + csW) / 2.0;
    r.approximation =
        "locked: the lock as an M/G/1 queue (P–K) whose hand-over cost is its mean over holders, "
        "the workers as M/M/c with the lock wait in their occupancy (Allen–Cunneen)";
  } else {
    const model::QueueMetrics mmc = model::mmc(lambda, 1.0 / sw, c);
    const double caW = 1.0 + rhoM * rhoM * (serial.scv - 1.0);
    if (queue == "shared") {
      workersExact = serial.scv == 1.0 && csW == 1.0;
      workerWait = mmc.wq * (caW + csW) / 2.0;
      if (!workersExact) r.approximation = "workers: Allen–Cunneen GI/G/c (Erlang C × (c_a² + c_s²)/2)";
    } else if (queue == "per_worker_rr") {
      // Each worker sees every c-th request: inter-arrivals are Erlang-c-like, SCV ≈ c_a²/c.
      workerWait = model::kingman(lambda / c, sw, caW / c, csW).wq;
      workersExact = c == 1 && serial.scv == 1.0 && csW == 1.0;
      r.approximation = "workers: Kingman G/G/1 per worker with round-robin arrivals (SCV c_a²/c)";
    } else {
      // JSQ behaves close to a shared queue; the shared M/M/c is its optimistic limit.
      workerWait = mmc.wq * (caW + csW) / 2.0;
      workersExact = c == 1 && serial.scv == 1.0 && csW == 1.0;
      r.approximation =
          "workers: join-the-shortest-queue ≈ shared queue (Erlang C, Allen–Cunneen); slightly optimistic";
    }
  }
  r.values["master_wait_ms"] = step.wq * 1000.0;
  r.values["worker_wait_ms"] = workerWait * 1000.0;
  r.values["sojourn_ms"] = (step.w + workerWait + sw) * 1000.0;
  r.exact["master_wait_ms"] = !locked || c == 1;
  r.exact["worker_wait_ms"] = r.exact["sojourn_ms"] = workersExact;
  // The Pollaczek–Khinchine factor (1 + c_s²)/2: how much the master's wait grows with its
  // service variability at the same load (1 for exponential).
  r.values["pk_factor"] = (1.0 + serial.scv) / 2.0;
  r.exact["pk_factor"] = true;
  if (locked) {
    r.formula =
        "E[T] ≈ W_q,workers + W_lock + S_w\n"
        "W_lock = λ·E[S_l²] / (2(1−ρ_l)) + S_l,  S_l = S_m + h_lock·(c−1)/c   (Pollaczek–Khinchine)\n"
        "W_q,workers ≈ C(c, λ·(W_lock + S_w)) · (W_lock + S_w) / (c(1−ρ_w)) · (1 + c_s²)/2\n"
        "λ arrival rate, S_m serialized step, h_lock lock hand-over between cores, S_w worker part, c workers";
  } else {
    r.formula =
        "E[T] = W_master + W_q,workers + S_w\n"
        "W_master = λ·E[S²] / (2(1−ρ_m)) + S,  S = S_m + h   (Pollaczek–Khinchine; E[S²] = (1+c_s²)·S²)\n"
        "W_q,workers = C(c, λ·S_w) · S_w / (c(1−ρ_w))   (Erlang C, M/M/c)\n"
        "ρ_m = λ·S,  ρ_w = λ·S_w / c,  X ≤ min(1/S, c/S_w)\n"
        "λ arrival rate, S_m master service, h hand-off, S_w worker service, c workers, c_s² squared coefficient of variation";
  }
  return r;
}

/// The arrival rate at which the two designs' mean sojourn times are equal. Below it the lock is
/// faster when a free lock's transfer costs less than the master's hand-off; above it the master,
/// because under load the lock always passes between cores, and a worker waiting for it is a
/// worker lost. 0 when the master is faster at every load; the master's ceiling when the lock is
/// faster wherever the master keeps up.
double designCrossoverRate(const run::Params& p) {
  run::Params amp = p, locked = p;
  amp.setText("design", "amp");
  locked.setText("design", "locked");
  // T_locked − T_amp at rate λ: +∞ once the locked design is unstable, −∞ once the master's is.
  const auto gap = [&](double lambda) {
    amp.set("arrival_rate", lambda);
    locked.set("arrival_rate", lambda);
    const run::ModelResult a = designModel(amp), l = designModel(locked);
    if (!l.stable) return std::numeric_limits<double>::infinity();
    if (!a.stable) return -std::numeric_limits<double>::infinity();
    return l.values.at("sojourn_ms") - a.values.at("sojourn_ms");
  };
  // Neither design passes more than its lock or master alone: scan below the larger of the two for
  // the first load where the lock stops being faster, then bisect between the last two points.
  const double ampCeiling = designModel(amp).values.at("serial_ceiling");
  const double ceiling = std::max(ampCeiling, designModel(locked).values.at("serial_ceiling"));
  constexpr int kSteps = 64;
  double lo = ceiling / kSteps;
  if (gap(lo) >= 0.0) return 0.0;
  double hi = lo;
  for (int k = 2; k <= kSteps; ++k) {
    hi = ceiling * k / kSteps;
    const double g = gap(hi);
    if (g == -std::numeric_limits<double>::infinity()) return ampCeiling;
    if (g >= 0.0) break;
    lo = hi;
  }
  for (int i = 0; i < 50 && hi - lo > 1e-9 * hi; ++i) {
    const double mid = 0.5 * (lo + hi);
    (gap(mid) < 0.0 ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

}  // namespace

run::ModelResult FoundationsLab::model(const run::Params& p) const {
  run::ModelResult r = designModel(p);
  // Which design wins at which load: a value of both designs, whichever one p names. Exact where
  // both designs' models are (exponential times, no lock hand-over).
  r.values["design_crossover_rate"] = designCrossoverRate(p);
  r.exact["design_crossover_rate"] = false;
  return r;
}

}  // namespace amp::labs
