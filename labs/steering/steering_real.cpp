// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <queue>
#include <span>
#include <thread>

#include "amp/real/cpu_topology.h"
#include "amp/real/load_generator.h"
#include "amp/real/packet.h"
#include "amp/real/pin.h"
#include "amp/real/placement.h"
#include "amp/real/runtime.h"
#include "amp/real/toeplitz.h"
#include "amp/real/work_kernel.h"
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

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

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

Packets buildPackets(const Config& c, std::uint64_t seed, double durationS, double slow, bool& cut) {
  Packets in;
  steering::PacketSchedule schedule(c, seed);
  cut = false;
  for (steering::PacketDraw d = schedule.next(); d.time < durationS; d = schedule.next()) {
    if (in.size() == kMaxPackets) {
      cut = true;
      break;
    }
    in.atNs.push_back(std::llround(d.time * slow * 1e9));
    in.flow.push_back(d.flow);
    in.seq.push_back(d.seq);
    in.processNs.push_back(std::llround(d.processS * slow * 1e9));
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
  Router(const Config& c, double slow) : policy_(c.policy), reta_(c.workers), workers_(c.workers) {
    gapNs_ = static_cast<std::int64_t>(c.flowletGapS() * slow * 1e9);
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

/// One packet's records in time order. The reorder verdict (the State at the sink) is decided
/// only when the merge reaches the packet's completion, in completion order across workers.
struct PacketEvents {
  std::array<Observation, 11> ev;
  std::uint8_t n = 0, next = 0;
  std::int8_t verdictAt = -1;  // index of the State record still to be decided

  void add(std::int64_t t, std::uint64_t id, ObsKind kind, std::uint16_t station, double value, int core) {
    if (n > 0) t = std::max(t, ev[n - 1].timeNs);  // two CPUs' clocks may disagree by a few ns
    Observation& o = ev[n++];
    o.timeNs = t;
    o.entity = id;
    o.kind = kind;
    o.station = station;
    o.value = std::max(0.0, value);
    o.core = static_cast<std::int16_t>(core);
  }
};

PacketEvents eventsOf(std::uint64_t id, std::int64_t sched, const real::ItemTimes& it) {
  PacketEvents r;
  if (it.submitted < 0) return r;  // the run ended before its arrival
  r.add(sched, id, ObsKind::Arrive, SteeringLab::kSource, 0, it.submitCpu);
  if (it.dropped == 1) {  // the master's receive ring was full
    r.add(it.submitted, id, ObsKind::Drop, SteeringLab::kMaster, 0, it.submitCpu);
    return r;
  }
  r.add(sched, id, ObsKind::Enqueue, SteeringLab::kMaster, 0, it.submitCpu);
  if (it.masterStart < 0) return r;
  r.add(it.masterStart, id, ObsKind::Start, SteeringLab::kMaster, double(it.masterStart - sched),
        it.masterCpu);
  if (it.masterFinish < 0) return r;
  r.add(it.masterFinish, id, ObsKind::Finish, SteeringLab::kMaster, double(it.masterFinish - it.masterStart),
        it.masterCpu);
  if (it.worker < 0) return r;
  const auto station = static_cast<std::uint16_t>(SteeringLab::kFirstWorker + it.worker);
  if (it.dropped == 2) {  // the chosen worker's ring was full
    r.add(it.handedOff, id, ObsKind::Drop, station, 0, it.masterCpu);
    return r;
  }
  if (it.handedOff < 0) return r;
  // A polling worker can take the packet before the master's clock read after the push.
  const std::int64_t enq = it.workerStart >= 0 ? std::min(it.handedOff, it.workerStart) : it.handedOff;
  r.add(enq, id, ObsKind::Handoff, station, double(it.handedOff - it.masterFinish), it.masterCpu);
  r.add(enq, id, ObsKind::Enqueue, station, 0, it.masterCpu);
  if (it.workerStart < 0) return r;
  r.add(it.workerStart, id, ObsKind::Start, station, double(it.workerStart - enq), it.workerCpu);
  if (it.workerFinish < 0) return r;
  r.add(it.workerFinish, id, ObsKind::Finish, station, double(it.workerFinish - it.workerStart),
        it.workerCpu);
  r.verdictAt = static_cast<std::int8_t>(r.n);
  r.add(it.workerFinish, id, ObsKind::State, SteeringLab::kSink, 0, it.workerCpu);
  r.add(it.workerFinish, id, ObsKind::Depart, SteeringLab::kSink, double(it.workerFinish - sched),
        it.workerCpu);
  return r;
}

/// Merge every packet's records into one time-ordered stream (a heap holds the next record of
/// each packet in the system, so memory follows the packets in flight, not the run length), and
/// count reordering in completion order. Returns the last record's time.
std::int64_t replay(const Packets& in, const std::vector<real::ItemTimes>& log, std::uint32_t flows,
                    observe::Recorder& rec, std::uint64_t& reordered) {
  struct Head {
    std::int64_t time;
    std::uint64_t seq;
    std::size_t slot;
    bool operator>(const Head& o) const { return time != o.time ? time > o.time : seq > o.seq; }
  };
  std::priority_queue<Head, std::vector<Head>, std::greater<>> heap;
  std::vector<PacketEvents> slots;
  std::vector<std::size_t> freeSlots;
  std::vector<std::int64_t> highest(flows, -1);
  std::uint64_t order = 0;
  std::int64_t last = 0;
  std::size_t next = 0;
  const std::size_t n = std::min(in.size(), log.size());
  reordered = 0;
  for (;;) {
    if (next < n && (heap.empty() || in.atNs[next] <= heap.top().time)) {
      PacketEvents r = eventsOf(next, in.atNs[next], log[next]);
      ++next;
      if (r.n == 0) continue;
      std::size_t slot = slots.size();
      if (freeSlots.empty()) {
        slots.push_back(r);
      } else {
        slot = freeSlots.back();
        freeSlots.pop_back();
        slots[slot] = r;
      }
      heap.push({r.ev[0].timeNs, order++, slot});
      continue;
    }
    if (heap.empty()) break;
    const Head h = heap.top();
    heap.pop();
    PacketEvents& r = slots[h.slot];
    Observation o = r.ev[r.next];
    if (r.next == r.verdictAt) {
      const std::size_t id = o.entity;
      std::int64_t& top = highest[in.flow[id]];
      const bool late = static_cast<std::int64_t>(in.seq[id]) < top;
      if (!late) top = in.seq[id];
      reordered += late ? 1 : 0;
      o.value = late ? 1.0 : 0.0;
    }
    ++r.next;
    rec.record(o);
    last = std::max(last, o.timeNs);
    if (r.next < r.n) {
      heap.push({r.ev[r.next].timeNs, order++, h.slot});
    } else {
      freeSlots.push_back(h.slot);
    }
  }
  return last;
}

std::string cpuList(const std::vector<int>& cpus) {
  std::string s;
  for (int c : cpus) s += (s.empty() ? "" : ", ") + std::to_string(c);
  return s;
}

}  // namespace

run::RealOutcome SteeringLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                      observe::Recorder& rec) const {
  run::RealOutcome out;
  const Config c = Config::from(p);
  const double slow = ctl.slowMotion > 0 ? ctl.slowMotion : 1.0;

  bool cut = false;
  const Packets in = buildPackets(c, ctl.seed, ctl.durationS, slow, cut);
  const std::size_t n = in.size();
  if (cut)
    out.warnings.push_back("the schedule was cut to its first " + std::to_string(kMaxPackets) +
                           " packets (memory for the packets and their log)");

  const real::WorkKernel& kernel = real::WorkKernel::calibrated();
  const real::ToeplitzHasher hasher;
  // The hash and the parse are real per-packet work; the calibrated spin adds only the rest of
  // steer_us and process_us, so a packet costs what the sliders say plus no double counting.
  const std::size_t probe = std::min<std::size_t>(n, 4096);
  volatile std::uint32_t sink = 0;
  const double hashNs =
      medianCostNs([&](std::size_t i) { sink = sink + rssHashOfPacket(hasher, in.packet(i).data()); }, probe);
  const double parseNs =
      medianCostNs([&](std::size_t i) { sink = sink + parsePacket(in.packet(i)).seq; }, probe);
  const auto steerSpinNs = std::max<std::int64_t>(0, std::llround(c.steerS * slow * 1e9 - hashNs));

  const real::CpuTopology topo = real::CpuTopology::probe();
  const int cores = static_cast<int>(topo.usableCpus().size());
  const real::Placement placement = real::planPlacement(topo, c.workers, real::PlacementPolicy::MasterApart);
  std::vector<run::ThreadPlacement> planned;
  planned.push_back({"master", placement.masterCpu, false, {}});
  for (int w = 0; w < c.workers; ++w)
    planned.push_back(
        {"worker " + std::to_string(w), placement.workerCpus[static_cast<std::size_t>(w)], false, {}});
  const real::Oversubscription over = real::checkOversubscription(planned, cores);

  real::RuntimeConfig cfg;
  cfg.workers = c.workers;
  cfg.dispatch = real::Dispatch::Chosen;
  cfg.inputCapacity = Config::kMasterRxSlots;
  cfg.inputFull = real::FullPolicy::Drop;
  cfg.ringCapacity = static_cast<std::size_t>(c.ringSlots);
  cfg.ringLimit = static_cast<std::size_t>(c.ringSlots);
  cfg.ringFull = real::FullPolicy::Drop;
  cfg.placement = placement;
  cfg.logCapacity = n;
  // Polling threads sharing a core would steal it from the thread doing the work.
  cfg.spinNs = over.oversubscribed ? 0 : 500'000;
  cfg.epoch = Clock::now() + kLead;
  const Clock::time_point epoch = cfg.epoch;

  // Per-worker tallies, each written by its own worker only and read after the join.
  struct alignas(64) WorkerTally {
    std::uint64_t bad = 0, mismatched = 0;
  };
  std::vector<WorkerTally> tally(static_cast<std::size_t>(c.workers));
  Router router(c, slow);
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
  real::Runtime runtime(cfg, hooks);
  stop = &runtime.stopFlag();
  router.setRuntime(&runtime);
  runtime.start();

  std::atomic<bool> genStop{false}, genDone{false};
  real::LoadStats gen;
  run::ThreadPlacement genPlace{"generator", placement.lightCpu, false, {}};
  real::CpusSeen genSeen;
  std::thread generator([&] {
    if (placement.lightCpu >= 0) genPlace.pinned = real::pinThread(placement.lightCpu).ok;
    genSeen.noteCurrent();
    real::OpenLoopGenerator g(in.atNs, epoch, kLateNs);
    gen = g.run(
        [&](std::size_t i, std::int64_t) {
          genSeen.noteCurrent();
          return runtime.submit(i);
        },
        genStop);
    genDone.store(true, std::memory_order_release);  // release: `gen` is complete
  });

  // Live samples for the animation: the master's receive queue (the full stream comes after).
  std::atomic<bool> samplerStop{false};
  std::thread sampler;
  if (ctl.live != nullptr) {
    sampler = std::thread([&] {
      while (!samplerStop.load(std::memory_order_relaxed)) {
        Observation o;
        o.timeNs = runtime.nowNs();
        o.kind = ObsKind::State;
        o.station = kMaster;
        o.value = static_cast<double>(runtime.depths().master);
        ctl.live->observe(o);
        std::this_thread::sleep_for(std::chrono::milliseconds(16));
      }
    });
  }

  bool cancelled = false;
  while (!genDone.load(std::memory_order_acquire)) {
    if (ctl.cancelled()) {
      cancelled = true;
      break;
    }
    if (runtime.stopping()) break;  // a hook failed
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  if (cancelled || runtime.stopping()) {
    genStop.store(true, std::memory_order_relaxed);
    runtime.cancel();
    generator.join();
  } else {
    generator.join();
    runtime.closeInput();
    // Rings are bounded, so what is in the system drains within ring_slots × process_us per
    // worker; the limit only guards against a stuck thread.
    const auto deadline = Clock::now() + std::chrono::duration<double>(std::max(1.0, ctl.durationS) * slow);
    while (!runtime.waitFor(2'000'000)) {
      if (ctl.cancelled()) {
        cancelled = true;
        break;
      }
      if (Clock::now() > deadline) break;
    }
    runtime.cancel();  // joins; a no-op stop when everything already ended
  }
  samplerStop.store(true, std::memory_order_relaxed);
  if (sampler.joinable()) sampler.join();

  // ---- outcome -------------------------------------------------------------------------------
  out.error = runtime.error();
  out.placements = runtime.placements();
  genPlace.cpusSeen = genSeen.cpus();
  if (genPlace.pinned && genPlace.cpusSeen != std::vector<int>{genPlace.requestedCpu})
    genPlace.pinned = false;
  out.placements.push_back(genPlace);
  const real::Oversubscription seen =
      real::checkOversubscription({out.placements.begin(), out.placements.end() - 1}, cores);
  out.oversubscribed = seen.oversubscribed || over.oversubscribed;
  if (out.oversubscribed) out.warnings.push_back(seen.oversubscribed ? seen.message : over.message);
  for (const auto& pl : out.placements)
    if (pl.requestedCpu >= 0 && !pl.pinned)
      out.warnings.push_back(pl.thread + " asked for CPU " + std::to_string(pl.requestedCpu) +
                             " but ran on CPU " + cpuList(pl.cpusSeen));
  if (gen.late > 0)
    out.warnings.push_back(std::to_string(gen.late) + " of " + std::to_string(gen.emitted) +
                           " packets left the generator more than " + fmt("%.0f", kLateNs / 1e3) +
                           " µs after their scheduled time (worst " + fmt("%.0f", gen.maxLatenessNs / 1e3) +
                           " µs); their latency still counts from the scheduled time");
  if (topo.hypervisor)
    out.warnings.push_back(
        "virtual machine: the hypervisor can stop any thread at any time, so real timings "
        "include its noise");

  std::uint64_t bad = 0, mismatched = 0;
  for (const auto& t : tally) {
    bad += t.bad;
    mismatched += t.mismatched;
  }
  if (bad > 0 || mismatched > 0)
    out.warnings.push_back(std::to_string(bad) + " packets failed their checksums and " +
                           std::to_string(mismatched) + " carried another packet's identity");

  double masterServiceNs = 0.0;
  std::uint64_t served = 0;
  for (const auto& it : runtime.log())
    if (it.masterFinish >= 0 && it.masterStart >= 0) {
      masterServiceNs += static_cast<double>(it.masterFinish - it.masterStart);
      ++served;
    }
  if (served > 0) masterServiceNs /= static_cast<double>(served);

  std::uint64_t reordered = 0;
  const std::int64_t last = replay(in, runtime.log(), c.flows, rec, reordered);
  out.endNs = std::max<std::int64_t>(last, std::llround(ctl.durationS * slow * 1e9));
  if (cancelled) out.endNs = std::max<std::int64_t>(last, 0);

  out.facts["packets_scheduled"] = static_cast<double>(n);
  out.facts["packets_emitted"] = static_cast<double>(gen.emitted);
  out.facts["packets_delivered"] = static_cast<double>(runtime.completed());
  out.facts["master_drops"] = static_cast<double>(runtime.inputDrops());
  out.facts["ring_drops"] = static_cast<double>(runtime.ringDrops());
  out.facts["reordered_packets"] = static_cast<double>(reordered);
  out.facts["bad_checksums"] = static_cast<double>(bad);
  out.facts["identity_mismatches"] = static_cast<double>(mismatched);
  out.facts["toeplitz_hash_ns"] = hashNs;
  out.facts["parse_checksum_ns"] = parseNs;
  out.facts["master_handoff_ns"] = runtime.meanHandoffNs();
  out.facts["late_arrivals"] = static_cast<double>(gen.late);
  out.facts["calibration_error"] = kernel.calibrationError();
  if (served > 0) {
    out.facts["master_service_measured_ns"] = masterServiceNs;
    out.facts["master_ceiling_per_s"] = 1e9 / (masterServiceNs + runtime.meanHandoffNs());
  }
  out.labels["asymmetry"] = "none";
  std::string where = "master CPU " + std::to_string(placement.masterCpu) + "; workers CPU";
  for (std::size_t w = 0; w < placement.workerCpus.size(); ++w)
    where += (w == 0 ? " " : ", ") + std::to_string(placement.workerCpus[w]);
  out.labels["placement"] = where + "; generator CPU " + std::to_string(placement.lightCpu);
  out.labels["cpu_model"] = topo.modelName;
  return out;
}

}  // namespace amp::labs
