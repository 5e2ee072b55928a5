// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>

#include "amp/real/doorbell.h"

namespace amp::real {

/// How a seat waits for work: one choice wherever a seat waits, so a lab (rtos) can compare
/// them and every other lab gets the same behaviour.
enum class WakeMechanism {
  Spin,     ///< poll without sleeping: fastest wake-up, burns its core
  Futex,    ///< sleep in the kernel on a futex word (what the rings' doorbells use)
  EventFd,  ///< sleep in poll() on an eventfd: what an event loop would use
  CondVar,  ///< std::condition_variable with its mutex: the textbook way
};

/// "spin", "futex", "eventfd", "condvar".
const char* wakeName(WakeMechanism m);
/// False when `text` names none of them.
bool parseWake(const std::string& text, WakeMechanism& out);

/// Sleep while `deadline` is far, spin the last stretch: a timer wake-up alone is tens of µs late
/// on a VM (an emulated device's time ends with this).
void sleepThenSpinUntil(std::chrono::steady_clock::time_point deadline);

/// One waiting thread, any number of notifying threads. The waiter passes its condition, so a
/// notify that comes before the wait is never lost.
class Wakeup {
 public:
  using Clock = std::chrono::steady_clock;
  explicit Wakeup(WakeMechanism m = WakeMechanism::Futex);
  ~Wakeup();
  Wakeup(const Wakeup&) = delete;
  Wakeup& operator=(const Wakeup&) = delete;

  WakeMechanism mechanism() const { return m_; }

  /// Until ready() holds or `timeoutNs` passed; returns ready().
  template <class Ready>
  bool wait(Ready ready, std::int64_t timeoutNs) {
    const auto deadline = Clock::now() + std::chrono::nanoseconds(timeoutNs);
    while (!ready()) {
      const std::int64_t left = (deadline - Clock::now()).count();
      if (left <= 0) return false;
      switch (m_) {
        case WakeMechanism::Spin:
          cpuRelax();
          break;
        case WakeMechanism::Futex: {
          const std::uint32_t ticket = bell_.prepareWait();
          if (ready()) {
            bell_.cancelWait();
            return true;
          }
          bell_.wait(ticket, left);
          break;
        }
        case WakeMechanism::EventFd:
          sleepOnEventFd(left);
          break;
        case WakeMechanism::CondVar: {
          std::unique_lock lock(mutex_);
          // Checked under the lock: notify() takes the lock before signalling, so a change made
          // before the signal is seen here or the signal reaches us in wait_for.
          if (ready()) return true;
          cv_.wait_for(lock, std::chrono::nanoseconds(left));
          break;
        }
      }
    }
    return true;
  }

  /// Wake the waiter (call after making its condition true).
  void notify();

 private:
  void sleepOnEventFd(std::int64_t timeoutNs);

  WakeMechanism m_;
  Doorbell bell_;
  int eventFd_ = -1;
  std::mutex mutex_;
  std::condition_variable cv_;
};

}  // namespace amp::real
