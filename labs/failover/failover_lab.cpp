// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "failover/failover_lab.h"

#include <map>

#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

run::LabInfo FailoverLab::info() const {
  return {
      "failover", "Failover: master panic, heartbeats and the way to a safe state", "Security and safety",
      "How long until the system is safe after the master dies, and how likely is it to get there?",
      "Watch the incident timeline: the master's beats stop, the workers count k misses and only then act, so "
      "detection alone costs about (k − ½)·H. Raise miss_limit and false alarms vanish while detection grows "
      "by H per miss. Then sweep worker_fail_rate: the protocol races the workers' failures, and P(safe) falls "
      "along the binomial curve with fixed steps (the CTMC with exponential ones). Spare workers beyond the "
      "quorum are what absorbs failures; exponential steps of the same means are safer, and their safe "
      "incidents shorter, because the short protocols are the ones that win the race."};
}

std::vector<run::ParamSpec> FailoverLab::params() const {
  return {
      run::realParam("heartbeat_ms", "Heartbeat interval", "ms", 1, 1000, 20)
          .withScale(Scale::Log)
          .withHelp("H: the master sends a heartbeat every H; the workers expect each one when it is due."),
      run::integerParam("miss_limit", "Misses before acting", "", 1, 20, 3)
          .withHelp("k: the workers suspect the master after k due beats in a row did not come."),
      run::realParam("hb_loss", "Heartbeat loss", "", 0, 0.95, 0.05)
          .withHelp("ℓ: probability that one heartbeat is lost on its way (each independently). Below 1: a "
                    "master whose every beat is lost cannot be told from a dead one."),
      run::integerParam("workers", "Workers", "", 1, kMaxWorkers, 3)
          .withHelp("n: worker cores alive when the master dies; every one runs each protocol step."),
      run::integerParam("quorum", "Quorum", "", 1, kMaxWorkers, 2)
          .withHelp("m: workers that must stay alive until the last step ends; below it the shutdown fails."),
      run::realParam("worker_fail_rate", "Worker failure rate", "1/s", 0, 50, 2)
          .withHelp("μ: each worker fails at this rate during the shutdown (exponential times, no repair)."),
      run::tableParam("steps", "Safe-state protocol steps",
                      {run::numberColumn("ms", "Duration", "ms", 0.1, 10000, 20)}, "[[20],[30],[20]]")
          .withRows(1, 16)
          .withHelp(
              "The protocol's steps in order (flush, fence, park…): each row one step's duration, the mean "
              "with exponential steps."),
      run::choiceParam("step_dist", "Step durations", {"det", "exp"}, "det")
          .withHelp(
              "det: each step takes exactly its duration (the binomial formula is exact). exp: exponential "
              "durations with those means (the CTMC is exact)."),
  };
}

std::string FailoverLab::paramsProblem(const run::Params& p) const {
  if (p.has("quorum") && p.has("workers") && p.integer("quorum") > p.integer("workers"))
    return "quorum = " + std::to_string(p.integer("quorum")) +
           " is more than workers = " + std::to_string(p.integer("workers")) +
           ": allowed is quorum ≤ workers (the quorum counts workers)";
  return {};
}

std::vector<run::MetricSpec> FailoverLab::metrics() const {
  return {
      run::metricSpec("detect_ms", "Detection delay", "ms", MetricSource::Output)
          .withHelp("From the master's panic to the workers' detection (the k-th miss in a row)."),
      run::metricSpec("time_to_safe_ms", "Time to the safe state", "ms", MetricSource::Output)
          .withPercentiles()
          .withHelp(
              "From the panic to the end of the last step, over the incidents that reached the safe state."),
      run::metricSpec("p_safe", "Probability of reaching the safe state", "", MetricSource::Output)
          .withHelp("Share of incidents whose last step ended with at least the quorum of workers alive."),
      run::metricSpec("false_alarms_per_hour", "False alarms", "1/h", MetricSource::Output)
          .withHelp("Alarms raised while the master still lived (k beats lost in a row), per hour of beats."),
      run::metricSpec("steps_ok", "Every step run once", "", MetricSource::Output)
          .realModeOnly()
          .withHelp(
              "Real mode: 1 when every step ended exactly once, in order, and every worker ran each step "
              "it lived through exactly once."),
  };
}

std::vector<run::OutputSpec> FailoverLab::outputs() const {
  return {run::outputSpec(kTimeline, "The incident: beats, misses, detection, steps, failures",
                          run::OutputKind::Timeline)};
}

std::vector<run::ModelValueSpec> FailoverLab::modelValues() const {
  return {
      {"protocol_ms", "Protocol length T", "ms", "Σ sᵢ: the steps' durations (means with exp steps)."},
      {"detect_max_ms", "Longest detection k·H", "ms", "Without losses no detection takes longer than k·H."},
      {"worker_survives", "One worker outlives the protocol", "",
       "e^(−μ·T) with fixed steps; Π 1/(1 + μ·sᵢ) with exponential ones."},
      {"false_alarm_per_beat", "False alarms per interval", "", "(1 − ℓ)·ℓ^k."},
  };
}

std::vector<run::ChartSpec> FailoverLab::charts() const {
  return {
      run::chartSpec("timeline", "The incident", run::ChartKind::Timeline, {}).withSeries(kTimeline),
      run::chartSpec("time_to_safe", "Time to the safe state", run::ChartKind::Histogram, {"time_to_safe_ms"})
          .withSeries("time_to_safe_ms")
          .withAxes("time to safe [ms]", "incidents"),
      run::chartSpec("p_safe_vs_fail_rate", "P(safe) against the worker failure rate",
                     run::ChartKind::SweepCurve, {"p_safe"})
          .withSweep("worker_fail_rate", 0, 20, 11)
          .withAxes("worker failure rate μ [1/s]", "P(safe)"),
      run::chartSpec("detect_vs_misses", "Detection against the miss limit", run::ChartKind::SweepCurve,
                     {"detect_ms"})
          .withSweep("miss_limit", 1, 8, 8)
          .withAxes("misses before acting k", "detection delay [ms]"),
  };
}

