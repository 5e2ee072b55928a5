// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "steering/steering_lab.h"

#include <algorithm>
#include <cmath>

#include "steering/steering_flows.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

run::LabInfo SteeringLab::info() const {
  run::LabInfo i;
  i.id = "steering";
  i.title = "The master as packet traffic cop";
  i.category = "OS functions";
  i.question =
      "Hash steering keeps flows in order but unbalances workers; spraying balances but reorders. "
      "Where does the master itself saturate?";
  i.teacherNote =
      "Under rss_hash one worker carries the heavy flows and its ring overflows while others idle, yet not one packet is reordered; switch to round_robin and the bars level out but reordering appears. "
      "Then add workers: throughput stops at 1/steer_us, whatever the workers could do.";
  return i;
}

std::vector<run::ParamSpec> SteeringLab::params() const {
  return {
      run::realParam("packet_rate", "Packet rate", "pkt/s", 1000, 2e6, 200000)
          .withScale(Scale::Log)
          .withHelp("Packets per second arriving at the master (mean rate)."),
      run::choiceParam("burst", "Arrival pattern", {"poisson", "onoff"}, "poisson")
          .withHelp(
              "poisson: independent arrivals; onoff: bursts, exponential on and off periods of 1 ms mean each, Poisson at twice the rate while on (the same mean rate)."),
      run::integerParam("flows", "Flows", "", 1, 100000, 256)
          .withScale(Scale::Log)
          .withHelp("Distinct 5-tuples (client address and port) the packets belong to."),
      run::realParam("zipf_s", "Flow skew (Zipf s)", "", 0, 2, 1.0)
          .withStep(0.05)
          .withHelp(
              "Popularity of the k-th flow ∝ 1/k^s: 0 = all flows equally busy, 1 = a few elephants and many mice."),
      run::realParam("steer_us", "Master time per packet", "µs", 0, 100, 4)
          .withStep(0.1)
          .withHelp("What the master spends to classify and steer one packet (always the same). "
                    "Its ceiling is 1/steer_us."),
      run::realParam("process_us", "Worker time per packet", "µs", 0.5, 10000, 20)
          .withScale(Scale::Log)
          .withHelp("Mean time a worker spends on one packet (parse, checksum, protocol work)."),
      run::choiceParam("process_dist", "Worker time distribution", {"exp", "det", "lognormal"}, "exp")
          .withHelp("exp (cv 1), det (cv 0) or lognormal (cv 2)."),
      run::integerParam("workers", "Workers", "", 1, 32, 8)
          .withHelp("Worker cores, each with its own receive ring."),
      run::integerParam("ring_slots", "Ring slots", "", 1, 4096, 64)
          .withScale(Scale::Log)
          .withHelp(
              "Packets one worker's ring holds while the worker is busy; a packet steered to a full ring is dropped."),
      run::choiceParam("policy", "Steering policy", {"rss_hash", "round_robin", "jsq", "flowlet"}, "rss_hash")
          .withHelp(
              "rss_hash: a Toeplitz hash of the 5-tuple picks the worker (a flow always lands on the same one); round_robin: packets in turn; jsq: the worker with the fewest packets; flowlet: a flow keeps its worker until it pauses for 4 × process_us, then moves to the least loaded one."),
  };
}

std::vector<run::MetricSpec> SteeringLab::metrics() const {
  constexpr double kUs = 1e-3;  // stream durations are ns
  return {
      run::metricSpec("throughput", "Throughput", "pkt/s", MetricSource::Throughput)
          .withHelp("Packets delivered per second (dropped packets do not count)."),
      run::metricSpec("drop_rate", "Drop rate", "", MetricSource::DropRate)
          .withHelp("Share of packets dropped because the ring they were steered to was full."),
      run::metricSpec("latency_us", "Latency", "µs", MetricSource::Sojourn)
          .scaledBy(kUs)
          .withPercentiles()
          .withHelp("From a packet's arrival to the end of its processing on a worker (delivered packets)."),
      run::metricSpec("imbalance", "Load imbalance", "", MetricSource::Custom)
          .withHelp("Packets steered to the busiest worker ÷ the mean over all workers (1 = even). "
                    "Counts dropped packets too: it measures the policy's choice."),
      run::metricSpec("reordered", "Reordered", "%", MetricSource::Output)
          .withHelp(
              "Delivered packets that completed after a later packet of the same flow, in % of delivered packets."),
      run::metricSpec("worker_load_max", "Busiest worker's load", "pkt/s", MetricSource::Custom)
          .withHelp("Packets per second steered to the busiest worker (delivered or dropped)."),
      run::metricSpec("worker_load_mean", "Mean worker load", "pkt/s", MetricSource::Custom)
          .withHelp("Packets per second steered to a worker, averaged over the workers."),
      run::metricSpec("worker_load_min", "Idlest worker's load", "pkt/s", MetricSource::Custom)
          .withHelp("Packets per second steered to the least loaded worker."),
      run::metricSpec("master_wait_us", "Master queue wait", "µs", MetricSource::Wait, kMaster)
          .scaledBy(kUs)
          .withPercentiles()
          .withHelp("Time a packet waits before the master steers it (M/D/1)."),
      run::metricSpec("master_util", "Master utilization", "", MetricSource::Utilization, kMaster)
          .withHelp("Fraction of time the master is steering: λ·steer_us, against its ceiling 1."),
  };
}

