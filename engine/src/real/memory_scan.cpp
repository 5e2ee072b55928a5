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

#include "amp/run/phrase.h"

namespace amp::real {

namespace {

// Odd, so multiplying by it loses no bits mod 2^64.
constexpr std::uint64_t kBase = 0x100000001B3ULL;
constexpr std::size_t kChunk = std::size_t{1} << 20;

struct Mapping {
  std::uint64_t from = 0, to = 0;
  std::string name;
};

/// The mappings of /proc/<pid>/maps: "from-to perms offset dev inode name".
std::vector<Mapping> readMappings(const std::string& proc, std::string& error) {
  std::ifstream in(proc + "/maps");
  std::vector<Mapping> maps;
  if (!in) {
    error = run::phrase("cannot read %1 (system error: %2)", {proc + "/maps", std::strerror(errno)});
    return maps;
  }
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream s(line);
    Mapping m;
    char dash = 0;
    std::string perms, offset, dev, inode;
    if (!(s >> std::hex >> m.from >> dash >> m.to >> perms >> offset >> dev >> inode) || dash != '-')
      continue;
    std::getline(s >> std::ws, m.name);
    if (m.name.empty()) m.name = "[anonymous]";
    maps.push_back(std::move(m));
  }
  return maps;
}

std::string hex(std::uint64_t v) {
  char b[24];
  std::snprintf(b, sizeof b, "0x%" PRIx64, v);
  return b;
}

constexpr std::uint64_t kPage = 4096;
constexpr std::size_t kPagemapBatch = 4096;  // pages per pagemap read: 16 MiB of address space

/// The sliding window of one contiguous stretch of memory: the rolling hash of the last `length`
/// bytes, restarted where the stretch breaks.
struct Window {
  const SecretProbe& probe;
  std::uint64_t power;  // kBase^(length − 1): the weight of the byte that leaves the window
  std::size_t carry = 0, filled = 0;
  std::uint64_t h = 0;
  void restart() { carry = filled = 0, h = 0; }
};

/// Reads [from, to) of mapping `m` in chunks and tests every offset; the window goes on from
/// the previous range when it was adjacent (restart() otherwise).
void readRange(int fd, std::uint64_t from, std::uint64_t to, const Mapping& m, Window& w, unsigned char* buf,
               MemoryScan& out) {
  const std::size_t len = w.probe.length;
  for (std::uint64_t at = from; at < to;) {
    const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(kChunk, to - at));
    const ssize_t got = ::pread(fd, buf + w.carry, want, static_cast<off_t>(at));
    if (got <= 0) {
      // Unreadable here (a device's range): skip a page, restart the window.
      const std::uint64_t skip = std::min<std::uint64_t>(kPage - (at & (kPage - 1)), to - at);
      out.bytesUnread += skip;
      at += skip;
      w.restart();
      continue;
    }
    const std::size_t n = w.carry + static_cast<std::size_t>(got);
    for (std::size_t i = w.carry; i < n; ++i) {
      if (w.filled == len) {
        w.h -= buf[i - len] * w.power;
      } else {
        ++w.filled;
      }
      w.h = w.h * kBase + buf[i];
      if (w.filled == len && w.h == w.probe.rolling && w.probe.confirm(buf + i + 1 - len))
        out.hits.push_back(m.name + " +" + hex(at - w.carry + (i + 1 - len) - m.from));
    }
    out.bytesScanned += static_cast<std::uint64_t>(got);
    at += static_cast<std::uint64_t>(got);
    // The last len bytes lead the next chunk: the window's len − 1 and the byte that leaves it next.
    w.carry = std::min(len, n);
    std::memmove(buf, buf + n - w.carry, w.carry);
  }
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
    out.error = run::phrase("the probe needs a length between 1 and 1 MiB and a confirm function");
    return out;
  }
  const std::string proc = pid == 0 ? std::string("/proc/self") : "/proc/" + std::to_string(pid);
  const std::vector<Mapping> maps = readMappings(proc, out.error);
  if (!out.error.empty()) return out;
  const int fd = ::open((proc + "/mem").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    out.error = run::phrase("cannot open %1 (system error: %2)", {proc + "/mem", std::strerror(errno)});
    return out;
  }
  // The buffer is a mapping of its own, so the scan can leave it out: after a read it holds a
  // copy of whatever it read, the secret included.
  const std::size_t bufBytes = kChunk + len;
  void* mem = ::mmap(nullptr, bufBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED) {
    ::close(fd);
    out.error = run::phrase("mmap failed (system error: %1)", {std::strerror(errno)});
    return out;
  }
  auto* buf = static_cast<unsigned char*>(mem);
  const auto bufFrom = reinterpret_cast<std::uintptr_t>(mem);
  const std::uintptr_t bufTo = bufFrom + bufBytes;

  std::uint64_t power = 1;
  for (std::size_t i = 1; i < len; ++i) power *= kBase;

  const int pagemap = ::open((proc + "/pagemap").c_str(), O_RDONLY | O_CLOEXEC);
  std::vector<std::uint64_t> entries(kPagemapBatch);
  for (const Mapping& m : maps) {
    if (m.name == "[vvar]" || m.name == "[vsyscall]" || m.name == "[vvar_vclock]") continue;
    if (pid == 0 && m.from < bufTo && bufFrom < m.to) continue;
    if (m.to - m.from > maxMappingBytes) {
      ++out.mappingsLeftOut;
      continue;
    }
    ++out.mappingsScanned;
    Window w{probe, power};
    // Only pages in memory or swap can hold the secret: the others read as zeros (anonymous) or as
    // their file. The pagemap says which is which, 8 bytes per page, without touching the pages.
    for (std::uint64_t page = m.from; page < m.to;) {
      const std::size_t n =
          static_cast<std::size_t>(std::min<std::uint64_t>(kPagemapBatch, (m.to - page) / kPage));
      bool known = false;
      if (pagemap >= 0) {
        const ssize_t got = ::pread(pagemap, entries.data(), n * 8, static_cast<off_t>(page / kPage * 8));
        known = got == static_cast<ssize_t>(n * 8);
      }
      for (std::size_t i = 0; i < n;) {
        // A run of pages that are in memory (or all of them, when the pagemap cannot be read).
        const auto inMemory = [&](std::size_t k) { return !known || (entries[k] & (3ULL << 62)) != 0; };
        if (!inMemory(i)) {
          w.restart();
          ++i;
          continue;
        }
        std::size_t j = i;
        while (j < n && inMemory(j)) ++j;
        readRange(fd, page + i * kPage, page + j * kPage, m, w, buf, out);
        i = j;
      }
      page += n * kPage;
    }
  }
  if (pagemap >= 0) ::close(pagemap);
  // What the buffer last held may be the secret: leave nothing behind.
  std::memset(buf, 0, bufBytes);
  asm volatile("" : : "r"(buf) : "memory");
  ::munmap(mem, bufBytes);
  ::close(fd);
  return out;
}

}  // namespace amp::real
