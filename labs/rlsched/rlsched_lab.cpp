// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "rlsched/rlsched_lab.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"
#include "rlsched/rlsched_model.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

run::LabInfo RlschedLab::info() const {
  run::LabInfo i;
  i.id = "rlsched";
  i.title = "A learning master on fast and slow clusters";
  i.category = "AI and runtimes";
  i.question = "What does exploration cost, and how large an ε can you afford?";
  i.teacherNote =
      "Watch the learning curve fall as the agent fills its Q-table and settle near the best fixed threshold policy's line: a little below it at small ε (the agent also sees each task's size), above it as ε grows, by the price of exploring. "
      "Sweep ε: the simulated cost lies above the (ε/2)·Δ line from the start and bends upward, because a task sent to the slow cluster by a coin also delays the tasks queued behind it.";
  return i;
}

std::vector<run::ParamSpec> RlschedLab::params() const {
  const std::vector<std::string> learners{"epsilon_greedy", "ucb"};
  return {
      run::realParam("arrival_rate", "Arrival rate", "1/s", 1, 20000, 200)
          .withScale(Scale::Log)
          .withHelp("Tasks per second arriving at the master (Poisson)."),
      run::realParam("task_mix", "Large tasks", "", 0, 1, 0.2)
          .withStep(0.05)
          .withHelp("Fraction of tasks that are large (0 = all small, 1 = all large)."),
      run::realParam("small_ms", "Small task", "ms", 0.01, 1000, 2)
          .withScale(Scale::Log)
          .withHelp("Mean time of a small task on a fast core (exponential)."),
      run::realParam("large_ms", "Large task", "ms", 0.01, 1000, 10)
          .withScale(Scale::Log)
          .withHelp("Mean time of a large task on a fast core (exponential)."),
      run::integerParam("fast_cores", "Fast cores", "", 1, 16, 1).withHelp("Cores in the fast cluster."),
      run::integerParam("slow_cores", "Slow cores", "", 1, 16, 1).withHelp("Cores in the slow cluster."),
      run::realParam("slow_factor", "Slow core factor", "×", 1, 10, 3)
          .withStep(0.1)
          .withHelp("A slow core takes this many times as long as a fast one for the same task."),
      run::choiceParam("policy", "Master's policy",
                       {"random", "round_robin", "jsq", "always_fast", "threshold", "epsilon_greedy", "ucb"},
                       "epsilon_greedy")
          .withHelp(
              "random: a fair coin per task; round_robin: the clusters in turn; jsq: the cluster with fewer tasks per core; always_fast: never the slow cluster; threshold: slow when the fast cluster holds at least `threshold` more tasks; epsilon_greedy and ucb: learn from each task's response time."),
      run::integerParam("threshold", "Threshold", "tasks", 0, 50, 2)
          .relevantWhen("policy", {"threshold"})
          .withHelp(
              "The threshold policy sends a task to the slow cluster when the fast cluster holds at least this many more tasks than the slow one."),
      run::realParam("epsilon", "Exploration ε", "", 0, 1, 0.1)
          .withStep(0.01)
          .relevantWhen("policy", {"epsilon_greedy"})
          .withHelp(
              "epsilon_greedy: the share of tasks sent to a cluster chosen by a fair coin instead of the best one learned so far."),
      run::realParam("alpha", "Learning rate α", "", 0.001, 1, 0.1)
          .withScale(Scale::Log)
          .relevantWhen("policy", learners)
          .withHelp(
              "How far each response time moves the learned value: Q ← Q + α·(T − Q) (the first sample sets it)."),
      run::realParam("ucb_c", "UCB exploration constant", "ms", 0, 100, 5)
          .relevantWhen("policy", {"ucb"})
          .withHelp(
              "ucb: the bonus c·√(ln N/n) in ms subtracted from an action's learned response time; larger explores more."),
      run::realParam("budget_ms", "Exploration budget", "ms", 0, 100, 1)
          .withStep(0.1)
          .withHelp(
              "The mean latency overhead you accept for exploring; the model gives the largest ε within it, 2·budget/Δ."),
  };
}

