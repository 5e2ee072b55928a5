// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/packet.h"

#include <cstring>

namespace amp::real {

namespace {

void put16(std::uint8_t* p, std::uint16_t v) {
  p[0] = static_cast<std::uint8_t>(v >> 8);
  p[1] = static_cast<std::uint8_t>(v);
}
void put32(std::uint8_t* p, std::uint32_t v) {
  put16(p, static_cast<std::uint16_t>(v >> 16));
  put16(p + 2, static_cast<std::uint16_t>(v));
}
std::uint16_t get16(const std::uint8_t* p) { return static_cast<std::uint16_t>((p[0] << 8) | p[1]); }
std::uint32_t get32(const std::uint8_t* p) { return (std::uint32_t{get16(p)} << 16) | get16(p + 2); }

// Sum of 16-bit words without folding; the caller folds once at the end.
std::uint64_t wordSum(std::span<const std::uint8_t> data) {
  std::uint64_t sum = 0;
  std::size_t i = 0;
  for (; i + 1 < data.size(); i += 2) sum += (std::uint32_t{data[i]} << 8) | data[i + 1];
  if (i < data.size()) sum += std::uint32_t{data[i]} << 8;
  return sum;
}

std::uint16_t fold(std::uint64_t sum) {
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return static_cast<std::uint16_t>(~sum & 0xffff);
}

std::uint64_t pseudoHeaderSum(const FiveTuple& f, std::uint16_t udpLength) {
  return (f.srcIp >> 16) + (f.srcIp & 0xffff) + (f.dstIp >> 16) + (f.dstIp & 0xffff) + 17u + udpLength;
}

}  // namespace

std::uint16_t internetChecksum(std::span<const std::uint8_t> data, std::uint32_t initial) {
  return fold(wordSum(data) + initial);
}

std::size_t writeIpv4Udp(std::span<std::uint8_t> out, const FiveTuple& flow,
                         std::span<const std::uint8_t> payload, std::uint16_t ipId) {
  const std::size_t udpLen = kUdpHeaderBytes + payload.size();
  const std::size_t total = kIpv4HeaderBytes + udpLen;
  if (out.size() < total || total > 0xffff) return 0;
  std::uint8_t* ip = out.data();
  ip[0] = 0x45;  // version 4, header length 5 words
  ip[1] = 0;
  put16(ip + 2, static_cast<std::uint16_t>(total));
  put16(ip + 4, ipId);
  put16(ip + 6, 0x4000);  // don't fragment
  ip[8] = 64;
  ip[9] = 17;
  put16(ip + 10, 0);
  put32(ip + 12, flow.srcIp);
  put32(ip + 16, flow.dstIp);
  put16(ip + 10, internetChecksum({ip, kIpv4HeaderBytes}));

  std::uint8_t* udp = ip + kIpv4HeaderBytes;
  put16(udp, flow.srcPort);
  put16(udp + 2, flow.dstPort);
  put16(udp + 4, static_cast<std::uint16_t>(udpLen));
  put16(udp + 6, 0);
  if (!payload.empty()) std::memcpy(udp + kUdpHeaderBytes, payload.data(), payload.size());
  std::uint16_t c = fold(wordSum({udp, udpLen}) + pseudoHeaderSum(flow, static_cast<std::uint16_t>(udpLen)));
  if (c == 0) c = 0xffff;  // RFC 768: a computed zero is sent as all ones (0 means "no checksum")
  put16(udp + 6, c);
  return total;
}

bool parseIpv4Udp(std::span<const std::uint8_t> packet, ParsedPacket& out) {
  out = ParsedPacket{};
  if (packet.size() < kIpv4HeaderBytes) return false;
  const std::uint8_t* ip = packet.data();
  if ((ip[0] >> 4) != 4) return false;
  const std::size_t ihl = std::size_t{ip[0] & 0x0fu} * 4;
  const std::size_t total = get16(ip + 2);
  if (ihl < kIpv4HeaderBytes || total < ihl + kUdpHeaderBytes || total > packet.size() || ip[9] != 17)
    return false;
  out.ipChecksumOk = internetChecksum({ip, ihl}) == 0;
  out.flow.protocol = ip[9];
  out.flow.srcIp = get32(ip + 12);
  out.flow.dstIp = get32(ip + 16);
  const std::uint8_t* udp = ip + ihl;
  const std::size_t udpLen = get16(udp + 4);
  if (udpLen < kUdpHeaderBytes || ihl + udpLen > total) return false;
  out.flow.srcPort = get16(udp);
  out.flow.dstPort = get16(udp + 2);
  out.payload = {udp + kUdpHeaderBytes, udpLen - kUdpHeaderBytes};
  out.udpChecksumOk =
      get16(udp + 6) == 0 ||  // sender chose no checksum
      fold(wordSum({udp, udpLen}) + pseudoHeaderSum(out.flow, static_cast<std::uint16_t>(udpLen))) == 0;
  return true;
}

}  // namespace amp::real
