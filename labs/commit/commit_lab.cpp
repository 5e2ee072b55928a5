// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "commit/commit_lab.h"

#include <map>

#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"
#include "amp/sim/distribution.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

run::LabInfo CommitLab::info() const {
  return {
      "commit", "The master as transaction manager", "Large-scale systems",
      "Reads scale with workers; commits don't. How much does group commit buy?",
      "Sweep the workers: reads per second follow them, commits per second do not, because every commit passes "
      "the one master and pays its fsync. Then sweep group_max with a timeout: one write per commit queues behind "
      "the fsync near saturation, a few per commit share it and the latency falls, and waiting for still fuller "
      "groups costs the timer again: a U. In real mode the lab re-opens the SQLite database after every run (also "
      "a cancelled one, and one whose writer was killed mid-commit) and checks that the total balance is unchanged."};
}

std::vector<run::ParamSpec> CommitLab::params() const {
  return {
      run::realParam("txn_rate", "Transaction rate", "1/s", 1, 20000, 1000)
          .withScale(Scale::Log)
          .withHelp("Transactions per second arriving at the workers (Poisson): reads and writes together."),
      run::realParam("write_fraction", "Write fraction", "", 0, 1, 0.2)
          .withHelp(
              "Share of the transactions that write (a transfer between two accounts); the rest only read."),
      run::integerParam("workers", "Workers", "", 1, 64, 8)
          .withHelp("Worker cores running the transactions' queries (one shared FIFO queue)."),
      run::realParam("query_ms", "Query time", "ms", 0.01, 1000, 2)
          .withScale(Scale::Log)
          .withHelp("Mean time a worker spends on a transaction's query (real mode: real SELECTs on the "
                    "worker's own read-only connection, for that long)."),
      run::choiceParam("query_dist", "Query time distribution", sim::serviceDistNames(), "exp")
          .withHelp("exp (cv 1), det (cv 0) or lognormal (cv 2). Only exp makes the model exact: "
                    "the writes then reach the master as a Poisson stream (Burke)."),
      run::realParam("commit_fixed_ms", "Commit time per group (the fsync)", "ms", 0, 100, 4)
          .withHelp(
              "Time one commit takes whatever its size: making the log durable. Real mode: SQLite's COMMIT "
              "with synchronous=FULL, padded up to this when the device is faster."),
      run::realParam("commit_per_txn_ms", "Commit time per write", "ms", 0, 100, 0.2)
          .withHelp(
              "Time the master spends on each write of a group (its UPDATEs), fixed. Real mode: the real "
              "UPDATEs, padded up to this with computation."),
      run::integerParam("group_max", "Writes per commit (max)", "", 1, 64, 8)
          .withScale(Scale::Log)
          .withHelp("Group commit: the master commits up to this many writes with one fsync."),
      run::realParam("group_timeout_ms", "Group timeout", "ms", 0, 1000, 2)
          .withHelp(
              "With fewer than group_max writes waiting, the master waits up to this long for more (the "
              "timer starts when it is free and a write waits); 0 = take what waits."),
      run::pathParam("data_dir", "Folder for the database")
          .withHelp(
              "Real mode makes its SQLite database here; empty = a temporary folder, removed after the run. "
              "A folder on tmpfs and one on a disk commit very differently."),
  };
}

