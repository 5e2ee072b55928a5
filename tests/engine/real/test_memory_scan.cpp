// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QTest>
#include <array>
#include <cstring>
#include <random>
#include <vector>

#include "amp/real/memory_scan.h"

using namespace amp::real;

namespace {

// The tests hold a secret only inverted, byte by byte through volatile accesses, so that it never
// exists in one piece (not even in a vector register that the dynamic linker might save on the
// stack) except where a test plants it.
using Inverted = std::array<unsigned char, 32>;

Inverted invertedSecret(unsigned seed) {
  std::mt19937 gen(seed);
  Inverted s{};
  for (auto& b : s) b = static_cast<unsigned char>(gen());
  return s;
}

/// The polynomial's base, read from the public function: the hash of {1, 0} is the base itself.
std::uint64_t base() {
  const unsigned char one[2] = {1, 0};
  return rollingHash(one, 2);
}

SecretProbe probeOf(const Inverted& inv) {
  SecretProbe p;
  p.length = inv.size();
  for (unsigned char b : inv) p.rolling = p.rolling * base() + static_cast<unsigned char>(~b);
  p.confirm = [inv](const unsigned char* w) {
    const volatile unsigned char* v = w;
    for (std::size_t i = 0; i < inv.size(); ++i)
      if (v[i] != static_cast<unsigned char>(~inv[i])) return false;
    return true;
  };
  return p;
}

void plant(unsigned char* to, const Inverted& inv) {
  volatile unsigned char* d = to;
  for (std::size_t i = 0; i < inv.size(); ++i) d[i] = static_cast<unsigned char>(~inv[i]);
}

// Mappings up to 1 GiB: everything this test plants, without a sanitizer's shadow memory (which
// would make every scan take seconds under TSan).
constexpr std::uint64_t kLimit = std::uint64_t{1} << 30;

}  // namespace

class TestMemoryScan : public QObject {
  Q_OBJECT
 private slots:
  void rollingHashSlides() {
    // The scan's sliding update must equal the hash computed afresh at every offset.
    std::vector<unsigned char> bytes(300);
    std::mt19937 gen(3);
    for (auto& b : bytes) b = static_cast<unsigned char>(gen());
    const std::size_t len = 32;
    const std::uint64_t b = base();
    std::uint64_t power = 1;
    for (std::size_t i = 1; i < len; ++i) power *= b;
    std::uint64_t h = rollingHash(bytes.data(), len);
    for (std::size_t at = 1; at + len <= bytes.size(); ++at) {
      h = (h - bytes[at - 1] * power) * b + bytes[at + len - 1];
      QCOMPARE(h, rollingHash(bytes.data() + at, len));
    }
  }

  void findsASecretAtAnyOffsetEvenInAnInaccessiblePage() {
    const Inverted s = invertedSecret(1);
    // Not planted yet: nowhere in this process.
    const MemoryScan before = scanProcessMemory(0, probeOf(s), kLimit);
    QVERIFY2(before.ran(), before.error.c_str());
    QCOMPARE(before.found(), std::size_t(0));
    QVERIFY(before.bytesScanned > 0);
    // Planted at an odd offset of a page that is then made PROT_NONE: the process cannot read it
    // through a pointer, but /proc/self/mem can.
    auto* page = static_cast<unsigned char*>(
        mmap(nullptr, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    QVERIFY(page != MAP_FAILED);
    plant(page + 4093, s);  // across the page boundary
    QCOMPARE(mprotect(page, 8192, PROT_NONE), 0);
    const MemoryScan after = scanProcessMemory(0, probeOf(s), kLimit);
    QVERIFY2(after.ran(), after.error.c_str());
    QCOMPARE(after.found(), std::size_t(1));
    QVERIFY2(after.hits.front().find("+0xffd") != std::string::npos, after.hits.front().c_str());
    QCOMPARE(mprotect(page, 8192, PROT_READ | PROT_WRITE), 0);
    for (int i = 0; i < 8192; ++i) static_cast<volatile unsigned char*>(page)[i] = 0;
    munmap(page, 8192);
    QCOMPARE(scanProcessMemory(0, probeOf(s), kLimit).found(), std::size_t(0));
  }

  void scansAChildProcess() {
    const Inverted s = invertedSecret(2);
    int ready[2];
    QCOMPARE(pipe(ready), 0);
    const pid_t child = fork();
    if (child == 0) {
      // Only the child holds the secret; it waits until the parent has looked.
      static unsigned char held[64];
      plant(held + 7, s);
      char c = 1;
      if (write(ready[1], &c, 1) != 1) _exit(1);
      pause();
      _exit(0);
    }
    char c = 0;
    QCOMPARE(read(ready[0], &c, 1), ssize_t(1));
    const MemoryScan inChild = scanProcessMemory(child, probeOf(s), kLimit);
    const MemoryScan inParent = scanProcessMemory(0, probeOf(s), kLimit);
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    close(ready[0]);
    close(ready[1]);
    QVERIFY2(inChild.ran(), inChild.error.c_str());
    QCOMPARE(inChild.found(), std::size_t(1));
    QCOMPARE(inParent.found(), std::size_t(0));
  }

  void refusesAProbeWithoutConfirmation() {
    SecretProbe p;
    p.length = 32;
    QVERIFY(!scanProcessMemory(0, p).ran());
    QVERIFY(!scanProcessMemory(999999999, probeOf(invertedSecret(3))).ran());
  }
};

QTEST_APPLESS_MAIN(TestMemoryScan)
#include "test_memory_scan.moc"
