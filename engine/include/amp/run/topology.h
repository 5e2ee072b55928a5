// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cmath>
#include <string>

// GCC 12 -O2 warns (-Wmaybe-uninitialized) deep inside Boost.Graph templates; the warnings are
// in Boost, not in our code, so silence them for these includes only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/adjacency_list.hpp>
#pragma GCC diagnostic pop

namespace amp::run {

enum class StationRole { Source, Queue, Router, Device, Delay, Sink };

/// A station of a lab's topology. Station index = vertex index = Observation::station.
struct StationProps {
  std::string name;  ///< "master", "workers", "log device"
  StationRole role = StationRole::Queue;
  int servers = 1;          ///< parallel servers (cores) at this station
  int capacity = 0;         ///< queue capacity, 0 = unbounded
  double x = NAN, y = NAN;  ///< layout hint in [0,1]²; NaN = let the widget lay it out
  bool master = false;      ///< the serializing station (for the serialization-ceiling panel)
};
struct EdgeProps {
  std::string label;
  double probability = 1.0;  ///< routing probability where a station splits
};

/// The stations and edges of a lab, used by the animation and by analytic routines.
using Topology =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, StationProps, EdgeProps>;

}  // namespace amp::run
