// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include "amp/run/lab.h"

namespace amp::labs {

/// Lab 1: the master as sole keeper of the metadata journal. A write's data work runs on a
/// worker; its journal record then queues at the master, which appends records (CPU) and makes
/// each commit group durable (log device). Stations: 0 writes, 1 workers, 2 master (appends),
/// 3 log device (one sync per group), 4 durable.
///
/// The stream's Depart value is the consistency window (data done → record durable), the time
/// the lab asks about, so `window_ms` reads the aggregator's sojourn statistics.
class JournalLab final : public run::Lab {
 public:
  enum Station : std::uint16_t { kSource = 0, kWorkers = 1, kMaster = 2, kDevice = 3, kSink = 4 };

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::vector<run::MetricSpec> metrics() const override;
  std::string keyMetric() const override { return "window_ms"; }
  std::vector<run::ChartSpec> charts() const override;
  std::vector<run::Exercise> exercises() const override;
  std::vector<run::ModelValueSpec> modelValues() const override;
  std::vector<run::PanelSpec> panels() const override;
  run::Topology topology(const run::Params& p) const override;
  run::ModelResult model(const run::Params& p) const override;
  std::int64_t simulate(const run::Params& p, const run::SimControl& ctl,
                        observe::Recorder& rec) const override;
  double suggestedHorizonS(const run::Params& p) const override;
  bool hasReal() const override { return true; }
  run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl,
                           observe::Recorder& rec) const override;
  void customMetrics(const run::Params& p, const observe::Aggregator& agg, run::Mode mode,
                     std::map<std::string, double>& out) const override;
  std::string likelyDeviation(const run::Params& p, run::Mode mode) const override;
  bool measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const override;
  std::optional<run::HostFit> hostFit() const override;
  std::optional<run::HostFit> hostFitFor(const run::Params& p) const override;
  std::optional<run::RealDefaults> realDefaults() const override;
};

}  // namespace amp::labs
