// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "rtos/rtos_lab.h"

#include <cmath>
#include <map>

#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"
#include "rtos/rtos_tasks.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

run::LabInfo RtosLab::info() const {
  return {
      "rtos", "RTOS: a Linux master commanding real-time workers", "Security and safety",
      "What is the worst-case latency from a master command to a worker's action, and does measurement "
      "agree?",
      "Response-time analysis gives each task of the worker's set its worst case, and the chain master → IPC → "
      "handler → actuator adds up to a bound that no simulated command ever exceeds: the simulation's "
      "histogram ends before the dashed line, usually well before it (the bound is sound and pessimistic). "
      "Raise the handler's blocking or give a higher row more work and watch the bound and the handler's "
      "worst case move together. Then run it for real: Linux's timer and wake-up are the part of the chain "
      "the RTOS cannot vouch for. On a virtual machine their tail is long, so the real histogram crosses "
      "the bound now and then, and the master's assumed worst-case jitter turns out to be a hope. Compare "
      "spin with futex wake-ups, and switch the background load and SCHED_FIFO on and off."};
}

std::vector<run::ParamSpec> RtosLab::params() const {
  return {
      run::realParam("ipc_us", "IPC time", "µs", 0, 10000, 20)
          .withHelp(
              "How long a command takes from the master to the worker (a mailbox in shared memory and "
              "an interrupt), in the model and the simulation. The real run measures its own hand-over."),
      run::realParam("master_jitter_us", "Master jitter, mean", "µs", 0, 10000, 20)
          .withHelp("How late the master sends a command on average, after the moment it was due "
                    "(exponential in the simulation, cut off at the assumed maximum)."),
      run::realParam("master_jitter_max_us", "Master jitter, assumed maximum", "µs", 0, 100000, 200)
          .withScale(Scale::Log)
          .withHelp("The latest the master is assumed to send a command. An assumption about Linux, not a "
                    "guarantee: the bound builds on it, and the real run counts how often Linux breaks it."),
      run::realParam("actuator_us", "Actuator time", "µs", 0, 10000, 10)
          .withHelp("From the handler's result to the actuator's action: the last stage of the chain."),
      run::tableParam(
          "task_set", "Worker's task set",
          {run::numberColumn("C_us", "C", "µs", 1, 1e6, 100).notAboveColumn("T_us"),
           run::numberColumn("T_us", "T", "µs", 10, 1e7, 1000),
           run::numberColumn("D_us", "D", "µs", 0, 1e7, 0).notAboveColumn("T_us"),
           run::numberColumn("J_us", "J", "µs", 0, 1e6, 0), run::numberColumn("B_us", "B", "µs", 0, 1e6, 0),
           run::integerColumn("priority", "Priority", "", 0, 99, 0)},
          "[[100,500],[150,1000,0,0,50],[300,2000],[900,5000]]")
          .withRows(1, 12)
          .withHelp(
              "The tasks on the worker core, one row each, scheduled by fixed priorities with preemption: "
              "worst-case execution time C, period T (the least time between releases), deadline D "
              "(at most T; 0 means T), release jitter J, blocking B (the longest a lower-priority task "
              "can hold a shared resource it needs) and priority (1 is the highest; 0 takes the row's "
              "number, so the first row is the highest). One row is the command handler."),
      run::integerParam("handler_row", "Command handler's row", "", 1, 12, 2)
          .withHelp("Which row of the task set handles the master's commands (counted from 1). The master "
                    "sends one command per period of that row."),
      run::integerParam("load_threads", "Background load threads (real mode)", "", 0, 8, 0)
          .withHelp("Real mode: threads that keep the master's and the worker's cores busy meanwhile, at "
                    "normal priority."),
      run::choiceParam("wake", "Wake-up mechanism (real mode)", {"spin", "futex", "eventfd", "condvar"},
                       "futex")
          .withHelp(
              "Real mode: how the worker waits for a command. spin polls a word and burns its core; "
              "futex sleeps in the kernel; eventfd sleeps in poll(), as an event loop would; condvar is "
              "a condition variable with its mutex."),
      run::choiceParam("fifo", "Real-time priority (real mode)", {"on", "off"}, "on")
          .withHelp(
              "Real mode: on runs the master and the worker under SCHED_FIFO where the system allows "
              "it (the run says when it does not); off leaves them at normal priority, beside any load."),
  };
}

