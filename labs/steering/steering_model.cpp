// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <cmath>
#include <limits>

#include "amp/model/queueing.h"
#include "amp/sim/zipf.h"
#include "steering/steering_flows.h"
#include "steering/steering_lab.h"

namespace amp::labs {

namespace {

using steering::Config;
using steering::Policy;

/// Birth–death chain with arrival rate λ, c servers of rate μ and room for n packets in all:
/// M/M/c/n. Join-the-shortest-queue over c rings of K places behaves close to this pooled system
/// with n = c·K (an arrival is lost only when every ring is full).
model::QueueMetrics pooledLoss(double lambda, double mu, int c, int n) {
  // π_k relative to π_0, kept normalised as we go so that long chains do not overflow.
  std::vector<double> pi(static_cast<std::size_t>(n) + 1);
  pi[0] = 1.0;
  double sum = 1.0;
  for (int k = 1; k <= n; ++k) {
    pi[static_cast<std::size_t>(k)] = pi[static_cast<std::size_t>(k) - 1] * lambda / (std::min(k, c) * mu);
    sum += pi[static_cast<std::size_t>(k)];
    if (sum > 1e200) {
      for (int j = 0; j <= k; ++j) pi[static_cast<std::size_t>(j)] /= sum;
      sum = 1.0;
    }
  }
  model::QueueMetrics m;
  double l = 0.0, busy = 0.0;
  for (int k = 0; k <= n; ++k) {
    const double p = pi[static_cast<std::size_t>(k)] / sum;
    l += k * p;
    busy += std::min(k, c) * p;
  }
  m.pBlock = pi[static_cast<std::size_t>(n)] / sum;
  m.throughput = lambda * (1.0 - m.pBlock);
  m.l = l;
  m.rho = busy / c;
  m.w = m.throughput > 0 ? l / m.throughput : 1.0 / mu;
  m.wq = m.w - 1.0 / mu;
  m.lq = l - busy;
  return m;
}

/// Share of the packets each worker is sent.
std::vector<double> workerShares(const Config& c) {
  const auto w = static_cast<std::size_t>(c.workers);
  std::vector<double> share(w, 1.0 / c.workers);
  if (c.policy != Policy::RssHash) return share;
  const auto map = steering::rssWorkerMap(c.flows, c.workers);
  const sim::ZipfSampler zipf(c.flows, c.zipfS);
  std::fill(share.begin(), share.end(), 0.0);
  for (std::uint32_t f = 0; f < c.flows; ++f) share[static_cast<std::size_t>(map[f])] += zipf.probability(f);
  return share;
}

std::string num(double v, int digits = 3) {
  if (!std::isfinite(v)) return "∞";
  const double scale = std::pow(10.0, digits - 1 - std::floor(std::log10(std::max(std::abs(v), 1e-300))));
  const double r = std::round(v * scale) / scale;
  return std::abs(r) >= 1e4 ? std::to_string(std::llround(r)) : run::formatNumber(r);
}

}  // namespace

run::ModelResult SteeringLab::model(const run::Params& p) const {
  const Config c = Config::from(p);
  run::ModelResult r;
  const double lambda = c.packetRate;
  const double d = c.steerS;
  const double s = c.processS;
  const int k = c.ringSlots + 1;  // a ring's places plus the packet in service
  const double inf = std::numeric_limits<double>::infinity();

  const double rhoM = lambda * d;
  const double masterCap = d > 0 ? 1.0 / d : inf;
  const double workerCap = c.workers / s;
  r.stable = rhoM < 1.0;
  r.values["master_util"] = std::min(1.0, rhoM);
  r.exact["master_util"] = true;

  // What leaves the master: all packets while it keeps up, else its ceiling 1/D (the rest
  // overflow its receive ring).
  const double passed = std::min(lambda, masterCap);
  const std::vector<double> share = workerShares(c);
  const double maxShare = *std::max_element(share.begin(), share.end());
  const double minShare = *std::min_element(share.begin(), share.end());
  r.values["imbalance"] = maxShare * c.workers;
  r.values["worker_load_max"] = passed * maxShare;
  r.values["worker_load_mean"] = passed / c.workers;
  r.values["worker_load_min"] = passed * minShare;
  r.exact["worker_load_mean"] = r.stable;
  // Expected loads of fixed workers; a run reports the largest (smallest) of noisy counts, which
  // sits a little above (below) them.
  r.exact["worker_load_max"] = r.exact["worker_load_min"] = false;
  // The ratio of expected loads; a run reports the max of noisy counts, a little above it.
  r.exact["imbalance"] = false;

  double delivered = 0.0, sojournWeighted = 0.0, hottestRho = 0.0;
  // The busiest worker by the flow map (the first of equals), whatever the load.
  const int hottest = static_cast<int>(std::max_element(share.begin(), share.end()) - share.begin());
  if (c.policy == Policy::Jsq && c.workers > 1) {
    const model::QueueMetrics pooled = pooledLoss(passed, 1.0 / s, c.workers, c.workers * k);
    delivered = pooled.throughput;
    sojournWeighted = pooled.throughput * pooled.w;
    hottestRho = pooled.rho;
  } else {
    for (int i = 0; i < c.workers; ++i) {
      const double li = passed * share[static_cast<std::size_t>(i)];
      if (li <= 0) continue;
      const model::QueueMetrics q = model::mm1k(li, 1.0 / s, k);
      delivered += q.throughput;
      sojournWeighted += q.throughput * q.w;
      hottestRho = std::max(hottestRho, li * s);
    }
  }
  r.values["throughput"] = delivered;
  r.values["drop_rate"] = lambda > 0 ? std::max(0.0, 1.0 - delivered / lambda) : 0.0;

  const bool poisson = !c.onOff;
  // Worker i sees Poisson input only when the master adds no smoothing (D → 0) and the split
  // is random per packet (a flow's packets are: they come from independent Zipf draws).
  const bool workersExact =
      poisson && d == 0.0 && c.processDist == "exp" && (c.policy == Policy::RssHash || c.workers == 1);
  r.exact["throughput"] = r.exact["drop_rate"] = workersExact;
  if (c.policy == Policy::RssHash || c.workers == 1) {
    r.values["reordered"] = 0.0;  // one flow, one FIFO ring, one worker: order is kept
    r.exact["reordered"] = true;
  }

  if (r.stable) {
    const model::QueueMetrics master = d > 0 ? model::md1(lambda, d) : model::QueueMetrics{};
    r.values["master_wait_us"] = master.wq * 1e6;
    r.exact["master_wait_us"] = poisson;
    if (delivered > 0) {
      r.values["latency_us"] = (master.wq + d + sojournWeighted / delivered) * 1e6;
      r.exact["latency_us"] = workersExact;
    }
  }

  // The saturation bounds: the master; the workers together; under rss_hash the busiest worker,
  // which must carry its share of every packet: X·share_max·S ≤ 1. With equal shares the last is
  // W/S, so it only says something new where the hash is uneven.
  const bool rss = c.policy == Policy::RssHash;
  const double hashCap = 1.0 / (s * maxShare);
  r.values["master_cap"] = masterCap;
  r.values["workers_cap"] = workerCap;
  if (rss) r.values["hash_cap"] = hashCap;
  const double capacity = std::min({masterCap, workerCap, rss ? hashCap : inf});
  r.values["capacity"] = capacity;
  // Only the measured shares and times of a run enter it: exact in expectation, noisy in a run.
  r.exact["capacity"] = false;
  if (masterCap <= std::min(workerCap, rss ? hashCap : inf)) {
    r.bottleneck = "master";
  } else if (rss && hashCap < workerCap) {
    r.bottleneck = "worker " + std::to_string(hottest) + " (hash imbalance)";
  } else {
    r.bottleneck = "workers";
  }
  // Numbers the lab's text quotes, so that it can fill them in rather than type them.
  r.values["master_rx_slots"] = static_cast<double>(Config::kMasterRxSlots);
  r.values["flowlet_gap_factor"] = Config::kFlowletGapFactor;
  r.values["even_crossover_workers"] = d > 0 ? s / d : inf;
  r.values["worker_rate"] = 1.0 / s;
  r.values["drop_rate_pct"] = r.values["drop_rate"] * 100.0;
  if (rss) {
    const sim::ZipfSampler zipf(c.flows, c.zipfS);
    const double top = zipf.probability(0);
    r.values["top_flow_share_pct"] = top * 100.0;
    // The busiest worker's share if the hash spread the other flows evenly: the elephant plus its
    // fair part of the rest, against what the real map gives.
    r.values["naive_busiest_share"] = top + (1.0 - top) / c.workers;
    r.values["busiest_share"] = maxShare;
    r.values["busiest_share_pct"] = maxShare * 100.0;
    // Beyond its own ring the busiest worker overflows at this rate (packets/s), a share of all.
    const double over = std::max(0.0, passed * maxShare - 1.0 / s);
    r.values["busiest_overflow"] = over;
    r.values["busiest_overflow_pct"] = lambda > 0 ? over / lambda * 100.0 : 0.0;
    // The largest worker count up to which the busiest worker binds before the master, every
    // count from one on (the hash bound is not monotone, so this is where it first stops).
    if (masterCap < inf) {
      int upTo = 0;
      for (int w = 1; w <= 64; ++w) {
        Config cw = c;
        cw.workers = w;
        const std::vector<double> sw = workerShares(cw);
        if (1.0 / (s * *std::max_element(sw.begin(), sw.end())) >= masterCap) break;
        upTo = w;
      }
      r.values["hash_binds_up_to"] = upTo;
    }
  }
  std::string bound = "saturation X ≤ min(1/steer, workers/process";
  std::string values = num(masterCap) + ", " + num(workerCap);
  if (rss) {
    bound += ", 1/(process·max share)";
    values += ", " + num(hashCap);
  }
  r.notes.push_back(bound + ") = min(" + values + ") pkt/s → binding: " + r.bottleneck);
  if (!r.stable)
    r.notes.push_back("the master is overloaded (ρ = " + num(rhoM) + "): it steers " + num(masterCap) +
                      " pkt/s and its receive ring overflows; no steady-state wait exists");
  if (rss)
    r.notes.push_back("busiest worker: " + std::to_string(hottest) + " with " + num(maxShare * 100) +
                      "% of the packets (ρ = " + num(hottestRho) + "); it saturates at " + num(hashCap) +
                      " pkt/s");

  r.formula =
      "Master (M/D/1): W_q = ρ·D / (2(1 − ρ)),  ρ = λ·D\n"
      "Worker i (M/M/1/K): P_drop,i = (1 − ρᵢ)·ρᵢ^K / (1 − ρᵢ^(K+1)),  ρᵢ = λᵢ·S,  K = ring_slots + 1\n"
      "rss_hash: λᵢ = λ · Σ p_f over the flows f whose Toeplitz hash maps to worker i,  p_f = f^(−s) / Σₖ k^(−s)\n"
      "drop_rate = Σᵢ λᵢ·P_drop,i / λ,   imbalance = max λᵢ / mean λᵢ,   throughput = λ·(1 − drop_rate)\n"
      "Saturation: X ≤ min(1/D, W/S, 1/(S·max share)),  share_i = λᵢ/λ  (the last under rss_hash: the busiest worker)\n"
      "λ packet rate, D master time per packet (steer_us), S mean worker time (process_us), W workers, s Zipf skew, K places per worker (ring plus the packet in service)";

  std::vector<std::string> approx;
  if (!poisson) approx.push_back("on/off input is burstier than Poisson: the M/D/1 wait is a lower estimate");
  if (!workersExact) {
    if (d > 0 && poisson)
      approx.push_back("the master's output is smoother than Poisson, so M/M/1/K overstates drops");
    if (c.processDist != "exp")
      approx.push_back("non-exponential processing modelled as exponential (M/M/1/K)");
    if (c.policy == Policy::RoundRobin)
      approx.push_back(
          "round_robin: each worker gets every W-th packet, far more regular than Poisson; M/M/1/K with λ/W overstates drops and waits");
    if (c.policy == Policy::Jsq) approx.push_back("jsq modelled as one pooled M/M/W/(W·K) queue");
    if (c.policy == Policy::Flowlet)
      approx.push_back("flowlet modelled as an even split; sticky elephant flows make it less even");
  }
  for (std::size_t i = 0; i < approx.size(); ++i) r.approximation += (i ? "; " : "") + approx[i];
  return r;
}

}  // namespace amp::labs
