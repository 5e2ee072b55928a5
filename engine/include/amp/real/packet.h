// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>

#include "amp/real/toeplitz.h"

namespace amp::real {

/// RFC 1071 Internet checksum: the one's-complement of the one's-complement sum of 16-bit
/// big-endian words (an odd last byte padded with zero). `initial` carries a partial sum in, e.g.
/// a pseudo-header. Verifying data that includes its own checksum field gives 0.
std::uint16_t internetChecksum(std::span<const std::uint8_t> data, std::uint32_t initial = 0);

inline constexpr std::size_t kIpv4HeaderBytes = 20;
inline constexpr std::size_t kUdpHeaderBytes = 8;

/// Write an IPv4 (no options) + UDP datagram for `flow` carrying `payload` into `out`, with a
/// valid IPv4 header checksum and UDP checksum (over the pseudo-header, as RFC 768 defines it).
/// Returns the bytes written, or 0 when `out` is too small.
std::size_t writeIpv4Udp(std::span<std::uint8_t> out, const FiveTuple& flow,
                         std::span<const std::uint8_t> payload, std::uint16_t ipId = 0);

/// A parsed datagram: the flow it belongs to and where its payload lies.
struct ParsedPacket {
  FiveTuple flow;
  std::span<const std::uint8_t> payload;
  bool ipChecksumOk = false;
  bool udpChecksumOk = false;
};

/// Parse an IPv4 + UDP datagram and verify both checksums. False when it is not a well-formed
/// IPv4/UDP datagram (version, header length, total length, protocol); checksum results are in `out`.
bool parseIpv4Udp(std::span<const std::uint8_t> packet, ParsedPacket& out);

}  // namespace amp::real
