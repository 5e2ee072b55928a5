// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "batching/batching_lab.h"

#include <map>

#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

run::LabInfo BatchingLab::info() const {
  return {
      "batching", "The master batches requests for an accelerator", "AI and runtimes",
      "Which batch size gives the lowest latency, and which the highest throughput?",
      "Sweep batch_max under the full policy: below b_min the accelerator cannot keep up, just above it the "
      "queue dominates, and far above it requests wait for their batch to fill: a U whose minimum sits just "
      "above b_min. The capacity b/s(b) keeps rising towards 1/s1 all the while, so the batch size with the "
      "most throughput is never the one with the least latency. In real mode the accelerator is a CPU core "
      "running a real dense network in batches; the lab measures its s0 and s1 first and shows the fit."};
}

std::vector<run::ParamSpec> BatchingLab::params() const {
  return {
      run::realParam("arrival_rate", "Arrival rate", "1/s", 1, 20000, 2000)
          .withScale(Scale::Log)
          .withHelp("Inference requests per second arriving at the master (Poisson)."),
      run::integerParam("batch_max", "Batch size (max)", "", 1, 64, 8)
          .withHelp(
              "b: the most requests the accelerator runs in one batch; the full policy always waits for b."),
      run::choiceParam("batch_policy", "Batch policy", {"full", "greedy", "timeout"}, "full")
          .withHelp(
              "full: wait for b requests; greedy: take what waits, up to b, as soon as the accelerator is "
              "free; timeout: wait up to batch_timeout_ms for b, then take what waits."),
      run::realParam("batch_timeout_ms", "Batch timeout", "ms", 0, 1000, 2)
          .relevantWhen("batch_policy", {"timeout"})
          .withHelp(
              "With fewer than b requests waiting, the master waits up to this long for more (the timer "
              "starts when the accelerator is free and a request waits); 0 = take what waits."),
      run::realParam("setup_ms", "Setup per batch (s0)", "ms", 0, 100, 1)
          .withHelp("s0: what a batch costs whatever its size (a launch, streaming the weights). Real mode "
                    "measures the network's own s0 and shows it; the model is then also evaluated at it."),
      run::realParam("per_item_ms", "Time per request (s1)", "ms", 0.001, 100, 0.1)
          .withScale(Scale::Log)
          .withHelp(
              "s1: what each request of a batch adds (its arithmetic). A batch of k costs s0 + s1·k. Real "
              "mode measures the network's own s1."),
  };
}

std::vector<run::MetricSpec> BatchingLab::metrics() const {
  constexpr double kMs = 1e-6;  // stream durations are ns
  return {
      run::metricSpec("latency_ms", "Latency", "ms", MetricSource::Sojourn)
          .scaledBy(kMs)
          .withPercentiles()
          .withHelp("A request's time from arrival to its answer: waiting for its batch to form, for the "
                    "accelerator, and its batch's run."),
      run::metricSpec("throughput", "Throughput", "1/s", MetricSource::Throughput)
          .withHelp("Requests answered per second."),
      run::metricSpec("batch_size", "Batch size", "requests", MetricSource::Output)
          .withPercentiles()
          .withHelp("Requests per batch: the mean, and the histogram of the batches' sizes."),
      run::metricSpec("accel_util", "Accelerator utilization", "", MetricSource::Custom)
          .withHelp("Fraction of time the accelerator runs a batch."),
      run::metricSpec("capacity", "Capacity at this batch size", "1/s", MetricSource::Custom)
          .withHelp(
              "b/(s0 + s1·b): the most requests per second the accelerator answers in full batches of b "
              "(model, from the parameters)."),
      run::metricSpec("b_min", "Smallest stable batch", "requests", MetricSource::Custom)
          .withHelp(
              "⌊λ·s0/(1 − λ·s1)⌋ + 1: below this batch size the accelerator cannot keep up (model, from "
              "the parameters)."),
  };
}

