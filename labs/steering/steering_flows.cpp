// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "steering/steering_flows.h"

#include <stdexcept>

namespace amp::labs::steering {

namespace {

std::uint64_t splitmix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

}  // namespace

Policy parsePolicy(const std::string& name) {
  if (name == "rss_hash") return Policy::RssHash;
  if (name == "round_robin") return Policy::RoundRobin;
  if (name == "jsq") return Policy::Jsq;
  if (name == "flowlet") return Policy::Flowlet;
  throw std::invalid_argument("policy must be one of rss_hash|round_robin|jsq|flowlet, not '" + name + "'");
}

Config Config::from(const run::Params& p) {
  Config c;
  c.packetRate = p.num("packet_rate");
  c.onOff = p.text("burst") == "onoff";
  c.flows = static_cast<std::uint32_t>(p.integer("flows"));
  c.zipfS = p.num("zipf_s");
  c.steerS = p.num("steer_us") * 1e-6;
  c.processS = p.num("process_us") * 1e-6;
  c.processDist = p.text("process_dist");
  c.workers = p.integer("workers");
  c.ringSlots = p.integer("ring_slots");
  c.policy = parsePolicy(p.text("policy"));
  return c;
}

real::FiveTuple flowTuple(std::uint32_t flow) {
  // Clients in 10.0.0.0/8 talking to one server at 192.168.0.1:443 over UDP (think QUIC).
  const std::uint64_t h = splitmix(0x57ee1u + flow);
  real::FiveTuple t;
  t.srcIp = 0x0A000000u | static_cast<std::uint32_t>(h & 0xFFFFFFu);
  t.dstIp = 0xC0A80001u;
  t.srcPort = static_cast<std::uint16_t>(1024 + (h >> 24) % 64000);
  t.dstPort = 443;
  t.protocol = 17;
  return t;
}

std::vector<int> rssWorkerMap(std::uint32_t flows, int workers) {
  const real::ToeplitzHasher hasher;
  const real::RssIndirection reta(workers);
  std::vector<int> map(flows);
  for (std::uint32_t f = 0; f < flows; ++f)
    map[f] = reta.queueFor(hasher.hash(real::rssInputIpv4(flowTuple(f))));
  return map;
}

namespace {

sim::ArrivalStream makeStream(const Config& c, std::uint64_t seed) {
  sim::ArrivalStream s(seed,
                       c.onOff ? sim::ArrivalStream::Process::OnOff : sim::ArrivalStream::Process::Poisson,
                       c.packetRate, {sim::serviceDist(c.processDist, c.processS)});
  if (c.onOff) s.setOnOff(Config::kOnMeanS, Config::kOffMeanS);
  return s;
}

}  // namespace

PacketSchedule::PacketSchedule(const Config& c, std::uint64_t seed)
    : stream_(makeStream(c, seed)), zipf_(c.flows, c.zipfS), flowRng_(seed, 40), nextSeq_(c.flows, 0) {}

PacketDraw PacketSchedule::next() {
  const sim::ArrivalDraw a = stream_.next();
  PacketDraw d;
  d.time = a.time;
  d.processS = a.sizes[0];
  d.flow = zipf_.sample(flowRng_);
  d.seq = nextSeq_[d.flow]++;
  return d;
}

}  // namespace amp::labs::steering
