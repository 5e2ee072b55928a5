// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "amp/observe/trace_ring.h"
#include "amp/run/runner.h"
#include "gui/gui_pacer.h"

namespace amp::app {

/// The engine -> GUI adapter (STYLE.md 5): runs a lab (run::execute) on its own thread, owns the trace ring
/// and the pacer of that run, and hands the result to the GUI thread through a queued call.
/// The GUI never waits for the engine: drain() takes what the ring holds, a new run replaces
/// the old one without joining it (the old thread is cancelled and reaped once it has ended).
class RunController : public QObject {
  Q_OBJECT

 public:
  explicit RunController(QObject* parent = nullptr);
  ~RunController() override;

  /// Starts `spec`. A run still going is cancelled; its result will not be delivered.
  void start(const run::Lab& lab, const run::RunSpec& spec, double speed, bool paused);
  /// Cancels the current run; finished() still comes, with status Cancelled.
  void cancel();
  bool running() const { return current_ != nullptr; }

  void setSpeed(double simSecondsPerWallSecond);
  void setPaused(bool paused);
  void step(int events = 1);
  bool paused() const;
  double simTime() const;

  /// Moves the records the engine wrote since the last call into `out` (appended, at most
  /// `max`), also the last ones of a run that has just finished. `gapAfter` is set when the
  /// ring overflowed: records after this batch were lost.
  std::size_t drain(std::vector<observe::Observation>& out, bool* gapAfter, std::size_t max = 200000);
  std::uint64_t droppedRecords() const;
  double progress() const;
  QString stage() const;

 signals:
  void finished(const amp::run::RunResult& result);
  /// A simulation's estimate so far (metrics and CIs over the replications done).
  void partial(const amp::run::RunResult& soFar);

 private:
  struct Slot;
  void delivered(std::uint64_t generation, run::RunResult result);
  void reap();

  std::unique_ptr<Slot> current_;
  std::unique_ptr<Slot> last_;  // the run that finished last, until the next one starts
  std::vector<std::unique_ptr<Slot>> retiring_;
  std::uint64_t generation_ = 0;
  std::uint64_t lastDropped_ = 0;
};

}  // namespace amp::app
