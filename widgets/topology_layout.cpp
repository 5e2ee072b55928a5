// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/topology_layout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

// Boost.Graph's visitor templates trip GCC 12's -Wmaybe-uninitialized; the warnings are inside Boost.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>
#pragma GCC diagnostic pop

namespace amp::widgets {

std::vector<QPointF> layoutStations(const run::Topology& g) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<QPointF> pos(n);
  if (n == 0) return pos;

  // Layer = shortest hop distance from any source (in-degree 0; station 0 if every station has
  // an input, as in a closed network).
  constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> layer(n, kUnreached);
  std::vector<std::size_t> roots;
  for (std::size_t v = 0; v < n; ++v)
    if (boost::in_degree(v, g) == 0) roots.push_back(v);
  if (roots.empty()) roots.push_back(0);
  for (std::size_t root : roots) {
    std::vector<std::size_t> dist(n, kUnreached);
    dist[root] = 0;
    boost::breadth_first_search(
        g, boost::vertex(root, g),
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(dist.data(), boost::on_tree_edge()))));
    for (std::size_t v = 0; v < n; ++v) layer[v] = std::min(layer[v], dist[v]);
  }
  std::size_t maxLayer = 0;
  for (auto& l : layer) {
    if (l == kUnreached) l = 0;
    maxLayer = std::max(maxLayer, l);
  }
  std::map<std::size_t, std::vector<std::size_t>> byLayer;
  for (std::size_t v = 0; v < n; ++v) byLayer[layer[v]].push_back(v);
  for (const auto& [l, members] : byLayer) {
    const double x = maxLayer == 0 ? 0.5 : static_cast<double>(l) / static_cast<double>(maxLayer);
    for (std::size_t i = 0; i < members.size(); ++i) {
      const double y = (static_cast<double>(i) + 1.0) / (static_cast<double>(members.size()) + 1.0);
      pos[members[i]] = QPointF(x, y);
    }
  }
  for (std::size_t v = 0; v < n; ++v)
    if (!std::isnan(g[v].x) && !std::isnan(g[v].y)) pos[v] = QPointF(g[v].x, g[v].y);
  return pos;
}

}  // namespace amp::widgets
