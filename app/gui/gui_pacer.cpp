// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/gui_pacer.h"

#include <algorithm>
#include <thread>

namespace amp::app {

namespace {
using Clock = std::chrono::steady_clock;
// Waits are sliced so a cancel or a speed change is noticed within this time.
constexpr auto kSlice = std::chrono::milliseconds(15);
// Ahead of schedule by less than this: keep going (a syscall per event would cost more than the event).
constexpr auto kSleepThreshold = std::chrono::microseconds(500);
}  // namespace

void GuiPacer::pace(double simTimeS) {
  // relaxed: a speed or pause change may take effect one event late; nothing else depends on it.
  const bool paused = paused_.load(std::memory_order_relaxed);
  const double speed = speed_.load(std::memory_order_relaxed);
  if (!paused && speed <= 0.0) {
    simTime_.store(simTimeS, std::memory_order_relaxed);
    return;
  }
  if (paused) {
    std::unique_lock lock(mutex_);
    while (paused_.load(std::memory_order_relaxed) && steps_ == 0 && !cancelled()) cv_.wait_for(lock, kSlice);
    if (steps_ > 0 && paused_.load(std::memory_order_relaxed)) --steps_;
    seenGeneration_ = ~0U;  // resume (or the next step) starts a new schedule
  }
  simTime_.store(simTimeS, std::memory_order_relaxed);
  const double s = speed_.load(std::memory_order_relaxed);
  if (s <= 0.0 || paused_.load(std::memory_order_relaxed)) return;
  const unsigned gen = generation_.load(std::memory_order_acquire);
  if (gen != seenGeneration_) {
    seenGeneration_ = gen;
    anchorSim_ = simTimeS;
    anchorWall_ = Clock::now();
    return;
  }
  const auto due = anchorWall_ + std::chrono::duration_cast<Clock::duration>(
                                     std::chrono::duration<double>((simTimeS - anchorSim_) / s));
  for (;;) {
    const auto now = Clock::now();
    if (due - now < kSleepThreshold || cancelled()) return;
    if (generation_.load(std::memory_order_acquire) != seenGeneration_ ||
        paused_.load(std::memory_order_relaxed)) {
      // Changed while waiting: let this event through; the next one starts the new schedule.
      return;
    }
    std::this_thread::sleep_for(std::min<Clock::duration>(due - now, kSlice));
  }
}

void GuiPacer::setSpeed(double simSecondsPerWallSecond) {
  speed_.store(std::max(0.0, simSecondsPerWallSecond), std::memory_order_relaxed);
  generation_.fetch_add(1, std::memory_order_release);
}

void GuiPacer::setPaused(bool paused) {
  {
    std::lock_guard lock(mutex_);
    paused_.store(paused, std::memory_order_relaxed);
    if (!paused) steps_ = 0;
  }
  generation_.fetch_add(1, std::memory_order_release);
  cv_.notify_all();
}

void GuiPacer::step(int events) {
  {
    std::lock_guard lock(mutex_);
    steps_ += std::max(0, events);
  }
  cv_.notify_all();
}

void GuiPacer::wake() { cv_.notify_all(); }

}  // namespace amp::app
