// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/toeplitz.h"

#include <bit>
#include <stdexcept>

namespace amp::real {

namespace {

// The 32 key bits starting at bit `pos` (bit 0 = most significant bit of key[0]).
std::uint32_t keyWindow(std::span<const std::uint8_t> key, std::size_t pos) {
  std::uint64_t w = 0;
  const std::size_t byte = pos / 8;
  for (std::size_t i = 0; i < 5; ++i) w = (w << 8) | (byte + i < key.size() ? key[byte + i] : 0u);
  return static_cast<std::uint32_t>(w >> (8 - pos % 8));
}

}  // namespace

std::uint32_t toeplitzHash(std::span<const std::uint8_t> key, std::span<const std::uint8_t> input) {
  if (key.size() < input.size() + 4) throw std::invalid_argument("Toeplitz key shorter than input + 4 bytes");
  std::uint32_t result = 0;
  std::uint32_t window = (std::uint32_t{key[0]} << 24) | (std::uint32_t{key[1]} << 16) |
                         (std::uint32_t{key[2]} << 8) | std::uint32_t{key[3]};
  for (std::size_t i = 0; i < input.size(); ++i) {
    for (int b = 7; b >= 0; --b) {
      if ((input[i] >> b) & 1u) result ^= window;
      // Slide the window one bit: shift in the next key bit after the current 32.
      window = (window << 1) | ((key[i + 4] >> b) & 1u);
    }
  }
  return result;
}

ToeplitzHasher::ToeplitzHasher(std::span<const std::uint8_t> key) {
  if (key.size() < 5) throw std::invalid_argument("Toeplitz key needs at least 5 bytes");
  tables_.resize(key.size() - 4);
  for (std::size_t i = 0; i < tables_.size(); ++i) {
    std::array<std::uint32_t, 8> bitWindow{};  // bitWindow[j]: window for bit j (0 = MSB) of byte i
    for (std::size_t j = 0; j < 8; ++j) bitWindow[j] = keyWindow(key, 8 * i + j);
    for (unsigned v = 0; v < 256; ++v) {
      std::uint32_t h = 0;
      for (std::size_t j = 0; j < 8; ++j)
        if ((v >> (7 - j)) & 1u) h ^= bitWindow[j];
      tables_[i][v] = h;
    }
  }
}

std::uint32_t ToeplitzHasher::hash(std::span<const std::uint8_t> input) const {
  if (input.size() > tables_.size()) throw std::invalid_argument("Toeplitz input longer than key - 4 bytes");
  std::uint32_t h = 0;
  for (std::size_t i = 0; i < input.size(); ++i) h ^= tables_[i][input[i]];
  return h;
}

std::array<std::uint8_t, 12> rssInputIpv4(const FiveTuple& t) {
  return {static_cast<std::uint8_t>(t.srcIp >> 24),  static_cast<std::uint8_t>(t.srcIp >> 16),
          static_cast<std::uint8_t>(t.srcIp >> 8),   static_cast<std::uint8_t>(t.srcIp),
          static_cast<std::uint8_t>(t.dstIp >> 24),  static_cast<std::uint8_t>(t.dstIp >> 16),
          static_cast<std::uint8_t>(t.dstIp >> 8),   static_cast<std::uint8_t>(t.dstIp),
          static_cast<std::uint8_t>(t.srcPort >> 8), static_cast<std::uint8_t>(t.srcPort),
          static_cast<std::uint8_t>(t.dstPort >> 8), static_cast<std::uint8_t>(t.dstPort)};
}

std::array<std::uint8_t, 8> rssInputIpv4NoPorts(const FiveTuple& t) {
  const auto full = rssInputIpv4(t);
  std::array<std::uint8_t, 8> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = full[i];
  return out;
}

RssIndirection::RssIndirection(int queues, int entries) : queues_(queues) {
  if (queues < 1) throw std::invalid_argument("RSS needs at least one queue");
  if (entries < 1 || !std::has_single_bit(static_cast<unsigned>(entries)))
    throw std::invalid_argument("RSS indirection table size must be a power of two");
  table_.resize(static_cast<std::size_t>(entries));
  for (int i = 0; i < entries; ++i) table_[static_cast<std::size_t>(i)] = i % queues;
}

}  // namespace amp::real
