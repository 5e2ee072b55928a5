// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstring>
#include <span>

#include "amp/real/packet.h"
#include "amp/real/runtime.h"
#include "amp/real/runtime_replay.h"
#include "amp/real/toeplitz.h"
#include "amp/real/work_kernel.h"
#include "amp/run/phrase.h"
#include "steering/steering_flows.h"
#include "steering/steering_lab.h"

namespace amp::labs {

namespace {

using Clock = std::chrono::steady_clock;
using observe::Observation;
using observe::ObsKind;
using steering::Config;
using steering::Policy;

// Every packet of the run is built before it starts (as a NIC's DMA would have put it in memory),
// so the threads only read packet bytes. A packet is 20 + 8 + 100 bytes, one 128-byte slot.
constexpr std::size_t kPayloadBytes = 100;
constexpr std::size_t kSlotBytes = 128;
// 2 M packets: 256 MiB of packets plus their per-packet log; a longer schedule is cut.
constexpr std::size_t kMaxPackets = std::size_t{1} << 21;
constexpr std::int64_t kLateNs = 200'000;
// Between creating the threads and the first arrival, so no arrival is late only because the
// threads were still starting.
constexpr auto kLead = std::chrono::milliseconds(50);

void put32(std::uint8_t* p, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) p[i] = static_cast<std::uint8_t>(v >> (24 - 8 * i));
}
std::uint32_t get32(const std::uint8_t* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

/// The run's input: when each packet arrives, what it is, and its bytes.
struct Packets {
  std::vector<std::int64_t> atNs;  // scheduled arrival, ns since the epoch
  std::vector<std::uint32_t> flow, seq;
  std::vector<std::int64_t> processNs;
  std::vector<std::uint8_t> bytes;  // kSlotBytes per packet
  std::size_t size() const { return atNs.size(); }
  std::span<const std::uint8_t> packet(std::size_t i) const {
    return {bytes.data() + i * kSlotBytes, kSlotBytes};
  }
};

Packets buildPackets(const Config& c, std::uint64_t seed, double durationS, bool& cut) {
  Packets in;
  steering::PacketSchedule schedule(c, seed);
  cut = false;
  for (steering::PacketDraw d = schedule.next(); d.time < durationS; d = schedule.next()) {
    if (in.size() == kMaxPackets) {
      cut = true;
      break;
    }
    in.atNs.push_back(std::llround(d.time * 1e9));
    in.flow.push_back(d.flow);
    in.seq.push_back(d.seq);
    in.processNs.push_back(std::llround(d.processS * 1e9));
  }
  std::vector<real::FiveTuple> tuples(c.flows);
  for (std::uint32_t f = 0; f < c.flows; ++f) tuples[f] = steering::flowTuple(f);
  in.bytes.assign(in.size() * kSlotBytes, 0);
  std::array<std::uint8_t, kPayloadBytes> payload{};
  for (std::size_t i = 0; i < in.size(); ++i) {
    // The payload names its flow and sequence number; the rest is filler that varies per packet.
    put32(payload.data(), in.flow[i]);
    put32(payload.data() + 4, in.seq[i]);
    for (std::size_t b = 8; b < payload.size(); ++b) payload[b] = static_cast<std::uint8_t>(i * 131 + b * 7);
    real::writeIpv4Udp({in.bytes.data() + i * kSlotBytes, kSlotBytes}, tuples[in.flow[i]], payload,
                       static_cast<std::uint16_t>(in.seq[i]));
  }
  return in;
}

/// What the master reads from a packet to steer it: the IPv4 addresses and UDP ports, in the
/// byte order RSS hashes them (they are in network order in the header already).
std::uint32_t rssHashOfPacket(const real::ToeplitzHasher& hasher, const std::uint8_t* pkt) {
  std::array<std::uint8_t, 12> input;
  std::memcpy(input.data(), pkt + 12, 8);                          // source, destination address
  std::memcpy(input.data() + 8, pkt + real::kIpv4HeaderBytes, 4);  // source, destination port
  return hasher.hash(input);
}

/// A worker's view of one packet: parse, verify both checksums, read the payload's identity.
struct Parsed {
  bool ok = false;
  std::uint32_t flow = 0, seq = 0;
};
Parsed parsePacket(std::span<const std::uint8_t> pkt) {
  real::ParsedPacket p;
  Parsed out;
  if (!real::parseIpv4Udp(pkt, p) || !p.ipChecksumOk || !p.udpChecksumOk || p.payload.size() < 8) return out;
  out.ok = true;
  out.flow = get32(p.payload.data());
  out.seq = get32(p.payload.data() + 4);
  return out;
}

/// Median cost of `f` over a few thousand calls [ns]: the real per-packet work that the
/// calibrated spin does not need to add.
template <class F>
double medianCostNs(F f, std::size_t calls) {
  std::vector<double> samples;
  constexpr std::size_t kBatch = 64;
  for (std::size_t i = 0; i + kBatch <= calls; i += kBatch) {
    const auto t0 = Clock::now();
    for (std::size_t k = 0; k < kBatch; ++k) f(i + k);
    samples.push_back(std::chrono::duration<double, std::nano>(Clock::now() - t0).count() / kBatch);
  }
  if (samples.empty()) return 0.0;
  std::nth_element(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(samples.size() / 2),
                   samples.end());
  return samples[samples.size() / 2];
}

/// The master's routing state; only the master thread touches it.
class Router {
 public:
  explicit Router(const Config& c) : policy_(c.policy), reta_(c.workers), workers_(c.workers) {
    gapNs_ = static_cast<std::int64_t>(c.flowletGapS() * 1e9);
    if (policy_ == Policy::Flowlet) {
      flowWorker_.assign(c.flows, -1);
      lastNs_.assign(c.flows, 0);
    }
  }
  void setRuntime(const real::Runtime* rt) { rt_ = rt; }
  void noteHash(std::uint32_t h) { hash_ = h; }
  int route(std::uint32_t flow) {
    switch (policy_) {
      case Policy::RssHash:
        return reta_.queueFor(hash_);
      case Policy::RoundRobin: {
        const int w = next_;
        next_ = (next_ + 1) % workers_;
        return w;
      }
      case Policy::Jsq:
        return shortest();
      case Policy::Flowlet: {
        const std::int64_t now = rt_->nowNs();  // only flowlets need the clock
        if (flowWorker_[flow] < 0 || now - lastNs_[flow] > gapNs_) flowWorker_[flow] = shortest();
        lastNs_[flow] = now;
        return flowWorker_[flow];
      }
    }
    return 0;
  }

 private:
  // Fewest packets handed over and not finished; ties go round-robin, as in the simulation.
  int shortest() {
    int best = next_;
    for (int k = 1; k < workers_; ++k) {
      const int i = (next_ + k) % workers_;
      if (rt_->outstanding(i) < rt_->outstanding(best)) best = i;
    }
    next_ = (next_ + 1) % workers_;
    return best;
  }
  Policy policy_;
  real::RssIndirection reta_;
  int workers_;
  const real::Runtime* rt_ = nullptr;
  std::uint32_t hash_ = 0;
  int next_ = 0;
  std::int64_t gapNs_ = 0;
  std::vector<int> flowWorker_;
  std::vector<std::int64_t> lastNs_;
};

}  // namespace

run::RealOutcome SteeringLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                      observe::Recorder& rec) const {
  const Config c = Config::from(p);

  bool cut = false;
  const Packets in = buildPackets(c, ctl.seed, ctl.durationS, cut);
  const std::size_t n = in.size();

  const real::WorkKernel kernel = real::WorkKernel::calibrated().withClock(ctl.serviceClock);
  const real::ToeplitzHasher hasher;
  // The hash and the parse are real per-packet work; the calibrated spin adds only the rest of
  // steer_us and process_us, so a packet costs what the sliders say plus no double counting.
  const std::size_t probe = std::min<std::size_t>(n, 4096);
  volatile std::uint32_t sink = 0;
  const double hashNs =
      medianCostNs([&](std::size_t i) { sink = sink + rssHashOfPacket(hasher, in.packet(i).data()); }, probe);
  const double parseNs =
      medianCostNs([&](std::size_t i) { sink = sink + parsePacket(in.packet(i)).seq; }, probe);
  const auto steerSpinNs = std::max<std::int64_t>(0, std::llround(c.steerS * 1e9 - hashNs));

  real::RuntimeConfig cfg;
  cfg.placeOn(real::HostState::probe(), c.workers, kLead);  // the host probed before our threads exist
  cfg.dispatch = real::Dispatch::Chosen;
  cfg.inputCapacity = Config::kMasterRxSlots;
  cfg.inputFull = real::FullPolicy::Drop;
  cfg.ringCapacity = static_cast<std::size_t>(c.ringSlots);
  cfg.ringLimit = static_cast<std::size_t>(c.ringSlots);
  cfg.ringFull = real::FullPolicy::Drop;
  cfg.logCapacity = n;
  cfg.harness.cancel = ctl.cancel;
  cfg.harness.feed = ctl.feed;
  cfg.harness.seed = ctl.seed;

  // Per-worker tallies, each written by its own worker only and read after the join.
  struct alignas(64) WorkerTally {
    std::uint64_t bad = 0, mismatched = 0;
  };
  std::vector<WorkerTally> tally(static_cast<std::size_t>(c.workers));
  Router router(c);
  const std::atomic<bool>* stop = nullptr;  // set before start(): thread creation publishes it
  real::RuntimeHooks hooks;
  hooks.master = [&](std::uint64_t id) {
    router.noteHash(rssHashOfPacket(hasher, in.packet(id).data()));
    kernel.run(steerSpinNs, stop);
  };
  hooks.route = [&](std::uint64_t id) { return router.route(in.flow[id]); };
  hooks.worker = [&](int w, std::uint64_t id) {
    const Parsed pk = parsePacket(in.packet(id));
    WorkerTally& t = tally[static_cast<std::size_t>(w)];
    if (!pk.ok) ++t.bad;
    if (pk.ok && (pk.flow != in.flow[id] || pk.seq != in.seq[id])) ++t.mismatched;
    kernel.run(std::max<std::int64_t>(0, in.processNs[id] - std::llround(parseNs)), stop);
  };
  real::Runtime runtime(std::move(cfg), hooks);
  stop = &runtime.stopFlag();
  router.setRuntime(&runtime);
  std::vector<std::uint16_t> workerStations;  // each worker is a station of its own
  for (int w = 0; w < c.workers; ++w) workerStations.push_back(static_cast<std::uint16_t>(kFirstWorker + w));
  runtime.setWorkerStations(std::move(workerStations));
  runtime.sampleDepths(ctl.live, kMaster);  // the master's receive queue (the stream comes after)
  runtime.receiveOnMaster(in.atNs);         // packets arrive as from a NIC: no generator thread to wake late
  runtime.start();
  // Rings are bounded, so what is in the system drains within ring_slots × process_us per
  // worker; the limit only guards against a stuck thread.
  const real::DriveResult end = runtime.drive(std::max(1.0, ctl.durationS));

  // Reordering is judged in completion order: a packet is late when its flow already delivered
  // a higher sequence number.
  std::vector<std::int64_t> highest(c.flows, -1);
  std::uint64_t reordered = 0;
  const std::int64_t last = real::replayRuntime(
      in.atNs, runtime.log(), {kSource, kMaster, kFirstWorker, kSink, true, true}, rec, [&](Observation& o) {
        if (o.kind != ObsKind::State || o.station != kSink) return;
        std::int64_t& top = highest[in.flow[o.entity]];
        const bool late = static_cast<std::int64_t>(in.seq[o.entity]) < top;
        if (!late) top = in.seq[o.entity];
        reordered += late ? 1 : 0;
        o.value = late ? 1.0 : 0.0;
        rec.outputs().addAt(kLatePackets, o.timeNs, late ? 1.0 : 0.0);
        rec.outputs().addAt(kCheckedPackets, o.timeNs);
      });

  real::HonestOutcome& honest = runtime.harness().outcome();
  honest.noteLoad(end.load, kLateNs, "packets");
  honest.noteKernel(kernel);
  real::RunReport& r = honest.report();
  if (cut && !end.load.endedEarly)  // a precision-driven run that ended early never reached the cut
    r.warnings.push_back(
        run::phrase("the schedule was cut to its first %1 packets (memory for the packets and their log)",
                    {std::to_string(kMaxPackets)}));
  std::uint64_t bad = 0, mismatched = 0;
  for (const auto& t : tally) {
    bad += t.bad;
    mismatched += t.mismatched;
  }
  if (bad > 0 || mismatched > 0)
    r.warnings.push_back(
        run::phrase("%1 packets failed their checksums and %2 carried another packet's identity",
                    {std::to_string(bad), std::to_string(mismatched)}));
  runtime.reportMasterFacts(r);
  if (r.facts.count("master_service_measured_ns") != 0)
    r.facts["master_step_ns"] = r.facts["master_service_measured_ns"] + r.facts["master_handoff_ns"];
  r.facts["packets_scheduled"] = static_cast<double>(n);
  r.facts["packets_emitted"] = static_cast<double>(end.load.emitted);
  r.facts["packets_delivered"] = static_cast<double>(runtime.completed());
  r.facts["master_drops"] = static_cast<double>(runtime.inputDrops());
  r.facts["ring_drops"] = static_cast<double>(runtime.ringDrops());
  r.facts["reordered_packets"] = static_cast<double>(reordered);
  r.facts["bad_checksums"] = static_cast<double>(bad);
  r.facts["identity_mismatches"] = static_cast<double>(mismatched);
  r.facts["toeplitz_hash_ns"] = hashNs;
  r.facts["parse_checksum_ns"] = parseNs;
  run::RealOutcome out(honest.finish());
  out.endNs = end.cancelled
                  ? std::max<std::int64_t>(last, 0)
                  : std::max<std::int64_t>(
                        last, real::loadEndNs(
                                  end.load, cut ? static_cast<double>(in.atNs.back()) / 1e9 : ctl.durationS));
  return out;
}

}  // namespace amp::labs
