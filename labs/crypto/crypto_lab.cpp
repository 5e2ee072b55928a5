// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "crypto/crypto_lab.h"

#include <cmath>
#include <map>

#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"

namespace amp::labs {

using run::MetricSource;
using run::Scale;

run::LabInfo CryptoLab::info() const {
  return {
      "crypto", "Crypto: the master as cryptographic gatekeeper", "Security and safety",
      "How many clients can one key-holding core serve, and what does isolation cost?",
      "Sweep the clients: throughput climbs along N/(D + Z) while the gatekeeper idles, bends at the knee "
      "N* = (D + Z)/D and flattens at 1/D, where each new client only adds its signature time to everyone's "
      "response. With exponential signing times the simulation sits on the MVA curve; with constant ones it "
      "queues less near the knee. In real mode compare the two isolations: in thread isolation a worker "
      "thread finds the signing key in its own address space (the run says where), in process isolation "
      "the same scan comes back empty while it finds the key in the gatekeeper's process, and the measured "
      "D shows what the process boundary costs per signature."};
}

std::vector<run::ParamSpec> CryptoLab::params() const {
  return {
      run::integerParam("clients", "Clients", "", 1, kMaxClients, 16)
          .withScale(Scale::Log)
          .withHelp(
              "Clients in the closed loop (N). Each thinks, asks the gatekeeper for one signature, waits "
              "for it, and thinks again: never more than N requests are out."),
      run::realParam("think_ms", "Think time", "ms", 0, 1000, 1)
          .withHelp("Mean time a client spends between a signature and its next request (Z), exponential. In "
                    "real mode the clients sleep it; the run measures what they really spent."),
      run::realParam("sign_us", "Signing time", "µs", 1, 100000, 50)
          .withScale(Scale::Log)
          .withHelp(
              "The gatekeeper's time per signature (D), in the model and the simulation. The real engine "
              "measures its own: a real signature plus, with process isolation, the round trip between "
              "processes."),
      run::choiceParam("sign_dist", "Signing time distribution", {"exp", "det"}, "exp")
          .withHelp("exp: exponential signing times, for which the MVA is exact. det: constant ones, as real "
                    "signing nearly is; the MVA is then an approximation, worst near the knee."),
      run::choiceParam("algorithm", "Algorithm (real mode)", {"ed25519", "hmac_sha256"}, "ed25519")
          .withHelp(
              "What the real gatekeeper computes with libsodium: an Ed25519 signature, which any client "
              "checks with the public key, or an HMAC-SHA256 tag, which only the key's holder can check."),
      run::choiceParam("isolation", "Isolation (real mode)", {"thread", "process"}, "process")
          .withHelp("Where the real gatekeeper keeps the key: in a thread of the clients' own process "
                    "(thread), or in a process of its own that the clients reach through shared-memory rings "
                    "(process)."),
  };
}

std::vector<run::MetricSpec> CryptoLab::metrics() const {
  return {
      run::metricSpec("throughput", "Signatures per second", "1/s", MetricSource::Throughput)
          .withHelp("Signatures the clients receive per second (X)."),
      run::metricSpec("response_ms", "Response time", "ms", MetricSource::Sojourn)
          .scaledBy(1e-6)
          .withPercentiles()
          .withHelp(
              "From a client's request to its signature (R): waiting for the gatekeeper and signing, and "
              "in real mode the hand-over both ways."),
      run::metricSpec("master_util", "Gatekeeper utilization", "", MetricSource::Utilization, kGatekeeper)
          .withHelp("Share of the time the gatekeeper is signing (U = X·D)."),
      run::metricSpec("verified", "All signatures valid", "", MetricSource::Output)
          .realModeOnly()
          .withHelp(
              "Real mode: 1 when every signature was checked and valid (Ed25519: by the clients with the "
              "public key; HMAC: by the gatekeeper, the only holder of the key), else 0."),
      run::metricSpec("sign_measured_us", "Signing time, measured", "µs", MetricSource::Output)
          .realModeOnly()
          .withHelp(
              "Real mode: D as measured, the gatekeeper's time per signature plus the hand-over round trip "
              "(between processes with process isolation). The model's value is the sign_us it assumed."),
      run::metricSpec("ipc_us", "Hand-over round trip", "µs", MetricSource::Output)
          .realModeOnly()
          .withHelp(
              "Real mode: the time a request and its signature spend travelling between a client and the "
              "gatekeeper (through shared-memory rings, and the wake-ups), both ways, queueing left out."),
      run::metricSpec("key_in_workers", "Key found in the workers' memory", "", MetricSource::Output)
          .realModeOnly()
          .withHelp("Real mode: 1 when a scan of the address space the client threads run in found the key's "
                    "secret bytes (thread isolation: it does), 0 when it did not."),
  };
}

std::vector<run::ModelValueSpec> CryptoLab::modelValues() const {
  return {
      {"max_throughput", "Ceiling 1/D", "1/s", "The gatekeeper's capacity: one signature per D."},
      {"light_throughput", "Light-load line N/(D + Z)", "1/s",
       "What N clients ask for when nobody waits: each cycle lasts D + Z."},
      {"bound_throughput", "Throughput bound", "1/s", "min(N/(D + Z), 1/D): the asymptotes."},
      {"knee", "Knee N*", "clients", "(D + Z)/D: where the two asymptotes cross."},
      {"min_response_ms", "Response without queueing (D)", "ms",
       "A lone client waits only for its own signature."},
      {"bound_response_ms", "Response bound", "ms", "max(D, N·D − Z): the response time's asymptotes."},
      {"cycle_ms", "Cycle time R + Z", "ms", "One round of a client: think, ask, wait (= N/X)."},
      {"queue", "Requests at the gatekeeper", "", "Q(N) = X·R: waiting or being signed."},
  };
}

std::vector<run::ChartSpec> CryptoLab::charts() const {
  return {
      run::chartSpec("throughput_vs_clients", "Throughput against clients", run::ChartKind::SweepCurve,
                     {"throughput"})
          .withSweep("clients", 1, 64, 16)
          .withReference("max_throughput")
          .withXReference("knee")
          .withAxes("clients N", "signatures per second"),
      run::chartSpec("response_vs_clients", "Response time against clients", run::ChartKind::SweepCurve,
                     {"response_ms"})
          .withSweep("clients", 1, 64, 16)
          .withReference("min_response_ms")
          .withXReference("knee")
          .withAxes("clients N", "mean response [ms]"),
      run::chartSpec("histogram", "Response time distribution", run::ChartKind::Histogram, {"response_ms"})
          .withSeries("response_ms")
          .withLogX()
          .withAxes("response [ms]", "requests"),
      // isolation is a choice: one point each. The model and the simulation do not know it; the real
      // engine pays for it.
      run::chartSpec("isolation_compare", "What isolation costs: thread or process",
                     run::ChartKind::SweepCurve, {"response_ms"})
          .withSweep("isolation", 0, 1, 2)
          .withAxes("isolation", "mean response [ms]"),
  };
}

std::vector<run::PanelSpec> CryptoLab::panels() const {
  return {run::flowPanel(), run::ceilingPanel(kGatekeeper, "master_util", "max_throughput")};
}

std::vector<run::Exercise> CryptoLab::exercises() const {
  const std::map<std::string, std::string> none;
  const std::map<std::string, std::string> many{{"clients", "64"}};
  const std::map<std::string, std::string> knee{{"clients", "21"}};
  const std::map<std::string, std::string> kneeDet{{"clients", "21"}, {"sign_dist", "det"}};
  const auto at = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::modelAt(*this, setup, key));
  };
  const auto set = [this](const std::map<std::string, std::string>& setup, const std::string& key) {
    return run::threeFigures(run::paramsWith(params(), setup).num(key));
  };
  return {
      {"ceiling",
       "The gatekeeper signs in D = " + set(none, "sign_us") +
           " µs; clients think Z = " + set(none, "think_ms") + " ms. With " + set(many, "clients") +
           " clients, how many signatures per second does it deliver?",
       many, "throughput", run::Mode::Model, 0.05,
       "Past the knee N* = (D + Z)/D = " + at(many, "knee") +
           " the gatekeeper never idles, so the throughput is its ceiling 1/D = " +
           at(many, "max_throughput") + " per second; the MVA gives " + at(many, "throughput") +
           ". Every client beyond N* only lengthens the queue: the response time is now " +
           at(many, "response_ms") + " ms against D = " + at(many, "min_response_ms") + " ms alone."},
      {"knee_response",
       "Set " + set(knee, "clients") +
           " clients, about the knee. Predict the mean response time in ms (exponential signing times); a "
           "simulation grades it.",
       knee, "response_ms", run::Mode::Sim, 0.1,
       "The MVA adds one client at a time: R(n) = D·(1 + Q(n−1)). At N = " + set(knee, "clients") +
           " it gives " + at(knee, "response_ms") + " ms, with " + at(knee, "queue") +
           " requests at the gatekeeper on average and utilization " + at(knee, "master_util") +
           ". The asymptotes alone would say max(D, N·D − Z) = " + at(knee, "bound_response_ms") +
           " ms: at the knee randomness, not the average load, makes the queue."},
      {"constant_signing",
       "Signing is nearly constant-time. Keep " + set(kneeDet, "clients") +
           " clients and set constant signing times (det). Predict the mean response time in ms; a simulation "
           "grades it.",
       kneeDet, "response_ms", run::Mode::Sim, 0.2,
       "The MVA does not know the distribution: it still says " + at(kneeDet, "response_ms") +
           " ms, exact only for exponential times. Constant signing times queue less: the simulation lands "
           "between the MVA and the asymptote " +
           at(kneeDet, "bound_response_ms") +
           " ms. Far below or far past the knee the difference fades; near it, it is largest."},
      {"real_gatekeeper",
       "Run the defaults on the real engine (Ed25519 with libsodium; the gatekeeper is a process of its own and "
       "alone holds the key). Predict the gatekeeper's utilization.",
       none, "master_util", run::Mode::Real, 0.3,
       "The model says U = X·D = " + at(none, "master_util") + " for D = " + set(none, "sign_us") +
           " µs. The real run measures its own D: an Ed25519 signature on this CPU, the key's page unlocked and "
           "locked again around it, and the gatekeeper's side of the hand-over between the processes; the "
           "verdict shows the model at the measured D and think time (the messages' transit counted with it). Every signature is verified by the clients with the public key, and "
           "a scan of the clients' memory shows the key is not there."},
  };
}

