// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace amp::real {

/// The 40-byte RSS secret key Microsoft publishes for verifying Toeplitz implementations; many
/// NIC drivers ship it as their default key.
inline constexpr std::array<std::uint8_t, 40> kMicrosoftRssKey{
    0x6d, 0x5a, 0x56, 0xda, 0x25, 0x5b, 0x0e, 0xc2, 0x41, 0x67, 0x25, 0x3d, 0x43, 0xa3,
    0x8f, 0xb0, 0xd0, 0xca, 0x2b, 0xcb, 0xae, 0x7b, 0x30, 0xb4, 0x77, 0xcb, 0x2d, 0xa3,
    0x80, 0x30, 0xf2, 0x0c, 0x6a, 0x42, 0xb7, 0x3b, 0xbe, 0xac, 0x01, 0xfa};

/// The Toeplitz hash of RSS, bit by bit as the specification states it: for every set input bit
/// (most significant first) XOR in the 32 key bits that start at that bit's position. The key
/// must be at least input.size() + 4 bytes. Slow; the reference the table version is tested against.
std::uint32_t toeplitzHash(std::span<const std::uint8_t> key, std::span<const std::uint8_t> input);

/// The same hash from per-byte tables (one 256-entry table per input byte position), so a
/// 12-byte IPv4 4-tuple costs 12 loads and XORs. Build once per key; hashing is const and
/// thread-safe.
class ToeplitzHasher {
 public:
  explicit ToeplitzHasher(std::span<const std::uint8_t> key = kMicrosoftRssKey);
  std::uint32_t hash(std::span<const std::uint8_t> input) const;
  std::size_t maxInput() const { return tables_.size(); }

 private:
  std::vector<std::array<std::uint32_t, 256>> tables_;
};

/// A flow's identity. Addresses and ports in host byte order; hashing uses network order.
struct FiveTuple {
  std::uint32_t srcIp = 0, dstIp = 0;
  std::uint16_t srcPort = 0, dstPort = 0;
  std::uint8_t protocol = 17;  ///< 6 = TCP, 17 = UDP
  bool operator==(const FiveTuple&) const = default;
};

/// RSS hash input for IPv4 with ports: source address, destination address, source port,
/// destination port, each in network byte order (12 bytes), as the RSS specification orders them.
std::array<std::uint8_t, 12> rssInputIpv4(const FiveTuple& t);
/// RSS hash input for IPv4 without ports (8 bytes).
std::array<std::uint8_t, 8> rssInputIpv4NoPorts(const FiveTuple& t);

/// A NIC's RSS indirection table: the hash's low bits pick an entry, each entry names a queue.
/// Filled round-robin like Linux's default (entry i -> queue i mod queues), so with a number of
/// queues that does not divide the table size some queues own one entry more than others.
class RssIndirection {
 public:
  explicit RssIndirection(int queues, int entries = 128);
  int queueFor(std::uint32_t hash) const { return table_[hash & (table_.size() - 1)]; }
  int queues() const { return queues_; }

 private:
  int queues_;
  std::vector<int> table_;
};

}  // namespace amp::real
