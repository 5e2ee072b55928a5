// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "journal/journal_lab.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "amp/model/group_commit.h"
#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"
#include "amp/sim/distribution.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

run::LabInfo JournalLab::info() const {
  return {
      "journal", "The master as keeper of the journal", "OS functions",
      "How fast must the master and its log device be to keep the consistency window bounded?",
      "With group_max = 1 every record pays a whole sync, so the master saturates at 1/(journal_cpu + log_device) however many workers there are: the window explodes at that knee. "
      "Speeding up the master's CPU cannot fix a slow log device (min_master_speed becomes ∞); group commit can, because one sync then covers many records."};
}

std::vector<run::ParamSpec> JournalLab::params() const {
  return {
      run::realParam("arrival_rate", "Write rate", "1/s", 1, 20000, 400)
          .withScale(Scale::Log)
          .withHelp("Writes per second arriving at the workers (Poisson)."),
      run::integerParam("workers", "Workers", "", 1, 64, 4)
          .withHelp("Worker cores doing the data work of the writes (one shared FIFO queue)."),
      run::realParam("data_ms", "Data work per write", "ms", 0.01, 1000, 5)
          .withScale(Scale::Log)
          .withHelp(
              "Mean time a worker spends on one write's data (real mode: computing and pwrite-ing a 4 KiB block)."),
      run::choiceParam("data_dist", "Data work distribution", sim::serviceDistNames(), "exp")
          .withHelp("exp (cv 1), det (cv 0) or lognormal (cv 2). "
                    "Only exp makes the master's input exactly Poisson (Burke)."),
      run::realParam("journal_cpu_ms", "Journal CPU per record", "ms", 0.001, 100, 0.5)
          .withScale(Scale::Log)
          .withHelp("Mean CPU time the master spends appending one record (exponential)."),
      run::realParam("log_device_ms", "Log device time per commit", "ms", 0, 100, 1.5)
          .withHelp("Time to make one commit group durable (fixed). "
                    "Real mode: fdatasync of data and log, padded up to this when the device is faster."),
      run::integerParam("group_max", "Records per commit (max)", "", 1, 64, 1)
          .withHelp("Group commit: the master takes up to this many waiting records and syncs them once.")
          .relevantWhen("design", {"amp"}),
      run::realParam("window_bound_ms", "Window bound (target)", "ms", 0.01, 10000, 5)
          .withScale(Scale::Log)
          .withHelp(
              "The target for the mean consistency window; the model finds the slowest master that meets it."),
      run::choiceParam("design", "Design", {"amp", "locked"}, "amp")
          .withHelp(
              "amp: a master core appends and commits every record (in groups). "
              "locked: no master; the worker that finished a write appends and syncs its own record under one lock."),
      run::realParam("lock_handoff_us", "Lock hand-over between cores", "µs", 0, 10000, 20)
          .withHelp(
              "Extra time a journal commit takes when the lock (and the log's tail) last belonged to another core.")
          .relevantWhen("design", {"locked"}),
      run::pathParam("data_dir", "Folder for the data and log files")
          .withHelp(
              "Real mode writes and syncs its files here; empty = a temporary folder, removed after the run. "
              "A folder on tmpfs and one on a disk sync very differently: part of the lesson."),
  };
}

std::vector<run::MetricSpec> JournalLab::metrics() const {
  constexpr double kMs = 1e-6;  // stream durations are ns
  return {
      run::metricSpec("window_ms", "Consistency window", "ms", MetricSource::Sojourn)
          .scaledBy(kMs)
          .withPercentiles()
          .withHelp("Time from a write's data being done to its journal record being durable."),
      run::metricSpec("master_util", "Master utilization", "", MetricSource::Custom, kMaster)
          .withHelp("Fraction of time the master appends or waits for its log device."),
      run::metricSpec("journal_queue_len", "Journal queue length", "", MetricSource::QueueLength, kMaster)
          .withHelp("Time-average number of records waiting for the master to start them."),
      run::metricSpec("throughput", "Throughput", "1/s", MetricSource::Throughput)
          .withHelp("Journal records made durable per second."),
      run::metricSpec("group_size", "Records per commit", "", MetricSource::Custom, kDevice)
          .withHelp("Mean number of records one sync makes durable."),
      run::metricSpec("worker_util", "Worker utilization", "", MetricSource::Utilization, kWorkers)
          .withHelp("Mean over the workers."),
      run::metricSpec("sync_ms", "Sync time per commit", "ms", MetricSource::Service, kDevice)
          .scaledBy(kMs)
          .withPercentiles()
          .withHelp(
              "Time the log device takes per commit group (real mode: what fdatasync really took, with padding)."),
      run::metricSpec("min_master_speed", "Minimum master speed", "×", MetricSource::Custom, kMaster)
          .withHelp(
              "Model: the smallest multiplier on the master's CPU speed (journal_cpu_ms / m) that keeps the mean window within window_bound_ms. "
              "∞ (no value) when the log device alone breaks the bound."),
  };
}

