// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "rlsched/rlsched_agent.h"

#include <algorithm>
#include <cmath>

namespace amp::labs::rlsched {

namespace {
Policy policyOf(const std::string& name) {
  if (name == "round_robin") return Policy::RoundRobin;
  if (name == "jsq") return Policy::Jsq;
  if (name == "always_fast") return Policy::AlwaysFast;
  if (name == "threshold") return Policy::Threshold;
  if (name == "epsilon_greedy") return Policy::EpsilonGreedy;
  if (name == "ucb") return Policy::Ucb;
  return Policy::Random;
}
}  // namespace

Config Config::from(const run::Params& p) {
  Config c;
  c.arrivalRate = p.num("arrival_rate");
  c.taskMix = p.num("task_mix");
  c.smallS = p.num("small_ms") / 1000.0;
  c.largeS = p.num("large_ms") / 1000.0;
  c.fastCores = std::max(1, p.integer("fast_cores"));
  c.slowCores = std::max(1, p.integer("slow_cores"));
  c.slowFactor = p.num("slow_factor");
  c.policy = policyOf(p.text("policy"));
  c.threshold = p.integer("threshold");
  c.epsilon = p.num("epsilon");
  c.alpha = p.num("alpha");
  c.ucbC = p.num("ucb_c");
  c.budgetMs = p.num("budget_ms");
  return c;
}

int bucketOf(int tasks, int cores) { return std::min(tasks / std::max(1, cores), kBuckets - 1); }

int stateOf(int cls, int fastTasks, int slowTasks, const Config& c) {
  return (cls * kBuckets + bucketOf(fastTasks, c.fastCores)) * kBuckets + bucketOf(slowTasks, c.slowCores);
}

std::string stateName(int state) {
  const int slow = state % kBuckets, fast = state / kBuckets % kBuckets, cls = state / (kBuckets * kBuckets);
  auto bucket = [](int b) { return b == kBuckets - 1 ? std::to_string(b) + "+" : std::to_string(b); };
  return std::string(cls == kLarge ? "large" : "small") + ", fast " + bucket(fast) + ", slow " + bucket(slow);
}

Agent::Agent(bool ucb, double epsilon, double alpha, double ucbC, std::uint64_t seed)
    : ucb_(ucb), epsilon_(epsilon), alpha_(alpha), ucbC_(ucbC), rng_(seed, 7) {}

int Agent::greedy(int state) const {
  // Ties go to the fast cluster; an action never rewarded keeps its optimistic Q = 0.
  return q_[idx(state, kSlow)] < q_[idx(state, kFast)] ? kSlow : kFast;
}

int Agent::choose(int state) {
  const int best = greedy(state);
  int action = best;
  if (ucb_) {
    const std::uint64_t nf = tries_[idx(state, kFast)], ns = tries_[idx(state, kSlow)];
    if (nf == 0 || ns == 0) {
      action = nf == 0 ? kFast : kSlow;
    } else {
      const double logN = std::log(static_cast<double>(nf + ns));
      auto index = [&](int a) {
        return q_[idx(state, a)] - ucbC_ * std::sqrt(logN / static_cast<double>(tries_[idx(state, a)]));
      };
      action = index(kSlow) < index(kFast) ? kSlow : kFast;
    }
  } else if (epsilon_ > 0 && rng_.uniform01() < epsilon_) {
    action = static_cast<int>(rng_.below(2));
  }
  if (action != best) ++explored_;
  ++tries_[idx(state, action)];
  return action;
}

void Agent::learn(int state, int action, double costMs) {
  const std::size_t i = idx(state, action);
  ++samples_[i];
  q_[i] = samples_[i] == 1 ? costMs : q_[i] + alpha_ * (costMs - q_[i]);
}

Dispatcher::Dispatcher(const Config& c, std::uint64_t seed, DecisionLog* log)
    : c_(c), agent_(c.policy == Policy::Ucb, c.epsilon, c.alpha, c.ucbC, seed), log_(log) {}

int Dispatcher::choose(int cls, int fastTasks, int slowTasks, double u) {
  lastState_ = stateOf(cls, fastTasks, slowTasks, c_);
  int action = kFast;
  switch (c_.policy) {
    case Policy::Random:
      action = u < 0.5 ? kFast : kSlow;
      break;
    case Policy::RoundRobin:
      action = nextRr_;
      nextRr_ = 1 - nextRr_;
      break;
    case Policy::Jsq:
      // Fewest tasks per core (fast on a tie), compared without division.
      action = fastTasks * c_.slowCores <= slowTasks * c_.fastCores ? kFast : kSlow;
      break;
    case Policy::AlwaysFast:
      break;
    case Policy::Threshold:
      action = fastTasks - slowTasks >= c_.threshold ? kSlow : kFast;
      break;
    case Policy::EpsilonGreedy:
    case Policy::Ucb:
      action = agent_.choose(lastState_);
      break;
  }
  if (log_ != nullptr && c_.learning()) log_->push_back({true, lastState_, action, 0.0});
  return action;
}

void Dispatcher::learn(int state, int action, double costMs) {
  if (!c_.learning()) return;
  agent_.learn(state, action, costMs);
  if (log_ != nullptr) log_->push_back({false, state, action, costMs});
}

std::uint64_t agentSeed(std::uint64_t runSeed) { return runSeed * 0x9E3779B97F4A7C15ULL + 0x5EED; }

}  // namespace amp::labs::rlsched
