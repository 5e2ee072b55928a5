// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <cmath>
#include <string>

#include "amp/sim/rng.h"
#include "amp/sim/simulator.h"
#include "failover/failover_lab.h"

namespace amp::labs {

using observe::ObsKind;

namespace {

// Healthy beats watched for false alarms before the panic: enough for a rate of a few per ten
// thousand intervals to show; a plain loop of Bernoulli draws, so cheap.
constexpr int kWatchBeats = 20000;

/// One incident: the master beats until the panic, the detector ticks at every due beat, the
/// workers run the protocol's steps while each may fail, until safe or below the quorum.
class Incident final : public sim::EventHandler {
 public:
  Incident(const run::Params& p, const run::SimControl& ctl, observe::Recorder& rec)
      : s_(failover::setupOf(p)),
        seed_(ctl.seed),
        sim_(rec),
        out_(rec.outputs()),
        detector_(s_.missLimit),
        beatsBefore_(std::max(kWatchBeats, s_.missLimit + 2)),
        // The timeline shows the last k + 2 beats before the panic, as the real run has them.
        shownFromS_((beatsBefore_ - s_.missLimit - 2) * s_.beatS),
        panicS_(failover::panicS(s_, beatsBefore_, ctl.seed)),
        durations_(failover::stepDurations(s_, ctl.seed)),
        alive_(s_.workers) {
    self_ = sim_.addHandler(this);
  }

  std::int64_t run(const run::SimControl& ctl) {
    watchHealthyBeats();
    // The simulated clock starts where the timeline does: the healthy beats before it took no
    // simulated time (a run's horizon guards the incident, not the watch).
    sim_.scheduleAt(panicS_ - shownFromS_, self_, kPanic);
    sim_.scheduleAt((beatsBefore_ + 1) * s_.beatS + s_.graceS - shownFromS_, self_, kTick, beatsBefore_ + 1);
    // Cancelled or cut by the horizon, the incident has no outcome: p_safe stays unset.
    const std::int64_t end = sim_.run(ctl);
    failover::addTimeline(std::move(timeline_), out_);
    return end;
  }

  void handle(const sim::Event& e) override {
    switch (e.type) {
      case kPanic:
        sim_.emit(ObsKind::Fault, 0, FailoverLab::kMaster, 0, 0.0);
        event(now(), now(), "panic");
        return;
      case kTick: {
        detector_.tick(false);  // after the panic no beat comes
        event(now(), now(), "miss");
        if (!detector_.suspects()) {
          sim_.schedule(s_.beatS, self_, kTick, e.data + 1);
          return;
        }
        detectS_ = now();
        out_.set("detect_ms", (detectS_ - panicS_) * 1000.0);
        event(detectS_, detectS_, "detect");
        for (int w = 0; w < s_.workers; ++w) {
          const double after = failover::failAfterS(s_, w, seed_);
          if (std::isfinite(after)) sim_.schedule(after, self_, kFail, static_cast<std::uint64_t>(w));
        }
        startStep(0);
        return;
      }
      case kStepDone: {
        const auto i = static_cast<std::size_t>(e.data);
        sim_.emit(ObsKind::Finish, i, FailoverLab::kWorkers, 0, durations_[i] * 1e9);
        event(now() - durations_[i], now(), "step");
        if (i + 1 < durations_.size()) {
          startStep(i + 1);
          return;
        }
        sim_.emit(ObsKind::Depart, i, FailoverLab::kSafe, -1, (now() - panicS_) * 1e9);
        event(now(), now(), "safe");
        end(true);
        return;
      }
      default: {
        --alive_;
        event(now(), now(), "fail");
        if (alive_ >= s_.quorum) return;
        event(now(), now(), "unsafe");
        end(false);
      }
    }
  }

 private:
  enum : std::uint32_t { kPanic = 0, kTick = 1, kStepDone = 2, kFail = 3 };

  /// Beats 1 .. beatsBefore_, each due at j·H and lost with probability ℓ; the detector counts
  /// the alarms they raise while the master lives (false ones) and carries its misses on.
  void watchHealthyBeats() {
    sim::Rng loss(seed_, failover::kLossStream);
    int alarms = 0;
    for (int j = 1; j <= beatsBefore_; ++j) {
      const bool received = !(loss.uniform01() < s_.loss);
      const bool alarm = detector_.tick(received);
      alarms += alarm ? 1 : 0;
      const double t = j * s_.beatS;
      if (j <= beatsBefore_ - s_.missLimit - 2) continue;
      event(t, t, received ? "beat" : "lost");
      if (!received) event(t + s_.graceS, t + s_.graceS, "miss");
      if (alarm) event(t + s_.graceS, t + s_.graceS, "alarm");
    }
    out_.set("false_alarms_per_hour", alarms * 3600.0 / (beatsBefore_ * s_.beatS));
  }

  void startStep(std::size_t i) {
    sim_.emit(ObsKind::Start, i, FailoverLab::kWorkers, 0, 0.0);
    sim_.schedule(durations_[i], self_, kStepDone, i);
  }

  void end(bool safe) {
    out_.set("p_safe", safe ? 1.0 : 0.0);
    if (safe) out_.sample("time_to_safe_ms", (now() - panicS_) * 1000.0);
    sim_.stop();
  }

  /// The incident's time (the watch's clock): the simulated clock plus the watch before it.
  double now() const { return sim_.now() + shownFromS_; }

  /// Timeline times from the first beat shown, so both faces' timelines start near 0.
  void event(double from, double to, const char* kind) {
    timeline_.push_back({{}, from - shownFromS_, to - shownFromS_, kind});
  }

  failover::Setup s_;
  std::uint64_t seed_;
  sim::Simulator sim_;
  observe::LabOutputs& out_;
  failover::Detector detector_;
  int beatsBefore_;
  double shownFromS_, panicS_;
  std::vector<double> durations_;
  std::vector<observe::TimelineEvent> timeline_;
  int alive_;
  double detectS_ = 0.0;
  std::uint32_t self_ = 0;
};

}  // namespace

std::int64_t FailoverLab::simulate(const run::Params& p, const run::SimControl& ctl,
                                   observe::Recorder& rec) const {
  Incident incident(p, ctl, rec);
  return incident.run(ctl);
}

double FailoverLab::suggestedHorizonS(const run::Params& p) const {
  // An incident ends by itself; the horizon only guards a runaway (a long exponential step).
  const failover::Setup s = failover::setupOf(p);
  double total = 0.0;
  for (double d : s.stepsS) total += d;
  return (3.0 * s.missLimit + 6) * s.beatS + 100.0 * total + 1.0;
}

}  // namespace amp::labs