std::vector<run::MetricSpec> CommitLab::metrics() const {
  constexpr double kMs = 1e-6;  // stream durations are ns
  return {
      run::metricSpec("commit_latency_ms", "Commit latency", "ms", MetricSource::Sojourn)
          .ofClass(kWrite)
          .scaledBy(kMs)
          .withPercentiles()
          .withHelp(
              "A write transaction's time from arrival to its commit being durable: query, wait for the "
              "master, its group's UPDATEs and fsync."),
      run::metricSpec("read_latency_ms", "Read latency", "ms", MetricSource::Sojourn)
          .ofClass(kRead)
          .scaledBy(kMs)
          .withPercentiles()
          .withHelp(
              "A read transaction's time from arrival to its answer: wait for a worker, then the query."),
      run::metricSpec("commits_per_s", "Commits per second", "1/s", MetricSource::Custom)
          .withHelp("Write transactions made durable per second."),
      run::metricSpec("reads_per_s", "Reads per second", "1/s", MetricSource::Custom)
          .withHelp("Read transactions answered per second."),
      run::metricSpec("worker_capacity", "Transactions the workers can carry", "1/s", MetricSource::Custom)
          .withHelp("c/q: the most transactions per second the workers' queries allow; it grows with every "
                    "worker (model)."),
      run::metricSpec("commit_capacity", "Writes the master can commit", "1/s", MetricSource::Custom)
          .withHelp("b/(d + b·s): the most writes per second one master commits in full groups; no worker "
                    "changes it (model)."),
      run::metricSpec("group_size", "Writes per commit", "", MetricSource::Custom, kLog)
          .withHelp("Mean number of writes one commit (one fsync) makes durable."),
      run::metricSpec("master_util", "Master utilization", "", MetricSource::Custom, kMaster)
          .withHelp("Fraction of time the master runs UPDATEs or waits for its commit's fsync."),
      run::metricSpec("worker_util", "Worker utilization", "", MetricSource::Utilization, kWorkers)
          .withHelp("Mean over the workers."),
      run::metricSpec("commit_ms", "Commit time per group", "ms", MetricSource::Service, kLog)
          .scaledBy(kMs)
          .withHelp("What one commit's fsync took (real mode: SQLite's COMMIT, with padding)."),
      run::metricSpec("balance_ok", "Balance unchanged", "", MetricSource::Output)
          .realModeOnly()
          .withHelp(
              "1 when the database, re-opened after the run, holds the same total balance as at the start, "
              "passes SQLite's integrity check and has every acknowledged commit; 0 otherwise."),
  };
}

std::vector<run::ModelValueSpec> CommitLab::modelValues() const {
  return {
      {"commit_capacity", "Commit capacity", "1/s",
       "Writes per second the master can commit at most: b/(d + b·s) with b writes per commit at most."},
      {"commit_capacity_b1", "Commit capacity without groups", "1/s", "1/(d + s): one fsync per write."},
      {"worker_capacity", "Worker capacity", "1/s",
       "Transactions per second the workers can query at most: c/q."},
      {"commit_stage_ms", "Time at the master", "ms",
       "Mean time from a write's query end to its durable commit."},
      {"best_group_max", "Best group size limit", "writes",
       "The most writes per commit (1 to 64) that gives the lowest mean commit latency."},
      {"best_commit_latency_ms", "Commit latency at the best group size limit", "ms",
       "The model's mean commit latency at the best limit of writes per commit, at this timeout."},
      {"commit_latency_b1_ms", "Commit latency without groups", "ms",
       "The model's mean commit latency with one write per commit (missing when that cannot keep up)."},
  };
}

std::vector<run::ChartSpec> CommitLab::charts() const {
  return {
      run::chartSpec("latency_vs_group", "Commit latency against group size", run::ChartKind::SweepCurve,
                     {"commit_latency_ms"})
          .withSweep("group_max", 1, 64, 7)
          .withLogX()
          .withXReference("best_group_max")
          .withAxes("writes per commit (at most)", "mean commit latency [ms]"),
      // What each side can carry, not what it carries at this load: reads scale with the workers,
      // commits stop at the one master's capacity whatever the workers do.
      run::chartSpec("capacity_vs_workers", "What the workers and the master can carry",
                     run::ChartKind::SweepCurve, {"worker_capacity", "commit_capacity"})
          .withSweep("workers", 1, 16, 5)
          .withLogX()
          .withAxes("workers", "per second"),
      run::chartSpec("commit_hist", "Commit latency distribution", run::ChartKind::Histogram,
                     {"commit_latency_ms"})
          .withSeries("commit_latency_ms")
          .withLogX()
          .withReference("commit_latency_ms")
          .withAxes("commit latency [ms]", "writes"),
      run::chartSpec("read_hist", "Read latency distribution", run::ChartKind::Histogram, {"read_latency_ms"})
          .withSeries("read_latency_ms")
          .withLogX()
          .withReference("read_latency_ms")
          .withAxes("read latency [ms]", "reads"),
      run::chartSpec("util", "Utilization", run::ChartKind::BarsPerStation, {"worker_util", "master_util"})
          .withAxes("", "utilization"),
  };
}