std::vector<run::ChartSpec> JournalLab::charts() const {
  return {
      run::chartSpec("window_vs_rate", "Consistency window against write rate", run::ChartKind::SweepCurve,
                     {"window_ms"})
          .withSweep("arrival_rate", 50, 480, 10)
          .withAxes("write rate [1/s]", "mean consistency window [ms]"),
      run::chartSpec("speed_vs_rate", "Minimum master speed against write rate", run::ChartKind::SweepCurve,
                     {"min_master_speed"})
          .withSweep("arrival_rate", 50, 480, 10)
          .withAxes("write rate [1/s]", "master speed needed [×]"),
      run::chartSpec("window_vs_group", "Consistency window against group commit size",
                     run::ChartKind::SweepCurve, {"window_ms"})
          .withSweep("group_max", 1, 32, 6)
          .withLogX()
          .withAxes("records per commit (at most)", "mean consistency window [ms]"),
      run::chartSpec("window_hist", "Consistency window distribution", run::ChartKind::Histogram,
                     {"window_ms"})
          .withSeries("window_ms")
          .withLogX()
          .withReference("window_ms_p99")
          .withAxes("window [ms]", "records"),
      run::chartSpec("journal_queue", "Records waiting for the master", run::ChartKind::TimeSeries, {})
          .withSeries("queue:master")
          .withAxes("time [s]", "records waiting"),
      run::chartSpec("util", "Utilization", run::ChartKind::BarsPerStation, {"worker_util", "master_util"})
          .withAxes("", "utilization"),
  };
}

std::vector<run::ModelValueSpec> JournalLab::modelValues() const {
  return {
      {"window_ms_p99", "Model p99 of the window", "ms",
       "The window's 99th percentile, approximated from the commit queue's state distribution."},
      {"master_capacity", "Master capacity", "1/s",
       "Records per second the master can make durable at most: b/(b·c + d) with b = group_max."},
      {"max_device_ms", "Slowest log device that meets the bound", "ms",
       "The largest time per commit the log device may take so that the mean window stays within window_bound_ms."},
  };
}

std::vector<run::PanelSpec> JournalLab::panels() const {
  // The master's busy share is computed (appending plus waiting for its device), so the panel is
  // told which metric and which model value make its ceiling.
  return {run::flowPanel(), run::ceilingPanel(kMaster, "master_util", "master_capacity")};
}

