// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/memory_scan.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace amp::real {

namespace {

// Odd, so multiplying by it loses no bits mod 2^64.
constexpr std::uint64_t kBase = 0x100000001B3ULL;
constexpr std::size_t kChunk = std::size_t{1} << 20;

struct Mapping {
  std::uint64_t from = 0, to = 0;
  std::string name;
  std::uint64_t residentKb = 0;  // Rss + Swap
};

/// The mappings of /proc/<pid>/smaps with how much of each is in memory or swap.
std::vector<Mapping> readMappings(const std::string& proc, std::string& error) {
  std::ifstream in(proc + "/smaps");
  std::vector<Mapping> maps;
  if (!in) {
    error = "cannot read " + proc + "/smaps: " + std::strerror(errno);
    return maps;
  }
  std::string line;
  while (std::getline(in, line)) {
    std::uint64_t a = 0, b = 0;
    char dash = 0;
    std::istringstream s(line);
    // A mapping's header starts "from-to perms ..."; its fields are "Name:   value kB".
    if (std::isxdigit(static_cast<unsigned char>(line[0])) && (s >> std::hex >> a >> dash >> b) &&
        dash == '-' && line.find(':') > line.find(' ')) {
      Mapping m{a, b, {}, 0};
      std::string perms, offset, dev, inode;
      s >> perms >> offset >> dev >> inode;
      std::getline(s >> std::ws, m.name);
      if (m.name.empty()) m.name = "[anonymous]";
      maps.push_back(std::move(m));
      continue;
    }
    if (maps.empty()) continue;
    std::uint64_t kb = 0;
    if (line.rfind("Rss:", 0) == 0 && std::sscanf(line.c_str(), "Rss: %" SCNu64, &kb) == 1)
      maps.back().residentKb += kb;
    else if (line.rfind("Swap:", 0) == 0 && std::sscanf(line.c_str(), "Swap: %" SCNu64, &kb) == 1)
      maps.back().residentKb += kb;
  }
  return maps;
}

std::string hex(std::uint64_t v) {
  char b[24];
  std::snprintf(b, sizeof b, "0x%" PRIx64, v);
  return b;
}

}  // namespace

std::uint64_t rollingHash(const unsigned char* bytes, std::size_t n) {
  std::uint64_t h = 0;
  for (std::size_t i = 0; i < n; ++i) h = h * kBase + bytes[i];
  return h;
}

MemoryScan scanProcessMemory(pid_t pid, const SecretProbe& probe, std::uint64_t maxMappingBytes) {
  MemoryScan out;
  const std::size_t len = probe.length;
  if (len == 0 || len > kChunk || !probe.confirm) {
    out.error = "the probe needs a length between 1 and 1 MiB and a confirm function";
    return out;
  }
  const std::string proc = pid == 0 ? std::string("/proc/self") : "/proc/" + std::to_string(pid);
  const std::vector<Mapping> maps = readMappings(proc, out.error);
  if (!out.error.empty()) return out;
  const int fd = ::open((proc + "/mem").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    out.error = "cannot open " + proc + "/mem: " + std::strerror(errno);
    return out;
  }
  // The buffer is a mapping of its own, so the scan can leave it out: after a read it holds a
  // copy of whatever it read, the secret included.
  const std::size_t bufBytes = kChunk + len;
  void* mem = ::mmap(nullptr, bufBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED) {
    ::close(fd);
    out.error = std::string("mmap failed: ") + std::strerror(errno);
    return out;
  }
  auto* buf = static_cast<unsigned char*>(mem);
  const auto bufFrom = reinterpret_cast<std::uintptr_t>(mem);
  const std::uintptr_t bufTo = bufFrom + bufBytes;

  std::uint64_t power = 1;  // kBase^(len − 1): the weight of the byte that leaves the window
  for (std::size_t i = 1; i < len; ++i) power *= kBase;

  for (const Mapping& m : maps) {
    if (m.residentKb == 0 || m.name == "[vvar]" || m.name == "[vsyscall]" || m.name == "[vvar_vclock]")
      continue;
    if (pid == 0 && m.from < bufTo && bufFrom < m.to) continue;
    const std::uint64_t size = m.to - m.from;
    if (size > maxMappingBytes) {
      out.bytesUnread += m.residentKb * 1024;
      continue;
    }
    ++out.mappingsScanned;
    // The window slides across chunk boundaries: the last len bytes of one chunk lead the next (the
    // window's len − 1 and the byte that leaves it next).
    std::size_t carry = 0;
    std::uint64_t h = 0;
    std::size_t inWindow = 0;  // bytes in the current window (< len until it fills)
    for (std::uint64_t at = m.from; at < m.to;) {
      const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(kChunk, m.to - at));
      const ssize_t got = ::pread(fd, buf + carry, want, static_cast<off_t>(at));
      if (got <= 0) {
        // Unreadable here (a device's or a guard's range): skip a page, restart the window.
        const std::uint64_t skip = std::min<std::uint64_t>(4096 - (at & 4095), m.to - at);
        out.bytesUnread += skip;
        at += skip;
        carry = 0;
        h = 0;
        inWindow = 0;
        continue;
      }
      const std::size_t n = carry + static_cast<std::size_t>(got);
      for (std::size_t i = carry; i < n; ++i) {
        if (inWindow == len) {
          h -= buf[i - len] * power;
        } else {
          ++inWindow;
        }
        h = h * kBase + buf[i];
        if (inWindow == len && h == probe.rolling && probe.confirm(buf + i + 1 - len)) {
          const std::uint64_t where = at - carry + (i + 1 - len) - m.from;
          out.hits.push_back(m.name + " +" + hex(where));
        }
      }
      out.bytesScanned += static_cast<std::uint64_t>(got);
      at += static_cast<std::uint64_t>(got);
      carry = std::min(len, n);
      std::memmove(buf, buf + n - carry, carry);
    }
  }
  // What the buffer last held may be the secret: leave nothing behind.
  std::memset(buf, 0, bufBytes);
  asm volatile("" : : "r"(buf) : "memory");
  ::munmap(mem, bufBytes);
  ::close(fd);
  return out;
}

}  // namespace amp::real
