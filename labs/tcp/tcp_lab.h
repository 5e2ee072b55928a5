// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include "amp/model/tcp_throughput.h"
#include "amp/run/lab.h"
#include "amp/sim/tcp_reno.h"

namespace amp::labs {

/// Lab 2: one Reno flow whose ACKs are processed by the master and whose segment payloads are
/// processed by workers, over a bottleneck link with a drop-tail buffer and random loss.
/// Stations: 0 master (ACKs, Reno; State = cwnd), 1 workers (payloads; State = 1 for a
/// retransmission, 0 for new data), 2 bottleneck link (drop-tail buffer), 3 forward path
/// (propagation; Drop = random loss), 4 receiver (Depart per segment delivered in order),
/// 5 return path (ACKs back to the master).
class TcpLab final : public run::Lab {
 public:
  enum Station : std::uint16_t {
    kMaster = 0,
    kWorkers = 1,
    kLink = 2,
    kForward = 3,
    kReceiver = 4,
    kReturn = 5
  };

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::vector<run::MetricSpec> metrics() const override;
  std::string keyMetric() const override { return "throughput_mbps"; }
  std::vector<run::ChartSpec> charts() const override;
  std::vector<run::Exercise> exercises() const override;
  std::vector<run::ModelValueSpec> modelValues() const override;
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

  /// The parameters as the model's flow description.
  static model::TcpFlowParams flowOf(const run::Params& p);
  /// The Reno settings both engines use: the receiver window is 2·(BDP + buffer), at least 64
  /// segments, so it limits only a flow the link cannot limit (one bound by master or workers).
  static sim::RenoConfig renoConfigOf(const run::Params& p);
  /// How a finite transfer ended (segment counts).
  struct TransferSummary {
    std::uint64_t sent = 0;       ///< distinct segments sent
    std::uint64_t acked = 0;      ///< acknowledged cumulatively by the time the sender saw the last ACK
    std::uint64_t delivered = 0;  ///< delivered in order at the receiver
    std::uint64_t retransmits = 0;
    double endS = 0;
  };
  /// Simulate sending exactly `segments` segments; stops when the last one is acknowledged (or at
  /// the horizon, then acked < sent).
  static TransferSummary simulateTransfer(const run::Params& p, const run::SimControl& ctl,
                                          observe::Recorder& rec, std::uint64_t segments);
  /// The loop of segments and ACKs when the master binds: Reno's mean window W̄ (set by losses,
  /// or the receiver's window without loss) circulates at the master's rate, so by Little's law one
  /// lap takes W̄·MSS/X_master, and what the path does not take waits as ACKs at the master.
  struct AckLoop {
    bool valid = false;    ///< only when the master's bound is the one that binds
    double window = 0;     ///< W̄ [segments]
    double rttEffS = 0;    ///< one lap [s]
    double pathS = 0;      ///< the lap outside the master: RTT + S_seg + MSS/C [s]
    double ackDelayS = 0;  ///< queue + processing at the master [s], at least one ACK cost
  };
  static AckLoop ackLoop(const run::Params& p);
  /// Padhye et al.'s Reno throughput with timeouts (T0 = the minimum RTO) [bit/s]; +inf without loss.
  static double padhyeThroughputBps(const run::Params& p);
  /// Delayed-ACK timer of the receiver when ack_every = 2 [s].
  static constexpr double kDelayedAckS = 0.04;
};

}  // namespace amp::labs
