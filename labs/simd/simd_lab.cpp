// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "simd/simd_lab.h"

#include <cmath>
#include <limits>
#include <map>

#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

namespace simd {

SimdLab::Strategy strategyOf(const std::string& name) {
  if (name == "offload") return SimdLab::kOffload;
  if (name == "migrate") return SimdLab::kMigrate;
  return SimdLab::kLocal;
}

const char* strategyName(SimdLab::Strategy s) {
  return s == SimdLab::kOffload ? "offload" : s == SimdLab::kMigrate ? "migrate" : "local";
}

double breakevenFraction(double overheadUs, double taskUs, double bigOverLittleVector) {
  const double gain = taskUs * (1.0 - bigOverLittleVector);  // saved per unit of f
  if (gain <= 0.0 || !std::isfinite(gain))
    return overheadUs > 0.0 ? std::numeric_limits<double>::infinity() : 0.0;
  return overheadUs / gain;
}

int bestOf(const std::array<double, 3>& t) {
  int best = 0;
  for (int s = 1; s < 3; ++s)
    if (t[static_cast<std::size_t>(s)] < t[static_cast<std::size_t>(best)] * (1.0 - 1e-9)) best = s;
  return best;
}

void setOutcomes(observe::LabOutputs& out, const std::array<PassTimes, 3>& passes, SimdLab::Strategy chosen,
                 double bigOverLittleVector) {
  const PassTimes& local = passes[SimdLab::kLocal];
  const PassTimes& offload = passes[SimdLab::kOffload];
  out.set("time_local_us", local.taskUs);
  out.set("time_offload_us", offload.taskUs);
  out.set("time_migrate_us", passes[SimdLab::kMigrate].taskUs);
  out.set("speedup", local.taskUs / passes[static_cast<std::size_t>(chosen)].taskUs);
  out.set("breakeven_f", breakevenFraction(offload.overheadUs, local.taskUs, bigOverLittleVector));
  out.set("best_strategy", bestOf({local.taskUs, offload.taskUs, passes[SimdLab::kMigrate].taskUs}));
  out.set("big_wait_us", passes[static_cast<std::size_t>(chosen)].waitUs);
}

}  // namespace simd

run::LabInfo SimdLab::info() const {
  return {
      "simd", "SIMD: offloading vector work to the big core", "AI and runtimes",
      "When is migrating to the core with SIMD worth its overhead?",
      "Start at one little: sweep the vector fraction and watch offload cross local at f*, where the time the "
      "big core's SIMD units save pays for two hand-offs. Migration moves the scalar part too, so it wins when "
      "re-pinning is cheap and the scalar part is large; the heat map shows the three regions. Then add littles: "
      "the one big core becomes a shared server, and past the knee N* its queue eats the gain (speedup against "
      "littles). In real mode the hand-off and the re-pin are measured, and the big core's extra speed is "
      "emulated on symmetric machines: the run says so."};
}

std::vector<run::ParamSpec> SimdLab::params() const {
  return {
      run::realParam("task_us", "Task time on a little core", "µs", 1, 100000, 50)
          .withScale(Scale::Log)
          .withHelp(
              "Time one task takes on a little core with scalar code only (T). The real engine sizes its "
              "arrays so that a task takes about this long on the little seat."),
      run::realParam("vector_fraction", "Vector fraction of a task", "", 0, 1, 0.6)
          .withStep(0.01)
          .withHelp(
              "Share f of the task's little-core time that is vector work (a dot product the big core's "
              "SIMD units speed up); the rest, 1 − f, is scalar work."),
      run::realParam("simd_speedup", "SIMD speedup on the big core", "", 1, 64, 8)
          .withScale(Scale::Log)
          .withHelp(
              "How much faster the big core does the vector part with its vector units than with scalar "
              "code (w). The real engine measures its own: the widest vector build the CPU has against "
              "a scalar build."),
      run::realParam("big_factor", "Big core speed factor", "", 1, 8, 2)
          .withHelp("How much faster the big core runs scalar code than a little core (b). On machines "
                    "without real little cores the real engine emulates it: a little does b times the work."),
      run::realParam("handoff_us", "Hand-off, one way", "µs", 0, 1000, 2)
          .withHelp("Offload: time to hand the vector part to the big core through a ring, and again for the "
                    "result to come back (h each way). The real engine measures it."),
      run::realParam("migrate_us", "Migration, one way", "µs", 0, 1000, 15)
          .withHelp("Migrate: time to move the whole thread to the big core by re-pinning it, and again to "
                    "move it back (m each way). The real engine measures it."),
      run::integerParam("tasks", "Tasks per little", "", 1, kMaxTasks, 500)
          .withScale(Scale::Log)
          .withHelp("Tasks each little core runs one after the other in each strategy's pass."),
      run::integerParam("littles", "Little cores", "", 1, kMaxLittles, 1)
          .withHelp("Little cores (N) that all hand work to the one big core: it becomes a shared server."),
      run::choiceParam("strategy", "Strategy", {"local", "offload", "migrate"}, "offload")
          .withHelp("What the littles do with the vector part: keep it (local), hand it to the big core "
                    "(offload) or move the whole thread there (migrate). Every run times all three; this "
                    "one is shown in the flow and the timeline, and its speedup is reported."),
  };
}

