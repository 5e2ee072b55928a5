// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QPointF>
#include <vector>

#include "amp/run/topology.h"

namespace amp::widgets {

/// Station positions in [0,1]²: the lab's hints where it gives them, else a layered layout (left
/// to right by breadth-first distance from the sources, computed with Boost.Graph), which reads
/// like the flow of requests.
std::vector<QPointF> layoutStations(const run::Topology& topology);

}  // namespace amp::widgets
