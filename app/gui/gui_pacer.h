// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

#include "amp/run/lab.h"

namespace amp::app {

/// Paces a simulation for watching: a speed in simulated seconds per wall second (0 = flat out),
/// pause, and single steps (one event each). pace() runs on the engine's thread before every
/// event; the setters run on the GUI thread. Flat out costs two relaxed loads per event.
class GuiPacer final : public run::Pacer {
 public:
  explicit GuiPacer(const std::atomic<bool>* cancel) : cancel_(cancel) {}
  void pace(double simTimeS) override;

  void setSpeed(double simSecondsPerWallSecond);  ///< 0 = flat out
  double speed() const { return speed_.load(std::memory_order_relaxed); }
  void setPaused(bool paused);
  bool paused() const { return paused_.load(std::memory_order_relaxed); }
  /// While paused: let `events` more events through.
  void step(int events = 1);
  /// The simulated time of the last event let through (seconds).
  double simTime() const { return simTime_.load(std::memory_order_relaxed); }
  /// Wakes a waiting pace() so it notices a cancel at once.
  void wake();

 private:
  bool cancelled() const { return cancel_ != nullptr && cancel_->load(std::memory_order_relaxed); }

  const std::atomic<bool>* cancel_;
  std::atomic<double> speed_{0.0};
  std::atomic<bool> paused_{false};
  // Bumped by every setter, so pace() re-anchors wall time to simulated time after a change
  // instead of racing to catch up with the time spent paused.
  std::atomic<unsigned> generation_{0};
  std::atomic<double> simTime_{0.0};
  std::mutex mutex_;
  std::condition_variable cv_;
  int steps_ = 0;  // guarded by mutex_
  // Engine-thread state.
  unsigned seenGeneration_ = ~0U;
  double anchorSim_ = 0.0;
  std::chrono::steady_clock::time_point anchorWall_;
};

}  // namespace amp::app