std::vector<run::Exercise> JournalLab::exercises() const {
  // Every number an explanation states is the model's at that exercise's setting.
  const std::map<std::string, std::string> none;
  const std::map<std::string, std::string> groups{{"arrival_rate", "600"}, {"group_max", "8"}};
  // The locked design past its lock: two workers with short data work, so one always waits.
  const std::map<std::string, std::string> saturated{
      {"design", "locked"}, {"workers", "2"}, {"data_ms", "0.5"}, {"arrival_rate", "700"}};
  std::map<std::string, std::string> noHandover = saturated;
  noHandover["lock_handoff_us"] = "0";
  const auto set = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::paramsWith(params(), setup).num(key));
  };
  const double stepS = 1.0 / run::modelAt(*this, noHandover, "master_capacity");
  const double guessUs = run::paramsWith(params(), saturated).num("lock_handoff_us");
  const auto at = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::modelAt(*this, setup, key));
  };
  const double speed = run::modelAt(*this, none, "min_master_speed");
  const double cpuMs = run::paramsWith(params(), none).num("journal_cpu_ms");
  return {
      {"master_speed",
       "Keep the defaults. By what factor must the master's CPU get faster (journal_cpu_ms divided by it) so "
       "the mean window meets the " +
           set(none, "window_bound_ms") + " ms bound?",
       none, "min_master_speed", run::Mode::Model, 0.05,
       run::threeFigures(speed) + "×: journal_cpu_ms must drop to " + run::threeFigures(cpuMs / speed) +
           " ms. The device's " + set(none, "log_device_ms") +
           " ms is not sped up: the other way to meet the bound is a faster device, at most " +
           at(none, "max_device_ms") + " ms per commit with this master."},
      {"group_capacity",
       "Raise the write rate to " + set(groups, "arrival_rate") + "/s, beyond the " +
           at(none, "master_capacity") +
           "/s that one-record commits can sustain, and allow commits of up to " + set(groups, "group_max") +
           " records. Predict the master's capacity in records per second, b/(b·c + d).",
       groups, "master_capacity", run::Mode::Model, 0.05,
       "b/(b·c + d) = " + set(groups, "group_max") + "/(" + set(groups, "group_max") + " × " +
           set(groups, "journal_cpu_ms") + " + " + set(groups, "log_device_ms") +
           ") ms = " + at(groups, "master_capacity") + " records/s: the sync's " +
           set(groups, "log_device_ms") + " ms is paid once per group. So " + set(groups, "arrival_rate") +
           "/s is no longer beyond the master, and the window falls to " + at(groups, "window_ms") +
           " ms, better than without groups at " + set(none, "arrival_rate") + "/s (" +
           at(none, "window_ms") + " ms); about " + at(groups, "group_size") + " records share a commit."},
      {"group_window_sim",
       "Same setting (" + set(groups, "arrival_rate") + "/s, up to " + set(groups, "group_max") +
           " records per commit): predict the mean consistency window in ms; a simulation grades it.",
       groups, "window_ms", run::Mode::Sim, 0.15,
       "While one sync runs, the next records pile up and share the next sync: the window is " +
           at(groups, "window_ms") +
           " ms by the model's Markov chain, which a simulation confirms within its confidence interval."},
      {"real_lock_ceiling",
       "Switch to the locked design with " + set(saturated, "workers") + " workers and " +
           set(saturated, "data_ms") + " ms of data work per write, and offer " +
           set(saturated, "arrival_rate") + " writes/s. Each commit holds the journal lock for " +
           set(saturated, "journal_cpu_ms") + " ms of appending plus a sync padded to " +
           set(saturated, "log_device_ms") +
           " ms. Run it once on the real engine and read what a sync really took (sync_mean_ms) and the lock's "
           "hand-over h (lock_handoff_ns). Predict the throughput in writes/s; a second real run grades it.",
       saturated, "throughput", run::Mode::Real, 0.15,
       "One commit at a time, S = c + d per record: at most " + at(noHandover, "master_capacity") +
           " records/s. Saturated, with two workers, the lock changes hands on every commit and stands idle "
           "for h each time, so the ceiling is 1/(c + d + h): at the model's guess of h = " +
           run::threeFigures(guessUs) + " µs that is " + run::threeFigures(1.0 / (stepS + guessUs * 1e-6)) +
           " writes/s. The lab pads each sync up to log_device_ms, so on a fast device d is exactly " +
           set(saturated, "log_device_ms") +
           " ms; a slower one (a disk, a busy virtual machine) shows its own time in sync_mean_ms, and then "
           "the device, not the model, sets the ceiling: run it once on tmpfs and once on a disk (data_dir). "
           "The model charges h only when the lock changes core, (c−1)/c of the time: " +
           at(saturated, "throughput") + " writes/s here."},
  };
}

run::Topology JournalLab::topology(const run::Params& p) const {
  run::Topology g;
  const int workers = p.has("workers") ? p.integer("workers") : 4;
  // Two rows, so five stations fit a narrow panel: the data path on top, the commit path below.
  auto src = boost::add_vertex({"writes", run::StationRole::Source, 1, 0, 0.05, 0.3, false}, g);
  auto work = boost::add_vertex({"workers", run::StationRole::Queue, workers, 0, 0.32, 0.3, false}, g);
  const bool lock = p.has("design") && p.text("design") == "locked";
  auto master =
      boost::add_vertex({lock ? "journal lock" : "master", run::StationRole::Queue, 1, 0, 0.7, 0.3, true}, g);
  auto device = boost::add_vertex({"log device", run::StationRole::Device, 1, 0, 0.7, 0.8, false}, g);
  auto sink = boost::add_vertex({"durable", run::StationRole::Sink, 1, 0, 0.95, 0.8, false}, g);
  boost::add_edge(src, work, {"Poisson λ", 1.0}, g);
  boost::add_edge(work, master, {"journal record", 1.0}, g);
  boost::add_edge(master, device, {"commit group", 1.0}, g);
  boost::add_edge(device, sink, {"fdatasync", 1.0}, g);
  return g;
}