std::vector<run::MetricSpec> RlschedLab::metrics() const {
  constexpr double kMs = 1e-6;  // stream durations are ns
  return {
      run::metricSpec("latency_ms", "Latency", "ms", MetricSource::Sojourn)
          .scaledBy(kMs)
          .withPercentiles()
          .withHelp("From a task's arrival at the master to its completion on a core."),
      run::metricSpec("latency_small_ms", "Latency, small tasks", "ms", MetricSource::Sojourn)
          .scaledBy(kMs)
          .ofClass(rlsched::kSmall)
          .withHelp("Latency of the small tasks only."),
      run::metricSpec("latency_large_ms", "Latency, large tasks", "ms", MetricSource::Sojourn)
          .scaledBy(kMs)
          .ofClass(rlsched::kLarge)
          .withHelp("Latency of the large tasks only."),
      run::metricSpec("regret", "Regret", "ms", MetricSource::Output)
          .withHelp(
              "Mean latency per task above the best fixed threshold policy on the same tasks (the simulation runs that policy as a twin on the same arrivals). "
              "Negative: the policy beat every fixed threshold (it also sees the task's size). A real run is compared with that policy simulated on the same tasks."),
      run::metricSpec("explore_overhead_ms", "Exploration overhead", "ms", MetricSource::Output)
          .withHelp(
              "Mean latency per task above the same learner that never explores (ε = 0, or c = 0 for UCB), on the same tasks: what exploring costs, including the tasks queued behind an explored one. Simulation only."),
      run::metricSpec("fast_share", "Sent to the fast cluster", "", MetricSource::Output)
          .withHelp("Fraction of tasks the master sent to the fast cluster."),
      run::metricSpec("fast_util", "Fast cluster utilization", "", MetricSource::Utilization, kFastStation)
          .withHelp("Busy fast cores ÷ fast cores, averaged over time."),
      run::metricSpec("slow_util", "Slow cluster utilization", "", MetricSource::Utilization, kSlowStation)
          .withHelp("Busy slow cores ÷ slow cores, averaged over time."),
  };
}

std::vector<run::ModelValueSpec> RlschedLab::modelValues() const {
  return {
      {"best_latency_ms", "best fixed threshold policy", "ms",
       "The lowest mean latency of any fixed threshold policy (solved as a CTMC for each threshold)."},
      {"best_threshold", "best threshold", "tasks", "The threshold of the best fixed threshold policy."},
      {"delta_ms", "Δ", "ms",
       "Mean gap between the two clusters' expected response times for an arriving task, at the learned policy: what one non-greedy choice costs, to first order."},
      {"epsilon_max", "largest ε within the budget", "", "2·budget/Δ (at most 1)."},
  };
}

std::vector<run::OutputSpec> RlschedLab::outputs() const {
  run::OutputSpec curve = run::outputSpec(kLearningCurve, "Latency over time", run::OutputKind::Series, "ms");
  curve.xLabel = "time";
  curve.xUnit = "s";
  run::OutputSpec regret = run::outputSpec(kRegretCurve, "Regret so far", run::OutputKind::Series, "ms");
  regret.xLabel = "time";
  regret.xUnit = "s";
  run::OutputSpec gap = run::outputSpec(kQGap, "Q(slow) − Q(fast) per state", run::OutputKind::Series, "ms");
  gap.xLabel = "state";
  return {std::move(curve), std::move(regret), std::move(gap),
          run::outputSpec(kQTable, "Q-table", run::OutputKind::Table)};
}

std::vector<run::ChartSpec> RlschedLab::charts() const {
  return {
      // No metric: its model line would sit on the best threshold's line, which is the target.
      run::chartSpec("learning_curve", "Learning curve: mean latency over time",
                     run::ChartKind::LearningCurve, {})
          .withSeries(kLearningCurve)
          .withWindow(10)
          .withReference("best_latency_ms")
          .withAxes("time [s]", "mean latency [ms]"),
      run::chartSpec("regret", "Regret against the best fixed threshold", run::ChartKind::TimeSeries,
                     {"regret"})
          .withSeries(kRegretCurve)
          .withAxes("time [s]", "mean regret per task so far [ms]"),
      run::chartSpec("q_table", "Learned Q-table: how much better fast is, per state",
                     run::ChartKind::BarsPerEntity, {})
          .withSeries(kQGap)
          .withAxes("state (size × fast bucket × slow bucket: the q_table output)", "Q gap [ms]"),
      run::chartSpec("explore_sweep", "Exploration overhead against ε, with the first-order (ε/2)·Δ",
                     run::ChartKind::SweepCurve, {"explore_overhead_ms"})
          .withSweep("epsilon", 0, 0.5, 6)
          .withAxes("ε", "latency overhead [ms]"),
      run::chartSpec("latency_hist", "Latency distribution", run::ChartKind::Histogram, {"latency_ms"})
          .withSeries("latency_ms")
          .withLogX()
          .withAxes("latency [ms]", "tasks"),
  };
}

