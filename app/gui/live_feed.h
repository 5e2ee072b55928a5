// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QObject>
#include <QTimer>
#include <vector>

#include "amp/observe/observation.h"
#include "amp/run/topology.h"
#include "widgets/live_stats.h"

namespace amp::app {

class RunController;

/// The frame loop: on a ~60 Hz timer, moves what the run wrote to its trace ring into the live
/// state, and stops ticking once a finished run's last tokens have reached their station. A
/// frame never waits for the engine.
class LiveFeed : public QObject {
  Q_OBJECT

 public:
  explicit LiveFeed(RunController* controller, QObject* parent = nullptr);

  const widgets::LiveStats& live() const { return live_; }
  /// Starts the live state over on `topology`; `sampled`: the stream carries a real run's samples.
  void reset(const run::Topology& topology, bool sampled);
  /// For a new run: starts over with series points every `seriesWindowS` (0 = one per frame), and ticks.
  void start(const run::Topology& topology, bool sampled, double seriesWindowS);
  /// Ticks again: a few more frames drain the ring's last records and settle the tokens.
  void wake();
  /// One frame now.
  void frame();
  void setUtilization(std::size_t station, double utilization) { live_.setUtilization(station, utilization); }
  void settle() { live_.settle(); }

 signals:
  /// A frame's worth of the stream went into live(); `fresh`: records came in this frame.
  void frameAdvanced(const std::vector<amp::widgets::LiveStats::Transfer>& transfers, bool fresh);

 private:
  RunController* controller_ = nullptr;
  widgets::LiveStats live_;
  std::vector<observe::Observation> buffer_;
  QTimer timer_;
  int idleFrames_ = 0;
  bool gapPending_ = false;
};

}  // namespace amp::app