std::vector<run::MetricSpec> SimdLab::metrics() const {
  return {
      run::metricSpec("time_local_us", "Task time, local", "µs", MetricSource::Output)
          .withHelp("Mean time of a task kept on its little core (scalar code only)."),
      run::metricSpec("time_offload_us", "Task time, offload", "µs", MetricSource::Output)
          .withHelp("Mean time of a task whose vector part goes to the big core through the ring and back: "
                    "the scalar part, two hand-offs, any wait for the big core, and the vector part there."),
      run::metricSpec("time_migrate_us", "Task time, migrate", "µs", MetricSource::Output)
          .withHelp("Mean time of a task whose thread moves to the big core and back: two migrations, any "
                    "wait for the big core, and the whole task there."),
      run::metricSpec("speedup", "Speedup of the strategy", "", MetricSource::Output)
          .withHelp("Local task time over the chosen strategy's task time (above 1: the strategy pays)."),
      run::metricSpec("breakeven_f", "Break-even vector fraction", "", MetricSource::Output)
          .withHelp(
              "The vector fraction above which offloading beats local, at the offload overhead this run "
              "saw: O / (T · (1 − r)), O = two hand-offs and any wait at the big core, r = the big core's "
              "time for the vector part over the little's. Above 1: offloading never pays."),
      run::metricSpec("best_strategy", "Best strategy (0 local, 1 offload, 2 migrate)", "",
                      MetricSource::Output)
          .withHelp("The fastest of the three strategies: 0 = local, 1 = offload, 2 = migrate."),
      run::metricSpec("big_wait_us", "Wait for the big core", "µs", MetricSource::Output)
          .withHelp("Mean time a task of the chosen strategy waits while the big core serves other littles."),
      run::metricSpec("handoff_measured_us", "Hand-off, one way, measured", "µs", MetricSource::Output)
          .realModeOnly()
          .withHelp(
              "Real mode: the ring's hand-off of the vector part and of its result, one way, as measured "
              "(the model's value is the parameter it assumed)."),
      run::metricSpec("migrate_measured_us", "Migration, one way, measured", "µs", MetricSource::Output)
          .realModeOnly()
          .withHelp(
              "Real mode: re-pinning the thread to the big core's CPU or back, one way, as measured (the "
              "model's value is the parameter it assumed)."),
  };
}

std::vector<run::OutputSpec> SimdLab::outputs() const {
  return {run::outputSpec(kTimeline, "Littles and the big core over time", run::OutputKind::Timeline)};
}

