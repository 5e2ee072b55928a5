// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "amp/run/lab.h"

namespace amp::labs {

/// Lab 13: the master panics. It sent a heartbeat every H; the workers count a miss at every
/// beat that did not come and suspect the master after k misses in a row; once it is really
/// gone they run the safe-state protocol (a list of steps, one after the other, each done by
/// every worker still alive) while workers fail at a rate μ each; the system is safe when the
/// last step ends with at least a quorum m alive. One incident per replication (a transient run).
/// Stations: 0 master, 1 workers, 2 safe state.
class FailoverLab final : public run::Lab {
 public:
  enum Station : std::uint16_t { kMaster = 0, kWorkers = 1, kSafe = 2 };
  static constexpr const char* kTimeline = "incident";
  static constexpr int kMaxWorkers = 16;

  run::LabInfo info() const override;
  std::vector<run::ParamSpec> params() const override;
  std::string paramsProblem(const run::Params& p) const override;
  std::vector<run::MetricSpec> metrics() const override;
  /// The question's headline. Only safe incidents have one: where few are safe, a precision-driven
  /// run may stop on a single one (a CI of zero width), so sweeps of P(safe) want fixed --reps.
  std::string keyMetric() const override { return "time_to_safe_ms"; }
  std::vector<run::ChartSpec> charts() const override;
  std::vector<run::OutputSpec> outputs() const override;
  std::vector<run::ModelValueSpec> modelValues() const override;
  std::vector<run::Exercise> exercises() const override;
  std::vector<run::PanelSpec> panels() const override;
  run::RunKind runKind() const override { return run::RunKind::Transient; }
  run::Topology topology(const run::Params& p) const override;
  run::ModelResult model(const run::Params& p) const override;
  std::int64_t simulate(const run::Params& p, const run::SimControl& ctl,
                        observe::Recorder& rec) const override;
  double suggestedHorizonS(const run::Params& p) const override;
  std::string likelyDeviation(const run::Params& p, run::Mode mode) const override;
  bool hasReal() const override { return true; }
  real::ServiceClock defaultServiceClock() const override { return real::ServiceClock::Time; }
  run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl,
                           observe::Recorder& rec) const override;
};

namespace failover {

/// The incident as both faces run it, from the parameters (times in seconds).
struct Setup {
  double beatS = 0.02;
  int missLimit = 3;
  double loss = 0.0;
  int workers = 3, quorum = 2;
  double failRate = 0.0;       ///< per worker, per second, from detection on
  std::vector<double> stepsS;  ///< mean (exp) or fixed (det) duration of each step
  bool expSteps = false;
  /// The real detector looks for beat j at j·H + grace (its travel and the master's wake-up);
  /// 0 in the model and the simulation, which look the instant it is due.
  double graceS = 0.0;
};
Setup setupOf(const run::Params& p);

/// Streams of one incident's draws: the same seed gives the same panic phase, step times and
/// worker failures in the simulation and the real run (their twin).
enum Stream : std::uint64_t { kLossStream = 1, kPanicStream = 2, kStepStream = 3, kFailStream = 10 };
/// The panic falls uniformly inside the heartbeat interval after beat `beatsBefore`.
double panicS(const Setup& s, int beatsBefore, std::uint64_t seed);
/// Each step's duration for this incident.
std::vector<double> stepDurations(const Setup& s, std::uint64_t seed);
/// Worker i fails this long after detection (infinity without failures).
double failAfterS(const Setup& s, int worker, std::uint64_t seed);

/// What a worker's detector says at each due beat: a beat that did not come is a miss; k misses
/// in a row make the master suspect; an alarm is the tick at which a run of misses reaches k
/// (one per run: a false alarm when the master still lives).
class Detector {
 public:
  explicit Detector(int missLimit) : k_(missLimit) {}
  /// Returns true when this tick raises the alarm.
  bool tick(bool received) {
    misses_ = received ? 0 : misses_ + 1;
    return misses_ == k_;
  }
  bool suspects() const { return misses_ >= k_; }
  int misses() const { return misses_; }

 private:
  int k_;
  int misses_ = 0;
};

/// The incident's timeline: events by kind ("beat", "lost", "panic", "miss", "alarm", "detect",
/// "step", "fail", "safe", "unsafe"), each kind on a lane of its own in that order, so that the
/// lane's name says what a mark is. Adds them to the lab's timeline in `out`.
void addTimeline(std::vector<observe::TimelineEvent> events, observe::LabOutputs& out);

/// The model's pieces, for the text and the tests.
/// Mean detection delay H·(k − ½ − Σ_{i=1}^{k−1} ℓ^i) + grace.
double meanDetectS(const Setup& s);
/// False alarms per heartbeat interval: (1 − ℓ)·ℓ^k.
double falseAlarmsPerBeat(const Setup& s);
/// P(Binomial(n, p) ≥ m).
double binomialAtLeast(int n, double p, int m);

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec);

}  // namespace failover

}  // namespace amp::labs
