// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "amp/observe/aggregator.h"
#include "amp/run/lab.h"

namespace amp::run {

/// The lab's metrics for one replication (or one real run), read from the aggregator by each
/// MetricSpec's source; percentile metrics also get their histogram (in stream units).
void collectMetrics(const Lab& lab, const Params& params, const observe::Aggregator& agg, Mode mode,
                    std::int64_t endNs, std::map<std::string, double>& values,
                    std::map<std::string, observe::LogHistogram>& hists);

/// Chart series of a replication: "latency" over time [ms], "queue:<station name>" per station and
/// "gauge:<station name>" per station with State records.
std::vector<Series> seriesFrom(const Topology& topo, const observe::Aggregator& agg);

}  // namespace amp::run
