// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "steering/steering_lab.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"
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
      "Then sweep the workers: the saturation rate never passes 1/steer_us, whatever the workers could do, but under rss_hash it mostly stays below it and is not monotone — 15 workers carry less than 14, because the hash puts two heavy flows on one worker.";
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
      run::metricSpec("imbalance", "Load imbalance", "", MetricSource::Output)
          .withHelp("Packets steered to the busiest worker ÷ the mean over all workers (1 = even). "
                    "Counts dropped packets too: it measures the policy's choice."),
      run::metricSpec("reordered", "Reordered", "%", MetricSource::Output)
          .withHelp(
              "Delivered packets that completed after a later packet of the same flow, in % of delivered packets."),
      run::metricSpec("capacity", "Saturation rate", "pkt/s", MetricSource::Output)
          .withHelp(
              "The highest packet rate every core keeps up with: min(1/steer, 1/(process × the busiest worker's share)). "
              "With equal shares the second term is workers/process. "
              "A run computes it from its own measured times and shares."),
      run::metricSpec("worker_load_max", "Busiest worker's load", "pkt/s", MetricSource::Output)
          .withHelp("Packets per second steered to the busiest worker (delivered or dropped)."),
      run::metricSpec("worker_load_mean", "Mean worker load", "pkt/s", MetricSource::Output)
          .withHelp("Packets per second steered to a worker, averaged over the workers."),
      run::metricSpec("worker_load_min", "Idlest worker's load", "pkt/s", MetricSource::Output)
          .withHelp("Packets per second steered to the least loaded worker."),
      run::metricSpec("master_wait_us", "Master queue wait", "µs", MetricSource::Wait, kMaster)
          .scaledBy(kUs)
          .withPercentiles()
          .withHelp("Time a packet waits before the master steers it (M/D/1)."),
      run::metricSpec("master_util", "Master utilization", "", MetricSource::Utilization, kMaster)
          .withHelp("Fraction of time the master is steering: λ·steer_us, against its ceiling 1."),
  };
}