namespace {

bool locked(const run::Params& p) { return p.text("design") == "locked"; }

/// Locked: the lock's hand-over between cores, on average over holders (the next holder is any
/// worker alike, so the lock changes core with probability (c−1)/c).
double lockHandoverS(const run::Params& p) {
  const int workers = p.integer("workers");
  return locked(p) ? p.num("lock_handoff_us") * 1e-6 * (workers - 1) / workers : 0.0;
}

/// The serializing station: the master (append, then one sync per group), or the lock, whose
/// holder appends its own record and syncs it (one record per hold), paying the hand-over.
model::GroupCommitQueue masterQueue(const run::Params& p) {
  model::GroupCommitQueue q;
  q.lambda = p.num("arrival_rate");
  q.perItemMean = p.num("journal_cpu_ms") / 1000.0;
  q.perItemExp = true;
  q.fixedTime = p.num("log_device_ms") / 1000.0 + lockHandoverS(p);
  q.maxGroup = locked(p) ? 1 : std::max(1, p.integer("group_max"));
  return q;
}

std::string ms(double seconds) { return run::formatNumber(std::round(seconds * 1e6) / 1e3); }

}  // namespace

run::ModelResult JournalLab::model(const run::Params& p) const {
  run::ModelResult r;
  const model::GroupCommitQueue q = masterQueue(p);
  const double lambda = q.lambda, c = q.perItemMean, d = q.fixedTime;
  const double device = p.num("log_device_ms") / 1000.0;
  const int b = q.maxGroup;
  const double data = p.num("data_ms") / 1000.0;
  const int workers = p.integer("workers");
  const double bound = p.num("window_bound_ms") / 1000.0;
  const bool poissonInput = p.text("data_dist") == "exp";

  // Locked: a worker holds its write from the data work until its record is durable.
  const model::GroupCommitMetrics held = locked(p) ? model::groupCommit(q) : model::GroupCommitMetrics{};
  const double occupancy = locked(p) && held.stable ? data + held.window : data;
  const double rhoW = lambda * occupancy / workers;
  const double capacity = b / (b * c + d);
  const double rhoM = lambda / capacity;
  r.bottleneck = rhoM >= rhoW ? "master" : "workers";
  r.values["worker_util"] = std::min(1.0, rhoW);
  r.values["sync_ms"] = device * 1000.0;
  r.values["throughput"] = std::min({lambda, capacity, workers / data});
  r.values["master_capacity"] = capacity;
  r.exact["master_capacity"] = true;
  r.exact["worker_util"] = !locked(p);
  r.exact["sync_ms"] = r.exact["throughput"] = true;
  r.notes.push_back(
      "capacity of the master: b/(b·c + d) = " + run::formatNumber(std::round(capacity * 10) / 10) +
      " records/s; of the workers: workers/data = " +
      run::formatNumber(std::round(workers / data * 10) / 10) + " writes/s");

  const std::string symbols =
      "λ write rate reaching the master, c mean journal CPU per record (exponential), d log device time per commit (fixed), b = group_max, ρ master utilization, W mean consistency window";
  if (rhoW >= 1.0 || rhoM >= 1.0) {
    r.stable = false;
    r.values["master_util"] = 1.0;
    r.exact["master_util"] = rhoM >= 1.0;
    r.formula = "master capacity b/(b·c + d) = " + run::formatNumber(std::round(capacity * 10) / 10) +
                " records/s, workers capacity workers/data = " +
                run::formatNumber(std::round(workers / data * 10) / 10) +
                " writes/s; λ = " + run::formatNumber(lambda) + " is beyond the capacity of the " +
                r.bottleneck + ": the queue grows without bound and the window with it.\n" + symbols;
    return r;
  }

  const model::GroupCommitMetrics m = model::groupCommit(q);
  r.values["window_ms"] = m.window * 1000.0;
  r.values["journal_queue_len"] = m.lq;
  r.values["master_util"] = m.busy;
  r.values["group_size"] = m.meanGroup;
  const double p99 = model::windowQuantileApprox(q, m, 0.99);
  r.values["window_ms_p99"] = p99 * 1000.0;
  // A chain too large to solve in full is cut off, which makes the window a little too low.
  const bool solved = m.tailMass <= 1e-9;
  r.exact["window_ms"] = r.exact["journal_queue_len"] = r.exact["group_size"] =
      poissonInput && solved && !locked(p);
  if (!solved) {
    r.notes.push_back("so close to saturation that the model's Markov chain was cut at " +
                      std::to_string(m.states) + " states: the window shown is a lower bound");
  }
  // With one record per commit the busy fraction is λ·(c + d) whatever the input process.
  r.exact["master_util"] = poissonInput || b == 1;
  r.exact["window_ms_p99"] = false;

  const double speed = model::minPerItemSpeed(q, bound);
  if (std::isfinite(speed)) {
    r.values["min_master_speed"] = speed;
    r.exact["min_master_speed"] = poissonInput;
    r.notes.push_back("minimum master speed for a mean window ≤ " + ms(bound) +
                      " ms: " + run::formatNumber(std::round(speed * 1000) / 1000) + "× (journal_cpu_ms ≤ " +
                      ms(c / speed) + " ms)" + (speed < 1.0 ? ": the master has room to spare" : ""));
  } else {
    model::GroupCommitQueue instant = q;
    instant.perItemMean = 0.0;
    const model::GroupCommitMetrics floor = model::groupCommit(instant);
    r.notes.push_back("no master speed meets a mean window of " + ms(bound) +
                      " ms: with an infinitely fast master the log device alone gives " +
                      (floor.stable ? ms(floor.window) + " ms" : std::string("an unstable queue")) +
                      ". Only a faster device or larger commit groups help.");
  }
  // The device side of the seed's question: the slowest log device that still meets the bound
  // (the fixed time per commit less what the lock's hand-over takes of it).
  const double slowest = model::maxFixedTime(q, bound) - lockHandoverS(p);
  if (slowest >= 0.0) {
    r.values["max_device_ms"] = slowest * 1000.0;
    r.exact["max_device_ms"] = poissonInput && !locked(p);
    r.notes.push_back("slowest log device for a mean window ≤ " + ms(bound) + " ms: " + ms(slowest) +
                      " ms per commit (at this master speed)");
  }
  r.notes.push_back(
      "p99 of the window ≈ " + run::formatNumber(std::round(p99 * 1e5) / 100) +
      " ms (approximation: exponential tail of the wait; exact for the wait alone in M/M/1-like "
      "queues, the service added at its mean)");

  if (b == 1) {
    r.formula =
        "W = S̄ + λ·E[S²] / (2(1 − ρ))   (Pollaczek–Khinchine: the master is an M/G/1 queue)\n"
        "S = C + d,  S̄ = c + d,  E[S²] = c² + (c + d)²,  ρ = λ·(c + d)\n"
        "p99 ≈ S̄ + θ·ln(100·ρ),  θ = (W − S̄)/ρ   (approximation: exponential tail of the wait)\n"
        "minimum master speed m: the smallest m with W(c/m) ≤ window_bound_ms (the device time d is not sped up)\n" +
        symbols;
  } else {
    r.formula =
        "A commit takes k = min(n, b) of the n waiting records: S_k = C₁ + … + C_k + d,  E[S_k] = k·c + d\n"
        "capacity = b / (b·c + d),  ρ = λ·(b·c + d)/b\n"
        "W = L / λ (Little), with L, the mean number of records queued or in a commit, from the Markov chain of the number waiting at each commit's end (solved numerically)\n"
        "p99 ≈ s + θ·ln(100·u),  s = k̃·c + d,  θ = (W − s)/u   (approximation; u the master's busy fraction, k̃ the size of the commit an average record is in)\n" +
        symbols;
  }
  if (locked(p)) {
    r.formula =
        "Locked: no master; the worker that finished a write takes one lock, appends its record and syncs it.\n"
        "The lock is an M/G/1 queue with S = C + d + h·(c_w − 1)/c_w (h the lock's hand-over between cores, c_w workers):\n" +
        r.formula;
    r.approximation =
        "locked: the lock as an M/G/1 queue with its hand-over at the mean over holders; no more than one record per "
        "worker can wait for it (a finite population), so the model overestimates the wait";
  } else if (!poissonInput) {
    r.approximation =
        "the master's input is the workers' departure stream, Poisson only for exponential data work (Burke); here it is treated as Poisson";
  } else {
    r.approximation = "p99 of the window: exponential tail of the wait";
  }
  return r;
}