std::vector<run::ModelValueSpec> SimdLab::modelValues() const {
  return {
      {"breakeven_alone_f", "Break-even f*, one little", "",
       "2·h / (T·(1 − 1/(w·b))): where local and offload meet when nobody else uses the big core."},
      {"scalar_little_us", "Scalar part on a little", "µs", "(1 − f)·T."},
      {"vector_little_us", "Vector part on a little", "µs", "f·T."},
      {"vector_big_us", "Vector part on the big core", "µs", "f·T/(w·b)."},
      {"migrate_pays_below_us", "Migration pays below", "µs",
       "With one little, migrate beats offload while m < h + (1 − f)·T·(1 − 1/b)/2."},
      {"offload_think_us", "Time away from the big core", "µs",
       "Z = (1 − f)·T + 2·h: what a little spends per offloaded task on its own work and the hand-offs."},
      {"big_util", "Big core utilization", "", "X·D of the chosen strategy (0 when local)."},
      {"littles_knee", "Knee N*", "littles",
       "(Z + D)/D for offload: beyond this many littles the big core is saturated."},
      {"time_offload_bound_us", "Offload time, deterministic bound", "µs",
       "max(Z + D, N·D): what a closed loop with constant times settles at (the MVA lies above it)."},
  };
}

std::vector<run::ChartSpec> SimdLab::charts() const {
  return {
      run::chartSpec("time_vs_f", "Task time against the vector fraction", run::ChartKind::SweepCurve,
                     {"time_local_us", "time_offload_us", "time_migrate_us"})
          .withSweep("vector_fraction", 0, 1, 11)
          .withXReference("breakeven_f")
          .withAxes("vector fraction f", "task time [µs]"),
      run::chartSpec("best_map", "Best strategy over f and the migration cost", run::ChartKind::HeatMap,
                     {"best_strategy"})
          .withSweep("vector_fraction", 0, 1, 11)
          .withSweep2("migrate_us", 0, 40, 9)
          .withAxes("vector fraction f", "migration, one way [µs]"),
      run::chartSpec("speedup_vs_littles", "Offload speedup against little cores", run::ChartKind::SweepCurve,
                     {"speedup"})
          .withSweep("littles", 1, 31, 16)
          .withXReference("littles_knee")
          .withAxes("little cores N", "speedup over local"),
      run::chartSpec("timeline", "The first tasks: littles and the big core", run::ChartKind::Timeline, {})
          .withSeries(kTimeline),
  };
}

std::vector<run::Exercise> SimdLab::exercises() const {
  const std::map<std::string, std::string> none;
  const std::map<std::string, std::string> low{{"vector_fraction", "0.2"}, {"handoff_us", "5"}};
  const std::map<std::string, std::string> crowd{{"littles", "24"}};
  const auto at = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::modelAt(*this, setup, key));
  };
  const auto set = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::paramsWith(params(), setup).num(key));
  };
  return {
      {"breakeven",
       "At the defaults (T = " + set(none, "task_us") + " µs, w = " + set(none, "simd_speedup") +
           ", b = " + set(none, "big_factor") + ", h = " + set(none, "handoff_us") +
           " µs, one little), above which vector fraction does offloading the vector part pay?",
       none, "breakeven_f", run::Mode::Model, 0.02,
       "Offloading saves f·T·(1 − 1/(w·b)) of the vector part and costs two hand-offs, 2·h. They are equal at "
       "f* = 2·h / (T·(1 − 1/(w·b))) = " +
           at(none, "breakeven_f") +
           ": a small fraction, because one hand-off is short against the task. Below it the hand-offs "
           "cost more than the SIMD units save."},
      {"offload_time",
       "Set f = " + set(low, "vector_fraction") + " and h = " + set(low, "handoff_us") +
           " µs. Predict the mean task time with offload, in µs; a simulation grades it.",
       low, "time_offload_us", run::Mode::Sim, 0.02,
       "(1 − f)·T = " + at(low, "scalar_little_us") +
           " µs stay on the little, the vector part takes f·T/(w·b) = " + at(low, "vector_big_us") +
           " µs on the big core, and the two hand-offs add 2·h: " + at(low, "time_offload_us") +
           " µs against " + at(low, "time_local_us") +
           " µs local. The break-even is now f* = " + at(low, "breakeven_f") + "."},
      {"shared_big",
       "Now " + set(crowd, "littles") +
           " littles offload to the one big core. Predict the speedup of offloading over local; a simulation "
           "grades it.",
       crowd, "speedup", run::Mode::Sim, 0.15,
       "Each little hands the big core D = " + at(crowd, "vector_big_us") +
           " µs of work per cycle and spends Z = (1 − f)·T + 2·h = " + at(crowd, "offload_think_us") +
           " µs elsewhere, so the big core saturates beyond "
           "N* = (Z + D)/D = " +
           at(crowd, "littles_knee") + " littles. The MVA gives " + at(crowd, "speedup") + " (big core " +
           at(crowd, "big_util") +
           " busy); with constant times the simulation queues less and settles near the bound " +
           at(crowd, "time_offload_bound_us") +
           " µs per task. Either way the shared big core eats part of the gain one little had: " +
           at(none, "speedup") + "."},
      {"real_offload",
       "Run the defaults on the real engine (a real dot product: scalar on the little, the widest SIMD the CPU "
       "has on the big core; the run measures the hand-off through the ring). Predict the speedup of "
       "offloading.",
       none, "speedup", run::Mode::Real, 0.3,
       "The model says " + at(none, "speedup") + " with w = " + set(none, "simd_speedup") +
           " and h = " + set(none, "handoff_us") +
           " µs. The real run measures its own SIMD speedup (AVX2 or AVX-512 against a scalar build; memory "
           "bandwidth caps it for large arrays) and its own hand-off, and the verdict shows the model at those "
           "measured values. The big core's extra speed b is emulated on a symmetric machine: the little does b "
           "times the work, so that part of the gain is b by construction."},
  };
}