std::vector<run::ModelValueSpec> SteeringLab::modelValues() const {
  return {
      {"master_cap", "master's ceiling 1/steer", "pkt/s",
       "The most packets one master can steer per second."},
      {"workers_cap", "workers' ceiling W/process", "pkt/s",
       "The most packets all workers together can process."},
      {"hash_cap", "busiest worker's ceiling", "pkt/s",
       "rss_hash: 1/(process × the busiest worker's share of packets); not monotone in the number of workers."},
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
      // The saturation rate does not depend on the load, so this chart shows where the master
      // saturates whatever packet_rate is set; throughput is at the load that is set.
      run::chartSpec("workers_sweep",
                     "Saturation rate against workers: the master's ceiling, and the hash that can lower it",
                     run::ChartKind::SweepCurve, {"capacity", "throughput"})
          .withSweep("workers", 1, 16, 16)
          .withReference("master_cap")
          .withAxes("workers", "packets per second"),
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

namespace {

double modelValue(const run::ModelResult& m, const std::string& key) {
  const auto it = m.values.find(key);
  return it == m.values.end() ? std::numeric_limits<double>::quiet_NaN() : it->second;
}

}  // namespace

// Every number in an explanation is the model's at the exercise's settings, not typed.
std::vector<run::Exercise> SteeringLab::exercises() const {
  const auto specs = params();
  std::vector<run::Exercise> out;
  {
    const std::map<std::string, std::string> setup{{"packet_rate", "225000"}};
    const run::Params p = run::paramsWith(specs, setup);
    const run::ModelResult m = model(p);
    const run::ModelResult atDefaults = model(run::defaults(specs));
    const double rho = modelValue(m, "master_util"), dUs = p.num("steer_us");
    out.push_back(
        {"master_knee",
         "The master needs " + run::significant(dUs) + " µs per packet. Raise the packet rate to " +
             run::significant(p.num("packet_rate")) + " pkt/s (ρ = " + run::significant(rho, 2) +
             " at the master). Predict the mean time a packet waits before the master steers it, in µs.",
         setup, "master_wait_us", run::Mode::Model, 0.15,
         "The master is an M/D/1 queue: W_q = ρ·D / (2(1−ρ)) = " + run::significant(rho, 2) + " × " +
             run::significant(dUs) + " / " + run::significant(2 * (1 - rho), 2) + " = " +
             run::significant(modelValue(m, "master_wait_us")) + " µs. At the default " +
             run::significant(run::defaults(specs).num("packet_rate")) +
             " pkt/s (ρ = " + run::significant(modelValue(atDefaults, "master_util"), 2) + ") it was " +
             run::significant(modelValue(atDefaults, "master_wait_us")) + " µs: the last " +
             run::significant((rho - modelValue(atDefaults, "master_util")) * 100, 2) +
             "% of load multiplies the wait by " +
             run::significant(modelValue(m, "master_wait_us") / modelValue(atDefaults, "master_wait_us"), 2) +
             ". That is the knee."});
  }
  {
    const std::map<std::string, std::string> setup{{"packet_rate", "20000"}};
    const run::Params p = run::paramsWith(specs, setup);
    const run::ModelResult m = model(p);
    const sim::ZipfSampler zipf(static_cast<std::uint32_t>(p.integer("flows")), p.num("zipf_s"));
    const double top = zipf.probability(0);
    const int w = p.integer("workers");
    const double imbalance = modelValue(m, "imbalance");
    out.push_back(
        {"hash_imbalance",
         "Under rss_hash the busiest of the " + std::to_string(p.integer("flows")) + " flows carries " +
             run::significant(top * 100, 2) +
             "% of all packets (Zipf s = " + run::significant(p.num("zipf_s")) +
             "), and every flow stays on one worker. Run it for real at " +
             run::significant(p.num("packet_rate")) + " pkt/s with " + std::to_string(w) +
             " workers: the master thread computes the real Toeplitz hash of every packet. "
             "Predict the imbalance (busiest worker's load ÷ mean).",
         setup, "imbalance", run::Mode::Real, 0.1,
         "The worker that owns the elephant flow gets its " + run::significant(top * 100, 2) +
             "% plus, on average, an " + std::to_string(w) + "th of the rest: " + run::significant(top, 2) +
             " + " + run::significant(1 - top, 2) + "/" + std::to_string(w) + " ≈ " +
             run::significant(top + (1 - top) / w, 2) + " of all packets, " +
             run::significant((top + (1 - top) / w) * w, 2) + " times its fair share of 1/" +
             std::to_string(w) + ". The real hash of these 256 flows gives it " +
             run::significant(imbalance / w, 2) + " (" + run::significant(imbalance, 3) +
             " times). The run counts packets, not time, and the hash is a fixed function of each flow's addresses, so a busy or virtual machine measures the same imbalance; its ring is the first to overflow while other workers idle."});
  }
  {
    const std::map<std::string, std::string> setup{{"workers", "16"}, {"packet_rate", "400000"}};
    const run::Params p = run::paramsWith(specs, setup);
    const run::ModelResult m = model(p);
    const double s = p.num("process_us") * 1e-6, d = p.num("steer_us") * 1e-6;
    // The same master a tenth of a µs slower per packet: what that much hand-off costs.
    run::Params withHandoff = p;
    withHandoff.set("steer_us", p.num("steer_us") + 0.1);
    const run::ModelResult slower = model(withHandoff);
    out.push_back(
        {"master_ceiling",
         "Give the system " + std::to_string(p.integer("workers")) +
             " workers (together they could process " + run::significant(modelValue(m, "workers_cap")) +
             " pkt/s) and offer " + run::significant(p.num("packet_rate")) +
             " pkt/s. Run it for real: besides its " + run::significant(p.num("steer_us")) +
             " µs per packet, the real master hands every packet to a worker's ring, and the run reports that "
             "hand-off h (master_handoff_ns) and the steering time it really took (master_service_measured_ns). "
             "Predict the delivered throughput in pkt/s.",
         setup, "throughput", run::Mode::Real, 0.15,
         "On paper the master steers one packet per " + run::significant(p.num("steer_us")) +
             " µs: at most " + run::significant(modelValue(m, "master_cap")) +
             " pkt/s, whatever the workers could do; the rest overflow its receive ring. "
             "With " +
             std::to_string(p.integer("workers")) +
             " workers the hash happens to spread the flows well enough (the busiest worker saturates only at " +
             run::significant(modelValue(m, "hash_cap")) + " pkt/s), so the master binds and about " +
             run::significant(modelValue(m, "throughput")) +
             " pkt/s come out of the model. The real master also pays h per packet, so its ceiling is 1/(D + h): "
             "every 0.1 µs of hand-off costs about " +
             run::significant(modelValue(m, "master_cap") - modelValue(slower, "master_cap"), 2) +
             " pkt/s here (the run's master_ceiling_per_s computes it from what it measured). "
             "With an even spread the master would bind from process/steer = " +
             run::significant(s / d, 2) +
             " workers on; under rss_hash the busiest worker usually binds first (exercise 4). "
             "On a machine with fewer cores than the master and the workers need, threads share cores and the "
             "run says so: then it measures the host, not the master."});
  }
  {
    const std::map<std::string, std::string> setup{{"workers", "15"}, {"packet_rate", "240000"}};
    const run::Params p = run::paramsWith(specs, setup);
    const run::ModelResult m = model(p);
    run::Params fourteen = p;
    fourteen.set("workers", 14);
    const run::ModelResult m14 = model(fourteen);
    const double cap = modelValue(m, "hash_cap");
    const double lambda = p.num("packet_rate");
    const double share = 1e6 / (p.num("process_us") * cap);
    out.push_back(
        {"more_workers_less",
         "At " + run::significant(lambda) + " pkt/s with " + std::to_string(fourteen.integer("workers")) +
             " workers hardly a packet is lost. Add one worker, " + std::to_string(p.integer("workers")) +
             " in all. "
             "Predict the drop rate of the simulated system (a fraction: 0.01 is 1%).",
         setup, "drop_rate", run::Mode::Sim, 0.2,
         "With 15 queues the indirection table moves the flows, and two heavy ones now share a worker: its share grows from " +
             run::significant(1e6 / (p.num("process_us") * modelValue(m14, "hash_cap")) * 100, 3) + "% to " +
             run::significant(share * 100, 3) +
             "% of all packets. That worker saturates at 1/(process × share) = " + run::significant(cap) +
             " pkt/s, below the " + run::significant(lambda) + " offered: it is sent " +
             run::significant(lambda * share) + " pkt/s and can do " +
             run::significant(1e6 / p.num("process_us")) + ", so about " +
             run::significant((lambda * share - 1e6 / p.num("process_us")) / lambda * 100, 2) +
             "% of all packets are dropped at its ring (the model: " +
             run::significant(modelValue(m, "drop_rate") * 100, 2) +
             "%). With 14 workers the busiest worker's ceiling was " +
             run::significant(modelValue(m14, "hash_cap")) +
             " pkt/s, above the master's. Adding a worker cut the capacity: RSS does not balance skewed flows."});
  }
  return out;
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
  const auto checked = out.counters().find(kCheckedPackets);
  if (checked != out.counters().end() && checked->second > 0)
    out.set("reordered", 100.0 * out.counters().at(kLatePackets) / checked->second);
  const std::vector<double> offered = offeredPerWorker(p, agg);
  double total = 0.0;
  for (double v : offered) total += v;
  if (offered.empty() || total <= 0) return;
  const double span = agg.observedSeconds();
  const double most = *std::max_element(offered.begin(), offered.end());
  const double least = *std::min_element(offered.begin(), offered.end());
  const double mean = total / static_cast<double>(offered.size());
  out.set("imbalance", most / mean);
  if (span > 0) {
    for (std::size_t i = 0; i < offered.size(); ++i)
      out.point(kWorkerLoad, static_cast<double>(i), offered[i] / span);
    out.set("worker_load_max", most / span);
    out.set("worker_load_mean", mean / span);
    out.set("worker_load_min", least / span);
  }
  // The saturation rate from what this run measured: each worker's mean time and share, and the
  // master's mean time per packet.
  double capacity = std::numeric_limits<double>::infinity();
  if (agg.stationCount() > kMaster && agg.station(kMaster).service.count() > 0 &&
      agg.station(kMaster).service.mean() > 0)
    capacity = 1e9 / agg.station(kMaster).service.mean();
  for (std::size_t i = 0; i < offered.size() && kFirstWorker + i < agg.stationCount(); ++i) {
    const observe::StationStats& w = agg.station(kFirstWorker + i);
    if (offered[i] <= 0 || w.service.count() == 0) continue;
    capacity = std::min(capacity, 1e9 / (w.service.mean() * offered[i] / total));
  }
  if (std::isfinite(capacity)) out.set("capacity", capacity);
}

double SteeringLab::suggestedHorizonS(const run::Params& p) const {
  const steering::Config c = steering::Config::from(p);
  const double rho = std::clamp(c.packetRate * c.steerS, 0.0, 0.99);
  // The master's relaxation time grows like 1/(1−ρ)²; rings near saturation need many packets
  // for their rare overflows, so never fewer than 2·10⁵ packets.
  const double packets = std::clamp(300.0 / ((1 - rho) * (1 - rho)), 2.0e5, 2.0e6);
  return packets / c.packetRate;
}

std::optional<run::TimeScale> SteeringLab::timeScale() const {
  // Steering costs microseconds, the size of a real ring push and wake-up: at 50:1 the master's
  // 4 µs become 200 µs and those fixed costs weigh a fiftieth as much, so the real run shows the
  // lab's queueing rather than the engine's overheads — and a virtual machine's stalls of a few
  // ms, which at 10:1 still dominated the mean latency (±5% not reached in a minute), shrink to
  // tens of µs of lab time. Measured on 2 vCPUs: 17.0 µs against the model's 17 in 11 s.
  return run::TimeScale{0.02, {"steer_us", "process_us"}, {"packet_rate"}};
}

std::optional<run::HostFit> SteeringLab::hostFit() const {
  // Fewer workers, each one's time scaled to keep every utilization; the steering master needs a core of its
  // own.
  return run::HostFit{"workers", 1, {"process_us"}};
}

bool SteeringLab::measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const {
  // What each service parameter stands for in a real run's measurements.
  // The master's time per packet as its ceiling sees it: the steering and the hand-off to a ring.
  return run::measuredParams(p, r, {{"steer_us", "fact:master_step_ns", 1e-3}}, out);
}

std::string SteeringLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  const steering::Config c = steering::Config::from(p);
  if (mode == run::Mode::Real) {
    return run::phrase(
        "real threads pay a ring hand-off per packet, the hash and checksums on top of the calibrated work, and OS scheduling noise (more so when threads outnumber cores); the real master's ceiling is 1/(steer + hand-off), not 1/steer");
  }
  if (c.onOff)
    return run::phrase("on/off bursts are not Poisson: the master queues longer than M/D/1 predicts");
  if (c.packetRate * c.steerS > 0.9)
    return run::phrase("near saturation the run needs many more packets to settle");
  return run::phrase("a 95% CI misses the true value 1 time in 20; rerun with another seed or longer");
}

}  // namespace amp::labs