double JournalLab::suggestedHorizonS(const run::Params& p) const {
  const double lambda = p.num("arrival_rate");
  const model::GroupCommitQueue q = masterQueue(p);
  const double rhoM = lambda * (q.maxGroup * q.perItemMean + q.fixedTime) / q.maxGroup;
  const double rhoW = lambda * p.num("data_ms") / 1000.0 / p.integer("workers");
  const double rho = std::min(0.99, std::max(rhoM, rhoW));
  // Relaxation grows like 1/(1−ρ)²: scale the records per replication with it.
  const double records = std::clamp(400.0 / ((1 - rho) * (1 - rho)), 20000.0, 2.0e6);
  return records / lambda;
}

void JournalLab::customMetrics(const run::Params&, const observe::Aggregator& agg, run::Mode,
                               std::map<std::string, double>& out) const {
  if (agg.stationCount() <= kDevice) return;
  // The master is occupied while it appends and while it waits for its sync: both count.
  out["master_util"] = agg.utilization(kMaster) + agg.utilization(kDevice);
  // A group's records become durable at the instant its sync finishes, so departures and sync
  // finishes share every warm-up and end boundary.
  const auto commits = agg.station(kDevice).finishes;
  if (commits > 0) out["group_size"] = static_cast<double>(agg.departures()) / static_cast<double>(commits);
}

