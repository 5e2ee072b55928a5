// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace amp::real {

/// Polynomial rolling hash of `n` bytes (mod 2^64): cheap to slide along memory one byte at a
/// time, so a scanner can test every offset.
std::uint64_t rollingHash(const unsigned char* bytes, std::size_t n);

/// How a scanner recognises a secret without holding it: the secret's rollingHash() finds
/// candidate windows fast (it tells at most 64 of the secret's bits), and `confirm` decides, e.g.
/// by comparing a cryptographic hash of the window with the secret's.
struct SecretProbe {
  std::size_t length = 32;    ///< bytes in the secret
  std::uint64_t rolling = 0;  ///< rollingHash(secret, length)
  std::function<bool(const unsigned char* window)> confirm;
};

/// Where the secret was found, and how much memory was looked at.
struct MemoryScan {
  std::string error;               ///< empty when the scan ran
  std::uint64_t bytesScanned = 0;  ///< memory read and tested, every offset
  std::uint64_t mappingsScanned = 0;
  std::uint64_t mappingsLeftOut = 0;  ///< larger than the scan's limit (a sanitizer's shadow memory)
  std::uint64_t bytesUnread = 0;      ///< in memory, but the kernel refused to read it
  std::vector<std::string> hits;      ///< one per match: the mapping's name and the offset in it
  bool ran() const { return error.empty(); }
  std::size_t found() const { return hits.size(); }
};

/// Looks for `probe`'s secret at every byte offset of the memory of process `pid` (0: this one),
/// read through /proc/<pid>/mem. That file reads pages the process itself may not touch (PROT_NONE,
/// as sodium_mprotect_noaccess leaves a key): what a thread of the process, or a debugger of it,
/// can reach. The caller needs ptrace access to `pid` (itself, a child, or root).
/// Read: every page in memory or swap (/proc/<pid>/pagemap says which); the others read as zeros
/// (anonymous memory) or as their file's bytes, so they cannot hold a secret that was never
/// written to a file. Left out: [vvar] and [vsyscall]; the scanner's own buffer (it holds copies of
/// what it read); mappings larger than `maxMappingBytes` (counted in mappingsLeftOut).
MemoryScan scanProcessMemory(pid_t pid, const SecretProbe& probe,
                             std::uint64_t maxMappingBytes = std::uint64_t{64} << 30);

}  // namespace amp::real
