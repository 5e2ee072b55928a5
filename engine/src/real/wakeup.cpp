// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/wakeup.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>
#include <thread>

#include "amp/run/phrase.h"

namespace amp::real {

const char* wakeName(WakeMechanism m) {
  switch (m) {
    case WakeMechanism::Spin:
      return "spin";
    case WakeMechanism::Futex:
      return "futex";
    case WakeMechanism::EventFd:
      return "eventfd";
    case WakeMechanism::CondVar:
      return "condvar";
  }
  return "futex";
}

bool parseWake(const std::string& text, WakeMechanism& out) {
  for (WakeMechanism m :
       {WakeMechanism::Spin, WakeMechanism::Futex, WakeMechanism::EventFd, WakeMechanism::CondVar})
    if (text == wakeName(m)) {
      out = m;
      return true;
    }
  return false;
}

void sleepThenSpinUntil(std::chrono::steady_clock::time_point deadline) {
  using namespace std::chrono_literals;
  for (;;) {
    const auto left = deadline - std::chrono::steady_clock::now();
    if (left <= 0ns) return;
    if (left > 200us) {
      std::this_thread::sleep_for(left - 150us);
    } else {
      cpuRelax();
    }
  }
}

Wakeup::Wakeup(WakeMechanism m) : m_(m) {
  if (m_ == WakeMechanism::EventFd) {
    eventFd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (eventFd_ < 0)
      throw std::runtime_error(run::phrase("eventfd() failed: the eventfd wake-up is unavailable here"));
  }
}

Wakeup::~Wakeup() {
  if (eventFd_ >= 0) close(eventFd_);
}

void Wakeup::notify() {
  switch (m_) {
    case WakeMechanism::Spin:
      break;  // the waiter polls
    case WakeMechanism::Futex:
      bell_.notify();
      break;
    case WakeMechanism::EventFd: {
      const std::uint64_t one = 1;
      // The counter persists until read, so a notify before the waiter's poll is not lost.
      while (write(eventFd_, &one, sizeof one) < 0 && errno == EINTR) {
      }
      break;
    }
    case WakeMechanism::CondVar: {
      {
        std::lock_guard lock(mutex_);
      }  // see wait(): order the change before the signal
      cv_.notify_one();
      break;
    }
  }
}

void Wakeup::sleepOnEventFd(std::int64_t timeoutNs) {
  pollfd p{eventFd_, POLLIN, 0};
  // poll() takes milliseconds: round up so a short wait still sleeps rather than spins.
  const int ms = static_cast<int>(std::min<std::int64_t>((timeoutNs + 999'999) / 1'000'000, 1000));
  if (poll(&p, 1, ms) > 0) {
    std::uint64_t count = 0;
    while (read(eventFd_, &count, sizeof count) < 0 && errno == EINTR) {
    }
  }
}

}  // namespace amp::real
