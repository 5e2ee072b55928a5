// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/runner.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "amp/observe/stats.h"
#include "amp/real/cpu_topology.h"
#include "amp/run/phrase.h"
#include "amp/run/real_length.h"
#include "amp/run/replication_seed.h"
#include "amp/run/time_scale.h"
#include "amp/sim/rng.h"
#include "combine_outputs.h"
#include "metric_values.h"

namespace amp::run {

namespace {

using Clock = std::chrono::steady_clock;

/// A value as the verdicts quote it: three decimals at most ("5.366").
std::string roundedText(double v) { return formatNumber(std::round(v * 1000) / 1000); }
/// A relative change as the verdicts quote it: "+7.9%", "-0.3%".
std::string signedPercent(double rel) {
  return (rel >= 0 ? "+" : "") + formatNumber(std::round(rel * 1000) / 10) + "%";
}

int defaultJobs(int requested) {
  if (requested > 0) return requested;
  return std::max(1u, std::thread::hardware_concurrency());
}

/// Everything one replication gives back.
struct RepOutput {
  bool done = false;
  std::map<std::string, double> values;
  std::map<std::string, observe::LogHistogram> hists;
  std::vector<Series> series;
  observe::LabOutputs outputs;
  std::int64_t endNs = 0;
};

std::vector<int> stationServers(const Topology& topo) {
  std::vector<int> servers;
  for (auto v : boost::make_iterator_range(boost::vertices(topo)))
    servers.push_back(std::max(1, topo[v].servers));
  return servers;
}

/// Hands each record to two sinks (the animation's trace and the raw record), either of which may be null.
class BothSinks final : public observe::ObservationSink {
 public:
  BothSinks(observe::ObservationSink* a, observe::ObservationSink* b) : a_(a), b_(b) {}
  void observe(const observe::Observation& o) override {
    if (a_ != nullptr) a_->observe(o);
    if (b_ != nullptr) b_->observe(o);
  }
  /// The one sink to hand a Recorder: null, either sink, or this when both are set.
  observe::ObservationSink* sink() { return a_ == nullptr ? b_ : b_ == nullptr ? a_ : this; }

