// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include "amp/run/lab.h"

namespace amp::labs {

/// Lab 3: packets → master (steers each one: M/D/1) → one bounded ring per worker → delivered.
/// Stations: 0 packet source, 1 master, 2 sink, 3 .. workers+2 one per worker (its ring). The
/// sink comes before the workers so that its index does not depend on the worker count: it also
/// carries one State record per delivered packet, 1 when the packet completed after a later
/// packet of its flow (reordered), else 0.
class SteeringLab final : public run::Lab {
 public:
  enum Station : std::uint16_t { kSource = 0, kMaster = 1, kSink = 2, kFirstWorker = 3 };
  /// The lab's own outputs: packets steered per worker (a series by worker index) and the two
  /// counters whose ratio is `reordered`.
  static constexpr const char* kWorkerLoad = "worker_load";
  static constexpr const char* kLatePackets = "late_packets";
  static constexpr const char* kCheckedPackets = "checked_packets";

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::vector<run::MetricSpec> metrics() const override;
  std::string keyMetric() const override { return "latency_us"; }
  std::vector<run::ChartSpec> charts() const override;
  std::vector<run::Exercise> exercises() const override;
  std::vector<run::ModelValueSpec> modelValues() const override;
  run::Topology topology(const run::Params& p) const override;
  run::ModelResult model(const run::Params& p) const override;
  std::int64_t simulate(const run::Params& p, const run::SimControl& ctl,
                        observe::Recorder& rec) const override;
  double suggestedHorizonS(const run::Params& p) const override;
  bool hasReal() const override { return true; }
  /// Real packets (IPv4/UDP, valid checksums) through a real master thread that hashes each
  /// 5-tuple (Toeplitz) and steers it into bounded SPSC rings; workers parse and checksum.
  run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl,
                           observe::Recorder& rec) const override;
  std::vector<run::OutputSpec> outputs() const override;
  void deriveOutputs(const run::Params& p, const observe::Aggregator& agg, run::Mode mode,
                     observe::LabOutputs& out) const override;
  std::string likelyDeviation(const run::Params& p, run::Mode mode) const override;
  bool measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const override;
  std::optional<run::HostFit> hostFit() const override;
  std::optional<run::TimeScale> timeScale() const override;
};

}  // namespace amp::labs
