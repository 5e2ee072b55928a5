// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/simulator.h"

namespace amp::sim {

std::uint32_t Simulator::addHandler(EventHandler* h) {
  handlers_.push_back(h);
  return static_cast<std::uint32_t>(handlers_.size() - 1);
}

void clearUpperVectorState() {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  static const bool hasAvx = __builtin_cpu_supports("avx");
  if (hasAvx) __asm__ volatile("vzeroupper");
#endif
}

std::int64_t Simulator::run(const run::SimControl& ctl) {
  clearUpperVectorState();
  stopRequested_ = false;
  const double horizon = ctl.horizonS;
  run::Pacer* const pacer = ctl.pacer;
  // Returns false when the run is over: horizon reached, calendar empty or stop() called.
  auto step = [&]() -> bool {
    if (calendar_.empty()) return false;
    if (calendar_.top().time > horizon) {
      now_ = horizon;
      nowNs_ = toNs(horizon);
      return false;
    }
    const Event e = calendar_.pop();
    now_ = e.time;
    nowNs_ = toNs(now_);
    ++events_;
    handlers_[e.target]->handle(e);
    return !stopRequested_;
  };
  if (pacer != nullptr) {
    // A paced run is slow anyway, so it checks cancel on every event and stops promptly.
    while (!ctl.cancelled()) {
      if (!calendar_.empty() && calendar_.top().time <= horizon) pacer->pace(calendar_.top().time);
      if (ctl.cancelled() || !step()) break;
    }
    return toNs(now_);
  }
  // Unpaced: cancel is polled once per batch of 4096 events, off the per-event path.
  for (;;) {
    if (ctl.cancelled()) break;
    int budget = 4096;
    while (budget-- > 0) {
      if (!step()) return toNs(now_);
    }
  }
  return toNs(now_);
}

}  // namespace amp::sim
