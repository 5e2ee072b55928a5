// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "amp/run/lab.h"

namespace amp::labs {

/// Lab 12: a Linux master commanding an RTOS worker. The master sends a command every period
/// of the handler task, late by its own jitter; the command crosses the IPC and releases the
/// handler, one task of a fixed-priority task set on the worker core; the handler's result
/// drives an actuator. The model is response-time analysis with release jitter and blocking per
/// task and the end-to-end chain as a DAG whose longest path bounds the latency. The simulation
/// runs the task set under preemptive fixed priorities and must never exceed the bound. The
/// real face measures, cyclictest-style, what Linux adds: the master's timer and the wake-up
/// of the worker with the chosen mechanism, under background load.
/// Stations: 0 master, 1 IPC, 2 worker, 3 actuator.
class RtosLab final : public run::Lab {
 public:
  enum Station : std::uint16_t { kMaster = 0, kIpc = 1, kWorker = 2, kActuator = 3 };

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::vector<run::MetricSpec> metrics() const override;
  std::string keyMetric() const override { return "latency_us"; }
  std::vector<run::ChartSpec> charts() const override;
  std::vector<run::ModelValueSpec> modelValues() const override;
  std::vector<run::OutputSpec> outputs() const override;
  std::vector<run::PanelSpec> panels() const override;
  std::vector<run::Exercise> exercises() const override;
  run::Topology topology(const run::Params& p) const override;
  run::ModelResult model(const run::Params& p) const override;
  std::int64_t simulate(const run::Params& p, const run::SimControl& ctl,
                        observe::Recorder& rec) const override;
  double suggestedHorizonS(const run::Params& p) const override;
  void customMetrics(const run::Params& p, const observe::Aggregator& agg, run::Mode mode,
                     std::map<std::string, double>& out) const override;
  std::string likelyDeviation(const run::Params& p, run::Mode mode) const override;
  bool hasReal() const override { return true; }
  /// A handler is a fixed amount of computation: what the host takes from it stretches it.
  real::ServiceClock defaultServiceClock() const override { return real::ServiceClock::Work; }
  run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl,
                           observe::Recorder& rec) const override;
};

namespace rtos {
run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec);
/// Series and timeline names the faces fill.
inline constexpr const char* kWcrtSeries = "wcrt_us";
inline constexpr const char* kSeenSeries = "response_max_us";
inline constexpr const char* kTimeline = "schedule";
}  // namespace rtos

}  // namespace amp::labs
