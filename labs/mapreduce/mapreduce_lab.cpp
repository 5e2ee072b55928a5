// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "mapreduce/mapreduce_lab.h"

#include <map>

#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

run::LabInfo MapReduceLab::info() const {
  return {
      "mapreduce", "MapReduce: the master's scheduling overhead", "Large-scale systems",
      "How many tasks should a job be cut into?",
      "Sweep the task count on a log axis: the makespan falls while the workers balance, flattens, and rises "
      "again once the master's serial dispatching (r·τ) and merging (r·ρ) outgrow the work per task. "
      "With equal tasks the best count is the worker count; variable tasks push it up. "
      "The speedup against workers flattens at W/(r·(τ + ρ) + d): Amdahl with a serial part the user chose."};
}

std::vector<run::ParamSpec> MapReduceLab::params() const {
  return {
      run::realParam("work_s", "Total work of the job", "s", 0.01, 100, 1)
          .withScale(Scale::Log)
          .withHelp("CPU time the whole job takes on one core (W). The real engine sizes its corpus so that "
                    "counting it on one core takes about this long."),
      run::integerParam("tasks", "Tasks", "", 1, kMaxTasks, 16)
          .withScale(Scale::Log)
          .withHelp("How many tasks the job is cut into (r); each maps W/r of the work."),
      run::integerParam("workers", "Workers", "", 1, kMaxWorkers, 4).withHelp("Worker cores (p)."),
      run::realParam("schedule_ms", "Master's scheduling per task", "ms", 0, 100, 5)
          .withHelp(
              "Serial time the master spends dispatching each task (τ); tasks leave one after the other."),
      run::realParam("task_cv", "Variability of task times", "", 0, 3, 0)
          .withHelp(
              "Coefficient of variation of a task's map time (lognormal, same mean); 0 = all tasks equal. "
              "The real engine's tasks are equal byte ranges."),
      run::realParam("reduce_ms_per_task", "Master's merge per task", "ms", 0, 100, 1)
          .withHelp("Serial time the master spends merging each task's result after the last map (ρ)."),
      run::pathParam("data_dir", "Folder for the corpus")
          .withHelp(
              "Real mode writes its generated corpus here; empty = a temporary folder, removed after the run."),
  };
}

std::vector<run::MetricSpec> MapReduceLab::metrics() const {
  return {
      run::metricSpec("makespan_s", "Makespan", "s", MetricSource::Output)
          .withHelp("From the first dispatch to the end of the master's merge."),
      run::metricSpec("speedup", "Speedup", "", MetricSource::Output)
          .withHelp("W / makespan: the job on one core without a master (real mode: a measured "
                    "single-threaded count of the same corpus) against this run."),
      run::metricSpec("master_util", "Master utilization", "", MetricSource::Output)
          .withHelp("Share of the makespan the master spends dispatching and merging: r·(τ + ρ) / makespan."),
      run::metricSpec("worker_idle_frac", "Worker idle share", "", MetricSource::Output)
          .withHelp("1 − W / (p · makespan): the share of the workers' time spent waiting."),
  };
}

std::vector<run::OutputSpec> MapReduceLab::outputs() const {
  return {run::outputSpec(kTimeline, "Dispatch, map and merge over time", run::OutputKind::Timeline)};
}

std::vector<run::ModelValueSpec> MapReduceLab::modelValues() const {
  return {
      {"makespan_bound_s", "Lower bound", "s",
       "max(r·τ + d, τ + ⌈r/p⌉·d) + r·ρ: neither the master's dispatching nor the workers' share goes faster."},
      {"task_s", "Work per task d", "s", "W/r."},
      {"serial_s", "Master's serial time", "s", "r·(τ + ρ): the part no worker helps with."},
      {"speedup_ceiling", "Serial ceiling of the speedup", "",
       "W/(r·(τ + ρ) + d): the speedup with unlimited workers at this task count."},
      {"best_tasks", "Best task count r*", "tasks",
       "The task count (1 to 1024) with the shortest model makespan."},
      {"best_makespan_s", "Makespan at r*", "s", "The model's makespan at the best task count."},
      {"best_workers", "Best worker count p*", "workers",
       "√(W/(τ + ρ)) with one task per worker: more workers cost more dispatching than they save."},
      {"best_speedup", "Best speedup", "", "½·√(W/(τ + ρ)) with one task per worker, at p*."},
  };
}

std::vector<run::ChartSpec> MapReduceLab::charts() const {
  return {
      run::chartSpec("makespan_vs_tasks", "Makespan against the task count", run::ChartKind::SweepCurve,
                     {"makespan_s"})
          .withSweep("tasks", 1, 1024, 11)
          .withLogX()
          .withReference("best_makespan_s")
          .withXReference("best_tasks")
          .withAxes("tasks r", "makespan [s]"),
      run::chartSpec("speedup_vs_workers", "Speedup against workers", run::ChartKind::SweepCurve, {"speedup"})
          .withSweep("workers", 1, 32, 6)
          .withLogX()
          .withReference("speedup_ceiling")
          .withAxes("workers p", "speedup W/T"),
      run::chartSpec("timeline", "One job: dispatch, map, merge", run::ChartKind::Timeline, {})
          .withSeries(kTimeline),
      run::chartSpec("shares", "Master busy, workers idle", run::ChartKind::BarsPerStation,
                     {"master_util", "worker_idle_frac"})
          .withAxes("", "share of the makespan"),
  };
}

std::vector<run::PanelSpec> MapReduceLab::panels() const { return {run::chartPanel("timeline")}; }

