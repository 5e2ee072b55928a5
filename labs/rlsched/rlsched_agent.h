// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "amp/run/params.h"
#include "amp/sim/rng.h"

// The master's decision, one piece of code for both faces: the simulation's dispatcher and the
// real master thread construct the same Dispatcher and feed it the same kind of observations.
namespace amp::labs::rlsched {

enum class Policy { Random, RoundRobin, Jsq, AlwaysFast, Threshold, EpsilonGreedy, Ucb };
enum Cluster : int { kFast = 0, kSlow = 1 };
enum TaskClass : int { kSmall = 0, kLarge = 1 };

struct Config {
  double arrivalRate = 0;  ///< tasks/s
  double taskMix = 0;      ///< fraction of large tasks
  double smallS = 0, largeS = 0;
  int fastCores = 1, slowCores = 1;
  double slowFactor = 1;
  Policy policy = Policy::Random;
  int threshold = 0;
  double epsilon = 0, alpha = 0, ucbC = 0, budgetMs = 0;

  static Config from(const run::Params& p);
  bool learning() const { return policy == Policy::EpsilonGreedy || policy == Policy::Ucb; }
  int cores(int cluster) const { return cluster == kFast ? fastCores : slowCores; }
  /// A task's mean service on the fast cluster (the mix of both sizes) [s].
  double meanServiceS() const { return (1 - taskMix) * smallS + taskMix * largeS; }
  double classMeanS(int cls) const { return cls == kLarge ? largeS : smallS; }
  double speed(int cluster) const { return cluster == kFast ? 1.0 : slowFactor; }
};

/// What the master observes: the task's size class and, per cluster, how many tasks it holds per
/// core, in four buckets (a core free, up to one waiting per core, up to two, more).
constexpr int kBuckets = 4;
constexpr int kStates = 2 * kBuckets * kBuckets;
int bucketOf(int tasks, int cores);
int stateOf(int cls, int fastTasks, int slowTasks, const Config& c);
/// "large, fast 1, slow 0+": a state in words, for the Q-table.
std::string stateName(int state);

/// A tabular contextual bandit that minimises response time: Q(s, a) is the mean response time
/// [ms] of tasks sent to cluster a in state s (the first sample replaces the optimistic 0, then a
/// step of alpha). epsilon-greedy explores uniformly with probability epsilon; UCB takes the
/// lowest Q(s, a) − c·√(ln N(s) / N(s, a)), an untried action first.
class Agent {
 public:
  Agent(bool ucb, double epsilon, double alpha, double ucbC, std::uint64_t seed);
  int choose(int state);
  void learn(int state, int action, double costMs);
  int greedy(int state) const;
  double q(int state, int action) const { return q_[idx(state, action)]; }
  std::uint64_t tries(int state, int action) const { return tries_[idx(state, action)]; }
  std::uint64_t samples(int state, int action) const { return samples_[idx(state, action)]; }
  std::uint64_t explored() const { return explored_; }  ///< choices that were not greedy

 private:
  static std::size_t idx(int s, int a) { return static_cast<std::size_t>(2 * s + a); }
  bool ucb_;
  double epsilon_, alpha_, ucbC_;
  sim::Rng rng_;
  std::array<double, 2 * kStates> q_{};
  std::array<std::uint64_t, 2 * kStates> tries_{}, samples_{};
  std::uint64_t explored_ = 0;
};

/// One thing the master did, in order: a decision (state → action) or a lesson (state, action,
/// cost). Replaying the lessons into a fresh Agent of the same seed gives the same decisions.
struct Step {
  bool decision = true;
  int state = 0, action = 0;
  double costMs = 0;
};
using DecisionLog = std::vector<Step>;

/// Every policy of the lab behind one call: the static baselines and the learning agent.
class Dispatcher {
 public:
  Dispatcher(const Config& c, std::uint64_t seed, DecisionLog* log = nullptr);
  /// The cluster for a task of class `cls` with the clusters holding `fastTasks`, `slowTasks`;
  /// `u` is the task's own uniform draw (the random policy's coin, common to twin runs).
  int choose(int cls, int fastTasks, int slowTasks, double u);
  int lastState() const { return lastState_; }
  /// A task decided in `state` and sent to `action` took `costMs` from arrival to completion.
  void learn(int state, int action, double costMs);
  const Agent* agent() const { return c_.learning() ? &agent_ : nullptr; }

 private:
  Config c_;
  Agent agent_;
  DecisionLog* log_;
  int lastState_ = 0;
  int nextRr_ = kFast;
};

/// The agent's seed for a run seed (both faces use it, so a twin run learns alike).
std::uint64_t agentSeed(std::uint64_t runSeed);

}  // namespace amp::labs::rlsched
