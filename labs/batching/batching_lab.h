// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <string>

#include "amp/model/group_commit.h"
#include "amp/run/lab.h"

namespace amp::labs {

/// Lab 6: the master batches requests for an accelerator. Requests arrive (Poisson) at the
/// master, which forms batches by a policy (full, greedy, timeout) and hands one batch at a time
/// to the accelerator; a batch of k costs s0 + s1·k. Stations: 0 requests, 1 the master's batch
/// queue (a request's share s1 of its batch shows here), 2 the accelerator (the setup s0 of each
/// batch), 3 answered.
class BatchingLab final : public run::Lab {
 public:
  enum Station : std::uint16_t { kSource = 0, kQueue = 1, kAccel = 2, kSink = 3 };

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::vector<run::MetricSpec> metrics() const override;
  std::string keyMetric() const override { return "latency_ms"; }
  std::vector<run::ChartSpec> charts() const override;
  std::vector<run::ModelValueSpec> modelValues() const override;
  std::vector<run::Exercise> exercises() const override;
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
  bool measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const override;
  std::string likelyDeviation(const run::Params& p, run::Mode mode) const override;
};

namespace batching {

/// The accelerator's queue for these parameters as the bulk-service chain of model::groupCommit:
/// per-item time s1 (fixed), per-batch time s0, up to batch_max per batch; `full` waits for
/// batch_max (a = b, T = ∞), `greedy` takes what waits (a = 1), `timeout` waits up to
/// batch_timeout_ms for a full batch (a = b, T), its timer started as sim::BatchServer starts it.
model::GroupCommitQueue acceleratorQueue(const run::Params& p);

/// The smallest stable batch ⌊λ·s0/(1 − λ·s1)⌋ + 1 (s in seconds); 0 when λ·s1 ≥ 1 (none is).
int smallestStableBatch(double lambda, double s0, double s1);

/// The quick estimate of the mean latency under `full` with b per batch [s]: the formation wait
/// (b − 1)/(2λ), plus Kingman's wait for the E_b/D/1 accelerator queue, plus the batch's own
/// s0 + s1·b. +∞ when unstable.
double quickLatencyS(double lambda, double s0, double s1, int b);

}  // namespace batching

}  // namespace amp::labs