std::vector<run::ModelValueSpec> BatchingLab::modelValues() const {
  return {
      {"b_min", "Smallest stable batch", "requests",
       "⌊λ·s0/(1 − λ·s1)⌋ + 1: the smallest b with λ·s(b)/b < 1."},
      {"best_batch_max", "Best batch size", "requests",
       "The batch limit (1 to 64) that gives the lowest mean latency under this policy."},
      {"best_latency_ms", "Latency at the best batch size", "ms",
       "The model's mean latency at the best batch limit, under this policy."},
      {"capacity", "Capacity", "1/s", "b/(s0 + s1·b): requests per second in full batches of b."},
      {"throughput_limit", "Capacity of endless batches", "1/s", "1/s1: what no batch size can exceed."},
      {"quick_latency_ms", "Quick estimate of the latency (full)", "ms",
       "(b − 1)/(2λ) for the batch to form, plus Kingman's wait for the E_b/D/1 accelerator queue, plus s(b) "
       "(approx)."},
      {"quick_error_pct", "Error of the quick estimate", "%",
       "(quick − exact)/exact: how far the hand estimate is from the exact chain."},
  };
}

std::vector<run::ChartSpec> BatchingLab::charts() const {
  return {
      run::chartSpec("latency_vs_batch", "Latency against batch size", run::ChartKind::SweepCurve,
                     {"latency_ms"})
          .withSweep("batch_max", 1, 16, 16)
          .withXReference("best_batch_max")
          .withXReference("b_min")
          .withAxes("batch size b (at most)", "mean latency [ms]"),
      run::chartSpec("throughput_vs_batch", "Throughput and capacity against batch size",
                     run::ChartKind::SweepCurve, {"throughput", "capacity"})
          .withSweep("batch_max", 1, 16, 16)
          .withAxes("batch size b (at most)", "requests per second"),
      run::chartSpec("batch_hist", "Batch sizes", run::ChartKind::Histogram, {"batch_size"})
          .withSeries("batch_size")
          .withAxes("requests per batch", "batches"),
      run::chartSpec("latency_hist", "Latency distribution", run::ChartKind::Histogram, {"latency_ms"})
          .withSeries("latency_ms")
          .withLogX()
          .withAxes("latency [ms]", "requests"),
  };
}

std::vector<run::Exercise> BatchingLab::exercises() const {
  // Every number an explanation states is the model's at that exercise's setting.
  const std::map<std::string, std::string> none;
  const std::map<std::string, std::string> atBest{{"batch_max", "4"}};
  const std::map<std::string, std::string> greedy{{"batch_policy", "greedy"}, {"batch_max", "16"}};
  const auto at = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::modelAt(*this, setup, key));
  };
  const auto set = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::paramsWith(params(), setup).num(key));
  };
  const run::Params d = run::paramsWith(params(), none);
  const double lambda = d.num("arrival_rate");
  const double bound = lambda * d.num("setup_ms") / 1000.0 / (1.0 - lambda * d.num("per_item_ms") / 1000.0);
  return {
      {"b_min",
       "Requests arrive at " + set(none, "arrival_rate") + "/s; a batch costs " + set(none, "setup_ms") +
           " ms + " + set(none, "per_item_ms") +
           " ms per request. What is the smallest batch size the accelerator can keep "
           "up with?",
       none, "b_min", run::Mode::Model, 0.01,
       "A batch of b must take no longer than the b requests take to arrive: s0 + s1·b < b/λ, so b > λ·s0/(1 − "
       "λ·s1) = " +
           run::threeFigures(bound) + ", and the smallest such whole b is " + at(none, "b_min") +
           ". Below it the queue grows without bound, whatever the policy."},
      {"the_u",
       "Policy full, batch_max = " + set(atBest, "batch_max") +
           ": predict the mean latency in ms; a simulation grades it. Then compare with batch_max = " +
           set(none, "batch_max") + ".",
       atBest, "latency_ms", run::Mode::Sim, 0.15,
       "At b = " + set(atBest, "batch_max") +
           " a request waits (b − 1)/(2λ) on average for its batch to fill, "
           "queues behind a busy accelerator (it is " +
           at(atBest, "accel_util") + " busy) and rides its batch: " + at(atBest, "latency_ms") +
           " ms (the quick "
           "estimate says " +
           at(atBest, "quick_latency_ms") + "). At b = " + set(none, "batch_max") +
           " filling takes longer: " + at(none, "latency_ms") + " ms. The lowest latency is at b = " +
           at(none, "best_batch_max") + ", just above b_min = " + at(none, "b_min") + "."},
      {"greedy",
       "Switch to the greedy policy with batch_max = " + set(greedy, "batch_max") +
           ": the accelerator takes what waits. Predict the mean batch size; a simulation grades it.",
       greedy, "batch_size", run::Mode::Sim, 0.1,
       "Greedy batches are as large as the queue that built up during the last batch: " +
           at(greedy, "batch_size") + " requests on average, at a latency of " + at(greedy, "latency_ms") +
           " ms, below full's best of " + at(none, "best_latency_ms") +
           " ms: nobody waits for a batch to fill, and the batches still grow with the load."},
      {"real_latency",
       "Run the defaults on the real engine: the accelerator is a CPU core running a real dense network in "
       "batches, and the run first measures its s0 and s1 (facts s0_ms, s1_ms). Predict the mean latency in ms "
       "at those measured values (the model at them is shown beside the run).",
       none, "latency_ms", run::Mode::Real, 0.3,
       "At the lab's s0 and s1 the model says " + at(none, "latency_ms") +
           " ms; the real network's own s0 and s1 differ by machine, and the verdict compares the run with the "
           "model at the measured ones. Full batches of b are (b − 1)/(2λ) of waiting to fill, the queue, and "
           "s0 + s1·b of real arithmetic."},
  };
}

