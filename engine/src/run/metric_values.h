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

/// The lab's metrics for one replication (or one real run), read by each MetricSpec's source from
/// the aggregator or the lab's `outputs`; percentile metrics also get their histogram (in the
/// stream's or the output's units, before the spec's scale).
void collectMetrics(const Lab& lab, const Params& params, const observe::Aggregator& agg, Mode mode,
                    std::int64_t endNs, std::map<std::string, double>& values,
                    std::map<std::string, observe::LogHistogram>& hists,
                    const observe::LabOutputs& outputs = {});

/// Chart series of a replication: "latency" over time [ms], "queue:<station name>" per station and
/// "gauge:<station name>" per station with State records.
std::vector<Series> seriesFrom(const Topology& topo, const observe::Aggregator& agg);

}  // namespace amp::run
