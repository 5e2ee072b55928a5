// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/model/tcp_throughput.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace amp::model {

double mathisThroughputBps(double mssBytes, double rttS, double lossRate) {
  if (lossRate <= 0.0 || rttS <= 0.0) return std::numeric_limits<double>::infinity();
  return mssBytes * 8.0 / rttS * std::sqrt(3.0 / (2.0 * lossRate));
}

TcpBounds tcpBounds(const TcpFlowParams& p) {
  TcpBounds b;
  const double bits = p.mssBytes * 8.0;
  b.link = p.linkBps;
  b.loss = mathisThroughputBps(p.mssBytes, p.rttS, p.lossRate);
  b.master = p.ackCostS > 0 ? p.ackEvery * bits / p.ackCostS : std::numeric_limits<double>::infinity();
  b.workers =
      p.segmentCostS > 0 ? p.workers * bits / p.segmentCostS : std::numeric_limits<double>::infinity();
  std::array<std::pair<double, const char*>, 4> terms{
      {{b.link, "link"}, {b.loss, "loss"}, {b.master, "master"}, {b.workers, "workers"}}};
  std::stable_sort(terms.begin(), terms.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  b.throughput = terms[0].first;
  b.binding = terms[0].second;
  b.margin = terms[0].first > 0 ? terms[1].first / terms[0].first : 1.0;
  return b;
}

}  // namespace amp::model
