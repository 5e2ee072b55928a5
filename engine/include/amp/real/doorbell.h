// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>

namespace amp::real {

/// Distance that keeps two threads' hot data off one cache line. 64 bytes is the line size of
/// every x86-64 and most Arm cores; std::hardware_destructive_interference_size would say the
/// same but makes GCC warn that it may change between compiler versions.
inline constexpr std::size_t kCacheLine = 64;

/// Tell the core we are spinning (x86 `pause`, Arm `yield`): saves power and lets an SMT
/// sibling run.
inline void cpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield" ::: "memory");
#endif
}

/// Spin, then yield, then sleep briefly: for waits that are rare (a full ring) and must not
/// burn a core another thread needs.
class Backoff {
 public:
  void pause();
  void reset() { n_ = 0; }

 private:
  int n_ = 0;
};

/// A futex-backed event count: a consumer that found nothing to do sleeps here until a producer
/// rings. The producer's fast path, when nobody sleeps, is one fence and one load.
///
/// Consumer protocol (no lost wake-ups):
///   auto ticket = bell.prepareWait();
///   if (work is available || stopping) bell.cancelWait(); else bell.wait(ticket, timeout);
/// Producer: make the work visible (e.g. push), then bell.notify().
class Doorbell {
 public:
  Doorbell() = default;
  /// A doorbell in memory shared with another process (SharedArena) must use the kernel's
  /// shared futex: the private one is keyed by this process's address space only.
  explicit Doorbell(bool processShared) : shared_(processShared) {}
  std::uint32_t prepareWait();
  void cancelWait();
  /// Sleep until rung, `timeoutNs` passes, or a spurious wake-up; then leaves the waiter set.
  void wait(std::uint32_t ticket, std::int64_t timeoutNs);
  /// Wake one sleeper, if any.
  void notify();
  /// Wake every sleeper (stop, close).
  void notifyAll();

 private:
  alignas(kCacheLine) std::atomic<std::uint32_t> epoch_{0};
  std::atomic<std::uint32_t> waiters_{0};
  bool shared_ = false;
};

/// How a seat waits for its next item: poll `ready` for up to `spinNs` (a hand-off in well under
/// a microsecond, but it burns the core: 0 when seats share cores), then sleep on `bell` until
/// rung or `timeoutNs` passes. `ready` must also turn true for whatever ends the wait (stop,
/// closed input), so a ring between the check and the sleep is never missed.
template <class Ready>
void pollThenSleep(Doorbell& bell, Ready ready, std::int64_t spinNs, std::int64_t timeoutNs) {
  if (spinNs > 0) {
    const auto until =
        std::chrono::steady_clock::now() + std::chrono::nanoseconds(std::min(spinNs, timeoutNs));
    for (int i = 0;; ++i) {
      if (ready()) return;
      cpuRelax();
      if ((i & 63) == 63 && std::chrono::steady_clock::now() >= until)
        break;  // the clock costs more than a check
    }
  }
  const std::uint32_t ticket = bell.prepareWait();
  if (ready()) {
    bell.cancelWait();
    return;
  }
  bell.wait(ticket, std::max<std::int64_t>(timeoutNs, 1000));
}

}  // namespace amp::real
