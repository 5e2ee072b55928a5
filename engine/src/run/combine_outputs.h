// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <string>
#include <vector>

#include "amp/observe/lab_outputs.h"
#include "amp/run/lab.h"
#include "amp/run/result.h"

namespace amp::run {

/// A log histogram regrouped into at most ~120 log-spaced bins for charts and storage, in `unit`
/// after multiplying by `scale`; the last pair carries the upper edge with count 0.
Histogram coarseHistogram(const observe::LogHistogram& h, const std::string& name, const std::string& unit,
                          double scale);

/// The lab's own outputs of the finished replications into `result`: series (mean and CI band per
/// point where the replications share their x values, else the first's), histograms (merged; a
/// metric's histogram of the same name is not repeated), tables (mean and CI per numeric cell where
/// every replication has the same rows, else the first's) and the first replication's timelines.
void combineOutputs(const Lab& lab, const std::vector<const observe::LabOutputs*>& reps, RunResult& result);

}  // namespace amp::run
