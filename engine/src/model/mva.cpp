// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/model/mva.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace amp::model {

namespace {

// One step of the recursion: population n from the queue lengths at n − 1.
MvaResult step(const ClosedNetwork& net, int n, const std::vector<double>& previousQueue) {
  MvaResult r;
  r.customers = n;
  const std::size_t k = net.demands.size();
  r.residence.resize(k);
  r.queue.assign(k, 0.0);
  r.utilization.assign(k, 0.0);
  // Arrival theorem: an arriving customer sees the network with itself removed.
  for (std::size_t i = 0; i < k; ++i) r.residence[i] = net.demands[i] * (1.0 + previousQueue[i]);
  r.response = std::accumulate(r.residence.begin(), r.residence.end(), 0.0);
  r.cycle = net.think + r.response;
  r.throughput = r.cycle > 0 ? n / r.cycle : std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < k; ++i) {
    r.queue[i] = r.throughput * r.residence[i];
    r.utilization[i] = r.throughput * net.demands[i];
  }
  return r;
}

MvaResult empty(const ClosedNetwork& net) {
  MvaResult r;
  r.cycle = net.think;
  r.residence.assign(net.demands.size(), 0.0);
  r.queue.assign(net.demands.size(), 0.0);
  r.utilization.assign(net.demands.size(), 0.0);
  return r;
}

}  // namespace

std::vector<MvaResult> mvaCurve(const ClosedNetwork& net, int customers) {
  std::vector<MvaResult> curve{empty(net)};
  for (int n = 1; n <= customers; ++n) curve.push_back(step(net, n, curve.back().queue));
  return curve;
}

MvaResult mva(const ClosedNetwork& net, int customers) {
  MvaResult r = empty(net);
  for (int n = 1; n <= customers; ++n) r = step(net, n, r.queue);
  return r;
}

ClosedBounds closedBounds(const ClosedNetwork& net, int customers) {
  ClosedBounds b;
  const double d = std::accumulate(net.demands.begin(), net.demands.end(), 0.0);
  const double dmax = net.demands.empty() ? 0.0 : *std::max_element(net.demands.begin(), net.demands.end());
  const double n = std::max(0, customers);
  b.cycle = std::max(d + net.think, n * dmax);
  b.throughput = b.cycle > 0 ? n / b.cycle : 0.0;
  b.knee = dmax > 0 ? (d + net.think) / dmax : std::numeric_limits<double>::infinity();
  return b;
}

}  // namespace amp::model