run::Topology SimdLab::topology(const run::Params& p) const {
  run::Topology g;
  const int littles = p.has("littles") ? p.integer("littles") : 1;
  auto src = boost::add_vertex({"tasks", run::StationRole::Source, 1, 0, 0.04, 0.85, false}, g);
  auto little = boost::add_vertex({"littles", run::StationRole::Queue, littles, 0, 0.18, 0.85, false}, g);
  auto there = boost::add_vertex({"to big", run::StationRole::Delay, littles, 0, 0.37, 0.5, false}, g);
  auto big = boost::add_vertex({"big core", run::StationRole::Queue, 1, 0, 0.6, 0.15, true}, g);
  auto back = boost::add_vertex({"back", run::StationRole::Delay, littles, 0, 0.83, 0.5, false}, g);
  auto sink = boost::add_vertex({"done", run::StationRole::Sink, 1, 0, 0.96, 0.85, false}, g);
  boost::add_edge(src, little, {"tasks", 1.0}, g);
  boost::add_edge(little, there, {"hand-off", 1.0}, g);
  boost::add_edge(there, big, {"vector", 1.0}, g);
  boost::add_edge(big, back, {"result", 1.0}, g);
  boost::add_edge(back, sink, {"done", 1.0}, g);
  boost::add_edge(little, sink, {"local", 1.0}, g);
  return g;
}

std::string SimdLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  if (mode == run::Mode::Real)
    return run::phrase(
        "the real SIMD speedup, hand-off and re-pin are what this machine does, not the parameters (the "
        "verdict shows the model at the measured values), and the big core's speed is emulated where the "
        "machine has no little cores");
  if (p.integer("littles") > 1)
    return run::phrase(
        "several littles share the big core: the MVA assumes exponential service, the simulation's times are "
        "constant and queue less");
  return run::phrase("with one little and constant times the simulation replays the model's sums exactly");
}

bool SimdLab::measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const {
  // Each parameter the real run measured: the little's task time, the big core's scalar speed
  // against the little's, its vector speed against its scalar, the ring's hand-off and the re-pin.
  return run::measuredParams(p, r,
                             {{"task_us", "fact:task_us_measured"},
                              {"big_factor", "fact:big_factor_measured"},
                              {"simd_speedup", "fact:simd_speedup_measured"},
                              {"handoff_us", "fact:handoff_us_measured"},
                              {"migrate_us", "fact:migrate_us_measured"}},
                             out);
}

std::optional<run::HostFit> SimdLab::hostFit() const {
  // Every little is a busy seat, and so is the big core: fewer littles on a small machine. Their
  // tasks keep their length: the lesson per task stays the same, the big core is shared less.
  return run::HostFit{"littles", 1, {}};
}

run::RealOutcome SimdLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                  observe::Recorder& rec) const {
  return simd::runReal(p, ctl, rec);
}

}  // namespace amp::labs
