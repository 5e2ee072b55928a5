// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "containment/containment_lab.h"

#include <map>

#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

run::LabInfo ContainmentLab::info() const {
  return {
      "containment", "Containment: untrusted code only on small cores", "Security and safety",
      "How much does pinning untrusted work to a small-core pool cut the chance of privilege escalation?",
      "Sweep the tasks in both placements. Symmetric: every untrusted quantum has a k/n chance of landing on "
      "a privileged core, so the risk grows with the quanta and the tasks; amp: no untrusted quantum ever "
      "runs there and only the residual q is left, the floor no placement removes. The cut is large when "
      "v·quanta·k/n is large against q, and small when q dominates. In real mode the lab counts, with "
      "sched_getcpu() in every quantum, where the sandboxed tasks really ran: none on the privileged core in "
      "amp, about k/n of the quanta in symmetric. The exploit itself is drawn, not performed; the sandbox "
      "is real: a task that tries a forbidden system call dies by its seccomp filter, one over its CPU "
      "budget by the master. Point out what the model leaves out: caches shared across cores."};
}

std::vector<run::ParamSpec> ContainmentLab::params() const {
  return {
      run::integerParam("cores", "Cores", "", 2, kMaxCores, 4)
          .withHelp(
              "All the cores (n). The real face maps them onto the CPUs this machine has and says how."),
      run::integerParam("privileged_cores", "Privileged cores", "", 1, kMaxCores - 1, 1)
          .withHelp("Cores that run privileged code (k): the kernel's, the master's, the key holder's. An "
                    "untrusted quantum there is a chance for an exploit. Fewer than the cores."),
      run::realParam("untrusted_fraction", "Untrusted fraction", "", 0, 1, 0.25)
          .withHelp("Share of the tasks that run untrusted code (u); each task is untrusted with this "
                    "probability."),
      run::realParam("exploit_prob", "Exploit probability", "", 0, 1, 0.01)
          .withHelp(
              "Chance that one untrusted quantum on a privileged core turns into a privilege escalation "
              "(v). Drawn, in every face: the lab exploits nothing."),
      run::realParam("residual_prob", "Residual risk", "", 0, 1, 0.001)
          .withHelp(
              "Risk per untrusted task that remains wherever it runs (q): a kernel bug reachable from any "
              "core, a side channel through a shared cache."),
      run::integerParam("tasks", "Tasks", "", 1, kMaxTasks, 20)
          .withScale(Scale::Log)
          .withHelp("Tasks in one batch (N), trusted and untrusted. The escalation counts when any of them "
                    "escalates."),
      run::integerParam("quanta", "Quanta per task", "", 1, kMaxQuanta, 20)
          .withHelp(
              "Scheduling quanta each task runs; a quantum is 1 ms of the task's CPU time in real mode."),
      run::choiceParam("placement", "Placement", {"symmetric", "amp"}, "amp")
          .withHelp("symmetric: any quantum may run on any core. amp: untrusted tasks run only on the small "
                    "cores, never on a privileged one."),
      run::realParam("cpu_budget_ms", "CPU budget", "ms", 1, 10000, 100)
          .withScale(Scale::Log)
          .withHelp("CPU time an untrusted task may use; the master kills it past this. With quanta × 1 ms "
                    "over the budget every untrusted task is killed."),
  };
}

