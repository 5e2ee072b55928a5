// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "amp/run/lab.h"

namespace amp::labs {

/// Lab 10: the master as cryptographic gatekeeper. N clients in a closed loop: each thinks for
/// Z, asks the one key-holding core for a signature, waits for it, and thinks again. The
/// gatekeeper is a single FCFS server with demand D per signature, so the model is the MVA of
/// one queueing and one delay station (engine/model/mva.h), exact for exponential signing times.
/// The real face signs with libsodium (Ed25519 or HMAC-SHA256), keeps the key in guarded memory
/// of the gatekeeper only, and checks what isolation buys: in `thread` isolation a worker thread
/// finds the key in its own address space; in `process` isolation the key is absent from the
/// workers' memory. Stations: 0 clients (thinking), 1 gatekeeper.
class CryptoLab final : public run::Lab {
 public:
  enum Station : std::uint16_t { kClients = 0, kGatekeeper = 1 };
  static constexpr int kMaxClients = 256;

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::vector<run::MetricSpec> metrics() const override;
  std::string keyMetric() const override { return "response_ms"; }
  std::vector<run::ChartSpec> charts() const override;
  std::vector<run::ModelValueSpec> modelValues() const override;
  std::vector<run::PanelSpec> panels() const override;
  std::vector<run::Exercise> exercises() const override;
  run::Topology topology(const run::Params& p) const override;
  run::ModelResult model(const run::Params& p) const override;
  std::int64_t simulate(const run::Params& p, const run::SimControl& ctl,
                        observe::Recorder& rec) const override;
  double suggestedHorizonS(const run::Params& p) const override;
  std::string likelyDeviation(const run::Params& p, run::Mode mode) const override;
  bool measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const override;
  std::optional<run::HostFit> hostFit() const override;
  bool hasReal() const override { return true; }
  /// Signing is a fixed amount of computation: the work clock is what it is.
  real::ServiceClock defaultServiceClock() const override { return real::ServiceClock::Work; }
  run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl,
                           observe::Recorder& rec) const override;
};

namespace crypto {
run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec);
}  // namespace crypto

}  // namespace amp::labs