std::vector<run::MetricSpec> RtosLab::metrics() const {
  return {
      run::metricSpec("latency_us", "End-to-end latency (model: its bound)", "µs", MetricSource::Sojourn)
          .scaledBy(1e-3)
          .withPercentiles()
          .withHelp(
              "From the moment a command is due at the master to the actuator's action. The model gives "
              "no mean, only the bound; simulated latencies never exceed it, real ones may."),
      run::metricSpec("wcrt_us", "Handler's worst response", "µs", MetricSource::Output)
          .withHelp("Model: the handler's worst-case response time by response-time analysis, from its "
                    "arrival on the worker (the command due plus the IPC) to done. Simulation: the worst one "
                    "seen. Real: the worst time from a command's hand-over to the handler done."),
      run::metricSpec("bound_us", "End-to-end bound", "µs", MetricSource::Custom)
          .withHelp("The longest path of the chain master → IPC → handler → actuator: sound, possibly "
                    "pessimistic. The same in every face: it follows from the parameters."),
      run::metricSpec("schedulable", "Task set schedulable (1 = yes)", "", MetricSource::Custom)
          .withHelp("1 when response-time analysis finds every task's worst case within its deadline, 0 when "
                    "some task has no fixed point below its deadline (an answer, not an error)."),
      run::metricSpec("bound_violations", "Latencies over the bound", "", MetricSource::Output)
          .withHelp(
              "Commands whose end-to-end latency exceeded the bound. Always 0 in the simulation; in real "
              "mode each one is Linux breaking an assumption of the bound."),
      run::metricSpec("wakeup_us", "Wake-up latency", "µs", MetricSource::Output)
          .withPercentiles()
          .realModeOnly()
          .withHelp(
              "Real mode: from the master handing a command over to the worker running, with the chosen "
              "wake-up mechanism (what cyclictest measures for a timer)."),
      run::metricSpec("wakeup_p99_us", "Wake-up latency, 99th percentile", "µs", MetricSource::Output)
          .realModeOnly()
          .withHelp("Real mode: the 99th percentile of the wake-up latency in this run."),
      run::metricSpec("master_late_us", "Master's timer lateness", "µs", MetricSource::Output)
          .withPercentiles()
          .realModeOnly()
          .withHelp(
              "Real mode: how late the master's timer woke it after the moment the command was due: the "
              "master's real jitter."),
      run::metricSpec("jitter_violations", "Timer later than assumed", "", MetricSource::Output)
          .realModeOnly()
          .withHelp("Real mode: commands for which the master woke later than the assumed maximum jitter."),
  };
}

std::vector<run::ModelValueSpec> RtosLab::modelValues() const {
  return {
      {"utilization", "Worker utilization Σ C/T", "", "The share of the worker core the task set needs."},
      {"handler_jitter_us", "Handler's release jitter", "µs",
       "Its own J plus the master's assumed maximum jitter: how late a command can reach it."},
      {"handler_busy_us", "Handler's worst release-to-done time w", "µs",
       "The fixed point of the recurrence: its C, its blocking, and the higher rows' preemptions."},
      {"linux_share_us", "Linux's share of the bound", "µs",
       "Master jitter (assumed maximum) plus IPC: the part of the chain the RTOS cannot vouch for."},
  };
}

std::vector<run::OutputSpec> RtosLab::outputs() const {
  run::OutputSpec wcrt = run::outputSpec(rtos::kWcrtSeries, "Worst-case response per task (analysis)",
                                         run::OutputKind::Series, "µs");
  wcrt.xLabel = "row";
  run::OutputSpec seen =
      run::outputSpec(rtos::kSeenSeries, "Worst response seen per task", run::OutputKind::Series, "µs");
  seen.xLabel = "row";
  return {wcrt, seen, run::outputSpec(rtos::kTimeline, "Who runs when", run::OutputKind::Timeline)};
}

std::vector<run::ChartSpec> RtosLab::charts() const {
  return {
      run::chartSpec("latency", "End-to-end latency against the bound", run::ChartKind::Histogram,
                     {"latency_us"})
          .withSeries("latency_us")
          .withLogX()
          .withAxes("latency [µs]", "commands"),
      // The widget counts bars from a numeric parameter; a table has none, so the bars sit at their
      // row numbers on a plain axis.
      run::chartSpec("wcrt", "Worst-case response per task (analysis)", run::ChartKind::BarsPerEntity, {})
          .withSeries(rtos::kWcrtSeries)
          .perEntity("")
          .withAxes("row of the task set", "worst case [µs]"),
      run::chartSpec("seen", "Worst response seen per task", run::ChartKind::BarsPerEntity, {})
          .withSeries(rtos::kSeenSeries)
          .perEntity("")
          .withAxes("row of the task set", "worst seen [µs]"),
      run::chartSpec("schedule", "Who runs when (the first commands)", run::ChartKind::Timeline, {})
          .withSeries(rtos::kTimeline),
      run::chartSpec("bound_vs_jitter", "Bound against the master's assumed jitter",
                     run::ChartKind::SweepCurve, {"bound_us"})
          .withSweep("master_jitter_max_us", 0, 1000, 11)
          .withAxes("assumed maximum master jitter [µs]", "bound [µs]"),
  };
}

std::vector<run::PanelSpec> RtosLab::panels() const { return {run::flowPanel()}; }

