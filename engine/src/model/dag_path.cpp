// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/model/dag_path.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/topological_sort.hpp>
#pragma GCC diagnostic pop

namespace amp::model {

DagPath longestPath(const Dag& g) {
  const std::size_t n = boost::num_vertices(g);
  DagPath best;
  if (n == 0) return best;
  std::vector<std::size_t> order;
  try {
    boost::topological_sort(g, std::back_inserter(order));  // reverse topological order
  } catch (const boost::not_a_dag&) {
    throw std::invalid_argument("the graph has a cycle: no longest path");
  }
  std::reverse(order.begin(), order.end());
  // Every vertex may start a path (length 0); relax each edge once, in topological order.
  std::vector<double> dist(n, 0.0);
  constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> pred(n, kNone);
  std::vector<Dag::edge_descriptor> via(n);
  for (std::size_t u : order)
    for (auto [e, end] = boost::out_edges(u, g); e != end; ++e) {
      const std::size_t v = boost::target(*e, g);
      const double through = dist[u] + g[*e].weight;
      // The first edge into v sets its path even when it is shorter than "starting at v".
      if (through > dist[v] || pred[v] == kNone) {
        dist[v] = through;
        pred[v] = u;
        via[v] = *e;
      }
    }
  // Ties go to the stage latest in topological order: a zero-time last stage still ends the path.
  std::size_t last = order.front();
  for (std::size_t v : order)
    if (dist[v] >= dist[last]) last = v;
  best.length = dist[last];
  for (std::size_t v = last;; v = pred[v]) {
    best.stages.push_back(v);
    if (pred[v] == kNone) break;
    best.steps.push_back(g[via[v]].label);
    best.stepWeights.push_back(g[via[v]].weight);
  }
  std::reverse(best.stages.begin(), best.stages.end());
  std::reverse(best.steps.begin(), best.steps.end());
  std::reverse(best.stepWeights.begin(), best.stepWeights.end());
  return best;
}

}  // namespace amp::model