std::optional<run::HostFit> JournalLab::hostFit() const {
  // Fewer workers, each one's time scaled to keep every utilization; the journal master needs a core of its
  // own.
  return run::HostFit{"workers", 1, {"data_ms"}};
}

std::optional<run::HostFit> JournalLab::hostFitFor(const run::Params& p) const {
  std::optional<run::HostFit> fit = hostFit();
  // Locked: no master seat, every busy seat is a worker.
  if (p.has("design") && locked(p)) fit->otherBusySeats = 0;
  return fit;
}

std::optional<run::RealDefaults> JournalLab::realDefaults() const {
  // A real fdatasync is not the model's constant: it varies and now and then stalls for tens of
  // ms. At one record per commit the master is 80% busy and every stall queues hundreds of
  // records, so the window's mean does not settle within a minute (measured: ±70% after 60 s on a
  // virtual disk). Groups of up to 8 keep it ~65% busy with room to absorb a stall: ±5% in 3 s.
  return run::RealDefaults{
      {{"group_max", 8}},
      run::phrase("group commit, so that a real device's varying sync time settles in seconds")};
}

bool JournalLab::measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const {
  // What each parameter stands for in a real run's measurements: the sync (the device's time per
  // commit, padded; the locked design's stream has no device station, so the fact says it there),
  // and in the locked design the lock's hand-over between workers.
  return run::measuredParams(p, r,
                             {{"log_device_ms", "fact:sync_mean_ms"},
                              {"log_device_ms", "sync_ms"},
                              {"lock_handoff_us", "fact:lock_handoff_ns", 1e-3}},
                             out);
}

std::string JournalLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  if (mode == run::Mode::Real) {
    if (locked(p))
      return run::phrase(
          "a real std::mutex is not FIFO and hands over through the kernel: while a waiting worker wakes, the journal "
          "stands idle; and fdatasync time varies (tmpfs is almost free, a disk is not)");
    return run::phrase(
        "real appends and syncs have their own costs: fdatasync time varies (tmpfs is almost free, a disk is not), threads share cores, and the OS adds wake-up latency");
  }
  if (p.text("data_dist") != "exp")
    return run::phrase("the master's input is not Poisson unless data work is exponential");
  const model::GroupCommitQueue q = masterQueue(p);
  const double rho = q.lambda * (q.maxGroup * q.perItemMean + q.fixedTime) / q.maxGroup;
  if (rho > 0.9)
    return run::phrase(
        "near saturation the run needs many more records to settle (warm-up and long correlations)");
  return run::phrase("a 95% CI misses the true value 1 time in 20; rerun with another seed or longer");
}

}  // namespace amp::labs