std::vector<run::MetricSpec> ContainmentLab::metrics() const {
  return {
      run::metricSpec("p_escalation", "P(escalation)", "", MetricSource::Output)
          .withHelp(
              "Chance that at least one task of the batch escalates its privileges. Simulation: the share "
              "of simulated batches where one did; real mode: the share of real batches."),
      run::metricSpec("p_symmetric", "P(escalation), symmetric", "", MetricSource::Output)
          .withHelp("The same batch with untrusted work on any core. The simulation draws both placements; "
                    "a real run measures only the one it runs."),
      run::metricSpec("p_amp", "P(escalation), amp", "", MetricSource::Output)
          .withHelp("The same batch with untrusted work only on the small cores. The simulation draws both "
                    "placements; a real run measures only the one it runs."),
      run::metricSpec("privileged_quanta", "Privileged quanta per untrusted task", "quanta",
                      MetricSource::Output)
          .withHelp(
              "Quanta an untrusted task ran on a privileged core, on average: quanta·k/n in symmetric, 0 "
              "in amp. Real mode reads the CPU with sched_getcpu() after every quantum."),
      run::metricSpec("privileged_share", "Share of untrusted quanta on privileged cores", "",
                      MetricSource::Output)
          .withHelp("privileged_quanta over the quanta run: k/n in symmetric, 0 in amp."),
      run::metricSpec("quanta_per_core", "Quanta per core it may use", "quanta", MetricSource::Output)
          .withHelp("Quanta an untrusted task ran on each core it may use (the small ones in amp, all in "
                    "symmetric), on average: what amp piles onto fewer cores. The chart shows every core."),
      run::metricSpec("killed_tasks", "Killed tasks per batch", "tasks", MetricSource::Output)
          .withHelp(
              "Untrusted tasks killed per batch: by their syscall filter when an escalated task acts (a "
              "forbidden system call), or by the master past the CPU budget."),
  };
}

std::vector<run::OutputSpec> ContainmentLab::outputs() const {
  run::OutputSpec perCore = run::outputSpec(kQuantaPerCore, "Quanta per core", run::OutputKind::Series,
                                            "quanta per untrusted task");
  perCore.xLabel = "core";
  return {perCore};
}

std::vector<run::ModelValueSpec> ContainmentLab::modelValues() const {
  return {
      {"task_risk", "Risk per untrusted task", "", "1 − (1 − v·share)^quanta·(1 − q)."},
      {"p_staying", "P(escalation), tasks stay put", "",
       "The bracket: each task stays on the one core it was first given."},
      {"p_floor", "Residual floor", "", "1 − (1 − u·q)^N: what no placement removes."},
      {"cut_factor", "Cut by amp", "×", "P(symmetric)/P(amp)."},
      {"k_over_n", "k/n", "", "Share of the cores that are privileged."},
      {"run_quanta", "Quanta run", "quanta", "Quanta a task runs before its CPU budget ends it."},
  };
}

std::vector<run::ChartSpec> ContainmentLab::charts() const {
  run::ChartSpec pVsTasks = run::chartSpec("p_vs_tasks", "P(escalation) against tasks, both placements",
                                           run::ChartKind::SweepCurve, {"p_symmetric", "p_amp"})
                                .withSweep("tasks", 1, 200, 12)
                                .withLogX()
                                .withReference("p_floor")
                                .withAxes("tasks N", "P(at least one escalation)");
  pVsTasks.logY = true;  // amp's floor sits orders of magnitude below symmetric's curve
  return {
      std::move(pVsTasks),
      run::chartSpec("quanta_per_core", "Quanta per core", run::ChartKind::BarsPerEntity, {"quanta_per_core"})
          .withSeries(kQuantaPerCore)
          .perEntity("cores")
          .withAxes("core (privileged first)", "quanta per untrusted task"),
  };
}