 private:
  observe::ObservationSink* a_;
  observe::ObservationSink* b_;
};

/// Runs one simulation replication into a fresh aggregator.
RepOutput runSimRep(const Lab& lab, const Params& params, const std::vector<int>& servers, std::uint64_t seed,
                    double horizonS, std::int64_t warmupNs, double seriesIntervalS, const RunHooks& hooks,
                    bool first) {
  observe::Aggregator agg(servers, warmupNs, seriesIntervalS);
  agg.setClasses(lab.classes().size());
  BothSinks extra(first ? hooks.trace : nullptr, first ? hooks.record : nullptr);
  observe::Recorder rec(&agg, extra.sink());
  rec.outputs().setMeasuredFrom(warmupNs);
  SimControl ctl;
  ctl.seed = seed;
  ctl.horizonS = horizonS;
  ctl.cancel = hooks.cancel;
  ctl.pacer = first ? hooks.pacer : nullptr;
  RepOutput out;
  out.endNs = lab.simulate(params, ctl, rec);
  agg.finish(out.endNs);
  out.done = !ctl.cancelled();
  lab.deriveOutputs(params, agg, Mode::Sim, rec.outputs());
  collectMetrics(lab, params, agg, Mode::Sim, out.endNs, out.values, out.hists, rec.outputs());
  if (seriesIntervalS > 0) out.series = seriesFrom(lab.topology(params), agg);
  out.outputs = std::move(rec.outputs());
  return out;
}

/// MSER-5 over a pilot replication's windowed latency series: the warm-up to delete [s].
double mserWarmup(const Lab& lab, const Params& params, const std::vector<int>& servers, std::uint64_t seed,
                  double horizonS, const RunHooks& hooks) {
  const double interval = horizonS / 500.0;
  observe::Aggregator agg(servers, 0, interval);
  observe::Recorder rec(&agg, nullptr);
  SimControl ctl;
  ctl.seed = seed;
  ctl.horizonS = horizonS;
  ctl.cancel = hooks.cancel;
  const std::int64_t end = lab.simulate(params, ctl, rec);
  agg.finish(end);
  std::vector<double> windows;
  std::vector<double> times;
  for (const auto& [t, v] : agg.latencySeries().points()) {
    if (std::isfinite(v)) {
      times.push_back(t);
      windows.push_back(v);
    }
  }
  if (windows.size() < 20) return 0.0;
  const std::size_t cut = observe::mser5Truncation(windows);
  if (cut == 0 || cut >= times.size()) return 0.0;
  return std::min(times[cut], horizonS / 2.0);
}

void fail(RunResult& r, const std::string& message) {
  r.status = RunStatus::Failed;
  r.error = message;
}

/// Combine replications: a t-interval over replication means; percentiles from merged histograms.
void combine(const Lab& lab, const std::vector<RepOutput>& reps, RunResult& result) {
  for (const auto& spec : lab.metrics()) {
    observe::Welford w;
    std::optional<observe::LogHistogram> merged;
    std::vector<double> perRep;
    for (const auto& rep : reps) {
      auto it = rep.values.find(spec.key);
      const bool measured = rep.done && it != rep.values.end() && std::isfinite(it->second);
      perRep.push_back(measured ? it->second : NAN);
      if (!measured) continue;
      w.add(it->second);
      auto h = rep.hists.find(spec.key);
      if (h != rep.hists.end()) {
        if (!merged) {
          merged = h->second;
        } else {
          merged->merge(h->second);
        }
      }
    }
    if (w.count() == 0) continue;
    const observe::Interval ci = observe::tInterval(w);
    MetricValue mv;
    mv.mean = ci.mean;
    mv.ciLo = ci.lo;
    mv.ciHi = ci.hi;
    mv.unit = spec.unit;
    mv.samples = w.count();
    if (reps.size() > 1) mv.perRep = std::move(perRep);
    if (merged && merged->count() > 0) {
      mv.percentiles["p50"] = merged->quantile(0.50) * spec.scale;
      mv.percentiles["p95"] = merged->quantile(0.95) * spec.scale;
      mv.percentiles["p99"] = merged->quantile(0.99) * spec.scale;
      mv.percentiles["p99.9"] = merged->quantile(0.999) * spec.scale;
      mv.percentiles["max"] = merged->max() * spec.scale;
      result.histograms.push_back(coarseHistogram(*merged, spec.key, spec.unit, spec.scale));
    }
    result.metrics[spec.key] = mv;
  }
  std::vector<const observe::LabOutputs*> outputs;
  for (const auto& rep : reps)
    if (rep.done) outputs.push_back(&rep.outputs);
  combineOutputs(lab, outputs, result);
}

double relHalfWidth(const RunResult& r, const std::string& key) {
  auto it = r.metrics.find(key);
  if (it == r.metrics.end() || it->second.mean == 0.0) return INFINITY;
  return (it->second.ciHi - it->second.ciLo) / 2.0 / std::abs(it->second.mean);
}

void runSim(const Lab& lab, const RunSpec& spec, const RunHooks& hooks, RunResult& result) {
  const Params& params = spec.params;
  const std::vector<int> servers = stationServers(lab.topology(params));
  const bool automaticLength = spec.duration <= 0.0;
  const double horizon = automaticLength ? lab.suggestedHorizonS(params) : spec.duration;
  const int jobs = defaultJobs(spec.jobs);
  const bool precisionDriven = spec.reps <= 0 && !result.unstable;
  const int firstBatch = spec.reps > 0 ? spec.reps : spec.minReps;
  const int maxReps = spec.reps > 0 ? spec.reps : spec.maxReps;
  auto progress = [&](double f, const std::string& stage) {
    if (hooks.progress) hooks.progress(std::clamp(f, 0.0, 1.0), stage);
  };

  const bool transient = lab.runKind() == RunKind::Transient;
  double warmupS = spec.warmup;
  if (transient) {
    // A job or an incident is its whole run: nothing to delete.
    warmupS = 0.0;
    result.lengthRule = phrase("transient: no warm-up deleted") + "; ";
  } else if (warmupS < 0) {
    progress(0.0, "warm-up (MSER-5)");
    warmupS = mserWarmup(lab, params, servers, repSeed(spec.seed, -1), horizon, hooks);
    result.lengthRule =
        phrase("warm-up by MSER-5 on a pilot replication: %1 s deleted", {formatNumber(warmupS)}) + "; ";
  } else {
    result.lengthRule = phrase("fixed warm-up %1 s", {formatNumber(warmupS)}) + "; ";
  }
  const std::int64_t warmupNs = static_cast<std::int64_t>(warmupS * 1e9);
  const double seriesInterval = horizon / 400.0;

  std::vector<RepOutput> reps;
  std::mutex mu;
  int planned = firstBatch;
  int completed = 0;
  while (true) {
    const int begin = static_cast<int>(reps.size());
    reps.resize(static_cast<std::size_t>(planned));
    std::atomic<int> next{begin};
    auto worker = [&] {
      for (int i = next.fetch_add(1); i < planned; i = next.fetch_add(1)) {
        if (hooks.cancel != nullptr && hooks.cancel->load(std::memory_order_relaxed)) return;
        RepOutput out = runSimRep(lab, params, servers, repSeed(spec.seed, i), horizon, warmupNs,
                                  i == 0 ? seriesInterval : 0.0, hooks, i == 0);
        std::lock_guard lock(mu);
        reps[static_cast<std::size_t>(i)] = std::move(out);
        ++completed;
        progress(double(completed) / planned,
                 "replication " + std::to_string(completed) + "/" + std::to_string(planned));
        if (hooks.partial) {
          RunResult soFar;
          soFar.lab = result.lab;
          soFar.mode = result.mode;
          combine(lab, reps, soFar);
          soFar.reps = completed;
          hooks.partial(soFar);
        }
      }
    };
    std::vector<std::thread> threads;
    const int n = std::min(jobs, planned - begin);
    for (int t = 1; t < n; ++t) threads.emplace_back(worker);
    worker();
    for (auto& t : threads) t.join();

    result.metrics.clear();
    result.histograms.clear();
    result.series.clear();
    result.tables.clear();
    result.timelines.clear();
    combine(lab, reps, result);
    if (hooks.cancel != nullptr && hooks.cancel->load(std::memory_order_relaxed)) break;
    if (!precisionDriven || planned >= maxReps) break;
    if (relHalfWidth(result, lab.keyMetric()) <= spec.targetRelHalfWidth) break;
    planned = std::min(maxReps, planned + std::max(jobs, 2));
  }
  for (auto& rep : reps) {
    if (!rep.series.empty()) {
      result.series.insert(result.series.begin(), rep.series.begin(), rep.series.end());
      break;
    }
  }
  int done = 0;
  for (const auto& rep : reps) done += rep.done ? 1 : 0;
  result.reps = done;
  result.simSecondsPerRep = horizon;
  result.warmupSeconds = warmupS;
  const double hw = relHalfWidth(result, lab.keyMetric());
  std::string rule =
      transient
          ? phrase("%1 replications of at most %2 simulated s each (until done), one outcome per replication",
                   {std::to_string(done), formatNumber(horizon)})
          : phrase("%1 replications of %2 simulated s", {std::to_string(done), formatNumber(horizon)});
  if (precisionDriven) {
    rule = phrase(
        "%1 (precision target: %2 95% CI half-width within %3% of its mean, min %4, max %5 replications; reached "
        "%6%)",
        {rule, lab.keyMetric(), formatNumber(spec.targetRelHalfWidth * 100), std::to_string(spec.minReps),
         std::to_string(spec.maxReps), formatNumber(std::round(hw * 1e4) / 100)});
    if (hw > spec.targetRelHalfWidth)
      result.warnings.push_back(phrase("precision target not reached within the maximum length"));
  } else if (result.unstable) {
    rule = phrase("%1 (fixed: the system is unstable, so no precision target)", {rule});
  }
  result.lengthRule += rule;
}

/// How a precision-driven real run estimates its key metric from the live feed: a throughput
/// as value per second, anything else as a mean per completion.
RealLengthRule::Estimate estimateFor(const MetricSpec& key) {
  return key.source == MetricSource::Throughput || timePower(key.unit) < 0 ? RealLengthRule::Estimate::Rate
                                                                           : RealLengthRule::Estimate::Mean;
}

/// How a real run's length came about, in words.
std::string realLengthRule(const Lab& lab, const RunSpec& spec, std::size_t runs, double meanSeconds,
                           double warmupS, const std::vector<std::string>& endings, RunResult& result) {
  std::string out;
  const std::string warm = roundedText(warmupS);
  const std::string n = std::to_string(runs);
  if (lab.runKind() == RunKind::Transient) {
    // A job is its whole run: it ends when it is done.
    out = runs == 1
              ? phrase("one real run until the job was done (%1 s), nothing deleted as warm-up",
                       {roundedText(meanSeconds)})
              : phrase("%1 real runs until the job was done (%2 s on average), nothing deleted as warm-up",
                       {n, roundedText(meanSeconds)});
  } else if (endings.empty()) {
    out = runs == 1 ? phrase("one real run of %1 s, first %2 s deleted as warm-up",
                             {formatNumber(spec.duration), warm})
                    : phrase("%1 real runs of %2 s each, first %3 s deleted as warm-up",
                             {n, formatNumber(spec.duration), warm});
  } else {
    const std::string pct = formatNumber(spec.realTargetRelHalfWidth * 100);
    const std::string maxS = formatNumber(spec.realMaxS);
    const std::string lasted = formatNumber(std::round(meanSeconds * 10) / 10);
    out = runs == 1
              ? phrase(
                    "one real run until %1's 95% CI half-width was within %2% of its mean (at most %3 s): %4 "
                    "s, first %5 s deleted as warm-up",
                    {lab.keyMetric(), pct, maxS, lasted, warm})
              : phrase(
                    "%1 real runs until %2's 95% CI half-width was within %3% of its mean (at most %4 s): %5 "
                    "s on average, first %6 s deleted as warm-up",
                    {n, lab.keyMetric(), pct, maxS, lasted, warm});
    const auto count = [&](const char* why) { return std::count(endings.begin(), endings.end(), why); };
    if (count("maximum") > 0)
      result.warnings.push_back(phrase("precision target not reached within the maximum length of %1 s",
                                       {formatNumber(spec.realMaxS)}));
    if (count("silent") > 0)
      out += "; " + phrase("the lab reports no live values of its key metric, so the run lasted a fixed %1 s",
                           {formatNumber(RealLengthWatch::kSilentS)});
  }
  if (runs > 1)
    out += "; " + phrase("CI across runs (Student t); host facts from run 1");
  else if (lab.runKind() == RunKind::Transient)
    out += "; " + phrase("one outcome, so no CI (--reps 2 or more gives one across runs)");
  else
    out += "; " +
           phrase(
               "CI of the sojourn by batch means within the run (--reps 2 or more gives every metric a CI "
               "across runs)");
  return out;
}

void runRealMode(const Lab& lab, const RunSpec& spec, const RunHooks& hooks, RunResult& result) {
  // The lab's own time (spec.params) is what the student set and what the model answers; the
  // real run may compress it by k (see TimeScale), and its results are told back in lab time.
  const std::optional<TimeScale> scale = lab.timeScale();
  const double k = spec.timeScale.value_or(scale ? scale->realDefault : 1.0);
  if (k != 1.0 && !scale) {
    fail(result,
         phrase("the lab '%1' runs its real work at its own time only (time scale 1:1): its durations "
                "include real devices and round trips that cannot be made shorter",
                {lab.info().id}));
    return;
  }
  const Params params = scale ? scaledForReal(*scale, spec.params, k) : spec.params;
  const std::vector<int> servers = stationServers(lab.topology(params));
  const bool transient = lab.runKind() == RunKind::Transient;
  const bool precisionDriven = spec.duration <= 0 && !transient;
  const double duration = spec.duration > 0 ? spec.duration : spec.realMaxS;
  const double warmupS = transient ? 0.0 : spec.warmup >= 0 ? spec.warmup : std::min(0.2 * duration, 1.0);
  const int reps = spec.reps > 0 ? spec.reps : 1;
  // The host record of a real run carries a short blocking wake-up baseline (a few ms).
  result.host.wakeupLatencyUs = real::measureWakeupLatencyUs();
  if (const FittedParams fit =
          fitWorkers(lab, spec.params, static_cast<int>(real::CpuTopology::probe().usableCpus().size()));
      fit.changed)
    result.warnings.push_back(phrase(
        "the lab's seats outnumber this machine's cores; fitted to it, the run would use %1", {fit.words}));
  const std::vector<MetricSpec> metrics = lab.metrics();
  const auto keySpec = std::find_if(metrics.begin(), metrics.end(),
                                    [&](const MetricSpec& m) { return m.key == lab.keyMetric(); });
  const std::string keyLabel = keySpec != metrics.end() ? keySpec->label : lab.keyMetric();
  RealLengthRule::Settings lengthSettings;
  lengthSettings.targetRelHalfWidth = spec.realTargetRelHalfWidth;
  lengthSettings.warmupS = warmupS;
  lengthSettings.maxS = duration;
  if (keySpec != metrics.end()) lengthSettings.estimate = estimateFor(*keySpec);
  std::vector<double> runSeconds;  // how long each run's load lasted
  std::vector<std::string> endings;
  double feedHalfWidth = INFINITY;  // run 0's live estimate of the key metric
  std::vector<RepOutput> outputs;
  std::vector<Series> runSeries;  // run 0's stream series, before the lab's own
  std::optional<observe::Interval> sojournBatches;
  for (int r = 0; r < reps; ++r) {
    if (hooks.cancel != nullptr && hooks.cancel->load(std::memory_order_relaxed)) break;
    if (hooks.progress)
      hooks.progress(static_cast<double>(r) / reps,
                     "real run " + std::to_string(r + 1) + " of " + std::to_string(reps));
    observe::Aggregator agg(servers, static_cast<std::int64_t>(warmupS * 1e9), duration / 400.0);
    agg.setClasses(lab.classes().size());
    observe::Recorder rec(&agg, r == 0 ? hooks.record : nullptr);
    rec.outputs().setMeasuredFrom(static_cast<std::int64_t>(warmupS * 1e9));
    RealControl ctl;
    ctl.seed = repSeed(spec.seed, r);  // run 0 is the twin of the simulation's first replication
    ctl.durationS = duration;
    ctl.cancel = hooks.cancel;
    ctl.live = hooks.trace;
    ctl.serviceClock = spec.serviceClock.value_or(lab.defaultServiceClock());
    std::optional<RealLengthWatch> watch;
    if (precisionDriven) {
      watch.emplace(lengthSettings, keyLabel, [&](double f, const std::string& stage) {
        if (hooks.progress)
          hooks.progress((r + f) / reps, reps == 1 ? stage : "run " + std::to_string(r + 1) + ": " + stage);
      });
      ctl.feed = &watch->feed();
    }
    RealOutcome out = lab.runReal(params, ctl, rec);
    if (watch) {
      watch->stop();
      endings.push_back(watch->ended() == RealLengthWatch::Ended::Precision   ? "precision"
                        : watch->ended() == RealLengthWatch::Ended::MaxLength ? "maximum"
                        : watch->ended() == RealLengthWatch::Ended::Silent    ? "silent"
                                                                              : "schedule");
      if (r == 0) feedHalfWidth = watch->rule().relHalfWidth();
    }
    runSeconds.push_back(static_cast<double>(out.endNs) / 1e9);
    agg.finish(out.endNs);
    if (!out.error.empty()) {
      fail(result, r == 0 ? out.error : phrase("real run %1: %2", {std::to_string(r + 1), out.error}));
      return;
    }
    RepOutput rep;
    rep.done = true;
    rep.endNs = out.endNs;
    lab.deriveOutputs(params, agg, Mode::Real, rec.outputs());
    collectMetrics(lab, params, agg, Mode::Real, out.endNs, rep.values, rep.hists, rec.outputs());
    rep.outputs = std::move(rec.outputs());
    outputs.push_back(std::move(rep));
    for (auto& w : out.warnings) {
      // Later runs add what the first did not say (the host warnings repeat run after run).
      if (std::find(result.warnings.begin(), result.warnings.end(), w) != result.warnings.end()) continue;
      result.warnings.push_back(r == 0 ? std::move(w) : phrase("run %1: %2", {std::to_string(r + 1), w}));
    }
    if (r > 0) continue;
    // Run 0 speaks for the host: where its threads ran, its facts and labels, its series.
    if (agg.sojournBatches().count() > 40) sojournBatches = agg.sojournBatches().interval();
    runSeries = seriesFrom(lab.topology(params), agg);
    result.placements = std::move(out.placements);
    result.oversubscribed = out.oversubscribed;
    result.facts = std::move(out.facts);
    result.labels = std::move(out.labels);
  }
  combine(lab, outputs, result);
  result.series.insert(result.series.begin(), runSeries.begin(), runSeries.end());
  if (outputs.size() == 1 && sojournBatches) {
    // One real run gives one sample per metric: the sojourn's CI comes from batch means within it.
    // Those batch every request, so a metric of one request class gets none of it. The batch means
    // give the spread; the interval is centred on the mean reported beside it, which counts every
    // request (the batches leave a remainder out at the front, and a host's stall there moved
    // their centre away from the mean: 41.8 µs shown with [24.7, 27.5]).
    const double halfWidth = sojournBatches->halfWidth();
    for (const auto& m : lab.metrics()) {
      if (m.source != MetricSource::Sojourn || m.cls >= 0) continue;
      auto& mv = result.metrics[m.key];
      mv.ciLo = mv.mean - halfWidth * m.scale;
      mv.ciHi = mv.mean + halfWidth * m.scale;
    }
  }
  if (outputs.size() == 1 && std::isfinite(feedHalfWidth)) {
    // A key metric the stream gives no CI for (a throughput) takes the live feed's batch means.
    auto it = result.metrics.find(lab.keyMetric());
    if (it != result.metrics.end() && it->second.ciLo == it->second.ciHi) {
      it->second.ciLo = it->second.mean * (1 - feedHalfWidth);
      it->second.ciHi = it->second.mean * (1 + feedHalfWidth);
    }
  }
  result.reps = static_cast<int>(outputs.size());
  double meanSeconds = 0;
  for (double t : runSeconds) meanSeconds += t / static_cast<double>(runSeconds.size());
  result.simSecondsPerRep = meanSeconds;
  result.warmupSeconds = warmupS;
  result.lengthRule = realLengthRule(lab, spec, outputs.size(), meanSeconds, warmupS, endings, result);
  if (k != 1.0) {
    toLabTime(result, k);
    result.labels["time_scale"] = timeScaleText(k);
    result.lengthRule += "; " + timeScaleWords(k);
  }
  Params measured;
  // The model is asked at the lab's own time: a measured cost in the host's facts (ns, µs, ms)
  // weighs k× more in lab time.
  RunResult inLabTime = result;
  if (k != 1.0)
    for (auto& [name, v] : inLabTime.facts)
      for (const char* suffix : {"_ns", "_us", "_ms"})
        if (name.size() > 3 && name.compare(name.size() - 3, 3, suffix) == 0) v *= k;
  if (lab.measuredParams(spec.params, inLabTime, measured)) {
    const ModelResult atMeasured = lab.model(measured);
    // An unstable model has no steady-state values to compare: say so instead of quoting them.
    if (atMeasured.stable) {
      result.modelAtMeasured = atMeasured.values;
    } else {
      result.labels["saturated_at_measured"] = atMeasured.bottleneck;  // the verdict's first cause
      result.warnings.push_back(phrase(
          "at the service times this run measured, the model predicts unbounded queues (the %1 is saturated): "
          "the host, not queueing theory, limits what was measured",
          {atMeasured.bottleneck}));
    }
    std::string stretch;
    const std::vector<ParamSpec> specs = lab.params();
    for (const auto& [key, v] : measured.nums()) {
      const double asked = spec.params.num(key);
      if (v == asked || asked == 0.0) continue;
      // Where the lab measured the host's share apart (see Lab::measuredParams), the rest is the
      // schedule's sampling: a short run draws services that average away from the setting.
      std::string change = signedPercent(v / asked - 1);
      if (auto h = result.facts.find(key + "_host_stretch"); h != result.facts.end() && h->second > 0.0)
        change = phrase("%1: the schedule drew %2, the host added %3",
                        {change, roundedText(v / h->second), signedPercent(h->second - 1)});
      stretch +=
          (stretch.empty() ? "" : ", ") +
          phrase("%1 %2 → %3 (%4)", {parameterName(specs, key), roundedText(asked), roundedText(v), change});
    }
    if (!stretch.empty()) result.labels["service_measured"] = stretch;
  }
}

}  // namespace

std::string validate(const Lab& lab, const RunSpec& spec) {
  const auto specs = lab.params();
  for (const auto& [key, value] : spec.params.nums()) {
    const ParamSpec* ps = findSpec(specs, key);
    if (ps == nullptr) return phrase("unknown parameter '%1' for lab '%2'", {key, lab.info().id});
    if (ps->isTextual())
      return phrase("%1 = %2 is not allowed: allowed is %3", {key, formatNumber(value), allowedText(*ps)});
    if (value < ps->min || value > ps->max)
      return phrase("%1 = %2 is out of range: allowed is %3", {key, formatNumber(value), allowedText(*ps)});
    if (ps->kind == ParamKind::Integer && value != std::floor(value))
      return phrase("%1 = %2 is not an integer: allowed is %3", {key, formatNumber(value), allowedText(*ps)});
  }
  // Texts as strictly as numbers: a lab that meets an unlisted choice runs its fallback branch
  // without a word.
  for (const auto& [key, value] : spec.params.texts()) {
    const ParamSpec* ps = findSpec(specs, key);
    if (ps == nullptr) return phrase("unknown parameter '%1' for lab '%2'", {key, lab.info().id});
    const bool listed = std::find(ps->choices.begin(), ps->choices.end(), value) != ps->choices.end();
    if ((ps->kind == ParamKind::Choice && !listed) || !ps->isTextual())
      return phrase("%1 = '%2' is not allowed: allowed is %3", {key, value, allowedText(*ps)});
    TableRows rows;
    if (ps->kind == ParamKind::Table)
      if (std::string err = parseTable(*ps, value, rows); !err.empty()) return err;
  }
  for (const auto& s : specs) {
    if (!spec.params.has(s.key)) return phrase("parameter '%1' has no value", {s.key});
  }
  if (std::string problem = lab.paramsProblem(spec.params); !problem.empty()) return problem;
  if (spec.duration < 0 || spec.duration > 1e7)
    return phrase("duration must be in [0, 1e7] s (0 = automatic)");
  if (spec.reps < 0 || spec.reps > 10000) return phrase("reps must be in [0, 10000] (0 = automatic)");
  if (spec.timeScale && !(*spec.timeScale >= 0.01 && *spec.timeScale <= 10000))
    return phrase(
        "time scale must be from 100:1 to 1:10000 (1:k compresses the lab's time, k:1 stretches it, 1:1 is "
        "the lab's own)");
  if (spec.mode == Mode::Sim && !lab.hasSim())
    return phrase("the lab '%1' has no simulation", {lab.info().id});
  if (spec.mode == Mode::Real && !lab.hasReal())
    return phrase("the lab '%1' has no real mode", {lab.info().id});
  if (spec.mode == Mode::Real && spec.duration > 600) return phrase("a real run lasts at most %1 s", {"600"});
  return {};
}

/// Real mode: the gap between model and measurement in two parts, where the lab can evaluate
/// its model at the measured service times: what the host did to the work, and what queueing
/// added beyond the model.
std::string gapInWords(const RunResult& r, const std::string& key) {
  auto at = r.modelAtMeasured.find(key);
  auto req = r.model.values.find(key);
  auto m = r.metrics.find(key);
  if (r.mode != Mode::Real || at == r.modelAtMeasured.end() || req == r.model.values.end() ||
      m == r.metrics.end() || req->second == 0.0 || at->second == 0.0)
    return {};
  const std::string unit = m->second.unit.empty() ? "" : " " + m->second.unit;
  std::string s =
      ". " +
      phrase("Model at the requested service %1, at the measured service %2; measured %3 [%4, %5]",
             {roundedText(req->second) + unit, roundedText(at->second) + unit,
              roundedText(m->second.mean) + unit, roundedText(m->second.ciLo), roundedText(m->second.ciHi)});
  const bool explained =
      m->second.ciHi > m->second.ciLo && at->second >= m->second.ciLo && at->second <= m->second.ciHi;
  const std::string queueing =
      explained ? phrase("at the measured service the model is inside the CI: no queueing beyond the model")
                : phrase("queueing beyond the model at the measured service: %1",
                         {signedPercent(m->second.mean / at->second - 1)});
  const std::string moved = signedPercent(at->second / req->second - 1);
  if (auto it = r.labels.find("service_measured"); it != r.labels.end())
    s += ". " + phrase("The service times this run measured (%1) move the model by %2; %3",
                       {it->second, moved, queueing});
  else
    s += ". " + phrase("The service times this run measured move the model by %1; %2", {moved, queueing});
  return s;
}

void judge(const Lab& lab, RunResult& r) {
  r.bottleneck = r.model.bottleneck;
  if (r.mode == Mode::Model) {
    r.verdict = r.model.stable ? phrase("model only: run a simulation to compare")
                : r.bottleneck.empty()
                    ? phrase("unstable: the model predicts unbounded queues")
                    : phrase("unstable: the model predicts unbounded queues at the %1", {r.bottleneck});
    return;
  }
  if (r.unstable) {
    r.verdict =
        r.bottleneck.empty()
            ? phrase(
                  "unstable: utilization ≥ 1; queues grow without bound (the simulation capped them), so no "
                  "steady-state value exists")
            : phrase(
                  "unstable: utilization ≥ 1 at the %1; queues grow without bound (the simulation capped them), "
                  "so no steady-state value exists",
                  {r.bottleneck});
    return;
  }
  const std::string key = lab.keyMetric();
  auto m = r.metrics.find(key);
  auto mv = r.model.values.find(key);
  if (m == r.metrics.end() || mv == r.model.values.end()) {
    r.verdict = phrase("no model value for %1 to compare", {key});
    return;
  }
  const bool real = r.mode == Mode::Real;
  if (m->second.ciHi <= m->second.ciLo) {
    // A zero-width interval decides nothing: one real run of a metric without batch means, one
    // replication, or replications that all measured the same value.
    const std::string measured = roundedText(m->second.mean);
    const std::string model = roundedText(mv->second);
    if (real) {
      r.verdict = phrase(
          "one real run gives no confidence interval for %1 (measured %2, model %3): run with --reps 2 or more to "
          "judge the model",
          {key, measured, model});
    } else if (m->second.samples <= 1) {
      r.verdict = phrase(
          "one replication gives no confidence interval for %1 (measured %2, model %3): run with --reps 2 or more "
          "to judge the model",
          {key, measured, model});
    } else {
      r.verdict = phrase(
          "all %1 replications measured the same %2 (measured %3, model %4): no confidence interval to judge the "
          "model by",
          {std::to_string(m->second.samples), key, measured, model});
    }
    r.verdict += gapInWords(r, key);
    return;
  }
  const bool inside = mv->second >= m->second.ciLo && mv->second <= m->second.ciHi;
  const bool exact = r.model.exact.count(key) ? r.model.exact.at(key) : false;
  std::string v;
  if (inside) {
    v = real ? phrase("model inside the real run's 95% CI") : phrase("model inside the simulation's 95% CI");
  } else {
    const double rel = (m->second.mean - mv->second) / mv->second * 100.0;
    const std::string relText = (rel >= 0 ? "+" : "") + formatNumber(std::round(rel * 10) / 10);
    std::string cause;
    auto at = r.modelAtMeasured.find(key);
    const bool hostExplains = r.mode == Mode::Real && at != r.modelAtMeasured.end() &&
                              at->second >= m->second.ciLo && at->second <= m->second.ciHi;
    // At a light load there is little queueing for an approximation to get wrong.
    double busiest = 0.0;
    for (const auto& spec : lab.metrics())
      if (auto u = r.model.values.find(spec.key);
          spec.source == MetricSource::Utilization && u != r.model.values.end())
        busiest = std::max(busiest, u->second);
    // A measured cause comes before any approximation: the host is what it is, the model is exact
    // about the system it was given.
    // Named when it moves the model by more than 5% or by more than the CI's half-width: a wide
    // CI (a host that stalls) must not hide a large measured change.
    const bool stretched = r.mode == Mode::Real && at != r.modelAtMeasured.end() &&
                           (std::abs(at->second / mv->second - 1) > 0.05 ||
                            std::abs(at->second - mv->second) > (m->second.ciHi - m->second.ciLo) / 2);
    if (hostExplains) {
      cause = phrase("the service times this run measured explain the gap");
    } else if (auto sat = r.labels.find("saturated_at_measured");
               r.mode == Mode::Real && sat != r.labels.end()) {
      if (auto it = r.labels.find("service_measured"); it != r.labels.end())
        cause = phrase(
            "at the service times this run measured (%1) the %2 is saturated: the host, not queueing theory, "
            "limits what was measured",
            {it->second, sat->second});
      else
        cause = phrase(
            "at the service times this run measured the %1 is saturated: the host, not queueing theory, limits "
            "what was measured",
            {sat->second});
    } else if (r.mode == Mode::Real && r.oversubscribed) {
      cause = phrase(
          "the run's threads outnumbered this machine's %1 cores (see where they ran): a thread waited for a CPU "
          "while another ran on it, which the model does not include",
          {std::to_string(r.host.cores)});
    } else if (stretched) {
      cause = phrase(
          "the real engine's service times and hand-off, measured, move the model by %1; the rest is what the "
          "host adds beyond them",
          {signedPercent(at->second / mv->second - 1)});
    } else if (r.mode == Mode::Real && busiest > 0.0 && busiest <= 0.1) {
      cause = phrase(
          "at this light load (utilization ≤ %1) the gap is the real engine's own: service times, hand-offs and "
          "OS noise, not queueing",
          {formatNumber(std::round(busiest * 100) / 100)});
    } else if (!exact) {
      cause = r.model.approximation.empty()
                  ? phrase("the model is an approximation here")
                  : phrase("the model is an approximation here (%1)", {r.model.approximation});
    } else {
      cause = lab.likelyDeviation(r.params, r.mode);
    }
    v = real ? phrase("model outside the real run's 95% CI for %1 (model %2, measured %3, %4%): %5",
                      {key, roundedText(mv->second), roundedText(m->second.mean), relText, cause})
             : phrase("model outside the simulation's 95% CI for %1 (model %2, measured %3, %4%): %5",
                      {key, roundedText(mv->second), roundedText(m->second.mean), relText, cause});
  }
  if (inside && !exact && !r.model.approximation.empty())
    v = phrase("%1 (the model is an approximation: %2)", {v, r.model.approximation});
  r.verdict = v + gapInWords(r, key);
}

RunResult execute(const Lab& lab, const RunSpec& spec, const RunHooks& hooks) {
  const auto t0 = Clock::now();
  RunResult result;
  result.lab = lab.info().id;
  result.mode = spec.mode;
  result.params = spec.params;
  result.seed = spec.seed;
  result.host = probeHost();
  try {
    if (std::string err = validate(lab, spec); !err.empty()) {
      fail(result, err);
      return result;
    }
    result.model = lab.model(spec.params);
    result.unstable = !result.model.stable;
    if (result.unstable)
      result.warnings.push_back(phrase("unstable: utilization ≥ 1 at the %1", {result.model.bottleneck}));
    switch (spec.mode) {
      case Mode::Model:
        result.lengthRule = phrase("analytic model");
        break;
      case Mode::Sim:
        runSim(lab, spec, hooks, result);
        break;
      case Mode::Real:
        runRealMode(lab, spec, hooks, result);
        break;
    }
    if (result.status == RunStatus::Ok && hooks.cancel != nullptr &&
        hooks.cancel->load(std::memory_order_relaxed)) {
      result.status = RunStatus::Cancelled;
    }
    if (result.status != RunStatus::Failed) judge(lab, result);
  } catch (const std::exception& e) {
    fail(result, e.what());
  }
  result.wallSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
  if (hooks.progress && result.status == RunStatus::Ok) hooks.progress(1.0, "done");
  return result;
}

RunThread::~RunThread() {
  cancel();
  join();
}

void RunThread::start(const Lab& lab, RunSpec spec, RunHooks hooks, std::function<void(RunResult)> onDone) {
  cancel();
  join();
  cancel_.store(false, std::memory_order_relaxed);
  running_.store(true, std::memory_order_release);
  hooks.cancel = &cancel_;
  thread_ =
      std::thread([this, &lab, spec = std::move(spec), hooks = std::move(hooks), onDone = std::move(onDone)] {
        RunResult r = execute(lab, spec, hooks);
        // Release: whoever sees running()==false also sees everything the run wrote.
        running_.store(false, std::memory_order_release);
        if (onDone) onDone(std::move(r));
      });
}

void RunThread::join() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace amp::run