std::vector<run::OutputSpec> SteeringLab::outputs() const {
  run::OutputSpec load = run::outputSpec(kWorkerLoad, "Load per worker", run::OutputKind::Series, "pkt/s");
  load.xLabel = "worker";
  return {std::move(load)};
}

std::vector<run::ChartSpec> SteeringLab::charts() const {
  return {
      run::chartSpec("worker_load", "Load per worker", run::ChartKind::BarsPerEntity, {"worker_load_mean"})
          .withSeries(kWorkerLoad)
          .perEntity("workers")
          .withAxes("worker", "packets per second steered to the worker"),
      run::chartSpec("workers_sweep", "Throughput against workers: where the master saturates",
                     run::ChartKind::SweepCurve, {"throughput"})
          .withSweep("workers", 1, 16, 16)
          .withAxes("workers", "delivered packets per second"),
      // policy is a choice: one point per policy, in the order params() lists them.
      run::chartSpec("policy_tradeoff", "Reordering and imbalance across policies",
                     run::ChartKind::SweepCurve, {"reordered", "imbalance"})
          .withSweep("policy", 0, 3, 4)
          .withAxes("policy", "reordered [%] · imbalance [max/mean]"),
      run::chartSpec("latency_hist", "Latency distribution", run::ChartKind::Histogram, {"latency_us"})
          .withSeries("latency_us")
          .withLogX()
          .withAxes("latency [µs]", "packets"),
      run::chartSpec("latency", "Latency over time", run::ChartKind::TimeSeries, {"latency_us"})
          .withSeries("latency")
          .withAxes("time [s]", "mean latency in window [ms]"),
      run::chartSpec("master_queue", "Master queue length", run::ChartKind::TimeSeries, {})
          .withSeries("queue:master")
          .withAxes("time [s]", "packets waiting"),
  };
}

std::vector<run::Exercise> SteeringLab::exercises() const {
  return {
      {"master_knee",
       "The master needs 4 µs per packet. "
       "Raise the packet rate to 225 000 pkt/s (ρ = 0.9 at the master). "
       "Predict the mean time a packet waits before the master steers it, in µs.",
       {{"packet_rate", "225000"}},
       "master_wait_us",
       run::Mode::Model,
       0.15,
       "The master is an M/D/1 queue: W_q = ρ·D / (2(1−ρ)) = 0.9 × 4 / 0.2 = 18 µs. "
       "At 0.8 it was 8 µs: the last 10% of load more than doubles the wait. "
       "That is the knee."},
      {"hash_imbalance",
       "At the defaults the busiest of 256 flows carries 16% of all packets (Zipf s = 1) and rss_hash keeps every flow on one worker. "
       "Predict the imbalance (busiest worker's load ÷ mean) with 8 workers.",
       {},
       "imbalance",
       run::Mode::Model,
       0.25,
       "The worker that owns the elephant flow gets its 16% plus, on average, an eighth of the rest: 0.16 + 0.84/8 ≈ 0.27 of all packets, about 2.2 times its fair share of 1/8. "
       "The real hash of these 256 flows gives it 0.24 (1.9 times). "
       "Its ring is the first to overflow while other workers idle."},
      {"master_ceiling",
       "Give the system 16 workers (they could process 800 000 pkt/s) and offer 400 000 pkt/s. "
       "Predict the delivered throughput in pkt/s.",
       {{"workers", "16"}, {"packet_rate", "400000"}},
       "throughput",
       run::Mode::Model,
       0.1,
       "The master steers one packet per 4 µs: at most 250 000 pkt/s, whatever the workers could do. "
       "The rest queue at the master and overflow its receive ring. "
       "Past process_us/steer_us = 5 workers, more workers buy nothing: the serialized part sets the ceiling min(1/steer, workers/process)."},
  };
}

