// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "tcp/tcp_lab.h"

#include <algorithm>
#include <cmath>

namespace amp::labs {

using run::MetricSource;
using run::Scale;

namespace {

std::string mbps(double bps) {
  if (!std::isfinite(bps)) return "∞";
  return run::formatNumber(std::round(bps / 1e4) / 100);
}

/// Bandwidth-delay product of the link in segments.
double bdpSegments(const run::Params& p) {
  return p.num("link_mbps") * 1e6 * p.num("rtt_ms") / 1000.0 / (8.0 * p.num("mss_bytes"));
}

}  // namespace

run::LabInfo TcpLab::info() const {
  return {
      "tcp", "TCP: control plane on the master, data plane on workers", "OS functions",
      "When does ACK processing on one core cap a TCP flow's throughput?",
      "Raise ack_cost_us until the master bound drops below the link: throughput stops following the link and sits at ack_every·MSS/ack_cost, master_util is pinned at 1, and ack_delay_us (the ACK queue at the master) grows the RTT. "
      "Then set ack_every = 2: the same core carries twice the flow. "
      "Adding workers helps only while the worker bound is the smallest."};
}

std::vector<run::ParamSpec> TcpLab::params() const {
  return {
      run::realParam("link_mbps", "Bottleneck link rate", "Mbit/s", 1, 100000, 1000)
          .withScale(Scale::Log)
          .withHelp("Rate of the slowest link on the path. Segments are serialized onto it one at a time."),
      run::realParam("rtt_ms", "Round-trip time", "ms", 0.05, 1000, 2)
          .withScale(Scale::Log)
          .withHelp("Propagation delay there and back, without any queueing (half each way)."),
      run::realParam("loss_rate", "Random loss", "", 0, 0.1, 0.00001)
          .withHelp(
              "Probability that a segment is lost on the path, independently of the others (besides buffer overflow)."),
      run::integerParam("mss_bytes", "Segment size (MSS)", "B", 256, 9000, 1460)
          .withHelp("Payload bytes per segment; headers are not counted."),
      run::integerParam("ack_every", "Segments per ACK", "", 1, 2, 1)
          .withHelp(
              "1: the receiver acknowledges every segment; 2: every second one (delayed ACKs, 40 ms timer)."),
      run::realParam("ack_cost_us", "Master time per ACK", "µs", 0.1, 10000, 15)
          .withScale(Scale::Log)
          .withHelp("Time the master core spends on one ACK (the Reno update and everything around it)."),
      run::realParam("segment_cost_us", "Worker time per segment", "µs", 0.1, 100000, 40)
          .withScale(Scale::Log)
          .withHelp("Time one worker spends on one segment's payload (checksum, copy)."),
      run::integerParam("workers", "Workers", "", 1, 64, 4)
          .withHelp("Worker cores processing segment payloads in parallel."),
      run::integerParam("buffer_pkts", "Link buffer", "segments", 1, 100000, 200)
          .withScale(Scale::Log)
          .withHelp(
              "Drop-tail buffer in front of the bottleneck link: a segment arriving to a full buffer is lost."),
  };
}

std::vector<run::MetricSpec> TcpLab::metrics() const {
  return {
      run::metricSpec("throughput_mbps", "Throughput (goodput)", "Mbit/s", MetricSource::Custom)
          .withHelp("New data delivered in order to the receiver per second."),
      run::metricSpec("cwnd", "Congestion window", "segments", MetricSource::GaugeTime, kMaster)
          .withHelp("Time average of Reno's congestion window."),
      run::metricSpec("master_util", "Master utilization", "", MetricSource::Utilization, kMaster)
          .withHelp("Share of time the master core spends processing ACKs."),
      run::metricSpec("ack_delay_us", "ACK delay at the master", "µs", MetricSource::Custom, kMaster)
          .withHelp(
              "Time from an ACK's arrival at the master to Reno seeing it (queue + processing): it adds to the RTT."),
      run::metricSpec("retransmits", "Retransmissions", "segments", MetricSource::Output)
          .withHelp("Segments sent again (fast retransmit or timeout) in the measured part of one run."),
  };
}

std::vector<run::ChartSpec> TcpLab::charts() const {
  return {
      run::chartSpec("cwnd", "Congestion window over time (Reno's sawtooth)", run::ChartKind::TimeSeries,
                     {"cwnd"})
          .withSeries("gauge:master")
          .withAxes("time [s]", "cwnd [segments]"),
      run::chartSpec("workers_sweep", "Throughput against workers (the model names the binding bound)",
                     run::ChartKind::SweepCurve, {"throughput_mbps"})
          .withSweep("workers", 1, 8, 8)
          .withAxes("workers", "throughput [Mbit/s]"),
      run::chartSpec("ack_cost_sweep", "Throughput against ACK cost (the model names the binding bound)",
                     run::ChartKind::SweepCurve, {"throughput_mbps"})
          .withSweep("ack_cost_us", 2, 64, 6)
          .withLogX()
          .withAxes("master time per ACK [µs]", "throughput [Mbit/s]"),
      run::chartSpec("ack_queue", "ACKs waiting at the master", run::ChartKind::TimeSeries, {})
          .withSeries("queue:master")
          .withAxes("time [s]", "ACKs queued"),
      run::chartSpec("util", "Master utilization", run::ChartKind::BarsPerStation, {"master_util"})
          .withAxes("", "utilization"),
  };
}

std::vector<run::Exercise> TcpLab::exercises() const {
  return {
      {"master_cap",
       "At the defaults (1 Gbit/s link, 2 ms RTT, one ACK per 1460-byte segment, 15 µs of master time per ACK), predict the throughput in Mbit/s.",
       {},
       "throughput_mbps",
       run::Mode::Model,
       0.1,
       "One core can process 1/15 µs = 66 667 ACKs per second, and each ACK releases one 1460-byte segment: 66 667 × 1460 × 8 bit = 779 Mbit/s. "
       "That is below the link's 1000 Mbit/s, so the master binds."},
      {"delayed_acks",
       "Now let the receiver acknowledge every second segment (ack_every = 2). "
       "Predict the throughput in Mbit/s.",
       {{"ack_every", "2"}},
       "throughput_mbps",
       run::Mode::Model,
       0.1,
       "Each ACK now covers two segments, so the master bound doubles to 1557 Mbit/s. "
       "It no longer binds: the link's 1000 Mbit/s does. "
       "Halving the work per byte on the serial core moved the bottleneck."},
      {"loss_bound",
       "Back to ack_every = 1, with a 20 ms RTT and a random loss of 0.1% (loss_rate = 0.001). "
       "Predict the throughput of the simulated flow in Mbit/s.",
       {{"rtt_ms", "20"}, {"loss_rate", "0.001"}},
       "throughput_mbps",
       run::Mode::Sim,
       0.25,
       "Mathis: X ≈ MSS/RTT·√(3/(2p)) = 11 680 bit / 20 ms × 38.7 ≈ 23 Mbit/s — far below every other bound. "
       "The simulation lands near it but not on it: Reno loses whole windows to timeouts now and then, which the square-root law ignores, so it is an approximation within tens of percent."},
  };
}

run::Topology TcpLab::topology(const run::Params& p) const {
  run::Topology g;
  const int workers = p.has("workers") ? p.integer("workers") : 4;
  const int buffer = p.has("buffer_pkts") ? p.integer("buffer_pkts") : 0;
  auto master = boost::add_vertex({"master", run::StationRole::Queue, 1, 0, 0.1, 0.2, true}, g);
  auto work = boost::add_vertex({"workers", run::StationRole::Queue, workers, 0, 0.37, 0.2, false}, g);
  auto link = boost::add_vertex({"link", run::StationRole::Queue, 1, buffer, 0.64, 0.2, false}, g);
  auto fwd = boost::add_vertex({"path →", run::StationRole::Delay, 1, 0, 0.9, 0.2, false}, g);
  auto recv = boost::add_vertex({"receiver", run::StationRole::Sink, 1, 0, 0.9, 0.85, false}, g);
  auto back = boost::add_vertex({"path ←", run::StationRole::Delay, 1, 0, 0.66, 0.9, false}, g);
  boost::add_edge(master, work, {"segments the window allows", 1.0}, g);
  boost::add_edge(work, link, {"payload checksummed", 1.0}, g);
  boost::add_edge(link, fwd, {"drop-tail buffer", 1.0}, g);
  boost::add_edge(fwd, recv, {"RTT/2, random loss", 1.0}, g);
  boost::add_edge(recv, back, {"ACK", 1.0}, g);
  boost::add_edge(back, master, {"RTT/2", 1.0}, g);
  return g;
}

model::TcpFlowParams TcpLab::flowOf(const run::Params& p) {
  model::TcpFlowParams f;
  f.linkBps = p.num("link_mbps") * 1e6;
  f.rttS = p.num("rtt_ms") / 1000.0;
  f.lossRate = p.num("loss_rate");
  f.mssBytes = p.num("mss_bytes");
  f.ackEvery = p.integer("ack_every");
  f.ackCostS = p.num("ack_cost_us") * 1e-6;
  f.segmentCostS = p.num("segment_cost_us") * 1e-6;
  f.workers = p.integer("workers");
  return f;
}

sim::RenoConfig TcpLab::renoConfigOf(const run::Params& p) {
  sim::RenoConfig cfg;
  cfg.maxWindow = std::max(64.0, std::ceil(2.0 * (bdpSegments(p) + p.num("buffer_pkts"))));
  return cfg;
}

run::ModelResult TcpLab::model(const run::Params& p) const {
  run::ModelResult r;
  const model::TcpFlowParams f = flowOf(p);
  const model::TcpBounds b = model::tcpBounds(f);
  r.bottleneck = b.binding;
  r.values["throughput_mbps"] = b.throughput / 1e6;
  r.values["master_util"] = std::min(1.0, b.throughput / b.master);
  const double window = renoConfigOf(p).maxWindow;
  if (b.binding == "loss") {
    r.values["cwnd"] = std::sqrt(3.0 / (2.0 * f.lossRate));  // Mathis' mean window, X·RTT/MSS
  } else if (b.binding == "link") {
    // Sawtooth between half and all of (pipe + buffer), unless the receiver window caps it first.
    r.values["cwnd"] = std::min(window, 0.75 * (bdpSegments(p) + p.num("buffer_pkts")));
  } else if (f.lossRate == 0.0) {
    r.values["cwnd"] = window;  // nothing ever drops: the window climbs to the receiver's limit
  }
  if (b.master >= b.link) {
    // The link spaces the segments, so their ACKs arrive at least one ACK cost apart: no queue.
    r.values["ack_delay_us"] = p.num("ack_cost_us");
  }
  for (const auto& [k, v] : r.values) r.exact[k] = false;
  r.formula =
      "X ≈ min( C,  MSS/RTT·√(3/(2p)),  a·MSS/S_ack,  n·MSS/S_seg )\n"
      "        link   loss (Mathis)       master        workers\n"
      "C link rate, MSS segment payload, RTT round trip without queueing, p random loss probability,\n"
      "a segments per ACK, S_ack master time per ACK, n workers, S_seg worker time per segment.\n"
      "master_util ≈ X / (a·MSS/S_ack);  mean cwnd ≈ √(3/(2p)) when loss binds, ¾·(C·RTT/MSS + buffer) when the link binds";
  r.approximation =
      "a minimum of separate bounds: Mathis' square-root law assumes periodic losses and no timeouts; near a tie two bounds interact; the ACK delay the master adds to the RTT is left out";
  r.notes.push_back("bounds [Mbit/s]: link " + mbps(b.link) + ", loss (Mathis) " + mbps(b.loss) +
                    ", master " + mbps(b.master) + ", workers " + mbps(b.workers) + " → the " + b.binding +
                    " bound binds; the next one is " + run::formatNumber(std::round(b.margin * 100) / 100) +
                    "× higher");
  r.notes.push_back("receiver window " + run::formatNumber(window) + " segments = max(64, 2·(BDP + buffer))");
  if (b.margin < 1.2) {
    r.notes.push_back("two bounds are within 20% of each other: expect the flow to fall short of both");
  }
  return r;
}

double TcpLab::suggestedHorizonS(const run::Params& p) const {
  const model::TcpBounds b = model::tcpBounds(flowOf(p));
  const double segmentsPerS = b.throughput / (8.0 * p.num("mss_bytes"));
  // About 300 000 segments (a few million events) and at least 500 RTTs for several sawteeth,
  // but never more than 2 million segments: a fast flow on a long path would cost minutes.
  const double wanted = std::max(3e5 / segmentsPerS, 500.0 * p.num("rtt_ms") / 1000.0);
  return std::clamp(std::min(wanted, 2e6 / segmentsPerS), 0.05, 120.0);
}

void TcpLab::customMetrics(const run::Params& p, const observe::Aggregator& agg, run::Mode /*mode*/,
                           std::map<std::string, double>& out) const {
  out["throughput_mbps"] = agg.throughput() * p.num("mss_bytes") * 8.0 / 1e6;
  if (agg.stationCount() > kMaster) {
    const observe::StationStats& m = agg.station(kMaster);
    if (m.service.count() > 0) out["ack_delay_us"] = (m.wait.mean() + m.service.mean()) / 1e3;
  }
}

std::optional<run::HostFit> TcpLab::hostFit() const {
  // Fewer workers, each one's time scaled to keep every utilization; the master and the link emulator each
  // need a core.
  return run::HostFit{"workers", 2, {"segment_cost_us"}};
}

bool TcpLab::measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const {
  // What each service parameter stands for in a real run's measurements.
  return run::measuredParams(p, r, {{"ack_cost_us", "fact:master_wall_us_per_ack"}}, out);
}

std::string TcpLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  const model::TcpBounds b = model::tcpBounds(flowOf(p));
  if (mode == run::Mode::Real) {
    return "the real master also pays for polling rings and the clock, threads share cores, and the link emulator itself costs time; the " +
           b.binding + " bound is the model's";
  }
  if (b.margin < 1.3) return "two bounds are close, and the flow falls short of both where they meet";
  if (b.binding == "loss") return "Reno's timeouts after several losses in one window, which Mathis ignores";
  if (b.binding == "link" && p.num("buffer_pkts") < bdpSegments(p)) {
    return "a buffer smaller than the bandwidth-delay product lets the link idle after each halving";
  }
  return "slow start and the first losses are a transient; a longer run settles it";
}

}  // namespace amp::labs
