// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <cmath>
#include <string>

#include "amp/run/lab_text.h"
#include "rtos/rtos_lab.h"
#include "rtos/rtos_tasks.h"

namespace amp::labs {

run::ModelResult RtosLab::model(const run::Params& p) const {
  const rtos::System s = rtos::systemOf(p);
  const rtos::Analysis a = rtos::analyse(s);
  const auto h = static_cast<std::size_t>(s.handler);
  const auto us = [](double v) { return run::threeFigures(v) + " µs"; };

  run::ModelResult r;
  r.formula =
      "Response-time analysis per task (fixed priorities, preemptive): w = C + B + Σ_hp ⌈(w + J_j)/T_j⌉·C_j, "
      "iterated from w = C + B to a fixed point, R = J + w, schedulable when R ≤ D. The handler's J includes "
      "the master's assumed maximum jitter. End-to-end bound = longest path of the chain master → IPC → "
      "handler → actuator = J_master,max + IPC + (J_handler + w_handler) + actuator";
  r.values["utilization"] = a.rta.utilization;
  r.values["schedulable"] = a.rta.allSchedulable ? 1.0 : 0.0;
  r.exact["schedulable"] = true;
  r.values["handler_jitter_us"] = s.tasks[h].j;
  r.values["linux_share_us"] = s.jitterMax + s.ipc;
  r.values["bound_violations"] = 0.0;  // the bound is sound: the simulation never crosses it
  r.exact["bound_violations"] = true;
  // Each row's numbers under its own keys, so that texts quote the task set rather than type it.
  for (std::size_t i = 0; i < s.tasks.size(); ++i) {
    const std::string row = "row" + std::to_string(i + 1) + "_us";
    r.values["c_" + row] = s.tasks[i].c;
    r.values["t_" + row] = s.tasks[i].t;
    r.values["d_" + row] = s.tasks[i].d;
    r.values["b_" + row] = s.tasks[i].b;
    if (a.rta.schedulable[i]) r.values["wcrt_" + row] = a.rta.response[i];
  }
  if (a.rta.schedulable[h]) {
    r.values["handler_busy_us"] = a.rta.busy[h];
    r.values["wcrt_us"] = a.rta.response[h];
    r.values["bound_us"] = a.bound;
    // The model states no mean latency, only its worst case: the latency's model value is the bound.
    r.values["latency_us"] = a.bound;
    r.exact["wcrt_us"] = r.exact["bound_us"] = r.exact["latency_us"] = true;
  }

  // Each task in words, and the path that makes the bound.
  for (std::size_t i = 0; i < s.tasks.size(); ++i) {
    const auto& t = s.tasks[i];
    const std::string name = rtos::taskName(s, static_cast<int>(i));
    r.notes.push_back(a.rta.schedulable[i]
                          ? name + ": R = " + us(a.rta.response[i]) + " ≤ D = " + us(t.d) +
                                " (w = " + us(a.rta.busy[i]) + ", " + std::to_string(a.rta.iterations[i]) +
                                (a.rta.iterations[i] == 1 ? " step)" : " steps)")
                          : name + ": no fixed point within its deadline D = " + us(t.d) +
                                ": UNSCHEDULABLE, its response can exceed D");
  }
  if (a.rta.schedulable[h]) {
    std::string path = "bound " + us(a.bound) + " = ";
    for (std::size_t k = 0; k < a.path.steps.size(); ++k)
      path += (k > 0 ? " + " : "") + a.path.steps[k] + " " + us(a.path.stepWeights[k]);
    r.notes.push_back(path + "; sound, and pessimistic: it needs every stage at its worst at once");
  }
  if (s.handlerClamped)
    r.notes.push_back("the command handler's row is past the table's end: the last row handles commands");

  if (a.rta.utilization >= 1.0) {
    // Work piles up without end: no steady state for the simulation either.
    r.stable = false;
    r.bottleneck = "worker";
  } else if (!a.rta.allSchedulable) {
    std::size_t late = 0;
    while (a.rta.schedulable[late]) ++late;
    r.bottleneck = "worker: the task set is unschedulable (" + rtos::taskName(s, static_cast<int>(late)) +
                   " can miss its deadline)";
  } else {
    // The stage that contributes most to the bound.
    const auto& w = a.path.stepWeights;
    r.bottleneck = a.path.steps[static_cast<std::size_t>(std::max_element(w.begin(), w.end()) - w.begin())];
  }
  if (!a.rta.allSchedulable)
    r.notes.insert(r.notes.begin(),
                   std::string("the task set is UNSCHEDULABLE (utilization ") +
                       run::threeFigures(a.rta.utilization) +
                       "): at least one task has no response time within its deadline" +
                       (a.rta.schedulable[h] ? "" : ", among them the handler, so the chain has no bound"));
  return r;
}

}  // namespace amp::labs