std::vector<run::PanelSpec> CommitLab::panels() const {
  // The master's busy share is computed (UPDATEs plus the fsync it waits for), so the panel is
  // told which metric and which model value make its ceiling.
  return {run::flowPanel(), run::ceilingPanel(kMaster, "master_util", "commit_capacity")};
}

std::vector<run::Exercise> CommitLab::exercises() const {
  // Every number an explanation states is the model's at that exercise's setting.
  const std::map<std::string, std::string> none;
  const std::map<std::string, std::string> single{{"group_max", "1"}};
  const std::map<std::string, std::string> flood{{"txn_rate", "3000"}, {"group_max", "1"}, {"workers", "16"}};
  const auto at = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::modelAt(*this, setup, key));
  };
  const auto set = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::paramsWith(params(), setup).num(key));
  };
  return {
      {"capacity",
       "One fsync of " + set(none, "commit_fixed_ms") + " ms per commit, " + set(none, "commit_per_txn_ms") +
           " ms per write, up to " + set(none, "group_max") +
           " writes per commit: how many commits per second can the master make durable at most?",
       none, "commit_capacity", run::Mode::Model, 0.05,
       "A full group of b writes costs d + b·s = " + set(none, "commit_fixed_ms") + " + " +
           set(none, "group_max") + " × " + set(none, "commit_per_txn_ms") +
           " ms, so the master commits at most b/(d + b·s) = " + at(none, "commit_capacity") +
           " writes/s. One write per commit would give 1/(d + s) = " + at(none, "commit_capacity_b1") +
           ": group commit multiplies the ceiling because the fsync is paid once "
           "per group. No number of workers changes either figure."},
      {"no_groups",
       "Set group_max = 1 (one fsync per write) and keep the rest. Predict the mean commit latency in ms; a "
       "simulation grades it.",
       single, "commit_latency_ms", run::Mode::Sim, 0.15,
       "The writes reach the master at " + at(single, "commits_per_s") + "/s, each needing " +
           set(single, "commit_fixed_ms") + " + " + set(single, "commit_per_txn_ms") + " ms: the master is " +
           at(single, "master_util") +
           " busy, an M/D/1 queue, and Pollaczek–Khinchine makes a write wait far longer than its own commit. With "
           "the query's " +
           at(single, "read_latency_ms") + " ms before it the commit latency is " +
           at(single, "commit_latency_ms") + " ms, against " + at(none, "commit_latency_ms") +
           " ms with groups of up to " + set(none, "group_max") + " (the best group_max here is " +
           at(none, "best_group_max") + ", at " + at(none, "best_commit_latency_ms") + " ms)."},
      {"commits_flatten",
       "Offer " + set(flood, "txn_rate") + " transactions/s to " + set(flood, "workers") +
           " workers with one write per commit (group_max = 1). Predict the commits per second; a simulation "
           "grades it.",
       flood, "commits_per_s", run::Mode::Sim, 0.05,
       "The workers keep up (capacity " + at(flood, "worker_capacity") +
           " transactions/s), so the reads are all "
           "answered: " +
           at(flood, "reads_per_s") +
           "/s. The writes are not: the master makes at most 1/(d + s) = " + at(flood, "commit_capacity_b1") +
           " commits/s, whatever the workers, and the writes beyond it queue "
           "without bound. More workers would raise the reads further and the commits not at all; group_max = " +
           set(none, "group_max") + " would lift the ceiling to " + at(none, "commit_capacity") + "."},
      {"real_groups",
       "Run the defaults on the real engine (a real SQLite bank; the run may fit the workers to your machine and "
       "says so). Predict the mean number of writes per commit (group_size).",
       none, "group_size", run::Mode::Real, 0.3,
       "The model says " + at(none, "group_size") + ": after each commit the master waits up to " +
           set(none, "group_timeout_ms") + " ms for more writes, and " + at(none, "commits_per_s") +
           " writes/s bring few in that time. A real COMMIT slower than " + set(none, "commit_fixed_ms") +
           " ms (see commit_ms and the fact fsync_mean_ms) lets more writes pile up behind it, so real groups are "
           "often larger: the verdict then compares against the model at the measured commit time. The run "
           "ends by re-opening the database: balance_ok must be 1."},
  };
}