run::Topology CryptoLab::topology(const run::Params& p) const {
  run::Topology g;
  const int clients = p.has("clients") ? p.integer("clients") : 16;
  auto c = boost::add_vertex({"clients", run::StationRole::Delay, clients, 0, 0.2, 0.5, false}, g);
  auto k = boost::add_vertex({"gatekeeper", run::StationRole::Queue, 1, 0, 0.75, 0.5, true}, g);
  boost::add_edge(c, k, {"request", 1.0}, g);
  boost::add_edge(k, c, {"signature", 1.0}, g);
  return g;
}

std::string CryptoLab::likelyDeviation(const run::Params& p, run::Mode mode) const {
  if (mode == run::Mode::Real)
    return run::phrase(
        "the real signing time, hand-over and think times are what this machine does, not the parameters (the "
        "verdict shows the model at the measured ones), and real signing times are nearly constant, which "
        "queues less than the MVA assumes near the knee");
  if (p.text("sign_dist") != "exp")
    return run::phrase(
        "constant signing times: the MVA is exact only for exponential ones and overstates the queue near the "
        "knee N*");
  return run::phrase("the MVA is exact here: a difference is sampling noise or too short a run");
}

bool CryptoLab::measuredParams(const run::Params& p, const run::RunResult& r, run::Params& out) const {
  // D as the real run measured it: the gatekeeper's whole time per signature (the signature, the
  // key's page unlocked and locked, its side of the hand-over: the ring and the client's wake-up
  // call). The transit of the messages is a delay, not demand — the gatekeeper serves others
  // meanwhile — so it joins the think time the clients really spent (a sleep ends late on a busy host).
  return run::measuredParams(
      p, r, {{"sign_us", "fact:sign_us_measured"}, {"think_ms", "fact:cycle_delay_ms_measured"}}, out);
}

std::optional<run::HostFit> CryptoLab::hostFit() const {
  // Nothing to shrink. The N clients are not seats: one seat drives them all, asleep between think
  // deadlines and responses, so N does not count against the cores; only the gatekeeper must have a
  // core of its own, and the client seat gets the second where there is one (it timestamps every
  // response). A machine with one core runs both, without spinning, and the run says so.
  return std::nullopt;
}

run::RealOutcome CryptoLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                    observe::Recorder& rec) const {
  return crypto::runReal(p, ctl, rec);
}

}  // namespace amp::labs