std::vector<run::Exercise> ContainmentLab::exercises() const {
  const std::map<std::string, std::string> sym{{"placement", "symmetric"}};
  const std::map<std::string, std::string> amp{{"placement", "amp"}};
  const std::map<std::string, std::string> symMany{{"placement", "symmetric"}, {"tasks", "100"}};
  const auto at = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::modelAt(*this, setup, key));
  };
  const auto set = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::paramsWith(params(), setup).num(key));
  };
  return {
      {"symmetric_risk",
       "Symmetric placement: " + set(sym, "tasks") + " tasks, a share u = " + set(sym, "untrusted_fraction") +
           " untrusted, " + set(sym, "quanta") + " quanta each, " + set(sym, "privileged_cores") + " of " +
           set(sym, "cores") + " cores privileged, v = " + set(sym, "exploit_prob") +
           " per privileged quantum, q = " + set(sym, "residual_prob") +
           ". Predict P(at least one escalation); a simulation grades it.",
       sym, "p_escalation", run::Mode::Sim, 0.15,
       "Each untrusted quantum lands on a privileged core with probability k/n = " + at(sym, "k_over_n") +
           ", so one untrusted task escalates with probability 1 − (1 − v·k/n)^quanta·(1 − q) = " +
           at(sym, "task_risk") + ". A task is untrusted with probability u, so P = 1 − (1 − u·" +
           at(sym, "task_risk") + ")^N = " + at(sym, "p_escalation") + "."},
      {"amp_cut",
       "Now pin the untrusted tasks to the small cores (amp). Predict P(escalation), and how many times smaller "
       "it is.",
       amp, "p_escalation", run::Mode::Model, 0.05,
       "No untrusted quantum reaches a privileged core, so only the residual q is left: P = 1 − (1 − u·q)^N = " +
           at(amp, "p_escalation") + ", " + at(amp, "cut_factor") + " times less than symmetric (" +
           at(amp, "p_symmetric") + "). The floor stays: amp cannot remove q."},
      {"many_tasks",
       "Symmetric placement with " + set(symMany, "tasks") +
           " tasks. Predict P(escalation); the model grades it. Then ask what a task that stays on one core "
           "changes.",
       symMany, "p_escalation", run::Mode::Model, 0.1,
       "P = " + at(symMany, "p_escalation") +
           ": the risk of a batch compounds with every task. If each task "
           "stayed on the one core it was given, as real schedulers prefer, a task would either run all its "
           "quanta on a privileged core or none, and P would be " +
           at(symMany, "p_staying") + " instead: fewer tasks exposed, each exposed for longer."},
      {"real_pool",
       "Run the real engine in amp placement (the untrusted tasks are sandboxed processes pinned to the small "
       "cores). Predict how many quanta per untrusted task run on a privileged core.",
       amp, "privileged_quanta", run::Mode::Real, 0.05,
       "None: the affinity mask keeps them off, and sched_getcpu() after every quantum confirms it. The model "
       "says " +
           at(amp, "privileged_quanta") + "; in symmetric it would be quanta·k/n = " +
           at(sym, "privileged_quanta") + " if the kernel spread them evenly over the cores it may use."},
  };
}

run::Topology ContainmentLab::topology(const run::Params& p) const {
  run::Topology g;
  const int n = p.has("cores") ? p.integer("cores") : 4;
  const int k = p.has("privileged_cores") ? std::min(p.integer("privileged_cores"), n - 1) : 1;
  auto t = boost::add_vertex({"tasks", run::StationRole::Source, 1, 0, 0.15, 0.5, false}, g);
  auto pr =
      boost::add_vertex({"privileged", run::StationRole::Queue, std::max(1, k), 0, 0.7, 0.25, false}, g);
  auto sm =
      boost::add_vertex({"small cores", run::StationRole::Queue, std::max(1, n - k), 0, 0.7, 0.75, false}, g);
  boost::add_edge(t, pr, {"quantum", 1.0}, g);
  boost::add_edge(t, sm, {"quantum", 1.0}, g);
  return g;
}

std::string ContainmentLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  if (mode == run::Mode::Real)
    return run::phrase(
        "the kernel, not a uniform draw, chooses the cores in symmetric placement: it keeps a task where it "
        "ran, so the privileged share differs from k/n, and a short run has few batches");
  if (p.text("placement") == "amp" && p.num("residual_prob") * p.num("untrusted_fraction") < 1e-3)
    return run::phrase(
        "the model is exact here; P is small, so a short run sees few escalations and its interval is wide");
  return run::phrase("the model is exact here: a difference is sampling noise or too short a run");
}

bool ContainmentLab::measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const {
  // The cores the real run had: on a smaller machine the lab's n and k are mapped onto its CPUs,
  // and the model is judged at the mapped ones.
  return run::measuredParams(
      p, r, {{"cores", "fact:mapped_cores"}, {"privileged_cores", "fact:mapped_privileged_cores"}}, out);
}

run::RealOutcome ContainmentLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                         observe::Recorder& rec) const {
  return containment::runReal(p, ctl, rec);
}

}  // namespace amp::labs
