// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/simulator.h"

namespace amp::sim {

namespace {

inline bool before(const Event& a, const Event& b) {
  return a.time < b.time || (a.time == b.time && a.seq < b.seq);
}

}  // namespace

void Calendar::push(const Event& e) {
  // Sift up with a hole instead of swaps: one copy per level.
  std::size_t i = heap_.size();
  heap_.emplace_back();
  Event* h = heap_.data();
  while (i > 0) {
    const std::size_t parent = (i - 1) / 2;
    if (!before(e, h[parent])) break;
    h[i] = h[parent];
    i = parent;
  }
  h[i] = e;
}

Event Calendar::pop() {
  Event* h = heap_.data();
  const Event top = h[0];
  const Event last = h[heap_.size() - 1];
  heap_.pop_back();
  const std::size_t n = heap_.size();
  if (n == 0) return top;
  // Sift the former last element down from the root, again moving a hole.
  std::size_t i = 0;
  for (;;) {
    std::size_t child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && before(h[child + 1], h[child])) ++child;
    if (!before(h[child], last)) break;
    h[i] = h[child];
    i = child;
  }
  h[i] = last;
  return top;
}

std::uint32_t Simulator::addHandler(EventHandler* h) {
  handlers_.push_back(h);
  return static_cast<std::uint32_t>(handlers_.size() - 1);
}

namespace {

// Code that ran before us on this thread (Qt's startup does) may leave the upper halves of the
// AVX registers dirty; every legacy-SSE instruction of the event loop and of libm's log then
// pays a transition penalty, measured at 20x on the machines we use. Clear the state once.
void clearUpperVectorState() {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  static const bool hasAvx = __builtin_cpu_supports("avx");
  if (hasAvx) __asm__ volatile("vzeroupper");
#endif
}

}  // namespace

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