std::vector<run::Exercise> RtosLab::exercises() const {
  const std::map<std::string, std::string> none;
  const std::map<std::string, std::string> blocked{
      {"task_set", "[[100,500],[150,1000,0,0,200],[300,2000],[900,5000]]"}};
  // At normal priority: a spinning SCHED_FIFO thread is throttled after 0.95 s of every second.
  const std::map<std::string, std::string> spin{{"wake", "spin"}, {"fifo", "off"}};
  const std::map<std::string, std::string> futex{{"wake", "futex"}};
  const auto at = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::modelAt(*this, setup, key));
  };
  // The default task set's numbers, as the prompts quote them.
  const rtos::System sys = rtos::systemOf(run::paramsWith(params(), none));
  const auto us = [](double v) { return run::threeFigures(v) + " µs"; };
  const model::RtaTask& h = sys.tasks[static_cast<std::size_t>(sys.handler)];
  const model::RtaTask& top = sys.tasks.front();
  return {
      {"handler_wcrt",
       "The handler (row " + std::to_string(sys.handler + 1) + ": C = " + us(h.c) + ", T = " + us(h.t) +
           ", blocking " + us(h.b) + ") shares the worker with row 1 (C = " + us(top.c) + " every " +
           us(top.t) + "), which has a higher priority. Commands reach it up to " + us(sys.jitterMax) +
           " late. Predict its worst-case response time in µs.",
       none, "wcrt_us", run::Mode::Model, 0.05,
       "w = C + B + ⌈(w + J₁)/T₁⌉·C₁ gives w = " + at(none, "handler_busy_us") +
           " µs (row 1 preempts it once), and R = J + w with J = " + at(none, "handler_jitter_us") +
           " µs of release jitter (the master's): " + at(none, "wcrt_us") +
           " µs. The end-to-end bound adds the IPC and the actuator: " + at(none, "bound_us") + " µs."},
      {"blocking",
       "Give the handler 200 µs of blocking instead of " + us(h.b) +
           " (a lower row holds a shared resource longer). Predict the mean end-to-end latency in µs; a "
           "simulation grades it.",
       blocked, "latency_us", run::Mode::Sim, 0.5,
       "The bound grows with the blocking to " + at(blocked, "bound_us") +
           " µs and no simulated command crosses it, yet the mean hardly moves: blocking happens only when a "
           "command finds a lower row inside its critical section, and the worst case needs every delay at its "
           "maximum at once. The bound is sound, and pessimistic."},
      {"spin_p99",
       "Run for real with the worker spinning on a word (spin), at normal priority. Predict the 99th percentile "
       "of the wake-up latency in µs: tenths of a µs, a few µs, tens, or hundreds?",
       spin, "wakeup_p99_us", run::Mode::Real, 0.7,
       "A spinning worker sees the command within a cache-line transfer between cores: the median is well under "
       "a µs. Its 99th percentile is the host's: whenever the worker's core is taken from it (another thread, "
       "the kernel, on a virtual machine the hypervisor), the command waits until it is back. Spinning buys the "
       "short wake-up with a whole core; under SCHED_FIFO the kernel throttles a thread that never sleeps for "
       "a share of every second (the run warns), which makes the tail worse, not better."},
      {"futex_p99",
       "Now let the worker sleep on a futex. Predict the 99th percentile of the wake-up latency in µs.",
       futex, "wakeup_p99_us", run::Mode::Real, 0.7,
       "Waking a sleeping thread goes through the kernel: the master's futex call, the scheduler, perhaps an "
       "interrupt to the other core and that core leaving its idle state. Tens of µs at p99 are common; on a "
       "virtual machine the tail is long (hundreds of µs and more), which is why the master's assumed maximum "
       "jitter is an assumption about Linux, not a guarantee."},
  };
}

run::Topology RtosLab::topology(const run::Params&) const {
  run::Topology g;
  auto m = boost::add_vertex({"master", run::StationRole::Queue, 1, 0, 0.1, 0.5, true}, g);
  auto i = boost::add_vertex({"IPC", run::StationRole::Delay, 1, 0, 0.37, 0.5, false}, g);
  auto w = boost::add_vertex({"worker", run::StationRole::Queue, 1, 0, 0.63, 0.5, false}, g);
  auto a = boost::add_vertex({"actuator", run::StationRole::Device, 1, 0, 0.9, 0.5, false}, g);
  boost::add_edge(m, i, {"", 1.0}, g);
  boost::add_edge(i, w, {"", 1.0}, g);
  boost::add_edge(w, a, {"", 1.0}, g);
  return g;
}

void RtosLab::customMetrics(const run::Params& p, const observe::Aggregator&, run::Mode,
                            std::map<std::string, double>& out) const {
  const rtos::Analysis a = rtos::analyse(rtos::systemOf(p));
  if (std::isfinite(a.bound)) out["bound_us"] = a.bound;
  out["schedulable"] = a.rta.allSchedulable ? 1.0 : 0.0;
}

std::string RtosLab::likelyDeviation(const run::Params&, run::Mode mode) const {
  if (mode == run::Mode::Real)
    return run::phrase(
        "the model's latency is its bound, a worst case built on assumptions about Linux (the master's "
        "jitter, the IPC); a real mean lies below it, and what counts is how often a real latency crossed "
        "it (Latencies over the bound)");
  return run::phrase(
      "the model's latency is its bound, a worst case (sound, possibly pessimistic), not a mean: the "
      "simulated mean lies below it by design, and no simulated command exceeds it (Latencies over the "
      "bound is 0)");
}

run::RealOutcome RtosLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                  observe::Recorder& rec) const {
  return rtos::runReal(p, ctl, rec);
}

}  // namespace amp::labs