std::vector<run::Exercise> MapReduceLab::exercises() const {
  const std::map<std::string, std::string> none;
  const std::map<std::string, std::string> many{{"tasks", "256"}};
  const std::map<std::string, std::string> variable{{"task_cv", "1"}, {"tasks", "16"}};
  const std::map<std::string, std::string> variableFew{{"task_cv", "1"}, {"tasks", "4"}};
  const auto at = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::modelAt(*this, setup, key));
  };
  const auto set = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::paramsWith(params(), setup).num(key));
  };
  return {
      {"best_tasks",
       "At the defaults (W = " + set(none, "work_s") + " s, " + set(none, "workers") +
           " workers, τ = " + set(none, "schedule_ms") + " ms, ρ = " + set(none, "reduce_ms_per_task") +
           " ms, equal tasks), how many tasks give the shortest makespan?",
       none, "best_tasks", run::Mode::Model, 0.01,
       "With equal tasks every multiple of p keeps all workers busy to the end, and each extra task only "
       "adds τ + ρ of serial time at the master. So the best count is r* = p = " +
           at(none, "best_tasks") + " (makespan " + at(none, "best_makespan_s") + " s, against " +
           at(none, "makespan_s") + " s at " + set(none, "tasks") + " tasks)."},
      {"master_bound",
       "Cut the job into " + set(many, "tasks") +
           " tasks. Predict the makespan in seconds; a simulation grades it.",
       many, "makespan_s", run::Mode::Sim, 0.05,
       "Each task is now only " + at(many, "task_s") + " s of work, but the master needs " +
           set(many, "schedule_ms") +
           " ms to send each one: it sends the last one after r·τ, and then merges for r·ρ. "
           "The master's serial part, " +
           at(many, "serial_s") + " s, dominates: makespan " + at(many, "makespan_s") +
           " s, master utilization " + at(many, "master_util") + "."},
      {"variable_tasks",
       "Make the tasks variable (task_cv = 1, same mean) and cut the job into " + set(variable, "tasks") +
           " tasks. Predict the makespan in seconds; a simulation grades it.",
       variable, "makespan_s", run::Mode::Sim, 0.15,
       "The job waits for its slowest last task. With equal tasks it would take " +
           run::threeFigures(run::modelAt(*this, {{"tasks", "16"}}, "makespan_s")) +
           " s; the Kruskal–Weiss estimate adds σ·E[max of p normals] for the last wave: " +
           at(variable, "makespan_s") + " s. With only " + set(variableFew, "tasks") +
           " tasks each task is four times larger and so is its spread: " + at(variableFew, "makespan_s") +
           " s. Variable tasks are why jobs are cut finer than the worker count: here r* = " +
           at(variable, "best_tasks") + "."},
      {"real_speedup",
       "Run the defaults on the real engine (a real word count; the run may fit the workers to your "
       "machine and says so). Predict the speedup: the single-threaded count's time over the makespan.",
       none, "speedup", run::Mode::Real, 0.25,
       "The model says " + at(none, "speedup") + " at the defaults with " + set(none, "workers") +
           " workers: W/T with T = " + at(none, "makespan_s") +
           " s. On a machine with fewer cores the run uses fewer workers (and a smaller corpus, so each worker "
           "still counts the same), and the speedup falls with the worker count; the real master also pays to find "
           "word boundaries, and the merge of real hash maps costs more than ρ when the vocabulary is large."},
  };
}

run::Topology MapReduceLab::topology(const run::Params& p) const {
  run::Topology g;
  const int workers = p.has("workers") ? p.integer("workers") : 4;
  auto src = boost::add_vertex({"job", run::StationRole::Source, 1, 0, 0.05, 0.5, false}, g);
  auto master = boost::add_vertex({"master", run::StationRole::Queue, 1, 0, 0.35, 0.5, true}, g);
  auto workersV = boost::add_vertex({"workers", run::StationRole::Queue, workers, 0, 0.65, 0.5, false}, g);
  auto sink = boost::add_vertex({"done", run::StationRole::Sink, 1, 0, 0.95, 0.5, false}, g);
  boost::add_edge(src, master, {"tasks", 1.0}, g);
  boost::add_edge(master, workersV, {"dispatch", 1.0}, g);
  boost::add_edge(workersV, sink, {"map", 1.0}, g);
  return g;
}

std::string MapReduceLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  if (mode == run::Mode::Real)
    return run::phrase(
        "the real master also finds word boundaries and merges real hash maps (its merge grows with the "
        "vocabulary, not only with r·ρ), and threads beyond the cores share them");
  if (p.num("task_cv") > 0)
    return run::phrase(
        "variable tasks: the model adds the Kruskal–Weiss estimate of the last wave's excess, an approximation");
  return run::phrase("with equal tasks the simulation replays the model's recurrence exactly");
}

bool MapReduceLab::measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const {
  // The job's work is what the workers measured mapping it; the master's steps are its measured
  // dispatch (split and τ) and merge (the real maps and ρ) per task.
  return run::measuredParams(p, r,
                             {{"work_s", "fact:map_s_total"},
                              {"schedule_ms", "fact:schedule_ms_measured"},
                              {"reduce_ms_per_task", "fact:reduce_ms_measured"}},
                             out);
}

std::optional<run::HostFit> MapReduceLab::hostFit() const {
  // Fewer workers with a proportionally smaller job: each worker still counts the same share.
  return run::HostFit{"workers", 1, {"work_s"}};
}

run::RealOutcome MapReduceLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                       observe::Recorder& rec) const {
  return mapreduce::runReal(p, ctl, rec);
}

}  // namespace amp::labs
