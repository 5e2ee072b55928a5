// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <string>

#include "amp/model/group_commit.h"
#include "amp/run/lab.h"
#include "amp/sim/arrival_stream.h"
#include "amp/sim/fault_schedule.h"

namespace amp::labs {

/// Lab 4: the master as transaction manager. Every transaction first runs its query on a
/// worker; a read then completes, a write goes on to the master, which commits writes in
/// groups: each write's own part (its UPDATEs), then one commit (the fsync) for the group.
/// Stations: 0 transactions, 1 workers (queries), 2 master (each write's part), 3 log (one
/// commit per group), 4 done. Request classes: 0 read, 1 write.
class CommitLab final : public run::Lab {
 public:
  enum Station : std::uint16_t { kSource = 0, kWorkers = 1, kMaster = 2, kLog = 3, kSink = 4 };
  enum Class : std::uint8_t { kRead = 0, kWrite = 1 };

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::vector<run::MetricSpec> metrics() const override;
  std::string keyMetric() const override { return "commit_latency_ms"; }
  std::vector<std::string> classes() const override { return {"read", "write"}; }
  std::vector<run::ChartSpec> charts() const override;
  std::vector<run::ModelValueSpec> modelValues() const override;
  std::vector<run::PanelSpec> panels() const override;
  std::vector<run::Exercise> exercises() const override;
  run::Topology topology(const run::Params& p) const override;
  run::ModelResult model(const run::Params& p) const override;
  std::int64_t simulate(const run::Params& p, const run::SimControl& ctl,
                        observe::Recorder& rec) const override;
  double suggestedHorizonS(const run::Params& p) const override;
  bool hasReal() const override { return true; }
  std::optional<run::HostFit> hostFit() const override;
  run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl,
                           observe::Recorder& rec) const override;
  void customMetrics(const run::Params& p, const observe::Aggregator& agg, run::Mode mode,
                     std::map<std::string, double>& out) const override;
  bool measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const override;
  std::string likelyDeviation(const run::Params& p, run::Mode mode) const override;
};

namespace commit {

/// The master's commit queue for these parameters: writes arrive at λ·write_fraction, each
/// costs commit_per_txn_ms (fixed), each group commit_fixed_ms; up to group_max per group,
/// waiting up to group_timeout_ms for a full one (0 = take what waits).
model::GroupCommitQueue commitQueue(const run::Params& p);

/// The transactions' schedule for a seed: arrival times, each one's query time [s] (stage 0)
/// and a uniform draw (stage 1) that makes it a write when below write_fraction. The simulation
/// and the real generator read the same one (twin runs).
sim::ArrivalStream arrivals(const run::Params& p, std::uint64_t seed);

/// What the balance check found in a bank database after a run.
struct BalanceCheck {
  bool opened = false;         ///< the database could be opened and read
  bool ok = false;             ///< total unchanged, integrity check clean, no acknowledged commit lost
  std::int64_t total = 0;      ///< the sum of all balances now
  std::int64_t expected = 0;   ///< what it was when the bank was made
  std::int64_t transfers = 0;  ///< committed transfers in the database
  std::int64_t lost = 0;       ///< transfers acknowledged as durable but missing
  std::string words;           ///< the outcome in a sentence
};

/// Re-opens the bank at `path` (a fresh connection, as after a crash: SQLite recovers its WAL)
/// and checks that the total balance is what the bank started with, that SQLite's integrity
/// check passes, and that each of the `acknowledged` transfer ids is in it. The lab runs this
/// after every real run; tests call it on purpose.
BalanceCheck checkBalance(const std::string& path, const std::vector<std::uint64_t>& acknowledged);

/// A real run with a fault schedule for its seats (the writer's seat is "master", a process):
/// "kill master@0.3" kills the writer with SIGKILL mid-run. The balance is checked afterwards
/// as after every run. CommitLab::runReal is this with no faults.
run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec,
                         const sim::FaultSchedule& faults);

}  // namespace commit

}  // namespace amp::labs