run::Topology RlschedLab::topology(const run::Params& p) const {
  run::Topology g;
  const int fast = p.has("fast_cores") ? p.integer("fast_cores") : 1;
  const int slow = p.has("slow_cores") ? p.integer("slow_cores") : 1;
  auto src = boost::add_vertex({"tasks", run::StationRole::Source, 1, 0, 0.05, 0.5, false}, g);
  auto master = boost::add_vertex({"master", run::StationRole::Router, 1, 0, 0.3, 0.5, true}, g);
  auto f = boost::add_vertex({"fast cluster", run::StationRole::Queue, fast, 0, 0.62, 0.25, false}, g);
  auto s = boost::add_vertex({"slow cluster", run::StationRole::Queue, slow, 0, 0.62, 0.75, false}, g);
  auto sink = boost::add_vertex({"done", run::StationRole::Sink, 1, 0, 0.93, 0.5, false}, g);
  boost::add_edge(src, master, {"Poisson λ", 1.0}, g);
  // The edges carry the model's split: the chain of the policy where the split depends on the state.
  double share = 0.5;
  if (p.has("arrival_rate")) {
    const rlsched::Config c = rlsched::Config::from(p);
    if (c.policy == rlsched::Policy::AlwaysFast) {
      share = 1.0;
    } else if (c.policy != rlsched::Policy::Random) {
      const double eps = c.policy == rlsched::Policy::EpsilonGreedy ? c.epsilon : 0.0;
      const rlsched::Chain ch =
          rlsched::solveChain(c, c.learning() ? rlsched::Policy::EpsilonGreedy : c.policy, c.threshold, eps);
      if (ch.stable) share = ch.fastShare;
    }
  }
  boost::add_edge(master, f, {"", share}, g);
  boost::add_edge(master, s, {"", 1 - share}, g);
  boost::add_edge(f, sink, {"", 1.0}, g);
  boost::add_edge(s, sink, {"", 1.0}, g);
  return g;
}

void RlschedLab::deriveOutputs(const run::Params&, const observe::Aggregator&, run::Mode,
                               observe::LabOutputs& out) const {
  const auto& n = out.counters();
  auto ratio = [&](const char* sum, const char* count, const char* key) {
    const auto s = n.find(sum), c = n.find(count);
    if (s != n.end() && c != n.end() && c->second > 0) out.set(key, s->second / c->second);
  };
  ratio(kRegretSum, kPaired, "regret");
  ratio(kOverheadSum, kOverheadPaired, "explore_overhead_ms");
  ratio(kToFast, kDecided, "fast_share");
}

std::string RlschedLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  const rlsched::Config c = rlsched::Config::from(p);
  if (mode == run::Mode::Real)
    return run::phrase(
        "real threads pay a hand-off to a core's queue and OS scheduling noise (more so when threads outnumber cores); the slow cores are emulated by doing slow_factor times the work; a short run's agent is still learning");
  if (c.learning())
    return run::phrase(
        "the model takes the learned policy as greedy on each task's expected response time; the agent's coarse state, its learning phase and its estimates' noise are not in it");
  if (c.policy != rlsched::Policy::Random && c.policy != rlsched::Policy::AlwaysFast && c.taskMix > 0 &&
      c.taskMix < 1)
    return run::phrase("the chain gives both task sizes the same exponential service (the mixed mean)");
  return run::phrase("a 95% CI misses the true value 1 time in 20; rerun with another seed or longer");
}

}  // namespace amp::labs