std::vector<run::PanelSpec> FailoverLab::panels() const { return {run::chartPanel("timeline")}; }

std::vector<run::Exercise> FailoverLab::exercises() const {
  const std::map<std::string, std::string> none;
  const std::map<std::string, std::string> noLoss{{"hb_loss", "0"}, {"miss_limit", "4"}};
  const std::map<std::string, std::string> harsh{{"worker_fail_rate", "10"}};
  const std::map<std::string, std::string> harshExp{{"worker_fail_rate", "10"}, {"step_dist", "exp"}};
  const std::map<std::string, std::string> lossy{{"hb_loss", "0.2"}};
  const std::map<std::string, std::string> calm{{"worker_fail_rate", "0"}};
  const auto at = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::modelAt(*this, setup, key));
  };
  const auto set = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::paramsWith(params(), setup).num(key));
  };
  return {
      {"detection",
       "No heartbeat is lost (hb_loss = 0) and the workers wait for k = " + set(noLoss, "miss_limit") +
           " misses; the master beats every H = " + set(noLoss, "heartbeat_ms") +
           " ms. Predict the mean detection delay in ms.",
       noLoss, "detect_ms", run::Mode::Model, 0.05,
       "The panic falls anywhere in a beat interval, so the first missed beat is due ½·H later on average, and "
       "k − 1 more follow: (k − ½)·H = " +
           at(noLoss, "detect_ms") + " ms, never more than k·H = " + at(noLoss, "detect_max_ms") +
           " ms. Every extra miss the workers wait for costs a whole interval."},
      {"false_alarms",
       "A lossy link: hb_loss = " + set(lossy, "hb_loss") +
           ". Predict the false alarms per hour (k beats lost in a row while the master lives); a simulation "
           "grades it.",
       lossy, "false_alarms_per_hour", run::Mode::Sim, 0.25,
       "A false alarm starts where a received beat is followed by k lost ones: (1 − ℓ)·ℓ^k = " +
           at(lossy, "false_alarm_per_beat") + " per interval, " + at(lossy, "false_alarms_per_hour") +
           " per hour at one beat every " + set(lossy, "heartbeat_ms") +
           " ms. One more miss divides it by 1/ℓ; the detection grows by H. The same losses also shorten the "
           "detection: " +
           at(lossy, "detect_ms") + " ms against " + at(none, "detect_ms") + " ms at the defaults."},
      {"race",
       "Workers now fail at " + set(harsh, "worker_fail_rate") + " per second during the shutdown (" +
           set(harsh, "workers") + " workers, quorum " + set(harsh, "quorum") +
           "). Predict P(safe) with fixed step times; a simulation grades it.",
       harsh, "p_safe", run::Mode::Sim, 0.1,
       "Each worker outlives the T = " + at(harsh, "protocol_ms") +
           " ms protocol with probability e^(−μ·T) = " + at(harsh, "worker_survives") +
           ", independently, so P(safe) = P(Binomial(n, e^(−μ·T)) ≥ m) = " + at(harsh, "p_safe") +
           ". With exponential steps of the same means the CTMC gives " + at(harshExp, "p_safe") +
           ": a worker's survival e^(−μ·T) gains more from a short protocol than it loses to a long one, and the "
           "incidents that end safe are mostly the short ones (" +
           at(harshExp, "time_to_safe_ms") + " ms to safe instead of " + at(harsh, "time_to_safe_ms") +
           " ms)."},
      {"real_incident",
       "Run the defaults without worker failures (worker_fail_rate = 0) on the real engine: the master is a "
       "process that is really killed. Predict the time from its death to the safe state in ms.",
       calm, "time_to_safe_ms", run::Mode::Real, 0.25,
       "Detection takes " + at(calm, "detect_ms") + " ms on average and the steps " +
           at(calm, "protocol_ms") + " ms: " + at(calm, "time_to_safe_ms") +
           " ms. The real detector looks for each beat a little after it is due (its grace, for the master's "
           "wake-up), and every step ends when the slowest worker has done it: the verdict shows the model with "
           "that grace."},
  };
}

run::Topology FailoverLab::topology(const run::Params& p) const {
  run::Topology g;
  const int workers = p.has("workers") ? p.integer("workers") : 3;
  auto master = boost::add_vertex({"master", run::StationRole::Queue, 1, 0, 0.15, 0.5, true}, g);
  auto w = boost::add_vertex({"workers", run::StationRole::Queue, workers, 0, 0.5, 0.5, false}, g);
  auto safe = boost::add_vertex({"safe state", run::StationRole::Sink, 1, 0, 0.85, 0.5, false}, g);
  boost::add_edge(master, w, {"heartbeats", 1.0}, g);
  boost::add_edge(w, safe, {"steps", 1.0}, g);
  return g;
}

std::string FailoverLab::likelyDeviation(const run::Params&, run::Mode mode) const {
  if (mode == run::Mode::Real)
    return run::phrase(
        "the real detector looks for each beat a grace after it is due, the master's beats and the kill land "
        "late by the host's wake-up latency, and a step ends when its slowest worker is done; few incidents "
        "give a wide CI");
  return run::phrase(
      "the model is exact here: a difference is sampling noise (p_safe and false alarms need many incidents)");
}

run::RealOutcome FailoverLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                      observe::Recorder& rec) const {
  return failover::runReal(p, ctl, rec);
}

}  // namespace amp::labs
