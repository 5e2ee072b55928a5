// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstddef>
#include <string>
#include <vector>

// GCC 12 -O2 warns (-Wmaybe-uninitialized) deep inside Boost.Graph templates; the warnings are
// in Boost, not in our code, so silence them for these includes only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/adjacency_list.hpp>
#pragma GCC diagnostic pop

namespace amp::model {

struct DagStage {
  std::string name;  ///< "master", "IPC", "handler"
};
struct DagStep {
  std::string label;  ///< what takes the time: "master jitter", "IPC"
  double weight = 0.0;
};
/// A directed acyclic graph of stages whose edges take time: an end-to-end chain, or chains
/// that fork and join.
using Dag = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, DagStage, DagStep>;

struct DagPath {
  double length = 0.0;              ///< the sum of the weights along the path
  std::vector<std::size_t> stages;  ///< vertex indices, first to last
  std::vector<std::string> steps;   ///< the edges' labels along it
  std::vector<double> stepWeights;  ///< and their weights
};

/// The longest path from any stage to any other (in topological order, relaxing each edge
/// once): the worst case of a chain whose stages each have a worst-case time. Throws
/// std::invalid_argument when the graph has a cycle.
DagPath longestPath(const Dag& g);

}  // namespace amp::model
