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
  // A paced run is slow anyway, so it checks cancel on every event and stops promptly.
  const std::uint64_t pollMask = pacer != nullptr ? 0 : 4095;
  std::uint64_t sincePoll = 0;
  while (!calendar_.empty()) {
    const double t = calendar_.top().time;
    if (t > horizon) {
      now_ = horizon;
      break;
    }
    if ((sincePoll++ & pollMask) == 0 && ctl.cancelled()) break;
    if (pacer != nullptr) {
      pacer->pace(t);
      if (ctl.cancelled()) break;
    }
    const Event e = calendar_.pop();
    now_ = e.time;
    ++events_;
    handlers_[e.target]->handle(e);
    if (stopRequested_) break;
  }
  return toNs(now_);
}

}  // namespace amp::sim
