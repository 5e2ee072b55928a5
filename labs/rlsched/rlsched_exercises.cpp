// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Every number in an exercise is the model's at the exercise's settings, never typed.
#include <cmath>
#include <limits>
#include <map>

#include "amp/run/lab_text.h"
#include "rlsched/rlsched_lab.h"

namespace amp::labs {

namespace {
double valueOf(const run::ModelResult& m, const std::string& key) {
  const auto it = m.values.find(key);
  return it == m.values.end() ? std::numeric_limits<double>::quiet_NaN() : it->second;
}
std::string ms(double v) { return run::significant(v) + " ms"; }
}  // namespace

std::vector<run::Exercise> RlschedLab::exercises() const {
  const auto specs = params();
  std::vector<run::Exercise> out;
  {
    const std::map<std::string, std::string> setup{{"policy", "always_fast"}};
    const run::Params p = run::paramsWith(specs, setup);
    const run::ModelResult m = model(p);
    const double rho = valueOf(m, "fast_util");
    out.push_back(
        {"always_fast",
         "Start without the slow cluster: the master sends every task to the single fast core (always_fast). " +
             run::significant(p.num("task_mix") * 100, 2) + "% of the tasks are large (" +
             ms(p.num("large_ms")) + "), the rest small (" + ms(p.num("small_ms")) + "), at " +
             run::significant(p.num("arrival_rate")) + " tasks/s. Predict the mean latency in ms.",
         setup, "latency_ms", run::Mode::Model, 0.15,
         "The fast core is M/H₂/1, busy ρ = " + run::significant(rho, 2) +
             " of the time. Pollaczek–Khinchine: T = E[S] + λ·E[S²]/(2(1−ρ)) = " +
             ms(valueOf(m, "latency_ms")) + ". The mean task takes only " +
             ms((1 - p.num("task_mix")) * p.num("small_ms") + p.num("task_mix") * p.num("large_ms")) +
             ": the large tasks' variance makes the small ones wait. The best fixed threshold policy, which uses the slow core too, gets " +
             ms(valueOf(m, "best_latency_ms")) + "."});
  }
  {
    const std::map<std::string, std::string> setup{{"policy", "epsilon_greedy"}, {"epsilon", "0.3"}};
    const run::Params p = run::paramsWith(specs, setup);
    const run::ModelResult m = model(p);
    out.push_back(
        {"explore_cost",
         "The learning master explores: with probability ε = " + run::significant(p.num("epsilon")) +
             " it tosses a coin instead of taking the cluster it has learned is best. At the learned policy the two clusters' expected response times differ by Δ = " +
             ms(valueOf(m, "delta_ms")) +
             " for an arriving task, on average. Predict the simulated exploration overhead (latency above the same learner that never explores), in ms.",
         setup, "explore_overhead_ms", run::Mode::Sim, 0.5,
         "Half of the explored tasks land on the cluster the agent would have picked anyway, so the first-order estimate is (ε/2)·Δ = " +
             ms(valueOf(m, "explore_overhead_ms")) +
             ". The simulation measures more: a task sent to the slow cluster by the coin also delays the tasks queued behind it there, and a large one blocks a slow core for " +
             ms(p.num("large_ms") * p.num("slow_factor")) +
             " on average. That queueing is what the first-order rule leaves out, and it grows with the load."});
  }
  {
    const std::map<std::string, std::string> setup{{"policy", "epsilon_greedy"}};
    const run::Params p = run::paramsWith(specs, setup);
    const run::ModelResult m = model(p);
    out.push_back(
        {"budget",
         "You accept " + ms(p.num("budget_ms")) + " of mean latency for exploring. With Δ = " +
             ms(valueOf(m, "delta_ms")) + ", the first-order rule says the largest ε is 2·budget/Δ. At ε = " +
             run::significant(p.num("epsilon")) + ", predict the model's exploration overhead in ms.",
         setup, "explore_overhead_ms", run::Mode::Model, 0.15,
         "(ε/2)·Δ = " + run::significant(p.num("epsilon")) + "/2 × " + ms(valueOf(m, "delta_ms")) + " = " +
             ms(valueOf(m, "explore_overhead_ms")) + "; the largest ε within " + ms(p.num("budget_ms")) +
             " is " + run::significant(valueOf(m, "epsilon_max"), 2) +
             ". Exercise 2 shows why to stay below it: the first-order rule ignores the queueing, which grows with the load."});
  }
  {
    const std::map<std::string, std::string> setup{{"policy", "epsilon_greedy"}};
    const run::Params p = run::paramsWith(specs, setup);
    const run::ModelResult m = model(p);
    out.push_back(
        {"real_share",
         "Run the learning master for real: a master thread, one pinned thread per core of each cluster, the slow ones doing " +
             run::significant(p.num("slow_factor")) +
             " times the work (emulated, unless the machine has real little cores). Predict the fraction of tasks the agent sends to the fast cluster.",
         setup, "fast_share", run::Mode::Real, 0.15,
         "The learned policy, greedy on each task's expected response time with a coin ε = " +
             run::significant(p.num("epsilon")) + " of the time, sends " +
             run::significant(valueOf(m, "fast_share") * 100, 2) +
             "% of the tasks to the fast cluster in the model. The real agent is the same code; in a short run it is still learning, and its share moves with what it has seen."});
  }
  return out;
}

}  // namespace amp::labs
