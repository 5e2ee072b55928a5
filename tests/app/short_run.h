// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <string>

#include "amp/labs/registry.h"
#include "amp/run/runner.h"

namespace amp::test {

/// A short simulation of foundations (two replications), numbered as if saved: what the report
/// suites write their documents from.
inline run::RunResult shortFoundationsRun(double durationS, std::uint64_t seed, int runId,
                                          const std::string& uuid, const std::string& started) {
  const run::Lab& lab = *labs::findLab("foundations");
  run::RunSpec spec;
  spec.lab = "foundations";
  spec.mode = run::Mode::Sim;
  spec.params = run::defaults(lab.params());
  spec.duration = durationS;
  spec.reps = 2;
  spec.seed = seed;
  run::RunResult r = run::execute(lab, spec, {});
  r.runId = runId;
  r.uuid = uuid;
  r.started = started;
  return r;
}

}  // namespace amp::test
