// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/doorbell.h"

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <climits>
#include <ctime>
#include <thread>

namespace amp::real {
namespace {

static_assert(sizeof(std::atomic<std::uint32_t>) == sizeof(std::uint32_t) &&
                  std::atomic<std::uint32_t>::is_always_lock_free,
              "the futex word is the atomic's own storage");

std::uint32_t* word(std::atomic<std::uint32_t>& a) { return reinterpret_cast<std::uint32_t*>(&a); }

}  // namespace

void Backoff::pause() {
  if (n_ < 64) {
    cpuRelax();
  } else if (n_ < 96) {
    std::this_thread::yield();
  } else {
    // A full ring that stays full means the consumer is far behind; 50 µs keeps the waiting
    // thread off the consumer's core without adding much to a millisecond-scale run.
    timespec ts{0, 50'000};
    nanosleep(&ts, nullptr);
  }
  if (n_ < 1000) ++n_;
}

std::uint32_t Doorbell::prepareWait() {
  waiters_.fetch_add(1, std::memory_order_relaxed);
  // seq_cst fence, paired with the one in notify(): either the producer sees our registration,
  // or our re-check of the condition (after this call) sees the producer's work.
  std::atomic_thread_fence(std::memory_order_seq_cst);
  // acquire: if the epoch was already bumped, the work it announces is visible to the re-check.
  return epoch_.load(std::memory_order_acquire);
}

void Doorbell::cancelWait() { waiters_.fetch_sub(1, std::memory_order_relaxed); }

void Doorbell::wait(std::uint32_t ticket, std::int64_t timeoutNs) {
  if (timeoutNs > 0) {
    timespec ts{static_cast<time_t>(timeoutNs / 1'000'000'000), static_cast<long>(timeoutNs % 1'000'000'000)};
    // The kernel sleeps only while the word still equals the ticket, so a ring between
    // prepareWait() and here is never missed.
    syscall(SYS_futex, word(epoch_), shared_ ? FUTEX_WAIT : FUTEX_WAIT_PRIVATE, ticket, &ts, nullptr, 0);
  }
  waiters_.fetch_sub(1, std::memory_order_relaxed);
}

void Doorbell::notify() {
  std::atomic_thread_fence(std::memory_order_seq_cst);  // pairs with prepareWait()'s fence
  if (waiters_.load(std::memory_order_relaxed) == 0) return;
  epoch_.fetch_add(1, std::memory_order_release);  // release: the work happens before the bump
  syscall(SYS_futex, word(epoch_), shared_ ? FUTEX_WAKE : FUTEX_WAKE_PRIVATE, 1, nullptr, nullptr, 0);
}

void Doorbell::notifyAll() {
  std::atomic_thread_fence(std::memory_order_seq_cst);
  epoch_.fetch_add(1, std::memory_order_release);  // always: a stop must reach a waiter mid-protocol
  syscall(SYS_futex, word(epoch_), shared_ ? FUTEX_WAKE : FUTEX_WAKE_PRIVATE, INT_MAX, nullptr, nullptr, 0);
}

}  // namespace amp::real