run::Topology CommitLab::topology(const run::Params& p) const {
  run::Topology g;
  const int workers = p.has("workers") ? p.integer("workers") : 8;
  // Two rows: queries on top, the commit path below, reads leaving to the right.
  auto src = boost::add_vertex({"transactions", run::StationRole::Source, 1, 0, 0.05, 0.3, false}, g);
  auto work = boost::add_vertex({"workers", run::StationRole::Queue, workers, 0, 0.35, 0.3, false}, g);
  auto master = boost::add_vertex({"master", run::StationRole::Queue, 1, 0, 0.35, 0.8, true}, g);
  auto log = boost::add_vertex({"log (fsync)", run::StationRole::Device, 1, 0, 0.68, 0.8, false}, g);
  auto sink = boost::add_vertex({"done", run::StationRole::Sink, 1, 0, 0.95, 0.3, false}, g);
  const double w = p.has("write_fraction") ? p.num("write_fraction") : 0.2;
  boost::add_edge(src, work, {"Poisson λ", 1.0}, g);
  boost::add_edge(work, sink, {"reads", 1.0 - w}, g);
  boost::add_edge(work, master, {"writes", w}, g);
  boost::add_edge(master, log, {"commit group", w}, g);
  boost::add_edge(log, sink, {"durable", w}, g);
  return g;
}

void CommitLab::customMetrics(const run::Params&, const observe::Aggregator& agg, run::Mode,
                              std::map<std::string, double>& out) const {
  if (agg.stationCount() <= kLog) return;
  const double seconds = agg.observedSeconds();
  const double writes =
      agg.classCount() > kWrite ? static_cast<double>(agg.classStats(kWrite).sojourn.count()) : 0;
  const double reads =
      agg.classCount() > kRead ? static_cast<double>(agg.classStats(kRead).sojourn.count()) : 0;
  if (seconds > 0) {
    out["commits_per_s"] = writes / seconds;
    out["reads_per_s"] = reads / seconds;
  }
  // The master is occupied while it runs UPDATEs and while it waits for its fsync: both count.
  out["master_util"] = agg.utilization(kMaster) + agg.utilization(kLog);
  // A group's writes become durable at the instant its fsync ends, so departures and commit
  // finishes share every warm-up and end boundary.
  const auto commits = agg.station(kLog).finishes;
  if (commits > 0) out["group_size"] = writes / static_cast<double>(commits);
}

std::optional<run::HostFit> CommitLab::hostFit() const {
  // Fewer workers, each one's query scaled to keep every utilization; the writer needs a core.
  return run::HostFit{"workers", 1, {"query_ms"}};
}

bool CommitLab::measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const {
  // What the real run measured for each service time: a query (real SELECTs), a write's own part
  // at the master (real UPDATEs, padded), and a group's COMMIT (the fsync, padded).
  return run::measuredParams(p, r,
                             {{"query_ms", "fact:query_mean_ms"},
                              {"commit_per_txn_ms", "fact:txn_mean_ms"},
                              {"commit_fixed_ms", "fact:commit_mean_ms"}},
                             out);
}

std::string CommitLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  if (mode == run::Mode::Real)
    return run::phrase(
        "real SELECTs, UPDATEs and fsyncs have their own costs: a COMMIT slower than the commit time asked for (a disk, a "
        "busy VM) or an occasional WAL checkpoint lengthens groups; threads share cores, and the OS adds wake-up "
        "latency");
  if (p.text("query_dist") != "exp")
    return run::phrase(
        "the writes reach the master as a Poisson stream only when queries are exponential (Burke); the read "
        "side is the M/G/c approximation");
  const model::GroupCommitQueue q = commit::commitQueue(p);
  const double rho = q.lambda * (q.maxGroup * q.perItemMean + q.fixedTime) / q.maxGroup;
  if (rho > 0.9)
    return run::phrase(
        "near saturation the run needs many more commits to settle (warm-up and long correlations)");
  return run::phrase("a 95% CI misses the true value 1 time in 20; rerun with another seed or longer");
}

}  // namespace amp::labs
