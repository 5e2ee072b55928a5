// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "containment/containment_lab.h"

namespace amp::labs {

namespace containment {

Setup setupOf(const run::Params& p) {
  Setup s;
  s.cores = std::max(1, p.integer("cores"));
  s.privileged = std::clamp(p.integer("privileged_cores"), 0, s.cores);
  s.tasks = std::max(1, p.integer("tasks"));
  s.quanta = std::max(1, p.integer("quanta"));
  s.untrusted = p.num("untrusted_fraction");
  s.exploit = p.num("exploit_prob");
  s.residual = p.num("residual_prob");
  s.amp = p.text("placement") == "amp";
  // The master kills a task once its CPU time passes the budget: it runs the whole quanta that fit.
  const int fit = static_cast<int>(std::floor(p.num("cpu_budget_ms") / ContainmentLab::kQuantumMs + 1e-9));
  s.runQuanta = std::min(s.quanta, fit);
  s.overBudget = fit < s.quanta;
  return s;
}

std::string poolProblem(const run::Params& p) {
  const int n = p.integer("cores"), k = p.integer("privileged_cores");
  if (k < n) return {};
  return "privileged_cores = " + run::formatNumber(k) + " is not less than cores = " + run::formatNumber(n) +
         ": allowed is privileged_cores ≤ cores − 1 (the untrusted tasks need at least one small core)";
}

double taskRisk(const Setup& s, double share) {
  return 1.0 - std::pow(1.0 - s.exploit * share, s.runQuanta) * (1.0 - s.residual);
}

double taskRiskStaying(const Setup& s, double share) {
  return share * (1.0 - std::pow(1.0 - s.exploit, s.runQuanta) * (1.0 - s.residual)) +
         (1.0 - share) * s.residual;
}

double anyOf(const Setup& s, double risk) { return 1.0 - std::pow(1.0 - s.untrusted * risk, s.tasks); }

}  // namespace containment

std::string ContainmentLab::paramsProblem(const run::Params& p) const { return containment::poolProblem(p); }

run::ModelResult ContainmentLab::model(const run::Params& p) const {
  using namespace containment;
  if (const std::string problem = poolProblem(p); !problem.empty()) throw std::invalid_argument(problem);
  const Setup s = setupOf(p);
  const double kn = static_cast<double>(s.privileged) / s.cores;
  const double share = s.amp ? 0.0 : kn;  // of an untrusted task's quanta, on privileged cores
  const double risk = taskRisk(s, share);
  const double small = s.amp ? s.cores - s.privileged : s.cores;  // cores an untrusted task may use

  run::ModelResult r;
  r.values["p_escalation"] = anyOf(s, risk);
  r.values["privileged_quanta"] = s.runQuanta * share;
  r.values["privileged_share"] = share;
  r.values["quanta_per_core"] = s.runQuanta / small;
  // Every escalated task is killed by the filter when it acts; an over-budget one by the master.
  r.values["killed_tasks"] = s.tasks * s.untrusted * (s.overBudget ? 1.0 : risk);
  r.values["p_symmetric"] = anyOf(s, taskRisk(s, kn));
  r.values["p_amp"] = anyOf(s, taskRisk(s, 0.0));
  for (const auto& [key, v] : r.values) r.exact[key] = true;

  r.values["task_risk"] = risk;
  r.values["p_staying"] = anyOf(s, s.amp ? s.residual : taskRiskStaying(s, kn));
  r.values["p_floor"] = anyOf(s, s.residual);
  r.values["cut_factor"] = r.values["p_amp"] > 0 ? r.values["p_symmetric"] / r.values["p_amp"] : INFINITY;
  r.values["k_over_n"] = kn;
  r.values["run_quanta"] = s.runQuanta;

  r.bottleneck = s.amp ? "residual risk" : "privileged cores";
  r.formula =
      "symmetric: P = 1 − (1 − u·(1 − (1 − v·k/n)^quanta·(1 − q)))^N; amp: P = 1 − (1 − u·q)^N. Exact when each "
      "quantum lands on a core drawn uniformly and independently (symmetric) and the draws are independent. "
      "Bracket, a task that stays on the one core it was given: per task u·[(k/n)·(1 − (1 − v)^quanta·(1 − q)) + "
      "(1 − k/n)·q]. A task over its CPU budget runs only ⌊cpu_budget_ms/1 ms⌋ quanta";
  r.notes.push_back(
      "the model knows only where quanta run: cache side channels across cores (a shared last-level cache, "
      "a shared branch predictor) are outside it, so amp's residual q must carry them");
  if (s.overBudget)
    r.notes.push_back("quanta × 1 ms is over cpu_budget_ms: the master kills every untrusted task after " +
                      run::formatNumber(s.runQuanta) + " quanta");
  return r;
}

}  // namespace amp::labs
