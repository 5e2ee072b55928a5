// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include "amp/run/lab.h"

namespace amp::labs {

/// Lab 0: Poisson arrivals → master (1 server, FIFO) → workers → done; or, with design=locked, the
/// workers serialize on one lock among themselves.
/// Stations: 0 source, 1 master (the lock when locked), 2 workers (core = worker), 3 sink.
class FoundationsLab final : public run::Lab {
 public:
  enum Station : std::uint16_t { kSource = 0, kMaster = 1, kWorkers = 2, kSink = 3 };

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::vector<run::MetricSpec> metrics() const override;
  std::string keyMetric() const override { return "sojourn_ms"; }
  std::vector<run::ChartSpec> charts() const override;
  std::vector<run::Exercise> exercises() const override;
  std::vector<run::ModelValueSpec> modelValues() const override;
  run::Topology topology(const run::Params& p) const override;
  run::ModelResult model(const run::Params& p) const override;
  std::int64_t simulate(const run::Params& p, const run::SimControl& ctl,
                        observe::Recorder& rec) const override;
  double suggestedHorizonS(const run::Params& p) const override;
  std::string likelyDeviation(const run::Params& p, run::Mode mode) const override;
  bool measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const override;
  std::optional<run::HostFit> hostFit() const override;
  std::optional<run::TimeScale> timeScale() const override;
  std::optional<run::HostFit> hostFitFor(const run::Params& p) const override;
  bool hasReal() const override { return true; }
  run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl,
                           observe::Recorder& rec) const override;
};

}  // namespace amp::labs