run::Topology BatchingLab::topology(const run::Params&) const {
  run::Topology g;
  auto src = boost::add_vertex({"requests", run::StationRole::Source, 1, 0, 0.06, 0.5, false}, g);
  auto queue = boost::add_vertex({"master", run::StationRole::Queue, 1, 0, 0.35, 0.5, true}, g);
  auto accel = boost::add_vertex({"accelerator", run::StationRole::Device, 1, 0, 0.66, 0.5, false}, g);
  auto sink = boost::add_vertex({"answered", run::StationRole::Sink, 1, 0, 0.94, 0.5, false}, g);
  boost::add_edge(src, queue, {"Poisson λ", 1.0}, g);
  boost::add_edge(queue, accel, {"a batch", 1.0}, g);
  boost::add_edge(accel, sink, {"answers", 1.0}, g);
  return g;
}

void BatchingLab::customMetrics(const run::Params& p, const observe::Aggregator& agg, run::Mode,
                                std::map<std::string, double>& out) const {
  const model::GroupCommitQueue q = batching::acceleratorQueue(p);
  out["capacity"] = q.maxGroup / (q.fixedTime + q.perItemMean * q.maxGroup);
  if (const int bMin = batching::smallestStableBatch(q.lambda, q.fixedTime, q.perItemMean); bMin > 0)
    out["b_min"] = bMin;
  if (agg.stationCount() <= kAccel) return;
  // The accelerator is busy with each request's part (shown at the queue) and each batch's setup.
  out["accel_util"] = agg.utilization(kQueue) + agg.utilization(kAccel);
}

bool BatchingLab::measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const {
  // The calibration's least-squares line through the network's batch times, scaled to what the
  // run's own batches took (see the facts s0_run_ms, s1_run_ms).
  return run::measuredParams(p, r, {{"setup_ms", "fact:s0_run_ms"}, {"per_item_ms", "fact:s1_run_ms"}}, out);
}

std::string BatchingLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  if (mode == run::Mode::Real)
    return run::phrase(
        "the real network's batch times scatter around the fitted line s0 + s1·k (see s_fit_error_pct), the "
        "master wakes a little late from its timers, and the generator, master and accelerator share the "
        "machine's cores with other programs");
  const model::GroupCommitQueue q = batching::acceleratorQueue(p);
  const double rho = q.lambda * (q.fixedTime + q.perItemMean * q.maxGroup) / q.maxGroup;
  if (rho > 0.9)
    return run::phrase(
        "near saturation the run needs many more batches to settle (warm-up and long correlations)");
  return run::phrase("a 95% CI misses the true value 1 time in 20; rerun with another seed or longer");
}

}  // namespace amp::labs