run::Topology SteeringLab::topology(const run::Params& p) const {
  run::Topology g;
  const int workers = p.has("workers") ? p.integer("workers") : 8;
  const int slots = p.has("ring_slots") ? p.integer("ring_slots") : 64;
  const bool onOff = p.has("burst") && p.text("burst") == "onoff";
  const std::string policy = p.has("policy") ? p.text("policy") : "rss_hash";
  auto src = boost::add_vertex({"packets", run::StationRole::Source, 1, 0, 0.05, 0.5, false}, g);
  auto master = boost::add_vertex({"master", run::StationRole::Queue, 1,
                                   static_cast<int>(steering::Config::kMasterRxSlots), 0.3, 0.5, true},
                                  g);
  auto sink = boost::add_vertex({"delivered", run::StationRole::Sink, 1, 0, 0.93, 0.5, false}, g);
  boost::add_edge(src, master, {onOff ? "on/off bursts" : "Poisson λ", 1.0}, g);
  // Edge probabilities: the share of packets each worker gets (under rss_hash from the flow map).
  std::vector<double> share(static_cast<std::size_t>(workers), 1.0 / workers);
  if (policy == "rss_hash" && p.has("flows") && p.has("zipf_s")) {
    const auto flows = static_cast<std::uint32_t>(p.integer("flows"));
    const auto map = steering::rssWorkerMap(flows, workers);
    const sim::ZipfSampler zipf(flows, p.num("zipf_s"));
    std::fill(share.begin(), share.end(), 0.0);
    for (std::uint32_t f = 0; f < flows; ++f) share[static_cast<std::size_t>(map[f])] += zipf.probability(f);
  }
  for (int i = 0; i < workers; ++i) {
    const double y = (i + 0.5) / workers;
    auto w = boost::add_vertex(
        {"worker " + std::to_string(i), run::StationRole::Queue, 1, slots, 0.65, y, false}, g);
    boost::add_edge(master, w, {policy, share[static_cast<std::size_t>(i)]}, g);
    boost::add_edge(w, sink, {"", 1.0}, g);
  }
  return g;
}

namespace {

/// Packets steered to each worker over the observed span: every one either started service or
/// was dropped at the worker's full ring.
std::vector<double> offeredPerWorker(const run::Params& p, const observe::Aggregator& agg) {
  std::vector<double> offered;
  for (int i = 0; i < p.integer("workers"); ++i) {
    const std::size_t s = SteeringLab::kFirstWorker + static_cast<std::size_t>(i);
    offered.push_back(
        s < agg.stationCount() ? static_cast<double>(agg.station(s).starts + agg.station(s).drops) : 0.0);
  }
  return offered;
}

}  // namespace

void SteeringLab::deriveOutputs(const run::Params& p, const observe::Aggregator& agg, run::Mode,
                                observe::LabOutputs& out) const {
  const double span = agg.observedSeconds();
  const std::vector<double> offered = offeredPerWorker(p, agg);
  for (std::size_t i = 0; i < offered.size() && span > 0; ++i)
    out.point(kWorkerLoad, static_cast<double>(i), offered[i] / span);
  const auto checked = out.counters().find(kCheckedPackets);
  if (checked != out.counters().end() && checked->second > 0)
    out.set("reordered", 100.0 * out.counters().at(kLatePackets) / checked->second);
}

void SteeringLab::customMetrics(const run::Params& p, const observe::Aggregator& agg, run::Mode,
                                std::map<std::string, double>& out) const {
  const std::vector<double> offered = offeredPerWorker(p, agg);
  double total = 0.0;
  for (double v : offered) total += v;
  if (offered.empty() || total <= 0) return;
  const double most = *std::max_element(offered.begin(), offered.end());
  const double least = *std::min_element(offered.begin(), offered.end());
  const double mean = total / static_cast<double>(offered.size());
  out["imbalance"] = most / mean;
  const double span = agg.observedSeconds();
  if (span > 0) {
    out["worker_load_max"] = most / span;
    out["worker_load_mean"] = mean / span;
    out["worker_load_min"] = least / span;
  }
}

double SteeringLab::suggestedHorizonS(const run::Params& p) const {
  const steering::Config c = steering::Config::from(p);
  const double rho = std::clamp(c.packetRate * c.steerS, 0.0, 0.99);
  // The master's relaxation time grows like 1/(1−ρ)²; rings near saturation need many packets
  // for their rare overflows, so never fewer than 2·10⁵ packets.
  const double packets = std::clamp(300.0 / ((1 - rho) * (1 - rho)), 2.0e5, 2.0e6);
  return packets / c.packetRate;
}

std::optional<run::HostFit> SteeringLab::hostFit() const {
  // Fewer workers, each one's time scaled to keep every utilization; the steering master needs a core of its
  // own.
  return run::HostFit{"workers", 1, {"process_us"}};
}

bool SteeringLab::measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const {
  // What each service parameter stands for in a real run's measurements.
  return run::measuredParams(p, r, {{"steer_us", "fact:master_service_measured_ns", 1e-3}}, out);
}

std::string SteeringLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  const steering::Config c = steering::Config::from(p);
  if (mode == run::Mode::Real) {
    return "real threads pay a ring hand-off per packet, the hash and checksums on top of the calibrated work, and OS scheduling noise (more so when threads outnumber cores); the real master's ceiling is 1/(steer + hand-off), not 1/steer";
  }
  if (c.onOff) return "on/off bursts are not Poisson: the master queues longer than M/D/1 predicts";
  if (c.packetRate * c.steerS > 0.9) return "near saturation the run needs many more packets to settle";
  return "a 95% CI misses the true value 1 time in 20; rerun with another seed or longer";
}

}  // namespace amp::labs
