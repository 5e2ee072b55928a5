// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "tcp/tcp_lab.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

namespace {

std::string mbps(double bps) {
  if (!std::isfinite(bps)) return "∞";
  return run::formatNumber(std::round(bps / 1e4) / 100);
}

double rttS(const run::Params& p) { return p.num("rtt_ms") / 1000.0; }

/// Reno's mean window × √p when losses are random (Bernoulli per segment) and segments leave at a
/// steady pace, as they do when the master binds: W² grows by 2 per segment acknowledged and drops
/// to a quarter at each loss, and its stationary mean of √(W²) works out to 1.53/√p (computed
/// numerically for this lab), against √(3/2) = 1.22 for Mathis' periodic losses.
constexpr double kRandomLossWindow = 1.527;

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

namespace {}  // namespace

// Every number in an explanation is the model's at the exercise's settings, not typed.
std::vector<run::Exercise> TcpLab::exercises() const {
  const auto specs = params();
  std::vector<run::Exercise> out;

  {
    const std::map<std::string, std::string> setup;
    const run::Params p = run::paramsWith(specs, setup);
    const model::TcpBounds b = model::tcpBounds(flowOf(p));
    // The same master one µs slower per ACK: what a µs of hand-off costs.
    run::Params withHandoff = p;
    withHandoff.set("ack_cost_us", p.num("ack_cost_us") + 1.0);
    const model::TcpBounds slower = model::tcpBounds(flowOf(withHandoff));
    out.push_back(
        {"master_cap",
         "At the defaults (a " + run::significant(p.num("link_mbps")) + " Mbit/s link, " +
             run::significant(p.num("rtt_ms")) + " ms RTT, one ACK per " +
             run::significant(p.num("mss_bytes")) + "-byte segment, " +
             run::significant(p.num("ack_cost_us")) +
             " µs of master time per ACK) the master binds. Run it for real: besides each ACK's own time, the "
             "real master hands the segments an ACK releases to the workers' rings, and the run reports that "
             "hand-off h per ACK (master_handoff_us_per_ack) next to the time an ACK really took "
             "(master_wall_us_per_ack). Predict the throughput in Mbit/s.",
         setup, "throughput_mbps", run::Mode::Real, 0.15,
         "One core can process 1/S_ack = " + run::significant(1.0 / (p.num("ack_cost_us") * 1e-6), 5) +
             " ACKs per second, and each ACK releases one " + run::significant(p.num("mss_bytes")) +
             "-byte segment: " + mbps(b.master) + " Mbit/s on paper, below the link's " + mbps(b.link) +
             " Mbit/s and the workers' " + mbps(b.workers) +
             ", so the master binds. The real master also pays the hand-off, so its ceiling is a·MSS/(S_ack + h): "
             "each µs of h per ACK costs about " +
             run::significant((b.master - slower.master) / 1e6, 2) +
             " Mbit/s here (the run's master_ceiling_mbps computes it from what it measured). The flow comes in a "
             "little below that ceiling, since Reno's losses idle the master now and then. On a machine with fewer "
             "cores than the master, the link emulator and the workers need, they share cores and the number is "
             "the scheduler's; the run says so."});
  }
  {
    const std::map<std::string, std::string> setup{{"ack_every", "2"}};
    const run::Params p = run::paramsWith(specs, setup);
    const model::TcpBounds b = model::tcpBounds(flowOf(p));
    out.push_back(
        {"delayed_acks",
         "Now let the receiver acknowledge every second segment (ack_every = 2). "
         "Predict the throughput of the simulated flow in Mbit/s.",
         setup, "throughput_mbps", run::Mode::Sim, 0.05,
         "Each ACK now covers two segments, so the master bound doubles to " + mbps(b.master) +
             " Mbit/s and no longer binds: the link's " + mbps(b.link) +
             " Mbit/s does. "
             "Halving the work per byte on the serial core moved the bottleneck. "
             "The simulation delivers a few percent less than the link: a random loss soon after a halving leaves the window below the pipe and the link idles, and the workers' bound (" +
             mbps(b.workers) + " Mbit/s) is only " + run::significant((b.margin - 1) * 100, 2) +
             "% above the link, so the workers queue Reno's bursts. A bound is a ceiling, not a forecast: bounds that nearly tie lose to queueing."});
  }
  {
    const std::map<std::string, std::string> setup{{"ack_cost_us", "50"}, {"loss_rate", "0.0001"}};
    const run::Params p = run::paramsWith(specs, setup);
    const model::TcpBounds b = model::tcpBounds(flowOf(p));
    const AckLoop loop = ackLoop(p);
    out.push_back(
        {"ack_delay",
         "Give the master " + run::significant(p.num("ack_cost_us")) +
             " µs per ACK and the path a random loss of " + run::significant(p.num("loss_rate") * 100) +
             "% (loss_rate = " + run::significant(p.num("loss_rate")) +
             "). "
             "The master binds now. Predict how long an ACK spends at the master (ack_delay_us), in µs.",
         setup, "ack_delay_us", run::Mode::Sim, 0.35,
         "The master passes " + mbps(b.master) + " Mbit/s, one segment per " +
             run::significant(p.num("ack_cost_us")) +
             " µs. Reno's window is set by the losses, not by the master: W̄ ≈ √(3/(2p)) = " +
             run::significant(loop.window) + " segments. By Little's law they take W̄ × " +
             run::significant(p.num("ack_cost_us")) + " µs = " + run::significant(loop.rttEffS * 1e3) +
             " ms per lap. The path takes " + run::significant(p.num("rtt_ms")) +
             " ms of it, a worker and the link " + run::significant((loop.pathS - rttS(p)) * 1e6) +
             " µs, and the rest, about " + run::significant(loop.ackDelayS * 1e3) +
             " ms, is ACKs queueing at the master: the master's queue becomes part of the round trip. "
             "The simulation waits longer still: with random (not periodic) losses the window averages about " +
             run::significant((kRandomLossWindow / std::sqrt(1.5) - 1) * 100, 2) +
             "% more than √(3/(2p)), and every extra segment in flight waits at the master."});
  }
  {
    const std::map<std::string, std::string> setup{
        {"link_mbps", "100"}, {"loss_rate", "0"}, {"ack_cost_us", "200"}};
    const run::Params p = run::paramsWith(specs, setup);
    const model::TcpBounds b = model::tcpBounds(flowOf(p));
    const AckLoop loop = ackLoop(p);
    const double segmentsPerS = b.master / (p.num("mss_bytes") * 8.0);
    out.push_back(
        {"real_window",
         "No random loss, a " + run::significant(p.num("link_mbps")) +
             " Mbit/s link and a slow master: " + run::significant(p.num("ack_cost_us")) +
             " µs per ACK. "
             "Run it for real (a master thread runs Reno on real ACKs, worker threads checksum real payloads, a link-emulator thread serializes the segments) "
             "and predict Reno's mean congestion window, in segments.",
         setup, "cwnd", run::Mode::Real, 0.1,
         "Nothing is ever lost: the master (" + mbps(b.master) + " Mbit/s) is slower than the link (" +
             mbps(b.link) +
             "), so the link's buffer never fills, and Reno grows the window until the receiver's window stops it: 2·(BDP + buffer) = " +
             run::significant(loop.window) + " segments. The path holds only X·RTT ≈ " +
             run::significant(segmentsPerS * loop.pathS, 2) +
             " of them; the rest wait as ACKs at the master, about " +
             run::significant(loop.ackDelayS * 1e3) +
             " ms each (Little's law). The window is a count, not a speed, so a slow or busy machine shows the same number: only the time it takes changes."});
  }
  return out;
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

TcpLab::AckLoop TcpLab::ackLoop(const run::Params& p) {
  const model::TcpFlowParams f = flowOf(p);
  const model::TcpBounds b = model::tcpBounds(f);
  AckLoop loop;
  if (b.binding != "master") return loop;
  const double bits = f.mssBytes * 8.0;
  const double window = renoConfigOf(p).maxWindow;
  // Reno's mean window: the loss sawtooth's √(3/(2p)) (the receiver's window caps it), or the
  // receiver's window itself when nothing is ever lost.
  loop.window = f.lossRate > 0 ? std::min(std::sqrt(3.0 / (2.0 * f.lossRate)), window) : window;
  // Little's law around the loop: W̄ segments in flight at the master's rate take W̄/X per lap.
  loop.rttEffS = loop.window * bits / b.master;
  // What the lap spends outside the master's ACK queue: the path, a worker, the link's serialization.
  loop.pathS = f.rttS + f.segmentCostS + bits / f.linkBps;
  loop.ackDelayS = std::max(f.ackCostS, loop.rttEffS - loop.pathS);
  loop.valid = true;
  return loop;
}

double TcpLab::padhyeThroughputBps(const run::Params& p) {
  const model::TcpFlowParams f = flowOf(p);
  if (f.lossRate <= 0) return std::numeric_limits<double>::infinity();
  // Padhye, Firoiu, Towsley & Kurose (1998) with b = 1 (Reno grows per segment acknowledged here,
  // whatever ack_every is) and T0 = the minimum RTO; Wmax left out (the receiver window does not bind).
  const double q = f.lossRate;
  const double t0 = renoConfigOf(p).minRtoS;
  const double perSegment = f.rttS * std::sqrt(2.0 * q / 3.0) +
                            t0 * std::min(1.0, 3.0 * std::sqrt(3.0 * q / 8.0)) * q * (1.0 + 32.0 * q * q);
  return f.mssBytes * 8.0 / perSegment;
}

std::vector<run::ModelValueSpec> TcpLab::modelValues() const {
  return {
      {"link_bound_mbps", "link bound", "Mbit/s", "C: the bottleneck link's rate."},
      {"loss_bound_mbps", "loss bound (Mathis)", "Mbit/s", "MSS/RTT·√(3/(2p))."},
      {"master_bound_mbps", "master bound", "Mbit/s", "a·MSS/S_ack: one core handling every ACK."},
      {"workers_bound_mbps", "workers bound", "Mbit/s", "n·MSS/S_seg."},
      {"rtt_eff_ms", "round trip with the master's queue", "ms",
       "When the master binds: W̄·MSS/X_master, by Little's law around the loop (approximate)."},
  };
}

run::ModelResult TcpLab::model(const run::Params& p) const {
  run::ModelResult r;
  const model::TcpFlowParams f = flowOf(p);
  const model::TcpBounds b = model::tcpBounds(f);
  r.bottleneck = b.binding;
  r.values["throughput_mbps"] = b.throughput / 1e6;
  r.values["master_util"] = std::min(1.0, b.throughput / b.master);
  r.values["link_bound_mbps"] = b.link / 1e6;
  r.values["loss_bound_mbps"] = b.loss / 1e6;
  r.values["master_bound_mbps"] = b.master / 1e6;
  r.values["workers_bound_mbps"] = b.workers / 1e6;
  const double window = renoConfigOf(p).maxWindow;
  const AckLoop loop = ackLoop(p);
  if (b.binding == "loss") {
    r.values["cwnd"] = std::sqrt(3.0 / (2.0 * f.lossRate));  // Mathis' mean window, X·RTT/MSS
  } else if (b.binding == "link") {
    // Sawtooth between half and all of (pipe + buffer), unless the receiver window caps it first.
    r.values["cwnd"] = std::min(window, 0.75 * (bdpSegments(p) + p.num("buffer_pkts")));
  } else if (loop.valid) {
    r.values["cwnd"] = loop.window;  // losses (or the receiver's window) shape it, not the master
  } else if (f.lossRate == 0.0) {
    r.values["cwnd"] = window;  // nothing ever drops: the window climbs to the receiver's limit
  }
  if (loop.valid) {
    // The window is set by losses, the rate by the master: the rest of the lap waits as ACKs.
    r.values["rtt_eff_ms"] = loop.rttEffS * 1e3;
    r.values["ack_delay_us"] = loop.ackDelayS * 1e6;
  } else if (b.master >= b.link) {
    // The link spaces the segments, so their ACKs arrive at least one ACK cost apart: no queue.
    r.values["ack_delay_us"] = p.num("ack_cost_us");
  }
  // Numbers the lab's text quotes, so that it can fill them in rather than type them.
  r.values["master_acks_per_s"] = 1.0 / f.ackCostS;
  r.values["receiver_window"] = window;
  r.values["min_rto_ms"] = renoConfigOf(p).minRtoS * 1e3;
  r.values["bound_margin_pct"] = (b.margin - 1.0) * 100.0;
  r.values["mathis_coefficient"] = std::sqrt(1.5);
  r.values["random_loss_coefficient"] = kRandomLossWindow;
  r.values["random_loss_excess_pct"] = (kRandomLossWindow / std::sqrt(1.5) - 1.0) * 100.0;
  if (loop.valid) {
    r.values["lap_outside_us"] = (loop.pathS - f.rttS) * 1e6;  // a worker and the link's serialization
    r.values["rtt_stretch"] = loop.rttEffS / f.rttS;
    if (f.lossRate > 0) {
      const double w = std::min(kRandomLossWindow / std::sqrt(f.lossRate), window);
      r.values["ack_delay_random_us"] =
          std::max(f.ackCostS, w * f.mssBytes * 8.0 / b.master - loop.pathS) * 1e6;
    }
  }
  if (b.binding == "loss") {
    const double padhye = padhyeThroughputBps(p);
    r.values["padhye_mbps"] = padhye / 1e6;
    r.values["padhye_gap_pct"] = (1.0 - padhye / b.loss) * 100.0;
  }
  for (const auto& [k, v] : r.values) r.exact[k] = false;
  r.formula =
      "X ≈ min( C,  MSS/RTT·√(3/(2p)),  a·MSS/S_ack,  n·MSS/S_seg )\n"
      "        link   loss (Mathis)       master        workers\n"
      "C link rate, MSS segment payload, RTT round trip without queueing, p random loss probability,\n"
      "a segments per ACK, S_ack master time per ACK, n workers, S_seg worker time per segment.\n"
      "master_util ≈ X / (a·MSS/S_ack);  mean cwnd W̄ ≈ √(3/(2p)) when loss or the master binds, ¾·(C·RTT/MSS + buffer) when the link binds\n"
      "When the master binds (Little's law around the loop): RTT_eff ≈ W̄·MSS/X_master,\n"
      "  ack_delay ≈ RTT_eff − RTT − S_seg − MSS/C   (W̄ = the receiver's window when p = 0)";
  r.approximation =
      "a minimum of separate bounds: Mathis' square-root law assumes periodic losses (random ones change the window's shape) and no timeouts; near a tie two bounds interact and the flow falls short of both; the ACK delay uses Mathis' mean window and ignores the queues at the workers and the link";
  r.notes.push_back("bounds [Mbit/s]: link " + mbps(b.link) + ", loss (Mathis) " + mbps(b.loss) +
                    ", master " + mbps(b.master) + ", workers " + mbps(b.workers) + " → the " + b.binding +
                    " bound binds; the next one is " + run::formatNumber(std::round(b.margin * 100) / 100) +
                    "× higher");
  r.notes.push_back("receiver window " + run::formatNumber(window) + " segments = max(64, 2·(BDP + buffer))");
  if (loop.valid) {
    r.notes.push_back(
        "the master's queue joins the round trip: W̄ = " + run::formatNumber(std::round(loop.window)) +
        " segments at " + mbps(b.master) + " Mbit/s take RTT_eff ≈ " +
        run::formatNumber(std::round(loop.rttEffS * 1e5) / 100) + " ms per lap, of which ≈ " +
        run::formatNumber(std::round(loop.ackDelayS * 1e5) / 100) + " ms wait as ACKs at the master");
  }
  if (loop.valid && f.lossRate > 0) {
    r.notes.push_back(
        "random rather than periodic losses at the master's steady pace: W̄ ≈ " +
        run::formatNumber(kRandomLossWindow) +
        "/√p = " + run::formatNumber(std::round(kRandomLossWindow / std::sqrt(f.lossRate))) +
        " segments, which makes the ACK delay ≈ " +
        run::formatNumber(
            std::round(std::max(f.ackCostS, std::min(kRandomLossWindow / std::sqrt(f.lossRate), window) *
                                                    f.mssBytes * 8.0 / b.master -
                                                loop.pathS) *
                       1e5) /
            100) +
        " ms");
  }
  if (b.binding == "loss") {
    const double padhye = padhyeThroughputBps(p);
    r.notes.push_back(
        "with timeouts (Padhye, T0 = " + run::formatNumber(renoConfigOf(p).minRtoS * 1e3) + " ms): " +
        mbps(padhye) + " Mbit/s, " + run::formatNumber(std::round((1.0 - padhye / b.loss) * 1000) / 10) +
        "% below Mathis: timeouts explain little of a gap; random rather than periodic losses reshape the sawtooth");
  }
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
  // What each service parameter stands for in a real run's measurements: the master's time per
  // ACK as the ceiling sees it, the ACK's own time and its hand-off of the released segments.
  return run::measuredParams(p, r, {{"ack_cost_us", "fact:master_step_us_per_ack"}}, out);
}

std::string TcpLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  const model::TcpBounds b = model::tcpBounds(flowOf(p));
  if (mode == run::Mode::Real) {
    return run::phrase(
        "the real master also pays for polling rings and the clock, threads share cores, and the link emulator "
        "itself costs time; the %1 bound is the model's",
        {b.binding});
  }
  if (b.binding == "master" && p.num("loss_rate") > 0)
    return run::phrase(
        "random losses make Reno's mean window larger than Mathis' √(3/(2p)), and every extra segment in flight waits as an ACK at the master");
  if (b.binding == "link" && p.num("loss_rate") > 0)
    return run::phrase(
        "a random loss soon after a halving leaves the window below the pipe, and the link idles for a while");
  if (b.margin < 1.3)
    return run::phrase("two bounds are close, and the flow falls short of both where they meet");
  if (b.binding == "loss")
    return run::phrase(
        "losses come at random, not periodically as Mathis assumes, which changes the sawtooth's shape; timeouts (Padhye) explain only a few percent");
  if (b.binding == "link" && p.num("buffer_pkts") < bdpSegments(p)) {
    return run::phrase(
        "a buffer smaller than the bandwidth-delay product lets the link idle after each halving");
  }
  return run::phrase("slow start and the first losses are a transient; a longer run settles it");
}

}  // namespace amp::labs
